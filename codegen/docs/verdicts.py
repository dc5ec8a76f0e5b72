"""From what the walks recorded to differences: added members, changed limits, messages and kinds."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .page import PRIMITIVES, Row
from .report import _KIND_LABEL, _lower_first, _upper_first


class Verdicts:
    """Checker's verdicts (mixed into ``Checker``; they read what the walks recorded)."""

    # --- the verdicts -------------------------------------------------------------------------------

    def namespace_correction(self, comp: str, new: str) -> str:
        """For a type whose namespace the spec only inferred, the override that corrects it (the import
        moves the type there); a namespace a document had shown is a change for a person to look at."""
        t = self.api.types.get(comp)
        prefix = "http://schemas.datacontract.org/2004/07/"
        if t is None or not t.namespace_inferred or not new.startswith(prefix):
            return ""
        return (f"the spec only inferred this namespace; the sample shows it. Proposed: in spec/overrides.yaml\n"
                f"types:\n  {comp}:\n    namespace: {new[len(prefix):]}\n"
                "then python -m codegen import ... --write (the type moves to that namespace's module)")  # fmt: skip

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
            detail = self.namespace_correction(comp, new)
            self.item(f"type {comp}", "changed", "XML namespace", comp.split(".")[-1], old=old, new=new,
                      evidence=outer, detail=detail)  # fmt: skip
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
