"""How one call becomes requests and their results one answer: parameters as the API writes them, id
batches and date windows, merged results, and the text of an error body."""

from __future__ import annotations

import calendar
import datetime as dt
import decimal
import functools
import typing
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import msgspec

from . import json as _json
from ._options import NotGiven
from ._scalars import INT_RANGES, check_int, format_double, int_name
from ._schema import Operation
from ._transport import Response
from ._types import Byte, Int16, Int32, Int64, Model, OpenEnum, format_timestamp
from .errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)


@functools.cache
def _stockholm() -> dt.tzinfo | None:
    """Europe/Stockholm, read when an aware datetime is first sent (not at import: it reads the tz database)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Stockholm")
    except Exception:  # pragma: no cover - no tz database on this machine
        return None


# ---------------------------------------------------------------------------------------------------
# Parameters


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def _check_segment(text: str, name: str) -> None:
    """A path parameter can never change which resource is addressed: ``.`` and ``..`` pass
    percent-encoding unchanged and are removed by URL normalisation (``get_contact("..", "..")`` would
    be ``GET /``); an empty one joins two slashes. (``/`` in an id is sent as ``%2F``.)"""
    if text in ("", ".", ".."):
        shown = repr(text) if text else "empty"
        raise ValidationError(
            {name: [f"{shown} cannot be sent as a path segment: it would change the resource addressed"]}
        )


def _split_ids(value: Any, separator: str, name: str, kind: str = "string") -> list[str]:
    """The items of a list parameter (a list, or one string joined with ``separator``) as sent, each
    checked as a parameter of ``kind`` on its own (``contact_ids[2]: expected a str, got NoneType``)."""
    if isinstance(value, str):
        items: list[Any] = value.split(separator)
    elif isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray, Mapping)):
        items = list(value)
    else:
        raise ValidationError({name: [f"expected a list or a {separator!r}-separated str, got {type(value).__name__}"]})
    ids = []
    for i, item in enumerate(items):
        if kind == "string" and not isinstance(item, str):
            raise ValidationError({f"{name}[{i}]": [f"expected a str, got {type(item).__name__}"]})
        ids.append(_param_text(item, kind, None, f"{name}[{i}]").strip())
    if not ids or any(not i for i in ids):
        raise ValidationError({name: ["must be one or more non-empty ids"]})
    if any(separator in i for i in ids):
        raise ValidationError({name: [f"an id may not contain {separator!r}"]})
    return ids


def _as_datetime(value: Any, name: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        stockholm = _stockholm() if value.tzinfo is not None else None
        if stockholm is not None:
            return value.astimezone(stockholm).replace(tzinfo=None)  # the API's dates are Stockholm time
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    raise ValidationError({name: [f"expected a date or datetime, got {type(value).__name__}"]})


def _add_months(value: dt.datetime, months: int) -> dt.datetime:
    month = value.month - 1 + months
    year, month = value.year + month // 12, month % 12 + 1
    day = min(value.day, calendar.monthrange(year, month)[1])
    return value.replace(year=year, month=month, day=day)


def _windows(start: dt.datetime, end: dt.datetime, months: int) -> Iterator[tuple[dt.datetime, dt.datetime]]:
    """Consecutive windows of at most ``months`` months covering [start, end]; each starts where the
    previous ended (items on an edge are returned by both and merged once)."""
    a = start
    while True:
        z = min(_add_months(a, months), end)
        yield a, z
        if z >= end:
            return
        a = z


def _param_text(value: Any, kind: str, separator: str | None, name: str) -> str:
    """A parameter's value as the API reads it; ``ValidationError`` naming ``name`` (the Python argument)
    if it is not of the parameter's kind."""
    if separator:
        return separator.join(_split_ids(value, separator, name, kind))
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError({name: [f"expected a bool, got {type(value).__name__}"]})
        return "True" if value else "False"
    if kind == "datetime":
        return format_timestamp(_as_datetime(value, name))
    if kind == "enum":
        return value.value if isinstance(value, OpenEnum) else str(value)
    if kind in INT_RANGES:  # Int32, Int64, Int16, Byte: a Python int in the kind's range (True is not 1)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError({name: [f"expected {int_name(kind)}, got {type(value).__name__}"]})
        try:
            check_int(kind, value)
        except ValueError as exc:
            raise ValidationError({name: [str(exc)]}) from None
        return str(value)
    if kind == "double":
        if not isinstance(value, (int, float, decimal.Decimal)) or isinstance(value, bool):
            raise ValidationError({name: [f"expected a number (double), got {type(value).__name__}"]})
        return format_double(float(value))  # 1E+20, not Python's 1e+20
    return str(value)


def check_params(op: Operation, args: dict[str, Any]) -> dict[str, list[str]]:
    """Every given path and query argument of ``op`` checked against its parameter's kind, before anything
    is sent: the Python argument name -> what is wrong. (A list argument given as an iterator is kept as a
    list, read once.)"""
    errors: dict[str, list[str]] = {}
    for p in op.params:
        value = args.get(p.name)
        if value is None or isinstance(value, NotGiven):
            continue
        if p.separator and isinstance(value, Iterator):
            value = args[p.name] = list(value)
        try:
            text = _param_text(value, p.kind, p.separator, p.python_name)
            if p.location == "path":
                _check_segment(text, p.python_name)
        except ValidationError as exc:
            for key, messages in exc.errors.items():
                errors.setdefault(key, []).extend(messages)
    return errors


# ---------------------------------------------------------------------------------------------------
# Results


