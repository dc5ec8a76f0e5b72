"""What a documentation page says, as read (``parse.parse_page`` fills it): its tables' rows, its sample
bodies, its route and types. Plain data; the readers are parse.py, tables.py and cut.py.
"""

from __future__ import annotations

import dataclasses
import re

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
#: an Information cell's length rule ("X måste vara mellan 0 och 50 tecken") and its "required" word
LENGTH = re.compile(r"(?:(\S+)\s+)?måste\s+vara\s+mellan\s+(\d+)\s+och\s+(\d+)\s+tecken")
REQUIRED_WORD = re.compile(r"\bkrävs\b", re.IGNORECASE)


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
            m = LENGTH.search(sentence)
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
        return " ".join(s for s in self._sentences() if not LENGTH.search(s))

    @property
    def required(self) -> bool:
        """ "Krävs" / "X krävs", or "... måste anges" (not a conditional "Om ... måste ...")."""
        if REQUIRED_WORD.search(self.info):
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
