"""Check that spec/openapi.yaml and spec/xsd/*.xsd describe the same types.

Same types (by namespace and name), same members both ways, same kinds, same base type, same enum
members, same length limits, same required members; and the operations' x- flags hold what the
generators read. Prints every mismatch and exits 1 if any:
``python -m codegen.consistency [SPEC_DIR]``.
"""

from __future__ import annotations

import pathlib
import sys

from . import kinds, naming
from .spec import Spec, load, module_namespaces, type_qname


def check(spec: Spec) -> list[str]:
    problems: list[str] = []
    api, xsd = spec.openapi, spec.xsd
    seen: set[tuple[str, str]] = set()
    mod_ns = module_namespaces(spec)
    for component, t in sorted(api.types.items()):
        if not t.datacontract:
            continue
        where = f"{component}"
        if t.module not in mod_ns:
            problems.append(f"{where}: no spec/xsd/{t.module}.xsd")
            continue
        if t.namespace and t.namespace != mod_ns[t.module]:
            problems.append(f"{where}: xml.namespace {t.namespace} but {t.module}.xsd is {mod_ns[t.module]}")
        qn = type_qname(spec, t)
        seen.add(qn)
        x = xsd.types.get(qn)
        if x is None:
            problems.append(f"{where}: in openapi.yaml but no XSD type {qn[1]} in {t.module}.xsd")
            continue
        if t.kind in ("enum", "string"):
            if x.kind != t.kind:
                problems.append(f"{where}: openapi {t.kind}, XSD {x.kind}")
            elif t.enum_values != x.enum_values:
                problems.append(
                    f"{where}: enum members differ: openapi {list(t.enum_values)}, XSD {list(x.enum_values)}"
                )
            continue
        if x.kind != "complex":
            problems.append(f"{where}: openapi object, XSD {x.kind}")
            continue
        base = type_qname(spec, api.type(t.base)) if t.base else None
        if base != x.base:
            problems.append(f"{where}: base differs: openapi {base and base[1]}, XSD {x.base and x.base[1]}")
        own = {m.xml_name: m for m in t.members}
        elements = {e.name: e for e in x.elements}
        for name in own.keys() - elements.keys():
            problems.append(f"{where}.{name}: in openapi.yaml, missing in {t.module}.xsd")
        for name in elements.keys() - own.keys():
            problems.append(f"{where}.{name}: in {t.module}.xsd, missing in openapi.yaml")
        for name in sorted(own.keys() & elements.keys()):
            m, e = own[name], elements[name]
            w = f"{where}.{name}"
            if m.kind in ("object", "enum", "string") and m.ref:
                want = type_qname(spec, api.type(m.ref))
            elif m.kind in kinds.BY_NAME:
                want = kinds.BY_NAME[m.kind].xsd
            elif m.kind == "list" and m.ref:
                item_ns, item_name = type_qname(spec, api.type(m.ref))
                want = (item_ns, f"ArrayOf{item_name}")
                arr = xsd.types.get(want)
                if arr is None or not arr.is_array:
                    problems.append(f"{w}: XSD has no list type ArrayOf{item_name} in {item_ns}")
                elif (arr.elements[0].type_ns, arr.elements[0].type_name) != (item_ns, item_name):
                    problems.append(f"{w}: ArrayOf{item_name} holds {arr.elements[0].type_name}")
                elif arr.elements[0].name != item_name:
                    problems.append(f"{w}: ArrayOf{item_name} items are <{arr.elements[0].name}>")
                elif m.item_nullable != arr.elements[0].nillable:
                    nillable = arr.elements[0].nillable
                    problems.append(f"{w}: item nullability differs: openapi {m.item_nullable}, XSD {nillable}")
            elif m.kind == "list" and m.item_kind in kinds.BY_NAME:
                want = (kinds.ARRAYS_NS, f"ArrayOf{kinds.BY_NAME[m.item_kind].item}")
                problems.extend(_scalar_list(spec, w, want, m.item_kind, m.item_nullable))
            elif m.kind == "map":
                want = (kinds.ARRAYS_NS, "ArrayOfKeyValueOfstringstring")
                if want not in xsd.types:
                    problems.append(f"{w}: XSD has no ArrayOfKeyValueOfstringstring in the Arrays namespace")
            else:
                problems.append(f"{w}: kind {m.kind} has no XSD form")
                continue
            if (e.type_ns, e.type_name) != want:
                problems.append(f"{w}: type differs: openapi {want[1]} ({want[0]}), XSD {e.type_name} ({e.type_ns})")
            if m.max_length != e.max_length:
                problems.append(f"{w}: maxLength differs: openapi {m.max_length}, XSD {e.max_length}")
            xsd_required = e.min_occurs >= 1 and not e.nillable
            if m.required != xsd_required:
                problems.append(f"{w}: required differs: openapi {m.required}, XSD {xsd_required}")
            if not m.required and m.nullable != e.nillable:
                problems.append(f"{w}: nullability differs: openapi {m.nullable}, XSD nillable={e.nillable}")
    for (ns, name), x in sorted(xsd.types.items()):
        if (ns, name) in seen or x.is_array or ns in (kinds.ARRAYS_NS, kinds.SERIALIZATION_NS):
            continue
        problems.append(f"{xsd.files[ns]}.xsd: type {name} has no schema in openapi.yaml")
    problems.extend(_operation_flags(spec))
    problems.extend(_python_names(spec))
    return problems


