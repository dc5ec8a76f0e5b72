"""Handing a document to libxml2: nothing it names is opened or fetched, and its errors are ours.

Every reader of XML in the package parses through here (``parse``, ``iterparse``, or a parser from
``parser``), the tree and streaming readers, the scalar roots, ``canonicalize``, the xsdata classes and
the client's reading of an error body. A document type declaration is refused, three times over:

- ``refuse_dtd`` reads the prolog before libxml2 does (in the encoding its byte order mark, its first
  bytes or its declaration name) and refuses a ``<!DOCTYPE``: libxml2 never sees one. It costs a
  look at the first bytes of a document, nothing per element.
- The parsers' options never ask libxml2 to load an external subset. In particular ``collect_ids=False``
  is not set: lxml implements it with libxml2's ``XML_SKIP_IDS`` bit, in the field whose being non-zero
  also tells libxml2 to load the external subset a DOCTYPE names. libxml2 then opens that path itself
  (a FIFO or ``/dev/stdin`` blocks the caller for good, and no timeout stops it).
- Every parser carries a resolver that refuses whatever libxml2 would load, so that a DOCTYPE in an
  encoding ``refuse_dtd`` cannot read still opens nothing and is refused with the same error.

``syntax_error`` turns lxml's ``XMLSyntaxError`` into our ``DecodeError``: nesting beyond ``MAX_DEPTH``
and the other size limits are said in our words, with the path to the nesting.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import Any

from lxml import etree

from ..errors import DecodeError

__all__ = ["DTD_REFUSED", "MAX_DEPTH", "iterparse", "parse", "parser", "refuse_dtd", "syntax_error"]

#: The error of every document with a document type declaration.
DTD_REFUSED = "a DTD (<!DOCTYPE>) is not accepted; nothing it names is opened or fetched"
#: The deepest nesting of elements read (libxml2's limit without ``huge_tree``, which is never set).
MAX_DEPTH = 256

#: What every parser is given: no entities resolved, no DTD loaded, no network, libxml2's size limits.
OPTIONS: dict[str, Any] = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}


class _RefuseAll(etree.Resolver):  # type: ignore[misc]
    """Refuses every external resource libxml2 asks for (a DTD, an entity): nothing is opened."""

    def resolve(self, system_url: str | None, public_id: str | None, context: Any) -> Any:
        raise DecodeError(f"{DTD_REFUSED} (the document names {system_url or public_id!r})")


def parser(**options: Any) -> etree.XMLParser:
    """An lxml parser with ``OPTIONS`` and the refusing resolver; ``options`` adds others
    (``remove_comments=True``...)."""
    made = etree.XMLParser(**{**OPTIONS, **options})
    made.resolvers.add(_RefuseAll())
    return made


_DEFAULT = parser()


def parse(data: bytes | bytearray | memoryview | str, with_parser: etree.XMLParser | None = None) -> Any:
    """The root element of ``data``, parsed by ``with_parser`` (one of ``parser``'s), after
    ``refuse_dtd``; a ``DecodeError`` for anything libxml2 does not read."""
    if not isinstance(data, (bytes, str)):
        data = bytes(data)  # (lxml before 6 parses only str and bytes)
    refuse_dtd(data)
    try:
        root = etree.fromstring(data, with_parser if with_parser is not None else _DEFAULT)
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, data) from None
    if root.getroottree().docinfo.doctype:  # (one refuse_dtd could not read: refused all the same)
        raise DecodeError(DTD_REFUSED)
    return root


def iterparse(data: bytes, **options: Any) -> Any:
    """``etree.iterparse`` over ``data`` with ``OPTIONS`` and the refusing resolver, after ``refuse_dtd``
    (its ``XMLSyntaxError``s are the caller's to turn into ``syntax_error``)."""
    refuse_dtd(data)
    events = etree.iterparse(io.BytesIO(data), **{**OPTIONS, **options})
    events.resolvers.add(_RefuseAll())
    return events


# -- the prolog ----------------------------------------------------------------------------------

#: Byte order marks and, without one, the first bytes of ``<?xml`` (XML 1.0, appendix F): the codec.
_BOMS = (
    (b"\xef\xbb\xbf", "latin-1"),  # UTF-8: read byte by byte (markup is ASCII; see _scan_as)
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_UNMARKED = {
    b"\x00\x00\x00<": "utf-32-be",
    b"<\x00\x00\x00": "utf-32-le",
    b"\x00<\x00?": "utf-16-be",
    b"<\x00?\x00": "utf-16-le",
    b"Lo\xa7\x94": "cp037",  # EBCDIC
}
#: Whitespace, processing instructions (the XML declaration among them) and comments before the root.
_MISC = re.compile(r"(?:[ \t\r\n]+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_DECLARED = re.compile(r"""<\?xml[^>]*?encoding[ \t\r\n]*=[ \t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\1""")
_DOCTYPE = "<!DOCTYPE"
_ROOT_FIRST = re.compile(rb"<[A-Za-z_]").match


def refuse_dtd(data: bytes | str) -> None:
    """Raise ``DecodeError`` if ``data``'s prolog holds a document type declaration."""
    if isinstance(data, str):  # (read by libxml2 as the text it is)
        if _doctype_first(data.lstrip("\ufeff"), whole=True):
            raise DecodeError(DTD_REFUSED)
        return
    if data.__class__ is not bytes:
        data = bytes(data)
    if _ROOT_FIRST(data):  # the root element first, as .NET writes
        return
    start, codec = 0, "latin-1"
    for bom, name in _BOMS:
        if data.startswith(bom):
            start, codec = len(bom), name
            break
    else:
        codec = _UNMARKED.get(data[:4], codec)
    if _scan_as(data, start, codec):
        raise DecodeError(DTD_REFUSED)
    head = data[start : start + 512].decode(codec, "replace")
    declared = _DECLARED.match(head)
    if declared is None:
        return
    try:
        other = codecs.lookup(declared.group(2)).name
    except LookupError:
        return  # an encoding we cannot read: libxml2 may; the resolver then refuses what it names
    if other != codecs.lookup(codec).name and not (codec == "latin-1" and other == "utf-8"):
        if _scan_as(data, start, other):  # (UTF-7, say, spells "<" "+ADw-")
            raise DecodeError(DTD_REFUSED)


def _scan_as(data: bytes, start: int, codec: str) -> bool:
    """Whether the prolog of ``data[start:]`` read in ``codec`` holds ``<!DOCTYPE``. (UTF-8 is read as
    Latin-1: no byte of a multi-byte sequence is ASCII, so markup is found exactly.)"""
    size = 1024
    while True:
        whole = start + size >= len(data)
        found = _doctype_first(data[start : start + size].decode(codec, "replace"), whole)
        if found is not None:
            return found
        size *= 4  # the window ends inside the prolog: read further


def _doctype_first(text: str, whole: bool) -> bool | None:
    """Whether ``<!DOCTYPE`` follows the whitespace, comments and processing instructions ``text``
    starts with; None if ``text`` (not ``whole``) ends before that is known."""
    pos = _MISC.match(text).end()  # type: ignore[union-attr]
    rest = text[pos : pos + len(_DOCTYPE)]
    if rest == _DOCTYPE:
        return True
    if whole or (len(rest) == len(_DOCTYPE) and not rest.startswith(("<?", "<!--"))):
        return False  # the root element (or what libxml2 will refuse) comes first
    return None


# -- errors --------------------------------------------------------------------------------------


def syntax_error(exc: etree.XMLSyntaxError, data: bytes | str) -> DecodeError:
    """``exc`` (from parsing ``data``) as our ``DecodeError``."""
    if exc.code in _LIMITS:
        path = _deep_path(data if isinstance(data, bytes) else bytes(data, "utf-8"))
        if path is not None:
            return DecodeError(f"elements nested more than {MAX_DEPTH} levels deep; the limit is {MAX_DEPTH}", path)
        if exc.code == _RESOURCE_LIMIT:
            line, column = exc.position
            return DecodeError(
                f"a text, name or value at line {line}, column {column} is longer than this reader's limit"
            )
    return DecodeError(f"malformed XML: {exc}")


#: libxml2's XML_ERR_RESOURCE_LIMIT (lxml names it from 6.0; the lowest lxml we support gets it from its
#: libxml2 without a name).
_RESOURCE_LIMIT = getattr(etree.ErrorTypes, "ERR_RESOURCE_LIMIT", 114)
#: The codes libxml2 reports excessive depth with (older releases: an internal error).
_LIMITS = (_RESOURCE_LIMIT, etree.ErrorTypes.ERR_INTERNAL_ERROR)


def _deep_path(data: bytes) -> str | None:
    """Where ``data`` nests ``MAX_DEPTH`` levels deep or more: the path's first levels; None if it does not."""
    stack: list[str] = []
    seen: list[dict[str, int]] = [{}]  # per open element: its children's names so far -> how many
    try:
        for event, el in iterparse(data, events=("start", "end"), remove_comments=True, remove_pis=True):
            if event == "start":
                name = etree.QName(el).localname
                count = seen[-1][name] = seen[-1].get(name, 0) + 1
                stack.append(f"{name}[{count}]" if count > 1 else name)
                seen.append({})
            else:
                stack.pop()
                seen.pop()
                el.clear()
    except (etree.XMLSyntaxError, DecodeError):
        pass
    if len(stack) < MAX_DEPTH:
        return None
    return "/".join(stack[:6]) + "/…"
