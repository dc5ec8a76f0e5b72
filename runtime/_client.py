"""``Client``: the generated operations dispatched over a small urllib3 core, in JSON or XML.

    client = Client("user", "secret")                 # or VITEC_USERNAME / VITEC_PASSWORD
    contact = client.crm.get_contact("cust", "c1")    # -> models.CrmContact (its subtype)
    raw = client.with_raw_response.crm.get_contact("cust", "c1")   # status, headers, bytes

Switching ``format="xml"`` changes the wire, not the code: every operation returns the same models.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import ipaddress
import logging
import os
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

import msgspec

from . import json as _json
from . import xml as _xml
from ._api.operations import Resources
from ._retry import default_retry
from ._schema import Operation
from ._transport import BaseTransport, Request, Response, Urllib3Transport
from ._types import Model, OpenEnum, format_timestamp
from ._validation import check
from .errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    DecodeError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)

__all__ = ["DEFAULT_BASE_URL", "Client", "RawResponse"]

log = logging.getLogger("vitec_connect")

DEFAULT_BASE_URL = "https://connect.maklare.vitec.net"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
_MEDIA = {"json": "application/json", "xml": "application/xml"}
_STOCKHOLM: dt.tzinfo | None
try:
    from zoneinfo import ZoneInfo

    _STOCKHOLM = ZoneInfo("Europe/Stockholm")
except Exception:  # pragma: no cover - no tz database on this machine
    _STOCKHOLM = None

Progress = Callable[[int, int], None]


class RawResponse(NamedTuple):
    """One HTTP exchange: ``status_code``, ``headers`` (lower-case names), ``content`` (bytes).

    ``parse()`` decodes ``content`` into the operation's model.
    """

    status_code: int
    headers: Mapping[str, str]
    content: bytes
    elapsed: float
    operation: Operation
    format: str

    def parse(self, *, strict: bool = False) -> Any:
        return _decode(self.content, self.operation.response, self.format, strict)


def _decode(content: bytes, tp: Any, fmt: str, strict: bool) -> Any:
    return (_json if fmt == "json" else _xml).decode(content, type=tp, strict=strict)


def _is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Client(Resources):
    """A Vitec Express Connect client. Thread-safe: one connection pool shared by all threads.

    Args:
        username, password: Basic auth credentials; default ``VITEC_USERNAME`` / ``VITEC_PASSWORD``.
        base_url: default ``VITEC_BASE_URL`` or ``https://connect.maklare.vitec.net``. HTTPS is required
            except for loopback addresses.
        format: ``"json"`` or ``"xml"`` (DataContract XML), for requests and responses.
        timeout: seconds to wait for a connection and for each read.
        max_retries: retries of idempotent requests (GET) on connection errors, timeouts, 429, 502-504.
        strict: decode responses strictly (unknown fields, enum values or subtypes raise ``DecodeError``).
        transport: replaces the urllib3 transport (e.g. ``MockTransport`` in tests).
        **pool_options: passed to ``urllib3.PoolManager`` (``maxsize``, ``ca_certs``, ...), and
            ``max_response_bytes`` (default 64 MiB) to the transport.
    """

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        *,
        base_url: str | None = None,
        format: str = "json",
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool = False,
        transport: BaseTransport | None = None,
        **pool_options: Any,
    ) -> None:
        username = username if username is not None else os.environ.get("VITEC_USERNAME")
        password = password if password is not None else os.environ.get("VITEC_PASSWORD")
        if not username or password is None:
            raise ValueError("no credentials: pass username and password, or set VITEC_USERNAME and VITEC_PASSWORD")
        if format not in _MEDIA:
            raise ValueError(f"format must be 'json' or 'xml', not {format!r}")
        base_url = (base_url or os.environ.get("VITEC_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError(f"base_url must be an http(s) URL, not {base_url!r}")
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            raise ValueError("base_url must use https (plain http is allowed only for loopback addresses)")
        if parts.username or parts.password:
            raise ValueError("put credentials in username/password, not in base_url")
        self.base_url = base_url
        self.format = format
        self.timeout = timeout
        self.max_retries = max_retries
        self.strict = strict
        self._auth = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._username = username
        self._transport = transport or Urllib3Transport(**pool_options)
        self._retry = default_retry(max_retries) if max_retries > 0 else None
        self._lock = threading.Lock()
        self._bind_resources(self)

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r}, format={self.format!r}, username={self._username!r})"

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._transport.close()

    @property
    def with_raw_response(self) -> _RawClient:
        """The same operations, returning ``RawResponse`` (one HTTP exchange) instead of models."""
        return _RawClient(self)

    # -----------------------------------------------------------------------------------------------
    # The generated resources call this.

    def _call(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any]) -> Any:
        return self._dispatch(op, args, body, options, raw=False)

    def _dispatch(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any], *, raw: bool) -> Any:
        progress: Progress | None = options.pop("progress", None)
        chunk = options.pop("chunk", True)
        window = options.pop("window", True)
        strict = options.pop("strict", self.strict)
        timeout = options.pop("timeout", self.timeout)
        if options:
            raise TypeError(f"{op.operation_id}() got unexpected options: {', '.join(sorted(options))}")
        calls = list(self._plan(op, args, chunk=chunk and not raw, window=window and not raw))
        if raw and len(calls) > 1:  # pragma: no cover - _plan refuses first
            raise ValidationError({op.operation_id: ["with_raw_response makes a single request"]})
        payload = self._encode_body(op, body) if op.body is not None else None
        results = []
        for i, call_args in enumerate(calls, 1):
            response = self._send(op, call_args, payload, timeout)
            if raw:
                return RawResponse(
                    response.status_code, response.headers, response.content, response.elapsed, op, self.format
                )
            self._raise_for_status(op, response)
            results.append(self._parse(op, response, strict))
            if progress is not None:
                progress(i, len(calls))
        return _merge(op, results)

    def _plan(self, op: Operation, args: dict[str, Any], *, chunk: bool, window: bool) -> Iterator[dict[str, Any]]:
        """One argument set per request: lists longer than a parameter allows become batches, date ranges
        longer than allowed become consecutive windows."""
        errors: dict[str, list[str]] = {}
        for p in op.params:
            value = args.get(p.name)
            if value is None and p.required:
                errors.setdefault(p.python_name, []).append("is required")
        if errors:
            raise ValidationError(errors)
        batches: list[dict[str, Any]] = [dict(args)]
        for p in op.params:
            if p.separator and p.max_items and args.get(p.name) is not None:
                ids = _split_ids(args[p.name], p.separator, p.python_name)
                if len(ids) > p.max_items and not chunk:
                    raise ValidationError({p.python_name: [f"at most {p.max_items} per request, got {len(ids)}"]})
                batches = [{**args, p.name: ids[i : i + p.max_items]} for i in range(0, len(ids), p.max_items)]
        if op.max_date_range:
            start_name, end_name, months = op.max_date_range
            start, end = _as_datetime(args[start_name]), _as_datetime(args[end_name])
            if end < start:
                raise ValidationError({_snake(end_name): [f"must not be before {_snake(start_name)}"]})
            edges = list(_windows(start, end, months))
            if len(edges) > 1 and not window:
                raise ValidationError({_snake(end_name): [f"the range may span at most {months} months per request"]})
            batches = [{**b, start_name: a, end_name: z} for b in batches for a, z in edges]
        yield from batches

    def _encode_body(self, op: Operation, body: Any) -> bytes:
        if not isinstance(body, op.body):
            raise TypeError(f"{op.operation_id}() needs a {op.body.__name__}, got {type(body).__name__}")
        problems = check(body, op.body_name or "body")
        if problems:
            errors: dict[str, list[str]] = {}
            for path, message in problems:
                errors.setdefault(path, []).append(message)
            raise ValidationError(errors)
        data: bytes = (_json if self.format == "json" else _xml).encode(body)
        return data

    def _url(self, op: Operation, args: Mapping[str, Any]) -> str:
        path = op.path
        query = []
        for p in op.params:
            value = args.get(p.name)
            if value is None:
                continue
            text = _param_text(value, p.kind, p.separator)
            if p.location == "path":
                path = path.replace("{" + p.name + "}", urllib.parse.quote(text, safe=""))
            else:
                query.append((p.name, text))
        url = self.base_url + path
        return url + ("?" + urllib.parse.urlencode(query) if query else "")

    def _send(self, op: Operation, args: Mapping[str, Any], payload: bytes | None, timeout: float | None) -> Response:
        media = _MEDIA[self.format]
        headers = {
            "Authorization": self._auth,
            "Accept": media,
            "Accept-Encoding": "gzip, deflate",  # reports are megabytes; the size limit applies after inflating
            "User-Agent": "vitec-connect/0.1",
        }
        if payload is not None:
            headers["Content-Type"] = f"{media}; charset=utf-8"
        idempotent = op.method in ("GET", "HEAD")
        request = Request(
            op.method, self._url(op, args), headers, payload, timeout, self._retry if idempotent else None
        )
        log.debug("%s %s (%s)", op.method, request.url, op.operation_id)
        response = self._transport.handle_request(request)
        log.debug(
            "%s %s -> %s in %.3fs, %d bytes",
            op.method,
            request.url,
            response.status_code,
            response.elapsed,
            len(response.content),
        )
        return response

    def _raise_for_status(self, op: Operation, response: Response) -> None:
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
        if status == 400:
            message, errors = _validation_body(response)
            raise BadRequestError(f"400 Bad Request: {message}", errors=errors, **kwargs)
        cls, text = {
            401: (AuthenticationError, "401 Unauthorized: the credentials were not accepted"),
            403: (PermissionDeniedError, "403 Forbidden: no access to the requested data"),
            404: (NotFoundError, "404 Not Found"),
            429: (RateLimitError, "429 Too Many Requests"),
        }.get(status, (InternalServerError if status >= 500 else APIStatusError, f"unexpected status {status}"))
        if status >= 500:
            text = f"{status} server error"
        raise cls(f"{text} ({op.method} {op.path})", **kwargs)

    def _parse(self, op: Operation, response: Response, strict: bool) -> Any:
        ctype = response.headers.get("content-type", "")
        want = _MEDIA[self.format]
        if not response.content and op.response is not str:
            raise DecodeError(f"empty body with status {response.status_code}; expected {want}")
        if ctype and want not in ctype and not (self.format == "xml" and "text/xml" in ctype):
            raise DecodeError(f"expected {want}, got content type {ctype!r}")
        return _decode(response.content, op.response, self.format, strict)


class _RawClient(Resources):
    def __init__(self, client: Client) -> None:
        self._bind_resources(_RawCaller(client))


class _RawCaller:
    def __init__(self, client: Client) -> None:
        self._client = client

    def _call(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any]) -> RawResponse:
        options = {**options, "chunk": False, "window": False}
        return self._client._dispatch(op, args, body, options, raw=True)  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------------------------------
# Parameters


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def _split_ids(value: Any, separator: str, name: str) -> list[str]:
    ids = value.split(separator) if isinstance(value, str) else list(value)
    ids = [str(i).strip() for i in ids]
    if not ids or any(not i for i in ids):
        raise ValidationError({name: ["must be one or more non-empty ids"]})
    if any(separator in i for i in ids):
        raise ValidationError({name: [f"an id may not contain {separator!r}"]})
    return ids


def _as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and _STOCKHOLM is not None:
            return value.astimezone(_STOCKHOLM).replace(tzinfo=None)  # the API's dates are Stockholm time
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    raise ValidationError({"date": [f"expected a date or datetime, got {type(value).__name__}"]})


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


def _param_text(value: Any, kind: str, separator: str | None) -> str:
    if separator and isinstance(value, list):
        return separator.join(value)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError({"flag": [f"expected a bool, got {type(value).__name__}"]})
        return "True" if value else "False"
    if kind == "datetime":
        return format_timestamp(_as_datetime(value))
    if kind == "enum":
        return value.value if isinstance(value, OpenEnum) else str(value)
    return str(value)


# ---------------------------------------------------------------------------------------------------
# Results


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
    """Concatenate each list member of consecutive windows, dropping an item that the previous window
    already returned (a window starts where the previous one ended, so edge items come twice)."""
    cls = type(parts[0])
    merged: dict[str, Any] = {}
    for f in msgspec.structs.fields(cls):
        lists = [getattr(p, f.name) for p in parts]
        if not all(isinstance(v, list) or v is None for v in lists):
            merged[f.name] = getattr(parts[-1], f.name)
            continue
        out: list[Any] = []
        previous: list[Any] = []
        for current in lists:
            current = current or []
            seen = list(previous)
            for item in current:
                if item in seen:
                    seen.remove(item)
                    continue
                out.append(item)
            previous = current
        merged[f.name] = out
    return cls(**merged)


def _validation_body(response: Response) -> tuple[str, dict[str, list[str]]]:
    """ASP.NET Web API's HttpError, in JSON or XML: (message, field -> messages)."""
    content = response.content
    try:
        if content.lstrip().startswith(b"<"):
            from lxml import etree

            root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
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
    return content[:200].decode("utf-8", "replace"), {}
