"""Read Vitec's documentation pages (scraped to text, Swedish) into a small structured picture.

One page per endpoint (see ``../shared/vitec-docs/README.md``). The scrape is imperfect, so nothing here
relies on layout more than it has to:

- the route line (``GET CRM/Contact/{customerId}/{contactId}``) may sit anywhere, with the summary after it
  on the same line or on the next one;
- tables come in two shapes: ``Namn | Beskrivning | Typ | Information |`` pipe rows (the Information cell
  often wrapped onto the next line) and ``NamnBeskrivningTypInformation`` followed by space-separated rows;
  tables may be split, repeated, out of order or separated from their heading; a table of URI/query
  parameters is told from a type's table by its camelCase names (members are PascalCase);
- sample bodies (JSON and DataContract XML) are cut out verbatim before anything else is read, so code
  examples and samples interleaved with the tables do not disturb them.

The page is read without the spec; checker.py decides which table documents which type. This module reads
the route, the summary, the body and response types and the tables' headings; cut.py cuts the samples out,
tables.py reads the tables' rows, enum_tables.py a model page's enumerations, page.py holds what they read.
"""

from __future__ import annotations

import re
import urllib.parse

from .cut import cut_samples
from .enum_tables import take_enum_tables
from .page import PRIMITIVES, Page, Row, Sample, Table
from .tables import MARKERS, PIPE_HEADER, SPACE_HEADER, TYPE_NAME, is_pipe_row, read_tables

__all__ = ["MARKERS", "PRIMITIVES", "Page", "Row", "Sample", "Table", "parse_page"]

_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
_ROUTE = re.compile(rf"^({'|'.join(_METHODS)})\s+/?([A-Za-z][^\s:]*)(?:\s+(.*))?$")


def _type_at_end(text: str, summary: str) -> str | None:
    text = " ".join(text.split())
    if not text or text == " ".join(summary.split()):
        return None
    m = re.search(r"Collection of ([A-Za-z_]\w*)$", text)
    if m:
        return f"Collection of {m.group(1)}"
    last = text.split()[-1]
    if last in PRIMITIVES or TYPE_NAME.fullmatch(last):
        return last
    return None


def parse_page(text: str, file: str = "", known_types: frozenset[str] = frozenset()) -> Page:
    """Read one page. ``known_types`` (type names the reader may expect) only helps split space-separated
    table rows whose Information cell is free text."""
    page = Page(file=file)
    page.samples, spans = cut_samples(text)
    for s in page.samples:
        if s.error:
            page.problems.append(s.error)
    # everything but the samples
    rest, last = [], 0
    for a, b in sorted(spans):
        rest.append(text[last:a])
        rest.append("\n")
        last = b
    rest.append(text[last:])
    body = "".join(rest)

    for url in re.findall(r"https?://[^\s\"'`]+", body):
        for k, v in urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query):
            page.query_values.setdefault(k, set()).add(v)

    for marker in (*MARKERS, "NamnBeskrivningTypInformation"):
        body = body.replace(marker, f"\n{marker}\n")
    lines = take_enum_tables([line.strip() for line in body.splitlines()], page)

    # the route and the summary
    for i, line in enumerate(lines):
        m = _ROUTE.match(line)
        if m:
            # HelpPage writes query parameters into the route (Report?customerId={customerId}&...)
            page.method, page.route = m.group(1), m.group(2).split("?", 1)[0]
            page.summary = (m.group(3) or "").strip()
            if not page.summary:
                following: list[str] = []
                for nxt in lines[i + 1 :]:
                    if not nxt or nxt in MARKERS:
                        if following:
                            break
                        continue
                    following.append(nxt)
                page.summary = " ".join(following)
            break
    if page.route is None:
        page.problems.append("no route line (METHOD path) found")

    # body and response sections: the text between their heading and the next heading or table
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        if line in MARKERS or PIPE_HEADER.match(line) or SPACE_HEADER.match(line) or is_pipe_row(line):
            current = {"Body Parameters": "body", "Resource Description": "response"}.get(line)
            if current:
                sections.setdefault(current, [])
            continue
        if current and line:
            sections[current].append(line)
    page.body_type = _type_at_end(" ".join(sections.get("body", [])), "")
    page.response_type = _type_at_end(" ".join(sections.get("response", [])), page.summary)

    # type names written on a line of their own (a table's heading, wherever the scrape put it)
    label_lines: list[tuple[int, str]] = []
    for n, line in enumerate(lines):
        if TYPE_NAME.fullmatch(line) and line not in MARKERS and line not in _METHODS and not SPACE_HEADER.match(line):
            label_lines.append((n, line))
    page.labels = [name for _, name in label_lines]

    known = frozenset(known_types) | {t.split()[-1] for t in (page.body_type, page.response_type) if t}
    page.tables = read_tables(lines, known | set(page.labels))
    # a type table's label: the last type name written since the previous type table
    previous = -1
    for t in page.tables:
        if t.is_params:
            continue
        names = [name for n, name in label_lines if previous < n < t.line]
        t.label = names[-1] if names else None
        previous = t.rows[-1].line
    return page
