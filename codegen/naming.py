"""Naming and typing rules for generated code, in one place (the templates only call these)."""

from __future__ import annotations

import keyword
import re

from .spec import Member, OpenApiSpec, Operation, Param


def snake(name: str) -> str:
    """``contactIds`` -> ``contact_ids``; ``GDPRApprovalDate`` -> ``gdpr_approval_date``."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.lower()


def const(name: str) -> str:
    """``get_contact`` -> ``GET_CONTACT``."""
    return snake(name).upper()


def resource_class(tag: str) -> str:
    """``business_intelligence`` -> ``BusinessIntelligenceResource``."""
    return "".join(part.capitalize() for part in tag.split("_")) + "Resource"


def model_ref(component: str) -> str:
    """``crm_contact.CrmContact`` -> ``crm_contact.CrmContact`` (module-qualified Python name)."""
    return component


def response_hint(op: Operation) -> str:
    if op.response_kind == "string":
        return "str"
    assert op.response_ref is not None
    if op.response_kind == "list":
        return f"list[{model_ref(op.response_ref)}]"
    return model_ref(op.response_ref)


def param_hint(p: Param) -> str:
    base = {
        "string": "str",
        "boolean": "bool",
        "datetime": "datetime.datetime | datetime.date",
        "int": "int",
    }.get(p.kind)
    if p.kind == "enum":
        assert p.ref is not None
        base = f"{model_ref(p.ref)} | str"
    if p.separator:
        base = "Sequence[str] | str"
    assert base is not None, p
    return base if p.required else f"{base} | None"


def param_doc(p: Param) -> str:
    doc = p.description
    if p.max_items:
        doc += f" At most {p.max_items} per request; more are sent in batches of {p.max_items} unless ``chunk=False``."
    return doc


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def wrap_doc(text: str, indent: int) -> str:
    pad = " " * indent
    return "\n".join((pad + line) if line.strip() else "" for line in text.strip().splitlines())


def timestamp_hint(m: Member) -> str:
    """The type hint of a ``format: date-time`` member: ``Timestamp``, ``| None`` if null is allowed,
    ``| UnsetType`` if it may be absent."""
    return "Timestamp" + (" | None" if m.nullable else "") + ("" if m.required else " | UnsetType")


def enum_member_names(values: tuple[str, ...]) -> dict[str, str]:
    """value -> Python member name: the value itself where it is a Python name (``Person``), else the value
    made one (``None`` -> ``None_``, ``2-rum`` -> ``_2_rum``); a clash takes a trailing ``_``."""
    names: dict[str, str] = {}
    for value in values:
        name = re.sub(r"\W", "_", value) or "_"
        if name[0].isdigit():
            name = "_" + name
        if keyword.iskeyword(name) or name.startswith("__"):
            name += "_"
        while name in names.values():
            name += "_"
        names[value] = name
    return names


def xml_kind(m: Member) -> str:
    return "string" if m.kind == "string" else m.kind


def exported_names(api: OpenApiSpec) -> dict[str, str]:
    """Plain names for vitec_connect.models: every endpoint's request and response types (and their
    subtypes) first, then any type whose name no other namespace uses. name -> component."""
    out: dict[str, str] = {}
    for op in api.operations:
        for comp in (op.body, op.response_ref):
            if comp:
                out.setdefault(api.types[comp].name, comp)
                for sub in api.subtypes(comp):
                    out.setdefault(api.types[sub].name, sub)
    counts: dict[str, int] = {}
    for t in api.types.values():
        counts[t.name] = counts.get(t.name, 0) + 1
    for comp, t in sorted(api.types.items()):
        if counts[t.name] == 1 and t.datacontract:
            out.setdefault(t.name, comp)
    return dict(sorted(out.items()))
