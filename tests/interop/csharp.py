"""C# DataContract classes for spec/, and a batch harness around .NET's own serializers.

The interop tests (this folder) compile this with Mono's ``mcs`` and let .NET read and write what
``vitec_connect.xml`` / ``vitec_connect.json`` produce. Nothing in the Python package depends on it.

- One C# class per DataContract object type, one C# enum per enumeration, one C# namespace per spec
  module (``Interop.crm_contact``); the wire names come from the attributes, not from the C# names:
  ``[DataContract(Name, Namespace)]`` with the type's XSD namespace, ``[DataMember(Name, Order)]`` with
  ``Order`` the member's position in its XSD sequence (so ``TelephoneNumbers``, which is not
  alphabetical, is written as the XSD says), ``[KnownType]`` on a base for each subtype, and
  ``[JsonProperty(jsonName, Order)]`` with the JSON position (base-class members first), so Newtonsoft
  writes the spec's JSON names in the spec's order. Value members are nullable (``bool?``, ``int?``,
  ``DateTime?``, ``Enum?``) unless the spec makes them required and not nullable.
- ``Harness.cs``: ``mono harness.exe IN OUT`` reads lines ``<id> <root> <op> <base64 payload>`` and writes
  ``<id> OK <base64 result>`` or ``<id> ERR <base64 message>``. ``root`` is a component
  (``crm_contact.CrmContact``), ``list:<component>`` (``List<T>``, XML root ``ArrayOfT``) or ``string``;
  ``op`` is ``xml2xml``, ``json2json``, ``xml2json`` or ``json2xml``: read with one format, write with
  the other. XML is read by ``DataContractSerializer.ReadObject(XmlReader.Create(stream))`` and written
  by ``DataContractSerializer(declared type).WriteObject`` to ``XmlWriter.Create`` (no declaration,
  UTF-8 without BOM). JSON is Newtonsoft with ASP.NET Web API's defaults (dates parsed as ``DateTime``,
  ``RoundtripKind``, ISO format) plus ``StringEnumConverter``; unknown JSON members are an error. A
  polymorphic root (``CrmContact``) has no ``$type`` in JSON: the harness reads its discriminator
  (``type``) and deserializes the subtype it names.

The harness refuses to run unless the local time zone behaves as Europe/Stockholm (run it with
``TZ=Europe/Stockholm``): .NET reads a time with an offset as local time and writes the local offset.

``python -m tests.interop.csharp OUT_DIR`` writes ``Models.cs`` and ``Harness.cs``. Output is deterministic.
"""

from __future__ import annotations

import dataclasses
import json
import pathlib
import re
import sys

import jinja2

from codegen.api import template_env
from codegen.spec import Member, Spec, SpecError, TypeDef, load, type_qname

TEMPLATES = pathlib.Path(__file__).parent / "templates"
ROOT_NAMESPACE = "Interop"
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CS_KEYWORDS = frozenset(
    "abstract as base bool break byte case catch char checked class const continue decimal default delegate do "
    "double else enum event explicit extern false finally fixed float for foreach goto if implicit in int "
    "interface internal is lock long namespace new null object operator out override params private protected "
    "public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw "
    "true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while".split()
)


@dataclasses.dataclass(frozen=True)
class CsEnumValue:
    ident: str
    value: str


@dataclasses.dataclass(frozen=True)
class CsEnum:
    name: str
    xml_name: str
    xml_ns: str
    values: tuple[CsEnumValue, ...]


@dataclasses.dataclass(frozen=True)
class CsMember:
    prop: str
    cs_type: str
    element: str
    order: int
    required: bool
    json_name: str
    json_order: int


@dataclasses.dataclass(frozen=True)
class CsClass:
    name: str
    xml_name: str
    xml_ns: str
    base: str | None
    known_types: tuple[str, ...]
    members: tuple[CsMember, ...]


@dataclasses.dataclass(frozen=True)
class CsNamespace:
    name: str
    enums: tuple[CsEnum, ...]
    classes: tuple[CsClass, ...]


@dataclasses.dataclass(frozen=True)
class CsDiscriminator:
    base: str
    json_name: str
    mapping: tuple[tuple[str, str], ...]  # (value, C# type)


def cs_name(component: str) -> str:
    """``crm_contact.CrmContact`` -> ``global::Interop.crm_contact.CrmContact``."""
    module, name = component.split(".")
    return f"global::{ROOT_NAMESPACE}.{module}.{name}"


def cs_string(text: str) -> str:
    """A C# string literal (JSON escapes are C# escapes)."""
    return json.dumps(text, ensure_ascii=True)


def _identifier(name: str, taken: set[str]) -> str:
    ident = name if _IDENT.match(name) else "M_" + re.sub(r"[^A-Za-z0-9_]", "_", name)
    if ident in _CS_KEYWORDS:
        ident = "@" + ident
    while ident in taken:
        ident += "_"
    taken.add(ident)
    return ident


#: C# types of the scalar kinds beyond string, bool, int and DateTime (value types take ``?`` when nullable).
_KIND_TYPES = {
    "long": "long",
    "short": "short",
    "byte": "byte",
    "double": "double",
    "decimal": "decimal",
    "guid": "global::System.Guid",
    "timespan": "global::System.TimeSpan",
}


def _item_type(kind: str) -> str:
    return {"string": "string", "boolean": "bool", "int": "int", "bytes": "byte[]"}.get(kind) or _KIND_TYPES[kind]


