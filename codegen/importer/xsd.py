"""Write one XSD per DataContract namespace from the imported component schemas (spec/README's conventions).

Element order is .NET's: ordinal order of the XML names, base-class members first (the base is an
``xs:extension``), unless the schema carries ``x-xml-order`` (an order exception a sample shows, kept in
the overrides file). Output is deterministic: modules, types and imports are sorted.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .model import ARRAYS, DC, SER

_XS = {("string", None): "xs:string", ("string", "date-time"): "xs:dateTime", ("string", "byte"): "xs:base64Binary",
       ("string", "uuid"): "ser:guid", ("string", "dotnet-timespan"): "ser:duration", ("boolean", None): "xs:boolean",
       ("integer", "int32"): "xs:int", ("integer", "int64"): "xs:long", ("integer", "int16"): "xs:short",
       ("integer", "uint8"): "xs:unsignedByte", ("number", "double"): "xs:double",
       ("number", "decimal"): "xs:decimal", ("integer", None): "xs:int"}  # fmt: skip

#: The bare scalar roots of the serializer's namespace (results such as <string>…</string>).
_BARE = (
    ("boolean", "xs:boolean"),
    ("int", "xs:int"),
    ("long", "xs:long"),
    ("string", "xs:string"),
    ("guid", "tns:guid"),
)


def _types(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type")
    return t if isinstance(t, list) else [t]


def scalar(schema: dict[str, Any]) -> str:
    (t,) = [t for t in _types(schema) if t != "null"]
    return _XS[(t, schema.get("format"))]


def target(schema: dict[str, Any]) -> dict[str, Any]:
    if "oneOf" in schema:
        (ref,) = [b for b in schema["oneOf"] if "$ref" in b]
        return ref
    return schema


def own(schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """(base component, own object schema) of a component schema."""
    if "allOf" in schema:
        base = next(b["$ref"].rsplit("/", 1)[1] for b in schema["allOf"] if "$ref" in b)
        body = next(b for b in schema["allOf"] if "$ref" not in b)
        return base, body
    return None, schema


class XsdWriter:
    def __init__(
        self, components: dict[str, Any], namespaces: dict[str, str], written_by: str = "`python -m codegen import`"
    ) -> None:
        self.components = components
        self.written_by = written_by  # named in each file's first comment
        self.namespaces = {m: DC + ns for m, ns in namespaces.items()}
        self.types: dict[str, list[str]] = defaultdict(list)
        self.arrays: dict[str, set[tuple[str, bool]]] = defaultdict(set)
        self.imports: dict[str, set[str]] = defaultdict(set)
        self.scalar_arrays: set[str] = set()
        self.bare: set[str] = set()

    def qname(self, module: str, other: str, name: str) -> str:
        if other == module:
            return f"tns:{name}"
        self.imports[module].add(self.namespaces[other])
        return f"{{{self.namespaces[other]}}}{name}"

    def xml_name(self, component: str) -> str:
        return self.components[component].get("xml", {}).get("name", component.split(".", 1)[1])

    def element_type(self, module: str, schema: dict[str, Any]) -> str:
        t = target(schema)
        if "$ref" in t:
            component = t["$ref"].rsplit("/", 1)[1]
            return self.qname(module, component.split(".", 1)[0], self.xml_name(component))
        types = _types(t)
        if "array" in types:
            items = target(t["items"])
            if "$ref" in items:
                component = items["$ref"].rsplit("/", 1)[1]
                other, name = component.split(".", 1)[0], self.xml_name(component)
                self.arrays[other].add((name, "oneOf" in t["items"]))
                return self.qname(module, other, f"ArrayOf{name}")
            item = scalar(items).split(":")[1]
            self.scalar_arrays.add(item)
            self.imports[module].add(ARRAYS)
            return f"{{{ARRAYS}}}ArrayOf{item}"
        if "object" in types:
            self.imports[module].add(ARRAYS)
            return f"{{{ARRAYS}}}ArrayOfKeyValueOfstringstring"
        xs = scalar(t)
        if xs.startswith("ser:"):
            self.imports[module].add(SER)
            return f"{{{SER}}}{xs[4:]}"
        return xs

    def add(self, component: str, schema: dict[str, Any]) -> None:
        module = component.split(".", 1)[0]
        name = self.xml_name(component)
        if "enum" in schema:
            values = "".join(f'\n      <xs:enumeration value="{v}" />' for v in schema["enum"])
            self.types[module].append(
                f'  <xs:simpleType name="{name}">\n    <xs:restriction base="xs:string">{values}\n'
                f"    </xs:restriction>\n  </xs:simpleType>\n"
                f'  <xs:element name="{name}" nillable="true" type="tns:{name}" />'
            )
            return
        if schema.get("type") == "string":  # a named string (MatchingWatched)
            self.types[module].append(
                f'  <xs:simpleType name="{name}">\n    <xs:restriction base="xs:string" />\n  </xs:simpleType>\n'
                f'  <xs:element name="{name}" nillable="true" type="tns:{name}" />'
            )
            return
        base, body = own(schema)
        required = set(body.get("required", ()))
        rows = []
        for json_name, prop in (body.get("properties") or {}).items():
            xml_name = prop.get("x-xml-name") or json_name[0].upper() + json_name[1:]
            nullable = "oneOf" in prop or "null" in _types(prop)
            attrs = ("" if json_name in required else 'minOccurs="0" ') + f'name="{xml_name}"'
            if nullable:
                attrs += ' nillable="true"'
            t = self.element_type(module, prop)
            if "maxLength" in prop:
                rows.append(
                    (
                        xml_name,
                        (
                            f'<xs:element {attrs}>\n  <xs:simpleType>\n    <xs:restriction base="{t}">\n'
                            f'      <xs:maxLength value="{prop["maxLength"]}" />\n    </xs:restriction>\n'
                            "  </xs:simpleType>\n</xs:element>"
                        ),
                    )
                )
            else:
                rows.append((xml_name, f'<xs:element {attrs} type="{t}" />'))
        order = schema.get("x-xml-order")
        if order:
            rank = {n: i for i, n in enumerate(order)}
            rows.sort(key=lambda r: (rank.get(r[0], len(rank)), r[0].encode("utf-16-be")))
        else:
            rows.sort(key=lambda r: r[0].encode("utf-16-be"))  # ordinal (UTF-16 code units), as .NET sorts
        pad = "        " if base else "      "
        body_text = "\n".join("\n".join(pad + line for line in r.splitlines()) for _, r in rows)
        seq = (
            f"{pad[:-2]}<xs:sequence>\n{body_text}\n{pad[:-2]}</xs:sequence>\n"
            if rows
            else f"{pad[:-2]}<xs:sequence />\n"
        )
        if base:
            b = self.qname(module, base.split(".", 1)[0], self.xml_name(base))
            seq = (
                '    <xs:complexContent mixed="false">\n'
                f'      <xs:extension base="{b}">\n{seq}      </xs:extension>\n    </xs:complexContent>\n'
            )
        self.types[module].append(
            f'  <xs:complexType name="{name}">\n{seq}  </xs:complexType>\n'
            f'  <xs:element name="{name}" nillable="true" type="tns:{name}" />'
        )

    def files(self, bare: set[str]) -> dict[str, str]:
        """{module: XSD text}; ``bare`` are the scalar roots results use (``string``, ``int``…)."""
        for component in sorted(self.components):
            schema = self.components[component]
            if not schema.get("x-not-datacontract") and component.split(".", 1)[0] in self.namespaces:
                self.add(component, schema)
        modules = {**self.namespaces, "arrays": ARRAYS, "serialization": SER}
        out = {}
        for module, tns in sorted(modules.items()):
            parts = list(self.types.get(module, []))
            for item, nillable in sorted(self.arrays.get(module, ())):
                n = ' nillable="true"' if nillable else ""
                parts.append(
                    f'  <xs:complexType name="ArrayOf{item}">\n    <xs:sequence>\n'
                    f'      <xs:element minOccurs="0" maxOccurs="unbounded" name="{item}"{n} type="tns:{item}" />\n'
                    f"    </xs:sequence>\n  </xs:complexType>\n"
                    f'  <xs:element name="ArrayOf{item}" nillable="true" type="tns:ArrayOf{item}" />'
                )
            if module == "arrays" and (self.scalar_arrays or self.types.get("arrays")):
                parts += self._arrays_parts()
            if module == "serialization" and bare:
                parts += self._serialization_parts(bare)
            if not parts:
                continue
            prefixes = {ns: f"q{i}" for i, ns in enumerate(sorted(self.imports.get(module, set()) - {tns}), 1)}
            decl = "".join(f'\n           xmlns:{p}="{ns}"' for ns, p in prefixes.items())
            imports = "".join(
                f'  <xs:import namespace="{ns}" schemaLocation="{_module_of(modules, ns)}.xsd" />\n' for ns in prefixes
            )
            text = "\n".join(parts)
            for ns, p in prefixes.items():
                text = text.replace(f"{{{ns}}}", f"{p}:")
            out[module] = (
                '<?xml version="1.0" encoding="utf-8"?>\n'
                f"<!-- DataContract namespace {tns}. Written by {self.written_by}; see spec/README.md. -->\n"
                f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="{tns}"{decl}\n'
                f'           targetNamespace="{tns}" elementFormDefault="qualified">\n{imports}{text}\n</xs:schema>\n'
            )
        return out

    def _arrays_parts(self) -> list[str]:
        parts = []
        for item in sorted(self.scalar_arrays):
            n = ' nillable="true"' if item == "string" else ""
            t = f"xs:{item}"
            if item in ("guid", "duration"):
                t = f"{{{SER}}}{item}"
                self.imports["arrays"].add(SER)
            parts.append(
                f'  <xs:complexType name="ArrayOf{item}">\n    <xs:sequence>\n'
                f'      <xs:element minOccurs="0" maxOccurs="unbounded" name="{item}"{n} type="{t}" />\n'
                f"    </xs:sequence>\n  </xs:complexType>\n"
                f'  <xs:element name="ArrayOf{item}" nillable="true" type="tns:ArrayOf{item}" />'
            )
        parts.append(
            '  <xs:complexType name="ArrayOfKeyValueOfstringstring">\n    <xs:sequence>\n'
            '      <xs:element minOccurs="0" maxOccurs="unbounded" name="KeyValueOfstringstring"'
            ' type="tns:KeyValueOfstringstring" />\n    </xs:sequence>\n  </xs:complexType>\n'
            '  <xs:complexType name="KeyValueOfstringstring">\n    <xs:sequence>\n'
            '      <xs:element name="Key" nillable="true" type="xs:string" />\n'
            '      <xs:element name="Value" nillable="true" type="xs:string" />\n'
            "    </xs:sequence>\n  </xs:complexType>\n"
            '  <xs:element name="ArrayOfKeyValueOfstringstring" nillable="true"'
            ' type="tns:ArrayOfKeyValueOfstringstring" />'
        )
        return parts

    def _serialization_parts(self, bare: set[str]) -> list[str]:
        parts = []
        if "guid" in bare or "guid" in self.scalar_arrays or any(SER in i for i in self.imports.values()):
            parts.append(
                '  <xs:simpleType name="guid">\n    <xs:restriction base="xs:string">\n'
                '      <xs:pattern value="[\\da-fA-F]{8}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{4}'
                '-[\\da-fA-F]{12}" />\n'
                "    </xs:restriction>\n  </xs:simpleType>"
            )
            parts.append(
                '  <xs:simpleType name="duration">\n    <xs:restriction base="xs:duration" />\n  </xs:simpleType>'
            )
        parts += [f'  <xs:element name="{n}" nillable="true" type="{t}" />' for n, t in _BARE if n in bare]
        return parts


def _module_of(modules: dict[str, str], ns: str) -> str:
    return next(m for m, n in sorted(modules.items()) if n == ns)
