"""A page's tables of parameters and members, in the two shapes the scrape leaves:

- ``Namn | Beskrivning | Typ | Information |`` pipe rows, the Information cell often wrapped onto the next
  line;
- ``NamnBeskrivningTypInformation`` followed by space-separated rows (a row the scrape wrapped is joined
  with the next line when only that makes it a row).

Tables may be split, repeated, out of order or separated from their heading; which table documents which
type is checker.py's to decide.
"""

from __future__ import annotations

import re

from .page import LENGTH, PRIMITIVES, REQUIRED_WORD, Row, Table

#: Section headings of a help page (each is put on a line of its own before anything else is read).
MARKERS = (
    "Dokumentation för API-funktioner",
    "Request Information",
    "URI Parameters",
    "Body Parameters",
    "Response Information",
    "Resource Description",
    "Kodexempel",
    "Testformulär",
    "Text input",
    "Response Formats",
    "Request Formats",
    "Resultat av begäran",
)
#: the header row of each table shape
PIPE_HEADER = re.compile(r"^\|?\s*Namn\s*\|\s*Beskrivning\s*\|\s*Typ\s*\|\s*Information\s*\|?\s*$")
SPACE_HEADER = re.compile(r"^Namn\s*Beskrivning\s*Typ\s*Information$")
#: a member or parameter name, and a type name (PascalCase)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TYPE_NAME = re.compile(r"[A-Z][A-Za-z0-9_]*")
_MULTIWORD = sorted((p for p in PRIMITIVES if " " in p), key=len, reverse=True)


def pipe_cells(line: str) -> tuple[list[str], bool]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    closed = s.endswith("|")
    if closed:
        s = s[:-1]
    return [c.strip() for c in s.split("|")], closed


def is_pipe_row(line: str) -> bool:
    if "|" not in line:
        return False
    cells, _ = pipe_cells(line)
    return len(cells) >= 3 and bool(IDENT.fullmatch(cells[0])) and bool(cells[2])


def _looks_like_info(line: str) -> bool:
    return bool(LENGTH.search(line) or REQUIRED_WORD.search(line) or "måste anges" in line)


def _plausible_type(tokens: list[str], i: int, known: frozenset[str]) -> int:
    """How many tokens ending at index ``i`` form a type name (0: none)."""
    if i >= 2 and tokens[i - 2] == "Collection" and tokens[i - 1] == "of":
        return 3
    for p in _MULTIWORD:
        n = len(p.split())
        if i + 1 >= n and " ".join(tokens[i - n + 1 : i + 1]) == p:
            return n
    word = tokens[i]
    if word in PRIMITIVES or word in known:
        return 1
    return 0


def _space_row(line: str, known: frozenset[str], strict: bool = False) -> Row | None:
    """A space-separated row; ``strict``: only if its type is a known name or a simple type."""
    tokens = line.split()
    if len(tokens) < 2 or not IDENT.fullmatch(tokens[0]):
        return None
    name, rest = tokens[0], tokens[1:]
    # 1. a type known by name, rightmost (what follows it is the Information cell)
    for i in range(len(rest) - 1, -1, -1):
        n = _plausible_type(rest, i, known)
        if n:
            return Row(
                name=name,
                description=" ".join(rest[: i - n + 1]),
                type=" ".join(rest[i - n + 1 : i + 1]),
                info=" ".join(rest[i + 1 :]),
            )
    if strict:
        return None
    # 2. an unknown type: strip a recognisable Information cell, take the last word
    text = " ".join(rest)
    info = ""
    m = re.search(r"(?:\s|^)((?:\S+\s+)?måste\s+vara\s+mellan\s+\d+\s+och\s+\d+\s+tecken)$", text)
    if m:
        info, text = m.group(1), text[: m.start(1)].strip()
    m = re.search(r"(?:\s|^)(Krävs|\S+\s+krävs)$", text)
    if m:
        info, text = (m.group(1) + " " + info).strip(), text[: m.start(1)].strip()
    words = text.split()
    if not words:
        return None
    for i in range(len(words) - 1, -1, -1):
        if TYPE_NAME.fullmatch(words[i]) and len(words[i]) >= 3:
            return Row(
                name=name,
                description=" ".join(words[:i]),
                type=words[i],
                info=(" ".join(words[i + 1 :]) + " " + info).strip(),
            )
    return Row(name=name, description=" ".join(words[:-1]), type=words[-1], info=info)


def _join_wrapped_pipe_rows(lines: list[str]) -> list[str]:
    """A pipe row whose description the scrape wrapped ("Name | start of text" + "rest | Type |") in one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if "|" in s and not PIPE_HEADER.match(s):
            cells, closed = pipe_cells(s)
            if len(cells) == 2 and not closed and IDENT.fullmatch(cells[0]):
                joined = s
                for k in range(i + 1, min(i + 4, len(lines))):
                    joined += " " + lines[k].strip()
                    if is_pipe_row(joined):
                        out.append(joined)
                        i = k + 1
                        break
                else:
                    out.append(lines[i])
                    i += 1
                continue
        out.append(lines[i])
        i += 1
    return out


def read_tables(lines: list[str], known: frozenset[str]) -> list[Table]:
    """Every table in the page's lines (samples already cut out), in order; ``known`` type names help split
    a space-separated row."""
    tables: list[Table] = []
    current: Table | None = None
    pending: Row | None = None  # a pipe row whose Information cell may follow on the next line
    space = False
    lines = _join_wrapped_pipe_rows(lines)
    n = -1
    while n + 1 < len(lines):
        n += 1
        s = lines[n].strip()
        if PIPE_HEADER.match(s) or SPACE_HEADER.match(s):
            current, pending, space = None, None, bool(SPACE_HEADER.match(s))
            tables.append(Table(rows=[], line=n + 1, shape="space" if space else "pipe"))
            current = tables[-1]
            continue
        if not s:
            pending = None
            if not space:
                current = None
            continue
        if is_pipe_row(s):
            cells, closed = pipe_cells(s)
            if current is None or current.shape != "pipe":
                tables.append(Table(rows=[], line=n, shape="pipe"))
                current = tables[-1]
            space = False
            row = Row(name=cells[0], description=cells[1], type=" ".join(cells[2].split()), line=n)
            if len(cells) >= 4:
                row.info = " ".join(" ".join(cells[3:]).split())
                pending = None
            else:
                pending = row
            current.rows.append(row)
            continue
        if pending is not None and current is not None and current.shape == "pipe":
            cells, closed = pipe_cells(s)
            if (closed and len(cells) == 1) or _looks_like_info(s):
                pending.info = " ".join(cells[0].split()) if closed and len(cells) == 1 else s
                pending = None
                continue
        pending = None
        if space and current is not None and s not in MARKERS and not TYPE_NAME.fullmatch(s):
            srow: Row | None = _space_row(s, known, strict=True)
            if srow is None:  # a row the scrape wrapped onto the next line?
                nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
                if nxt and nxt not in MARKERS and not PIPE_HEADER.match(nxt) and not SPACE_HEADER.match(nxt):
                    srow = _space_row(s + " " + nxt, known, strict=True)
                    if srow is not None:
                        n += 1
            if srow is None:
                srow = _space_row(s, known)
            if srow is not None:
                srow.line = n
                current.rows.append(srow)
                continue
        current, space = None, False
    return [t for t in tables if t.rows]
