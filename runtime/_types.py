"""Value types every generated model uses: ``Model``, ``OpenEnum``, ``Timestamp``, ``UNSET``.

- ``Model``: the msgspec ``Struct`` base of all generated models (keyword-only; room for the
  unknown content a decoder keeps so that decode -> encode loses nothing).
- ``LazyTimestamp``: the hint of a timestamp member. Type checkers read it as ``Timestamp``; msgspec
  reads ``str``, so a decoder stores the wire text with no Python call, and the member's descriptor
  (``TimestampMember``) turns it into a ``Timestamp`` on first read.
- ``OpenEnum``: a ``str`` enum that accepts members the spec does not know. Vitec adds members over
  time; an unknown value decodes to a pseudo-member that re-encodes unchanged (``is_known`` is False).
- ``Timestamp`` (defined in ``_timestamp``): a ``datetime`` that also keeps .NET's 100 ns tick (the
  7th fractional digit) and how the offset was written (``+01:00``, ``Z`` or none), so a time
  re-encodes exactly as .NET wrote it.
- ``UNSET``: "not present" (msgspec's sentinel), distinct from ``None`` ("present, null / nil").
- ``Int32``, ``Int64``, ``Int16``, ``Byte``: .NET's integer kinds. Type checkers read ``int``; msgspec
  reads the kind's range and checks it in C while decoding.
"""

from __future__ import annotations

import enum
import inspect
import typing
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

import msgspec
from msgspec import UNSET, UnsetType

from ._timestamp import (
    Timestamp,
    format_timestamp,
    parse_timestamp,
    timestamp_from_wire,
)

__all__ = [
    "UNSET",
    "Byte",
    "Int16",
    "Int32",
    "Int64",
    "LazyTimestamp",
    "Model",
    "OpenEnum",
    "Timestamp",
    "TimestampMember",
    "UnsetType",
    "format_timestamp",
    "member_value",
    "parse_timestamp",
]

#: .NET's integer kinds: ``int`` with the range the type holds. A member, list item or result of another
#: range would not be read by .NET, so a decoder refuses it (msgspec checks the range; the codecs then say
#: which member, in their own words).
Int32: TypeAlias = Annotated[int, msgspec.Meta(ge=-(2**31), le=2**31 - 1)]
Int64: TypeAlias = Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]
Int16: TypeAlias = Annotated[int, msgspec.Meta(ge=-(2**15), le=2**15 - 1)]
Byte: TypeAlias = Annotated[int, msgspec.Meta(ge=0, le=255)]

#: The field of every model that holds the content a decoder did not know (see ``Model``).
UNKNOWN_FIELD = "_vitec_unknown"

#: How many unknown members an OpenEnum caches (hostile input cannot grow it further).
_UNKNOWN_MEMBER_CACHE = 256

#: Timestamps read from timestamp members, by their text (a Timestamp is immutable: objects share one),
#: and how many it holds before it starts again.
_READ: dict[str, Timestamp] = {}
_READ_CACHE = 1024


