"""The member kinds of DataContract XML: the one table every reader and writer of this package looks up.

A text-only kind (string, boolean, int, dateTime, enum, and long, short, byte, double, decimal, Guid,
byte[], TimeSpan; ``timestamp``: a dateTime model member, kept as its text until read) is one ``Kind`` row
in ``KINDS``: how its element's text is read, how a value is
written, which Python types a value may have, and the forms .NET writes (the fast reader's expression).
The tree reader, the reference writer, the fast reader, the generated writer, the canonical form and
the bare roots (``_scalar_roots``) all go through the row, so a new text kind is one row here (and its
text forms in ``_scalars``).

Three kinds have structure rather than text, and each walker handles them as a shape: ``object`` (a
model, its members in order), ``list`` (items of a text kind or of a model) and ``map``
(``Dictionary<string,string>``: ``KeyValueOfstringstring`` items in the Arrays namespace, each a ``Key``
and a ``Value``, ``i:nil`` for None), whose reading and writing is at the end of this module.
"""

from __future__ import annotations

import decimal
import re
import sys
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from lxml import etree

from .._scalars import (
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
from .._timestamp import TIMESTAMP_PATTERN, format_timestamp, parse_shaped, parse_timestamp
from .._types import OpenEnum
from ..errors import DecodeError, EncodeError
from ._parse import parser

__all__ = ["ARRAYS", "KINDS", "STRUCTURES", "XSI", "Kind", "escape", "fast_parser", "read_map", "text_of", "write_text"]

XSI = "http://www.w3.org/2001/XMLSchema-instance"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
NIL = f"{{{XSI}}}nil"
TRUE = ("true", "1")
#: XML's whitespace (S): what may pad a value or stand between elements. Not str.isspace(), which
#: also takes no-break spaces and other Unicode spaces that .NET's reader refuses.
WS = " \t\r\n"
#: The kinds with structure: each walker handles them itself (``object``, ``list``) or with the
#: functions at the end of this module (``map``).
STRUCTURES = frozenset({"object", "list", "map"})


class Kind(NamedTuple):
    """How the text of one element of a text-only kind is read and written."""

    label: str  #: what a value is, in messages ("expected an int, got str")
    types: tuple[type, ...]  #: the Python types a value may have (bool only where listed)
    parse: Callable[[str, Any], Any]  #: (text, the enum class or None) -> value; ValueError says what is wrong
    format: Callable[[Any], str]  #: value -> text before escaping; ValueError if .NET could not hold it
    pattern: str  #: the forms .NET writes, as a regular expression (the fast reader's; anything else a miss)
    escape: bool = False  #: the text may hold markup characters and references (string, enum)
    strip: bool = True  #: XML whitespace around the text is not part of the value (all but string)
    short_empty: bool = False  #: an empty text is written ``<X />``, not ``<X></X>`` (byte[])
    fast_parse: Callable[[str], Any] | None = None  #: ``parse`` of a text known to match ``pattern``
    strict_parse: Callable[[str, Any], Any] | None = None  #: ``parse`` in strict mode, where it differs


#: Makes a repetition possessive (Python 3.11+): it never gives characters back, which spares the regular
#: expression engine its backtracking records. The same matches: every repetition so marked is of
#: characters other than "<" and is always followed by "<" (about a sixth off the fast reader's time).
POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""

# Character data: XML 1.0 characters but "<" and a raw carriage return (the parser would turn it into
# a line feed). One character class, so the engine keeps no state per character or reference
# (a repeated group would: megabytes of references cost gigabytes). Whether each "&" starts a
# well-formed reference is checked where the value is built (``char_data``).
# At most libxml2's limit for one text node (10,000,000 bytes resolved; huge_tree stays off): longer
# raw text is a miss, and the tree reader applies the same limit to what it resolves to.
TEXT = r"[^<\r\x00-\x08\x0b\x0c\x0e-\x1f]{0,10000000}" + POSSESSIVE

#: xs:int's lexical form (XML Schema), as .NET's XmlConvert reads it: ASCII digits, an optional sign.
_INTEGER = re.compile(r"[+-]?[0-9]+").fullmatch
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1
_BOOLS = {"true": True, "false": False, "1": True, "0": False}


def _same(text: str, target: Any) -> str:
    return text


def _checked_timestamp(text: str, target: Any) -> str:
    """Strict mode: the text of a timestamp member, once it parses (the slot keeps the text)."""
    parse_timestamp(text)
    return text


def _parse_int(text: str, target: Any) -> int:
    if _INTEGER(text) is None:  # (int() would also take "1_000", other scripts' digits)
        raise ValueError(f"expected an integer, got {text[:40]!r}")
    if len(text.lstrip("+-").lstrip("0")) > 10:
        raise ValueError(f"{text[:40]} is outside the 32-bit integer range")
    number = int(text)
    _format_int(number)  # the range check
    return number


def _format_int(value: int) -> str:
    if not _INT_MIN <= value <= _INT_MAX:
        raise ValueError(f"{value} is outside the 32-bit integer range")
    return str(value)


def _parse_bool(text: str, target: Any) -> bool:
    value = _BOOLS.get(text)
    if value is None:
        raise ValueError(f"expected true or false, got {text!r}")
    return value


def _parse_enum(text: str, target: Any) -> Any:
    member = target._value2member_map_.get(text)  # the enum's own table (with the unknown values it cached)
    if member is None:
        if not text:
            raise ValueError(f"expected a {target.__name__} value, got an empty element")
        member = target(text)
    return member


def _format_enum(value: Any) -> str:
    return value._value_ if isinstance(value, OpenEnum) else value  # type: ignore[no-any-return]


def _ranged(kind: str) -> Kind:
    def check(value: int) -> str:
        parse_int(kind, str(value))  # the range check, in the same words as reading
        return str(value)

    digits = {"long": r"-?[0-9]{1,19}", "short": r"-?[0-9]{1,5}", "byte": r"[0-9]{1,3}"}[kind]
    return Kind("an int", (int,), lambda text, _: parse_int(kind, text), check, digits)


def _parsed(parse: Callable[[str], Any]) -> Callable[[str, Any], Any]:
    return lambda text, _: parse(text)


_TIMESTAMP_TEXT = re.compile(TIMESTAMP_PATTERN).fullmatch

#: Every text-only member kind, by the name the tables give it.
KINDS: dict[str, Kind] = {
    "string": Kind("a string", (str,), _same, str, TEXT, escape=True, strip=False),
    "enum": Kind("an enum member", (str,), _parse_enum, _format_enum, TEXT, escape=True),
    "boolean": Kind("a bool", (bool,), _parse_bool, lambda v: "true" if v else "false", r"true|false|1|0"),
    "int": Kind("an int", (int,), _parse_int, _format_int, r"-?[0-9]{1,10}"),
    "datetime": Kind(
        "a datetime",
        (datetime,),
        _parsed(parse_timestamp),
        format_timestamp,
        TIMESTAMP_PATTERN,
        fast_parse=parse_shaped,
    ),
    # A dateTime member of a model (``LazyTimestamp``; ``_plans`` gives a member this kind): its text is
    # kept as read and parsed when the member is read; strict mode parses it at decode. A text kept as
    # read is written back as it came (escaped if it is not a timestamp), a datetime as .NET writes it.
    "timestamp": Kind(
        "a datetime",
        (datetime, str),
        _same,
        lambda v: (v if _TIMESTAMP_TEXT(v) else escape(v, "")) if v.__class__ is str else format_timestamp(v),
        TIMESTAMP_PATTERN,
        strict_parse=_checked_timestamp,
    ),
    "long": _ranged("long"),
    "short": _ranged("short"),
    "byte": _ranged("byte"),
    "double": Kind(
        "a float",
        (float, int),
        _parsed(parse_double),
        lambda v: format_double(float(v)),
        r"-?(?:[0-9]+(?:\.[0-9]+)?(?:E[+-][0-9]+)?|INF)|NaN",
    ),
    "decimal": Kind("a Decimal", (decimal.Decimal,), _parsed(parse_decimal), format_decimal, r"-?[0-9]+(?:\.[0-9]+)?"),
    "guid": Kind(
        "a UUID",
        (uuid.UUID,),
        _parsed(parse_guid),
        format_guid,
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    ),
    "bytes": Kind(
        "bytes", (bytes, bytearray), _parsed(parse_base64), format_base64, r"[A-Za-z0-9+/]+={0,2}", short_empty=True
    ),
    "timespan": Kind("a timedelta", (timedelta,), _parsed(parse_duration), format_duration, r"-?P[0-9DTHMS.]+"),
}


# ---------------------------------------------------------------------------------------------------
# Text: reading from a tree, writing, reading what the fast reader matched

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(value: str, path: str) -> str:
    """Character data for ``value``: markup escaped, ``\\r`` as ``&#xD;`` (so that it survives; .NET's
    own writer turns it into a line feed); ``EncodeError`` for a character XML 1.0 cannot hold."""
    bad = _INVALID.search(value)
    if bad is not None:
        raise EncodeError(f"character U+{ord(bad.group()):04X} cannot be written in XML 1.0", path)
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#xD;")
    return value


def accepts(kind: Kind, value: Any) -> bool:
    """``value`` has one of the kind's types (a bool is not an int here)."""
    return isinstance(value, kind.types) and (value.__class__ is not bool or bool in kind.types)


def write_text(value: Any, kind: str, path: str) -> str:
    """The element text of ``value`` as a member of ``kind``, escaped; ``EncodeError`` names the member."""
    k = KINDS[kind]
    if not accepts(k, value):
        raise EncodeError(f"expected {k.label}, got {type(value).__name__}", path)
    try:
        text = k.format(value)
    except ValueError as exc:
        raise EncodeError(str(exc), path) from None
    return escape(text, path) if k.escape else text


def text_of(child: Any, where: str, strip: bool = True) -> str | None:
    """An element's text (without XML whitespace around it if ``strip``), or None for ``i:nil``."""
    if len(child):
        raise DecodeError(f"expected text, found element <{child[0].tag.rpartition('}')[2]}>", where)
    text: str | None = child.text
    nil = child.get(NIL)
    if nil is not None and nil in TRUE:
        if text and text.strip(WS):
            raise DecodeError('an element with i:nil="true" must be empty', where)
        return None
    if not text:
        return ""
    return text.strip(WS) if strip else text


def read_text(child: Any, kind: str, target: Any, where: str, strict: bool) -> Any:
    """The value of one element of ``kind`` (None for ``i:nil``); ``DecodeError`` names ``where``."""
    k = KINDS[kind]
    text = text_of(child, where, k.strip)
    if text is None:
        return None
    try:
        value = (k.strict_parse if strict and k.strict_parse is not None else k.parse)(text, target)
    except ValueError as exc:
        raise DecodeError(str(exc), where) from None
    if strict and isinstance(value, OpenEnum) and not value.is_known:
        raise DecodeError(f"{type(value).__name__} has no member {text!r} (strict mode)", where)
    return value


#: An "&" that does not start one of XML's five entity references or a character reference.
_BARE_AMP = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)")
#: Resolves the references in one text (see ``char_data``); the parser's own limits apply. (The text
#: holds no markup, so no DOCTYPE; the parser is ``_parse``'s all the same, refusing every load.)
_TEXT_PARSER = parser()


