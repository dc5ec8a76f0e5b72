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
from typing import Any, TypeVar, overload

import msgspec

from ._api.polymorphism import DISCRIMINATORS
from ._codec import (
    fields_of,
    get_extra,
    is_deep,
    reach,
    resolve_graph,
    resolve_target,
    strict_enums,
)
from ._json_read import RAW_DECODER, build_value, dec_hook, kind_of, pick_subtype, slow_decode, without_none
from ._scalar_roots import is_scalar_type, scalar_name
from ._scalars import (
    Duration,
    fit_decimal,
    format_decimal_json,
    format_double_json,
    format_timespan_json,
)
from ._timestamp import Timestamp, format_timestamp, parse_timestamp
from ._types import UNSET, Model, TimestampMember, member_value
from .errors import DecodeError, EncodeError

__all__ = ["decode", "encode"]

T = TypeVar("T")


def _enc_hook(value: Any) -> Any:
    if isinstance(value, datetime):  # (a Timestamp read from text gives that text)
        return format_timestamp(value)
    if isinstance(value, timedelta):
        return format_timespan_json(value)
    raise NotImplementedError(f"cannot encode {type(value).__name__}")


@functools.cache
def _decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    # TimeSpans decode through one hook call each; anything else raises, and the lossless path tells what.
    resolve_graph(tp)  # (msgspec then finds every annotation resolved)
    return msgspec.json.Decoder(tp, dec_hook=dec_hook)


@functools.cache
def _probe(prop: str) -> Any:
    """A struct that reads only the discriminator ``prop`` of a polymorphic value."""
    return msgspec.defstruct("Probe", [(prop, Any, None)])


# Decimals are numbers: a typed one is written by format_decimal_json, an unknown member's as it was read.
_ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook, decimal_format="number")


@overload
def decode(data: bytes | str, *, type: type[T], strict: bool = False) -> T: ...
@overload
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any: ...
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any:
    """Decode JSON ``data`` into ``type`` (a model, ``list[Model]`` or ``str``).

    Raises ``DecodeError`` with the path of the first problem, and nothing else for any ``data``.
    """
    scalar = is_scalar_type(type)
    if not scalar:
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
        return _decode_scalar(data, type, strict) if scalar else _decode(data, type, strict)
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
    """A scalar result (``bool``, ``int``, ``UUID``...) or a list of them. ``int`` is .NET's Int32; a
    result of another integer kind is ``Annotated[int, Meta(ge, le)]`` with its range."""
    try:
        raw = RAW_DECODER.decode(data)
    except msgspec.DecodeError as exc:
        raise DecodeError(f"malformed JSON: {exc}", "$") from None
    if typing.get_origin(type) is list:
        if not isinstance(raw, list):
            raise DecodeError(f"expected an array, got {kind_of(raw)}", "$")
        (item,) = typing.get_args(type)
        return [_scalar_value(v, item, f"$[{i}]", strict) for i, v in enumerate(raw)]
    if raw is None:
        raise DecodeError(f"expected {scalar_name(type)}, got null", "$")
    return _scalar_value(raw, type, "$", strict)


def _scalar_value(raw: Any, type: Any, path: str, strict: bool) -> Any:
    return build_value(raw, type, path, strict)  # (``int``: an Int32, range checked)


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
            raise DecodeError(f"expected a string, got {kind_of(value)}", root)
        return value
    if _needs_dispatch(target.cls) or (target.kind == "list" and target.cls in DISCRIMINATORS):
        obj = slow_decode(data, target, strict)  # subtypes below the root: only the lossless path picks them
    else:
        fast_type = type
        if target.kind == "model" and target.cls in DISCRIMINATORS:
            fast_type = _subtype_for(data, target.cls, strict)
        try:
            obj = _decoder(fast_type).decode(data)
            if _has_decimals(target.cls):
                _fit_decimals(obj, root)  # msgspec keeps every digit; .NET's decimal does not
        except msgspec.ValidationError:
            # Unknown members, integer enum values, or a real error (an integer outside its .NET kind's
            # range among them: the models' Int32, Int64... carry it): the lossless path tells which.
            obj = slow_decode(data, target, strict)
        except msgspec.DecodeError as exc:
            raise DecodeError(f"malformed JSON: {exc}", root) from None
    if strict:
        strict_enums(obj, root)
        _check_timestamps(obj, root)
    return obj


def _check_timestamps(obj: Any, path: str) -> None:
    """Strict mode: every timestamp member holds a timestamp (the slot keeps the text). Otherwise a
    member's text is only parsed when the member is read."""
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
                    parse_timestamp(value)
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
            hint = without_none(hint)
        if isinstance(member, TimestampMember):
            out.append((f, member))
        elif isinstance(hint, type) and issubclass(hint, Model):
            out.append((f, None))
    return tuple(out)


def _needs_dispatch(cls: type) -> bool:
    """True if a polymorphic type occurs below ``cls`` (msgspec alone would decode it as the base)."""
    return not DISCRIMINATORS.keys().isdisjoint(reach(cls).models)


def _subtype_for(data: bytes | str, base: type, strict: bool) -> Any:
    try:
        probe = msgspec.json.decode(data, type=_probe(DISCRIMINATORS[base].property))
    except msgspec.ValidationError:
        return base  # not an object: decoding it as the base says what it is
    except msgspec.DecodeError as exc:
        raise DecodeError(f"malformed JSON: {exc}", "$") from None
    return pick_subtype(base, getattr(probe, DISCRIMINATORS[base].property), strict, "$")


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


def _has_numbers(cls: type) -> bool:
    """True if a double, decimal or TimeSpan member occurs in ``cls`` or below (then encoding takes
    ``_to_builtins``: msgspec writes none of them as Newtonsoft does)."""
    return not _NUMBERS.isdisjoint(reach(cls).leaves)


def _has_decimals(cls: type) -> bool:
    """True if a decimal member occurs in ``cls`` or below."""
    return Decimal in reach(cls).leaves


_NUMBERS = frozenset((float, Decimal, Duration))


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
