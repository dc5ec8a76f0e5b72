"""The ``vitec-connect`` command (also ``python -m vitec_connect``).

    vitec-connect demo                      every operation against the embedded mock, in JSON and XML
    vitec-connect crm get-contact ID        every operation, grouped by resource, against a real account
    vitec-connect mock --port 8080          serve the mock for curl, Postman, a .NET client, ...
    vitec-connect vendor DEST --package X   copy this package into DEST/X, for vendoring

The operation commands are made from the generated operation table: a group per resource (the spec's tag),
a command per operation, help texts from the spec. (``vitec-connect get-contact …`` still works.) The customer
is ``--customer-id`` or, without it, ``VITEC_CUSTOMER_ID``, as for the client.

Exit codes: 0 ok, 2 usage (bad arguments, no credentials, an http base URL, a bad package name),
3 invalid request (before sending: a bad argument value or body file), 4 bad credentials (401), 5 no
access (403), 6 not found (404), 7 rejected by the API (400), 8 rate limited (429), 9 server error (5xx
or other status), 10 connection failed or timed out, 11 response did not match the spec. Every error is
one line on stderr (``--verbose`` adds the traceback of an unexpected one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import logging
import os
import re
import sys
import traceback
import typing
from collections.abc import Sequence
from typing import Any

from . import __version__, errors
from ._api.operations import OPERATIONS
from ._clibody import BodyError, read_body
from ._client import Client
from ._clifmt import Progress, print_result
from ._scalars import parse_double, parse_guid, parse_int
from ._schema import Operation, Param

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


@functools.cache  # a command per operation: made once per process (main() may be called again)
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vitec-connect",
        description="Vitec Express Connect client and toolkit.",
        epilog=_ENVIRONMENT + "\n\n" + _EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vitec-connect {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = sub.add_parser("demo", help="run every operation against the embedded mock server (no account needed)")
    demo.add_argument("--output", choices=["table", "json", "xml"], default="table")
    demo.add_argument("--verbose", action="store_true", help="log every request (credentials redacted)")
    demo.add_argument(
        "--all",
        action="store_true",
        dest="every_result",
        help="show every operation's result (by default the documented operations show theirs, the rest a line each)",
    )
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

    groups: dict[str, Any] = {}
    for op in OPERATIONS.values():
        if op.tag not in groups:
            tag = op.tag.replace("_", "-")
            group = sub.add_parser(tag, help=f"operations of client.{op.tag} (vitec-connect {tag} --help lists them)")
            groups[op.tag] = group.add_subparsers(title="operations", metavar="OPERATION")
        _operation_parser(groups[op.tag], op, command_name(op))
    for op in OPERATIONS.values():  # a group's command names of earlier versions (``appointment post``), not listed
        earlier = _earlier_command_name(op)
        if earlier not in groups[op.tag].choices:
            _operation_parser(groups[op.tag], op, earlier, listed=False)
    taken = set(sub.choices)
    for op in OPERATIONS.values():  # the flat names of earlier versions, not listed
        if op.operation_id.replace("_", "-") not in taken:
            _operation_parser(sub, op, op.operation_id.replace("_", "-"), listed=False)
    return parser


def command_name(op: Operation) -> str:
    """The operation's command in its group: its method's name, dashed (``area get-areas``, ``crm-bid get``)."""
    return op.python_name.replace("_", "-")


def _earlier_command_name(op: Operation) -> str:
    """The command earlier versions gave the operation in its group: the operationId without the group's name."""
    name = op.operation_id.removeprefix(op.tag + "_") if op.operation_id != op.tag else op.operation_id
    return name.replace("_", "-")


_ENVIRONMENT = """\
environment:
  VITEC_USERNAME, VITEC_PASSWORD  the API credentials (required by the operation commands)
  VITEC_CUSTOMER_ID               the customer (kundnummer) of a command given no --customer-id
  VITEC_BASE_URL                  the API's address (default https://connect.maklare.vitec.net; --base-url)
  HTTPS_PROXY, NO_PROXY           a proxy for the API, and hosts that bypass it"""

