"""When Vitec's documentation changes: see exactly what changed, regenerate, and know what breaks.

``python -m codegen.docs_diff [--docs DIR] [--spec DIR] [--out DIR] [--json] [--update]``

Reads every page in ``--docs`` (default ``../shared/vitec-docs`` beside the repository) and compares it
with ``--spec`` (default ``spec/``) and the code generated from it (``--out``, default ``generated/``):

- endpoints: method and route (a page is matched to an operation by route, else by ``x-doc-page``), the
  body and response types, every URI/query parameter (name, location, type, required);
- every type whose table is on a page: its members (name, type, list-ness, length limit, required,
  Vitec's messages). A table is matched to the type, among those the endpoint reaches, whose members it
  shares most (the scrape moves tables away from their headings);
- every sample body (JSON and XML), walked with the spec: members the spec lacks, enum members,
  the XML namespaces and element order; whether it still decodes in strict mode and re-encodes
  identically with the generated code; whether it still equals its copy in ``spec/samples/``.

What the spec decides on purpose is not drift: a member a table omits but a sample shows
(``CrmContact.email``), a member the tables list under each subtype that the spec keeps on the base
(``type``), enum members marked ``x-inferred``, type names the pages never show.

Exit status: 0 the pages and the spec agree; 1 they drift; 2 the check itself failed.

``--update`` applies the simple cases (a new optional member, a new enum member, a changed length limit
or length message) to openapi.yaml and the matching XSD, checks their consistency, regenerates
``--out``, copies the page's samples to ``spec/samples/`` where the regenerated code round-trips them,
says what the change means for callers (additions only, or breaking: read from the generated models),
and appends it to ``CHANGELOG.md`` beside the spec folder, under "Unreleased".
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import dataclasses
import importlib
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from typing import Any

from lxml import etree

from . import consistency, docs_parse
from .docs_parse import PRIMITIVES, Page, Row, Sample, Table
from .naming import snake
from .spec import ARRAYS_NS, SERIALIZATION_NS, Member, Operation, Spec, load, type_qname

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_DOCS = ROOT.parent / "shared" / "vitec-docs"
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
    docs: pathlib.Path
    spec_dir: pathlib.Path
    pages: list[dict[str, Any]]
    items: list[Item]
    checked: dict[str, int]

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
        }

    def text(self) -> str:
        out = [f"Vitec's pages ({self.docs}) vs the spec ({self.spec_dir})"]
        c = self.checked
        out.append(
            f"checked: {c['pages']} page(s), {c['endpoints']} endpoint(s), {c['tables']} table(s) "
            f"({c['rows']} rows), {c['samples']} sample(s) ({c['round_trips']} round trips)"
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


# ---------------------------------------------------------------------------------------------------
# comparing


class Checker:
    """Compares the pages with one spec; ``run()`` returns the differences (round trips are run after)."""

    def __init__(self, spec: Spec, pages: list[Page]) -> None:
        self.spec = spec
        self.api = spec.openapi
        self.pages = pages
        self.items: list[Item] = []
        self.member_evidence: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.instances: set[str] = set()
        self.added: dict[tuple[str, str], dict[str, Any]] = {}
        self.enum_seen: dict[str, dict[str, list[str]]] = defaultdict(dict)
        self.observed: dict[tuple[str, str], dict[str, dict[Any, list[str]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(list))
        )
        self.ns_changes: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.order_issues: dict[str, list[str]] = defaultdict(list)
        self.kind_issues: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.jobs: list[dict[str, Any]] = []
        self.matched: list[tuple[Page, Operation]] = []
        self.page_samples: dict[str, tuple[Page, Sample]] = {}  # spec sample name -> page sample
        self.checked = {"pages": len(pages), "endpoints": 0, "tables": 0, "rows": 0, "samples": 0, "round_trips": 0}
        self._members: dict[str, list[tuple[str, Member]]] = {}

    # --- spec helpers -------------------------------------------------------------------------------

    def members(self, comp: str) -> list[tuple[str, Member]]:
        """(owner, member) including inherited ones, base first."""
        if comp not in self._members:
            t = self.api.type(comp)
            inherited = self.members(t.base) if t.base else []
            self._members[comp] = inherited + [(comp, m) for m in t.members]
        return self._members[comp]

    def chain(self, comp: str) -> list[str]:
        out = []
        c: str | None = comp
        while c:
            out.append(c)
            c = self.api.type(c).base
        return out

    def all_subtypes(self, comp: str) -> list[str]:
        out = []
        for sub in self.api.subtypes(comp):
            out += [sub, *self.all_subtypes(sub)]
        return out

    def ns(self, comp: str) -> str:
        return type_qname(self.spec, self.api.type(comp))[0]

    def xsd_order(self, comp: str) -> list[str]:
        names: list[str] = []
        for c in reversed(self.chain(comp)):
            x = self.spec.xsd.types.get(type_qname(self.spec, self.api.type(c)))
            names += [e.name for e in x.elements] if x else [m.xml_name for m in self.api.type(c).members]
        return names

    def type_label(self, m: Member) -> str:
        if m.kind == "list":
            inner = self.api.type(m.ref).name if m.ref else (m.item_kind or "?")
            return f"Collection of {inner}"
        if m.ref:
            return self.api.type(m.ref).name
        return _KIND_LABEL.get(m.kind, m.kind)

    def ref_target(self, ref: str) -> Target:
        kind = self.api.type(ref).kind
        if kind == "object":
            return ("object", ref)
        if kind == "enum":
            return ("enum", ref)
        return ("scalar", "string")

    def member_target(self, m: Member) -> Target:
        if m.kind == "list":
            return ("list", self.ref_target(m.ref) if m.ref else ("scalar", m.item_kind))
        if m.ref:
            return self.ref_target(m.ref)
        return ("scalar", m.kind)

    def reachable(self, op: Operation) -> list[str]:
        todo = [c for c in (op.body, op.response_ref, *(p.ref for p in op.params)) if c]
        seen: list[str] = []
        while todo:
            c = todo.pop(0)
            if c in seen or c not in self.api.types:
                continue
            seen.append(c)
            t = self.api.type(c)
            todo += [m.ref for m in t.members if m.ref]
            todo += self.api.subtypes(c)
            if t.base:
                todo.append(t.base)
        return seen

    def by_name(self, name: str, prefer_module: str | None = None) -> str | None:
        found = [c for c, t in self.api.types.items() if t.name == name and t.datacontract]
        if prefer_module and f"{prefer_module}.{name}" in found:
            return f"{prefer_module}.{name}"
        return found[0] if len(found) == 1 else None

    def item(self, *args: Any, **kwargs: Any) -> Item:
        it = Item(*args, **kwargs)
        if not it.page and it.evidence:
            it.page = ", ".join(self.pages_of(it.evidence))
        self.items.append(it)
        return it

    def pages_of(self, evidence: list[str]) -> list[str]:
        """The pages behind evidence strings ("table X (page)", "<sample> at <path>", "... (page)")."""
        found = set()
        for e in evidence:
            m = re.search(r"\((\S+\.txt)\)$", e)
            if m:
                found.add(m.group(1))
                continue
            sample = e.split(" at ")[0]
            if sample in self.page_samples:
                found.add(self.page_samples[sample][0].file)
        return sorted(found)

    # --- the pages ----------------------------------------------------------------------------------

    def run(self) -> list[Item]:
        ops = list(self.api.operations)
        by_route = {(op.method, op.path): op for op in ops}
        by_file = {op.doc_page: op for op in ops if op.doc_page}
        used: set[str] = set()
        for page in self.pages:
            for problem in page.problems:
                self.item(f"page {page.file}", "changed", "page", page.file, detail=problem, page=page.file)
            if page.route is None:
                continue
            group = f"{page.method} /{page.route}"
            op = by_route.get((page.method or "", "/" + page.route))
            if op is None and page.file in by_file and by_file[page.file].operation_id not in used:
                op = by_file[page.file]
                self.item(
                    group,
                    "changed",
                    "route",
                    op.operation_id,
                    old=f"{op.method} {op.path}",
                    new=f"{page.method} /{page.route}",
                    page=page.file,
                )
            if op is None:
                self.new_endpoint(page, group)
                continue
            used.add(op.operation_id)
            self.matched.append((page, op))
            self.checked["endpoints"] += 1
            self.compare_endpoint(page, op, group)
        for op in ops:
            if op.operation_id not in used:
                self.item(
                    f"{op.method} {op.path}",
                    "removed",
                    "endpoint",
                    op.operation_id,
                    detail=f"no page documents it (x-doc-page: {op.doc_page or 'none'})",
                )
        self.finish()
        return self.items

    # --- endpoints ----------------------------------------------------------------------------------

    def page_type_label(self, page_type: str | None) -> str | None:
        return " ".join(page_type.split()) if page_type else None

    def compare_endpoint(self, page: Page, op: Operation, group: str) -> None:
        f = page.file
        # parameters
        page_params = {r.name: r for r in page.params}
        spec_params = {p.name: p for p in op.params}
        for name, row in page_params.items():
            loc = page.param_location(name)
            if name not in spec_params:
                self.item(
                    group,
                    "added",
                    "parameter",
                    name,
                    new=f"{loc}, {row.type}, {'required' if row.required else 'optional'}",
                    page=f,
                )
                continue
            p = spec_params[name]
            spec_type = self.api.type(p.ref).name if p.ref else _KIND_LABEL.get(p.kind, p.kind)
            if p.location != loc:
                self.item(group, "changed", "parameter location", name, old=p.location, new=loc, page=f)
            if spec_type != row.type:
                self.item(group, "changed", "parameter type", name, old=spec_type, new=row.type, page=f)
            if p.required != row.required:
                self.item(group, "changed", "parameter required", name, old=p.required, new=row.required, page=f)
            if p.kind == "enum" and p.ref:
                for v in sorted(page.query_values.get(name, ())):
                    self.enum_seen[p.ref].setdefault(v, []).append(f"code example query ({f})")
        for name, p in spec_params.items():
            if name not in page_params:
                self.item(group, "removed", "parameter", name, old=f"{p.location}, {p.kind}", page=f)

        # body and response types
        spec_body = self.api.type(op.body).name if op.body else None
        page_body = self.page_type_label(page.body_type)
        if page_body != spec_body and (page_body or spec_body):
            self.item(group, "changed", "body type", op.operation_id, old=spec_body, new=page_body, page=f)
        if page.response_type:
            if op.response_kind == "string" or not op.response_ref:
                spec_resp = "string"
            else:
                spec_resp = ("Collection of " if op.response_kind == "list" else "") + self.api.type(
                    op.response_ref
                ).name
            if self.page_type_label(page.response_type) != spec_resp:
                self.item(
                    group, "changed", "response type", op.operation_id, old=spec_resp, new=page.response_type, page=f
                )

        # the types' tables
        reach = self.reachable(op)
        for table in page.type_tables:
            self.checked["tables"] += 1
            self.checked["rows"] += len(table.rows)
            comp = self.assign(table, page, reach)
            if comp is None:
                name = table.label or "?"
                self.item(
                    f"type {name} (not in the spec)" if name != "?" else group,
                    "added",
                    "table",
                    name,
                    new=f"{len(table.rows)} member(s): " + ", ".join(f"{r.name} ({r.type})" for r in table.rows),
                    detail="no type of this endpoint in the spec matches the table",
                    page=f,
                )
                continue
            self.compare_table(table, comp, page)

        # the samples
        by_role: dict[tuple[str, str], Sample] = {}
        for s in page.samples:
            if s.error:
                continue
            role = self.role(s, op)
            key = (role, s.fmt)
            if key in by_role:
                if _sample_data(by_role[key]) != _sample_data(s):
                    self.item(
                        group,
                        "changed",
                        "sample",
                        f"{op.operation_id}.{role}.{s.fmt}",
                        detail="the page shows two different samples for it; the first is checked",
                        page=f,
                    )
                continue
            by_role[key] = s
        samples_dir = self.spec.root / "samples"
        for (role, fmt), s in by_role.items():
            self.checked["samples"] += 1
            name = f"{op.operation_id}.{role}.{fmt}"
            self.page_samples[name] = (page, s)
            target = self.root_target(op, role)
            if fmt == "json":
                self.walk_json(s.value, target, "$", name, None)
            else:
                self.walk_xml_root(s, op, role, target, name)
            spec_file = samples_dir / name
            if not spec_file.exists():
                self.item(group, "added", "sample", name, detail=f"not in {samples_dir}", page=f)
            else:
                diffs = _sample_diff(spec_file.read_text(encoding="utf-8"), s.text, fmt)
                if diffs:
                    self.item(
                        group,
                        "changed",
                        "sample",
                        name,
                        old=f"spec/samples/{name}",
                        new="the page's sample",
                        detail="\n".join(diffs),
                        page=f,
                    )
            self.jobs.append(
                {"group": group, "page": f, "sample": name, "fmt": fmt, "text": s.text, "type": self.py_type(op, role)}
            )
        for spec_file in sorted(samples_dir.glob(f"{op.operation_id}.*")):
            if ".code-example." in spec_file.name or spec_file.name in self.page_samples:
                continue
            self.item(group, "removed", "sample", spec_file.name, detail="the page no longer shows it", page=f)

    def new_endpoint(self, page: Page, group: str) -> None:
        lines = []
        params = [
            {
                "name": r.name,
                "location": page.param_location(r.name),
                "type": r.type,
                "required": r.required,
            }
            for r in page.params
        ]
        for p in params:
            lines.append(f"parameter {p['name']}: {p['location']}, {p['type']}, {_show(p['required'])}")
        if page.body_type:
            lines.append(f"body: {page.body_type}")
        if page.response_type:
            lines.append(f"response: {page.response_type}")
        tables = []
        tops = [t.split()[-1] for t in (page.body_type, page.response_type) if t and t.split()[-1] not in PRIMITIVES]
        type_tables = page.type_tables
        for i, t in enumerate(type_tables):
            name = t.label or (tops[i] if len(tops) == len(type_tables) else (tops[0] if len(tops) == 1 else "?"))
            comp = self.by_name(name)
            tables.append(
                {
                    "type": name,
                    "in_spec": comp,
                    "rows": [
                        {"name": r.name, "type": r.type, "required": r.required, "max_length": r.max_length}
                        for r in t.rows
                    ],
                }
            )
            where = f" (in the spec as {comp})" if comp else " (not in the spec)"
            lines.append(f"type {name}{where}: " + ", ".join(_row_text(r) for r in t.rows))
        for s in page.samples:
            lines.append(f"sample: {s.fmt}" + (f" <{s.root}>" if s.root else ""))
        self.item(
            group,
            "added",
            "endpoint",
            f"{page.method} /{page.route}",
            new={
                "summary": page.summary,
                "params": params,
                "body": page.body_type,
                "response": page.response_type,
                "tables": tables,
            },
            detail="\n".join(lines),
            page=page.file,
        )

    def role(self, s: Sample, op: Operation) -> str:
        if not op.body:
            return "response"
        body = self.api.type(op.body)
        if s.fmt == "xml":
            return "request" if s.root == body.name else "response"
        if isinstance(s.value, dict) and set(s.value) & {m.json_name for _, m in self.members(op.body)}:
            return "request"
        return "response"

    def root_target(self, op: Operation, role: str) -> Target:
        if role == "request":
            assert op.body
            return ("object", op.body)
        if op.response_kind == "string":
            return ("scalar", "string")
        assert op.response_ref
        target = self.ref_target(op.response_ref)
        return ("list", target) if op.response_kind == "list" else target

    def py_type(self, op: Operation, role: str) -> dict[str, Any]:
        if role == "request":
            return {"kind": "object", "component": op.body}
        return {"kind": op.response_kind, "component": op.response_ref}

    # --- tables -------------------------------------------------------------------------------------

    def assign(self, table: Table, page: Page, reach: list[str]) -> str | None:
        """The spec type a table documents: the one holding most of its rows (then the closest fit), the
        type name written before the table, or else the endpoint's own type, breaking ties."""
        rows = {r.name.lower() for r in table.rows}
        tops = {t.split()[-1] for t in (page.body_type, page.response_type) if t}
        best, best_score = None, 0.0
        for comp in reach:
            t = self.api.type(comp)
            if t.kind != "object":
                continue
            members = self.members(comp)
            names = {m.xml_name.lower() for _, m in members} | {m.json_name.lower() for _, m in members}
            own = {m.xml_name.lower() for _, m in members}
            held = len(rows & names) / max(1, len(rows))
            score = held + 0.5 * len(rows & names) / max(1, len(rows | own))
            if table.label == t.name:
                score += 0.3
            elif table.label is None and t.name in tops:
                score += 0.2
            if held < 0.5 and table.label != t.name:
                continue
            if score > best_score:
                best, best_score = comp, score
        return best

    def compare_table(self, table: Table, comp: str, page: Page) -> None:
        t = self.api.type(comp)
        ev = f"table {t.name} ({page.file})"
        for c in self.chain(comp):
            self.instances.add(c)
        by_name: dict[str, tuple[str, Member]] = {}
        for owner, m in self.members(comp):
            by_name.setdefault(m.xml_name.lower(), (owner, m))
            by_name.setdefault(m.json_name.lower(), (owner, m))
        seen_rows: set[str] = set()
        before: list[str] = []  # own and new members so far, for where a new one goes
        for row in table.rows:
            if row.name in seen_rows:
                continue
            seen_rows.add(row.name)
            hit = by_name.get(row.name.lower())
            if hit is None:
                self.note_added(comp, xml_name=row.name, row=row, evidence=ev, json_prev=before[::-1], page=page.file)
                before.append(_lower_first(row.name))
                continue
            owner, m = hit
            if owner == comp:
                before.append(m.json_name)
            self.member_evidence[(owner, m.json_name)].add(ev)
            obs = self.observed[(owner, m.json_name)]
            obs["type"][row.type].append(ev)
            obs["required"][row.required].append(ev)
            obs["max_length"][row.max_length].append(ev)
            length = row.length
            if length:
                obs["length_message"][length[2]].append(ev)
                if length[0]:
                    obs["min_length"][length[0]].append(ev)
            if row.required_message:
                obs["required_message"][row.required_message].append(ev)

    # --- samples ------------------------------------------------------------------------------------

    def note_added(
        self,
        comp: str,
        *,
        json_name: str | None = None,
        xml_name: str | None = None,
        row: Row | None = None,
        guess: str | None = None,
        evidence: str,
        json_prev: list[str] | None = None,
        xml_prev: list[str] | None = None,
        page: str = "",
    ) -> None:
        name = json_name or xml_name or (row.name if row else "?")
        rec = self.added.setdefault(
            (comp, name.lower()),
            {
                "json_name": None,
                "xml_name": None,
                "rows": [],
                "guesses": [],
                "evidence": [],
                "json_prev": None,
                "xml_prev": None,
                "pages": [],
            },
        )
        if json_name and not rec["json_name"]:
            rec["json_name"] = json_name
            rec["json_prev"] = json_prev
        from_sample = xml_prev is not None
        if xml_name and (not rec["xml_name"] or (from_sample and rec["xml_prev"] is None)):
            rec["xml_name"] = xml_name  # a sample's element name wins over a table's row name
        if from_sample and rec["xml_prev"] is None:
            rec["xml_prev"] = xml_prev
        if row is not None:
            rec["rows"].append(row)
            if rec["json_prev"] is None and json_prev is not None:
                rec["table_prev"] = json_prev
        if guess:
            rec["guesses"].append(guess)
        if page and page not in rec["pages"]:
            rec["pages"].append(page)
        rec["evidence"].append(evidence)

    def concrete_json(self, comp: str, value: dict[str, Any]) -> str:
        t = self.api.type(comp)
        if t.discriminator and isinstance(value.get(t.discriminator), str):
            return dict(t.discriminator_mapping).get(value[t.discriminator], comp)
        return comp

    def walk_json(self, v: Any, target: Target, path: str, ev: str, where: tuple[str, Member] | None) -> None:
        if v is None:
            return
        kind = target[0]
        if kind == "object":
            if not isinstance(v, dict):
                self.kind_issue(where, _json_kind(v), f"{ev} at {path}")
                return
            comp = self.concrete_json(target[1], v)
            for c in self.chain(comp):
                self.instances.add(c)
            by_json = {m.json_name: (o, m) for o, m in self.members(comp)}
            before: list[str] = []  # own and new members so far
            for key, val in v.items():
                hit = by_json.get(key)
                if hit is None:
                    at = f"{ev} at {path}.{key}"
                    self.note_added(comp, json_name=key, guess=_json_kind(val), evidence=at, json_prev=before[::-1])
                    before.append(key)
                    continue
                owner, m = hit
                if owner == comp:
                    before.append(key)
                self.member_evidence[(owner, m.json_name)].add(ev)
                self.walk_json(val, self.member_target(m), f"{path}.{key}", ev, (owner, m))
        elif kind == "list":
            if not isinstance(v, list):
                self.kind_issue(where, _json_kind(v), f"{ev} at {path}")
                return
            for i, x in enumerate(v):
                self.walk_json(x, target[1], f"{path}[{i}]", ev, where)
        elif kind == "enum":
            if isinstance(v, str):
                self.enum_seen[target[1]].setdefault(v, []).append(f"{ev} at {path}")
            elif not isinstance(v, int) or isinstance(v, bool):
                self.kind_issue(where, _json_kind(v), f"{ev} at {path}")
        else:
            want = {"string": str, "datetime": str, "int": int, "boolean": bool}.get(target[1], object)
            if not isinstance(v, want) or (want is int and isinstance(v, bool)):
                self.kind_issue(where, _json_kind(v), f"{ev} at {path}")

    def kind_issue(self, where: tuple[str, Member] | None, found: str, ev: str) -> None:
        if where is None:
            self.kind_issues[("", "(root)", found)].append(ev)
        else:
            self.kind_issues[(where[0], where[1].json_name, found)].append(ev)

    def walk_xml_root(self, s: Sample, op: Operation, role: str, target: Target, ev: str) -> None:
        root = etree.fromstring(s.text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
        q = etree.QName(root)
        if target[0] == "scalar":
            want_name, want_ns, comp = "string", SERIALIZATION_NS, None
        elif target[0] == "list":
            comp = target[1][1]
            want_name, want_ns = f"ArrayOf{self.api.type(comp).name}", self.ns(comp)
        else:
            comp = target[1]
            want_name, want_ns = self.api.type(comp).name, self.ns(comp)
        if q.localname != want_name:
            self.item(
                f"{op.method} {op.path}",
                "changed",
                "XML root element",
                ev,
                old=want_name,
                new=q.localname,
                page=self.page_samples[ev][0].file,
            )
        if q.namespace != want_ns:
            self.ns_changes[(comp or "(string)", want_ns, q.namespace or "")].append(f"{ev}: {q.localname}")
        if target[0] == "object":
            self.walk_xml_object(root, target[1], q.localname, ev)
        elif target[0] == "list":
            self.walk_xml_list(root, target[1], q.localname, ev, None)

    def walk_xml_object(self, el: Any, comp: str, path: str, ev: str) -> None:
        itype = el.get(f"{{{XSI}}}type")
        if itype:
            local = itype.rpartition(":")[2]
            subs = [c for c in self.all_subtypes(comp) if self.api.type(c).name == local]
            if subs:
                comp = subs[0]
            else:
                self.note_added(comp, xml_name=f"i:type={local}", guess="subtype", evidence=f"{ev} at {path}")
        for c in self.chain(comp):
            self.instances.add(c)
        by_xml = {m.xml_name: (o, m) for o, m in self.members(comp)}
        order = {n: i for i, n in enumerate(self.xsd_order(comp))}
        last, last_name = -1, None
        before: list[str] = []  # own and new members so far
        for child in el:
            if not isinstance(child.tag, str):
                continue
            q = etree.QName(child)
            cpath = f"{path}/{q.localname}"
            hit = by_xml.get(q.localname)
            if hit is None:
                guess = "object" if len(child) else _text_kind(child.text or "")
                self.note_added(
                    comp, xml_name=q.localname, guess=guess, evidence=f"{ev} at {cpath}", xml_prev=before[::-1]
                )
                before.append(q.localname)
                continue
            owner, m = hit
            if owner == comp:
                before.append(m.xml_name)
            want_ns = self.ns(owner)
            if q.namespace != want_ns:
                self.ns_changes[(owner, want_ns, q.namespace or "")].append(f"{ev} at {cpath}")
            idx = order.get(q.localname, -1)
            if idx < last:
                self.order_issues[comp].append(f"<{q.localname}> after <{last_name}> ({ev} at {path})")
            else:
                last, last_name = idx, q.localname
            self.member_evidence[(owner, m.json_name)].add(ev)
            if child.get(f"{{{XSI}}}nil") == "true":
                continue
            target = self.member_target(m)
            self.walk_xml_value(child, target, cpath, ev, (owner, m))

    def walk_xml_value(self, el: Any, target: Target, path: str, ev: str, where: tuple[str, Member]) -> None:
        kind = target[0]
        if kind == "object":
            self.walk_xml_object(el, target[1], path, ev)
        elif kind == "list":
            self.walk_xml_list(el, target[1], path, ev, where)
        elif kind == "enum":
            if len(el):
                self.kind_issue(where, "object", f"{ev} at {path}")
            else:
                self.enum_seen[target[1]].setdefault(el.text or "", []).append(f"{ev} at {path}")
        else:
            text = el.text or ""
            found = "object" if len(el) else _text_kind(text)
            ok = {
                "boolean": found == "boolean",
                "int": found == "integer",
                "datetime": found == "date",
            }.get(target[1], found != "object")
            if not ok:
                self.kind_issue(where, found, f"{ev} at {path}")

    def walk_xml_list(self, el: Any, item: Target, path: str, ev: str, where: tuple[str, Member] | None) -> None:
        if item[0] == "scalar":
            want_name, want_ns, comp = "string", ARRAYS_NS, None
        else:
            comp = item[1]
            want_name, want_ns = self.api.type(comp).name, self.ns(comp)
        for i, child in enumerate(c for c in el if isinstance(c.tag, str)):
            q = etree.QName(child)
            cpath = f"{path}/{q.localname}[{i + 1}]"
            if q.localname != want_name and where is not None:
                self.kind_issue(where, f"list of <{q.localname}>", f"{ev} at {cpath}")
                continue
            if q.namespace != want_ns:
                self.ns_changes[(comp or "(string)", want_ns, q.namespace or "")].append(f"{ev} at {cpath}")
            if child.get(f"{{{XSI}}}nil") == "true":
                continue
            if item[0] == "object":
                self.walk_xml_object(child, item[1], cpath, ev)
            elif item[0] == "enum":
                self.enum_seen[item[1]].setdefault(child.text or "", []).append(f"{ev} at {cpath}")

    # --- the verdicts -------------------------------------------------------------------------------

    def finish(self) -> None:
        self.finish_added()
        self.finish_observed()
        for comp in sorted(self.instances):
            t = self.api.type(comp)
            for m in t.members:
                if not self.member_evidence.get((comp, m.json_name)):
                    self.item(
                        f"type {comp}",
                        "removed",
                        "field",
                        m.json_name,
                        old=self.type_label(m),
                        detail="in no table and in no sample on the pages",
                    )
        for comp, seen in sorted(self.enum_seen.items()):
            t = self.api.type(comp)
            if t.kind != "enum":
                continue
            for v, ev in seen.items():
                if v not in t.enum_values:
                    self.item(
                        f"type {comp}",
                        "added",
                        "enum member",
                        v,
                        evidence=ev,
                        update={"op": "add_enum", "component": comp, "value": v},
                    )
            inferred = set(re.findall(r"\w+", t.inferred or ""))
            for v in t.enum_values:
                if v not in seen and v not in inferred:
                    self.item(
                        f"type {comp}",
                        "removed",
                        "enum member",
                        v,
                        detail="no sample or code example shows it any more",
                    )
        for (comp, old, new), ev in sorted(self.ns_changes.items()):
            # the outermost elements only (their children follow them)
            outer = [e for e in ev if not any(e != o and e.startswith(o + "/") for o in ev)]
            self.item(f"type {comp}", "changed", "XML namespace", comp.split(".")[-1], old=old, new=new, evidence=outer)
        for comp, issues in sorted(self.order_issues.items()):
            self.item(
                f"type {comp}",
                "changed",
                "XML element order",
                comp.split(".")[-1],
                old=" ".join(self.xsd_order(comp)),
                new="see below",
                detail="\n".join(sorted(set(issues))[:6]),
            )
        for (owner, name, found), ev in sorted(self.kind_issues.items()):
            mem = dict((mm.json_name, mm) for _, mm in self.members(owner)).get(name) if owner else None
            self.item(
                f"type {owner}" if owner else "samples",
                "changed",
                "value kind",
                name,
                old=self.type_label(mem) if mem else "?",
                new=found,
                evidence=ev,
            )
        if self.jobs:
            self.checked["round_trips"] = len(self.jobs)

    def finish_added(self) -> None:
        by_name: dict[str, list[str]] = defaultdict(list)
        for (comp, key), _ in self.added.items():
            by_name[key].append(comp)
        for (comp, key), rec in self.added.items():
            rows: list[Row] = rec["rows"]
            row = rows[0] if rows else None
            xml_name = rec["xml_name"] or (row.name if row else None)
            json_name = rec["json_name"] or (_lower_first(xml_name) if xml_name else key)
            xml_name = xml_name or _upper_first(json_name)
            if xml_name.startswith("i:type="):
                self.item(
                    f"type {comp}",
                    "added",
                    "subtype",
                    xml_name[len("i:type=") :],
                    detail="an XML sample names a subtype the spec does not know",
                    evidence=rec["evidence"],
                )
                continue
            if row is not None:
                type_text = row.type
            else:
                guesses = sorted(set(rec["guesses"]))
                type_text = guesses[0] if len(guesses) == 1 else " / ".join(guesses) or "?"
            required = bool(row and row.required)
            desc = f"{type_text}, {'required' if required else 'optional'}"
            if row and row.max_length is not None:
                desc += f", at most {row.max_length} characters"
            if xml_name != _upper_first(json_name):
                desc += f", XML <{xml_name}>"
            update, why = self.plan_add_field(comp, json_name, xml_name, rec, by_name[key])
            self.item(
                f"type {comp}",
                "added",
                "field",
                json_name,
                new=desc,
                evidence=rec["evidence"],
                update=update,
                detail="" if update else why,
                page=", ".join(rec["pages"]),
            )

    def plan_add_field(
        self, comp: str, json_name: str, xml_name: str, rec: dict[str, Any], same_name: list[str]
    ) -> tuple[dict[str, Any] | None, str]:
        t = self.api.type(comp)
        rows: list[Row] = rec["rows"]
        row = rows[0] if rows else None
        if len({(r.type, r.required, r.max_length) for r in rows}) > 1:
            return None, "its tables disagree; edit the spec by hand"
        family = set(self.chain(comp)) | set(self.all_subtypes(comp))
        for base in self.chain(comp)[1:]:
            family |= set(self.all_subtypes(base))
        if len([c for c in same_name if c in family]) > 1:
            return None, "new in several types of one hierarchy: it may belong on the base type; edit by hand"
        if row is not None and row.required:
            return None, "a new required member breaks callers; edit the spec by hand"
        ref = None
        is_list = False
        if row is not None:
            is_list, tname = row.is_list, row.type_name
            if tname in PRIMITIVES:
                kind = PRIMITIVES[tname]
                if kind not in _KIND_LABEL or is_list:
                    return None, f"the spec has no form for {row.type}; edit by hand"
            else:
                ref = self.by_name(tname, t.module)
                if ref is None:
                    return None, f"type {tname} is not in the spec (or not uniquely); add it by hand"
                kind = self.api.type(ref).kind
                if is_list:
                    array = (self.ns(ref), f"ArrayOf{self.api.type(ref).name}")
                    if array not in self.spec.xsd.types:
                        return None, f"no XSD list type ArrayOf{tname}; add it by hand"
                    kind = "list"
        else:
            guesses = set(rec["guesses"])
            if len(guesses) != 1 or next(iter(guesses)) not in ("string", "boolean", "integer", "date"):
                return None, "seen only in a sample, and not as a plain value; add it by hand"
            kind = {"string": "string", "boolean": "boolean", "integer": "int", "date": "datetime"}[guesses.pop()]
        json_after = rec["json_prev"] if rec["json_prev"] is not None else rec.get("table_prev")
        return {
            "op": "add_field",
            "component": comp,
            "json_name": json_name,
            "xml_name": xml_name,
            "kind": kind,
            "ref": ref,
            "max_length": row.max_length if row else None,
            "length_message": row.length_message if row else None,
            "description": (row.description if row and row.description else None),
            "sample_only": row is None,
            "json_after": json_after,
            "xml_after": rec["xml_prev"],
        }, ""

    def finish_observed(self) -> None:
        for (owner, jname), obs in self.observed.items():
            m = next(mm for _, mm in self.members(owner) if mm.json_name == jname)
            g = f"type {owner}"
            label = self.type_label(m)
            types = set(obs["type"])
            if types != {label}:
                new = " / ".join(sorted(types - {label}))
                ev = [e for k in types - {label} for e in obs["type"][k]]
                self.item(g, "changed", "field type", jname, old=label, new=new, evidence=ev)
            req = set(obs["required"])
            if req != {m.required}:
                ev = [e for k in req - {m.required} for e in obs["required"][k]]
                self.item(g, "changed", "required", jname, old=m.required, new=not m.required, evidence=ev)
            lengths = set(obs["max_length"])
            messages = {k for k in obs["length_message"] if k}
            if lengths != {m.max_length}:
                new_len = next(iter(lengths)) if len(lengths) == 1 else None
                ev = [e for k in lengths - {m.max_length} for e in obs["max_length"][k]]
                update = None
                detail = ""
                if len(lengths) == 1 and len(messages) <= 1:
                    update = {
                        "op": "set_max_length",
                        "component": owner,
                        "json_name": jname,
                        "xml_name": m.xml_name,
                        "old": m.max_length,
                        "value": new_len,
                        "message": next(iter(messages)) if messages else None,
                    }
                else:
                    detail = "the tables disagree; edit the spec by hand"
                self.item(
                    g,
                    "changed",
                    "length limit",
                    jname,
                    old=m.max_length,
                    new=new_len if len(lengths) == 1 else sorted(lengths, key=str),
                    evidence=ev,
                    update=update,
                    detail=detail,
                )
            elif messages and messages != {m.length_message}:
                ev = [e for k in messages for e in obs["length_message"][k]]
                update = None
                if len(messages) == 1:
                    update = {
                        "op": "set_length_message",
                        "component": owner,
                        "json_name": jname,
                        "xml_name": m.xml_name,
                        "message": next(iter(messages)),
                    }
                self.item(
                    g,
                    "changed",
                    "length message",
                    jname,
                    old=m.length_message,
                    new=" / ".join(sorted(messages)),
                    evidence=ev,
                    update=update,
                )
            mins = {k for k in obs["min_length"] if k}
            if mins:
                ev = [e for k in mins for e in obs["min_length"][k]]
                self.item(g, "added", "minimum length", jname, new=" / ".join(map(str, sorted(mins))), evidence=ev)
            req_messages = {k for k in obs["required_message"] if k}
            if req_messages and m.required and req_messages != {m.required_message}:
                ev = [e for k in req_messages for e in obs["required_message"][k]]
                self.item(
                    g,
                    "changed",
                    "required message",
                    jname,
                    old=m.required_message,
                    new=" / ".join(sorted(req_messages)),
                    evidence=ev,
                )


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


# ---------------------------------------------------------------------------------------------------
# samples: data comparison


def strip_ws(xml: bytes) -> bytes:
    """Whitespace between tags removed (the pages' samples are indented)."""
    return re.sub(rb">\s+<", b"><", xml.strip())


def _sample_data(s: Sample) -> Any:
    return s.value if s.fmt == "json" else strip_ws(s.text.encode("utf-8"))


def _flat_json(v: Any, path: str = "$") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(v, dict):
        out[path] = "{}"
        for k, x in v.items():
            out.update(_flat_json(x, f"{path}.{k}"))
    elif isinstance(v, list):
        out[path] = "[]"
        for i, x in enumerate(v):
            out.update(_flat_json(x, f"{path}[{i}]"))
    else:
        out[path] = v
    return out


def _flat_xml(el: Any, parent: str = "", index: str = "") -> dict[str, Any]:
    q = etree.QName(el)
    here = f"{parent}/{q.localname}{index}"
    attrs = ",".join(f"{etree.QName(k).localname}={v}" for k, v in sorted(el.attrib.items()))
    children = [c for c in el if isinstance(c.tag, str)]
    text = None if children else (el.text or "")
    out: dict[str, Any] = {here: (q.namespace, text, attrs) if attrs else (q.namespace, text)}
    names = [etree.QName(c).localname for c in children]
    seen: dict[str, int] = defaultdict(int)
    for child, local in zip(children, names, strict=True):
        seen[local] += 1
        out.update(_flat_xml(child, here, f"[{seen[local]}]" if names.count(local) > 1 else ""))
    return out


def _describe(value: Any) -> str:
    if isinstance(value, tuple):
        ns, text = value[0], value[1]
        bits = []
        if text is not None:
            bits.append(repr(text))
        bits.append(f"in {ns}" if ns else "no namespace")
        if len(value) > 2:
            bits.append(f"[{value[2]}]")
        return " ".join(bits)
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) or value not in ("{}", "[]") else value