def char_data(raw: str) -> str:
    """Character data as the fast reader matched it (UTF-8 bytes seen as Latin-1, references
    unresolved) -> the text; ``ValueError`` (a miss) for a malformed reference.

    Text with entity references only is resolved by ``str.replace`` (``&amp;`` last, so ``&amp;lt;``
    stays ``&lt;``). Text with character references goes through libxml2 as one element: it resolves
    every reference where it stands (``&#38;lt;`` is ``&lt;``), refuses those that are not XML
    characters, and costs one scan in C where a Python call per reference would cost ten times
    lxml's parse of the whole document.
    """
    if "&" not in raw:
        return raw if raw.isascii() else raw.encode("latin-1").decode("utf-8")
    if "&#" in raw:
        try:
            return etree.fromstring(b"<t>" + raw.encode("latin-1") + b"</t>", _TEXT_PARSER).text or ""
        except etree.XMLSyntaxError:
            raise ValueError("malformed character reference") from None
    if _BARE_AMP.search(raw) is not None:
        raise ValueError("malformed entity reference")
    text = raw if raw.isascii() else raw.encode("latin-1").decode("utf-8")
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def fast_parser(kind: str, target: Any, strict: bool) -> Callable[[str], Any]:
    """The fast reader's converter for text of ``kind`` that matched its ``pattern``; any exception is a
    miss (the tree reader then says what is wrong, and where). Padded text of a stripped kind and, in
    strict mode, an enum value the spec does not know are misses too."""
    k = KINDS[kind]
    if not k.escape:  # the pattern is ASCII without references: the matched text is the text
        if strict and k.strict_parse is not None:
            strict_parse = k.strict_parse
            return lambda raw: strict_parse(raw, target)
        if k.fast_parse is not None:
            return k.fast_parse
        parse = k.parse
        return lambda raw: parse(raw, target)
    if k.parse is _same:
        return char_data
    parse = k.parse

    def read(raw: str) -> Any:
        text = char_data(raw)
        if k.strip and text != text.strip(WS):
            raise ValueError("padded")
        value = parse(text, target)
        if strict and isinstance(value, OpenEnum) and not value.is_known:
            raise ValueError("unknown enum member")
        return value

    return read


