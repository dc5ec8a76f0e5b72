"""An embedded mock of the Vitec Express Connect API, for tests, demos and other tools.

    with MockServer() as server:
        client = Client(server.username, server.password, base_url=server.url)
        client.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000")

A real HTTP/1.1 server on loopback, in a thread, for all five endpoints: Basic auth (401), customer
access (403 for a customer id the user may not access), JSON or DataContract XML by ``Accept`` (request
bodies by ``Content-Type``), 400 validation bodies shaped like ASP.NET Web API's (``message`` +
``modelState``) for every documented constraint, 404 for unknown ids. Stateful: a lead created by POST
is then visible through the GET endpoints. Seeded with deterministic Swedish data. Responses are written
by this package's own codecs and requests are checked against the generated tables from spec/, so the
mock is also a contract test of the client.

Faults for tests and demos, per operation (or ``"*"``), each for the next ``times`` requests::

    server.inject("get_contact", Fault(status=503, retry_after=1, times=2))
    server.inject("create_person_lead", Fault(reset="response"))   # the lead IS created, then the reply is cut

``server.requests`` records every request received (credentials redacted). In one way the mock is
stricter than the API: it refuses query parameters the spec does not name (ASP.NET ignores them), so a
misspelled parameter in a client fails loudly here.
"""

from __future__ import annotations

import base64
import datetime as dt
import http.server
import re
import secrets
import socket
import struct
import threading
import time
import urllib.parse
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import msgspec

from . import _mockdata
from . import json as _json
from . import xml as _xml
from ._api.operations import OPERATIONS
from ._calls import _add_months
from ._codec import unknown_enums
from ._mockhttp import BoundedServer, xml_name, xml_text
from ._schema import Operation
from ._types import UNSET, OpenEnum, parse_timestamp
from ._validation import check
from .errors import DecodeError
from .models import business_intelligence as bi
from .models import crm_contact, crm_contact_lead, existing_lead
from .models import public_advertisement_lead as pal

__all__ = ["Fault", "MockServer", "RecordedRequest"]


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


