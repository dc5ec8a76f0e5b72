"""How the command prints a result: JSON, DataContract XML, or a table a person can read.

Tables are generic: a model is a list of its members (a nested list of models follows as a table of its
own), a list of models a table with a column per member that holds a single value. ``COLUMNS`` chooses and
names the columns of a type where the generic choice reads badly; it is data (type name -> columns), the
only place that knows a type by name, and a type it does not name is printed all the same. The labels are
English; the values are the API's, as Vitec wrote them.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from typing import Any, TextIO

import msgspec

from . import json as _json
from . import xml as _xml
from ._codec import fields_of
from ._types import UNSET, Model

__all__ = ["COLUMNS", "Progress", "print_result", "table"]

#: type name (or a base's) -> (header, path) per column. A path is attribute names joined by ``.``;
#: ``[]`` after a name maps over a list; ``a+b`` joins two values with a space; ``a|b`` takes the first
#: that has a value.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "CrmContact": (
        ("ID", "id"),
        ("TYPE", "type"),
        ("NAME", "name|first_name+last_name"),
        ("CITY", "address.city"),
        ("CATEGORIES", "categories[].name"),
        ("CHANGED", "changed_at"),
    ),
    "CrmContactLead": (("CONTACT", "contact_id"), ("LEADS", "leads[].id"), ("TYPES", "leads[].lead_type")),
}
#: rows of a nested list shown under a model (the rest are counted)
NESTED_ROWS = 5
_WIDTH = 44


def print_result(result: Any, output: str, response_type: Any, out: TextIO) -> None:
    """``result`` as ``output`` (``json``, ``xml`` or ``table``); a download's bytes as they are."""
    if isinstance(result, bytes):
        if out is sys.stdout:
            out.flush()
            sys.stdout.buffer.write(result)
            sys.stdout.buffer.flush()
        else:
            out.write(result.decode("latin-1"))
        return
    if result is None and output != "json":
        return  # no content: nothing to print
    if output == "json":
        out.write(msgspec.json.format(_json.encode(result), indent=2).decode() + "\n")
    elif output == "xml":
        out.write(_xml.encode(result, type=response_type).decode() + "\n")
    else:
        out.write(table(result) + "\n")


def table(result: Any) -> str:
    """A readable table of any result."""
    if isinstance(result, list) and result and all(isinstance(r, Model) for r in result):
        return _rows_table(result)
    if isinstance(result, list):
        return "\n".join(f"  {_cell(r)}" for r in result) or "  (none)"
    if not isinstance(result, Model):
        return f"  {_cell(result)}"
    rows, nested = [], []
    for f in fields_of(type(result)):
        value = getattr(result, f.attr)
        if isinstance(value, list) and any(isinstance(v, Model) for v in value):
            rows.append((f.wire, f"{len(value)} items"))
            nested.append((f.wire, value))
        elif value is not UNSET:
            rows.append((f.wire, value))
    parts = [_grid(["FIELD", "VALUE"], rows)]
    for name, items in nested:
        shown = [i for i in items if isinstance(i, Model)][:NESTED_ROWS]
        parts.append(f"\n  {name} ({len(shown)} of {len(items)}):\n" + _rows_table(shown))
    return "\n".join(parts)


def _rows_table(items: Sequence[Any]) -> str:
    columns = _columns(type(items[0]))
    rows = [[_path(item, path) for _, path in columns] for item in items]
    return _grid([h for h, _ in columns], rows)


def _columns(cls: type) -> tuple[tuple[str, str], ...]:
    for base in cls.__mro__:
        if base.__name__ in COLUMNS:
            return COLUMNS[base.__name__]
    columns = []
    for f in fields_of(cls):
        if isinstance(f.hint, type) and issubclass(f.hint, Model):  # a nested model: its title, name or id
            columns.append((f.wire.upper(), "|".join(f"{f.attr}.{n}" for n in ("title", "name", "id"))))
        elif not str(f.hint).startswith(("list", "dict")):
            columns.append((f.wire.upper(), f.attr))
    return tuple(columns[:6])


def _path(obj: Any, path: str) -> Any:
    for alternative in path.split("|"):
        parts = [_walk(obj, p) for p in alternative.split("+")]
        if all(p not in (None, UNSET, "", []) for p in parts):
            return " ".join(str(_cell(p)) for p in parts) if len(parts) > 1 else parts[0]
    return None


def _walk(obj: Any, path: str) -> Any:
    value = obj
    names = path.split(".")
    for i, name in enumerate(names):
        if value in (None, UNSET):
            return None
        if name.endswith("[]"):  # the rest of the path, for each item
            rest = ".".join(names[i + 1 :])
            items = [item for item in getattr(value, name[:-2], None) or [] if item is not None]
            return ", ".join(_cell(_walk(item, rest) if rest else item) for item in items) or None
        value = getattr(value, name, None)
    return value


def _grid(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
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
    if isinstance(value, bytes):
        return f"{len(value)} bytes"
    if isinstance(value, Model):
        text = _json.encode(value).decode()
    elif isinstance(value, list):
        text = ", ".join(_cell(v) for v in value)
    elif hasattr(value, "value"):
        text = str(value.value)
    else:
        text = str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


class Progress:
    """A progress bar on ``stream`` for batched and windowed calls."""

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