class Unknown(dict):  # type: ignore[type-arg]
    """What a decoder kept of one object that the spec does not know: format (``"json"``, ``"xml"``)
    -> that codec's record. Present also on every object above such content ("deep": the encoders
    look below it). Equal to anything, so it never takes part in comparisons."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Unknown({', '.join(self)})"


class Model(
    msgspec.Struct,
    kw_only=True,
    gc=False,
    repr_omit_defaults=True,
    forbid_unknown_fields=True,
):
    """Base of every generated model.

    Fields default to ``UNSET`` (absent on the wire); ``None`` means null (JSON) / ``i:nil`` (XML).
    ``vitec_connect.json`` / ``vitec_connect.xml`` keep members the spec does not know in one hidden
    field (``_vitec_unknown``, never shown or compared) so that encoding the object again writes them
    back unchanged. (Decoding with plain ``msgspec`` rejects unknown fields.)

    Timestamp members (``LazyTimestamp``) hold the wire text a decoder read, or the ``datetime`` given;
    ``==`` and ``repr`` read them the same way whether or not they were read (see ``TimestampMember``).

    Models are not tracked by the garbage collector (``gc=False``; msgspec allows it without an
    instance ``__dict__``, hence the hidden field): a decoded tree cannot hold a cycle, and leaving its
    objects untracked keeps decoding linear in the size of the document (a collector pass would
    otherwise walk every object decoded so far). An object made to contain itself is never freed;
    models are values, built as trees.
    """

    # The hidden field. msgspec lists it in ``msgspec.structs.fields`` and there is no way to hide it
    # there: a Struct may have neither ``__slots__`` of its own nor, with ``gc=False``, an instance
    # ``__dict__``; ``__struct_fields__`` is read through msgspec's metaclass, and a metaclass of our own
    # makes building every model about 2.5x slower (msgspec's fast constructor is for its own metaclass
    # only). vitec_connect's own field lists (``_codec.fields_of``), ``repr`` and ``==`` leave it out;
    # code that walks ``msgspec.structs.fields`` should skip it (``UNKNOWN_FIELD``) and leave it UNSET.
    _vitec_unknown: Unknown | UnsetType = UNSET

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _install_timestamp_members(cls)

    def to_json(self, *, indent: int = 2) -> str:
        """The object as the API's JSON (wire names, timestamps as written, unknown members kept),
        indented by ``indent`` spaces (0: one line). ``vitec_connect.json.encode`` gives the bytes."""
        from . import json

        data = json.encode(self)
        return (msgspec.json.format(data, indent=indent) if indent else data).decode("utf-8")

    def to_dict(self) -> dict[str, Any]:
        """The object as the API's JSON object, in plain Python values: wire names (``firstName``),
        absent members left out, nulls as None, timestamps and enums as their strings."""
        from . import json

        data: dict[str, Any] = msgspec.json.decode(json.encode(self))
        return data


class OpenEnum(str, enum.Enum):
    """A string enumeration that keeps values it does not know.

    ``LeadType("Brand new")`` returns a pseudo-member whose ``value`` is ``"Brand new"`` and whose
    ``is_known`` is False; it encodes back to ``"Brand new"``. Pseudo-members compare equal by value.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        if len(cls._value2member_map_) < _UNKNOWN_MEMBER_CACHE + len(cls._member_map_):
            # Cache, so that a value seen again is the same object (bounded: hostile input cannot grow it).
            cls._value2member_map_[value] = member
        return member

    @property
    def is_known(self) -> bool:
        """True for a member the spec declares, False for a value Vitec added since."""
        return self._name_ in type(self)._member_map_

    def __str__(self) -> str:
        return str(self._value_)


# ---------------------------------------------------------------------------------------------------
# Timestamp members: the wire text until first read


class _LazyMarker:
    def __repr__(self) -> str:
        return "TIMESTAMP_TEXT"


#: The ``Annotated`` metadata that marks a ``str`` slot as a timestamp member's.
TIMESTAMP_TEXT = _LazyMarker()

if TYPE_CHECKING:
    LazyTimestamp: TypeAlias = Timestamp
else:
    LazyTimestamp = Annotated[str, TIMESTAMP_TEXT]
_LAZY_NAME = "LazyTimestamp"


class TimestampMember:
    """The descriptor of a timestamp member (``Model`` installs one for every ``LazyTimestamp`` field).

    The slot holds what a decoder or the caller put there: the wire text (decoded), a ``datetime``
    (built in Python), ``None`` or ``UNSET``. Reading text parses it into a ``Timestamp`` that encodes to
    the same text; the slot keeps the text, so encoding stays one msgspec pass however often members are
    read, and the last timestamps read are cached by their text (a repeated read costs a dictionary
    lookup). Text that is not a timestamp raises ``DecodeError`` naming the member. Encoders and ``==``
    read the slot itself (``raw``).
    """

    __slots__ = ("_get", "_set", "name", "slot")

    def __init__(self, slot: Any, name: str) -> None:
        self.slot = slot  #: the slot's own descriptor (msgspec's)
        self.name = name
        self._get = slot.__get__
        self._set = slot.__set__

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self._get(obj)
        if value.__class__ is not str:
            return value
        stamp = _READ.get(value)
        if stamp is None:
            try:
                stamp = timestamp_from_wire(value)
            except ValueError as exc:
                from .errors import DecodeError  # (this module imports nothing of ours: models need only it)

                raise DecodeError(str(exc), f"{type(obj).__name__}.{self.name}") from None
            if len(_READ) >= _READ_CACHE:
                _READ.clear()
            _READ[value] = stamp
        return stamp

    def __set__(self, obj: Any, value: Any) -> None:
        self._set(obj, value)

    def __delete__(self, obj: Any) -> None:
        self.slot.__delete__(obj)

    def raw(self, obj: Any) -> Any:
        """What the slot holds: text, a datetime, None or UNSET."""
        return self._get(obj)


