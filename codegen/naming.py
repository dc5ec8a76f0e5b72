"""Naming and typing rules for generated code, in one place (the templates only call these)."""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping

from . import kinds
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


def scalar_hint(kind: str) -> str:
    """The Python type of a scalar kind as a result or a list item (``UUID``, ``Duration``...)."""
    if kinds.BY_NAME.get(kind) and kinds.BY_NAME[kind].minimum is not None:  # an integer kind
        return "int"
    return _SCALAR_HINTS.get(kind) or kinds.BY_NAME[kind].python


def response_hint(op: Operation) -> str:
    if op.response_kind == "string":
        return "str"
    if op.response_kind == "none":
        return "None"
    if op.response_kind == "binary":
        return "bytes"
    if op.response_kind in ("scalar", "scalar_list"):
        assert op.response_scalar is not None
        hint = scalar_hint(op.response_scalar)
        return hint if op.response_kind == "scalar" else f"list[{hint}]"
    assert op.response_ref is not None
    if op.response_kind == "list":
        return f"list[{op.response_ref}]"
    return op.response_ref


def response_range(op: Operation) -> str | None:
    """The .NET kind of an integer result (or of its list's items) other than an Int32 (``long``, ``short``,
    ``byte``), whose range the client checks; the return hint is ``int`` for all of them."""
    kind = op.response_scalar
    if op.response_kind in ("scalar", "scalar_list") and kind is not None and kind != "int":
        if kinds.BY_NAME[kind].minimum is not None:
            return kind
    return None


def body_hint(op: Operation) -> str:
    """The Python type of an operation's request body: a model, a list of models or of scalars."""
    if op.body_kind == "scalar_list":
        assert op.body_scalar is not None
        return f"list[{scalar_hint(op.body_scalar)}]"
    assert op.body is not None
    return f"list[{op.body}]" if op.body_kind == "list" else op.body


def python_name(p: Param) -> str:
    """A parameter's argument name: ``x-python-name`` where the spec gives one, else the wire name in snake case."""
    return str(p.python_name or snake(p.name))


def method_name(op: Operation) -> str:
    """An operation's method name in its resource (and, dashed, its command in its group): ``x-python-name``
    where the spec gives one, else the operationId. The consistency check makes sure it is usable and unique
    in the resource."""
    return str(op.python_name or op.operation_id)


def member_name(m: Member) -> str:
    """A member's attribute name: ``x-python-name`` where the spec gives one, else the wire name in snake case.
    The generators take this and nothing else; the consistency check makes sure it is a usable, unique name."""
    return str(m.python_name or snake(m.json_name))


#: Names a member may not have, and why: the methods every model has (runtime/_types.py ``Model``), and
#: msgspec's ``field``, which a model's class body calls for each renamed member (a member named ``field``
#: would replace it there, and the next ``field(name=...)`` would call that member's default).
RESERVED_MEMBERS: dict[str, str] = {
    "to_json": "a method every model has",
    "to_dict": "a method every model has",
    "field": "msgspec's field(), which the model's class body calls",
}
#: Names an operation's method may not have: what every resource has or is expected to have
#: (runtime/_resource.py ``Resource``; a test checks that every public name it defines is listed here).
RESERVED_METHODS: dict[str, str] = {
    "with_raw_response": "the client's raw-response view, which a resource's name would shadow",
    "with_streaming_response": "the name of a streaming view, kept for one",
}
#: Names an argument may not have: the method's own.
RESERVED_ARGUMENTS: dict[str, str] = {"self": "the method's own", "options": "the method's **options"}


def name_problem(name: object, reserved: Mapping[str, str] | None = None) -> str | None:
    """Why ``name`` cannot be a generated attribute, argument or method name, or None if it can."""
    if not isinstance(name, str) or not name.isidentifier():
        return "is not a Python name"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if name.startswith("_"):
        return "starts with an underscore (private in Python)"
    if reserved and name in reserved:
        return f"is taken: {reserved[name]}"
    return None


def python_names(wire_names: list[str], reserved: Mapping[str, str], taken: tuple[str, ...] = ()) -> list[str]:
    """The rule the importer writes into ``x-python-name``, for names in the order given (after ``taken``,
    a base type's): snake case of the wire name (``field_`` before one that is not a Python name); a
    keyword or reserved name takes a trailing ``_`` (``class_``, ``to_json_``); a name an earlier one already
    has takes ``_2``, ``_3``... (``areaId``, ``areaID`` -> ``area_id``, ``area_id_2``)."""
    used, out = set(taken), []
    for wire in wire_names:
        name = re.sub(r"\W", "_", snake(wire)).strip("_") or "field"
        if not name.isidentifier():
            name = "field_" + name
        if keyword.iskeyword(name) or name in reserved:
            name += "_"
        base, n = name, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        out.append(name)
    return out


def param_hint(p: Param) -> str:
    base = {
        "string": "str",
        "boolean": "bool",
        "datetime": "datetime.datetime | datetime.date",
        "int": "int",
        "long": "int",
        "double": "float",
        "guid": "UUID | str",
    }.get(p.kind)
    if p.kind == "enum":
        assert p.ref is not None
        base = f"{p.ref} | str"
    if p.separator:
        base = "Sequence[str] | str"
    assert base is not None, p
    return base if p.required else f"{base} | None"


def timestamp_hint(m: Member) -> str:
    """The type hint of a ``format: date-time`` member: ``LazyTimestamp``, ``| None`` if null is allowed,
    ``| UnsetType`` if it may be absent."""
    return "LazyTimestamp" + (" | None" if m.nullable else "") + ("" if m.required else " | UnsetType")


#: Python types of the scalar kinds whose generated hint the spec decides (the rest are datamodel-code-generator's).
_SCALAR_HINTS = {
    "datetime": "Timestamp",
    "guid": "UUID",
    "bytes": "bytes",
    "timespan": "Duration",
    "decimal": "Decimal",
    # every integer kind, Int32 included: the runtime's alias of ``int`` with the .NET range (runtime/_types.py),
    # which msgspec checks while decoding
    **{k.name: k.alias for k in kinds.KINDS if k.alias},
}


def member_hint(m: Member) -> str | None:
    """The type hint of a member whose Python type the spec decides (timestamps, Guids, TimeSpans, byte[],
    ranged integers, dictionaries, lists of those), with ``| None`` and ``| UnsetType`` as for any member;
    None where datamodel-code-generator's own hint is right."""
    if m.kind == "datetime":
        base = "LazyTimestamp"  # the wire text until read (runtime/_types.py); list items are Timestamps
    elif m.kind in _SCALAR_HINTS:
        base = _SCALAR_HINTS[m.kind]
    elif m.kind == "list" and m.item_kind in _SCALAR_HINTS:
        base = f"list[{_SCALAR_HINTS[m.item_kind]}{' | None' if m.item_nullable else ''}]"
    elif m.kind == "map":
        base = "dict[str, str | None]"
    else:
        return None
    return base + (" | None" if m.nullable else "") + ("" if m.required else " | UnsetType")


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
