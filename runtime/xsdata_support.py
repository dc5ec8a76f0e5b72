"""xsdata parser and serializer configured for .NET's DataContractSerializer (``vitec-connect[xsdata]``).

For users of the generated xsdata classes (``vitec_connect.xml_models``): ``parse(data, cls)`` and
``render(obj)`` read and write what .NET writes, byte for byte after ``render``. Where xsdata's own
behaviour differs from .NET's, this module adjusts it through xsdata's extension points:

- empty text versus nil: xsdata reads ``<Title></Title>`` in a nillable field as None and writes ""
  as ``i:nil="true"``; here a present element without ``i:nil`` is "" and only None is nil;
- a subtype at the root (``<CrmContact i:type="CrmPersonContact">``): xsdata hands back a
  ``DerivedElement`` wrapper; ``parse`` returns the ``CrmPersonContact`` itself and ``render`` writes
  the declared root element with ``i:type`` again;
- enumeration values the spec does not list: the generated enumerations are ``OpenEnum`` classes
  (as the msgspec models' are); a converter registered for them turns ``"Other"`` into the
  pseudo-member ``TipType("Other")`` (``is_known`` False, ``value == "Other"``), written back unchanged.
  ``strict=True`` reports them instead;
- ``xs:dateTime`` as .NET writes it: at most 7 fractional digits, trailing zeros trimmed (xsdata
  writes 9, beyond what .NET keeps); ``xs:double`` as .NET writes it (``1E+20``, ``-0``, 17 digits
  where 15 do not read back). These two converters are registered on xsdata's converter factory for
  the whole process: other xsdata classes in it write those types the same way;
- namespace declarations and prefixes: xsdata cannot be told to write .NET's (``d2p1``...), so
  ``render`` has ``vitec_connect.xml.canonicalize`` write them.

Malformed XML and values of the wrong type raise ``vitec_connect.errors.DecodeError``.
"""

from __future__ import annotations

try:
    import xsdata  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    # The requirement itself (pyproject's ``xsdata`` extra), which a vendored copy can install too.
    raise ImportError(
        "vitec_connect.xsdata_support and vitec_connect.xml_models need xsdata: "
        "pip install 'xsdata>=26.10,<27' (the xsdata extra of vitec-connect)"
    ) from exc

import builtins
import dataclasses
from typing import Any, TypeVar

from xsdata.exceptions import ConverterError
from xsdata.formats.converter import Converter, converter
from xsdata.formats.dataclass.context import XmlContext
from xsdata.formats.dataclass.models.generics import DerivedElement
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.parsers.nodes import PrimitiveNode
from xsdata.formats.dataclass.parsers.utils import ParserUtils
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig
from xsdata.formats.dataclass.serializers.mixins import XmlWriterEvent
from xsdata.models.datatype import XmlDateTime
from xsdata.models.enums import QNames

from . import _scalars
from ._types import OpenEnum
from .errors import DecodeError
from .xml._parse import parse as parse_xml
from .xml._parse import parser as xml_parser

__all__ = ["parse", "parser", "render", "serializer"]

T = TypeVar("T")
XSI = "http://www.w3.org/2001/XMLSchema-instance"


# ---------------------------------------------------------------------------------------------------
# Converters (registered on xsdata's converter factory for these types only)


class _DotNetDateTime(Converter):
    def deserialize(self, value: Any, **kwargs: Any) -> XmlDateTime:
        return XmlDateTime.from_string(value)

    def serialize(self, value: XmlDateTime, **kwargs: Any) -> str:
        text = (
            f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
        )
        ticks = value.fractional_second // 100
        if ticks:
            text += "." + f"{ticks:07d}".rstrip("0")
        if value.offset is None:
            return text
        if value.offset == 0 and str(value).endswith("Z"):
            return text + "Z"
        sign = "-" if value.offset < 0 else "+"
        minutes = abs(value.offset)
        return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class _DotNetDouble(Converter):
    """``xs:double`` as .NET writes it: ``1E+20``, ``-0``, ``0.33333333333333331`` (xsdata: ``1E20``,
    ``-0.0``, ``0.3333333333333333``). Applies to every ``float`` xsdata reads or writes in this process."""

    def deserialize(self, value: Any, **kwargs: Any) -> float:
        try:
            return _scalars.parse_double(value)
        except (TypeError, ValueError) as exc:
            raise ConverterError(str(exc)) from None

    def serialize(self, value: float, **kwargs: Any) -> str:
        return _scalars.format_double(value)


