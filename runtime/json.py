"""Newtonsoft-compatible JSON for the generated models, without loss.

``decode(data, type=T)`` and ``encode(obj)``, in the style of ``msgspec.json``. ``T`` is a generated
model, a list of one (``list[models.CrmContactLead]``) or ``str``.

- Polymorphic types: ``decode(data, type=models.CrmContact)`` returns the subtype its ``type`` member
  names. A value without a known subtype (Vitec documents more contact kinds than the spec knows)
  decodes as ``CrmContact``: its known members are fields, the rest is kept as unknown content, and
  re-encoding writes the ``type`` value and every member back unchanged.
- Unknown fields are kept and written back by ``encode`` (not by the XML encoder: they have no XML
  name). Unknown enum values decode to pseudo-members (``is_known`` False) and encode unchanged.
- Timestamp members keep their text exactly as written and become a ``Timestamp`` (all 7 fractional
  digits, the offset) when read; text that is not a timestamp fails then, naming the member, or at
  decode in strict mode.
- Absent members stay absent (``UNSET``); ``null`` stays ``None``.
- ``strict=True`` raises ``DecodeError`` (with the path) for unknown fields, enum values or subtypes.
- Enum values given as integers (Newtonsoft accepts them in requests) decode to the member at that
  position in the spec's member list.

Documents that hold nothing unknown take one msgspec pass; others take a slower lossless path.
"""

from __future__ import annotations

import functools
import typing
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, TypeVar, overload
from uuid import UUID

import msgspec

from ._api.polymorphism import DISCRIMINATORS
from ._codec import (
    Target,
    fields_of,
    get_extra,
    is_deep,
    mark_deep,
    resolve_target,
    set_extra,
    strict_enums,
)
from ._scalar_roots import is_scalar_type
from ._scalars import (
    INT_RANGES,
    Duration,
    check_int,
    fit_decimal,
    format_decimal_json,
    format_double_json,
    format_timespan_json,
    parse_base64,
    parse_decimal_json,
    parse_double_json,
    parse_guid,
    parse_timespan_json,
)
from ._types import (
    UNSET,
    Model,
    OpenEnum,
    Timestamp,
    TimestampMember,
    format_timestamp,
    member_value,
    parse_timestamp,
    timestamp_from_wire,
    timestamp_hook,
)
from .errors import DecodeError, EncodeError

__all__ = ["decode", "encode"]

T = TypeVar("T")


def _enc_hook(value: Any) -> Any:
    if isinstance(value, datetime):  # (a Timestamp read from text gives that text)
        return format_timestamp(value)
    if isinstance(value, timedelta):
        return format_timespan_json(value)
    raise NotImplementedError(f"cannot encode {type(value).__name__}")


def _dec_hook(tp: Any, value: Any) -> Any:
    if tp is Duration:
        if value.__class__ is not str:
            raise TypeError(f"expected a TimeSpan string, got {type(value).__name__}")
        return parse_timespan_json(value)
    return timestamp_hook(tp, value)


@functools.cache
def _decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    # Timestamps and TimeSpans decode through one hook call each; anything else raises, and the lossless
    # path tells what.
    return msgspec.json.Decoder(tp, dec_hook=_dec_hook)


@functools.cache
def _probe(prop: str) -> Any:
    """A struct that reads only the discriminator ``prop`` of a polymorphic value."""
    return msgspec.defstruct("Probe", [(prop, Any, None)])


# Decimals are numbers: a typed one is written by format_decimal_json, an unknown member's as it was read.
_ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook, decimal_format="number")
#: The lossless path reads every number with a point or an exponent as a Decimal: its text is kept.
_RAW_DECODER = msgspec.json.Decoder(float_hook=Decimal)


