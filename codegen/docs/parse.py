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

The page is read without the spec; checker.py decides which table documents which type.
"""

from __future__ import annotations

import dataclasses
import json
import re
import urllib.parse

from lxml import etree

#: The help pages' names for simple types -> the spec's member kinds.
PRIMITIVES = {
    "string": "string",
    "boolean": "boolean",
    "date": "datetime",
    "integer": "int",
    "decimal number": "decimal",
    "globally unique identifier": "guid",
    "byte": "int",
}
_MULTIWORD = sorted((p for p in PRIMITIVES if " " in p), key=len, reverse=True)

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
_METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
_ROUTE = re.compile(rf"^({'|'.join(_METHODS)})\s+/?([A-Za-z][^\s:]*)(?:\s+(.*))?$")
_PIPE_HEADER = re.compile(r"^\|?\s*Namn\s*\|\s*Beskrivning\s*\|\s*Typ\s*\|\s*Information\s*\|?\s*$")
_SPACE_HEADER = re.compile(r"^Namn\s*Beskrivning\s*Typ\s*Information$")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TYPE_NAME = re.compile(r"[A-Z][A-Za-z0-9_]*")
_LENGTH = re.compile(r"(?:(\S+)\s+)?måste\s+vara\s+mellan\s+(\d+)\s+och\s+(\d+)\s+tecken")
_REQUIRED_WORD = re.compile(r"\bkrävs\b", re.IGNORECASE)


@dataclasses.dataclass
class Row:
    """One table row: a parameter or a member."""

    name: str
    description: str
    type: str  # as the page writes it: "string", "Collection of CrmLead", "LeadReceiver"
    info: str = ""
    line: int = 0

    @property
    def is_list(self) -> bool:
        return self.type.startswith("Collection of ")

    @property
    def type_name(self) -> str:
        """The item type of a list, else the type."""
        return self.type[len("Collection of ") :] if self.is_list else self.type

    def _sentences(self) -> list[str]:
        """The Information cell's sentences ("Kund-id krävs Kund-id måste vara ..." is two)."""
        parts = re.split(r"(?<=krävs)\s+|(?<=Krävs)\s+|(?<=\.)\s+|(?<=tecken)\s+", self.info)
        return [p.strip() for p in parts if p.strip()]

    @property
    def length(self) -> tuple[int, int, str] | None:
        """(min, max, message) from "X måste vara mellan 0 och N tecken"."""
        for sentence in self._sentences():
            m = _LENGTH.search(sentence)
            if m:
                return int(m.group(2)), int(m.group(3)), sentence
        return None

    @property
    def max_length(self) -> int | None:
        length = self.length
        return length[1] if length else None

    @property
    def length_message(self) -> str | None:
        length = self.length
        return length[2] if length else None

    def _rest(self) -> str:
        """The Information cell without its length sentence."""
        return " ".join(s for s in self._sentences() if not _LENGTH.search(s))

    @property
    def required(self) -> bool:
        """ "Krävs" / "X krävs", or "... måste anges" (not a conditional "Om ... måste ...")."""
        if _REQUIRED_WORD.search(self.info):
            return True
        rest = self._rest()
        return "måste anges" in rest and not rest.lower().startswith("om ")

    @property
    def required_message(self) -> str | None:
        rest = self._rest()
        if not self.required or not rest or rest.lower() == "krävs":
            return None
        return rest


@dataclasses.dataclass
class Table:
    rows: list[Row]
    line: int  # line of the first row (in the normalised text)
    label: str | None = None  # the type name written just before the table, if any
    shape: str = "pipe"  # "pipe" | "space"

    @property
    def is_params(self) -> bool:
        """URI/query parameters are camelCase; a type's members are PascalCase."""
        lower = sum(1 for r in self.rows if r.name[:1].islower())
        return lower * 2 > len(self.rows)


@dataclasses.dataclass
class Sample:
    fmt: str  # "json" | "xml"
    text: str  # verbatim from the page
    offset: int  # where it starts in the page
    value: object = None  # parsed JSON
    root: str | None = None  # XML root element's local name
    root_ns: str | None = None
    error: str | None = None  # it could not be parsed