def _sample_diff(spec_text: str, page_text: str, fmt: str, limit: int = 8) -> list[str]:
    """What changed between a sample in spec/samples and the page's (as data: JSON values; XML elements)."""
    try:
        if fmt == "json":
            a, b = _flat_json(json.loads(spec_text)), _flat_json(json.loads(page_text))
        else:
            if strip_ws(spec_text.encode()) == strip_ws(page_text.encode()):
                return []
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            a = _flat_xml(etree.fromstring(strip_ws(spec_text.encode()), parser))
            b = _flat_xml(etree.fromstring(strip_ws(page_text.encode()), parser))
    except (ValueError, etree.XMLSyntaxError) as e:
        return [f"cannot compare: {e}"]
    out = []
    for path in list(a) + [p for p in b if p not in a]:
        parent = path.rpartition("/")[0]
        if (
            fmt == "xml"
            and path in a
            and path in b
            and parent in a
            and parent in b
            and a[path][1:] == b[path][1:]
            and (a[path][0], b[path][0]) == (a[parent][0], b[parent][0])
            and a[path][0] != b[path][0]
        ):
            continue  # the same namespace change as its parent's
        if path not in b:
            out.append(f"- {path}")
        elif path not in a:
            out.append(f"+ {path} = {_describe(b[path])}")
        elif a[path] != b[path]:
            out.append(f"~ {path}: {_describe(a[path])} → {_describe(b[path])}")
    if not out and fmt == "xml":
        out.append("same elements, different order or prefixes")
    if len(out) > limit:
        out = [*out[:limit], f"… and {len(out) - limit} more"]
    return out