@overload
def decode(data: bytes | str, *, type: type[T], strict: bool = False) -> T: ...
@overload
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any: ...
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any:
    """Decode JSON ``data`` into ``type`` (a model, ``list[Model]`` or ``str``).

    Raises ``DecodeError`` with the path of the first problem, and nothing else for any ``data``.
    """
    if is_scalar_type(type):
        return _decode_scalar(data, type, strict)
    resolve_target(type)  # a wrong ``type`` is the caller's TypeError, not a DecodeError
    if isinstance(data, str):
        text = data
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise DecodeError(
                f"character U+{ord(text[exc.start]):04X} at index {exc.start} is not valid Unicode text", "$"
            ) from None
    try:
        return _decode(data, type, strict)
    except UnicodeDecodeError as exc:  # the offset in the document (msgspec < 0.23 gives the string's)
        raise _invalid_utf8(_utf8_error(data) or exc) from None
    except RecursionError:
        raise DecodeError("nested too deeply", "$") from None
    except DecodeError:
        if isinstance(data, (bytes, bytearray, memoryview)):
            try:
                bytes(data).decode("utf-8")
            except UnicodeDecodeError as exc:  # say so in our words, whatever the parser said
                raise _invalid_utf8(exc) from None
        raise
    except (ValueError, TypeError, LookupError, AttributeError, msgspec.MsgspecError) as exc:
        # Whatever else a document could provoke is still a document we do not read.
        raise DecodeError(f"unreadable document: {exc.__class__.__name__}: {exc}", "$") from None


def _decode_scalar(data: bytes | str, type: Any, strict: bool) -> Any:
    """A scalar result (``bool``, ``int``, ``UUID``...) or a list of them."""
    try:
        raw = _RAW_DECODER.decode(data)
    except msgspec.DecodeError as exc:
        raise DecodeError(f"malformed JSON: {exc}", "$") from None
    if typing.get_origin(type) is list:
        if not isinstance(raw, list):
            raise DecodeError(f"expected an array, got {_kind(raw)}", "$")
        (item,) = typing.get_args(type)
        return [_build_value(v, item, f"$[{i}]", strict) for i, v in enumerate(raw)]
    if raw is None:
        raise DecodeError(f"expected a {type.__name__}, got null", "$")
    return _build_value(raw, type, "$", strict)


def _utf8_error(data: bytes | str) -> UnicodeDecodeError | None:
    """Where the document itself stops being UTF-8, if it does."""
    if isinstance(data, str):
        return None
    try:
        bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    return None


def _invalid_utf8(exc: UnicodeDecodeError) -> DecodeError:
    return DecodeError(f"invalid UTF-8 at byte {exc.start}: {exc.reason}", "$")


def _decode(data: bytes | str, type: Any, strict: bool) -> Any:
    if isinstance(data, (bytes, bytearray, memoryview)) and bytes(data[:3]) == b"\xef\xbb\xbf":
        data = bytes(data[3:])  # a UTF-8 byte order mark (some .NET writers and proxies add one)
    target = resolve_target(type)
    root = "$"
    if target.kind == "str":
        try:
            value = msgspec.json.decode(data)
        except msgspec.DecodeError as exc:
            raise DecodeError(f"malformed JSON: {exc}", root) from None
        if not isinstance(value, str):
            raise DecodeError(f"expected a string, got {_kind(value)}", root)
        return value
    if _needs_dispatch(target.cls) or (target.kind == "list" and target.cls in DISCRIMINATORS):
        obj = _slow_decode(data, target, strict)  # subtypes below the root: only the lossless path picks them
    else:
        fast_type = type
        if target.kind == "model" and target.cls in DISCRIMINATORS:
            fast_type = _subtype_for(data, target.cls, strict)
        try:
            obj = _decoder(fast_type).decode(data)
            if _has_decimals(target.cls):
                _fit_decimals(obj, root)  # msgspec keeps every digit; .NET's decimal does not
        except msgspec.ValidationError:
            # Unknown members, integer enum values, or a real error: the lossless path tells which.
            obj = _slow_decode(data, target, strict)
        except msgspec.DecodeError as exc:
            raise DecodeError(f"malformed JSON: {exc}", root) from None
    if strict:
        strict_enums(obj, root)
        _check_timestamps(obj, root)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if _TEN_DIGITS in bytes(raw).translate(_DIGITS):  # (rare: only then is every integer member looked at)
        _check_int32(obj, root)
    return obj