def _member_type(m: Member) -> str:
    value_type = m.nullable or not m.required
    if m.kind in _KIND_TYPES:
        return _KIND_TYPES[m.kind] + ("?" if value_type else "")
    if m.kind == "bytes":
        return "byte[]"
    if m.kind == "map":
        return "global::System.Collections.Generic.Dictionary<string, string>"
    if m.kind == "string":
        return "string"
    if m.kind == "boolean":
        return "bool?" if value_type else "bool"
    if m.kind == "int":
        return "int?" if value_type else "int"
    if m.kind == "datetime":
        return "global::System.DateTime?" if value_type else "global::System.DateTime"
    if m.kind == "enum":
        assert m.ref is not None
        return cs_name(m.ref) + ("?" if value_type else "")
    if m.kind == "object":
        assert m.ref is not None
        return cs_name(m.ref)
    if m.kind == "list":
        if m.item_kind == "string":
            item = "string"
        elif m.item_kind == "object":
            assert m.ref is not None
            item = cs_name(m.ref)
        elif m.item_kind == "enum":
            assert m.ref is not None
            item = cs_name(m.ref)
        elif m.item_kind in ("boolean", "int", *_KIND_TYPES):
            item = _item_type(m.item_kind)
        else:
            raise SpecError(f"csharp: list of {m.item_kind} has no C# form")
        return f"global::System.Collections.Generic.List<{item}>"
    raise SpecError(f"csharp: member kind {m.kind} has no C# form")


def _polymorphic_below_root(spec: Spec, t: TypeDef) -> list[str]:
    """Members whose (item) type has subtypes: the harness only dispatches JSON subtypes at the root."""
    api = spec.openapi
    return [
        f"{t.component}.{m.json_name}"
        for m in t.members
        if m.ref and m.kind in ("object", "list") and api.type(m.ref).kind == "object" and api.subtypes(m.ref)
    ]


def model(spec: Spec) -> tuple[list[CsNamespace], list[CsDiscriminator], list[str]]:
    """The C# picture of spec/: namespaces with their enums and classes, JSON discriminators, root keys."""
    api = spec.openapi
    modules: dict[str, tuple[list[CsEnum], list[CsClass]]] = {}
    discriminators = []
    problems = []
    for component, t in sorted(api.types.items()):
        if not t.datacontract or t.kind == "string":
            continue  # named strings are C# strings
        ns, xml_name = type_qname(spec, t)
        enums, classes = modules.setdefault(t.module, ([], []))
        if t.kind == "enum":
            taken: set[str] = set()
            values = tuple(CsEnumValue(_identifier(v, taken), v) for v in t.enum_values)
            enums.append(CsEnum(t.name, xml_name, ns, values))
            continue
        problems += _polymorphic_below_root(spec, t)
        order = {e.name: i for i, e in enumerate(spec.xsd.get(ns, xml_name).elements)}
        inherited = len(api.all_members(t.base)) if t.base else 0
        taken = {t.name}
        members = []
        for j, m in enumerate(t.members):
            if m.xml_name not in order:
                raise SpecError(f"csharp: {component}.{m.json_name}: no element {m.xml_name} in the XSD")
            members.append(
                CsMember(
                    prop=_identifier(m.xml_name, taken),
                    cs_type=_member_type(m),
                    element=m.xml_name,
                    order=order[m.xml_name],
                    required=m.required,
                    json_name=m.json_name,
                    json_order=inherited + j,
                )
            )
        classes.append(
            CsClass(
                name=t.name,
                xml_name=xml_name,
                xml_ns=ns,
                base=cs_name(t.base) if t.base else None,
                known_types=tuple(cs_name(s) for s in sorted(api.subtypes(component))),
                members=tuple(sorted(members, key=lambda cm: cm.order)),
            )
        )
        if t.discriminator:
            discriminators.append(
                CsDiscriminator(
                    cs_name(component), t.discriminator, tuple((v, cs_name(c)) for v, c in t.discriminator_mapping)
                )
            )
    if problems:
        raise SpecError("csharp: polymorphic members below the root are not supported: " + ", ".join(problems))
    namespaces = [CsNamespace(name, tuple(e), tuple(c)) for name, (e, c) in sorted(modules.items())]
    roots = [c for c, t in sorted(api.types.items()) if t.datacontract and t.kind == "object"]
    return namespaces, discriminators, roots


def _env() -> jinja2.Environment:
    env = template_env(TEMPLATES)
    env.filters["cs"] = cs_string
    env.filters["cs_name"] = cs_name
    return env


def generate(spec: Spec) -> dict[str, str]:
    """``{"Models.cs": ..., "Harness.cs": ...}``."""
    namespaces, discriminators, roots = model(spec)
    env = _env()
    context = dict(root_ns=ROOT_NAMESPACE, namespaces=namespaces, discriminators=discriminators, roots=roots)
    return {name: env.get_template(f"{name}.jinja").render(**context) for name in ("Models.cs", "Harness.cs")}


def write(spec: Spec, out_dir: pathlib.Path) -> list[pathlib.Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(spec).items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print("usage: python -m tests.interop.csharp OUT_DIR [SPEC_DIR]", file=sys.stderr)
        return 2
    spec_dir = pathlib.Path(args[1]) if len(args) == 2 else pathlib.Path(__file__).resolve().parents[2] / "spec"
    for path in write(load(spec_dir), pathlib.Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