# ---------------------------------------------------------------------------------------------------
# round trips with the generated code


def _roundtrip(pkg: str, jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Decode each sample strictly with package ``pkg`` and re-encode it (runs where ``pkg`` imports)."""
    jcodec = importlib.import_module(f"{pkg}.json")
    xcodec = importlib.import_module(f"{pkg}.xml")
    results = []
    for job in jobs:
        t = job["type"]
        if t["kind"] == "string":
            tp: Any = str
        else:
            module, name = t["component"].split(".")
            cls = getattr(importlib.import_module(f"{pkg}.models.{module}"), name)
            tp = list[cls] if t["kind"] == "list" else cls  # type: ignore[valid-type]
        data = job["text"].encode("utf-8")
        codec = jcodec if job["fmt"] == "json" else xcodec
        result: dict[str, Any] = {"ok": True}
        for strict in (True, False):
            try:
                obj = codec.decode(data, type=tp, strict=strict)
            except Exception as e:
                msg = f"{type(e).__name__}: {e}"
                if strict:
                    result = {"ok": False, "strict": msg}
                    continue
                result["lenient"] = f"fails too ({msg})"
                break
            out = codec.encode(obj) if job["fmt"] == "json" else codec.encode(obj, type=tp)
            same = json.loads(out) == json.loads(data) if job["fmt"] == "json" else out == strip_ws(data)
            if strict and not same:
                result = {"ok": False, "strict": "decodes, but re-encodes differently"}
                result["diff"] = _sample_diff(data.decode(), out.decode(), job["fmt"], 4)
                break
            if not strict:
                result["lenient"] = "decodes and re-encodes identically" if same else "re-encodes differently"
            break
        results.append(result)
    return results


def _roundtrip_main() -> None:
    """Subprocess entry: argv[1] package name; jobs as JSON on stdin; results as JSON on stdout."""
    jobs = json.load(sys.stdin)
    json.dump(_roundtrip(sys.argv[1], jobs), sys.stdout)


def _installed_matches(out_dir: pathlib.Path) -> bool:
    try:
        import vitec_connect.models as installed
    except ImportError:
        return False
    return pathlib.Path(installed.__file__).resolve().parent.parent == out_dir.resolve()


def run_roundtrips(
    jobs: list[dict[str, Any]], out_dir: pathlib.Path, in_process: bool | None = None
) -> list[dict[str, Any]]:
    if not jobs:
        return []
    if in_process is None:
        in_process = _installed_matches(out_dir)
    if in_process:
        return _roundtrip("vitec_connect", jobs)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = pathlib.Path(tmp) / "vc_docs_check"
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(ROOT / "runtime", pkg, ignore=ignore)
        for sub in ("models", "xml_models", "_api"):
            shutil.copytree(out_dir / sub, pkg / sub, ignore=ignore)
        code = (
            f"import sys; sys.path[:0] = [{tmp!r}, {str(ROOT)!r}]; "
            "from codegen.docs_diff import _roundtrip_main; _roundtrip_main()"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, "vc_docs_check"],
            input=json.dumps(jobs),
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
        )
        if done.returncode != 0:
            raise RuntimeError(f"the generated code in {out_dir} does not import:\n{done.stderr[-2000:]}")
        return list(json.loads(done.stdout))


def roundtrip_items(jobs: list[dict[str, Any]], results: list[dict[str, Any]]) -> list[Item]:
    items = []
    for job, r in zip(jobs, results, strict=True):
        if r["ok"]:
            continue
        detail = [f"strict: {r['strict']}"]
        detail += r.get("diff", [])
        if "lenient" in r:
            detail.append(f"lenient (strict=False): {r['lenient']}")
        items.append(
            Item(
                job["group"],
                "changed",
                "round trip",
                job["sample"],
                old="decodes strictly, re-encodes identically",
                new="fails",
                detail="\n".join(detail),
                page=job["page"],
            )
        )
    return items


# ---------------------------------------------------------------------------------------------------
# the whole comparison


def compare(
    docs: pathlib.Path, spec_dir: pathlib.Path, out_dir: pathlib.Path, in_process: bool | None = None
) -> tuple[Report, Checker]:
    spec = load(spec_dir)
    known = frozenset(t.name for t in spec.openapi.types.values())
    pages = docs_parse.read_pages(docs, known)
    checker = Checker(spec, pages)
    items = checker.run()
    items += roundtrip_items(checker.jobs, run_roundtrips(checker.jobs, out_dir, in_process))
    page_info = []
    matched = {p.file: op for p, op in checker.matched}
    for p in pages:
        op = matched.get(p.file)
        page_info.append(
            {
                "file": p.file,
                "endpoint": f"{p.method} /{p.route}" if p.route else None,
                "operation": op.operation_id if op else None,
                "tables": len(p.tables),
                "samples": len(p.samples),
            }
        )
    return Report(docs, spec_dir, page_info, items, checker.checked), checker


# ---------------------------------------------------------------------------------------------------
# --update: editing openapi.yaml and the XSDs as text (their comments and layout are kept)


class EditError(Exception):
    pass


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _yaml_str(s: str) -> str:
    plain = (
        re.fullmatch(r"[^\s:#'\"{}\[\],&*!|>%@`?-][^#{}\[\]]*", s)
        and ": " not in s
        and not s.endswith((" ", ":"))
        and not re.fullmatch(r"(true|false|null|yes|no|on|off|~|[-+]?[\d.eE]+)", s, re.IGNORECASE)
    )
    return s if plain else json.dumps(s, ensure_ascii=False)


_XSD_PRIMITIVE = {"string": "xs:string", "boolean": "xs:boolean", "int": "xs:int", "datetime": "xs:dateTime"}


class SpecEditor:
    """Text edits of openapi.yaml and spec/xsd/*.xsd for the simple cases."""

    def __init__(self, spec_dir: pathlib.Path, spec: Spec) -> None:
        self.dir = spec_dir
        self.spec = spec
        self.api = spec.openapi
        self.files: dict[pathlib.Path, str] = {}
        self.originals: dict[pathlib.Path, str] = {}

    def _text(self, path: pathlib.Path) -> str:
        if path not in self.files:
            self.files[path] = self.originals[path] = path.read_text(encoding="utf-8")
        return self.files[path]

    @property
    def openapi_path(self) -> pathlib.Path:
        return self.dir / "openapi.yaml"

    def xsd_path(self, comp: str) -> pathlib.Path:
        return self.dir / "xsd" / f"{self.api.type(comp).module}.xsd"

    def write(self) -> list[pathlib.Path]:
        changed = [p for p, t in self.files.items() if t != self.originals[p]]
        for p in changed:
            p.write_text(self.files[p], encoding="utf-8")
        return changed

    def restore(self) -> None:
        for p, t in self.originals.items():
            p.write_text(t, encoding="utf-8")

    def apply(self, update: dict[str, Any]) -> None:
        op = update["op"]
        if op == "add_enum":
            self.add_enum(update["component"], update["value"])
        elif op == "set_max_length":
            self.set_max_length(update["component"], update["json_name"], update["xml_name"], update["value"])
            self.set_length_message(update["component"], update["json_name"], update["message"])
        elif op == "set_length_message":
            self.set_length_message(update["component"], update["json_name"], update["message"])
        elif op == "add_field":
            self.add_field(update)
        else:
            raise EditError(f"unknown update {op}")

    # --- openapi.yaml -------------------------------------------------------------------------------

    def _component(self, lines: list[str], comp: str) -> tuple[int, int]:
        header = f"    {comp}:"
        try:
            start = next(i for i, line in enumerate(lines) if line.rstrip() == header)
        except StopIteration:
            raise EditError(f"openapi.yaml: no component {comp}") from None
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > 4):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        return start, end

    def _properties(self, lines: list[str], comp: str) -> tuple[int, int, dict[str, tuple[int, int]], int]:
        """(properties line, property indent, {name: (start, end)}, component end)."""
        start, end = self._component(lines, comp)
        for i in range(start + 1, end):
            m = re.match(r"^(\s*)properties:\s*(\{\})?\s*$", lines[i])
            if m:
                break
        else:
            raise EditError(f"openapi.yaml: {comp} has no properties")
        if m.group(2):
            lines[i] = f"{m.group(1)}properties:"
        pi = len(m.group(1)) + 2
        props: dict[str, tuple[int, int]] = {}
        j = i + 1
        while j < end:
            line = lines[j]
            if line.strip() and _indent(line) < pi:
                break
            pm = re.match(rf"^ {{{pi}}}([A-Za-z_][\w-]*):", line)
            if pm:
                k = j + 1
                while k < end and (not lines[k].strip() or _indent(lines[k]) > pi):
                    k += 1
                while not lines[k - 1].strip():
                    k -= 1
                props[pm.group(1)] = (j, k)
                j = k
                continue
            j += 1
        return i, pi, props, j

    def add_enum(self, comp: str, value: str) -> None:
        lines = self._text(self.openapi_path).split("\n")
        start, end = self._component(lines, comp)
        for i in range(start, end):
            m = re.match(r"^(\s*)enum:\s*\[(.*)\]\s*$", lines[i])
            if m:
                values = [v.strip() for v in m.group(2).split(",") if v.strip()]
                values.append(value if re.fullmatch(r"[A-Za-z_]\w*", value) else json.dumps(value))
                lines[i] = f"{m.group(1)}enum: [{', '.join(values)}]"
                break
            m = re.match(r"^(\s*)enum:\s*$", lines[i])
            if m:
                k = i + 1
                while k < end and lines[k].strip().startswith("- "):
                    k += 1
                lines.insert(k, f"{m.group(1)}  - {_yaml_str(value)}")
                break
        else:
            raise EditError(f"openapi.yaml: {comp} has no enum")
        self.files[self.openapi_path] = "\n".join(lines)
        # the XSD
        path = self.xsd_path(comp)
        text = self._text(path)
        name = self.api.type(comp).name
        m = re.search(rf'<xs:simpleType name="{re.escape(name)}">.*?</xs:simpleType>', text, re.S)
        if not m:
            raise EditError(f"{path.name}: no simpleType {name}")
        block = m.group(0)
        last = list(re.finditer(r'\n([ \t]*)<xs:enumeration value="[^"]*" />', block))
        if not last:
            raise EditError(f"{path.name}: {name} has no enumeration to extend")
        at = m.start() + last[-1].end()
        self.files[path] = text[:at] + f'\n{last[-1].group(1)}<xs:enumeration value="{_xml_attr(value)}" />' + text[at:]

    def _property_line(self, comp: str, json_name: str) -> tuple[list[str], int, int, int]:
        lines = self._text(self.openapi_path).split("\n")
        _, pi, props, _ = self._properties(lines, comp)
        if json_name not in props:
            raise EditError(f"openapi.yaml: {comp} has no property {json_name}")
        s, e = props[json_name]
        return lines, s, e, pi

    def set_max_length(self, comp: str, json_name: str, xml_name: str, value: int | None) -> None:
        lines, s, e, pi = self._property_line(comp, json_name)
        at = next((i for i in range(s + 1, e) if re.match(r"^\s*maxLength:", lines[i])), None)
        if at is not None:
            if value is None:
                del lines[at]
            else:
                lines[at] = f"{' ' * (pi + 2)}maxLength: {value}"
        elif value is not None:
            typed = [i for i in range(s + 1, e) if re.match(rf"^ {{{pi + 2}}}(type|format):", lines[i])]
            after = max(typed, default=s)
            lines.insert(after + 1, f"{' ' * (pi + 2)}maxLength: {value}")
        self.files[self.openapi_path] = "\n".join(lines)
        # the XSD element
        path = self.xsd_path(comp)
        text = self._text(path)
        start, stop = self._xsd_sequence(text, path, self.api.type(comp).name)
        el = self._xsd_element(text, start, stop, xml_name)
        if el is None:
            raise EditError(f"{path.name}: {self.api.type(comp).name} has no element {xml_name}")
        a, b = el
        old = text[a:b]
        indent = text[text.rfind("\n", 0, a) + 1 : a]
        attrs = re.match(r"<xs:element\b([^>]*?)\s*/?>", old)
        assert attrs
        attr_text = re.sub(r'\s+type="[^"]*"', "", attrs.group(1))
        if "<xs:maxLength" in old:
            if value is None:
                new = f'<xs:element{attr_text} type="xs:string" />'
            else:
                new = re.sub(r'<xs:maxLength value="\d+" />', f'<xs:maxLength value="{value}" />', old)
        else:
            if value is None:
                return
            if 'type="xs:string"' not in old:
                raise EditError(f"{path.name}: {xml_name} is not an xs:string element")
            new = _restricted(attr_text, value, indent)
        self.files[path] = text[:a] + new + text[b:]

    def set_length_message(self, comp: str, json_name: str, message: str | None) -> None:
        lines, s, e, pi = self._property_line(comp, json_name)
        at = next((i for i in range(s + 1, e) if re.match(r"^\s*x-length-message:", lines[i])), None)
        if message is None:
            if at is not None:
                del lines[at]
        elif at is not None:
            lines[at] = f"{' ' * (pi + 2)}x-length-message: {_yaml_str(message)}"
        else:
            lines.insert(e, f"{' ' * (pi + 2)}x-length-message: {_yaml_str(message)}")
        self.files[self.openapi_path] = "\n".join(lines)

    def add_field(self, u: dict[str, Any]) -> None:
        comp, jname, xname = u["component"], u["json_name"], u["xml_name"]
        lines = self._text(self.openapi_path).split("\n")
        pline, pi, props, _ = self._properties(lines, comp)
        if jname in props:
            raise EditError(f"openapi.yaml: {comp} already has {jname}")
        q = " " * (pi + 2)
        block = [f"{' ' * pi}{jname}:"]
        kind, ref = u["kind"], u["ref"]
        desc = u["description"] or "Ej beskriven på sidan; bara i exemplen. (Undocumented; seen only in the samples.)"
        if kind in _KIND_LABEL:
            yaml_type = {"string": "string", "datetime": "string", "int": "integer", "boolean": "boolean"}[kind]
            block.append(f'{q}type: [{yaml_type}, "null"]')
            if kind == "datetime":
                block.append(f"{q}format: date-time")
            if kind == "int":
                block.append(f"{q}format: int32")
            if u["max_length"] is not None:
                block.append(f"{q}maxLength: {u['max_length']}")
            block.append(f"{q}description: {_yaml_str(desc)}")
        elif kind == "list":
            block.append(f'{q}type: [array, "null"]')
            block.append(f"{q}description: {_yaml_str(desc)}")
            item_ns, item_name = type_qname(self.spec, self.api.type(ref))
            array = self.spec.xsd.types.get((item_ns, f"ArrayOf{item_name}"))
            if array is not None and array.is_array and array.elements[0].nillable:  # as .NET writes lists
                block.append(f"{q}items:")
                block.append(f'{q}  oneOf: [{{$ref: "#/components/schemas/{ref}"}}, {{type: "null"}}]')
            else:
                block.append(f'{q}items: {{$ref: "#/components/schemas/{ref}"}}')
        else:
            block.append(f"{q}description: {_yaml_str(desc)}")
            block.append(f"{q}oneOf:")
            block.append(f'{q}  - $ref: "#/components/schemas/{ref}"')
            block.append(f'{q}  - type: "null"')
        if u["length_message"]:
            block.append(f"{q}x-length-message: {_yaml_str(u['length_message'])}")
        if xname != _upper_first(jname):
            block.append(f"{q}x-xml-name: {xname}")
        if u.get("sample_only"):
            block.append(f"{q}x-inferred: kind (the member is only in the samples, not in a table)")
        after = u["json_after"]  # the members before it, nearest first ([]: it comes first; None: unknown)
        found = [a for a in after or () if a in props]
        if after == []:
            at = pline + 1
        elif found:
            at = props[found[0]][1]
        else:
            at = max((e for _, e in props.values()), default=pline + 1)
        lines[at:at] = block
        self.files[self.openapi_path] = "\n".join(lines)

        # the XSD
        path = self.xsd_path(comp)
        text = self._text(path)
        name = self.api.type(comp).name
        start, stop = self._xsd_sequence(text, path, name)
        elements = self._xsd_elements(text, start, stop)
        if kind in _XSD_PRIMITIVE:
            type_ref = _XSD_PRIMITIVE[kind]
        else:
            target_ns, target_name = type_qname(self.spec, self.api.type(ref))
            if kind == "list":
                target_name = f"ArrayOf{target_name}"
            text, prefix = self._prefix(text, path, target_ns, ref)
            start, stop = self._xsd_sequence(text, path, name)
            elements = self._xsd_elements(text, start, stop)
            type_ref = f"{prefix}:{target_name}"
        names = [n for n, _, _ in elements]
        found = [a for a in u["xml_after"] or () if a in names]
        if u["xml_after"] == []:
            pos = 0
        elif found:
            pos = names.index(found[0]) + 1
        else:  # DataContract order: ordinal (alphabetical)
            pos = next((i for i, n in enumerate(names) if n > xname), len(names))
        if elements:
            first = elements[0][1]
            indent = text[text.rfind("\n", 0, first) + 1 : first]
        else:
            seq = text.rfind("<xs:sequence>", 0, start + 1)
            indent = text[text.rfind("\n", 0, seq) + 1 : seq] + "  "
        attrs = f' minOccurs="0" name="{xname}" nillable="true"'
        if u["max_length"] is not None and kind == "string":
            new = _restricted(attrs, u["max_length"], indent)
        else:
            new = f'<xs:element{attrs} type="{type_ref}" />'
        if pos < len(elements):
            at = elements[pos][1]
            text = text[:at] + new + "\n" + indent + text[at:]
        elif elements:
            at = elements[-1][2]
            text = text[:at] + "\n" + indent + new + text[at:]
        else:
            close = text.find("</xs:sequence>", start)
            line_start = text.rfind("\n", 0, close) + 1
            text = text[:line_start] + indent + new + "\n" + text[line_start:]
        self.files[path] = text

    # --- XSD ----------------------------------------------------------------------------------------

    def _xsd_sequence(self, text: str, path: pathlib.Path, name: str) -> tuple[int, int]:
        m = re.search(rf'<xs:complexType name="{re.escape(name)}">(.*?)</xs:complexType>', text, re.S)
        if not m:
            raise EditError(f"{path.name}: no complexType {name}")
        seq = re.search(r"<xs:sequence>(.*?)</xs:sequence>", m.group(0), re.S)
        if not seq:
            raise EditError(f"{path.name}: complexType {name} has no sequence")
        return m.start() + seq.start(1), m.start() + seq.end(1)

    def _xsd_elements(self, text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
        out = []
        for m in re.finditer(r"<xs:element\b[^>]*?(?:/>|>.*?</xs:element>)", text[start:stop], re.S):
            n = re.search(r'\bname="([^"]+)"', m.group(0))
            if n:
                out.append((n.group(1), start + m.start(), start + m.end()))
        return out

    def _xsd_element(self, text: str, start: int, stop: int, name: str) -> tuple[int, int] | None:
        for n, a, b in self._xsd_elements(text, start, stop):
            if n == name:
                return a, b
        return None

    def _prefix(self, text: str, path: pathlib.Path, ns: str, ref: str) -> tuple[str, str]:
        """The prefix of ``ns`` in this XSD, declaring and importing it if needed."""
        schema = re.search(r"<xs:schema\b[^>]*>", text)
        if not schema:
            raise EditError(f"{path.name}: no xs:schema")
        tns = re.search(r'targetNamespace="([^"]+)"', schema.group(0))
        if tns and tns.group(1) == ns:
            return text, "tns"
        for p, uri in re.findall(r'xmlns:(\w+)="([^"]+)"', schema.group(0)):
            if uri == ns and p != "tns":
                return text, p
        used = [int(n) for n in re.findall(r"xmlns:q(\d+)=", schema.group(0))]
        prefix = f"q{max(used, default=0) + 1}"
        module = self.spec.xsd.files.get(ns)
        if module is None:
            raise EditError(f"no XSD for namespace {ns}")
        tag = schema.group(0)
        new_tag = re.sub(
            r"(\s+)targetNamespace=",
            lambda m: f'{m.group(1)}xmlns:{prefix}="{ns}"{m.group(1)}targetNamespace=',
            tag,
            count=1,
        )
        text = text[: schema.start()] + new_tag + text[schema.end() :]
        imports = list(re.finditer(r"\n[ \t]*<xs:import\b[^>]*/>", text))
        at = imports[-1].end() if imports else schema.start() + len(new_tag)
        text = text[:at] + f'\n  <xs:import namespace="{ns}" schemaLocation="{module}.xsd" />' + text[at:]
        return text, prefix


def _xml_attr(s: str) -> str:
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _restricted(attrs: str, max_length: int, indent: str) -> str:
    return "\n".join(
        [
            f"<xs:element{attrs}>",
            f"{indent}  <xs:simpleType>",
            f'{indent}    <xs:restriction base="xs:string">',
            f'{indent}      <xs:maxLength value="{max_length}" />',
            f"{indent}    </xs:restriction>",
            f"{indent}  </xs:simpleType>",
            f"{indent}</xs:element>",
        ]
    )


# ---------------------------------------------------------------------------------------------------
# what a regeneration means for callers: the generated models before and after


def _surface(files: dict[str, str]) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[Any, ...]]]:
    """Public classes of generated/models ({"models.mod.Class": {...}}) and constraints per attribute."""
    parsed: dict[str, dict[str, dict[str, Any]]] = {}
    imports: dict[str, list[str]] = {}
    for rel, text in files.items():
        if not (rel.startswith("models/") and rel.endswith(".py")) or rel.endswith("__init__.py"):
            continue
        module = rel[len("models/") : -3]
        tree = ast.parse(text)
        classes: dict[str, dict[str, Any]] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == "_internal":
                imports[module] = [a.name for a in node.names]
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(b) for b in node.bases]
            if "OpenEnum" in bases:
                members = [
                    t.id for s in node.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)
                ]
                classes[node.name] = {"kind": "enum", "members": members}
            else:
                fields = {
                    s.target.id: (ast.unparse(s.annotation), s.value is not None)
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                }
                classes[node.name] = {"kind": "class", "bases": bases, "fields": fields}
        parsed[module] = classes
    api: dict[str, dict[str, Any]] = {}
    for module, classes in parsed.items():
        if module == "_internal":
            continue
        for name, c in classes.items():
            api[f"models.{module}.{name}"] = c
        for name in imports.get(module, []):
            if name in parsed.get("_internal", {}):
                api[f"models.{module}.{name}"] = parsed["_internal"][name]
    limits: dict[str, tuple[Any, ...]] = {}
    constraints = files.get("_api/constraints.py")
    if constraints:
        for dnode in ast.walk(ast.parse(constraints)):
            if isinstance(dnode, ast.Dict):
                for k, v in zip(dnode.keys, dnode.values, strict=True):
                    if k is None or not isinstance(v, ast.Tuple):
                        continue
                    for entry in v.elts:
                        try:
                            attr, _, _, required, _, max_length, message = ast.literal_eval(entry)
                        except (ValueError, TypeError):
                            continue
                        limits[f"models.{ast.unparse(k)}.{attr}"] = (required, max_length, message)
    return api, limits