# ---------------------------------------------------------------------------------------------------
# map: Dictionary<string,string>

_KEY_VALUE = f"{{{ARRAYS}}}KeyValueOfstringstring"
_KEY = f"{{{ARRAYS}}}Key"
_VALUE = f"{{{ARRAYS}}}Value"


def read_map(child: Any, where: str) -> dict[str, str | None] | None:
    """A ``Dictionary<string,string>`` element: its ``KeyValueOfstringstring`` items, in order."""
    if child.get(NIL) in TRUE:
        return None
    out: dict[str, str | None] = {}
    for i, node in enumerate(child, 1):
        here = f"{where}/KeyValueOfstringstring[{i}]"
        if node.tag != _KEY_VALUE:
            raise DecodeError(f"expected <KeyValueOfstringstring> in {ARRAYS}, got <{node.tag}>", here)
        parts = list(node)
        if len(parts) != 2 or parts[0].tag != _KEY or parts[1].tag != _VALUE:
            raise DecodeError("expected <Key> then <Value>", here)
        if parts[0].get(NIL) in TRUE:
            raise DecodeError("a dictionary key cannot be nil", f"{here}/Key")
        out[parts[0].text or ""] = None if parts[1].get(NIL) in TRUE else (parts[1].text or "")
    return out


def map_content(value: Any, prefix: str, tag: str, esc: Callable[[str, str], str], where: str) -> str:
    """What follows ``<tag xmlns:…`` for a dictionary: `` />`` when empty, else its items and ``</tag>``.

    ``prefix`` is the Arrays namespace's prefix in scope; ``esc`` escapes text (``escape``, or the
    generated writer's, which gives up on anything unusual)."""
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


def map_item_pattern(prefix: str) -> str:
    """The fast reader's expression for one ``KeyValueOfstringstring`` item as .NET writes it, whitespace
    before it allowed (groups: the key, a space if the value is nil, the value)."""
    p = re.escape(f"{prefix}:" if prefix else "")
    return (
        rf"[ \t\r\n]*<{p}KeyValueOfstringstring><{p}Key>({TEXT})</{p}Key>"
        rf'(?:<{p}Value( )i:nil="true" ?/>|<{p}Value>({TEXT})</{p}Value>)</{p}KeyValueOfstringstring>'
    )
