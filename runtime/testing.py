"""An embedded mock of the Vitec Express Connect API, for tests, demos and other tools.

    with MockServer() as server:
        client = Client(server.username, server.password, base_url=server.url)
        client.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000")

A real HTTP/1.1 server on loopback, in a thread, for every operation of the spec: Basic auth (401),
customer access (403 for a customer id the user may not access), JSON or DataContract XML by ``Accept``
(request bodies by ``Content-Type``), 400 validation bodies shaped like ASP.NET Web API's (``message`` +
``modelState``) for every documented constraint, 404 for unknown ids. Responses are written by this
package's own codecs and requests are checked against the generated tables from spec/, so the mock is
also a contract test of the client.

An operation is answered from its response type with deterministic synthetic data (``_mocksynth``: the
same seed and request, the same answer); 204 for no content, ``application/octet-stream`` for a download.
An id that starts with ``NOPE`` (or the nil Guid) is not found (404). The five documented operations are
stateful overrides (``_mockops``, the only code that names operations): seeded Swedish contacts, leads and
report items, and a lead created by POST is then visible through the GET endpoints.

Two GET templates that differ only in a parameter's name (``/CRM/Contact/{customerId}/{contactId}`` and
``.../{contactIds}``) are told apart by the spec (spec/README.md, "Routing"): a segment that does not
parse as a typed parameter's kind (Guid, int, double, boolean, date) does not match it, and a segment
holding a list parameter's ``x-separator`` goes to that operation; a request the spec leaves to two
operations gets ASP.NET's 500 "Multiple actions were found" (``_mockroute.ambiguities`` lists them).

Faults for tests and demos, per operation (or ``"*"``), each for the next ``times`` requests::

    server.inject("get_contact", Fault(status=503, retry_after=1, times=2))
    server.inject("create_person_lead", Fault(reset="response"))   # the lead IS created, then the reply is cut

``server.requests`` records every request received (credentials redacted). In one way the mock is
stricter than the API: it refuses query parameters the spec does not name (ASP.NET ignores them), so a
misspelled parameter in a client fails loudly here.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import random
import secrets
import socket
import struct
import threading
import time
import urllib.parse
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import msgspec

from . import json as _json
from . import xml as _xml
from ._api.operations import OPERATIONS
from ._calls import _add_months
from ._codec import unknown_enums
from ._mockcheck import body_problems
from ._mockhttp import BoundedServer, xml_name, xml_text
from ._mockops import BODY_RULES, EXAMPLES, OVERRIDES, Invalid
from ._mockroute import Ambiguous, convert_param, match, routes
from ._mockroute import allowed as allowed_methods
from ._mocksynth import Synth, fetched_id
from ._schema import Operation
from ._validation import check
from .errors import DecodeError

__all__ = ["Fault", "MockServer", "RecordedRequest"]

_Invalid = Invalid  # the name this module used before the overrides moved to _mockops


@dataclass
class Fault:
    """What to do instead of (or before) answering normally.

    latency: seconds to wait before answering; status: answer this status instead (with ``retry_after``
    seconds in ``Retry-After`` if given); reset: ``"request"`` closes the connection (RST) before
    handling, ``"response"`` handles the request, sends the headers and half the body, then resets;
    truncate: send a shorter body than Content-Length says; content_type: answer with this content type
    (and an HTML page if it is ``text/html``); times: how many requests it applies to.
    """

    latency: float = 0.0
    status: int | None = None
    retry_after: float | None = None
    reset: str | None = None
    truncate: bool = False
    content_type: str | None = None
    times: int = 1


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    operation_id: str | None
    headers: dict[str, str]
    body: bytes
    at: float


@dataclass
class _Answer:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


class MockServer:
    """The mock API on ``http://127.0.0.1:<port>`` (``url``), with ``username`` / ``password``.

    ``customer_id`` is the customer the user may access (data is seeded for it); ``forbidden_customer_id``
    answers 403 (as does any other customer id unless ``open_access``, which lets contract fuzzers reach
    past the access check). ``seed`` fixes the generated data; ``max_months`` is the report's date range limit.

    Hardened like a server: a request body over ``max_request_bytes`` gets 413 without being read, a
    ``Content-Length`` that is not a number or a chunked body gets 400 / 411; a connection idle for
    ``idle_timeout`` seconds is closed; at most ``max_connections`` are served at once (more get 503).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        username: str = "demo",
        password: str | None = None,
        customer_id: str = "demo-kund",
        forbidden_customer_id: str = "annan-kund",
        seed: int = 2025,
        max_months: int = 2,
        open_access: bool = False,
        max_request_bytes: int = 16 * 1024 * 1024,
        idle_timeout: float = 15.0,
        max_connections: int = 64,
    ) -> None:
        self.username = username
        self.password = password if password is not None else secrets.token_urlsafe(12)
        self.customer_id = customer_id
        self.forbidden_customer_id = forbidden_customer_id
        self.max_months = max_months
        self.open_access = open_access
        self.max_request_bytes = max_request_bytes
        self.seed = seed
        self.synth: Synth = Synth(seed)
        self._data: Any = None
        self.requests: list[RecordedRequest] = []
        self.created_leads: list[str] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._lock = threading.Lock()
        self._routes = routes(OPERATIONS.values())
        handler = type("_Handler", (_Handler,), {"mock": self, "timeout": idle_timeout})
        self._httpd = BoundedServer((host, port), handler, max_connections)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> MockServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="vitec-mock", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def data(self) -> Any:
        """The seeded state of the documented operations (``_mockdata.MockData``), made on first use."""
        if self._data is None:
            from . import _mockdata

            self._data = _mockdata.generate(self.seed, customers=(self.customer_id,))
        return self._data

    @data.setter
    def data(self, value: Any) -> None:
        self._data = value

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def inject(self, operation_id: str, fault: Fault) -> None:
        """Apply ``fault`` to the next ``fault.times`` requests for ``operation_id`` (or ``"*"``)."""
        if operation_id != "*" and operation_id not in OPERATIONS:
            raise ValueError(f"unknown operation {operation_id!r}")
        with self._lock:
            self._faults.setdefault(operation_id, deque()).append(fault)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _next_fault(self, operation_id: str | None) -> Fault | None:
        with self._lock:
            for key in (operation_id, "*"):
                queue = self._faults.get(key or "")
                if queue:
                    fault = queue[0]
                    fault.times -= 1
                    if fault.times <= 0:
                        queue.popleft()
                    return fault
        return None

    # -----------------------------------------------------------------------------------------------

    def _match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation a request is for, by the spec's routing rule (``_mockroute``)."""
        return match(self._routes, method, path)

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[Operation | None, _Answer]:
        parts = urllib.parse.urlsplit(target)
        fmt = "xml" if "xml" in headers.get("accept", "") else "json"
        try:
            match = self._match(method, parts.path)
        except Ambiguous as exc:  # ASP.NET's answer when two actions match (spec/README.md, Routing)
            return None, _error_answer(500, f"Multiple actions were found that match the request: {exc}", {}, fmt)
        if match is None:
            allowed = allowed_methods(self._routes, parts.path)
            if allowed:
                answer = _error_answer(405, f"The requested resource does not support http method '{method}'.", {}, fmt)
                answer.headers["Allow"] = ", ".join(allowed)
                return None, answer
            return None, _error_answer(404, "No HTTP resource was found that matches the request URI.", {}, fmt)
        op, path_args = match
        if not self._authorized(headers.get("authorization", "")):
            return op, _error_answer(401, "Authorization has been denied for this request.", {}, fmt)
        try:
            args = self._arguments(op, path_args, urllib.parse.parse_qs(parts.query, keep_blank_values=True))
            customer = next((v for k, v in args.items() if k.rpartition(".")[2].lower() == "customerid"), None)
            if customer is not None and (
                customer == self.forbidden_customer_id or (customer != self.customer_id and not self.open_access)
            ):
                raise Invalid({}, 403, "Begärt data som det saknas åtkomst till.")
            payload = self._body(op, headers, body) if op.body is not None else None
            result = self.answer(op.operation_id, args, payload)
        except Invalid as exc:
            return op, _error_answer(exc.status, exc.message, exc.errors, fmt)
        except Exception as exc:  # a bug in the mock: answer like ASP.NET, never drop the connection
            return op, _error_answer(500, f"An error has occurred: {type(exc).__name__}", {}, fmt)
        if op.response is None:
            return op, _Answer(204, b"", "")
        if op.response is bytes:
            return op, _Answer(200, result, "application/octet-stream")
        data = _xml.encode(result, type=op.response) if fmt == "xml" else _json.encode(result)
        return op, _Answer(200, data, f"application/{fmt}; charset=utf-8")

    def example_arguments(self, operation_id: str) -> dict[str, Any]:
        """Arguments (by Python name, the body by its name) this server answers ``operation_id`` with data."""
        args = self.synth.arguments(OPERATIONS[operation_id], self.customer_id)
        example = EXAMPLES.get(operation_id)
        return {**args, **example(self)} if example is not None else args

    def answer(self, operation_id: str, args: dict[str, Any], body: Any = None) -> Any:
        """What the mock answers for an operation, from its arguments (by wire name, converted) and decoded
        body: the operation's override (``_mockops``), else data made up from the response type."""
        override = OVERRIDES.get(operation_id)
        if override is not None:
            return override(self, args, body)
        op = OPERATIONS[operation_id]
        for p in op.params:  # an id naming what is asked for: a path segment, or a required query ...Id
            value = args.get(p.name)
            names_it = p.location == "path" or (p.required and p.name.lower().endswith("id"))
            if names_it and (str(value).startswith("NOPE") or value == uuid.UUID(int=0)):
                raise Invalid({}, 404, f"{p.name} {value} finns inte.")
        key = "/".join([operation_id, *(f"{k}={args[k]}" for k in sorted(args))])
        if op.response is bytes:
            rnd = random.Random(f"{self.seed}/{key}")  # noqa: S311 - reproducible, not secret
            return b"%PDF-1.4\n" + bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(64, 512)))
        if op.response is str and op.method != "GET":  # the id of what was created or changed
            digest = hashlib.sha256(key.encode() + (_json.encode(body) if body is not None else b"")).hexdigest()
            return f"{op.tag[:3].upper()}{int(digest[:8], 16) % 10**6:06d}"
        value = self.synth.echo(self.synth.value(op.response, key), args)
        asked = fetched_id(op, args)  # a GET of one thing by its id answers that id
        return value if asked is None else self.synth.echo(value, {"id": asked})

    def _authorized(self, header: str) -> bool:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
        except Exception:
            return False
        return secrets.compare_digest(user, self.username) and secrets.compare_digest(password, self.password)

    def _arguments(self, op: Operation, path_args: dict[str, str], query: dict[str, list[str]]) -> dict[str, Any]:
        args: dict[str, Any] = {}
        errors: dict[str, list[str]] = {}
        for p in op.params:
            values = query.get(p.name) or []
            raw = path_args.get(p.name) if p.location == "path" else (values[0] if values else None)
            if raw is None or (raw == "" and p.kind == "string"):
                if p.required:
                    errors.setdefault(p.name, []).append(f"The {p.name} field is required.")
                continue
            try:
                args[p.name] = convert_param(raw, p.kind, p.enum)
            except ValueError as exc:
                errors.setdefault(p.name, []).append(f"The value '{raw}' is not valid for {p.name}: {exc}")
            if p.separator and p.max_items and p.name in args:
                ids = [i for i in args[p.name].split(p.separator)]
                if len(ids) > p.max_items:
                    errors.setdefault(p.name, []).append(f"Max {p.max_items} stycken åt gången, fick {len(ids)}.")
                args[p.name] = ids
        known = {p.name for p in op.params if p.location == "query"}
        for name in query:
            if name not in known:
                errors.setdefault(name or "(empty)", []).append(
                    "Okänd parameter (the mock refuses what the API would ignore)."
                )
        if op.max_date_range and not errors:
            a, z, months = op.max_date_range
            start, end = args[a], args[z]
            if end < start:
                errors.setdefault(z, []).append("Till-datum får inte vara före från-datum.")
            elif end > _add_months(start, months):
                errors.setdefault(z, []).append(f"Datumintervallet får inte överstiga {months} månader.")
        if errors:
            raise _Invalid(errors)
        return args

    def _body(self, op: Operation, headers: dict[str, str], body: bytes) -> Any:
        ctype = headers.get("content-type", "")
        name = op.body_name or "body"
        if not body:
            raise _Invalid({name: ["En kropp (body) måste anges."]})
        try:
            if "json" in ctype:
                value = _json.decode(body, type=op.body)
            elif "xml" in ctype:
                value = _xml.decode(body, type=op.body)
            else:
                raise _Invalid(
                    {}, 415, f"The request entity's media type '{ctype}' is not supported for this resource."
                )
        except DecodeError as exc:
            raise _Invalid({name: [f"{exc.reason} ({exc.path})" if exc.path else exc.reason]}) from None
        errors: dict[str, list[str]] = {}
        for path, member in unknown_enums(value, name):
            # Newtonsoft's StringEnumConverter refuses a name it does not know (unknown fields it ignores)
            errors.setdefault(_dotnet_key(path.replace("/", ".")), []).append(
                f"Error converting value \"{member.value}\" to type '{type(member).__name__}'."
            )
        for path, message in check(value, name):
            errors.setdefault(_dotnet_key(path), []).append(message)
        for key, message in body_problems(value, op.body, name):  # timestamps' texts, null items
            errors.setdefault(key, []).append(message)
        rule = BODY_RULES.get(type(value).__name__)
        for key, messages in (rule(value, name) if rule is not None else {}).items():
            errors.setdefault(key, []).extend(messages)
        if errors:
            raise _Invalid(errors)
        return value


