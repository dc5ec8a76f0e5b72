"""``vitec-connect demo``: every operation of the spec, called through the client against the embedded
mock server, in JSON and in DataContract XML (no account, no network).

Nothing here names an operation: the arguments come from the mock (``MockServer.example_arguments``:
seeded ids for the documented operations, made-up ones for the rest), results are printed by ``_clifmt``.
The operations the mock keeps a state for (the documented ones) show their results; every other operation is
called too and gets one line (``--all`` shows every result).
"""

from __future__ import annotations

import io
from typing import Any, TextIO

import msgspec

from ._api.operations import OPERATIONS
from ._client import Client
from ._clifmt import Progress, print_result, table
from ._mockops import OVERRIDES
from ._types import Model

__all__ = ["demo"]

#: items of a list shown in JSON or XML (the table shows more)
SHOWN = 2


def demo(output: str, out: TextIO, *, every_result: bool = False) -> int:
    from .testing import MockServer

    with MockServer() as server:
        out.write(f"vitec-connect demo: the embedded mock API at {server.url} (no account, no network)\n")
        for fmt in ("json", "xml"):
            out.write(f"\n━━ format={fmt} {'━' * 60}\n")
            with Client(server.username, server.password, base_url=server.url, format=fmt) as client:
                client.send_inferred_namespaces = True  # the mock reads the namespaces the spec infers
                for op in OPERATIONS.values():
                    args = server.example_arguments(op.operation_id)
                    progress = io.StringIO()  # the bar follows its operation's line, which follows the call
                    if op.max_date_range or any(p.max_items for p in op.params):
                        args["progress"] = Progress(progress, "requests ")
                    shown_args = ", ".join(f"{k}={_short(v)}" for k, v in args.items() if k != "progress")
                    call = f"▸ {op.tag}.{op.python_name}({shown_args})  [{op.method} {op.path}]"
                    result = getattr(getattr(client, op.tag), op.python_name)(**args)
                    if every_result or op.operation_id in OVERRIDES:
                        out.write(f"\n{call}\n{progress.getvalue()}")
                        _show(result, output, op.response, out)
                    else:
                        out.write(f"{call}  → {_summary(result)}\n{progress.getvalue()}")
        out.write(f"\n{len(server.requests)} requests served; every operation answered in JSON and in XML.\n")
    return 0


def _show(result: Any, output: str, response_type: Any, out: TextIO) -> None:
    if result is None:
        out.write("  (204 No Content)\n")
    elif isinstance(result, bytes):
        out.write(f"  a file of {len(result)} bytes\n")
    elif output == "table":
        rows = result[:8] if isinstance(result, list) else result
        out.write(table(rows) + "\n")
        if isinstance(result, list) and len(result) > len(rows):
            out.write(f"  ({len(rows)} of {len(result)} shown)\n")
    else:
        print_result(_trimmed(result), output, response_type, out)


def _summary(result: Any) -> str:
    """One line for a result: what came back, not its content."""
    if result is None:
        return "(204 No Content)"
    if isinstance(result, bytes):
        return f"a file of {len(result)} bytes"
    if isinstance(result, list):
        kinds = sorted({type(r).__name__ for r in result})
        return f"{len(result)} × {' | '.join(kinds)}" if kinds else "0 items"
    if isinstance(result, Model):
        return f"<{type(result).__name__}>"
    return _short(result)


def _trimmed(result: Any) -> Any:
    """A result with its lists cut to their first items (the demo shows shapes, not megabytes)."""
    if isinstance(result, list):
        return [_trimmed(r) for r in result[:SHOWN]]
    if isinstance(result, Model):
        changes = {
            f.name: getattr(result, f.name)[:SHOWN]
            for f in msgspec.structs.fields(result)
            if isinstance(getattr(result, f.name), list)
        }
        return msgspec.structs.replace(result, **changes)
    return result


def _short(value: Any) -> str:
    if isinstance(value, list):
        return f"[{len(value)} items]"
    if isinstance(value, Model):
        return f"<{type(value).__name__}>"
    text = str(value)
    return text if len(text) <= 24 else text[:23] + "…"