class _OpenEnumConverter(Converter):
    """Any text becomes a member: a declared one, or a pseudo-member that writes the text back.
    The text is taken as it is (xsdata's own enum converter strips it; .NET does not)."""

    def deserialize(self, value: Any, data_type: Any = None, **kwargs: Any) -> OpenEnum:
        if not (isinstance(data_type, type) and issubclass(data_type, OpenEnum)) or not isinstance(value, str):
            raise ConverterError(f"{value!r} is not a {getattr(data_type, '__name__', data_type)} value")
        return data_type(value)  # type: ignore[no-any-return]

    def serialize(self, value: OpenEnum, **kwargs: Any) -> str:
        return str(value.value)


converter.register_converter(XmlDateTime, _DotNetDateTime())
converter.register_converter(OpenEnum, _OpenEnumConverter())
converter.register_converter(float, _DotNetDouble())


# ---------------------------------------------------------------------------------------------------
# Parser


class _PresentText(PrimitiveNode):
    """A nillable text element that is present without ``i:nil``: its value is "" (b"" for base64) when empty."""

    __slots__ = ()

    def bind(self, qname: str, text: str | None, tail: str | None, objects: list[Any]) -> bool:
        done = super().bind(qname, text, tail, objects)
        if objects and objects[-1] == (qname, None):
            objects[-1] = (qname, b"" if bytes in self.var.types else "")
        return done


class _DataContractParser(XmlParser):
    """xsdata's parser, but an empty nillable string (or byte[]) element without ``i:nil`` is "" (xsdata: None)."""

    def start(self, clazz: Any, queue: list[Any], objects: list[Any], qname: str, attrs: dict[str, str],
              ns_map: dict[str | None, str]) -> None:  # fmt: skip
        super().start(clazz, queue, objects, qname, attrs, ns_map)
        node = queue[-1]
        if (
            type(node) is PrimitiveNode
            and node.var.nillable
            and (str in node.var.types or bytes in node.var.types)
            and not ParserUtils.xsi_nil(attrs)
        ):
            queue[-1] = _PresentText(node.meta, node.var, node.ns_map, node.config)


#: The classes' xsdata metadata, built once per class and shared by every parser and serializer.
_CONTEXT = XmlContext()

#: No entities, no network, no DTD: the document is data, read once (xsdata's own reading recovers from errors).
_LXML = xml_parser(remove_comments=True)


def parser(*, strict: bool = False) -> XmlParser:
    """An xsdata parser for .NET's XML; ``strict=True`` fails on unknown elements."""
    config = ParserConfig(
        fail_on_unknown_properties=strict,
        fail_on_unknown_attributes=False,
        fail_on_converter_warnings=True,  # text that is no number, boolean... is an error, as in .NET
    )
    return _DataContractParser(config=config, context=_CONTEXT)


def parse(data: bytes, cls: type[T], *, strict: bool = False) -> T:
    """Read .NET's XML into ``cls`` (or the subtype its ``i:type`` names).

    ``strict=True`` also fails on elements and enumeration values the spec does not know; otherwise
    unknown elements are skipped and unknown enumeration values kept (see the module docstring).
    """
    root = parse_xml(data, _LXML)
    expected = _qname(_root_class(cls))  # as the spec declares it, or ``cls`` itself
    if root.tag not in (expected, _qname(cls)):
        raise DecodeError(f"expected the root element {expected}, found {root.tag}")
    itype = root.get(f"{{{XSI}}}type")  # read now: xsdata clears each element it has read
    try:
        obj = parser(strict=strict).parse(root, cls)
    except (ValueError, TypeError) as exc:  # xsdata's errors are ValueErrors; TypeError: a required member missing
        raise DecodeError(f"not a {cls.__name__} document: {exc}") from None
    if isinstance(obj, DerivedElement):
        obj = obj.value
    if strict:
        found: Any = type(obj)
        if itype is not None and itype.rpartition(":")[2] != getattr(found.Meta, "name", found.__name__):
            raise DecodeError(f"i:type {itype!r} is not a subtype of {cls.__name__} the spec lists", cls.__name__)
        unknown = _first_unknown_enum(obj, cls.__name__)
        if unknown:
            raise DecodeError(unknown[0], unknown[1])
    return obj  # type: ignore[no-any-return]