def member_value(obj: Any, name: str) -> Any:
    """A member's value as its slot holds it: a timestamp member's text stays text (not read)."""
    member = getattr(type(obj), name, None)
    return member.raw(obj) if isinstance(member, TimestampMember) else getattr(obj, name)


def is_timestamp_hint(hint: Any) -> bool:
    """Whether a member's annotation (evaluated or, under ``from __future__ import annotations``, its
    text) is ``LazyTimestamp``, alone or in a union with ``None`` / ``UnsetType``."""
    if isinstance(hint, str):
        return _LAZY_NAME in hint and _LAZY_NAME in (part.strip() for part in hint.split("|"))
    return hint == LazyTimestamp or any(is_timestamp_hint(a) for a in typing.get_args(hint))


def _install_timestamp_members(cls: type) -> None:
    # Runs for every model class as it is made, so it does only what the class's own annotations ask
    # (an operation's first call makes its models: this is part of what that call costs). A member
    # inherited from a base already has its descriptor there, and the base's ``__eq__`` is inherited.
    own = vars(cls).get("__annotations__")  # (the class's own, as hints_of reads them)
    if own is None:  # (no annotations of its own, or annotations evaluated lazily: Python's view of them)
        own = inspect.get_annotations(cls)
    installed = False
    for name, hint in own.items():
        if is_timestamp_hint(hint):
            slot = cls.__dict__.get(name)
            if slot is not None and not isinstance(slot, TimestampMember):
                setattr(cls, name, TimestampMember(slot, name))
                installed = True
    if installed:
        cls.__eq__ = _model_eq  # type: ignore[assignment,method-assign]
        cls.__ne__ = _model_ne  # type: ignore[assignment,method-assign]


_LAYOUTS: dict[type, tuple[tuple[str, TimestampMember | None, Any], ...]] = {}


def _layout(cls: type) -> tuple[tuple[str, TimestampMember | None, Any], ...]:
    """(name, its TimestampMember or None, default or NODEFAULT) per field of a model class."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        names: tuple[str, ...] = cls.__struct_fields__  # type: ignore[attr-defined]
        defaults = (msgspec.NODEFAULT,) * (len(names) - len(cls.__struct_defaults__)) + cls.__struct_defaults__  # type: ignore[attr-defined]
        layout = _LAYOUTS[cls] = tuple(
            (name, m if isinstance(m := getattr(cls, name, None), TimestampMember) else None, default)
            for name, default in zip(names, defaults, strict=True)
            if name != UNKNOWN_FIELD
        )
    return layout


def _model_eq(self: Any, other: Any) -> Any:
    # msgspec's rule (same type, every field equal), with a timestamp member compared as the time it
    # holds, whether its slot holds the wire text or the Timestamp read from it.
    if type(other) is not type(self):
        return NotImplemented
    for name, member, _ in _layout(type(self)):
        if member is None:
            a, b = getattr(self, name), getattr(other, name)
            if a is not b and not a == b:  # (identity first, as msgspec's own: the NaN a decoder shares)
                return False
        else:
            a, b = member.raw(self), member.raw(other)
            if a is not b and not _same_time(a, b):
                return False
    return True


def _model_ne(self: Any, other: Any) -> Any:
    result = _model_eq(self, other)
    return result if result is NotImplemented else not result


def _same_time(a: Any, b: Any) -> bool:
    if a.__class__ is str:
        if b.__class__ is str and a == b:
            return True
        a = _time_or_text(a)
    if b.__class__ is str:
        b = _time_or_text(b)
    return bool(a == b)


def _time_or_text(text: str) -> Any:
    try:
        return timestamp_from_wire(text)
    except ValueError:
        return text  # not a time: equal only to the same text


def _model_repr(self: Any) -> str:
    # msgspec's repr (defaults omitted, the hidden field left out), with a timestamp member shown as its
    # Timestamp whether or not it was read (the text's repr is the repr of the Timestamp reading it gives).
    parts = []
    for name, member, default in _layout(type(self)):
        value = getattr(self, name) if member is None else member.raw(self)
        if default is not msgspec.NODEFAULT and (value is default or value == default):
            continue
        shown = f"Timestamp({value!r})" if member is not None and value.__class__ is str else repr(value)
        parts.append(f"{name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"


Model.__repr__ = _model_repr  # type: ignore[method-assign]  # (every model's: the hidden field is not shown)