def _check_timestamps(obj: Any, path: str) -> None:
    """Strict mode: every timestamp member holds a timestamp (read now, so reading it later is free).
    Otherwise a member's text is only read when the member is."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            _check_timestamps(item, f"{path}[{i}]")
        return
    if not isinstance(obj, Model):
        return
    for f, member in _timestamp_bearing(type(obj)):
        if member is not None:
            value = member.raw(obj)
            if value.__class__ is str:
                try:
                    member.__set__(obj, timestamp_from_wire(value))
                except ValueError as exc:
                    raise DecodeError(str(exc), f"{path}.{f.wire}") from None
        else:
            value = getattr(obj, f.attr)
            if value is not None and value is not UNSET:
                _check_timestamps(value, f"{path}.{f.wire}")


@functools.cache
def _timestamp_bearing(cls: type) -> tuple[tuple[Any, TimestampMember | None], ...]:
    """(field, its TimestampMember) for the timestamp members of ``cls``, (field, None) for the fields
    that may hold models."""
    out: list[tuple[Any, TimestampMember | None]] = []
    for f in fields_of(cls):
        member = getattr(cls, f.attr, None)
        hint = f.hint
        if typing.get_origin(hint) is list:
            (hint,) = typing.get_args(hint)
            hint = _without_none(hint)
        if isinstance(member, TimestampMember):
            out.append((f, member))
        elif isinstance(hint, type) and issubclass(hint, Model):
            out.append((f, None))
    return tuple(out)


#: Ten digits in a row somewhere in the document: an integer member may be outside Int32. (Found as ten
#: zeros in the document with every digit made "0" and every other byte ".": a regular expression takes
#: twice as long as decoding the document, this a hundredth.)
_DIGITS = bytes(48 if 48 <= b <= 57 else 46 for b in range(256))
_TEN_DIGITS = b"0" * 10
_INT32 = (-(2**31), 2**31 - 1)


def _check_int32(obj: Any, path: str) -> None:
    """Int32 members hold what .NET's Int32 holds, as in XML (msgspec reads any integer)."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            _check_int32(item, f"{path}[{i}]")
        return
    if not isinstance(obj, Model):
        return
    for f in _int_bearing(type(obj)):
        value = getattr(obj, f.attr)
        if f.hint is int:
            if isinstance(value, int) and not _INT32[0] <= value <= _INT32[1]:
                raise DecodeError(f"{value} is outside the 32-bit integer range", f"{path}.{f.wire}")
        elif value is not None and value is not UNSET:
            _check_int32(value, f"{path}.{f.wire}")


@functools.cache
def _int_bearing(cls: type) -> tuple[Any, ...]:
    """The fields of ``cls`` that are integers or may hold models (whose members may be)."""
    out = []
    for f in fields_of(cls):
        hint = f.hint
        if typing.get_origin(hint) is list:
            (hint,) = typing.get_args(hint)
            hint = _without_none(hint)
        if hint is int or (isinstance(hint, type) and issubclass(hint, Model)):
            out.append(f)
    return tuple(out)


@functools.cache
def _needs_dispatch(cls: type, _seen: frozenset[type] = frozenset()) -> bool:
    """True if a polymorphic type occurs below ``cls`` (msgspec alone would decode it as the base)."""
    for f in fields_of(cls):
        hint = f.hint
        if typing.get_origin(hint) is list:
            (hint,) = typing.get_args(hint)
            hint = _without_none(hint)
        if isinstance(hint, type) and issubclass(hint, Model) and hint not in _seen:
            if hint in DISCRIMINATORS or _needs_dispatch(hint, _seen | {cls}):
                return True
    return False


def _subtype_for(data: bytes | str, base: type, strict: bool) -> Any:
    try:
        probe = msgspec.json.decode(data, type=_probe(DISCRIMINATORS[base].property))
    except msgspec.ValidationError:
        return base  # not an object: decoding it as the base says what it is
    except msgspec.DecodeError as exc:
        raise DecodeError(f"malformed JSON: {exc}", "$") from None
    return _pick_subtype(base, getattr(probe, DISCRIMINATORS[base].property), strict, "$")