class _Invalid(Exception):
    def __init__(
        self, errors: dict[str, list[str]], status: int = 400, message: str = "The request is invalid."
    ) -> None:
        self.errors = errors
        self.status = status
        self.message = message


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
        self.data = _mockdata.generate(seed, customers=(customer_id,))
        self.requests: list[RecordedRequest] = []
        self.created_leads: list[str] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._lock = threading.Lock()
        self._routes = [(op, _route(op)) for op in OPERATIONS.values()]
        self._routes.sort(key=lambda r: -r[0].path.count("/"))  # most specific first
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
        for op, regex in self._routes:
            m = regex.fullmatch(path)
            if m and op.method == method:
                return op, {k: urllib.parse.unquote(v) for k, v in m.groupdict().items()}
        return None

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[Operation | None, _Answer]:
        parts = urllib.parse.urlsplit(target)
        fmt = "xml" if "xml" in headers.get("accept", "") else "json"
        match = self._match(method, parts.path)
        if match is None:
            allowed = sorted({op.method for op, regex in self._routes if regex.fullmatch(parts.path)})
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
            customer = args.get("customerId")
            if customer == self.forbidden_customer_id or (customer != self.customer_id and not self.open_access):
                raise _Invalid({}, 403, "Begärt data som det saknas åtkomst till.")
            payload = self._body(op, headers, body) if op.body is not None else None
            result = getattr(self, "_op_" + op.operation_id)(args, payload)
        except _Invalid as exc:
            return op, _error_answer(exc.status, exc.message, exc.errors, fmt)
        except Exception as exc:  # a bug in the mock: answer like ASP.NET, never drop the connection
            return op, _error_answer(500, f"An error has occurred: {type(exc).__name__}", {}, fmt)
        codec = _json if fmt == "json" else _xml
        data = codec.encode(result, type=op.response) if fmt == "xml" else codec.encode(result)
        return op, _Answer(200, data, f"application/{fmt}; charset=utf-8")

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
                args[p.name] = _convert_param(raw, p.kind, p.enum)
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
        receiver = getattr(value, "receiver", None)
        if receiver not in (None, UNSET) and all(
            getattr(receiver, f, None) in (None, UNSET) for f in ("agent", "user_group", "office")
        ):
            errors.setdefault(f"{name}.Receiver", []).append(
                "Om en mottagare anges måste antingen handläggare, användargrupp eller kontor specificeras"
            )
        if errors:
            raise _Invalid(errors)
        return value

    # -- the five operations -------------------------------------------------------------------------

    def _op_get_contact(self, args: dict[str, Any], _: Any) -> Any:
        contact = self.data.contacts.get(args["contactId"])
        if contact is None:
            raise _Invalid({}, 404, f"Kontakten {args['contactId']} finns inte.")
        return contact

    def _op_get_contact_leads(self, args: dict[str, Any], _: Any) -> list[crm_contact_lead.CrmContactLead]:
        out = []
        for cid in args["contactIds"]:
            leads = self.data.contact_leads.get(cid)
            if leads is None:
                continue
            chosen: list[crm_contact_lead.CrmLead | None] = [
                lead for lead in leads if args["objectLeadType"] or lead.lead_type != crm_contact_lead.LeadType.Object
            ]
            out.append(crm_contact_lead.CrmContactLead(contact_id=cid, leads=chosen))
        return out

    def _op_get_incoming_lead(self, args: dict[str, Any], _: Any) -> existing_lead.IncomingLead:
        lead = self.data.incoming.get(args["id"])
        if lead is None:
            raise _Invalid({}, 404, f"Leadet {args['id']} finns inte.")
        return lead

    def _op_get_tips_and_leads_report(self, args: dict[str, Any], _: Any) -> bi.TipsAndLeadsReport:
        start, end = args["dateFrom"], args["dateTo"]

        def inside(item: Any) -> bool:
            local = item.created_at.replace(tzinfo=None)
            return bool(start <= local <= end)

        return bi.TipsAndLeadsReport(
            incoming_leads=[i for i in self.data.report_incoming if inside(i)],
            outgoing_leads=[i for i in self.data.report_outgoing if inside(i)],
            tips=[i for i in self.data.report_tips if inside(i)],
        )

    def _op_create_person_lead(self, args: dict[str, Any], lead: pal.PublicAdvertisingPersonLead) -> str:
        with self._lock:
            person = lead.person
            contact_id = self._find_or_create_person(person)
            lead_id = f"INL{30_000 + len(self.created_leads)}"
            now = _mockdata.now()
            source = lead.lead_source
            self.data.incoming[lead_id] = existing_lead.IncomingLead(
                contact_id=contact_id,
                lead_source=existing_lead.LeadSource(
                    id=f"SRC-{source.name}",
                    name=f"Marknadsplats {source.name}",
                    lead_type=existing_lead.LeadType(source.lead_type.value) if source.lead_type else None,
                ),
                sent_at=now,
                receiver=None,
                buying_estate_id=None,
                selling_estate_id=None,
                state=existing_lead.State.New,
                message=lead.message if lead.message is not UNSET else None,
                is_anonymized=False,
                utm_tags=list(lead.marketing.utm_tags or []) if lead.marketing not in (None, UNSET) else [],
            )
            self.data.contact_leads.setdefault(contact_id, []).append(
                crm_contact_lead.CrmLead(
                    id=lead_id, created_at=now, lead_type=crm_contact_lead.LeadType.Object, lead_type_id=None
                )
            )
            self.created_leads.append(lead_id)
        return lead_id

    def _find_or_create_person(self, person: pal.Person) -> str:
        ssn = person.social_security_number
        for cid, contact in self.data.contacts.items():
            if (
                isinstance(contact, crm_contact.CrmPersonContact)
                and ssn not in (None, UNSET)
                and contact.social_security_number == ssn
            ):
                return cid  # the duplicate check the docs describe
        cid = f"KON{10_000 + len(self.data.contacts)}"
        self.data.contacts[cid] = crm_contact.CrmPersonContact(
            id=cid,
            customer_id=self.customer_id,
            type=crm_contact.ContactType.Person,
            first_name=person.first_name,
            last_name=person.last_name,
            social_security_number=ssn,
            created_at=_mockdata.now(),
        )
        return cid


def _route(op: Operation) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
    return re.compile(pattern, re.IGNORECASE)


def _convert_param(raw: str, kind: str, enum: Any) -> Any:
    if kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise ValueError("expected True or False")
        return raw.lower() == "true"
    if kind == "datetime":
        date, _, time_part = raw.partition("T")
        clock = re.match(r"\d{2}:\d{2}(:\d{2})?", time_part)
        if time_part and clock and not clock.group(1):
            time_part = clock.group(0) + ":00" + time_part[clock.end() :]  # 12:00 binds as 12:00:00
        return _naive(parse_timestamp(f"{date}T{time_part or '00:00:00'}"))
    if kind == "enum" and enum is not None:
        member = enum(raw)
        if isinstance(member, OpenEnum) and not member.is_known:
            raise ValueError(f"expected one of {', '.join(m.value for m in enum)}")
        return member
    return raw


def _naive(value: Any) -> dt.datetime:
    return dt.datetime(value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond)


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
        match = mock._match(method, urllib.parse.urlsplit(self.path).path)
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
