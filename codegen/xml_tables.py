"""The DataContract XML tables (``_api/xml_tables/``): one module of rows per namespace, and an index.

For each object type: its element name, namespace, base type, the types derived from it and its own
members in the order .NET writes and reads them, from spec/xsd/ and spec/openapi.yaml. The runtime
(``vitec_connect.xml._plans``) imports the index on first use and a namespace's rows when a type of
that namespace is first read or written, so that importing the package does not grow with the spec.
"""

from __future__ import annotations

from typing import Any

from . import kinds
from .api import TEMPLATES, template_env
from .spec import ARRAYS_NS, SERIALIZATION_NS, Spec, module_namespaces, type_qname

PACKAGE = "_api/xml_tables"


def _types(spec: Spec) -> list[dict[str, Any]]:
    """One entry per DataContract object type (the template's rows), a base before its subtypes."""
    api = spec.openapi
    ns_const = {ns: module.upper() for ns, module in spec.xsd.files.items()}
    ns_const[ARRAYS_NS] = "ARRAYS"
    out = []
    for comp, t in sorted(api.types.items()):
        if t.kind != "object" or not t.datacontract:
            continue
        ns, name = type_qname(spec, t)
        xsd_type = spec.xsd.get(ns, name)
        by_xml = {m.xml_name: m for m in t.members}
        members = []
        for e in xsd_type.elements:  # XSD order is the wire order
            m = by_xml[e.name]
            entry: dict[str, Any] = {"element": e.name, "json_name": m.json_name, "kind": m.kind,
                                     "target": None, "child_ns": None, "item": None}  # fmt: skip
            if m.kind in ("enum", "object") and m.ref:
                entry["target"] = m.ref
                if m.kind == "object":
                    target_ns = type_qname(spec, api.type(m.ref))[0]
                    entry["child_ns"] = ns_const[target_ns] if target_ns != ns else None
            elif m.kind == "list":
                if m.ref:
                    item_ns, item_name = type_qname(spec, api.type(m.ref))
                    entry.update(target=m.ref, item=item_name, item_ns=ns_const[item_ns], item_kind=m.item_kind)
                else:
                    item_ns = ARRAYS_NS
                    item = kinds.BY_NAME[m.item_kind or "string"].item
                    entry.update(item=item, item_ns="ARRAYS", item_kind=m.item_kind)
                entry["child_ns"] = ns_const[item_ns] if item_ns != ns else None
            elif m.kind == "map":  # Dictionary<string,string>: KeyValueOfstringstring items in the Arrays namespace
                entry.update(item="KeyValueOfstringstring", item_ns="ARRAYS", item_kind="string", child_ns="ARRAYS")
            members.append(entry)
        out.append({
            "cls": comp, "name": name, "ns": ns, "ns_const": ns_const[ns], "base": t.base, "members": members,
            "namespace_inferred": t.namespace_inferred,
        })  # fmt: skip
    # a base before its subtypes; every type lists the types derived from it, at any depth
    order = {d["cls"]: i for i, d in enumerate(out)}
    depth = lambda c: 0 if api.type(c).base is None else 1 + depth(api.type(c).base)
    out.sort(key=lambda d: (depth(d["cls"]), order[d["cls"]]))
    for d in out:
        d["subtypes"] = [s["cls"] for s in out if s["cls"] != d["cls"] and _derives(api, s["cls"], d["cls"])]
    return out


def _derives(api: Any, comp: str, base: str) -> bool:
    while (comp := api.type(comp).base) is not None:
        if comp == base:
            return True
    return False


def _refs(d: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(models modules, namespace constants) that the rows of one type refer to."""
    classes = [d["cls"], d["base"], *d["subtypes"], *(m["target"] for m in d["members"])]
    consts = {d["ns_const"], *(m.get(k) for m in d["members"] for k in ("child_ns", "item_ns"))}
    return {c.split(".")[0] for c in classes if c}, {c for c in consts if c}


def generate(spec: Spec) -> dict[str, str]:
    """{path under generated/: source}: the index and one module per namespace with object types."""
    env = template_env(TEMPLATES)
    types = _types(spec)
    by_module: dict[str, list[dict[str, Any]]] = {}
    for d in types:
        by_module.setdefault(d["ns_const"].lower(), []).append(d)
    namespaces = sorted(module_namespaces(spec).items())
    classes: dict[str, list[str]] = {}
    for module, rows in sorted(by_module.items()):
        for d in rows:
            classes.setdefault(d["cls"].split(".")[1], []).append(module)
    files = {
        f"{PACKAGE}/__init__.py": env.get_template("xml_tables_index.py.jinja").render(
            namespaces=namespaces,
            arrays_ns=ARRAYS_NS,
            serialization_ns=SERIALIZATION_NS,
            modules=sorted((rows[0]["ns_const"], module) for module, rows in by_module.items()),
            inferred=sorted({d["ns_const"] for d in types if d["namespace_inferred"]}),
            classes=sorted(classes.items()),
        )
    }
    for module, rows in sorted(by_module.items()):
        models, consts = set(), set()
        for d in rows:
            m, c = _refs(d)
            models |= m
            consts |= c
        files[f"{PACKAGE}/{module}.py"] = env.get_template("xml_tables.py.jinja").render(
            namespace=rows[0]["ns"], models=sorted(models), consts=sorted(consts), types=rows
        )
    return files