def _pick_subtype(base: type, value: Any, strict: bool, path: str) -> type:
    """The subtype the discriminator ``value`` names; the base for no value or (unless strict) an unknown one."""
    prop, subtypes = DISCRIMINATORS[base]
    sub = subtypes.get(value) if isinstance(value, str) else None
    if sub is None and value is not None and strict:
        raise DecodeError(f"{base.__name__}: unknown {prop} {value!r} (strict mode)", f"{path}.{prop}")
    return sub or base


# ---------------------------------------------------------------------------------------------------
# Lossless path: documents with content the spec does not know.


def _slow_decode(data: bytes | str, target: Target, strict: bool) -> Any:
    try:
        raw = _RAW_DECODER.decode(data)
    except msgspec.DecodeError as exc:
        raise DecodeError(f"malformed JSON: {exc}", "$") from None
    if _too_deep(raw):
        raise DecodeError(f"nested too deeply (more than {MAX_DEPTH} levels)", "$")
    if target.kind == "list":
        if not isinstance(raw, list):
            raise DecodeError(f"expected an array, got {_kind(raw)}", "$")
        return [_build_model(v, target.cls, f"$[{i}]", strict) for i, v in enumerate(raw)]
    if raw is None:
        raise DecodeError(f"expected an object ({target.cls.__name__}), got null", "$")
    return _build_model(raw, target.cls, "$", strict)


#: Deepest nesting the lossless path reads. Python 3.10 and 3.11 stop near 1000 levels by themselves
#: (RecursionError); 3.12+ limit C recursion apart, so msgspec reads far deeper: one limit on every Python.
MAX_DEPTH = 512