_EXIT_CODES_HELP = """\
exit codes:
  0 ok · 2 usage (arguments, credentials, base URL) · 3 invalid request (before sending) · 4 bad credentials
  5 no access · 6 not found · 7 rejected by the API (400) · 8 rate limited · 9 server error
  10 connection failed or timed out · 11 response did not match the spec"""

#: where a command's customer comes from when its option is not given (the client reads the variable)
_CUSTOMER_DEFAULT = "Default: VITEC_CUSTOMER_ID."

_DATES = "a date (2025-01-31) or a date and time (2025-01-31T12:00), Stockholm time"


def _plain(text: str) -> str:
    """Text for the terminal: reStructuredText literals (````code````) without their quotes."""
    return text.replace("``", "")


#: a parameter's kind -> (how the help names it, the parser of its text)
_KINDS: dict[str, tuple[str, Any]] = {
    "int": ("an integer", lambda text: parse_int("long", text)),  # (the client checks the Int32 range)
    **{kind: ("an integer", functools.partial(parse_int, kind)) for kind in ("long", "short", "byte")},
    "double": ("a number", parse_double),
    "guid": ("a Guid (8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d)", parse_guid),
}


def _operation_parser(sub: Any, op: Operation, name: str, *, listed: bool = True) -> None:
    """The command of one operation; its texts come from the operation table (the spec's)."""
    summary = _plain(op.summary) or f"{op.method} {op.path}"
    description = "\n\n".join(t for t in (summary, _plain(op.description), f"{op.method} {op.path}") if t)
    p = sub.add_parser(
        name,
        **({"help": summary} if listed else {}),
        description=description,
        epilog=_ENVIRONMENT + "\n\n" + _EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for param in op.params:
        _parameter(p, param, _plain(param.description))
    if op.body is not None:
        shown = _type_name(op.body)
        p.add_argument(
            "body", help=f"{shown} as JSON or DataContract XML (the API's member names): a file, or - for stdin"
        )
    p.add_argument("--base-url", default=None, help="default: VITEC_BASE_URL or https://connect.maklare.vitec.net")
    p.add_argument("--format", choices=["json", "xml"], default="json", help="wire format")
    if op.response is bytes:
        p.add_argument("--save", metavar="FILE", default=None, help="write the file to FILE (default: stdout)")
    p.add_argument("--output", choices=["table", "json", "xml"], default="json")
    p.add_argument("--strict", action="store_true", help="fail on members, values or subtypes the spec does not know")
    p.add_argument("--send-inferred-namespaces", action="store_true",
                   help="send an XML body whose namespace the spec only infers (refused otherwise)")  # fmt: skip
    p.add_argument("--verbose", action="store_true", help="log every request (credentials redacted)")
    p.set_defaults(run=lambda args: _call(op, args))


def _parameter(p: argparse.ArgumentParser, param: Param, text: str) -> None:
    name = param.python_name
    flag = f"--{name.replace('_', '-')}"
    if param.customer:  # an option: the customer of every command can come from the environment
        p.add_argument(flag, dest=name, metavar=param.name, help=f"{text} {_CUSTOMER_DEFAULT}".strip())
        return
    if param.kind == "boolean":
        default = True if param.required else None
        shown = "on" if param.required else "not sent"
        p.add_argument(flag, dest=name, action=argparse.BooleanOptionalAction, default=default,
                       help=f"{text} (default: {shown})".strip())  # fmt: skip
        return
    if param.separator:
        batches = f"; batches of {param.max_items} are sent in turn" if param.max_items else ""
        help_text = f"{text} One or more ids{batches}.".strip()
        if param.required:
            p.add_argument(name, nargs="+", metavar=param.name, help=help_text)
        else:
            p.add_argument(flag, dest=name, nargs="+", metavar=param.name, help=help_text)
        return
    kind: Any = str
    if param.kind == "datetime":
        kind, text = _date, f"{text} Format: {_DATES}."
    elif param.kind == "enum" and param.enum is not None:
        kind, text = _enum(param.enum, param.name), f"{text} One of: {', '.join(m.value for m in param.enum)}."
    elif param.kind in _KINDS:
        shown, parse = _KINDS[param.kind]
        kind, text = _typed(parse, param.name, shown), f"{text} ({shown})"
    if param.required:
        p.add_argument(name, type=kind, metavar=param.name, help=text.strip())
    else:
        p.add_argument(flag, dest=name, type=kind, metavar=param.name, help=text.strip())


def _type_name(tp: Any) -> str:
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        return f"a list of {getattr(item, '__name__', item)}"
    return str(getattr(tp, "__name__", tp))


def _typed(parse: Any, wire: str, shown: str) -> Any:
    def convert(text: str) -> Any:
        try:
            return parse(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{wire}: expected {shown}, got {text!r}") from None

    return convert


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
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    if op.body is not None:
        kwargs[op.body_name or "body"] = _read_body(op, args.body, args.format, args.strict)
    progress = Progress(sys.stderr) if sys.stderr.isatty() else None
    try:
        client = Client(base_url=args.base_url, format=args.format, strict=args.strict)
        client.send_inferred_namespaces = args.send_inferred_namespaces
    except ValueError as exc:  # no credentials, a plain-http base URL, ...
        raise CLIError(str(exc), EXIT_USAGE) from None
    with client:
        for p in op.params:  # the client's customer_id is VITEC_CUSTOMER_ID's
            if p.customer and p.required and p.python_name not in kwargs and client.customer_id is None:
                flag = "--" + p.python_name.replace("_", "-")
                raise CLIError(f"{p.name} is required: give {flag} or set VITEC_CUSTOMER_ID", EXIT_USAGE)
        resource = getattr(client, op.tag)
        if progress and (op.max_date_range or any(p.max_items for p in op.params)):
            kwargs["progress"] = progress
        try:
            method = getattr(resource, op.python_name)
            if getattr(args, "save", None):  # a file download: streamed to the file, never held whole
                return _save(client, method, kwargs, args.save)
            result = method(**kwargs)
        except errors.ValidationError as exc:  # name the arguments as the command line shows them
            wire = {p.python_name: p.name for p in op.params}
            names = re.compile(r"\b(" + "|".join(map(re.escape, wire)) + r")\b") if wire else None
            detail = "; ".join(f"{wire.get(k, k)}: {' '.join(v)}" for k, v in exc.errors.items())
            detail = names.sub(lambda m: wire[m[0]], detail) if names else detail
            raise CLIError(f"ValidationError: invalid request: {detail}", EXIT_INVALID) from None
    print_result(result, args.output, op.response, sys.stdout)
    return 0


def _save(client: Client, method: Any, kwargs: dict[str, Any], path: str) -> int:
    """``--save FILE``: the body written to FILE as it arrives (complete, or not at all)."""
    try:
        with client.stream(method, **kwargs) as download:
            written = download.write_to(path)
    except OSError as exc:
        raise CLIError(f"cannot write {path}: {exc.strerror or exc}", EXIT_USAGE) from None
    print(f"{written} bytes written to {path}", file=sys.stderr)
    return 0


def _read_body(op: Operation, source: str, wire: str, strict: bool) -> Any:
    """The request body from a file or stdin (``_clibody``); any problem with it is the user's input (3)."""
    try:
        return read_body(op.body, source, wire, strict)
    except BodyError as exc:
        raise CLIError(str(exc), EXIT_INVALID) from None


# ---------------------------------------------------------------------------------------------------
# demo, mock, vendor


def _demo(args: argparse.Namespace) -> int:
    from ._demo import demo

    return demo(args.output, sys.stdout, every_result=args.every_result)


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
