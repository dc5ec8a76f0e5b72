"""Value types every generated model uses: ``Model``, ``OpenEnum``, ``Timestamp``, ``UNSET``.

- ``Model``: the msgspec ``Struct`` base of all generated models (keyword-only; room for the
  unknown content a decoder keeps so that decode -> encode loses nothing).
- ``LazyTimestamp``: the hint of a timestamp member. Type checkers read it as ``Timestamp``; msgspec
  reads ``str``, so a decoder stores the wire text with no Python call, and the member's descriptor
  (``TimestampMember``) turns it into a ``Timestamp`` on first read.
- ``OpenEnum``: a ``str`` enum that accepts members the spec does not know. Vitec adds members over
  time; an unknown value decodes to a pseudo-member that re-encodes unchanged (``is_known`` is False).
- ``Timestamp``: a ``datetime`` that also keeps .NET's 100 ns tick (the 7th fractional digit) and how
  the offset was written (``+01:00``, ``Z`` or none), so a time re-encodes exactly as .NET wrote it.
- ``UNSET``: "not present" (msgspec's sentinel), distinct from ``None`` ("present, null / nil").
"""

from __future__ import annotations

import enum
import inspect
import re
import typing
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

import msgspec
from msgspec import UNSET, UnsetType

__all__ = [
    "UNSET",
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

#: The field of every model that holds the content a decoder did not know (see ``Model``).
UNKNOWN_FIELD = "_vitec_unknown"

#: How many unknown members an OpenEnum caches (hostile input cannot grow it further).
_UNKNOWN_MEMBER_CACHE = 256


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


class Model(msgspec.Struct, kw_only=True, gc=False, repr_omit_defaults=True, forbid_unknown_fields=True):
    """Base of every generated model.

    Fields default to ``UNSET`` (absent on the wire); ``None`` means null (JSON) / ``i:nil`` (XML).
    ``vitec_connect.json`` / ``vitec_connect.xml`` keep members the spec does not know in one hidden
    field (``_vitec_unknown``, never shown or compared) so that encoding the object again writes them
    back unchanged. (Decoding with plain ``msgspec`` rejects unknown fields.)

    Timestamp members (``LazyTimestamp``) hold the wire text until first read; ``==`` and ``repr`` read
    them the same way whether or not they were read (see ``TimestampMember``).

    Models are not tracked by the garbage collector (``gc=False``; msgspec allows it without an
    instance ``__dict__``, hence the hidden field): a decoded tree cannot hold a cycle, and leaving its
    objects untracked keeps decoding linear in the size of the document (a collector pass would
    otherwise walk every object decoded so far). An object made to contain itself is never freed;
    models are values, built as trees.
    """

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


# Offset forms: how the source wrote the zone.
_OFFSET = 0  # "+01:00"
_UTC_Z = 1  # "Z"
_NAIVE = 2  # nothing (DateTimeKind.Unspecified)


class Timestamp(datetime):
    """A ``datetime`` that round-trips .NET ``DateTime`` text without loss.

    Python keeps microseconds; .NET keeps 100 ns ticks. ``tick`` is the extra digit (0..9) beyond
    ``microsecond``. Comparisons and hashing include it, so ordering is exact; everything else is an
    ordinary ``datetime`` (arithmetic returns plain ``datetime`` values at microsecond precision).
    """

    __slots__ = ("_form", "_text", "_tick")
    _tick: int
    _form: int
    _text: str | None  # the wire text it was parsed from, when that is how .NET writes it (reused on encode)

    def __new__(cls, *args: Any, tick: int = 0, **kwargs: Any) -> Timestamp:
        self = super().__new__(cls, *args, **kwargs)
        if not 0 <= tick <= 9:
            raise ValueError(f"tick must be 0..9 (100 ns units beyond the microsecond), got {tick}")
        self._tick = tick
        self._form = _NAIVE if self.tzinfo is None else (_UTC_Z if self.tzinfo is timezone.utc else _OFFSET)
        self._text = None
        return self

    @classmethod
    def from_datetime(cls, value: datetime, tick: int = 0) -> Timestamp:
        """A ``Timestamp`` for ``value`` (plus ``tick`` hundred nanoseconds)."""
        return cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            value.tzinfo,
            fold=value.fold,
            tick=tick,
        )

    @property
    def tick(self) -> int:
        """The 100 ns digit beyond ``microsecond`` (0..9)."""
        return self._tick

    @property
    def ticks(self) -> int:
        """.NET ``DateTime.Ticks`` of the wall-clock time (100 ns units since 0001-01-01)."""
        naive = self.replace(tzinfo=None)
        delta = datetime.combine(naive.date(), naive.time()) - datetime(1, 1, 1)
        return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10 + self._tick

    def to_datetime(self) -> datetime:
        """A plain ``datetime`` (the tick is dropped)."""
        return datetime(
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.microsecond,
            self.tzinfo,
            fold=self.fold,
        )

    def replace(self, *args: Any, **kwargs: Any) -> Timestamp:
        """``datetime.replace``, keeping the tick (Python before 3.12 made a ``Timestamp`` without its own
        attributes here: it does not call ``__new__`` for a subclass)."""
        return Timestamp.from_datetime(self.to_datetime().replace(*args, **kwargs), self._tick)

    def astimezone(self, tz: tzinfo | None = None) -> Timestamp:
        """The same instant in ``tz``, keeping the tick."""
        return Timestamp.from_datetime(self.to_datetime().astimezone(tz), self._tick)

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if timespec != "auto" or sep != "T":
            return super().isoformat(sep, timespec)
        return format_timestamp(self)

    def __repr__(self) -> str:
        return f"Timestamp({format_timestamp(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, datetime):
            return NotImplemented
        return datetime.__eq__(self, other) and self._tick == _tick_of(other)

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return datetime.__lt__(self, other) or (datetime.__eq__(self, other) and self._tick < _tick_of(other))

    def __le__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return self.__lt__(other) or self.__eq__(other)

    def __gt__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return datetime.__gt__(self, other) or (datetime.__eq__(self, other) and self._tick > _tick_of(other))

    def __ge__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return self.__gt__(other) or self.__eq__(other)

    __hash__ = datetime.__hash__

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (timestamp_from_wire, (format_timestamp(self),))