def _python_names(spec: Spec) -> list[str]:
    """Every generated name is a usable Python name, unique where it must be: members in their type (base
    members included), arguments in their operation, operation ids in the spec, method names in their
    resource (a method may not take a name every resource has: ``naming.RESERVED_METHODS``). Where snake case of a wire
    name is none, the spec says which name it has (``x-python-name``): no generator invents one."""
    problems: list[str] = []
    api = spec.openapi
    fix = "give it x-python-name"
    for component, t in sorted(api.types.items()):
        if t.kind != "object":
            continue
        seen: dict[str, str] = {}
        for m in api.all_members(component):
            name = naming.member_name(m)
            why = naming.name_problem(name, naming.RESERVED_MEMBERS)
            own = any(m is x for x in t.members)
            if why is not None and own:
                problems.append(f"{component}.{m.json_name}: Python name {name!r} {why}: {fix}")
            elif name in seen and own:
                problems.append(
                    f"{component}.{m.json_name}: Python name {name!r} is also {seen[name]}'s: {fix} (e.g. {name}_2)"
                )
            seen.setdefault(name, m.json_name)
    ids: dict[str, str] = {}
    methods: dict[tuple[str, str], str] = {}
    for op in api.operations:
        where = f"{op.method} {op.path}"
        why = naming.name_problem(op.operation_id)
        if why is not None:
            problems.append(f"{where}: operationId {op.operation_id!r} {why}: it names the operation's table row")
        elif op.operation_id in ids:
            problems.append(f"{where}: operationId {op.operation_id!r} is also {ids[op.operation_id]}'s")
        ids.setdefault(op.operation_id, where)
        method = naming.method_name(op)
        why = naming.name_problem(method, naming.RESERVED_METHODS)
        if why is not None:
            problems.append(f"{op.operation_id}: method name {method!r} {why}: give it another x-python-name")
        elif (op.tag, method) in methods:
            other = methods[op.tag, method]
            problems.append(
                f"{op.operation_id}: method name {method!r} is also {other}'s in client.{op.tag}: "
                "give one of them another x-python-name"
            )
        methods.setdefault((op.tag, method), op.operation_id)
        args: dict[str, str] = {op.body_name: "the body"} if op.body_name else {}
        for p in op.params:
            name = naming.python_name(p)
            why = naming.name_problem(name, naming.RESERVED_ARGUMENTS)
            if why is not None:
                problems.append(f"{op.operation_id}: parameter {p.name}: Python name {name!r} {why}: {fix}")
            elif name in args:
                problems.append(f"{op.operation_id}: parameter {p.name}: Python name {name!r} is {args[name]}'s: {fix}")
            args.setdefault(name, f"parameter {p.name}")
        why = naming.name_problem(op.body_name, naming.RESERVED_ARGUMENTS) if op.body_name else None
        if why is not None:
            problems.append(f"{op.operation_id}: x-body-name {op.body_name!r} {why}")
    return problems


def _operation_flags(spec: Spec) -> list[str]:
    """The operations' x- flags hold what the generators read: ``x-retry-safe`` is a boolean."""
    problems = []
    for op in spec.openapi.operations:
        if op.retry_safe is not None and not isinstance(op.retry_safe, bool):
            problems.append(f"{op.operation_id}: x-retry-safe must be true or false, not {op.retry_safe!r}")
    return problems


def _scalar_list(spec: Spec, where: str, want: tuple[str, str], item_kind: str, nullable: bool) -> list[str]:
    """A list of scalars is ``ArrayOf<item>`` in the Arrays namespace, items ``<item>`` of the kind's XSD type."""
    kind = kinds.BY_NAME[item_kind]
    arr = spec.xsd.types.get(want)
    if arr is None or not arr.is_array:
        return [f"{where}: XSD has no list type {want[1]} in the Arrays namespace"]
    item = arr.elements[0]
    if (item.name, (item.type_ns, item.type_name)) != (kind.item, kind.xsd):
        return [f"{where}: {want[1]} items are <{item.name}> of {item.type_name}, not <{kind.item}> of {kind.xsd[1]}"]
    if item.nillable != nullable and item_kind != "string":  # strings: reference type, always nillable in XSD
        return [f"{where}: item nullability differs: openapi {nullable}, XSD {item.nillable}"]
    return []


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = pathlib.Path(args[0]) if args else pathlib.Path(__file__).resolve().parent.parent / "spec"
    problems = check(load(root))
    for p in problems:
        print(f"spec mismatch: {p}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} mismatch(es) between openapi.yaml and the XSDs", file=sys.stderr)
        return 1
    print("spec/openapi.yaml and spec/xsd agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