def _first_unknown_enum(obj: Any, path: str) -> tuple[str, str] | None:
    if isinstance(obj, OpenEnum):
        return None if obj.is_known else (f"{obj.value!r} is not a {type(obj).__name__} the spec lists", path)
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            found = _first_unknown_enum(item, f"{path}[{i}]")
            if found:
                return found
        return None
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            found = _first_unknown_enum(getattr(obj, f.name), f"{path}/{f.metadata.get('name', f.name)}")
            if found:
                return found
    return None


# ---------------------------------------------------------------------------------------------------
# Serializer


class _DataContractSerializer(XmlSerializer):
    """xsdata's serializer, but only None is nil.

    xsdata writes a present but empty instance of a nillable element (an empty list wrapper) and a
    nillable "" as ``i:nil="true"``; .NET distinguishes them."""

    def convert_dataclass(self, obj: Any, namespace: str | None = None, qname: str | None = None,
                          nillable: bool = False, xsi_type: str | None = None) -> Any:  # fmt: skip
        return super().convert_dataclass(obj, namespace, qname, False, xsi_type)

    def convert_element(self, value: Any, var: Any, namespace: str | None) -> Any:
        yield XmlWriterEvent.START, var.qname
        if value is None and var.nillable:
            yield XmlWriterEvent.ATTR, QNames.XSI_NIL, "true"
        yield XmlWriterEvent.DATA, self.encode_primitive(value, var)
        yield XmlWriterEvent.END, var.qname


def serializer() -> XmlSerializer:
    config = SerializerConfig(xml_declaration=False, encoding="UTF-8")
    return _DataContractSerializer(config=config, context=_CONTEXT)


def _root_class(cls: type) -> type:
    """The class a root element is named after: the top of the generated class hierarchy
    (``CrmContact`` for a ``CrmPersonContact``), as the spec's operations declare it."""
    root = cls
    for base in cls.__mro__[1:]:
        if dataclasses.is_dataclass(base) and hasattr(base, "Meta"):
            root = base
    return root


def _qname(cls: Any) -> str:
    return f"{{{cls.Meta.namespace}}}{getattr(cls.Meta, 'name', cls.__name__)}"


def render(obj: Any, *, type: Any = None) -> bytes:
    """Serialize an xsdata object as .NET writes it.

    xsdata writes the content; ``vitec_connect.xml.canonicalize`` then writes it with .NET's namespace
    declarations and prefixes (``d2p1``...), which xsdata cannot be told to produce. The root element
    is named after ``type`` (a generated xsdata class or the msgspec model it stands for), by default
    after the top of ``obj``'s class hierarchy; a subtype gets ``i:type`` (``<CrmContact
    i:type="CrmPersonContact">``), as .NET writes it.
    """
    if isinstance(obj, DerivedElement):
        obj = obj.value
    cls = obj.__class__
    declared: Any = _root_class(cls)
    model = type
    if isinstance(type, builtins.type) and dataclasses.is_dataclass(type):
        declared, model = type, None
    ns = declared.Meta.namespace
    if declared is not cls:
        obj = DerivedElement(qname=_qname(declared), value=obj)
    text = serializer().render(obj, ns_map={"i": XSI, None: ns}).encode("utf-8")
    from .xml import canonicalize

    return canonicalize(text, type=model)