def _tick_of(value: datetime) -> int:
    return value._tick if isinstance(value, Timestamp) else 0


_FIXED_ZONES: dict[int, tzinfo] = {}


def _zone(minutes: int) -> tzinfo:
    zone = _FIXED_ZONES.get(minutes)
    if zone is None:
        zone = _FIXED_ZONES[minutes] = timezone(timedelta(minutes=minutes))
    return zone


_datetime_new = datetime.__new__
_fromisoformat = datetime.fromisoformat


def parse_timestamp(text: str) -> Timestamp:
    """Parse .NET ``DateTime`` XML/JSON text: ``yyyy-MM-ddTHH:mm:ss[.f{1,7}][Z|±HH:MM]``.

    Raises ``ValueError`` with what was wrong; never loses a digit .NET can write.
    """
    if text.__class__ is not str:
        raise TypeError(f"expected a date-time string, got {type(text).__name__}")
    return timestamp_hook(Timestamp, text)  # type: ignore[no-any-return]


def timestamp_hook(tp: Any, text: Any) -> Any:
    """``parse_timestamp`` as a msgspec ``dec_hook`` (one Python call per timestamp, not two)."""
    if tp is not Timestamp or text.__class__ is not str:
        raise TypeError(f"cannot decode {tp!r} from {type(text).__name__}")
    if _SHAPE(text) is None:
        return _parse_timestamp(text)
    return parse_shaped(text)


def parse_shaped(text: str) -> Timestamp:
    """``parse_timestamp`` of a text already known to match ``TIMESTAMP_PATTERN``."""
    # datetime's C parser reads the shape (Python 3.11+ reads 7 fraction digits, dropping the 7th,
    # which is kept here as the tick). Anything it refuses, and anything .NET would write otherwise,
    # takes the full parser (so does all of Python 3.10, whose parser refuses 7 digits and "Z").
    try:
        d = _fromisoformat(text)
    except ValueError:
        return _parse_timestamp(text)
    n = len(text)
    if d.tzinfo is None:
        form, end = _NAIVE, n
    elif text[-1] == "Z":
        form, end = _UTC_Z, n - 1
    elif text[-2] > "5" or text.endswith("-00:00"):
        return _parse_timestamp(text)  # "+01:60", "-00:00": not how .NET writes them; the full parser is exact
    else:
        form, end = _OFFSET, n - 6
    value = _datetime_new(Timestamp, d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo)
    value._tick = ord(text[26]) - 48 if end == 27 else 0
    value._form = form
    value._text = None if end != 19 and text[end - 1] == "0" else text  # kept only if .NET would write it so
    return value


#: The shapes of .NET ``DateTime`` text (ASCII digits only): ``parse_timestamp``'s fast path, and what
#: the XML fast path matches before it calls ``parse_shaped``.
TIMESTAMP_PATTERN = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"  # date and time
    r"(?:\.[0-9]{1,7})?(?:Z|[+-][0-9]{2}:[0-9]{2})?"  # fraction, zone
)
_SHAPE = re.compile(TIMESTAMP_PATTERN).fullmatch


