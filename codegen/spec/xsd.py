"""The XSD half of spec/: one XSD per DataContract namespace, read into types and their element sequences."""

from __future__ import annotations

import dataclasses
import pathlib

from lxml import etree

from .errors import SpecError

XS = "http://www.w3.org/2001/XMLSchema"


@dataclasses.dataclass(frozen=True)
class XsdElement:
    name: str
    type_ns: str
    type_name: str
    nillable: bool
    min_occurs: int
    max_occurs: str  # "1" or "unbounded"
    max_length: int | None


@dataclasses.dataclass(frozen=True)
class XsdType:
    namespace: str
    name: str
    kind: str  # "complex" | "enum" | "string"
    base: tuple[str, str] | None = None
    elements: tuple[XsdElement, ...] = ()
    enum_values: tuple[str, ...] = ()
    documentation: str = ""

    @property
    def is_array(self) -> bool:
        return len(self.elements) == 1 and self.elements[0].max_occurs == "unbounded"


@dataclasses.dataclass(frozen=True)
class XsdSet:
    types: dict[tuple[str, str], XsdType]  # (namespace, name) -> type
    files: dict[str, str]  # namespace -> module (file stem)
    global_elements: frozenset[tuple[str, str]]

    def get(self, ns: str, name: str) -> XsdType:
        try:
            return self.types[(ns, name)]
        except KeyError:
            raise SpecError(f"xsd: no type {name!r} in namespace {ns}") from None


def _qname(el: etree._Element, value: str) -> tuple[str, str]:
    prefix, _, local = value.rpartition(":")
    ns = el.nsmap.get(prefix or None)
    if ns is None:
        raise SpecError(f"xsd: unknown prefix in {value!r} (line {el.sourceline})")
    return ns, local


def load_xsds(folder: pathlib.Path) -> XsdSet:
    types: dict[tuple[str, str], XsdType] = {}
    files: dict[str, str] = {}
    global_elements = set()
    q = lambda n: f"{{{XS}}}{n}"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    for path in sorted(folder.glob("*.xsd")):
        root = etree.parse(str(path), parser).getroot()
        tns = root.get("targetNamespace")
        if tns is None:
            raise SpecError(f"{path.name}: no targetNamespace")
        if tns in files:
            raise SpecError(f"{path.name}: namespace {tns} is also in {files[tns]}.xsd")
        files[tns] = path.stem
        for child in root:
            if child.tag == q("element"):
                global_elements.add((tns, child.get("name")))
            elif child.tag == q("simpleType"):
                restriction = child.find(q("restriction"))
                values = tuple(e.get("value") for e in restriction.findall(q("enumeration")))
                types[(tns, child.get("name"))] = XsdType(
                    namespace=tns,
                    name=child.get("name"),
                    kind="enum" if values else "string",
                    enum_values=values,
                    documentation=_doc(child),
                )
            elif child.tag == q("complexType"):
                base = None
                seq_parent = child
                ext = child.find(f"{q('complexContent')}/{q('extension')}")
                if ext is not None:
                    base = _qname(ext, ext.get("base"))
                    seq_parent = ext
                seq = seq_parent.find(q("sequence"))
                elements = []
                for e in seq if seq is not None else ():
                    if e.tag != q("element"):
                        raise SpecError(f"{path.name}:{e.sourceline}: only xs:element may sit in a sequence")
                    max_length = None
                    if e.get("type"):
                        type_ns, type_name = _qname(e, e.get("type"))
                    else:
                        r = e.find(f"{q('simpleType')}/{q('restriction')}")
                        if r is None:
                            raise SpecError(f"{path.name}:{e.sourceline}: element without a type")
                        type_ns, type_name = _qname(r, r.get("base"))
                        ml = r.find(q("maxLength"))
                        max_length = int(ml.get("value")) if ml is not None else None
                    elements.append(
                        XsdElement(
                            name=e.get("name"),
                            type_ns=type_ns,
                            type_name=type_name,
                            nillable=e.get("nillable") == "true",
                            min_occurs=int(e.get("minOccurs", "1")),
                            max_occurs=e.get("maxOccurs", "1"),
                            max_length=max_length,
                        )
                    )
                types[(tns, child.get("name"))] = XsdType(
                    namespace=tns,
                    name=child.get("name"),
                    kind="complex",
                    base=base,
                    elements=tuple(elements),
                    documentation=_doc(child),
                )
    return XsdSet(types=types, files=files, global_elements=frozenset(global_elements))


def _doc(el: etree._Element) -> str:
    d = el.find(f"{{{XS}}}annotation/{{{XS}}}documentation")
    return (d.text or "").strip() if d is not None else ""
