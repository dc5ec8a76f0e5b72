"""The lossless JSON reader: documents with content the spec does not know.

``json.decode`` takes one msgspec pass when a document holds only what the spec declares; otherwise
it comes here. Every number with a point or an exponent is read as a ``Decimal`` (its text kept), each
member is checked against its hint with the document path, and unknown members, enum values and
subtypes are kept so that re-encoding writes them back unchanged (``strict`` reports them instead).
"""

from __future__ import annotations

import typing
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

import msgspec

from ._api.polymorphism import DISCRIMINATORS
from ._codec import (
    Target,
    fields_of,
    is_deep,
    mark_deep,
    set_extra,
)
from ._scalars import (
    INT_RANGES,
    Duration,
    check_int,
    int_kind,
    parse_base64,
    parse_decimal_json,
    parse_double_json,
    parse_guid,
    parse_timespan_json,
)
from ._timestamp import Timestamp, parse_timestamp, timestamp_hook
from ._types import Model, OpenEnum, TimestampMember
from .errors import DecodeError


def dec_hook(tp: Any, value: Any) -> Any:
    if tp is Duration:
        if value.__class__ is not str:
            raise TypeError(f"expected a TimeSpan string, got {type(value).__name__}")
        return parse_timespan_json(value)
    return timestamp_hook(tp, value)


#: The lossless path reads every number with a point or an exponent as a Decimal: its text is kept.
RAW_DECODER = msgspec.json.Decoder(float_hook=Decimal)


def pick_subtype(base: type, value: Any, strict: bool, path: str) -> type:
    """The subtype the discriminator ``value`` names; the base for no value or (unless strict) an unknown one."""
    prop, subtypes = DISCRIMINATORS[base]
    if isinstance(value, int) and not isinstance(value, bool):
        value = _member_name(base, prop, value)  # Newtonsoft reads an enum's number as that member
    sub = subtypes.get(value) if isinstance(value, str) else None
    if sub is None and value is not None and strict:
        raise DecodeError(f"{base.__name__}: unknown {prop} {value!r} (strict mode)", f"{path}.{prop}")
    return sub or base


def _member_name(base: type, prop: str, number: int) -> str | int:
    """The name of member ``number`` of the enumeration typing ``base``'s discriminator ``prop``, or the
    number itself if there is no such member (the member's own decoding then says so)."""
    hint = next((f.hint for f in fields_of(base) if f.wire == prop), None)
    if isinstance(hint, type) and issubclass(hint, OpenEnum):
        members: list[OpenEnum] = list(hint)
        if 0 <= number < len(members):
            return str(members[number].value)
    return number


def slow_decode(data: bytes | str, target: Target, strict: bool) -> Any:
    try:
        raw = RAW_DECODER.decode(data)
    except msgspec.DecodeError as exc:
        raise DecodeError(f"malformed JSON: {exc}", "$") from None
    if _too_deep(raw):
        raise DecodeError(f"nested too deeply (more than {MAX_DEPTH} levels)", "$")
    if target.kind == "list":
        if not isinstance(raw, list):
            raise DecodeError(f"expected an array, got {kind_of(raw)}", "$")
        return [build_model(v, target.cls, f"$[{i}]", strict) for i, v in enumerate(raw)]
    if raw is None:
        raise DecodeError(f"expected an object ({target.cls.__name__}), got null", "$")
    return build_model(raw, target.cls, "$", strict)


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


def kind_of(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def build_model(raw: Any, cls: type, path: str, strict: bool) -> Any:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise DecodeError(f"expected an object ({cls.__name__}), got {kind_of(raw)}", path)
    if cls in DISCRIMINATORS:
        cls = pick_subtype(cls, raw.get(DISCRIMINATORS[cls].property), strict, path)
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
            v = build_value(value, f.hint, f"{path}.{key}", strict)
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


def build_value(value: Any, hint: Any, path: str, strict: bool) -> Any:
    if value is None:
        return None
    if isinstance(hint, type):
        if issubclass(hint, Model):
            return build_model(value, hint, path, strict)
        if issubclass(hint, OpenEnum):
            return _enum(value, hint, path)
        if hint is Timestamp:
            if not isinstance(value, str):
                raise DecodeError(f"expected a date-time string, got {kind_of(value)}", path)
            try:
                return parse_timestamp(value)
            except ValueError as exc:
                raise DecodeError(str(exc), path) from None
        if hint is bool:
            if not isinstance(value, bool):
                raise DecodeError(f"expected a boolean, got {kind_of(value)}", path)
            return value
        if hint is int:  # .NET's Int32
            if not isinstance(value, int) or isinstance(value, bool):
                raise DecodeError(f"expected an integer, got {kind_of(value)}", path)
            if not _INT32[0] <= value <= _INT32[1]:
                raise DecodeError(f"{value} is outside the 32-bit integer range", path)
            return value
        if hint is str:
            if not isinstance(value, str):
                raise DecodeError(f"expected a string, got {kind_of(value)}", path)
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
            raise DecodeError(f"expected an array, got {kind_of(value)}", path)
        (item,) = typing.get_args(hint)
        item = without_none(item)
        return [build_value(v, item, f"{path}[{i}]", strict) for i, v in enumerate(value)]
    try:
        return msgspec.convert(value, hint, dec_hook=dec_hook)
    except msgspec.ValidationError as exc:
        raise DecodeError(str(exc), path) from None


def _guid(value: Any) -> UUID:
    if not isinstance(value, str):
        raise ValueError(f"expected a Guid string, got {kind_of(value)}")
    return parse_guid(value)


def _bytes(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError(f"expected a base64 string, got {kind_of(value)}")
    return parse_base64(value)


def _timespan(value: Any) -> Duration:
    if not isinstance(value, str):
        raise ValueError(f"expected a TimeSpan string, got {kind_of(value)}")
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
_INT32 = INT_RANGES["int"]


def _ranged_int(value: Any, hint: Any, path: str) -> int:
    """A long, short or byte member or item (``Int64``, ``Int16``, ``Byte``: ``Annotated[int, Meta(ge, le)]``),
    an integer in its .NET range."""
    meta = typing.get_args(hint)[1]
    if (meta.ge, meta.le) == _INT32:  # an Int32 given as a type (fields_of gives ``int``)
        return build_value(value, int, path, False)  # type: ignore[no-any-return]
    if not isinstance(value, int) or isinstance(value, bool):
        raise DecodeError(f"expected an integer, got {kind_of(value)}", path)
    try:
        check_int(int_kind(meta) or "long", value)
    except ValueError as exc:
        raise DecodeError(str(exc), path) from None
    return value


def without_none(hint: Any) -> Any:
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
    raise DecodeError(f"expected a {cls.__name__} name, got {kind_of(value)}", path)
