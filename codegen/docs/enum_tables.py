"""A model page's enumeration table: ``| Namn | Värde | Beskrivning |`` (HelpPage's "Möjliga uppräkningsvärden").

Read before any member table (``parse.parse_page`` calls it first), so its rows are not taken for members.
"""

from __future__ import annotations

import re

from .page import Page
from .tables import IDENT, MARKERS, TYPE_NAME, pipe_cells

_ENUM_HEADER = re.compile(r"^\|\s*(Namn|Name)\s*\|\s*(Värde|Value)\s*\|\s*(Beskrivning|Description)\s*\|?$")


def take_enum_tables(lines: list[str], page: Page) -> list[str]:
    """Take a model page's enumeration tables (``| Namn | Värde | Beskrivning |``) into ``page.enums`` under
    the type name written before them; the lines are blanked so no member table reads them."""
    out = list(lines)
    label = None
    n = 0
    while n < len(out):
        s = out[n]
        if TYPE_NAME.fullmatch(s) and s not in MARKERS:
            label = s
        if _ENUM_HEADER.match(s):
            out[n] = ""
            names: list[str] = []
            n += 1
            while n < len(out) and out[n].startswith("|") and IDENT.fullmatch(pipe_cells(out[n])[0][0]):
                names.append(pipe_cells(out[n])[0][0])
                out[n] = ""
                n += 1
            if label:
                page.enums.setdefault(label, []).extend(v for v in names if v)
            continue
        n += 1
    return out
