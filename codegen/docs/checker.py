"""The comparison of the pages with one spec: endpoints, parameters, tables; samples and verdicts are
the mixins in walk.py and verdicts.py."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..spec import Member, Operation, Spec, type_qname
from .page import PRIMITIVES, Page, Sample, Table
from .report import _KIND_LABEL, Item, Target, _lower_first, _row_text, _show
from .samples import _sample_data, _sample_diff
from .verdicts import Verdicts
from .walk import SampleWalk

# ---------------------------------------------------------------------------------------------------
# comparing


class Checker(SampleWalk, Verdicts):
    """Compares the pages with one spec; ``run()`` returns the differences (round trips are run after)."""

    def __init__(self, spec: Spec, pages: list[Page], *, complete: bool = False) -> None:
        self.spec = spec
        self.api = spec.openapi
        self.pages = pages
        self.complete = complete  # the pages are the whole set (a site's help index), not some of them
        self.uncovered: list[str] = []  # "METHOD /path" of operations these pages do not speak of
        self.page_files = {p.file for p in pages}
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
            m = re.search(r"\((\S+)\)$", e)
            if m and m.group(1) in self.page_files:
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
            if op.operation_id in used:
                continue
            if not self.complete and not self.from_a_page_file(op):
                self.uncovered.append(f"{op.method} {op.path}")
            else:
                self.item(
                    f"{op.method} {op.path}",
                    "removed",
                    "endpoint",
                    op.operation_id,
                    detail=f"no page documents it (x-doc-page: {op.doc_page or 'none'})",
                )
        self.finish()
        return self.items

    @staticmethod
    def from_a_page_file(op: Operation) -> bool:
        """A folder of pages speaks of an operation that came from a page file (``x-doc-page`` a file name):
        if none of its pages documents it, it was removed. Of one that came from the Swagger, or from a site's
        page (a ``/Help/...`` path), a folder may hold no page at all: it is not covered, not removed."""
        return bool(op.doc_page) and "/" not in op.doc_page

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
        for label, values in sorted(page.enums.items()):  # a model page's enumeration members
            comp = next((c for c in reach if self.api.type(c).name == label and self.api.type(c).kind == "enum"), None)
            for v in values if comp else ():
                self.enum_seen[comp].setdefault(v, []).append(f"enum table {label} ({f})")
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
