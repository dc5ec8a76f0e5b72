"""``--update``'s edits of openapi.yaml and the XSDs, as text (their comments and layout are kept)."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

from ..spec import Spec, type_qname
from .report import _KIND_LABEL, _upper_first

# ---------------------------------------------------------------------------------------------------
# --update: editing openapi.yaml and the XSDs as text (their comments and layout are kept)


class EditError(Exception):
    pass


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _yaml_str(s: str) -> str:
    plain = (
        re.fullmatch(r"[^\s:#'\"{}\[\],&*!|>%@`?-][^#{}\[\]]*", s)
        and ": " not in s
        and not s.endswith((" ", ":"))
        and not re.fullmatch(r"(true|false|null|yes|no|on|off|~|[-+]?[\d.eE]+)", s, re.IGNORECASE)
    )
    return s if plain else json.dumps(s, ensure_ascii=False)


_XSD_PRIMITIVE = {"string": "xs:string", "boolean": "xs:boolean", "int": "xs:int", "datetime": "xs:dateTime"}


class SpecEditor:
    """Text edits of openapi.yaml and spec/xsd/*.xsd for the simple cases."""

    def __init__(self, spec_dir: pathlib.Path, spec: Spec) -> None:
        self.dir = spec_dir
        self.spec = spec
        self.api = spec.openapi
        self.files: dict[pathlib.Path, str] = {}
        self.originals: dict[pathlib.Path, str] = {}

    def _text(self, path: pathlib.Path) -> str:
        if path not in self.files:
            self.files[path] = self.originals[path] = path.read_text(encoding="utf-8")
        return self.files[path]

    @property
    def openapi_path(self) -> pathlib.Path:
        return self.dir / "openapi.yaml"

    @property
    def texts_path(self) -> pathlib.Path:
        return self.dir / "descriptions.yaml"

    def xsd_path(self, comp: str) -> pathlib.Path:
        return self.dir / "xsd" / f"{self.api.type(comp).module}.xsd"

    def write(self) -> list[pathlib.Path]:
        changed = [p for p, t in self.files.items() if t != self.originals[p]]
        for p in changed:
            p.write_text(self.files[p], encoding="utf-8")
        return changed

    def restore(self) -> None:
        for p, t in self.originals.items():
            p.write_text(t, encoding="utf-8")

    def apply(self, update: dict[str, Any]) -> None:
        op = update["op"]
        if op == "add_enum":
            self.add_enum(update["component"], update["value"])
        elif op == "set_max_length":
            self.set_max_length(update["component"], update["json_name"], update["xml_name"], update["value"])
            self.set_length_message(update["component"], update["json_name"], update["message"])
        elif op == "set_length_message":
            self.set_length_message(update["component"], update["json_name"], update["message"])
        elif op == "add_field":
            self.add_field(update)
        else:
            raise EditError(f"unknown update {op}")

    # --- openapi.yaml -------------------------------------------------------------------------------

    def _component(self, lines: list[str], comp: str) -> tuple[int, int]:
        header = f"    {comp}:"
        try:
            start = next(i for i, line in enumerate(lines) if line.rstrip() == header)
        except StopIteration:
            raise EditError(f"openapi.yaml: no component {comp}") from None
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > 4):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        return start, end

    def _properties(self, lines: list[str], comp: str) -> tuple[int, int, dict[str, tuple[int, int]], int]:
        """(properties line, property indent, {name: (start, end)}, component end)."""
        start, end = self._component(lines, comp)
        for i in range(start + 1, end):
            m = re.match(r"^(\s*)properties:\s*(\{\})?\s*$", lines[i])
            if m:
                break
        else:
            raise EditError(f"openapi.yaml: {comp} has no properties")
        if m.group(2):
            lines[i] = f"{m.group(1)}properties:"
        pi = len(m.group(1)) + 2
        props: dict[str, tuple[int, int]] = {}
        j = i + 1
        while j < end:
            line = lines[j]
            if line.strip() and _indent(line) < pi:
                break
            pm = re.match(rf"^ {{{pi}}}([A-Za-z_][\w-]*):", line)
            if pm:
                k = j + 1
                while k < end and (not lines[k].strip() or _indent(lines[k]) > pi):
                    k += 1
                while not lines[k - 1].strip():
                    k -= 1
                props[pm.group(1)] = (j, k)
                j = k
                continue
            j += 1
        return i, pi, props, j

    def add_enum(self, comp: str, value: str) -> None:
        lines = self._text(self.openapi_path).split("\n")
        start, end = self._component(lines, comp)
        for i in range(start, end):
            m = re.match(r"^(\s*)enum:\s*\[(.*)\]\s*$", lines[i])
            if m:
                values = [v.strip() for v in m.group(2).split(",") if v.strip()]
                values.append(value if re.fullmatch(r"[A-Za-z_]\w*", value) else json.dumps(value))
                lines[i] = f"{m.group(1)}enum: [{', '.join(values)}]"
                break
            m = re.match(r"^(\s*)enum:\s*$", lines[i])
            if m:
                k = i + 1
                while k < end and lines[k].strip().startswith("- "):
                    k += 1
                lines.insert(k, f"{m.group(1)}  - {_yaml_str(value)}")
                break
        else:
            raise EditError(f"openapi.yaml: {comp} has no enum")
        self.files[self.openapi_path] = "\n".join(lines)
        # the XSD
        path = self.xsd_path(comp)
        text = self._text(path)
        name = self.api.type(comp).name
        m = re.search(rf'<xs:simpleType name="{re.escape(name)}">.*?</xs:simpleType>', text, re.S)
        if not m:
            raise EditError(f"{path.name}: no simpleType {name}")
        block = m.group(0)
        last = list(re.finditer(r'\n([ \t]*)<xs:enumeration value="[^"]*" />', block))
        if not last:
            raise EditError(f"{path.name}: {name} has no enumeration to extend")
        at = m.start() + last[-1].end()
        self.files[path] = text[:at] + f'\n{last[-1].group(1)}<xs:enumeration value="{_xml_attr(value)}" />' + text[at:]

    def _property_line(self, comp: str, json_name: str) -> tuple[list[str], int, int, int]:
        lines = self._text(self.openapi_path).split("\n")
        _, pi, props, _ = self._properties(lines, comp)
        if json_name not in props:
            raise EditError(f"openapi.yaml: {comp} has no property {json_name}")
        s, e = props[json_name]
        return lines, s, e, pi

    def set_max_length(self, comp: str, json_name: str, xml_name: str, value: int | None) -> None:
        lines, s, e, pi = self._property_line(comp, json_name)
        at = next((i for i in range(s + 1, e) if re.match(r"^\s*maxLength:", lines[i])), None)
        if at is not None:
            if value is None:
                del lines[at]
            else:
                lines[at] = f"{' ' * (pi + 2)}maxLength: {value}"
        elif value is not None:
            typed = [i for i in range(s + 1, e) if re.match(rf"^ {{{pi + 2}}}(type|format):", lines[i])]
            after = max(typed, default=s)
            lines.insert(after + 1, f"{' ' * (pi + 2)}maxLength: {value}")
        self.files[self.openapi_path] = "\n".join(lines)
        # the XSD element
        path = self.xsd_path(comp)
        text = self._text(path)
        start, stop = self._xsd_sequence(text, path, self.api.type(comp).name)
        el = self._xsd_element(text, start, stop, xml_name)
        if el is None:
            raise EditError(f"{path.name}: {self.api.type(comp).name} has no element {xml_name}")
        a, b = el
        old = text[a:b]
        indent = text[text.rfind("\n", 0, a) + 1 : a]
        attrs = re.match(r"<xs:element\b([^>]*?)\s*/?>", old)
        assert attrs
        attr_text = re.sub(r'\s+type="[^"]*"', "", attrs.group(1))
        if "<xs:maxLength" in old:
            if value is None:
                new = f'<xs:element{attr_text} type="xs:string" />'
            else:
                new = re.sub(r'<xs:maxLength value="\d+" />', f'<xs:maxLength value="{value}" />', old)
        else:
            if value is None:
                return
            if 'type="xs:string"' not in old:
                raise EditError(f"{path.name}: {xml_name} is not an xs:string element")
            new = _restricted(attr_text, value, indent)
        self.files[path] = text[:a] + new + text[b:]

    def set_length_message(self, comp: str, json_name: str, message: str | None) -> None:
        lines, s, e, pi = self._property_line(comp, json_name)
        at = next((i for i in range(s + 1, e) if re.match(r"^\s*x-length-message:", lines[i])), None)
        if message is None:
            if at is not None:
                del lines[at]
        elif at is not None:
            lines[at] = f"{' ' * (pi + 2)}x-length-message: {_yaml_str(message)}"
        else:
            lines.insert(e, f"{' ' * (pi + 2)}x-length-message: {_yaml_str(message)}")
        self.files[self.openapi_path] = "\n".join(lines)

    def add_field(self, u: dict[str, Any]) -> None:
        comp, jname, xname = u["component"], u["json_name"], u["xml_name"]
        lines = self._text(self.openapi_path).split("\n")
        pline, pi, props, _ = self._properties(lines, comp)
        if jname in props:
            raise EditError(f"openapi.yaml: {comp} already has {jname}")
        q = " " * (pi + 2)
        block = [f"{' ' * pi}{jname}:"]
        kind, ref = u["kind"], u["ref"]
        desc = u["description"] or "Ej beskriven på sidan; bara i exemplen. (Undocumented; seen only in the samples.)"
        if kind in _KIND_LABEL:
            yaml_type = {"string": "string", "datetime": "string", "int": "integer", "boolean": "boolean"}[kind]
            block.append(f'{q}type: [{yaml_type}, "null"]')
            if kind == "datetime":
                block.append(f"{q}format: date-time")
            if kind == "int":
                block.append(f"{q}format: int32")
            if u["max_length"] is not None:
                block.append(f"{q}maxLength: {u['max_length']}")
            block.append(f"{q}description: {_yaml_str(desc)}")
        elif kind == "list":
            block.append(f'{q}type: [array, "null"]')
            block.append(f"{q}description: {_yaml_str(desc)}")
            item_ns, item_name = type_qname(self.spec, self.api.type(ref))
            array = self.spec.xsd.types.get((item_ns, f"ArrayOf{item_name}"))
            if array is not None and array.is_array and array.elements[0].nillable:  # as .NET writes lists
                block.append(f"{q}items:")
                block.append(f'{q}  oneOf: [{{$ref: "#/components/schemas/{ref}"}}, {{type: "null"}}]')
            else:
                block.append(f'{q}items: {{$ref: "#/components/schemas/{ref}"}}')
        else:
            block.append(f"{q}description: {_yaml_str(desc)}")
            block.append(f"{q}oneOf:")
            block.append(f'{q}  - $ref: "#/components/schemas/{ref}"')
            block.append(f'{q}  - type: "null"')
        if u["length_message"]:
            block.append(f"{q}x-length-message: {_yaml_str(u['length_message'])}")
        if xname != _upper_first(jname):
            block.append(f"{q}x-xml-name: {xname}")
        if u.get("sample_only"):
            block.append(f"{q}x-inferred: kind (the member is only in the samples, not in a table)")
        after = u["json_after"]  # the members before it, nearest first ([]: it comes first; None: unknown)
        found = [a for a in after or () if a in props]
        if after == []:
            at = pline + 1
        elif found:
            at = props[found[0]][1]
        else:
            at = max((e for _, e in props.values()), default=pline + 1)
        lines[at:at] = block
        self.files[self.openapi_path] = "\n".join(lines)
        if u["description"] and self.texts_path.exists():  # where the import takes the text from
            self.files[self.texts_path] = with_member_text(self._text(self.texts_path), comp, jname, u["description"])

        # the XSD
        path = self.xsd_path(comp)
        text = self._text(path)
        name = self.api.type(comp).name
        start, stop = self._xsd_sequence(text, path, name)
        elements = self._xsd_elements(text, start, stop)
        if kind in _XSD_PRIMITIVE:
            type_ref = _XSD_PRIMITIVE[kind]
        else:
            target_ns, target_name = type_qname(self.spec, self.api.type(ref))
            if kind == "list":
                target_name = f"ArrayOf{target_name}"
            text, prefix = self._prefix(text, path, target_ns, ref)
            start, stop = self._xsd_sequence(text, path, name)
            elements = self._xsd_elements(text, start, stop)
            type_ref = f"{prefix}:{target_name}"
        names = [n for n, _, _ in elements]
        found = [a for a in u["xml_after"] or () if a in names]
        if u["xml_after"] == []:
            pos = 0
        elif found:
            pos = names.index(found[0]) + 1
        else:  # DataContract order: ordinal (alphabetical)
            pos = next((i for i, n in enumerate(names) if n > xname), len(names))
        if elements:
            first = elements[0][1]
            indent = text[text.rfind("\n", 0, first) + 1 : first]
        else:
            seq = text.rfind("<xs:sequence>", 0, start + 1)
            indent = text[text.rfind("\n", 0, seq) + 1 : seq] + "  "
        attrs = f' minOccurs="0" name="{xname}" nillable="true"'
        if u["max_length"] is not None and kind == "string":
            new = _restricted(attrs, u["max_length"], indent)
        else:
            new = f'<xs:element{attrs} type="{type_ref}" />'
        if pos < len(elements):
            at = elements[pos][1]
            text = text[:at] + new + "\n" + indent + text[at:]
        elif elements:
            at = elements[-1][2]
            text = text[:at] + "\n" + indent + new + text[at:]
        else:
            close = text.find("</xs:sequence>", start)
            line_start = text.rfind("\n", 0, close) + 1
            text = text[:line_start] + indent + new + "\n" + text[line_start:]
        self.files[path] = text

    # --- XSD ----------------------------------------------------------------------------------------

    def _xsd_sequence(self, text: str, path: pathlib.Path, name: str) -> tuple[int, int]:
        m = re.search(rf'<xs:complexType name="{re.escape(name)}">(.*?)</xs:complexType>', text, re.S)
        if not m:
            raise EditError(f"{path.name}: no complexType {name}")
        seq = re.search(r"<xs:sequence>(.*?)</xs:sequence>", m.group(0), re.S)
        if not seq:
            raise EditError(f"{path.name}: complexType {name} has no sequence")
        return m.start() + seq.start(1), m.start() + seq.end(1)

    def _xsd_elements(self, text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
        out = []
        for m in re.finditer(r"<xs:element\b[^>]*?(?:/>|>.*?</xs:element>)", text[start:stop], re.S):
            n = re.search(r'\bname="([^"]+)"', m.group(0))
            if n:
                out.append((n.group(1), start + m.start(), start + m.end()))
        return out

    def _xsd_element(self, text: str, start: int, stop: int, name: str) -> tuple[int, int] | None:
        for n, a, b in self._xsd_elements(text, start, stop):
            if n == name:
                return a, b
        return None

    def _prefix(self, text: str, path: pathlib.Path, ns: str, ref: str) -> tuple[str, str]:
        """The prefix of ``ns`` in this XSD, declaring and importing it if needed."""
        schema = re.search(r"<xs:schema\b[^>]*>", text)
        if not schema:
            raise EditError(f"{path.name}: no xs:schema")
        tns = re.search(r'targetNamespace="([^"]+)"', schema.group(0))
        if tns and tns.group(1) == ns:
            return text, "tns"
        for p, uri in re.findall(r'xmlns:(\w+)="([^"]+)"', schema.group(0)):
            if uri == ns and p != "tns":
                return text, p
        used = [int(n) for n in re.findall(r"xmlns:q(\d+)=", schema.group(0))]
        prefix = f"q{max(used, default=0) + 1}"
        module = self.spec.xsd.files.get(ns)
        if module is None:
            raise EditError(f"no XSD for namespace {ns}")
        tag = schema.group(0)
        new_tag = re.sub(
            r"(\s+)targetNamespace=",
            lambda m: f'{m.group(1)}xmlns:{prefix}="{ns}"{m.group(1)}targetNamespace=',
            tag,
            count=1,
        )
        text = text[: schema.start()] + new_tag + text[schema.end() :]
        imports = list(re.finditer(r"\n[ \t]*<xs:import\b[^>]*/>", text))
        at = imports[-1].end() if imports else schema.start() + len(new_tag)
        text = text[:at] + f'\n  <xs:import namespace="{ns}" schemaLocation="{module}.xsd" />' + text[at:]
        return text, prefix


def with_member_text(text: str, comp: str, json_name: str, words: str) -> str:
    """descriptions.yaml's ``text`` with ``words`` as the text of ``comp``'s member ``json_name`` (under
    ``types: <comp>: properties:``), its comments and layout kept; a text already there is kept instead."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()

    def block(start: int, indent: int) -> int:  # the end of the entry at ``start``: its deeper lines
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        return end

    def find(key: str, indent: int, lo: int, hi: int) -> int | None:
        pattern = re.compile(rf"^ {{{indent}}}{re.escape(key)}:(\s|$)")
        return next((i for i in range(lo, hi) if pattern.match(lines[i])), None)

    entry = f"      {json_name}: {_yaml_str(words)}"
    types = find("types", 0, 0, len(lines))
    if types is None:
        lines += ["types:", f"  {comp}:", "    properties:", entry]
        return "\n".join(lines) + "\n"
    types_end = block(types, 0)
    at = find(comp, 2, types + 1, types_end)
    if at is None:
        lines[types_end:types_end] = [f"  {comp}:", "    properties:", entry]
        return "\n".join(lines) + "\n"
    comp_end = block(at, 2)
    props = find("properties", 4, at + 1, comp_end)
    if props is None:
        lines[comp_end:comp_end] = ["    properties:", entry]
        return "\n".join(lines) + "\n"
    props_end = block(props, 4)
    if find(json_name, 6, props + 1, props_end) is None:
        lines.insert(props_end, entry)
    return "\n".join(lines) + "\n"


def _xml_attr(s: str) -> str:
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _restricted(attrs: str, max_length: int, indent: str) -> str:
    return "\n".join(
        [
            f"<xs:element{attrs}>",
            f"{indent}  <xs:simpleType>",
            f'{indent}    <xs:restriction base="xs:string">',
            f'{indent}      <xs:maxLength value="{max_length}" />',
            f"{indent}    </xs:restriction>",
            f"{indent}  </xs:simpleType>",
            f"{indent}</xs:element>",
        ]
    )
