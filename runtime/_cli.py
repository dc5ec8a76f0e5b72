"""The ``vitec-connect`` command (also ``python -m vitec_connect``).

    vitec-connect demo                      every endpoint against the embedded mock, in JSON and XML
    vitec-connect get-contact KUND ID       one subcommand per operation, against a real account
    vitec-connect mock --port 8080          serve the mock for curl, Postman, a .NET client, ...
    vitec-connect vendor DEST --package X   copy this package into DEST/X, for vendoring

Exit codes: 0 ok, 2 usage (bad arguments, no credentials, an http base URL, a bad package name),
3 invalid request (before sending: a bad argument value or body file), 4 bad credentials (401), 5 no
access (403), 6 not found (404), 7 rejected by the API (400), 8 rate limited (429), 9 server error (5xx
or other status), 10 connection failed or timed out, 11 response did not match the spec. Every error is
one line on stderr (``--verbose`` adds the traceback of an unexpected one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import logging
import os
import pathlib
import re
import sys
import traceback
from collections.abc import Sequence
from typing import Any, TextIO

import msgspec

from . import __version__, errors, models
from . import json as _json
from . import xml as _xml
from ._api import operations as _operations
from ._api.operations import OPERATIONS
from ._client import Client
from ._schema import Operation
from ._types import UNSET, Model

EXIT_CODES: list[tuple[type[BaseException], int]] = [
    (errors.ValidationError, 3),
    (errors.AuthenticationError, 4),
    (errors.PermissionDeniedError, 5),
    (errors.NotFoundError, 6),
    (errors.BadRequestError, 7),
    (errors.RateLimitError, 8),
    (errors.APIStatusError, 9),
    (errors.APIConnectionError, 10),
    (errors.DecodeError, 11),
    (errors.EncodeError, 11),
]

EXIT_USAGE = 2
EXIT_INVALID = 3


class CLIError(Exception):
    """An error the command reports in one line, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    log = logging.getLogger("vitec_connect")
    handler, level = None, log.level
    if getattr(args, "verbose", False):  # for this run only: main() may be called again in one process
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.DEBUG)
    try:
        return _run(args)
    finally:
        if handler is not None:
            log.removeHandler(handler)
            log.setLevel(level)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.run(args) or 0)
    except CLIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except errors.VitecError as exc:
        code = next((c for cls, c in EXIT_CODES if isinstance(exc, cls)), 1)
        text = " ".join(str(exc).split())  # one line, whatever the server's message held
        if isinstance(exc, errors.APIConnectionError) and not exc.may_have_reached_server:
            text += " (the request did not reach the server)"
        print(f"error: {type(exc).__name__}: {text}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line, the traceback on request
        if getattr(args, "verbose", False):
            traceback.print_exc()
        print(f"error: unexpected {type(exc).__name__}: {exc} (--verbose shows where)", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vitec-connect",
        description="Vitec Express Connect client and toolkit.",
        epilog=_ENVIRONMENT + "\n\n" + _EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vitec-connect {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = sub.add_parser("demo", help="run every endpoint against the embedded mock server (no account needed)")
    demo.add_argument("--output", choices=["table", "json", "xml"], default="table")
    demo.add_argument("--verbose", action="store_true", help="log every request (credentials redacted)")
    demo.set_defaults(run=_demo)

    mock = sub.add_parser(
        "mock",
        help="serve the mock API until interrupted",
        description="Serve the embedded mock Vitec API (seeded Swedish data, JSON and XML) until Ctrl-C.",
    )
    mock.add_argument("--port", type=int, default=8080, help="TCP port (default 8080; 0 picks a free one)")
    mock.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    mock.add_argument("--username", default="demo", help="the Basic auth user it accepts (default demo)")
    mock.add_argument("--password", default="demo", help="the Basic auth password it accepts (default demo)")
    mock.set_defaults(run=_mock)

    vendor = sub.add_parser(
        "vendor",
        help="copy this package into DEST/NAME (runtime and generated code)",
        description="Copy the runtime and generated code into DEST/PACKAGE under your package name. Running it "
        "again updates the copy; a file changed since it was written is not overwritten without --force.",
    )
    vendor.add_argument("dest", help="the folder that will hold the package (e.g. src)")
    vendor.add_argument("--package", required=True, help="the package name in your project (e.g. acme_vitec)")
    vendor.add_argument("--with-xsdata", action="store_true", help="also copy the xsdata classes (need xsdata)")
    vendor.add_argument("--force", action="store_true", help="overwrite files changed since they were written")
    vendor.set_defaults(run=_vendor)

    for op in OPERATIONS.values():
        _operation_parser(sub, op)
    return parser


_ENVIRONMENT = """\
environment:
  VITEC_USERNAME, VITEC_PASSWORD  the API credentials (required by the operation commands)
  VITEC_BASE_URL                  the API's address (default https://connect.maklare.vitec.net; --base-url)
  HTTPS_PROXY, NO_PROXY           a proxy for the API, and hosts that bypass it"""

_EXIT_CODES_HELP = """\
exit codes:
  0 ok · 2 usage (arguments, credentials, base URL) · 3 invalid request (before sending) · 4 bad credentials
  5 no access · 6 not found · 7 rejected by the API (400) · 8 rate limited · 9 server error
  10 connection failed or timed out · 11 response did not match the spec"""

_DATES = "a date (2025-01-31) or a date and time (2025-01-31T12:00), Stockholm time"


def _docs(op: Operation) -> tuple[str, str, dict[str, str]]:
    """The operation's summary, description and argument texts, from its generated docstring (the spec's)."""
    method = next(
        (getattr(cls, op.operation_id) for cls in vars(_operations).values()
         if isinstance(cls, type) and op.operation_id in vars(cls)),
        None,
    )  # fmt: skip
    doc = inspect.cleandoc(getattr(method, "__doc__", None) or "")
    head, _, args_part = doc.partition("\nArgs:\n")
    paragraphs = [p.strip() for p in head.split("\n\n") if p.strip()]
    summary = paragraphs[0] if paragraphs else f"{op.method} {op.path}"
    description = "\n\n".join(p for p in paragraphs[1:] if not p.startswith("``"))
    texts: dict[str, str] = {}
    for m in re.finditer(r"^    (\w+): (.*(?:\n {5,}.*)*)", args_part, re.MULTILINE):
        texts[m[1]] = " ".join(m[2].split())
    return summary, description, texts


def _operation_parser(sub: Any, op: Operation) -> None:
    summary, description, texts = _docs(op)
    p = sub.add_parser(
        op.operation_id.replace("_", "-"),
        help=summary,
        description=f"{summary}\n\n{description}\n\n{op.method} {op.path}".replace("\n\n\n\n", "\n\n"),
        epilog=_ENVIRONMENT + "\n\n" + _EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for param in op.params:
        name = param.python_name
        text = texts.get(name, "")
        if param.kind == "boolean":
            p.add_argument(
                f"--{name.replace('_', '-')}",
                dest=name,
                action=argparse.BooleanOptionalAction,
                default=True,
                help=f"{text} (default: on)",
            )
        elif param.separator:
            p.add_argument(
                name, nargs="+", help=f"{text} One or more ids; batches of {param.max_items} are sent in turn."
            )
        else:
            kind = {"datetime": _date, "enum": _enum(param.enum, param.name)}.get(param.kind, str)
            if param.kind == "datetime":
                text += f" Format: {_DATES}."
            elif param.kind == "enum" and param.enum is not None:
                text += " One of: " + ", ".join(m.value for m in param.enum) + "."
            if param.required:
                p.add_argument(name, type=kind, metavar=param.name, help=text)
            else:
                p.add_argument(f"--{name.replace('_', '-')}", dest=name, type=kind, metavar=param.name, help=text)
    if op.body is not None:
        p.add_argument(
            "body",
            help=f"{op.body.__name__} as JSON or DataContract XML (the API's member names): a file, or - for stdin",
        )
    p.add_argument("--base-url", default=None, help="default: VITEC_BASE_URL or https://connect.maklare.vitec.net")
    p.add_argument("--format", choices=["json", "xml"], default="json", help="wire format")
    p.add_argument("--output", choices=["table", "json", "xml"], default="json")
    p.add_argument("--strict", action="store_true", help="fail on members, values or subtypes the spec does not know")
    p.add_argument("--verbose", action="store_true", help="log every request (credentials redacted)")
    p.set_defaults(run=lambda args: _call(op, args))


def _date(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2025-01-31 or 2025-01-31T12:00, got {text!r}") from None


def _enum(cls: Any, wire: str) -> Any:
    """A parser for an enum argument: a known value, in any letter case (the API's spelling is sent)."""

    def parse(text: str) -> Any:
        for member in cls or ():
            if member.value.lower() == text.lower():
                return member
        known = ", ".join(m.value for m in cls or ())
        raise argparse.ArgumentTypeError(f"{wire}: expected one of {known}, got {text!r}")

    return parse


def _call(op: Operation, args: argparse.Namespace) -> int:
    kwargs = {p.python_name: getattr(args, p.python_name) for p in op.params}
    body = None
    if op.body is not None:
        body = _read_body(op, args.body)
    progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
    try:
        client = Client(base_url=args.base_url, format=args.format, strict=args.strict)
    except ValueError as exc:  # no credentials, a plain-http base URL, ...
        raise CLIError(str(exc), EXIT_USAGE) from None
    with client:
        resource = getattr(client, op.tag)
        if body is not None:
            kwargs[op.body_name or "body"] = body
        options = (
            {"progress": progress} if progress and (op.max_date_range or any(p.max_items for p in op.params)) else {}
        )
        try:
            result = getattr(resource, op.operation_id)(**kwargs, **options)
        except errors.ValidationError as exc:  # name the arguments as the command line shows them
            wire = {p.python_name: p.name for p in op.params}
            names = re.compile(r"\b(" + "|".join(map(re.escape, wire)) + r")\b") if wire else None
            detail = "; ".join(f"{wire.get(k, k)}: {' '.join(v)}" for k, v in exc.errors.items())
            detail = names.sub(lambda m: wire[m[0]], detail) if names else detail
            raise CLIError(f"ValidationError: invalid request: {detail}", EXIT_INVALID) from None
    _print(result, args.output, op, sys.stdout)
    return 0


def _read_body(op: Operation, source: str) -> Any:
    """The request body from a file or stdin, in JSON or XML; any problem with it is the user's input (3)."""
    name = "stdin" if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else pathlib.Path(source).read_bytes()
    except OSError as exc:
        raise CLIError(f"cannot read the request body from {name}: {exc.strerror or exc}", EXIT_INVALID) from None
    codec = _xml if data.lstrip().startswith(b"<") else _json
    try:
        return codec.decode(data, type=op.body)
    except errors.DecodeError as exc:
        raise CLIError(f"invalid request body in {name}: {exc}", EXIT_INVALID) from None


# ---------------------------------------------------------------------------------------------------
# Output


def _print(result: Any, output: str, op: Operation | None, out: TextIO) -> None:
    if output == "json":
        out.write(msgspec.json.format(_json.encode(result), indent=2).decode() + "\n")
    elif output == "xml":
        out.write(_xml.encode(result, type=op.response if op else None).decode() + "\n")
    else:
        out.write(_table_for(result) + "\n")


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    sep = "  ".join("─" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(["  " + line, "  " + sep, *("  " + b for b in body)])


def _cell(value: Any) -> str:
    if value is None or value is UNSET:
        return "–"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if hasattr(value, "value"):
        return str(value.value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 44 else text[:43] + "…"


def _name(contact: Any) -> str:
    if isinstance(contact, models.CrmPersonContact):
        return f"{contact.first_name or ''} {contact.last_name or ''}".strip()
    return str(getattr(contact, "name", None) or "–")


def _table_for(result: Any) -> str:
    if isinstance(result, str):
        return f"  {result}"
    if isinstance(result, models.CrmContact):
        return _contacts_table([result])
    if isinstance(result, list) and result and isinstance(result[0], models.CrmContactLead):
        rows = [(e.contact_id, lead.id, lead.lead_type, lead.created_at) for e in result for lead in (e.leads or [])]
        return _table(["KONTAKT", "LEAD", "TYP", "SKAPAD"], rows)
    if isinstance(result, models.IncomingLead):
        source = result.lead_source.name if result.lead_source else None
        utm = ", ".join(f"{t.name}={t.value}" for t in result.utm_tags or [] if t is not None) or None
        fields: list[tuple[str, Any]] = [
            ("Kontakt", result.contact_id),
            ("Källa", source),
            ("Skickad", result.sent_at),
            ("Status", result.state),
            ("Meddelande", result.message),
            ("UTM", utm),
        ]
        return _table(["FÄLT", "VÄRDE"], fields)
    if isinstance(result, models.TipsAndLeadsReport):
        return _report_table(result)
    if isinstance(result, list):
        return "\n".join(_table_for(r) for r in result)
    if isinstance(result, Model):
        return "  " + repr(result)
    return f"  {result}"


def _contacts_table(contacts: Sequence[Any]) -> str:
    kinds = {"CrmPersonContact": "Person", "CrmCompanyContact": "Företag", "CrmDeceasedEstateContact": "Dödsbo"}
    rows = [
        (
            c.id,
            kinds.get(type(c).__name__, str(getattr(c.type, "value", c.type))),
            _name(c),
            c.address.city if c.address else None,
            ", ".join(x.name for x in c.categories or []),
            c.changed_at,
        )
        for c in contacts
    ]
    return _table(["ID", "TYP", "NAMN", "ORT", "KATEGORIER", "ÄNDRAD"], rows)


def _report_table(report: Any) -> str:
    rows = []
    for kind, items in (("in", report.incoming_leads), ("ut", report.outgoing_leads), ("tips", report.tips)):
        for item in (items or [])[:4]:
            lead = getattr(item, "lead", None) or getattr(item, "tip", None)
            contact = item.contact
            who = f"{contact.first_name} {contact.last_name}" if contact else None
            rows.append((kind, item.created_at, lead.title if lead else None, who, lead.message if lead else None))
    n_in, n_out, n_tips = (len(x or []) for x in (report.incoming_leads, report.outgoing_leads, report.tips))
    counts = f"  {n_in} inkommande leads, {n_out} utgående, {n_tips} tips"
    return _table(["", "SKAPAD", "RUBRIK", "KONTAKT", "MEDDELANDE"], rows) + "\n" + counts + " (de första visas)"


class _Progress:
    def __init__(self, stream: TextIO, label: str = "") -> None:
        self.stream = stream
        self.label = label

    def __call__(self, done: int, total: int) -> None:
        width = 24
        filled = round(width * done / total)
        bar = f"  {self.label}[{'█' * filled}{'·' * (width - filled)}] {done}/{total}"
        if self.stream.isatty():
            self.stream.write("\r" + bar + ("\n" if done == total else ""))
        elif done == total:
            self.stream.write(bar + "\n")  # a file or a pipe gets the finished bar once
        self.stream.flush()


# ---------------------------------------------------------------------------------------------------
# demo, mock, vendor


def _demo(args: argparse.Namespace) -> int:
    from .models import public_advertisement_lead as pal
    from .testing import MockServer

    out = sys.stdout
    with MockServer() as server:
        out.write(f"vitec-connect demo: the embedded mock API at {server.url} (no account, no network)\n")
        cid = server.customer_id
        for fmt in ("json", "xml"):
            out.write(f"\n━━ format={fmt} {'━' * 60}\n")
            with Client(server.username, server.password, base_url=server.url, format=fmt) as client:
                ids = list(server.data.contacts)[:8]
                contacts = [client.crm.get_contact(customer_id=cid, contact_id=i) for i in ids]
                _section(out, f"crm.get_contact ×{len(ids)}  (GET CRM/Contact/{cid}/{{id}})")
                if args.output == "table":
                    out.write(_contacts_table(contacts) + "\n")
                else:
                    _print(contacts[0], args.output, OPERATIONS["get_contact"], out)

                all_ids = list(server.data.contacts)
                _section(out, f"crm.get_contact_leads for {len(all_ids)} contacts (batches of 20)")
                leads = client.crm.get_contact_leads(
                    customer_id=cid,
                    contact_ids=all_ids,
                    object_lead_type=True,
                    contact_lead_type=True,
                    log_lead_type=True,
                    outgoing_lead_type=True,
                )
                if args.output == "table":
                    total = sum(len(e.leads or []) for e in leads)
                    out.write(
                        _table_for([e for e in leads if e.leads][:4])
                        + f"\n  {len(leads)} kontakter, {total} leads (de första visas)\n"
                    )
                else:
                    _print(leads[:2], args.output, OPERATIONS["get_contact_leads"], out)

                lead = pal.PublicAdvertisingPersonLead(
                    person=pal.Person(
                        first_name="Linnéa",
                        last_name="Åkesson",
                        social_security_number="19850612-4242",
                        address=pal.Address(street_address="Åsögatan 12", zip_code="11829", city="Stockholm"),
                    ),
                    lead_source=pal.LeadSource(lead_type=pal.LeadType.AcceptObjectFlow, name="Demo"),
                    message="Hej! Vi vill sälja vår trea på Söder – ring gärna 🏡",
                )
                _section(out, "public_advertising.create_person_lead, then crm.get_incoming_lead")
                lead_id = client.public_advertising.create_person_lead(customer_id=cid, lead=lead)
                back = client.crm.get_incoming_lead(customer_id=cid, id=lead_id)
                out.write(f"  skapade lead {lead_id}; läst tillbaka:\n")
                _print(back, args.output, OPERATIONS["get_incoming_lead"], out)

                _section(out, "business_intelligence.get_tips_and_leads_report for a year (windows of 2 months)")
                end = dt.datetime(2025, 11, 1)
                report = client.business_intelligence.get_tips_and_leads_report(
                    customer_id=cid,
                    date_from=end.replace(year=end.year - 1),
                    date_to=end,
                    progress=_Progress(out, "fönster "),
                )
                if args.output == "table":
                    out.write(_report_table(report) + "\n")
                else:
                    first = list(report.incoming_leads or [])[:1]
                    small = models.TipsAndLeadsReport(incoming_leads=first, outgoing_leads=[], tips=[])
                    _print(small, args.output, OPERATIONS["get_tips_and_leads_report"], out)
        out.write(f"\n{len(server.requests)} requests served; every endpoint answered in JSON and in XML.\n")
    return 0


def _section(out: TextIO, title: str) -> None:
    out.write(f"\n▸ {title}\n")


def _mock(args: argparse.Namespace) -> int:
    from .testing import MockServer

    server = MockServer(host=args.host, port=args.port, username=args.username, password=args.password)
    print(
        f"mock Vitec API on {server.url}  (user {server.username!r}, password {server.password!r}, "
        f"customer id {server.customer_id!r}); Ctrl-C stops it",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def _vendor(args: argparse.Namespace) -> int:
    from ._vendor import VendorError, vendor

    try:
        written, removed = vendor(args.dest, args.package, with_xsdata=args.with_xsdata, force=args.force)
    except VendorError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    print(f"vendored into {os.path.join(args.dest, args.package)}: {written} files written, {removed} removed")
    return 0