def _dotnet_key(path: str) -> str:
    """``lead.person.firstName`` -> ``lead.Person.FirstName`` (ASP.NET's ModelState keys)."""
    head, *rest = path.split(".")
    return ".".join([head, *(p[:1].upper() + p[1:] for p in rest)])


def _error_answer(status: int, message: str, errors: dict[str, list[str]], fmt: str) -> _Answer:
    if fmt == "xml":
        body = f"<Error><Message>{xml_text(message)}</Message>"
        if errors:
            body += (
                "<ModelState>"
                + "".join(
                    f"<{xml_name(key)}>{xml_text(m)}</{xml_name(key)}>"
                    for key, messages in errors.items()
                    for m in messages
                )
                + "</ModelState>"
            )
        return _Answer(status, (body + "</Error>").encode(), "application/xml; charset=utf-8")
    payload: dict[str, Any] = {"message": message}
    if errors:
        payload["modelState"] = errors
    return _Answer(status, msgspec.json.encode(payload), "application/json; charset=utf-8")


class _Handler(http.server.BaseHTTPRequestHandler):
    mock: MockServer
    protocol_version = "HTTP/1.1"
    server_version = "vitec-connect-mock"
    disable_nagle_algorithm = True  # else each small answer waits ~40 ms for the client's delayed ACK

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return None

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def __getattr__(self, name: str) -> Any:
        # do_PUT, do_DELETE, do_TRACE, ...: 405 with Allow where the path exists, else 404
        if name.startswith("do_") and name[3:].isupper():
            return lambda: self._serve(name[3:])
        raise AttributeError(name)

    def _serve(self, method: str) -> None:
        mock = self.mock
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            match = mock._match(method, urllib.parse.urlsplit(self.path).path)
        except Ambiguous:
            match = None
        op_id = match[0].operation_id if match else None
        fault = mock._next_fault(op_id)
        if fault is not None and fault.reset == "request":
            self._reset()
            return
        refused = self._refuse_body(headers)
        if refused is not None:
            self._answer(refused)
            self.close_connection = True  # the body, if any, was not read
            return
        length = int(headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        redacted = {k: ("<redacted>" if k == "authorization" else v) for k, v in headers.items()}
        with mock._lock:
            mock.requests.append(RecordedRequest(method, self.path, op_id, redacted, body, time.time()))
        if fault is not None and fault.latency:
            time.sleep(fault.latency)
        if fault is not None and fault.status is not None:
            answer = _error_answer(fault.status, "Injected fault", {}, "json")
            if fault.retry_after is not None:
                answer.headers["Retry-After"] = (
                    str(int(fault.retry_after)) if float(fault.retry_after).is_integer() else str(fault.retry_after)
                )
        else:
            _, answer = mock._handle(method, self.path, headers, body)
        if fault is not None and fault.content_type:
            answer.content_type = fault.content_type
            if "html" in fault.content_type:
                answer.body = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
        self._head(answer)
        if fault is not None and fault.reset == "response":
            self.wfile.write(answer.body[: len(answer.body) // 2])
            self.wfile.flush()
            self._reset()
            return
        if fault is not None and fault.truncate:
            self.wfile.write(answer.body[: len(answer.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_WR)
            return
        self.wfile.write(answer.body)

    def _refuse_body(self, headers: dict[str, str]) -> _Answer | None:
        """An answer for a body the mock will not read (413, 400, 411), or None."""
        fmt = "xml" if "xml" in headers.get("accept", "") else "json"
        if "transfer-encoding" in headers:
            return _error_answer(411, "A request body needs a Content-Length (chunked bodies are not read).", {}, fmt)
        length = headers.get("content-length")
        if length is None:
            return None
        if not length.strip().isdigit() or not length.strip().isascii():
            return _error_answer(400, "The Content-Length header is not a number.", {}, fmt)
        if int(length) > self.mock.max_request_bytes:
            limit = self.mock.max_request_bytes
            return _error_answer(413, f"The request body is larger than {limit} bytes.", {}, fmt)
        return None

    def _head(self, answer: _Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        for k, v in answer.headers.items():
            self.send_header(k, v)
        self.end_headers()

    def _answer(self, answer: _Answer) -> None:
        self._head(answer)
        self.wfile.write(answer.body)

    def _reset(self) -> None:
        """Abort the connection with a TCP reset."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()
