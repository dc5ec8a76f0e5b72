"""``Client``: the generated operations dispatched over a small urllib3 core, in JSON or XML.

    client = Client("user", "secret", customer_id="M123")   # or VITEC_USERNAME / _PASSWORD / _CUSTOMER_ID
    contact = client.crm.get_contact(contact_id="c1")      # -> models.CrmContact (its subtype)
    other = client.crm.get_contact(customer_id="M456", contact_id="c1")   # another customer, this call
    raw = client.with_raw_response.crm.get_contact(contact_id="c1")      # RawResponse[CrmContact]
    with client.stream(client.<tag>.<file download>, ...) as body: body.write_to("a.pdf")  # in chunks
    fast = client.with_options(timeout=5, max_retries=0)                  # a copy sharing the pool
    report = client.business_intelligence.get_tips_and_leads_report
    for part in client.iter_windows(report, date_from=a, date_to=b): ...

Switching ``format="xml"`` changes the wire, not the code: every operation returns the same models.
"""

from __future__ import annotations

import base64
import copy
import logging
import os
import threading
import typing
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, ParamSpec, TypeVar, cast

import msgspec
import urllib3

from . import json as _json
from . import xml as _xml
from ._api.operations import RawResources, Resources
from ._calls import (
    _as_datetime,
    _check_segment,
    _merge,
    _param_text,
    _snake,
    _split_ids,
    _windows,
    _without_previous,
    check_params,
    raise_for_status,
    result_type,
)
from ._options import NOT_GIVEN, NotGiven, Progress
from ._response import RawResponse
from ._retry import Retry, default_retry, open_stream, send
from ._schema import Operation
from ._settings import (
    MEDIA,
    POOL_OPTIONS,
    check_format,
    check_headers,
    did_you_mean,
    environment_proxy,
    is_loopback,
    redact_url,
    use_proxy,
)
from ._stream import StreamedResponse
from ._transport import BaseTransport, Request, Response, Urllib3Transport
from ._types import Model
from ._validation import check
from .errors import (
    DecodeError,
    ValidationError,
)

__all__ = ["DEFAULT_BASE_URL", "NOT_GIVEN", "Client", "Format", "NotGiven", "RawResponse"]

log = logging.getLogger("vitec_connect")

DEFAULT_BASE_URL = "https://connect.maklare.vitec.net"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
Format = Literal["json", "xml"]
_OCTETS = "application/octet-stream"
T = TypeVar("T")
P = ParamSpec("P")


def _decode(content: bytes, tp: Any, fmt: str, strict: bool) -> Any:
    if tp is None:  # 204 No Content (whatever a proxy may have put in the body)
        return None
    if tp is bytes:  # a file download: its bytes as they are
        return content
    return (_json if fmt == "json" else _xml).decode(content, type=tp, strict=strict)