def _too_deep(raw: Any) -> bool:
    """Whether a decoded JSON value nests deeper than ``MAX_DEPTH`` (iterative: no recursion to exhaust)."""
    stack: list[tuple[Any, int]] = [(raw, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return False


def _kind(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def _build_model(raw: Any, cls: type, path: str, strict: bool) -> Any:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise DecodeError(f"expected an object ({cls.__name__}), got {_kind(raw)}", path)
    if cls in DISCRIMINATORS:
        cls = _pick_subtype(cls, raw.get(DISCRIMINATORS[cls].property), strict, path)
    kwargs: dict[str, Any] = {}
    known = {f.wire: f for f in fields_of(cls)}
    extra: dict[str, Any] = {}
    deep = False
    for key, value in raw.items():
        f = known.get(key)
        if f is None:
            if strict:
                raise DecodeError(f"{cls.__name__} has no member {key!r} (strict mode)", f"{path}.{key}")
            extra[key] = value
            continue
        if value.__class__ is str and isinstance(getattr(cls, f.attr, None), TimestampMember):
            v = value  # a timestamp member keeps its text (strict mode checks it once the object is built)
        else:
            v = _build_value(value, f.hint, f"{path}.{key}", strict)
        deep = deep or is_deep(v) or (isinstance(v, list) and any(is_deep(x) for x in v))
        kwargs[f.attr] = v
    try:
        obj = cls(**kwargs)
    except TypeError as exc:  # a required member is absent: name it as it is on the wire
        missing = [f.encode_name for f in msgspec.structs.fields(cls) if f.required and f.name not in kwargs]
        reason = "missing required member " + ", ".join(map(repr, missing)) if missing else str(exc)
        raise DecodeError(f"{cls.__name__}: {reason}", path) from None
    if extra:
        set_extra(obj, "json", extra)
    if extra or deep:
        mark_deep(obj)
    return obj


def _build_value(value: Any, hint: Any, path: str, strict: bool) -> Any:
    if value is None:
        return None
    if isinstance(hint, type):
        if issubclass(hint, Model):
            return _build_model(value, hint, path, strict)
        if issubclass(hint, OpenEnum):
            return _enum(value, hint, path)
        if hint is Timestamp:
            if not isinstance(value, str):
                raise DecodeError(f"expected a date-time string, got {_kind(value)}", path)
            try:
                return parse_timestamp(value)
            except ValueError as exc:
                raise DecodeError(str(exc), path) from None
        if hint is bool:
            if not isinstance(value, bool):
                raise DecodeError(f"expected a boolean, got {_kind(value)}", path)
            return value
        if hint is int:
            if not isinstance(value, int) or isinstance(value, bool):
                raise DecodeError(f"expected an integer, got {_kind(value)}", path)
            return value
        if hint is str:
            if not isinstance(value, str):
                raise DecodeError(f"expected a string, got {_kind(value)}", path)
            return value
    scalar = _SCALARS.get(hint)
    if scalar is not None:
        try:
            return scalar(value)
        except ValueError as exc:
            raise DecodeError(str(exc), path) from None
    origin = typing.get_origin(hint)
    if origin is Annotated:
        return _ranged_int(value, hint, path)
    if origin is list:
        if not isinstance(value, list):
            raise DecodeError(f"expected an array, got {_kind(value)}", path)
        (item,) = typing.get_args(hint)
        item = _without_none(item)
        return [_build_value(v, item, f"{path}[{i}]", strict) for i, v in enumerate(value)]
    try:
        return msgspec.convert(value, hint, dec_hook=_dec_hook)
    except msgspec.ValidationError as exc:
        raise DecodeError(str(exc), path) from None


def _guid(value: Any) -> UUID:
    if not isinstance(value, str):
        raise ValueError(f"expected a Guid string, got {_kind(value)}")
    return parse_guid(value)


def _bytes(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError(f"expected a base64 string, got {_kind(value)}")
    return parse_base64(value)


def _timespan(value: Any) -> Duration:
    if not isinstance(value, str):
        raise ValueError(f"expected a TimeSpan string, got {_kind(value)}")
    return parse_timespan_json(value)


#: Readers of the scalar kinds whose JSON msgspec does not read as .NET writes it (lossless path).
_SCALARS: dict[Any, Any] = {
    float: parse_double_json,
    Decimal: parse_decimal_json,
    UUID: _guid,
    bytes: _bytes,
    Duration: _timespan,
}
#: (ge, le) of a ranged integer's msgspec Meta -> its .NET kind.
_RANGED = {bounds: kind for kind, bounds in INT_RANGES.items()}


def _ranged_int(value: Any, hint: Any, path: str) -> int:
    """A short or byte member (``Annotated[int, Meta(ge, le)]``): an integer in its .NET range."""
    meta = typing.get_args(hint)[1]
    if not isinstance(value, int) or isinstance(value, bool):
        raise DecodeError(f"expected an integer, got {_kind(value)}", path)
    try:
        check_int(_RANGED.get((meta.ge, meta.le), "long"), value)
    except ValueError as exc:
        raise DecodeError(str(exc), path) from None
    return value


def _without_none(hint: Any) -> Any:
    """``X | None`` -> ``X`` (a null item is handled before the hint matters)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return (
        args[0]
        if typing.get_origin(hint) is not None and len(args) == 1 and type(None) in typing.get_args(hint)
        else hint
    )


def _enum(value: Any, cls: type[OpenEnum], path: str) -> OpenEnum:
    if isinstance(value, str):
        return cls(value)
    if isinstance(value, int) and not isinstance(value, bool):
        members = list(cls)
        if 0 <= value < len(members):
            return members[value]
        raise DecodeError(f"{cls.__name__} has no member number {value}", path)
    raise DecodeError(f"expected a {cls.__name__} name, got {_kind(value)}", path)


# ---------------------------------------------------------------------------------------------------
# Encoding


def encode(obj: Any, *, validate: bool = False) -> bytes:
    """Encode a model, a list of models or a string as JSON (UTF-8, no whitespace).

    Unknown content kept by ``decode`` is written back. ``validate=True`` first checks the documented
    constraints (length limits, required members) and raises ``EncodeError`` naming the member.
    """
    if validate:
        from ._validation import check

        problems = check(obj)
        if problems:
            path, message = problems[0]
            raise EncodeError(message, path)
    if not isinstance(obj, (Model, list)) or (isinstance(obj, list) and obj and not isinstance(obj[0], Model)):
        obj = _to_builtins(obj)  # a scalar result or body, or a list of them
    elif (
        (isinstance(obj, list) and any(is_deep(x) or (isinstance(x, Model) and _has_numbers(type(x))) for x in obj))
        or is_deep(obj)
        or (isinstance(obj, Model) and _has_numbers(type(obj)))
    ):
        obj = _to_builtins(obj)
    try:
        return _ENCODER.encode(obj)
    except (TypeError, NotImplementedError) as exc:
        raise EncodeError(str(exc)) from None
    except UnicodeEncodeError as exc:
        raise EncodeError(
            f"a string holds U+{ord(exc.object[exc.start]):04X}, which is not valid Unicode text"
        ) from None


def _to_builtins(obj: Any) -> Any:
    """The JSON value of ``obj`` with its unknown content, doubles and decimals as .NET writes them."""
    if isinstance(obj, Model):
        out: dict[str, Any] = {}
        for f in fields_of(type(obj)):
            value = member_value(obj, f.attr) if f.hint is Timestamp else getattr(obj, f.attr)
            if value is not UNSET:
                out[f.wire] = _to_builtins(value)
        extra = get_extra(obj, "json")
        if extra:
            out.update(extra)
        return out
    if isinstance(obj, list):
        return [_to_builtins(x) for x in obj]
    if isinstance(obj, float):
        return msgspec.Raw(format_double_json(obj).encode())
    if isinstance(obj, Decimal):
        try:
            return msgspec.Raw(format_decimal_json(obj).encode())
        except ValueError as exc:
            raise EncodeError(str(exc)) from None
    if isinstance(obj, timedelta):
        return format_timespan_json(obj)
    return obj


@functools.cache
def _has_numbers(cls: type, _seen: frozenset[type] = frozenset()) -> bool:
    """True if a double, decimal or TimeSpan member occurs in ``cls`` or below (then encoding takes
    ``_to_builtins``: msgspec writes none of them as Newtonsoft does)."""
    for f in fields_of(cls):
        for hint in _leaves(f.hint):
            if hint in (float, Decimal, Duration):
                return True
            if isinstance(hint, type) and issubclass(hint, Model) and hint not in _seen:
                if _has_numbers(hint, _seen | {cls}):
                    return True
    return False


@functools.cache
def _has_decimals(cls: type, _seen: frozenset[type] = frozenset()) -> bool:
    """True if a decimal member occurs in ``cls`` or below."""
    for f in fields_of(cls):
        for hint in _leaves(f.hint):
            if hint is Decimal:
                return True
            if isinstance(hint, type) and issubclass(hint, Model) and hint not in _seen:
                if _has_decimals(hint, _seen | {cls}):
                    return True
    return False


def _fit_decimals(obj: Any, path: str) -> None:
    """Every decimal member below ``obj`` as .NET holds it (``fit_decimal``), in place."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            if isinstance(item, Decimal):
                obj[i] = _fit(item, f"{path}[{i}]")
            else:
                _fit_decimals(item, f"{path}[{i}]")
    elif isinstance(obj, Model) and _has_decimals(type(obj)):
        for f in fields_of(type(obj)):
            if f.hint is Timestamp:
                continue
            value = getattr(obj, f.attr)
            if isinstance(value, Decimal):
                setattr(obj, f.attr, _fit(value, f"{path}.{f.wire}"))
            elif isinstance(value, (list, Model)):
                _fit_decimals(value, f"{path}.{f.wire}")


def _fit(value: Decimal, path: str) -> Decimal:
    try:
        return fit_decimal(value)
    except ValueError as exc:
        raise DecodeError(str(exc), path) from None


def _leaves(hint: Any) -> list[Any]:
    """The types a hint is made of (list items, union members, an Annotated's base)."""
    args = typing.get_args(hint)
    if not args:
        return [hint]
    if typing.get_origin(hint) is Annotated:
        return _leaves(args[0])
    return [leaf for a in args for leaf in _leaves(a)]
