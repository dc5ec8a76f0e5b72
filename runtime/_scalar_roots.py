"""Results and bodies that are not models: a bare scalar (``bool``, ``int``, ``UUID``...) or a list of them.

In XML a scalar is the root element of .NET's Serialization namespace named by its XSD type
(``<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>``), and a list is
``ArrayOf<item>`` of the Arrays namespace (``<ArrayOfguid …><guid>…</guid></ArrayOfguid>``); in JSON they
are plain JSON values. ``is_scalar_type`` says which types these are; the codecs hand them over here.
The text of each value is read and written by its kind's row of the XML kind table (``xml._kinds``).
"""

from __future__ import annotations

import decimal
import functools
import typing
import uuid
from typing import Any

from lxml import etree

from ._scalars import Duration, check_int, int_kind
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


def is_scalar_type(tp: Any) -> bool:
    """``tp`` is a scalar type or a list of one (not ``str`` alone: the codecs read that themselves).
    An integer of another kind than Int32 is ``Annotated[int, Meta(ge, le)]`` with its .NET range."""
    item, is_list = _item_type(tp)
    return item in _ROOTS and (item is not str or is_list)


def scalar_name(tp: Any) -> str:
    """How a message names a scalar type: ``a bool``, ``an int``, ``a UUID``..."""
    item, _ = _item_type(tp)
    name = getattr(item, "__name__", str(item))
    return ("an " if name[0] in "aeiouAEIOU" else "a ") + name


def _item_type(tp: Any) -> tuple[Any, bool]:
    is_list = typing.get_origin(tp) is list
    if is_list:
        (tp,) = typing.get_args(tp)
    if typing.get_origin(tp) is typing.Annotated:  # a ranged integer (long, short, byte)
        tp = typing.get_args(tp)[0]
    return tp, is_list


def _range_kind(tp: Any) -> str | None:
    """The .NET integer kind of a ranged ``Annotated[int, Meta(ge, le)]`` (or of a list's items), else None."""
    if typing.get_origin(tp) is list:
        (tp,) = typing.get_args(tp)
    if typing.get_origin(tp) is not typing.Annotated:
        return None
    meta = typing.get_args(tp)[1]
    return int_kind(meta) or "long"


def _text(value: Any, kind: str, where: str) -> str:
    # an int may be any of .NET's integer types (the root's name says which): the widest range
    from .xml._kinds import write_text  # (on first use: the JSON codec imports this module too)

    return write_text(value, "long" if kind == "int" else kind, where)


def encode_xml(value: Any, tp: Any) -> bytes:
    """A scalar as .NET's bare root, or a list of scalars as ``ArrayOf<item>``."""
    item_tp, is_list = _item_type(tp)
    name, kind = _ROOTS[item_tp]
    ranged = _range_kind(tp)
    if ranged is not None:  # a long, short or byte: .NET names the root (and the items) by the type
        name = next(root for root, k in _INT_ROOTS.items() if k == ranged)
    elif kind == "int" and not is_list and isinstance(value, int) and not -(2**31) <= value < 2**31:
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


def _parse(text: str, kind: str, where: str, ranged: str | None = None) -> Any:
    """The value of a root or item; an integer's range is its element's kind (``<int>`` an Int32), and
    the result type's too where it names one (``ranged``)."""
    from .xml._kinds import KINDS, WS

    k = KINDS[kind]
    try:
        value = k.parse(text.strip(WS) if k.strip else text, None)
        if ranged is not None:
            check_int(ranged, value)
        return value
    except ValueError as exc:
        raise DecodeError(str(exc), where) from None


@functools.cache
def _xml_parser() -> Any:
    from .xml._parse import parser

    return parser(remove_comments=True)


def decode_xml(data: bytes, tp: Any) -> Any:
    """A scalar from .NET's bare root, or a list of scalars from ``ArrayOf<item>``."""
    item_tp, is_list = _item_type(tp)
    name, kind = _ROOTS[item_tp]
    from .xml._parse import parse  # (the XML package loads with the first document read, not at import)

    root = parse(data, _xml_parser())
    qn = etree.QName(root)
    names = set(_INT_ROOTS) if kind == "int" else {name}
    ranged = _range_kind(tp)
    if not is_list:
        if qn.namespace != SERIALIZATION or qn.localname not in names:
            raise DecodeError(f"expected <{name}> in {SERIALIZATION}, got <{qn.localname}> in {qn.namespace}")
        if root.get(f"{{{XSI}}}nil") in ("true", "1"):
            raise DecodeError(f"expected a {name}, got nil", qn.localname)
        return _parse(root.text or "", _INT_ROOTS[qn.localname] if kind == "int" else kind, qn.localname, ranged)
    if qn.namespace != ARRAYS or not qn.localname.startswith("ArrayOf") or qn.localname[7:] not in names:
        raise DecodeError(f"expected <ArrayOf{name}> in {ARRAYS}, got <{qn.localname}> in {qn.namespace}")
    out = []
    for i, el in enumerate(root, 1):
        local = etree.QName(el).localname
        where = f"{qn.localname}/{local}[{i}]"
        if local not in names or etree.QName(el).namespace != ARRAYS:
            raise DecodeError(f"expected <{name}> items", where)
        item_kind = _INT_ROOTS[local] if kind == "int" else kind
        out.append(
            None if el.get(f"{{{XSI}}}nil") in ("true", "1") else _parse(el.text or "", item_kind, where, ranged)
        )
    return out