@dataclasses.dataclass
class Page:
    file: str
    method: str | None = None
    route: str | None = None  # without a leading "/", as the page writes it
    summary: str = ""
    body_type: str | None = None  # "PublicAdvertisingPersonLead" or "Collection of X"
    response_type: str | None = None  # "IncomingLead", "Collection of CrmContactLead", "string"
    tables: list[Table] = dataclasses.field(default_factory=list)
    labels: list[str] = dataclasses.field(default_factory=list)
    samples: list[Sample] = dataclasses.field(default_factory=list)
    query_values: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    problems: list[str] = dataclasses.field(default_factory=list)
    #: enumeration members a model page lists ("Möjliga uppräkningsvärden": Namn | Värde | Beskrivning)
    enums: dict[str, list[str]] = dataclasses.field(default_factory=dict)

    @property
    def params(self) -> list[Row]:
        """Every parameter row, first definition of each name (tables may repeat)."""
        seen: dict[str, Row] = {}
        for t in self.tables:
            if t.is_params:
                for r in t.rows:
                    seen.setdefault(r.name, r)
        return list(seen.values())

    @property
    def type_tables(self) -> list[Table]:
        return [t for t in self.tables if not t.is_params]

    def param_location(self, name: str) -> str:
        return "path" if self.route and "{" + name + "}" in self.route else "query"


# ---------------------------------------------------------------------------------------------------
# samples


def _xml_end(text: str, start: int) -> int | None:
    """End offset of the element starting at ``start`` (tags counted, comments and PIs ignored)."""
    depth = 0
    for m in re.finditer(r"<(/?)([A-Za-z_][\w.\-:]*)(?:\s[^<>]*?)?(/?)>", text[start:]):
        closing, _, selfclosing = m.groups()
        if closing:
            depth -= 1
        elif not selfclosing:
            depth += 1
        if depth == 0:
            return start + m.end()
    return None


def _extract_samples(text: str) -> tuple[list[Sample], list[tuple[int, int]]]:
    samples: list[Sample] = []
    spans: list[tuple[int, int]] = []

    def taken(pos: int) -> bool:
        return any(a <= pos < b for a, b in spans)

    # DataContract XML: a root element declaring a default namespace
    for m in re.finditer(r"<([A-Za-z_][\w.\-]*)\s[^<>]*\bxmlns=\"[^\"]*\"[^<>]*>", text):
        if taken(m.start()):
            continue
        end = _xml_end(text, m.start())
        if end is None:
            continue
        body = text[m.start() : end]
        sample = Sample(fmt="xml", text=body, offset=m.start())
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            root = etree.fromstring(body.encode("utf-8"), parser)
            q = etree.QName(root)
            sample.root, sample.root_ns = q.localname, q.namespace
        except etree.XMLSyntaxError as e:
            sample.error = f"XML sample does not parse: {e}"
        samples.append(sample)
        spans.append((m.start(), end))

    # JSON: a value starting a line and ending one
    decoder = json.JSONDecoder()
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos + (len(line) - len(line.lstrip()))
        pos += len(line)
        if not line.strip() or line.lstrip()[0] not in '{["' or taken(start):
            continue
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            continue
        tail_end = text.find("\n", end)
        tail = text[end : len(text) if tail_end < 0 else tail_end]
        if tail.strip():
            continue
        if isinstance(value, str) and "\n" in text[start:end]:
            continue
        samples.append(Sample(fmt="json", text=text[start:end], offset=start, value=value))
        spans.append((start, end))
    samples.sort(key=lambda s: s.offset)
    return samples, spans


# ---------------------------------------------------------------------------------------------------
# tables


def _pipe_cells(line: str) -> tuple[list[str], bool]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    closed = s.endswith("|")
    if closed:
        s = s[:-1]
    return [c.strip() for c in s.split("|")], closed


