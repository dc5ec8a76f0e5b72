"""What the comparison found: one ``Item`` per difference, the ``Report`` over them, small text helpers."""

from __future__ import annotations

import dataclasses
import pathlib
import re
from typing import Any

from .page import Row

ROOT = pathlib.Path(__file__).resolve().parents[2]  # the repository
CONFIG = ROOT / "pyproject.toml"


def configured_docs(config: pathlib.Path | None = None) -> str | None:
    """Where the pages are read from when ``--docs`` is not given: ``docs`` under ``[tool.vitec-connect]``
    in the project's pyproject.toml (a folder, relative to that file, or a site's base URL)."""
    config = config or CONFIG
    if not config.is_file():
        return None
    text = config.read_text(encoding="utf-8")
    try:
        import tomllib
    except ImportError:  # Python 3.10: the one key, read by its line
        section = re.search(r"^\[tool\.vitec-connect\]\s*$(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
        found = re.search(r'^docs\s*=\s*"([^"]*)"', section.group(1), re.MULTILINE) if section else None
        value = found.group(1) if found else None
    else:
        value = tomllib.loads(text).get("tool", {}).get("vitec-connect", {}).get("docs")
    if not value:
        return None
    return str(value) if str(value).startswith(("http://", "https://")) else str(config.parent / str(value))


XSI = "http://www.w3.org/2001/XMLSchema-instance"
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?")
_KIND_LABEL = {"string": "string", "datetime": "date", "int": "integer", "boolean": "boolean"}

Target = tuple[Any, ...]  # ("object", comp) | ("enum", comp) | ("list", Target) | ("scalar", kind)


@dataclasses.dataclass
class Item:
    """One difference between the pages and the spec."""

    group: str  # "GET /CRM/Lead/{customerId}/Incoming/{id}" or "type existing_lead.IncomingLead"
    change: str  # "added" | "removed" | "changed"
    what: str  # "field", "enum member", "length limit", "parameter", "XML namespace", "round trip", ...
    name: str
    old: Any = None
    new: Any = None
    detail: str = ""
    evidence: list[str] = dataclasses.field(default_factory=list)
    page: str = ""
    update: dict[str, Any] | None = None  # what --update writes (simple cases only)

    def text(self) -> list[str]:
        sign = {"added": "+", "removed": "-", "changed": "~"}[self.change]
        head = f"{sign} {self.what} {self.name}"
        if self.change == "changed":
            head += f": {_show(self.old)} → {_show(self.new)}"
        elif self.change == "added" and isinstance(self.new, dict) and "summary" in self.new:
            head += f": {self.new['summary']}" if self.new["summary"] else ""
        elif self.change == "added" and self.new not in (None, "", {}):
            head += f": {_show(self.new)}"
        elif self.change == "removed" and self.old not in (None, ""):
            head += f" (was {_show(self.old)})"
        if self.update:
            head += "   [--update applies this]"
        out = [head]
        out += [f"    {line}" for line in self.detail.splitlines() if line.strip()]
        if self.evidence:
            shown = sorted(set(self.evidence))
            more = f" (+{len(shown) - 4} more)" if len(shown) > 4 else ""
            out.append(f"    seen in: {'; '.join(shown[:4])}{more}")
        return out


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "required" if value else "optional"
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


@dataclasses.dataclass
class Report:
    docs: str | pathlib.Path
    spec_dir: pathlib.Path
    pages: list[dict[str, Any]]
    items: list[Item]
    checked: dict[str, int]
    #: "METHOD /path" of the spec's operations no page of a partial set speaks of: not drift
    uncovered: list[str] = dataclasses.field(default_factory=list)

    @property
    def drift(self) -> bool:
        return bool(self.items)

    def to_json(self) -> dict[str, Any]:
        return {
            "docs": str(self.docs),
            "spec": str(self.spec_dir),
            "drift": self.drift,
            "checked": self.checked,
            "pages": self.pages,
            "items": [dataclasses.asdict(i) for i in self.items],
            "not_covered": self.uncovered,
        }

    def text(self) -> str:
        out = [f"Vitec's pages ({self.docs}) vs the spec ({self.spec_dir})"]
        c = self.checked
        out.append(
            f"checked: {c['pages']} page(s), {c['endpoints']} endpoint(s), {c['tables']} table(s) "
            f"({c['rows']} rows), {c['samples']} sample(s) ({c['round_trips']} round trips)"
        )
        if self.uncovered:
            out.append(
                f"not covered by these pages: {len(self.uncovered)} operation(s) of the spec that no page here "
                "documents and none ever did (give the whole set, such as the site, to check them)"
            )
        if not self.items:
            out.append("no drift: the pages and the spec agree")
            return "\n".join(out) + "\n"
        groups: dict[str, list[Item]] = {}
        for item in self.items:
            groups.setdefault(item.group, []).append(item)
        endpoints = [g for g in groups if not g.startswith("type ") and not g.startswith("page ")]
        others = sorted(g for g in groups if g not in endpoints)
        for g in endpoints + others:
            page = next((i.page for i in groups[g] if i.page), "")
            out.append("")
            out.append(f"{g}" + (f"   ({page})" if page and g.split()[0] != "page" else ""))
            for item in groups[g]:
                out += [f"  {line}" for line in item.text()]
        simple = sum(1 for i in self.items if i.update)
        out.append("")
        out.append(
            f"DRIFT: {len(self.items)} difference(s) in {len(groups)} endpoint(s)/type(s); "
            f"{simple} can be applied with --update"
        )
        return "\n".join(out) + "\n"


def _row_text(r: Row) -> str:
    bits = [r.type]
    if r.required:
        bits.append("required")
    if r.max_length is not None:
        bits.append(f"at most {r.max_length} characters")
    return f"{r.name} ({', '.join(bits)})"


def _json_kind(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "date" if _TIMESTAMP.fullmatch(v) else "string"
    if isinstance(v, list):
        return "list"
    return "object"


def _text_kind(text: str) -> str:
    if text in ("true", "false"):
        return "boolean"
    if re.fullmatch(r"-?\d+", text):
        return "integer"
    if _TIMESTAMP.fullmatch(text):
        return "date"
    return "string"


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]
