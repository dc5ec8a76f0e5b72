"""Batching and windowing rules the pages state only in prose, read where the wording allows.

Recognised (Swedish, as Vitec writes them):

- "max 20 stycken" / "högst 20 st" in a parameter's description, the parameter comma-separated
  ("kommaseparerade"): ``x-max-items: 20`` and ``x-separator: ","`` on that parameter;
- "(datum)intervallet får inte överstiga två månader" (or N dagar / veckor) on an operation with two
  date parameters (``dateFrom``/``dateTo``, ``from``/``to``...): ``x-max-date-range`` on the operation.

Any other sentence that reads like a limit ("max", "högst", "får inte", "maximalt", "minst") is listed
for a person (``Api.unread_rules``, shown in COVERAGE.md): the importer does not guess at it.
"""

from __future__ import annotations

import re
from typing import Any

from .model import Api

NUMBERS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
           "tio": 10, "elva": 11, "tolv": 12}  # fmt: skip
_N = r"(\d+|" + "|".join(NUMBERS) + r")"
_MAX_ITEMS = re.compile(rf"\b(?:max|högst|maximalt)\s+{_N}\s*(?:stycken|st)\b", re.IGNORECASE)
_RANGE = re.compile(rf"intervall\w*\s+får\s+inte\s+överstiga\s+{_N}\s+(månad|månader|dag|dagar|vecka|veckor)\b",
                    re.IGNORECASE)  # fmt: skip
_LIMITISH = re.compile(r"\b(max|högst|maximalt|minst|får inte|överstiga)\b", re.IGNORECASE)
_UNITS = {"månad": "months", "månader": "months", "dag": "days", "dagar": "days", "vecka": "weeks", "veckor": "weeks"}
_DATE_PAIRS = (("dateFrom", "dateTo"), ("from", "to"), ("fromDate", "toDate"), ("startDate", "endDate"))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|,\s+(?=[a-zåäö])", text) if s.strip()]


def read(op: dict[str, Any], summary: str, api: Api, where: str) -> None:
    """Read the rules of one operation (its summary and parameter descriptions) into ``op``; note what is
    left for a person in ``api``."""
    read_texts: set[str] = set()
    for param in op.get("parameters", []):
        text = param.get("description", "")
        m = _MAX_ITEMS.search(text)
        if m:
            param["x-max-items"] = _number(m.group(1))
            if "kommasepar" in text.lower():
                param["x-separator"] = ","
            api.rules.append((where, f"{param['name']}: x-max-items {param['x-max-items']} ({m.group(0)!r})"))
            read_texts.add(m.group(0).lower())
    names = {p["name"] for p in op.get("parameters", [])}
    for sentence in _sentences(summary):
        m = _RANGE.search(sentence)
        pair = next(((a, b) for a, b in _DATE_PAIRS if a in names and b in names), None)
        if m and pair and _UNITS[m.group(2).lower()] == "months":  # spec/ states windows in months
            op["x-max-date-range"] = {"from": pair[0], "to": pair[1], _UNITS[m.group(2).lower()]: _number(m.group(1))}
            api.rules.append((where, f"x-max-date-range {pair[0]}..{pair[1]} ({m.group(0)!r})"))
            continue
        items = _MAX_ITEMS.search(sentence)
        if items and items.group(0).lower() in read_texts:
            continue  # the same limit, said of the parameter that carries it
        if _LIMITISH.search(sentence):
            api.unread_rules.append((where, sentence))
    for param in op.get("parameters", []):
        text = param.get("description", "")
        if _LIMITISH.search(text) and "x-max-items" not in param:
            api.unread_rules.append((where, f"{param['name']}: {text}"))
