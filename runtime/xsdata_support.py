"""xsdata parser and serializer configured for .NET's DataContractSerializer (needs ``xsdata``).

For users of the generated xsdata classes (``vitec_connect.xml_models``): ``parse(data, cls)`` and
``render(obj)``. The serializer writes no XML declaration, binds ``i`` to XMLSchema-instance (for
``i:nil``) and writes ``xs:dateTime`` as .NET does (at most 7 fractional digits, trailing zeros
trimmed; xsdata's own writes 9, beyond what .NET keeps).
"""

from __future__ import annotations

from typing import Any, TypeVar

from xsdata.formats.converter import Converter, converter
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig
from xsdata.models.datatype import XmlDateTime

__all__ = ["parse", "parser", "render", "serializer"]

T = TypeVar("T")
XSI = "http://www.w3.org/2001/XMLSchema-instance"


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


converter.register_converter(XmlDateTime, _DotNetDateTime())


def parser(*, strict: bool = False) -> XmlParser:
    """An xsdata parser; ``strict=True`` fails on unknown elements."""
    return XmlParser(config=ParserConfig(fail_on_unknown_properties=strict, fail_on_unknown_attributes=False))


class _DataContractSerializer(XmlSerializer):
    """xsdata writes a present but empty instance of a nillable element (an empty list wrapper) as
    ``i:nil="true"``; .NET distinguishes them. A present instance is never nil here."""

    def convert_dataclass(self, obj: Any, namespace: str | None = None, qname: str | None = None,
                          nillable: bool = False, xsi_type: str | None = None) -> Any:  # fmt: skip
        return super().convert_dataclass(obj, namespace, qname, False, xsi_type)


def serializer() -> XmlSerializer:
    return _DataContractSerializer(config=SerializerConfig(xml_declaration=False, encoding="UTF-8"))


def parse(data: bytes, cls: type[T], *, strict: bool = False) -> T:
    return parser(strict=strict).from_bytes(data, cls)


def render(obj: Any, *, type: Any = None) -> bytes:
    """Serialize an xsdata object as .NET writes it.

    xsdata writes the content; ``vitec_connect.xml.canonicalize`` then writes it with .NET's namespace
    declarations and prefixes (``d2p1``...), which xsdata cannot be told to produce. ``type`` is the
    generated model the root stands for (found from the root element when omitted).
    """
    ns = obj.Meta.namespace
    text = serializer().render(obj, ns_map={"i": XSI, None: ns}).encode("utf-8")
    from .xml import canonicalize

    return canonicalize(text, type=type)
