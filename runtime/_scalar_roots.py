"""Results and bodies that are not models: a bare scalar (``bool``, ``int``, ``UUID``...) or a list of them.

In XML a scalar is the root element of .NET's Serialization namespace named by its XSD type
(``<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>``), and a list is
``ArrayOf<item>`` of the Arrays namespace (``<ArrayOfguid …><guid>…</guid></ArrayOfguid>``); in JSON they
are plain JSON values. ``is_scalar_type`` says which types these are; the codecs hand them over here.
The text of each value is read and written by its kind's row of the XML kind table (``xml._kinds``).
"""

from __future__ import annotations

import decimal
import typing
import uuid
from typing import Any

from lxml import etree

from ._scalars import Duration
from ._types import Timestamp
from .errors import DecodeError, EncodeError

SERIALIZATION = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

#: Python type -> (XSD name of its root and list items, our kind)
_ROOTS: dict[Any, tuple[str, str]] = {
    bool: ("boolean", "boolean"),
    int: ("int", "int"),
    float: ("double", "double"),
    decimal.Decimal: ("decimal", "decimal"),
    uuid.UUID: ("guid", "guid"),
    bytes: ("base64Binary", "bytes"),
    Duration: ("duration", "timespan"),
    Timestamp: ("dateTime", "datetime"),
    str: ("string", "string"),
}
#: Root names of the integer kinds (an int result may be any of them: .NET names the root by its type).
_INT_ROOTS = {"int": "int", "long": "long", "short": "short", "unsignedByte": "byte"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)


def is_scalar_type(tp: Any) -> bool:
    """``tp`` is a scalar type or a list of one (not ``str`` alone: the codecs read that themselves)."""
    item, is_list = _item_type(tp)
    return item in _ROOTS and (item is not str or is_list)


def _item_type(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        return item, True
    return tp, False


def _text(value: Any, kind: str, where: str) -> str:
    # an int may be any of .NET's integer types (the root's name says which): the widest range
    from .xml._kinds import write_text  # (on first use: the JSON codec imports this module too)

    return write_text(value, "long" if kind == "int" else kind, where)


def encode_xml(value: Any, tp: Any) -> bytes:
    """A scalar as .NET's bare root, or a list of scalars as ``ArrayOf<item>``."""
    item_tp, is_list = _item_type(tp)
    name, kind = _ROOTS[item_tp]
    if kind == "int" and not is_list and isinstance(value, int) and not -(2**31) <= value < 2**31:
        name = "long"
    if not is_list:
        body = _text(value, kind, name)
        if not body:
            return f'<{name} xmlns="{SERIALIZATION}" />'.encode()
        return f'<{name} xmlns="{SERIALIZATION}">{body}</{name}>'.encode()
    if not isinstance(value, list):
        raise EncodeError(f"expected a list, got {type(value).__name__}", f"ArrayOf{name}")
    head = f'<ArrayOf{name} xmlns:i="{XSI}" xmlns="{ARRAYS}"'
    if not value:
        return (head + " />").encode()
    items = []
    for i, item in enumerate(value, 1):
        if item is None:
            items.append(f'<{name} i:nil="true" />')
        else:
            t = _text(item, kind, f"ArrayOf{name}/{name}[{i}]")
            items.append(f"<{name}>{t}</{name}>" if t or kind == "string" else f"<{name} />")
    return (head + ">" + "".join(items) + f"</ArrayOf{name}>").encode()


def _parse(text: str, kind: str, where: str) -> Any:
    from .xml._kinds import KINDS, WS

    k = KINDS["long" if kind == "int" else kind]
    try:
        return k.parse(text.strip(WS) if k.strip else text, None)
    except ValueError as exc:
        raise DecodeError(str(exc), where) from None


def decode_xml(data: bytes, tp: Any) -> Any:
    """A scalar from .NET's bare root, or a list of scalars from ``ArrayOf<item>``."""
    item_tp, is_list = _item_type(tp)
    name, kind = _ROOTS[item_tp]
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DecodeError(f"malformed XML: {exc}") from None
    qn = etree.QName(root)
    names = set(_INT_ROOTS) if kind == "int" else {name}
    if not is_list:
        if qn.namespace != SERIALIZATION or qn.localname not in names:
            raise DecodeError(f"expected <{name}> in {SERIALIZATION}, got <{qn.localname}> in {qn.namespace}")
        if root.get(f"{{{XSI}}}nil") in ("true", "1"):
            raise DecodeError(f"expected a {name}, got nil", qn.localname)
        return _parse(root.text or "", kind, qn.localname)
    if qn.namespace != ARRAYS or not qn.localname.startswith("ArrayOf") or qn.localname[7:] not in names:
        raise DecodeError(f"expected <ArrayOf{name}> in {ARRAYS}, got <{qn.localname}> in {qn.namespace}")
    out = []
    for i, el in enumerate(root, 1):
        where = f"{qn.localname}/{etree.QName(el).localname}[{i}]"
        if etree.QName(el).localname not in names or etree.QName(el).namespace != ARRAYS:
            raise DecodeError(f"expected <{name}> items", where)
        out.append(None if el.get(f"{{{XSI}}}nil") in ("true", "1") else _parse(el.text or "", kind, where))
    return out