class Client(Resources):
    """A Vitec Express Connect client. Thread-safe: one connection pool shared by all threads.

    Args:
        username, password: Basic auth credentials; default ``VITEC_USERNAME`` / ``VITEC_PASSWORD``.
        customer_id: the Vitec customer (``kundnummer``) an operation addresses when the call leaves its
            ``customer_id`` out; default ``VITEC_CUSTOMER_ID``, else none (every call must then give one).
        base_url: default ``VITEC_BASE_URL`` or ``https://connect.maklare.vitec.net``. HTTPS is required
            except for loopback addresses.
        format: ``"json"`` or ``"xml"`` (DataContract XML), for requests and responses.
        timeout: seconds each attempt may take as a whole: connecting, the headers and the body (None: no limit).
        max_retries: retries of idempotent requests (GET) on connection errors, timeouts, 429, 502-504.
        retry: a retry policy of your own (``vitec_connect.Retry`` or urllib3's ``Retry``), in place of
            ``max_retries``'s; a non-idempotent request is never resent, whatever it allows.
        strict: decode responses strictly (unknown fields, enum values or subtypes raise ``DecodeError``).
        proxy: an HTTP(S) proxy URL (``http://user:pass@proxy:3128``). Without it, ``HTTPS_PROXY`` /
            ``HTTP_PROXY`` and ``NO_PROXY`` from the environment apply unless ``trust_env=False``;
            loopback addresses never go through an environment proxy.
        default_headers, default_query: sent with every request (per call: ``extra_headers``, ``extra_query``).
        max_response_bytes: the largest response body accepted (after inflating gzip); default 64 MiB.
        transport: replaces the urllib3 transport (e.g. ``MockTransport`` in tests).
        **pool_options: urllib3 pool options (``maxsize``, ``block``, ``ca_certs``, ``cert_reqs``,
            ``ssl_context``, ``num_pools``, ...); an unknown one is refused here with a ``TypeError``.
    """

    #: Send XML bodies of types whose namespace the spec only infers (else ``InferredNamespaceError``).
    send_inferred_namespaces = False

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        *,
        customer_id: str | None = None,
        base_url: str | None = None,
        format: Format = "json",
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: urllib3.util.Retry | None = None,
        strict: bool = False,
        proxy: str | None = None,
        trust_env: bool = True,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: BaseTransport | None = None,
        **pool_options: Any,
    ) -> None:
        username = username if username is not None else os.environ.get("VITEC_USERNAME")
        password = password if password is not None else os.environ.get("VITEC_PASSWORD")
        if not username or password is None:
            raise ValueError("no credentials: pass username and password, or set VITEC_USERNAME and VITEC_PASSWORD")
        check_format(format)
        base_url = (base_url or os.environ.get("VITEC_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError(f"base_url must be an http(s) URL, not {base_url!r}")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            raise ValueError("base_url must use https (plain http is allowed only for loopback addresses)")
        if parts.username or parts.password:
            raise ValueError("put credentials in username/password, not in base_url")
        unknown = sorted(set(pool_options) - POOL_OPTIONS)
        if unknown:
            hints = [f"{u!r}{did_you_mean(u)}" for u in unknown]
            known = ", ".join(sorted(POOL_OPTIONS))
            raise TypeError(f"Client() got unknown pool options: {', '.join(hints)}; known: {known}")
        if proxy is None and trust_env and not is_loopback(parts.hostname):
            proxy = environment_proxy(parts.scheme, parts.hostname)
        self.base_url = base_url
        self.customer_id = customer_id if customer_id is not None else os.environ.get("VITEC_CUSTOMER_ID") or None
        self.format: Format = format
        self.timeout = timeout
        self.max_retries = max_retries
        self.strict = strict
        self.proxy = redact_url(proxy) if proxy else None
        self.default_headers: dict[str, str] = check_headers(default_headers or {})
        self.default_query: dict[str, str] = dict(default_query or {})
        self._auth = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        if transport is None:
            transport = Urllib3Transport(max_response_bytes=max_response_bytes, **pool_options)
            if proxy:
                use_proxy(transport, proxy)
        self._transport = transport
        self._owns_transport = True
        self._retry = Retry.of(retry) if retry is not None else default_retry(max_retries) if max_retries > 0 else None
        self._lock = threading.Lock()
        self._bind_resources(self)

    def __repr__(self) -> str:
        customer = f", customer_id={self.customer_id!r}" if self.customer_id is not None else ""
        return f"Client(base_url={self.base_url!r}{customer}, format={self.format!r})"

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool (a copy from ``with_options`` leaves its parent's pool open)."""
        if self._owns_transport:
            self._transport.close()

    def with_options(
        self,
        *,
        customer_id: str | NotGiven | None = NOT_GIVEN,
        format: Format | NotGiven = NOT_GIVEN,
        timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        strict: bool | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Client:
        """A copy of this client with some settings changed; it shares the connection pool (and closing
        it leaves the pool open). ``default_headers`` / ``default_query`` are added to this client's."""
        other = copy.copy(self)
        other._owns_transport = False
        if not isinstance(customer_id, NotGiven):
            other.customer_id = customer_id
        if not isinstance(format, NotGiven):
            check_format(format)
            other.format = format
        if not isinstance(timeout, NotGiven):
            other.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            other.max_retries = max_retries
            other._retry = default_retry(max_retries) if max_retries > 0 else None
        if not isinstance(strict, NotGiven):
            other.strict = strict
        if not isinstance(default_headers, NotGiven):
            other.default_headers = {**self.default_headers, **check_headers(default_headers)}
        if not isinstance(default_query, NotGiven):
            other.default_query = {**self.default_query, **default_query}
        other._bind_resources(other)
        return other

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, each returning ``RawResponse[<its model>]`` (one HTTP exchange, whatever
        its status) instead of the model: ``raw.status_code``, ``raw.headers``, ``raw.parse()``."""
        raw = RawResources()
        raw._bind_resources(_RawCaller(self))
        return raw

    def iter_windows(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        """Call ``method`` (an operation of this client) one request at a time, yielding each request's
        result as it arrives: a long report window by window, a long id list batch by batch.

        An item that the previous window already returned (windows share their edges) is left out, so the
        parts together hold what the merged call returns. Nothing is sent until the iteration starts.
        """
        resource = getattr(method, "__self__", None)
        if getattr(resource, "_client", None) is not self:
            raise TypeError("iter_windows() takes an operation of this client, e.g. client.crm.get_contact_leads")
        options: Any = {**kwargs, "_iterate": True}
        parts: Any = method(*args, **options)  # the client's _call returns the iterator for _iterate
        return cast("Iterator[T]", parts)

    def stream(self, method: Callable[P, Any], /, *args: P.args, **kwargs: P.kwargs) -> StreamedResponse:
        """Call ``method`` (an operation of this client, such as a file download) as one request and return
        its response once the headers are in, the body still to be read from the connection in chunks:
        ``write_to(path or file)``, ``iter_bytes()``, ``read()``. Use it in a ``with`` block.

        An error status raises as the call would (``NotFoundError``..., the body read for its message); a
        failure before the headers arrive is retried as the call's would be; once the body is being read,
        nothing is sent again. ``max_response_bytes`` does not bound a body written to a file.
        """
        resource = getattr(method, "__self__", None)
        if getattr(resource, "_client", None) is not self:
            raise TypeError("stream() takes an operation of this client, e.g. client.crm_file.get_file")
        options: Any = {**kwargs, "_stream": True}
        response: StreamedResponse = method(*args, **options)  # the client's _call streams for _stream
        return response

    # -----------------------------------------------------------------------------------------------
    # The generated resources call this.

    def _call(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any]) -> Any:
        if options.pop("_iterate", False):
            return self._iterate(op, args, body, options)
        if options.pop("_stream", False):
            return self._stream(op, args, body, options)
        results = list(self._iterate(op, args, body, options))
        return _merge(op, results) if len(results) != 1 else results[0]

    def _iterate(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any]) -> Iterator[Any]:
        progress, strict, timeout, extra, calls, payload = self._prepare(op, args, body, options, raw=False)

        def run() -> Iterator[Any]:
            previous = None
            for i, call_args in enumerate(calls, 1):
                response = self._send(op, call_args, payload, timeout, extra)
                raise_for_status(op, response)
                result = self._parse(op, response, strict)
                if op.max_date_range and previous is not None and isinstance(result, msgspec.Struct):
                    previous, result = result, _without_previous(previous, result)
                else:
                    previous = result
                if progress is not None:
                    progress(i, len(calls))
                yield result

        return run()

    def _prepare(
        self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any], *, raw: bool
    ) -> tuple[Progress | None, bool, float | None, _Extra, list[dict[str, Any]], bytes | None]:
        """Check the per-call options and the arguments, and plan the requests (before sending any)."""
        progress: Progress | None = options.pop("progress", None)
        chunk = options.pop("chunk", True)
        window = options.pop("window", True)
        strict = options.pop("strict", self.strict)
        timeout = options.pop("timeout", self.timeout)
        extra = _Extra(
            {**self.default_headers, **check_headers(options.pop("extra_headers", None) or {})},
            {**self.default_query, **(options.pop("extra_query", None) or {})},
        )
        if options:
            raise TypeError(f"{op.python_name}() got unexpected options: {', '.join(sorted(options))}")
        try:
            calls = list(self._plan(op, args, chunk=chunk and not raw, window=window and not raw))
            payload = self._encode_body(op, body) if op.body is not None else None
        except ValidationError as exc:  # the message names the call as well as the argument
            raise ValidationError(exc.errors, operation=f"{op.tag}.{op.python_name}") from None
        return progress, strict, timeout, extra, calls, payload

    def _raw(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any]) -> RawResponse[Any]:
        options = {**options, "chunk": False, "window": False}
        _, _, timeout, extra, calls, payload = self._prepare(op, args, body, options, raw=True)
        response = self._send(op, calls[0], payload, timeout, extra)
        fmt, tp = self.format, result_type(op)
        return RawResponse(
            response.status_code,
            response.headers,
            response.content,
            response.elapsed,
            response.request.url,
            lambda content, strict: _decode(content, tp, fmt, strict),
        )

    def _stream(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any]) -> StreamedResponse:
        options = {**options, "chunk": False, "window": False}
        _, _, timeout, extra, calls, payload = self._prepare(op, args, body, options, raw=True)
        request = self._request(op, calls[0], payload, timeout, extra)
        stream = open_stream(self._transport, request, self._retry)
        log.debug("%s %s -> %s in %.3fs, streamed", op.method, request.url, stream.status_code, stream.elapsed)
        if not 200 <= stream.status_code < 300:  # an error: its body (small) says what, as for a call
            content = stream.read()
            stream.close()
            raise_for_status(op, Response(stream.status_code, stream.headers, content, stream.elapsed, request))
        return StreamedResponse(stream)

    def _plan(self, op: Operation, args: dict[str, Any], *, chunk: bool, window: bool) -> Iterator[dict[str, Any]]:
        """One argument set per request: lists longer than a parameter allows become batches, date ranges
        longer than allowed become consecutive windows."""
        errors: dict[str, list[str]] = {}
        for p in op.params:
            value = args.get(p.name)
            if isinstance(value, NotGiven):  # a customer parameter left out: the client's
                value = args[p.name] = self.customer_id
                if value is None and p.required:
                    errors[p.python_name] = [
                        f"is required: pass {p.python_name}=... or create the client with customer_id=..."
                    ]
                    continue
            if value is None and p.required:
                errors.setdefault(p.python_name, []).append("is required")
        errors.update(check_params(op, args))  # every argument of its parameter's type, before anything is sent
        if errors:
            raise ValidationError(errors)
        batches: list[dict[str, Any]] = [dict(args)]
        for p in op.params:
            if p.separator and p.max_items and args.get(p.name) is not None:
                ids = _split_ids(args[p.name], p.separator, p.python_name, p.kind)
                if len(ids) > p.max_items and not chunk:
                    raise ValidationError({p.python_name: [f"at most {p.max_items} per request, got {len(ids)}"]})
                batches = [{**args, p.name: ids[i : i + p.max_items]} for i in range(0, len(ids), p.max_items)]
        if op.max_date_range:
            start_name, end_name, months = op.max_date_range
            start = _as_datetime(args[start_name], _snake(start_name))
            end = _as_datetime(args[end_name], _snake(end_name))
            if end < start:
                raise ValidationError({_snake(end_name): [f"must not be before {_snake(start_name)}"]})
            edges = list(_windows(start, end, months))
            if len(edges) > 1 and not window:
                raise ValidationError({_snake(end_name): [f"the range may span at most {months} months per request"]})
            batches = [{**b, start_name: a, end_name: z} for b in batches for a, z in edges]
        yield from batches

    def _encode_body(self, op: Operation, body: Any) -> bytes:
        if typing.get_origin(op.body) is list:  # an array body: of models, or of scalars
            return self._encode_list_body(op, body)
        if not isinstance(body, op.body):
            raise TypeError(f"{op.python_name}() needs a {op.body.__name__}, got {type(body).__name__}")
        problems = check(body, op.body_name or "body")
        if problems:
            errors: dict[str, list[str]] = {}
            for path, message in problems:
                errors.setdefault(path, []).append(message)
            raise ValidationError(errors)
        data: bytes = _json.encode(body) if self.format == "json" else self._xml_body(body, None)
        return data

    def _encode_list_body(self, op: Operation, body: Any) -> bytes:
        (item,) = typing.get_args(op.body)
        name = op.body_name or "body"
        if not isinstance(body, list) or not all(isinstance(x, item) for x in body):
            raise TypeError(f"{op.python_name}() needs a list of {item.__name__} as {name}")
        errors: dict[str, list[str]] = {}
        for i, x in enumerate(body):
            for path, message in check(x, f"{name}[{i}]") if isinstance(x, Model) else ():
                errors.setdefault(path, []).append(message)
        if errors:
            raise ValidationError(errors)
        data: bytes = _json.encode(body) if self.format == "json" else self._xml_body(body, op.body)
        return data

    def _xml_body(self, body: Any, tp: Any) -> bytes:
        return _xml.encode(body, type=tp, allow_inferred_namespaces=self.send_inferred_namespaces)

    def _url(self, op: Operation, args: Mapping[str, Any], extra_query: Mapping[str, str]) -> str:
        path = op.path
        query: list[tuple[str, str]] = []
        for p in op.params:
            value = args.get(p.name)
            if value is None:
                continue
            text = _param_text(value, p.kind, p.separator, p.python_name)
            if p.location == "path":
                _check_segment(text, p.python_name)
                path = path.replace("{" + p.name + "}", urllib.parse.quote(text, safe=""))
            else:
                query.append((p.name, text))
        query.extend((k, str(v)) for k, v in extra_query.items())
        url = self.base_url + path
        return url + ("?" + urllib.parse.urlencode(query) if query else "")

    def _send(
        self, op: Operation, args: Mapping[str, Any], payload: bytes | None, timeout: float | None, extra: _Extra
    ) -> Response:
        request = self._request(op, args, payload, timeout, extra)
        response = send(self._transport, request, self._retry)
        status, took, size = response.status_code, response.elapsed, len(response.content)
        log.debug("%s %s -> %s in %.3fs, %d bytes", op.method, request.url, status, took, size)
        return response

    def _request(
        self, op: Operation, args: Mapping[str, Any], payload: bytes | None, timeout: float | None, extra: _Extra
    ) -> Request:
        media = MEDIA[self.format]
        headers = {
            **extra.headers,
            "Authorization": self._auth,
            "Accept": _OCTETS if op.response is bytes else media,  # a file download: its bytes as they are
            "Accept-Encoding": "gzip, deflate",  # reports are megabytes; the size limit applies after inflating
            "User-Agent": "vitec-connect/0.1",
        }
        if payload is not None:
            headers["Content-Type"] = f"{media}; charset=utf-8"
        url = self._url(op, args, extra.query)
        log.debug("%s %s (%s)", op.method, url, op.operation_id)
        return Request(op.method, url, headers, payload, timeout, idempotent=op.retry_safe)

    def _parse(self, op: Operation, response: Response, strict: bool) -> Any:
        if op.response is None or op.response is bytes:  # no content, or a file download: not decoded
            return _decode(response.content, op.response, self.format, strict)
        ctype = response.headers.get("content-type", "")
        want = MEDIA[self.format]
        if not response.content and op.response is not str:
            raise DecodeError(f"empty body with status {response.status_code}; expected {want}")
        if ctype and want not in ctype and not (self.format == "xml" and "text/xml" in ctype):
            raise DecodeError(f"expected {want}, got content type {ctype!r}")
        return _decode(response.content, result_type(op), self.format, strict)


class _RawCaller:
    """What ``with_raw_response``'s resources call: one request, its response returned whatever the status."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def _call(self, op: Operation, args: dict[str, Any], body: Any, options: dict[str, Any]) -> RawResponse[Any]:
        if options.pop("_iterate", False):
            raise TypeError("iter_windows() takes an operation of the client, not of with_raw_response")
        return self._client._raw(op, args, body, options)


class _Extra(msgspec.Struct, frozen=True):
    """Headers and query parameters added to a request."""

    headers: dict[str, str]
    query: dict[str, str]
