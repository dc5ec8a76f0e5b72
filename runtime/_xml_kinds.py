"""DataContract XML of the member kinds beyond string, boolean, int, dateTime and enum.

One table, ``TEXT_KINDS``, says for each text-only kind (long, short, byte, double, decimal, Guid,
byte[], TimeSpan) how its element's text is read and written (the forms are ``_scalars``'); the XML
codec's readers and writers look a kind up here rather than knowing it. ``Dictionary<string,string>``
(kind ``map``) is an element of ``KeyValueOfstringstring`` items in the Arrays namespace, each with a
``Key`` and a ``Value`` (``i:nil`` for None), read and written by ``read_map`` / ``map_content``.
"""

from __future__ import annotations

import decimal
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any, NamedTuple

from ._scalars import (
    format_base64,
    format_decimal,
    format_double,
    format_duration,
    format_guid,
    parse_base64,
    parse_decimal,
    parse_double,
    parse_duration,
    parse_guid,
    parse_int,
)
from .errors import DecodeError, EncodeError

XSI = "http://www.w3.org/2001/XMLSchema-instance"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
_NIL = f"{{{XSI}}}nil"
_TRUE = ("true", "1")
_WS = " \t\r\n"
_KEY_VALUE = f"{{{ARRAYS}}}KeyValueOfstringstring"
_KEY = f"{{{ARRAYS}}}Key"
_VALUE = f"{{{ARRAYS}}}Value"


class TextKind(NamedTuple):
    parse: Callable[[str], Any]  #: text (XML whitespace stripped) -> value; ValueError says what is wrong
    format: Callable[[Any], str]  #: value -> text; ValueError if .NET could not hold it
    types: tuple[type, ...]  #: the Python types a value of this kind may have
    label: str  #: what a value is, in messages


def _int_kind(kind: str) -> TextKind:
    def check(value: int) -> str:
        parse_int(kind, str(value))  # the range check, in the same words as reading
        return str(value)

    return TextKind(lambda text: parse_int(kind, text), check, (int,), "an int")


#: Every text-only kind beyond the five the XML codec reads itself.
TEXT_KINDS: dict[str, TextKind] = {
    "long": _int_kind("long"),
    "short": _int_kind("short"),
    "byte": _int_kind("byte"),
    "double": TextKind(parse_double, lambda v: format_double(float(v)), (float, int), "a float"),
    "decimal": TextKind(parse_decimal, format_decimal, (decimal.Decimal,), "a Decimal"),
    "guid": TextKind(parse_guid, format_guid, (uuid.UUID,), "a UUID"),
    "bytes": TextKind(parse_base64, format_base64, (bytes, bytearray), "bytes"),
    "timespan": TextKind(parse_duration, format_duration, (timedelta,), "a timedelta"),
}


def _text_of(child: Any, where: str) -> str | None:
    """The element's text without XML whitespace around it, or None for ``i:nil``."""
    if len(child):
        raise DecodeError(f"expected text, found element <{child[0].tag.rpartition('}')[2]}>", where)
    text = child.text
    nil = child.get(_NIL)
    if nil is not None and nil in _TRUE:
        if text and text.strip(_WS):
            raise DecodeError('an element with i:nil="true" must be empty', where)
        return None
    return text.strip(_WS) if text else ""


def reader(kind: str, element: str, *, item: bool = False) -> Any:
    """A reader ``(child, path, ctx) -> value`` of one element of ``kind`` (a list item's path names it)."""
    parse = TEXT_KINDS[kind].parse

    def read(child: Any, path: str, ctx: Any) -> Any:
        where = path if item else f"{path}/{element}"
        text = _text_of(child, where)
        if text is None:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            raise DecodeError(str(exc), where) from None

    return read


def text(value: Any, kind: str, path: str) -> str:
    """The element text of ``value`` as a member of ``kind``; ``EncodeError`` names the member."""
    k = TEXT_KINDS[kind]
    if not isinstance(value, k.types) or isinstance(value, bool):
        raise EncodeError(f"expected {k.label}, got {type(value).__name__}", path)
    try:
        return k.format(value)
    except ValueError as exc:
        raise EncodeError(str(exc), path) from None


def read_map(child: Any, where: str) -> dict[str, str | None] | None:
    """A ``Dictionary<string,string>`` element: its ``KeyValueOfstringstring`` items, in order."""
    if child.get(_NIL) in _TRUE:
        return None
    out: dict[str, str | None] = {}
    for i, node in enumerate(child, 1):
        here = f"{where}/KeyValueOfstringstring[{i}]"
        if node.tag != _KEY_VALUE:
            raise DecodeError(f"expected <KeyValueOfstringstring> in {ARRAYS}, got <{node.tag}>", here)
        parts = list(node)
        if len(parts) != 2 or parts[0].tag != _KEY or parts[1].tag != _VALUE:
            raise DecodeError("expected <Key> then <Value>", here)
        if parts[0].get(_NIL) in _TRUE:
            raise DecodeError("a dictionary key cannot be nil", f"{here}/Key")
        out[parts[0].text or ""] = None if parts[1].get(_NIL) in _TRUE else (parts[1].text or "")
    return out


def map_content(value: Any, prefix: str, tag: str, esc: Callable[[str, str], str], where: str) -> str:
    """What follows ``<tag xmlns:…`` for a dictionary: `` />`` when empty, else its items and ``</tag>``.

    ``prefix`` is the Arrays namespace's prefix in scope; ``esc`` escapes text (the XML writer's)."""
    if not isinstance(value, dict):
        raise EncodeError(f"expected a dict, got {type(value).__name__}", where)
    if not value:
        return " />"
    p = f"{prefix}:" if prefix else ""
    parts = [">"]
    for key, item in value.items():
        if not isinstance(key, str) or not (item is None or isinstance(item, str)):
            raise EncodeError(f"expected str keys and str or None values, got {key!r}: {item!r}", where)
        v = f'<{p}Value i:nil="true" />' if item is None else f"<{p}Value>{esc(item, where)}</{p}Value>"
        parts.append(f"<{p}KeyValueOfstringstring><{p}Key>{esc(key, where)}</{p}Key>{v}</{p}KeyValueOfstringstring>")
    parts.append(f"</{tag}>")
    return "".join(parts)