def result_type(op: Operation) -> Any:
    """The type a result is decoded as: the operation's, with the .NET range of a long, short or byte
    result (``Int64``, ``Int16``, ``Byte``: the alias a member of that kind has; a plain ``int`` is an Int32)."""
    if op.response_range is None:
        return op.response
    ranged = _ranged_int(op.response_range)
    return list[ranged] if typing.get_origin(op.response) is list else ranged  # type: ignore[valid-type]


#: a ranged result's kind -> the alias its members are annotated with
_RANGED_INT: dict[str, Any] = {"int": Int32, "long": Int64, "short": Int16, "byte": Byte}


def _ranged_int(kind: str) -> Any:
    return _RANGED_INT[kind]


def _merge(op: Operation, results: list[Any]) -> Any:
    if len(results) == 1:
        return results[0]
    first = results[0]
    if isinstance(first, list):
        return [item for part in results for item in part]
    if isinstance(first, Model):
        return _merge_report(results)
    return results[-1]  # pragma: no cover - no other split operation


def _merge_report(parts: list[Any]) -> Any:
    """Concatenate each list member of consecutive windows (each already without the items the previous
    window returned: a window starts where the previous one ended, so edge items come twice)."""
    cls = type(parts[0])
    merged: dict[str, Any] = {}
    for f in msgspec.structs.fields(cls):
        values = [getattr(p, f.name) for p in parts]
        if all(isinstance(v, list) or v is None for v in values):
            merged[f.name] = [item for v in values for item in v or []]
        else:
            merged[f.name] = values[-1]
    return cls(**merged)


def _new_items(previous: list[Any], current: list[Any]) -> list[Any]:
    """``current`` without the items ``previous`` also returned (as many times as it returned them).

    Linear: ``previous`` is bucketed by each item's encoding (one msgspec call), and an item is left out
    only if it also equals (``==``) one left in its bucket.
    """
    seen: dict[bytes, list[Any]] = {}
    for item in previous:
        seen.setdefault(_KEY.encode(item), []).append(item)
    out = []
    for item in current:
        bucket = seen.get(_KEY.encode(item))
        if bucket:
            for i, earlier in enumerate(bucket):
                if earlier == item:
                    del bucket[i]
                    break
            else:
                out.append(item)
        else:
            out.append(item)
    return out


_KEY = msgspec.msgpack.Encoder(enc_hook=_json._enc_hook)


def _without_previous(previous: Any, current: Any) -> Any:
    """A window's report without the items the previous window already returned (iter_windows)."""
    changes = {}
    for f in msgspec.structs.fields(type(current)):
        before, now = getattr(previous, f.name), getattr(current, f.name)
        if isinstance(now, list) and (before is None or isinstance(before, list)):
            changes[f.name] = _new_items(before or [], now)
    return msgspec.structs.replace(current, **changes)


def _error_body(response: Response) -> tuple[str, dict[str, list[str]]]:
    """ASP.NET Web API's HttpError, in JSON or XML: (message, field -> messages); a body in neither
    gives its first line (up to 200 characters), HTML gives nothing."""
    content = response.content
    if not content.strip() or b"<html" in content[:512].lower():
        return "", {}
    try:
        if content.lstrip().startswith(b"<"):
            from lxml import etree

            from .xml._parse import parse

            root = parse(content)  # (nothing a DOCTYPE names is opened)
            message = root.findtext("Message") or root.findtext("{*}Message") or ""
            errors: dict[str, list[str]] = {}
            state = root.find("ModelState")
            if state is None:
                state = root.find("{*}ModelState")
            for el in state if state is not None else ():
                errors.setdefault(etree.QName(el).localname, []).append(el.text or "")
            return message, errors
        data = msgspec.json.decode(content)
        if isinstance(data, dict):
            lower = {str(k).lower(): v for k, v in data.items()}
            state = lower.get("modelstate") or {}
            errors = {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in state.items()}
            return str(lower.get("message", "")), errors
    except Exception:  # noqa: S110 - an unreadable body still raises BadRequestError, with the raw body
        pass
    lines = content[:200].decode("utf-8", "replace").strip().splitlines()  # (none for b"\x1c": a separator)
    return (lines[0] if lines else ""), {}


def raise_for_status(op: Operation, response: Response) -> None:
    """A response whose status is not 2xx as our error for it, with the server's own words and where."""
    status = response.status_code
    if 200 <= status < 300:
        return
    kwargs: dict[str, Any] = {
        "status_code": status,
        "body": response.content,
        "headers": response.headers,
        "method": op.method,
        "url": response.request.url,
    }
    # The request as sent (its real path and query; the host is the client's), then the server's own words.
    split = urllib.parse.urlsplit(response.request.url)
    where = f"({op.method} {split.path}{'?' + split.query if split.query else ''})"
    message, errors = _error_body(response)
    said = f": {message}" if message else ""
    if status == 400:
        raise BadRequestError(f"400 Bad Request{said} {where}", errors=errors, **kwargs)
    cls, text = {
        401: (AuthenticationError, "401 Unauthorized: the credentials were not accepted"),
        403: (PermissionDeniedError, "403 Forbidden: no access to the requested data"),
        404: (NotFoundError, "404 Not Found"),
        429: (RateLimitError, "429 Too Many Requests"),
    }.get(status, (InternalServerError if status >= 500 else APIStatusError, f"unexpected status {status}"))
    if status >= 500:
        text = f"{status} server error"
    if status in (401, 403) and message:
        text = text.split(":")[0]
    raise cls(f"{text}{said} {where}", **kwargs)