def api_impact(before: dict[str, str], after: dict[str, str]) -> tuple[str, list[tuple[bool, str]]]:
    """("breaking" | "additions only" | "no API change", [(breaking?, what)])."""
    old, old_limits = _surface(before)
    new, new_limits = _surface(after)
    changes: list[tuple[bool, str]] = []
    for name in sorted(old.keys() | new.keys()):
        a, b = old.get(name), new.get(name)
        if a is None:
            changes.append((False, f"+ {name}: new {'enum' if b and b['kind'] == 'enum' else 'class'}"))
            continue
        if b is None:
            changes.append((True, f"- {name}: removed"))
            continue
        if a["kind"] == "enum" and b["kind"] == "enum":
            for m in b["members"]:
                if m not in a["members"]:
                    changes.append((False, f"+ {name}.{m}: new enum member"))
            for m in a["members"]:
                if m not in b["members"]:
                    changes.append((True, f"- {name}.{m}: enum member removed"))
            continue
        if a["kind"] != b["kind"]:
            changes.append((True, f"~ {name}: {a['kind']} → {b['kind']}"))
            continue
        fa, fb = a["fields"], b["fields"]
        for f, (ann, has_default) in fb.items():
            if f not in fa:
                if has_default:
                    changes.append((False, f"+ {name}.{f}: {ann} (optional)"))
                else:
                    changes.append(
                        (True, f"+ {name}.{f}: {ann} (required: constructing {name.split('.')[-1]} needs it)")
                    )
            elif fa[f] != (ann, has_default):
                changes.append((True, f"~ {name}.{f}: {fa[f][0]} → {ann}"))
        for f in fa:
            if f not in fb:
                changes.append((True, f"- {name}.{f}: removed"))
        if a["bases"] != b["bases"]:
            changes.append((True, f"~ {name}: bases {a['bases']} → {b['bases']}"))
    for key in sorted(old_limits.keys() | new_limits.keys()):
        cls, _, attr = key.rpartition(".")
        if attr not in (old.get(cls) or {}).get("fields", {}):
            continue  # a new attribute: its limits are part of the addition
        a_l, b_l = old_limits.get(key, (False, None, None)), new_limits.get(key, (False, None, None))
        if a_l[1] != b_l[1]:
            stricter = b_l[1] is not None and (a_l[1] is None or b_l[1] < a_l[1])
            effect = (
                "encode(validate=True) now rejects values it accepted"
                if stricter
                else "encode(validate=True) accepts longer values"
            )
            changes.append((stricter, f"~ {key}: length limit {a_l[1]} → {b_l[1]} ({effect})"))
        elif a_l[2] != b_l[2]:
            changes.append((False, f"~ {key}: length message {a_l[2]!r} → {b_l[2]!r}"))
        if a_l[0] != b_l[0] and b_l[0]:
            changes.append((True, f"~ {key}: now required"))
    if any(br for br, _ in changes):
        verdict = "breaking"
    elif changes:
        verdict = "additions only"
    else:
        verdict = "no API change"
    return verdict, changes


