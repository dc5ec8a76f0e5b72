"""Jinja-rendered artifacts: models/__init__.py, _api/xml_tables.py, _api/operations.py."""

from __future__ import annotations

import hashlib
import pathlib
from typing import Any

import jinja2

from . import kinds, naming
from .spec import ARRAYS_NS, SERIALIZATION_NS, Spec, module_namespaces, type_qname

TEMPLATES = pathlib.Path(__file__).parent / "templates"


def template_env(folder: pathlib.Path) -> jinja2.Environment:
    """A Jinja environment for one folder of templates, with the settings every generator here uses."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )


def _env() -> jinja2.Environment:
    env = template_env(TEMPLATES)
    for name in (
        "snake",
        "const",
        "resource_class",
        "response_hint",
        "param_hint",
        "body_hint",
        "python_name",
        "param_doc",
        "wrap_doc",
        "first_line",
    ):
        env.filters[name] = getattr(naming, name)
    env.filters["pyrepr"] = repr
    env.tests["customer"] = is_customer_param
    return env


def is_customer_param(p: Any) -> bool:
    """A parameter that names the Vitec customer (``customerId``, ``criteria.customerId``): an operation
    leaves it out to use the client's ``customer_id``."""
    return bool(p.name == "customerId" or p.name.endswith(".customerId"))


def spec_hash(root: pathlib.Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _modules(spec: Spec) -> list[str]:
    return sorted({t.module for t in spec.openapi.types.values() if t.datacontract})


def _xml_types(spec: Spec) -> list[dict[str, Any]]:
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
            "cls": comp, "name": name, "ns_const": ns_const[ns], "base": t.base, "members": members,
        })  # fmt: skip
    # a base before its subtypes
    order = {d["cls"]: i for i, d in enumerate(out)}
    depth = lambda c: 0 if api.type(c).base is None else 1 + depth(api.type(c).base)
    out.sort(key=lambda d: (depth(d["cls"]), order[d["cls"]]))
    return out


def _constraints(spec: Spec) -> list[tuple[str, list[dict[str, Any]]]]:
    """(component, rows) for every object type with a required member or a length limit (own members)."""
    out = []
    for comp, t in sorted(spec.openapi.types.items()):
        if t.kind != "object":
            continue
        rows = [
            {"attr": naming.snake(m.json_name), "json_name": m.json_name, "xml_name": m.xml_name,
             "required": m.required, "required_message": m.required_message,
             "max_length": m.max_length, "length_message": m.length_message}
            for m in t.members
            if m.required or m.max_length is not None
        ]  # fmt: skip
        if rows:
            out.append((comp, rows))
    return out


def generate(spec: Spec) -> dict[str, str]:
    """{path under generated/: source} of the jinja-rendered files."""
    env = _env()
    modules = _modules(spec)
    namespaces = sorted((module, ns) for module, ns in module_namespaces(spec).items())
    api = spec.openapi
    return {
        "models/__init__.py": env.get_template("models_init.py.jinja").render(
            modules=modules + (["errors"] if "errors" in {t.module for t in api.types.values()} else []),
            exported=naming.exported_names(api),
        ),
        "_api/__init__.py": (
            '"""Tables generated from spec/ for the runtime. Generated by codegen. Do not edit."""\n\n'
            f"#: sha256 over spec/ (every file's path and bytes): which spec this code was generated from\n"
            f'SPEC_SHA256 = "{spec_hash(spec.root)}"\n'
            f'API_VERSION = "{api.version}"\n'
        ),
        "_api/xml_tables.py": env.get_template("xml_tables.py.jinja").render(
            modules=modules,
            namespaces=namespaces,
            arrays_ns=ARRAYS_NS,
            serialization_ns=SERIALIZATION_NS,
            types=_xml_types(spec),
        ),
        "_api/polymorphism.py": env.get_template("polymorphism.py.jinja").render(
            modules=sorted(
                {
                    c.split(".")[0]
                    for _, t in api.types.items()
                    if t.discriminator
                    for c in [t.component, *(s for _, s in t.discriminator_mapping)]
                }
            ),
            discriminators=[
                (c, t.discriminator, t.discriminator_mapping) for c, t in sorted(api.types.items()) if t.discriminator
            ],
        ),
        "_api/constraints.py": env.get_template("constraints.py.jinja").render(
            modules=sorted({c.split(".")[0] for c, _ in _constraints(spec)}),
            constraints=_constraints(spec),
        ),
        "_api/operations.py": env.get_template("operations.py.jinja").render(
            modules=modules, operations=api.operations, tags=api.tags, api=api
        ),
    }
