"""Walking a page's sample bodies (JSON and XML) with the spec: members, enum members, namespaces, order."""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..spec import ARRAYS_NS, SERIALIZATION_NS, Member, Operation
from .page import Row, Sample
from .report import XSI, Target, _json_kind, _text_kind


class SampleWalk:
    """Checker's sample walks (mixed into ``Checker``; they use its spec and its records)."""

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