# ---------------------------------------------------------------------------------------------------
# CHANGELOG.md


def changelog_lines(applied: list[Item], spec: Spec) -> list[str]:
    lines = []
    for it in applied:
        u = it.update
        assert u is not None
        page = f" ({it.page})" if it.page else ""
        if u["op"] == "add_field":
            attr = snake(u["json_name"])
            lines.append(
                f"- Vitec docs{page}: `models.{u['component']}` has a new optional field `{attr}` "
                f"(JSON `{u['json_name']}`, XML `<{u['xml_name']}>`, {it.new})."
            )
        elif u["op"] == "add_enum":
            lines.append(f"- Vitec docs{page}: `models.{u['component']}` has a new member `{u['value']}`.")
        elif u["op"] == "set_max_length":
            old, new = u["old"], u["value"]
            stricter = new is not None and (old is None or new < old)
            lines.append(
                f"- Vitec docs{page}: `models.{u['component']}.{snake(u['json_name'])}`: length limit {old} → {new}"
                + (" (breaking: `encode(validate=True)` rejects longer values)." if stricter else ".")
            )
        elif u["op"] == "set_length_message":
            lines.append(
                f"- Vitec docs{page}: `models.{u['component']}.{snake(u['json_name'])}`: "
                f"length message is now “{u['message']}”."
            )
    return lines