def _parse_timestamp(text: str) -> Timestamp:
    """The complete parser: every shape, and the error messages."""
    n = len(text)
    if (
        not text.isascii()
        or n < 19
        or text[4] != "-"
        or text[7] != "-"
        or text[10] != "T"
        or text[13] != ":"
        or text[16] != ":"
    ):
        raise ValueError(f"expected a date-time like 2024-05-02T22:39:39.8550532+02:00, got {text!r}")
    try:
        year, month, day = int(text[0:4]), int(text[5:7]), int(text[8:10])
        hour, minute, second = int(text[11:13]), int(text[14:16]), int(text[17:19])
    except ValueError:
        raise ValueError(f"expected a date-time like 2024-05-02T22:39:39.8550532+02:00, got {text!r}") from None
    i = 19
    micro = tick = 0
    if i < n and text[i] == ".":
        j = i + 1
        while j < n and text[j].isdigit():
            j += 1
        digits = text[i + 1 : j]
        if not 1 <= len(digits) <= 7 or not digits.isascii():
            raise ValueError(f"expected 1 to 7 fractional second digits, got {text!r}")
        digits = digits.ljust(7, "0")
        micro, tick = int(digits[:6]), int(digits[6])
        i = j
    tz: tzinfo | None
    rest = text[i:]
    form = _OFFSET
    if rest == "":
        tz, form = None, _NAIVE
    elif rest == "Z":
        tz, form = timezone.utc, _UTC_Z
    elif len(rest) == 6 and rest[0] in "+-" and rest[3] == ":" and rest[1:3].isdigit() and rest[4:6].isdigit():
        minutes = int(rest[1:3]) * 60 + int(rest[4:6])
        if minutes >= 24 * 60:
            raise ValueError(f"offset out of range in {text!r}")
        tz = _zone(-minutes if rest[0] == "-" else minutes)
    else:
        raise ValueError(f"expected Z, ±HH:MM or nothing after the time, got {text!r}")
    try:
        value = Timestamp(year, month, day, hour, minute, second, micro, tz, tick=tick)
    except ValueError as exc:  # "month must be in 1..12": say of what
        raise ValueError(f"{exc} in {text!r}") from None
    value._form = form  # "+00:00" stays "+00:00" (CPython hands out the timezone.utc singleton for it)
    value._text = text if format_timestamp(value) == text else None
    return value


def format_timestamp(value: datetime) -> str:
    """Format like .NET: up to 7 fractional digits with trailing zeros trimmed, then ``Z``, ``±HH:MM`` or none.

    (A ``Timestamp`` read from text reuses that text.)
    """
    # One C call (isoformat without the fraction) and one f-string: the encoders call this once per
    # timestamp of an object built in Python.
    if isinstance(value, Timestamp):
        text = value._text
        if text is not None:
            return text
        tick, form = value._tick, value._form
    else:
        tick = 0
        zone = value.tzinfo
        form = _NAIVE if zone is None else (_UTC_Z if zone is timezone.utc else _OFFSET)
    text = _isoformat(value, "T", "seconds")  # YYYY-MM-DDTHH:MM:SS[±HH:MM[:SS[.ffffff]]]
    micro = value.microsecond
    head = f"{text[:19]}.{micro * 10 + tick:07d}".rstrip("0") if micro or tick else text[:19]
    if form == _OFFSET:
        return head + text[19:25]
    if form == _UTC_Z:
        return head + "Z"
    return head


_isoformat = datetime.isoformat


def timestamp_from_wire(text: str) -> Timestamp:
    """``parse_timestamp`` that keeps ``text`` itself as what the value encodes to (every digit and
    the offset exactly as written, even where .NET would write it otherwise)."""
    value: Timestamp = timestamp_hook(Timestamp, text)
    value._text = text
    return value


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
    (built in Python), ``None`` or ``UNSET``. Reading text parses it once and keeps the ``Timestamp``
    in the slot (it encodes to the same text); text that is not a timestamp raises ``DecodeError``
    naming the member. Encoders and ``==`` read the slot itself (``raw``), so neither depends on
    whether a member was read.
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
        if value.__class__ is str:
            try:
                value = timestamp_from_wire(value)
            except ValueError as exc:
                from .errors import DecodeError  # (this module imports nothing of ours: models need only it)

                raise DecodeError(str(exc), f"{type(obj).__name__}.{self.name}") from None
            self._set(obj, value)
        return value

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
        return _LAZY_NAME in (part.strip() for part in hint.split("|"))
    return hint == LazyTimestamp or any(is_timestamp_hint(a) for a in typing.get_args(hint))


def _install_timestamp_members(cls: type) -> None:
    for name, hint in inspect.get_annotations(cls).items():
        slot = cls.__dict__.get(name)
        if slot is not None and not isinstance(slot, TimestampMember) and is_timestamp_hint(hint):
            setattr(cls, name, TimestampMember(slot, name))
    cls.__repr__ = _model_repr  # type: ignore[assignment,method-assign]  # (the hidden field is not shown)
    if any(isinstance(v, TimestampMember) for base in cls.__mro__ for v in vars(base).values()):
        cls.__eq__ = _model_eq  # type: ignore[assignment,method-assign]
        cls.__ne__ = _model_ne  # type: ignore[assignment,method-assign]


_LAYOUTS: dict[type, tuple[tuple[str, TimestampMember | None, Any], ...]] = {}


def _layout(cls: type) -> tuple[tuple[str, TimestampMember | None, Any], ...]:
    """(name, its TimestampMember or None, default or NODEFAULT) per field of a model class."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        layout = _LAYOUTS[cls] = tuple(
            (
                f.name,
                m if isinstance(m := getattr(cls, f.name, None), TimestampMember) else None,
                f.default,
            )
            for f in msgspec.structs.fields(cls)
            if f.name != UNKNOWN_FIELD
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