def _is_pipe_row(line: str) -> bool:
    if "|" not in line:
        return False
    cells, _ = _pipe_cells(line)
    return len(cells) >= 3 and bool(_IDENT.fullmatch(cells[0])) and bool(cells[2])


def _looks_like_info(line: str) -> bool:
    return bool(_LENGTH.search(line) or _REQUIRED_WORD.search(line) or "måste anges" in line)


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
    if len(tokens) < 2 or not _IDENT.fullmatch(tokens[0]):
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
        if _TYPE_NAME.fullmatch(words[i]) and len(words[i]) >= 3:
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
        if "|" in s and not _PIPE_HEADER.match(s):
            cells, closed = _pipe_cells(s)
            if len(cells) == 2 and not closed and _IDENT.fullmatch(cells[0]):
                joined = s
                for k in range(i + 1, min(i + 4, len(lines))):
                    joined += " " + lines[k].strip()
                    if _is_pipe_row(joined):
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


def _tables(lines: list[str], known: frozenset[str]) -> list[Table]:
    tables: list[Table] = []
    current: Table | None = None
    pending: Row | None = None  # a pipe row whose Information cell may follow on the next line
    space = False
    lines = _join_wrapped_pipe_rows(lines)
    n = -1
    while n + 1 < len(lines):
        n += 1
        s = lines[n].strip()
        if _PIPE_HEADER.match(s) or _SPACE_HEADER.match(s):
            current, pending, space = None, None, bool(_SPACE_HEADER.match(s))
            tables.append(Table(rows=[], line=n + 1, shape="space" if space else "pipe"))
            current = tables[-1]
            continue
        if not s:
            pending = None
            if not space:
                current = None
            continue
        if _is_pipe_row(s):
            cells, closed = _pipe_cells(s)
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
            cells, closed = _pipe_cells(s)
            if (closed and len(cells) == 1) or _looks_like_info(s):
                pending.info = " ".join(cells[0].split()) if closed and len(cells) == 1 else s
                pending = None
                continue
        pending = None
        if space and current is not None and s not in MARKERS and not _TYPE_NAME.fullmatch(s):
            srow: Row | None = _space_row(s, known, strict=True)
            if srow is None:  # a row the scrape wrapped onto the next line?
                nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
                if nxt and nxt not in MARKERS and not _PIPE_HEADER.match(nxt) and not _SPACE_HEADER.match(nxt):
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


# ---------------------------------------------------------------------------------------------------
# the page


def _type_at_end(text: str, summary: str) -> str | None:
    text = " ".join(text.split())
    if not text or text == " ".join(summary.split()):
        return None
    m = re.search(r"Collection of ([A-Za-z_]\w*)$", text)
    if m:
        return f"Collection of {m.group(1)}"
    last = text.split()[-1]
    if last in PRIMITIVES or _TYPE_NAME.fullmatch(last):
        return last
    return None


def parse_page(text: str, file: str = "", known_types: frozenset[str] = frozenset()) -> Page:
    """Read one page. ``known_types`` (type names the reader may expect) only helps split space-separated
    table rows whose Information cell is free text."""
    page = Page(file=file)
    page.samples, spans = _extract_samples(text)
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
    from .enum_tables import take_enum_tables  # model pages' enumeration tables, before any member table

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
        if line in MARKERS or _PIPE_HEADER.match(line) or _SPACE_HEADER.match(line) or _is_pipe_row(line):
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
        if (
            _TYPE_NAME.fullmatch(line)
            and line not in MARKERS
            and line not in _METHODS
            and not _SPACE_HEADER.match(line)
        ):
            label_lines.append((n, line))
    page.labels = [name for _, name in label_lines]

    known = frozenset(known_types) | {t.split()[-1] for t in (page.body_type, page.response_type) if t}
    page.tables = _tables(lines, known | set(page.labels))
    # a type table's label: the last type name written since the previous type table
    previous = -1
    for t in page.tables:
        if t.is_params:
            continue
        names = [name for n, name in label_lines if previous < n < t.line]
        t.label = names[-1] if names else None
        previous = t.rows[-1].line
    return page