def append_changelog(path: pathlib.Path, lines: list[str]) -> None:
    if not lines:
        return
    text = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n"
    all_lines = text.rstrip("\n").split("\n")
    head = next((i for i, line in enumerate(all_lines) if re.match(r"^##\s+\[?Unreleased\]?\s*$", line, re.I)), None)
    if head is None:
        first = next((i for i, line in enumerate(all_lines) if line.startswith("## ")), len(all_lines))
        block = ["## Unreleased", "", *lines, ""]
        if first == len(all_lines):
            all_lines += ["", *block[:-1]]
        else:
            all_lines[first:first] = block
    else:
        end = next((i for i in range(head + 1, len(all_lines)) if all_lines[i].startswith("## ")), len(all_lines))
        while end > head + 1 and not all_lines[end - 1].strip():
            end -= 1
        insert = lines if end > head + 1 else ["", *lines]
        all_lines[end:end] = insert
    path.write_text("\n".join(all_lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------
# --update


@dataclasses.dataclass
class UpdateResult:
    ok: bool
    applied: list[Item]
    skipped: list[tuple[Item, str]]
    files: list[str]
    problems: list[str]
    verdict: str = ""
    changes: list[tuple[bool, str]] = dataclasses.field(default_factory=list)
    samples_copied: list[str] = dataclasses.field(default_factory=list)
    samples_kept: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    changelog: str = ""
    changelog_lines: list[str] = dataclasses.field(default_factory=list)
    generate_output: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "applied": [dataclasses.asdict(i) for i in self.applied],
            "skipped": [{"item": dataclasses.asdict(i), "why": why} for i, why in self.skipped],
            "files": self.files,
            "problems": self.problems,
            "api_change": self.verdict,
            "api_changes": [{"breaking": b, "change": c} for b, c in self.changes],
            "samples_copied": self.samples_copied,
            "samples_kept": [{"sample": s, "why": w} for s, w in self.samples_kept],
            "changelog": self.changelog,
            "changelog_lines": self.changelog_lines,
        }

    def text(self) -> str:
        out = ["", "--update"]
        if not self.applied and not self.problems:
            out.append("nothing simple to apply")
        for it in self.applied:
            out.append(f"  applied: {it.group[5:] if it.group.startswith('type ') else it.group}: {it.text()[0][2:]}")
            out[-1] = out[-1].replace("   [--update applies this]", "")
        for it, why in self.skipped:
            out.append(f"  not applied: {it.group}: {it.what} {it.name}: {why}")
        for p in self.problems:
            out.append(f"  PROBLEM: {p}")
        if self.files:
            out.append("  spec files written: " + ", ".join(self.files))
        if self.generate_output:
            out.append(f"  regenerated: {self.generate_output.strip()}")
        if self.verdict:
            out.append(f"  API change for callers: {self.verdict}")
            for breaking, c in self.changes:
                out.append(f"    {'BREAKING ' if breaking else ''}{c}")
        for s in self.samples_copied:
            out.append(f"  sample copied to spec/samples: {s}")
        for s, why in self.samples_kept:
            out.append(f"  sample not copied: {s}: {why}")
        if self.changelog:
            out.append(f"  changelog: {self.changelog} ({len(self.changelog_lines)} line(s) under Unreleased)")
        return "\n".join(out) + "\n"


def update(
    report: Report, checker: Checker, spec_dir: pathlib.Path, out_dir: pathlib.Path, changelog: pathlib.Path
) -> UpdateResult:
    todo = [i for i in report.items if i.update]
    result = UpdateResult(ok=True, applied=[], skipped=[], files=[], problems=[])
    if not todo:
        return result
    editor = SpecEditor(spec_dir, checker.spec)
    for it in todo:
        assert it.update is not None
        snapshot = dict(editor.files)
        try:
            editor.apply(it.update)
            result.applied.append(it)
        except EditError as e:
            editor.files = snapshot
            result.skipped.append((it, str(e)))
    written = editor.write()
    result.files = [str(p.relative_to(spec_dir)) for p in written]
    try:
        new_spec = load(spec_dir)
        problems = consistency.check(new_spec)
    except Exception as e:  # a broken edit must not leave a broken spec behind
        problems = [f"{type(e).__name__}: {e}"]
    if problems:
        editor.restore()
        result.ok = False
        result.problems = ["the edited spec is inconsistent (edits undone):", *problems]
        return result
    from . import generate

    before = generate.current(out_dir)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = generate.main(["--spec", str(spec_dir), "--out", str(out_dir)])
    result.generate_output = buf.getvalue()
    if rc != 0:
        result.ok = False
        result.problems.append(f"regeneration failed: {buf.getvalue()}")
        return result
    after = generate.current(out_dir)
    result.verdict, result.changes = api_impact(before, after)

    # the page's samples: copied to spec/samples where the regenerated code round-trips them
    samples_dir = spec_dir / "samples"
    candidates = []
    for name, (_page, s) in checker.page_samples.items():
        target = samples_dir / name
        if target.exists() and not _sample_diff(target.read_text(encoding="utf-8"), s.text, s.fmt):
            continue
        job = next(j for j in checker.jobs if j["sample"] == name)
        candidates.append((name, s, job))
    if candidates:
        results = run_roundtrips([j for _, _, j in candidates], out_dir, in_process=False)
        for (name, s, _), r in zip(candidates, results, strict=True):
            if r["ok"]:
                (samples_dir / name).write_text(s.text, encoding="utf-8")
                result.samples_copied.append(name)
            else:
                result.samples_kept.append((name, r["strict"]))
    result.changelog_lines = changelog_lines(result.applied, checker.spec)
    append_changelog(changelog, result.changelog_lines)
    result.changelog = str(changelog)
    return result


# ---------------------------------------------------------------------------------------------------
# command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.docs_diff", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=pathlib.Path, default=DEFAULT_DOCS, help="folder of Vitec's pages (*.txt)")
    parser.add_argument("--spec", type=pathlib.Path, default=ROOT / "spec", help="spec folder (openapi.yaml, xsd/)")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "generated", help="generated code of that spec")
    parser.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    parser.add_argument("--update", action="store_true", help="apply the simple changes, regenerate, log them")
    parser.add_argument("--changelog", type=pathlib.Path, help="default: CHANGELOG.md beside the spec folder")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"docs_diff: no folder {args.docs}", file=sys.stderr)
        return 2
    try:
        report, checker = compare(args.docs, args.spec, args.out)
    except Exception as e:
        print(f"docs_diff: cannot compare: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    upd: UpdateResult | None = None
    final = report
    if args.update:
        changelog = args.changelog or args.spec.resolve().parent / "CHANGELOG.md"
        upd = update(report, checker, args.spec, args.out, changelog)
        if upd.ok and upd.applied:
            final, _ = compare(args.docs, args.spec, args.out, in_process=False)
    if args.json:
        doc = report.to_json()
        if upd is not None:
            doc["update"] = upd.to_json()
            doc["after_update"] = final.to_json()
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(report.text())
        if upd is not None:
            sys.stdout.write(upd.text())
            if upd.applied and upd.ok:
                sys.stdout.write("\nafter --update:\n" + final.text())
    if upd is not None and not upd.ok:
        return 2
    return 1 if final.drift else 0


if __name__ == "__main__":
    sys.exit(main())
