"""DataContract XML for the generated models, byte for byte as .NET's DataContractSerializer writes it.

``decode(data, type=T)`` and ``encode(obj)``, in the style of ``msgspec.json``. ``T`` is a generated
model, a list of one (root ``ArrayOfX``) or ``str`` (root ``<string>`` in the Serialization namespace).

Writing (what .NET writes, verified against it): no XML declaration, UTF-8; the root declares
``xmlns:i`` then the type's namespace as default; members in DataContract order (base-class members
first, then alphabetical, as the XSDs list them); a member whose type lives in another namespace
declares it on its element as ``d<depth>p1``, also when empty or nil; ``None`` is ``i:nil="true"``;
a subtype where its base is declared carries ``i:type``; ``""`` is ``<X></X>``; a memberless object is
``<X />``. ``UNSET`` members (absent when decoded) are not written. A carriage return is written as
``&#xD;`` so that it survives (.NET's own writer turns it into a line feed).

Reading accepts whatever a conforming writer produces: any prefixes, whitespace between elements, an
XML declaration, attributes in any order. Entities are not resolved, DTDs are refused, nothing is
fetched. Out-of-order members (which .NET's reader silently drops) are read, not lost; ``strict=True``
raises for them instead. Unknown elements are kept where they stood and written back by ``encode``
(``strict=True`` raises); an ``i:type`` the spec does not know decodes as the declared type with its
known members, keeps the rest as unknown content, and is written back as the same ``i:type``.
Errors name the path: ``TipsAndLeadsReport/IncomingLeads/IncomingLead[3]/CreatedAt`` (1-based).

Documents in the form .NET writes are read by ``_xml_fast`` without a tree; everything else, and every
error, by the lxml readers below (the same result either way).
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Any, NamedTuple, TypeVar, overload

import msgspec
from lxml import etree

from . import _xml_fast, _xml_kinds
from ._api.xml_tables import SERIALIZATION, TYPES
from ._codec import fields_of, get_extra, is_deep, mark_deep, resolve_target, set_extra
from ._scalar_roots import decode_xml, encode_xml, is_scalar_type
from ._types import UNSET, Model, OpenEnum, format_timestamp, parse_timestamp
from .errors import DecodeError, EncodeError

__all__ = ["canonicalize", "decode", "encode"]

T = TypeVar("T")

XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NIL = f"{{{XSI}}}nil"
_TYPE = f"{{{XSI}}}type"
_STRING_TAG = f"{{{SERIALIZATION}}}string"
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1
#: XML's whitespace (S): what may pad a value or stand between elements. Not str.isspace(), which
#: also takes no-break spaces and other Unicode spaces that .NET's reader refuses.
_WS = " \t\r\n"
#: xs:int's lexical form (XML Schema), as .NET's XmlConvert reads it: ASCII digits, an optional sign.
_INTEGER = re.compile(r"[+-]?[0-9]+").fullmatch


class _Member(NamedTuple):
    element: str
    tag: str  # "{ns}Element"
    ns: str  # the declaring type's namespace
    attr: str
    kind: str
    target: Any  # enum class, or the plan key (model class) of an object / list item
    child_ns: str | None
    item_tag: str | None
    item_ns: str | None
    item: str | None
    item_kind: str | None


class _Plan(NamedTuple):
    cls: Any
    name: str
    ns: str
    members: tuple[_Member, ...]
    by_tag: dict[str, int]


#: class -> its row of the generated tables
_INFO: dict[Any, Any] = {t.cls: t for t in TYPES}
_CLASS_BY_QNAME: dict[tuple[str, str], Any] = {(t.namespace, t.name): t.cls for t in TYPES}


def _build_plan(cls: Any) -> _Plan:
    """The plan of one type: its base's members, then its own (the tables list each type's own members)."""
    t = _INFO[cls]
    # wire name -> attribute, from the struct itself (no type hints evaluated: hundreds of types stay cheap)
    attrs = dict(zip(cls.__struct_encode_fields__, cls.__struct_fields__, strict=True))
    members = list(_PLANS[t.base].members) if t.base is not None else []
    for m in t.members:
        item_tag = f"{{{m.item_ns}}}{m.item}" if m.item else None
        members.append(
            _Member(
                m.element,
                f"{{{t.namespace}}}{m.element}",
                t.namespace,
                attrs[m.json_name],
                m.kind,
                m.target,
                m.child_ns,
                item_tag,
                m.item_ns,
                m.item,
                m.item_kind,
            )
        )
    return _Plan(cls, t.name, t.namespace, tuple(members), {m.tag: i for i, m in enumerate(members)})


class _Plans(dict):  # type: ignore[type-arg]
    """class -> ``_Plan``, each built on first use, so that importing costs the same for 5 types or 500."""

    def __missing__(self, cls: Any) -> _Plan:
        plan = self[cls] = _build_plan(cls)
        return plan

    def get(self, cls: Any, default: Any = None) -> Any:
        return self[cls] if cls in _INFO else default

    def values(self) -> Any:
        return [self[cls] for cls in _INFO]


class _ByQName(dict):  # type: ignore[type-arg]
    """(namespace, name) -> ``_Plan`` of the type .NET calls so, built on first use."""

    def get(self, key: Any, default: Any = None) -> Any:
        cls = _CLASS_BY_QNAME.get(key)
        return default if cls is None else _PLANS[cls]

    def __contains__(self, key: object) -> bool:
        return key in _CLASS_BY_QNAME


_PLANS: dict[Any, _Plan] = _Plans()
_BY_QNAME: dict[tuple[str, str], _Plan] = _ByQName()


_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
)


def _topmost(cls: Any) -> Any:
    while _INFO[cls].base is not None:
        cls = _INFO[cls].base
    return cls


def _root_plan(cls: Any) -> _Plan:
    """The plan of the type an endpoint declares for ``cls`` (its topmost base in the tables)."""
    if cls not in _INFO:
        raise KeyError(cls)
    return _PLANS[_topmost(cls)]


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


# ---------------------------------------------------------------------------------------------------
# Decoding


@overload
def decode(data: bytes | str, *, type: type[T], strict: bool = False) -> T: ...
@overload
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any: ...
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any:
    """Decode DataContract XML into ``type`` (a model, ``list[Model]`` or ``str``).

    Raises ``DecodeError`` naming the path and what was expected, and nothing else for any ``data``.
    A scalar type (``bool``, ``int``, ``UUID``...) or a list of one reads .NET's bare root (``<boolean>``,
    ``ArrayOfguid``).
    """
    if is_scalar_type(type):
        return decode_xml(_utf8(data) if isinstance(data, str) else bytes(data), type)
    target = resolve_target(type)
    try:
        return _decode(data, target, strict)
    except DecodeError:
        raise
    except RecursionError:
        raise DecodeError("nested too deeply") from None
    except (ValueError, TypeError, LookupError, AttributeError) as exc:
        # What lxml or a conversion raises for input the checks above did not foresee: still a
        # document we do not read. (DecodeError subclasses ValueError: re-raised as it is, first.)
        raise DecodeError(f"unreadable document: {exc.__class__.__name__}: {exc}") from None


def _utf8(text: str) -> bytes:
    """A document given as text, as UTF-8 (its XML declaration, which may name another encoding, dropped)."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DecodeError(
            f"character U+{ord(text[exc.start]):04X} at index {exc.start} is not valid Unicode text"
        ) from None


def _decode(data: bytes | str, target: Any, strict: bool) -> Any:
    if isinstance(data, str):
        data = _utf8(data)
    if _FAST_PATH and target.kind != "str":
        fast = _fast_reader(target.cls, target.kind == "list", strict)
        if fast is not None:
            obj = fast(data)
            if obj is not _xml_fast.MISS:
                return obj
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if target.kind == "model" and len(data) > _STREAM_THRESHOLD:
        return _decode_streaming(data, _PLANS[target.cls], strict)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DecodeError(f"malformed XML: {exc}") from None
    if root.getroottree().docinfo.doctype:
        raise DecodeError("a DTD (<!DOCTYPE>) is not accepted")
    if target.kind == "str":
        if root.tag != _STRING_TAG:
            raise DecodeError(
                f'expected <string xmlns="{SERIALIZATION}">, got <{_local(root.tag)}> in {_ns_of(root)}',
                _local(root.tag),
            )
        _not_nil(root, "a string", "string")
        if len(root):
            raise DecodeError("expected text, found an element", "string")
        return root.text or ""
    if target.kind == "list":
        item = _PLANS[target.cls]
        want = f"{{{item.ns}}}ArrayOf{item.name}"
        if root.tag != want:
            raise DecodeError(_unexpected_root(root, f"ArrayOf{item.name}", item.ns), _local(root.tag))
        path = f"ArrayOf{item.name}"
        _not_nil(root, "an array", path)
        tag = f"{{{item.ns}}}{item.name}"
        out = []
        for i, child in enumerate(root, 1):
            if child.tag != tag:
                raise DecodeError(
                    f"expected <{item.name}> in {item.ns}, got <{_local(child.tag)}> in {_ns_of(child)}",
                    f"{path}/{_local(child.tag)}[{i}]",
                )
            out.append(_read_object(child, item, f"{path}/{item.name}[{i}]", strict))
        _no_text(root, path)
        return out
    declared = _PLANS[target.cls]
    if root.tag != f"{{{declared.ns}}}{declared.name}":
        raise DecodeError(_unexpected_root(root, declared.name, declared.ns), _local(root.tag))
    _not_nil(root, f"an object ({declared.name})", declared.name)
    return _read_object(root, declared, declared.name, strict)


def _not_nil(root: Any, expected: str, path: str) -> None:
    """A response is never nil: the root's i:nil is refused as JSON's null is (one rule for both formats)."""
    if root.get(_NIL) in _TRUE:
        raise DecodeError(f'expected {expected}, got i:nil="{root.get(_NIL)}" on the root', path)


#: Try the fast path first (tests switch it off to compare it with the tree decoder).
_FAST_PATH = True
_FAST: dict[tuple[Any, bool, bool], Any] = {}


def _fast_reader(cls: Any, array: bool, strict: bool) -> Any:
    """The fast path's reader for this root (see ``_xml_fast``), or None where it does not apply."""
    key = (cls, array, strict)
    if key not in _FAST:
        _FAST[key] = _xml_fast.compile_reader(_PLANS[cls], _PLANS, _member_open, array=array, strict=strict)
    return _FAST[key]


def _ns_of(el: Any) -> str:
    return etree.QName(el).namespace or "no namespace"


def _unexpected_root(root: Any, name: str, ns: str) -> str:
    return f"expected root <{name}> in {ns}, got <{_local(root.tag)}> in {_ns_of(root)}"


def _no_text(el: Any, path: str) -> None:
    if el.text and el.text.strip(_WS):
        raise DecodeError(f"unexpected text {el.text.strip()[:40]!r}", path)
    for child in el:
        if child.tail and child.tail.strip(_WS):
            raise DecodeError(f"unexpected text {child.tail.strip()[:40]!r}", path)


# Each plan compiles to one reader: a table from tag to (position, attribute, member reader), and
# member readers specialised by kind. Scalar readers build their path only to report an error, and
# the "holds unknown content" marks are set by one pass afterwards, only when a document had any.

_TRUE = ("true", "1")
_BOOLS = {"true": True, "false": False, "1": True, "0": False}
_READERS: dict[Any, Any] = {}


class _Ctx:
    __slots__ = ("extras", "prefilled", "strict")

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.extras = False
        self.prefilled: dict[Any, list[Any]] | None = None


#: Documents larger than this decode while they are parsed (see _decode_streaming).
_STREAM_THRESHOLD = 1 << 20


def _decode_streaming(data: bytes, declared: _Plan, strict: bool) -> Any:
    """Decode a large document while libxml2 parses it, freeing what has been read.

    The items of the root's lists (the bulk of a report) are decoded as their end tags arrive; each
    one is deleted from the tree once the next one ends (its trailing text is checked first). Then
    the root is read as usual, its lists taken from what was decoded. Same readers, same checks and
    paths as the tree decoder; peak memory is the objects plus one item's subtree.
    """
    ctx = _Ctx(strict)
    prefilled: dict[Any, list[Any]] = {}
    ctx.prefilled = prefilled
    lists = {m.tag: m for m in declared.members if m.kind == "list" and m.item_kind == "object"}
    item_tags = sorted({m.item_tag for m in lists.values() if m.item_tag})
    root: Any = None
    events = etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        tag=item_tags or None,  # libxml2 reports only these
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for _, el in events:
            if root is None:
                tree = el.getroottree()
                if tree.docinfo.doctype:
                    raise DecodeError("a DTD (<!DOCTYPE>) is not accepted")
                root = tree.getroot()
                if root.tag != f"{{{declared.ns}}}{declared.name}":
                    raise DecodeError(_unexpected_root(root, declared.name, declared.ns), _local(root.tag))
            parent = el.getparent()
            m = lists.get(parent.tag) if parent is not None else None
            if m is None or el.tag != m.item_tag or parent.getparent() is not root or parent.get(_NIL) in _TRUE:
                continue  # not an item of one of the root's lists: read with the rest of the tree
            items = prefilled.get(parent)
            if items is None:
                items = prefilled[parent] = []
            where = f"{declared.name}/{m.element}"
            items.append(_reader(_PLANS[m.target])(el, f"{where}/{m.item}[{len(items) + 1}]", ctx))
            previous = el.getprevious()
            if previous is not None:  # its tail is complete now
                if previous.tag != m.item_tag:
                    raise DecodeError(
                        f"expected <{m.item}> in {m.item_ns}, got <{_local(previous.tag)}> in {_ns_of(previous)}",
                        f"{where}/{_local(previous.tag)}[{len(items)}]",  # its place among the children
                    )
                tail = previous.tail
                if tail is not None and tail.strip(_WS):
                    raise DecodeError(f"unexpected text {tail.strip()[:40]!r}", where)
                parent.remove(previous)
        if root is None:  # no list items at all: the whole tree is here
            root = events.root
    except etree.XMLSyntaxError as exc:
        raise DecodeError(f"malformed XML: {exc}") from None
    if root.getroottree().docinfo.doctype:
        raise DecodeError("a DTD (<!DOCTYPE>) is not accepted")
    if root.tag != f"{{{declared.ns}}}{declared.name}":
        raise DecodeError(_unexpected_root(root, declared.name, declared.ns), _local(root.tag))
    _not_nil(root, f"an object ({declared.name})", declared.name)
    obj = _reader(declared)(root, declared.name, ctx)
    if ctx.extras:
        _mark_deep(obj)
    return obj


def _read_object(el: Any, declared: _Plan, path: str, strict: bool) -> Any:
    ctx = _Ctx(strict)
    obj = _reader(declared)(el, path, ctx)
    if ctx.extras:
        _mark_deep(obj)
    return obj


def _mark_deep(obj: Any) -> bool:
    """Mark every object whose subtree holds unknown content; True if ``obj``'s does."""
    if isinstance(obj, list):
        return any([_mark_deep(x) for x in obj])
    if not isinstance(obj, Model):
        return False
    deep = get_extra(obj, "xml") is not None
    for f in fields_of(type(obj)):
        value = getattr(obj, f.attr)
        if isinstance(value, (Model, list)) and _mark_deep(value):
            deep = True
    if deep:
        mark_deep(obj)
    return deep


def _reader(plan: _Plan) -> Any:
    reader = _READERS.get(plan.cls)
    if reader is None:
        reader = _READERS[plan.cls] = _compile(plan)
    return reader


def _compile(plan: _Plan) -> Any:
    table: dict[str, tuple[int, str, Any]] = {}
    for idx, m in enumerate(plan.members):
        table[m.tag] = (idx, m.attr, _member_reader(m))
    cls, name, members = plan.cls, plan.name, plan.members

    def read(el: Any, path: str, ctx: _Ctx) -> Any:
        if el.get(_NIL) in _TRUE:
            return None
        itype = el.get(_TYPE)
        unknown = None
        if itype is not None:
            prefix, _, local = itype.rpartition(":")
            ns = el.nsmap.get(prefix or None)
            found = _BY_QNAME.get((ns, local))
            if found is not None and issubclass(found.cls, cls):
                if found is not plan:
                    return _reader(found)(el, path, ctx)
            elif ctx.strict:
                raise DecodeError(f"unknown i:type {itype!r} for {name} (strict mode)", path)
            elif not ns:
                raise DecodeError(f"i:type {itype!r}: its prefix names no namespace", path)
            else:
                unknown = (ns, local)  # decoded as the declared type; i:type written back as it was
        text = el.text
        if text is not None and text.strip(_WS):
            raise DecodeError(f"unexpected text {text.strip()[:40]!r}", path)
        kwargs: dict[str, Any] = {}
        last = -1
        extras: list[tuple[int, Any]] | None = None
        for child in el:
            entry = table.get(child.tag)
            if entry is None:
                if child.tag is etree.Comment or child.tag is etree.PI:  # pragma: no cover - parser drops them
                    continue
                if ctx.strict:
                    raise DecodeError(
                        f"{name} has no member <{_local(child.tag)}> in {_ns_of(child)} (strict mode)",
                        f"{path}/{_local(child.tag)}",
                    )
                if extras is None:
                    extras = []
                extras.append((last, child))
            else:
                idx, attr, rd = entry
                if idx > last:
                    last = idx
                elif attr in kwargs:
                    raise DecodeError(
                        f"<{members[idx].element}> appears more than once", f"{path}/{members[idx].element}"
                    )
                elif ctx.strict:
                    raise DecodeError(
                        f"<{members[idx].element}> is out of order (after <{members[last].element}>); "
                        ".NET's reader would drop it",
                        f"{path}/{members[idx].element}",
                    )
                kwargs[attr] = rd(child, path, ctx)
            tail = child.tail
            if tail is not None and tail.strip(_WS):
                raise DecodeError(f"unexpected text {tail.strip()[:40]!r}", path)
        try:
            obj = cls(**kwargs)
        except TypeError as exc:  # a required member is absent: name its element
            absent = {f.name for f in msgspec.structs.fields(cls) if f.required and f.name not in kwargs}
            missing = ", ".join(f"<{m.element}>" for m in members if m.attr in absent)
            reason = f"missing required {missing}" if missing else str(exc)
            raise DecodeError(f"{name}: {reason}", path) from None
        if extras is not None or unknown is not None:
            set_extra(obj, "xml", (extras or [], unknown))
            ctx.extras = True
        return obj

    return read


def _member_reader(m: _Member) -> Any:
    element = m.element
    if m.kind == "object":
        target = m.target

        bound: list[Any] = []  # the target's reader, bound on first use (types may refer to each other)

        def read_object(child: Any, path: str, ctx: _Ctx) -> Any:
            if not bound:
                bound.append(_reader(_PLANS[target]))
            return bound[0](child, f"{path}/{element}", ctx)

        return read_object
    if m.kind == "list":
        item_tag, item, item_ns = m.item_tag, m.item, m.item_ns
        item_read = (
            _reader_later(m.target)
            if m.item_kind == "object"
            else _scalar_reader(m.item_kind or "string", m.target, str(item), item=True)
        )

        def read_list(child: Any, path: str, ctx: _Ctx) -> Any:
            if child.get(_NIL) in _TRUE:
                return None
            where = f"{path}/{element}"
            # Items decoded while parsing (large documents) are gone from the tree but the last one.
            done = ctx.prefilled.get(child) if ctx.prefilled is not None else None
            out = [] if done is None else done
            i = 0 if done is None else len(done) - 1
            for node in child:
                i += 1
                if node.tag != item_tag:
                    raise DecodeError(
                        f"expected <{item}> in {item_ns}, got <{_local(node.tag)}> in {_ns_of(node)}",
                        f"{where}/{_local(node.tag)}[{i}]",
                    )
                if done is None or i > len(done):
                    out.append(item_read(node, f"{where}/{item}[{i}]", ctx))
                tail = node.tail
                if tail is not None and tail.strip(_WS):
                    raise DecodeError(f"unexpected text {tail.strip()[:40]!r}", where)
            text = child.text
            if text is not None and text.strip(_WS):
                raise DecodeError(f"unexpected text {text.strip()[:40]!r}", where)
            return out

        return read_list
    if m.kind == "map":

        def read_map(child: Any, path: str, ctx: _Ctx) -> Any:
            return _xml_kinds.read_map(child, f"{path}/{element}")

        return read_map
    return _scalar_reader(m.kind, m.target, element)


def _reader_later(target: Any) -> Any:
    """An item reader for list items: the path already names the item."""

    def read_item(node: Any, where: str, ctx: _Ctx) -> Any:
        return _reader(_PLANS[target])(node, where, ctx)

    return read_item


def _scalar_reader(kind: str, target: Any, element: str, *, item: bool = False) -> Any:
    """A reader of one text-only element. A list item's path already names it."""
    if kind in _xml_kinds.TEXT_KINDS:
        return _xml_kinds.reader(kind, element, item=item)

    def where(path: str) -> str:
        return path if item else f"{path}/{element}"

    if kind == "string":

        def read_string(child: Any, path: str, ctx: _Ctx) -> Any:
            text = child.text
            if len(child):
                raise DecodeError(f"expected text, found element <{_local(child[0].tag)}>", where(path))
            nil = child.get(_NIL)
            if nil is not None and nil in _TRUE:
                if text and text.strip(_WS):
                    raise DecodeError('an element with i:nil="true" must be empty', where(path))
                return None
            return text or ""

        return read_string

    def text_of(child: Any, path: str) -> str | None:
        """The stripped text, or None for i:nil."""
        if len(child):
            raise DecodeError(f"expected text, found element <{_local(child[0].tag)}>", where(path))
        text = child.text
        nil = child.get(_NIL)
        if nil is not None and nil in _TRUE:
            if text and text.strip(_WS):
                raise DecodeError('an element with i:nil="true" must be empty', where(path))
            return None
        return text.strip(_WS) if text else ""

    if kind == "datetime":

        def read(child: Any, path: str, ctx: _Ctx) -> Any:
            text = text_of(child, path)
            if text is None:
                return None
            try:
                return parse_timestamp(text)
            except ValueError as exc:
                raise DecodeError(str(exc), where(path)) from None

    elif kind == "enum":
        known = target._value2member_map_  # the enum's own lookup table (with the unknown values it cached)

        def read(child: Any, path: str, ctx: _Ctx) -> Any:
            text = text_of(child, path)
            if text is None:
                return None
            member = known.get(text)
            if member is None:
                if not text:
                    raise DecodeError(f"expected a {target.__name__} value, got an empty element", where(path))
                member = target(text)
            if ctx.strict and not member.is_known:
                raise DecodeError(f"{target.__name__} has no member {text!r} (strict mode)", where(path))
            return member

    elif kind == "boolean":

        def read(child: Any, path: str, ctx: _Ctx) -> Any:
            text = text_of(child, path)
            if text is None:
                return None
            value = _BOOLS.get(text)
            if value is None:
                raise DecodeError(f"expected true or false, got {text!r}", where(path))
            return value

    elif kind == "int":

        def read(child: Any, path: str, ctx: _Ctx) -> Any:
            text = text_of(child, path)
            if text is None:
                return None
            if _INTEGER(text) is None:  # (int() would also take "1_000", other scripts' digits)
                raise DecodeError(f"expected an integer, got {text[:40]!r}", where(path))
            if len(text.lstrip("+-").lstrip("0")) > 10:
                raise DecodeError(f"{text[:40]} is outside the 32-bit integer range", where(path))
            number = int(text)
            if not _INT_MIN <= number <= _INT_MAX:
                raise DecodeError(f"{number} is outside the 32-bit integer range", where(path))
            return number

    else:  # pragma: no cover - tables are generated
        raise ValueError(f"unsupported member kind {kind}")

    return read


# ---------------------------------------------------------------------------------------------------
# Encoding

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str, path: str) -> str:
    if _INVALID.search(value):
        bad = _INVALID.search(value).group()  # type: ignore[union-attr]
        raise EncodeError(f"character U+{ord(bad):04X} cannot be written in XML 1.0", path)
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#xD;")
    return value


def _scalar(value: Any, kind: str, path: str) -> str:
    if kind in _xml_kinds.TEXT_KINDS:
        return _xml_kinds.text(value, kind, path)
    if kind == "string" or kind is None:
        if not isinstance(value, str):
            raise EncodeError(f"expected a string, got {type(value).__name__}", path)
        return _text(value, path)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise EncodeError(f"expected a bool, got {type(value).__name__}", path)
        return "true" if value else "false"
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise EncodeError(f"expected an int, got {type(value).__name__}", path)
        if not _INT_MIN <= value <= _INT_MAX:
            raise EncodeError(f"{value} is outside the 32-bit integer range", path)
        return str(value)
    if kind == "datetime":
        if not isinstance(value, datetime):
            raise EncodeError(f"expected a datetime, got {type(value).__name__}", path)
        return format_timestamp(value)
    if kind == "enum":
        if isinstance(value, OpenEnum):
            return _text(value.value, path)
        if isinstance(value, str):
            return _text(value, path)
        raise EncodeError(f"expected an enum member, got {type(value).__name__}", path)
    raise EncodeError(f"unsupported member kind {kind}", path)  # pragma: no cover


def encode(obj: Any, *, type: Any = None, validate: bool = False) -> bytes:
    """Encode a model, a list of models or a string as DataContract XML (UTF-8 bytes).

    The root is the declared type: ``type`` if given, else the topmost spec base of the object's class
    (what the API declares: a ``CrmPersonContact`` is written as ``<CrmContact i:type="CrmPersonContact">``).
    ``validate=True`` first checks the documented constraints and raises ``EncodeError`` naming the member.
    A scalar or a list of scalars needs its ``type`` (``bool``, ``list[UUID]``...): .NET's bare root.
    """
    if type is not None and is_scalar_type(type):
        return encode_xml(obj, type)
    if validate:
        from ._validation import check

        problems = check(obj)
        if problems:
            path, message = problems[0]
            raise EncodeError(message, path)
    return _encode(obj, type, fast=True)


def _encode(obj: Any, type: Any, *, fast: bool) -> bytes:
    """``fast=False`` writes with the table-driven reference writer only (the tests compare the two)."""
    if isinstance(obj, str):
        return f'<string xmlns="{SERIALIZATION}">{_text(obj, "string")}</string>'.encode()
    out: list[str] = []
    if isinstance(obj, list):
        if type is not None:
            item_cls = resolve_target(type).cls
        elif obj and isinstance(obj[0], Model):
            item_cls = _root_plan(obj[0].__class__).cls
        else:
            raise EncodeError("encoding an empty or untyped list needs type=list[Model]")
        item = _PLANS[item_cls]
        quick = _encode_fast_list(obj, item) if fast else None
        if quick is not None:
            return quick
        root = f"ArrayOf{item.name}"
        out.append(f'<{root} xmlns:i="{XSI}" xmlns="{item.ns}"')
        scope = {item.ns: "", XSI: "i"}
        if not obj:
            out.append(" />")
        else:
            out.append(">")
            for i, value in enumerate(obj, 1):
                _write_object(out, value, item, item.name, scope, 2, f"{root}/{item.name}[{i}]", "")
            out.append(f"</{root}>")
        return "".join(out).encode("utf-8")
    if not isinstance(obj, Model):
        raise EncodeError(f"cannot encode {obj.__class__.__name__} as DataContract XML")
    declared = _PLANS[resolve_target(type).cls] if type is not None else _root_plan(obj.__class__)
    quick = _encode_fast(obj, declared) if fast else None
    if quick is not None:
        return quick
    _write_root(out, obj, declared)
    return "".join(out).encode("utf-8")


def _write_root(out: list[str], obj: Model, declared: _Plan) -> None:
    plan = _PLANS.get(obj.__class__)
    if plan is None or not issubclass(plan.cls, declared.cls):
        raise EncodeError(f"{obj.__class__.__name__} is not a {declared.name}", declared.name)
    out.append(f'<{declared.name} xmlns:i="{XSI}"')
    scope = {declared.ns: "", XSI: "i"}
    out.append(_itype(obj, plan, declared, scope))
    out.append(f' xmlns="{declared.ns}"')
    _write_content(out, obj, plan, declared.name, scope, 1, declared.name)


def _itype(obj: Any, plan: _Plan, declared: _Plan, scope: dict[str, str]) -> str:
    """The ``i:type`` attribute of ``obj`` written as ``declared`` (a subtype, or an unknown ``i:type``
    kept from decoding), or ``""``."""
    if plan is not declared:
        return _type_attr(plan.ns, plan.name, scope)
    extra = get_extra(obj, "xml") if is_deep(obj) else None
    if not extra or not extra[1]:
        return ""
    ns, name = extra[1]  # the unknown i:type kept from decoding: (namespace, local name)
    return _type_attr(ns, name, scope)


def _type_attr(ns: str, name: str, scope: dict[str, str]) -> str:
    """`` i:type="prefix:name"``; a namespace not in scope is declared on the element (as ``d0p1``,
    a prefix .NET's depth numbering never uses). Both values escaped: a name read from a document is
    written back as the same text, never as markup."""
    prefix = scope.get(ns)
    if prefix is None:
        return f' xmlns:d0p1="{_attr(ns)}" i:type="d0p1:{_attr(name)}"'
    return f' i:type="{prefix}:{_attr(name)}"' if prefix else f' i:type="{_attr(name)}"'


def _attr(value: str) -> str:
    """Text for a double-quoted attribute value: markup escaped, and the whitespace that attribute
    normalisation would turn into spaces written as references, so it reads back unchanged."""
    value = _text(value, "")
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\t" in value or "\n" in value:
        value = value.replace("\t", "&#x9;").replace("\n", "&#xA;")
    return value


def _write_object(
    out: list[str], value: Any, declared: _Plan, element: str, scope: dict[str, str], depth: int, path: str, prefix: str
) -> None:
    tag = f"{prefix}:{element}" if prefix else element
    if value is None:
        out.append(f'<{tag} i:nil="true" />')
        return
    plan = _PLANS.get(value.__class__)
    if plan is None or not issubclass(plan.cls, declared.cls):
        raise EncodeError(f"expected a {declared.name}, got {value.__class__.__name__}", path)
    out.append(f"<{tag}")
    out.append(_itype(value, plan, declared, scope))
    _write_content(out, value, plan, tag, scope, depth, path)


def _write_content(
    out: list[str], obj: Any, plan: _Plan, tag: str, scope: dict[str, str], depth: int, path: str
) -> None:
    """Members of ``obj`` then the end of the element whose start tag is open in ``out``."""
    mark = len(out)
    out.append(">")
    extras = get_extra(obj, "xml")[0] if is_deep(obj) and get_extra(obj, "xml") else ()
    if extras:
        _write_extras(out, extras, -1, scope, depth + 1)
    child_depth = depth + 1
    for idx, m in enumerate(plan.members):
        value = getattr(obj, m.attr)
        if value is not UNSET:
            mtag, decl, child_scope = _member_open(m, scope, child_depth)
            out.append(f"<{mtag}{decl}")
            where = f"{path}/{m.element}"
            if value is None:
                out.append(' i:nil="true" />')
            elif m.kind == "object":
                sub = _PLANS.get(value.__class__)
                target = _PLANS[m.target]
                if sub is None or not issubclass(sub.cls, target.cls):
                    raise EncodeError(f"expected a {target.name}, got {value.__class__.__name__}", where)
                out.append(_itype(value, sub, target, child_scope))
                _write_content(out, value, sub, mtag, child_scope, child_depth, where)
            elif m.kind == "list":
                if not isinstance(value, list):
                    raise EncodeError(f"expected a list, got {value.__class__.__name__}", where)
                if not value:
                    out.append(" />")
                else:
                    out.append(">")
                    ip = child_scope[m.item_ns]  # type: ignore[index]
                    for i, item in enumerate(value, 1):
                        iwhere = f"{where}/{m.item}[{i}]"
                        if m.item_kind == "object":
                            _write_object(out, item, _PLANS[m.target], m.item, child_scope, child_depth + 1, iwhere, ip)  # type: ignore[arg-type]
                        else:
                            itag = f"{ip}:{m.item}" if ip else m.item
                            if item is None:
                                out.append(f'<{itag} i:nil="true" />')
                            else:
                                out.append(f"<{itag}>{_scalar(item, m.item_kind or 'string', iwhere)}</{itag}>")
                    out.append(f"</{mtag}>")
            elif m.kind == "map":
                out.append(_xml_kinds.map_content(value, child_scope[m.child_ns or ""], mtag, _text, where))
            else:
                text = _scalar(value, m.kind, where)
                out.append(f">{text}</{mtag}>" if text or m.kind not in _xml_kinds.TEXT_KINDS else " />")
        if extras:
            _write_extras(out, extras, idx, scope, child_depth)
    if len(out) == mark + 1:
        out[mark] = " />"
    else:
        out.append(f"</{tag}>")


def _member_open(m: _Member, scope: dict[str, str], depth: int) -> tuple[str, str, dict[str, str]]:
    """A member element at ``depth`` in ``scope``: (its tag, the namespace declaration .NET puts on it,
    the scope of its content). .NET declares the member type's namespace on the member element, as
    ``d<depth>p1``, when that namespace is not already in scope, also when the member is nil or empty."""
    prefix = scope[m.ns]
    tag = f"{prefix}:{m.element}" if prefix else m.element
    if m.child_ns is None or m.child_ns in scope:
        return tag, "", scope
    p = f"d{depth}p1"
    return tag, f' xmlns:{p}="{m.child_ns}"', {**scope, m.child_ns: p}


def _write_extras(out: list[str], extras: Any, after: int, scope: dict[str, str], depth: int) -> None:
    for position, el in extras:
        if position == after:
            _write_foreign(out, el, scope, depth)


def _write_foreign(out: list[str], el: Any, scope: dict[str, str], depth: int) -> None:
    """Write an element kept from decoding, in the current namespace scope."""
    qn = etree.QName(el)
    ns = qn.namespace or ""
    decls = []
    inner = scope
    prefix = scope.get(ns)
    if prefix is None:
        prefix = f"d{depth}p1"
        decls.append(f' xmlns:{prefix}="{_attr(ns)}"')
        inner = {**scope, ns: prefix}
    tag = f"{prefix}:{qn.localname}" if prefix else qn.localname
    out.append(f"<{tag}")
    attrs: list[str] = []
    for name, value in el.attrib.items():
        aq = etree.QName(name)
        if aq.namespace:
            ap = inner.get(aq.namespace)
            if ap is None:  # declared for this attribute (an attribute is in no namespace without a prefix)
                ap = f"d{depth}p{len(decls) + 2}"
                decls.append(f' xmlns:{ap}="{_attr(aq.namespace)}"')
                inner = {**inner, aq.namespace: ap}
            attrs.append(f' {ap}:{aq.localname}="{_attr(value)}"')
        else:
            attrs.append(f' {aq.localname}="{_attr(value)}"')
    out.extend(decls)
    out.extend(attrs)
    if len(el) == 0 and el.text is None:
        out.append(" />")
        return
    out.append(">")
    if el.text:
        out.append(_text(el.text, tag))
    for child in el:
        _write_foreign(out, child, inner, depth + 1)
        if child.tail and child.tail.strip(_WS):
            out.append(_text(child.tail, tag))
    out.append(f"</{tag}>")


# ---------------------------------------------------------------------------------------------------
# Canonical form


def canonicalize(data: bytes, *, type: Any = None) -> bytes:
    """Rewrite conforming DataContract XML the way .NET writes it, content unchanged.

    Namespace declarations and prefixes (``d<depth>p1`` on the member whose type is in another
    namespace, also when it is nil or empty), attribute order, ``<X></X>`` for empty text and
    ``<X />`` for empty content; no declaration, no whitespace between elements. Used to write other
    serializers' output (the xsdata classes) byte for byte as .NET does. ``type`` is the model the root
    stands for; without it, the root element's name and namespace decide.
    """
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DecodeError(f"malformed XML: {exc}") from None
    if root.tag == _STRING_TAG:
        return encode(root.text or "")
    qn = etree.QName(root)
    if type is not None:
        target = resolve_target(type)
        plan = _PLANS[target.cls]
        is_list = target.kind == "list"
    else:
        is_list = qn.localname.startswith("ArrayOf") and (qn.namespace, qn.localname[7:]) in _BY_QNAME
        found = _BY_QNAME.get((qn.namespace, qn.localname[7:] if is_list else qn.localname))
        if found is None:
            raise DecodeError(f"no type for root <{qn.localname}> in {qn.namespace}")
        plan = found
    name = f"ArrayOf{plan.name}" if is_list else plan.name
    default_ns = plan.ns
    out = [f'<{name} xmlns:i="{XSI}"']
    scope = {default_ns: "", XSI: "i"}
    if not is_list:
        plan, itype = _canon_type(root, plan, scope)
        out.append(itype)
    out.append(f' xmlns="{default_ns}"')
    if is_list:
        out.append(">" if len(root) else " />")
        for child in root:
            _canon_object(out, child, plan, plan.name, scope, 2, "")
        if len(root):
            out.append(f"</{name}>")
    else:
        _canon_content(out, root, plan, name, scope, 1)
    return "".join(out).encode("utf-8")


def _canon_type(el: Any, declared: _Plan, scope: dict[str, str]) -> tuple[_Plan, str]:
    itype = el.get(_TYPE)
    if itype is None:
        return declared, ""
    prefix, _, local = itype.rpartition(":")
    ns = el.nsmap.get(prefix or None)
    if not ns:
        raise DecodeError(f"i:type {itype!r}: its prefix names no namespace", _local(el.tag))
    found = _BY_QNAME.get((ns, local))
    return (found if found is not None else declared), _type_attr(ns, local, scope)


def _canon_object(
    out: list[str], el: Any, declared: _Plan, element: str, scope: dict[str, str], depth: int, prefix: str
) -> None:
    tag = f"{prefix}:{element}" if prefix else element
    out.append(f"<{tag}")
    if el.get(_NIL) in ("true", "1"):
        out.append(' i:nil="true" />')
        return
    plan, itype = _canon_type(el, declared, scope)
    out.append(itype)
    _canon_content(out, el, plan, tag, scope, depth)


def _canon_content(out: list[str], el: Any, plan: _Plan, tag: str, scope: dict[str, str], depth: int) -> None:
    mark = len(out)
    out.append(">")
    for child in el:
        idx = plan.by_tag.get(child.tag)
        if idx is None:
            _write_foreign(out, child, scope, depth + 1)
            continue
        m = plan.members[idx]
        mtag, decl, child_scope = _member_open(m, scope, depth + 1)
        out.append(f"<{mtag}{decl}")
        if child.get(_NIL) in ("true", "1"):
            out.append(' i:nil="true" />')
        elif m.kind == "object":
            sub, itype = _canon_type(child, _PLANS[m.target], child_scope)
            out.append(itype)
            _canon_content(out, child, sub, mtag, child_scope, depth + 1)
        elif m.kind == "list":
            if not len(child):
                out.append(" />")
                continue
            out.append(">")
            ip = child_scope[m.item_ns]  # type: ignore[index]
            for item in child:
                if m.item_kind == "object":
                    _canon_object(out, item, _PLANS[m.target], m.item, child_scope, depth + 2, ip)  # type: ignore[arg-type]
                else:
                    itag = f"{ip}:{m.item}" if ip else m.item
                    if item.get(_NIL) in ("true", "1"):
                        out.append(f'<{itag} i:nil="true" />')
                    else:
                        out.append(f"<{itag}>{_text(item.text or '', mtag)}</{itag}>")
            out.append(f"</{mtag}>")
        elif m.kind == "map":
            content = _xml_kinds.read_map(child, mtag) or {}
            out.append(_xml_kinds.map_content(content, child_scope[m.child_ns or ""], mtag, _text, mtag))
        elif m.kind in _xml_kinds.TEXT_KINDS and not (child.text or "").strip(_WS):
            out.append(" />")  # an empty byte[]: .NET writes <X />
        else:
            out.append(f">{_text(child.text or '', mtag)}</{mtag}>")
    if len(out) == mark + 1:
        out[mark] = " />"
    else:
        out.append(f"</{tag}>")


# ---------------------------------------------------------------------------------------------------
# The fast writer: Python source generated per (type, namespace scope, depth) from the same plans,
# with tags, declarations and nil elements precomputed. It handles the common case only; anything
# else (unknown content kept from decoding, a value of the wrong type, a character XML cannot hold)
# raises _Fallback, and the table-driven writer above, the reference, writes it or names the error.


class _Fallback(Exception):
    pass


_ESCAPE = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WRITERS: dict[tuple[Any, tuple[tuple[str, str], ...], int], Any] = {}


def _esc(value: Any) -> str:
    if value.__class__ is not str:
        if not isinstance(value, str):
            raise _Fallback
    if _ESCAPE.search(value) is None:
        return value  # type: ignore[no-any-return]
    if _INVALID.search(value):
        raise _Fallback
    return _text(value, "")


def _int(value: Any) -> str:
    if value.__class__ is not int or not _INT_MIN <= value <= _INT_MAX:
        raise _Fallback
    return str(value)


def _ts(value: Any) -> str:
    if not isinstance(value, datetime):
        raise _Fallback
    return format_timestamp(value)


def _fast_text(kind: str) -> Any:
    """The fast writer's text of a member of ``kind`` (a TEXT_KINDS kind); anything unusual falls back."""
    k = _xml_kinds.TEXT_KINDS[kind]

    def text(value: Any) -> str:
        if not isinstance(value, k.types) or isinstance(value, bool):
            raise _Fallback
        try:
            result: str = k.format(value)
        except ValueError:
            raise _Fallback from None
        return result

    return text


def _enum(value: Any) -> str:
    if isinstance(value, OpenEnum):
        return _esc(value._value_)
    return _esc(value)


def _encode_fast(obj: Any, declared: _Plan) -> bytes | None:
    cls = obj.__class__
    plan = _PLANS.get(cls)
    if plan is None or not issubclass(cls, declared.cls) or obj.__dict__:
        return None
    scope = ((XSI, "i"), (declared.ns, ""))
    out = [f'<{declared.name} xmlns:i="{XSI}"']
    if plan is not declared:
        out.append(f' i:type="{plan.name}"' if plan.ns == declared.ns else "")
        if plan.ns != declared.ns:
            return None
    out.append(f' xmlns="{declared.ns}"')
    mark = len(out)
    out.append(">")
    try:
        _writer(cls, scope, 1)(obj, out)
    except (_Fallback, AttributeError, TypeError, KeyError):
        return None
    if len(out) == mark + 1:
        out[mark] = " />"
    else:
        out.append(f"</{declared.name}>")
    return "".join(out).encode("utf-8")


def _encode_fast_list(items: list[Any], item: _Plan) -> bytes | None:
    root = f"ArrayOf{item.name}"
    out = [f'<{root} xmlns:i="{XSI}" xmlns="{item.ns}"']
    if not items:
        return None
    out.append(">")
    scope = ((XSI, "i"), (item.ns, ""))
    try:
        for value in items:
            if value is None:
                out.append(f'<{item.name} i:nil="true" />')
                continue
            cls = value.__class__
            if cls is not item.cls or value.__dict__:
                return None
            out.append(f"<{item.name}")
            mark = len(out)
            out.append(">")
            _writer(cls, scope, 2)(value, out)
            if len(out) == mark + 1:
                out[mark] = " />"
            else:
                out.append(f"</{item.name}>")
    except (_Fallback, AttributeError, TypeError, KeyError):
        return None
    out.append(f"</{root}>")
    return "".join(out).encode("utf-8")


def _writer(cls: Any, scope: tuple[tuple[str, str], ...], depth: int) -> Any:
    key = (cls, scope, depth)
    fn = _WRITERS.get(key)
    if fn is None:
        fn = _WRITERS[key] = _generate_writer(cls, scope, depth)
    return fn


def _generate_writer(cls: Any, scope_key: tuple[tuple[str, str], ...], depth: int) -> Any:
    plan = _PLANS[cls]
    scope = dict(scope_key)
    env: dict[str, Any] = {
        "UNSET": UNSET, "esc": _esc, "num": _int, "ts": _ts, "enum": _enum, "writer": _writer, "Fallback": _Fallback,
    }  # fmt: skip
    lines = ["def write(o, out):", "    if o.__dict__: raise Fallback", "    ap = out.append"]
    child_depth = depth + 1
    for j, m in enumerate(plan.members):
        tag, decl, child_scope = _member_open(m, scope, child_depth)
        open_, close = f"<{tag}{decl}>", f"</{tag}>"
        nil = f'<{tag}{decl} i:nil="true" />'
        lines += [f"    v = o.{m.attr}", f"    if v is None: ap({nil!r})", "    elif v is not UNSET:"]
        if m.kind == "string":
            lines.append(f"        ap({open_!r} + esc(v) + {close!r})")
        elif m.kind == "enum":
            lines.append(f"        ap({open_!r} + enum(v) + {close!r})")
        elif m.kind == "datetime":
            lines.append(f"        ap({open_!r} + ts(v) + {close!r})")
        elif m.kind == "int":
            lines.append(f"        ap({open_!r} + num(v) + {close!r})")
        elif m.kind in _xml_kinds.TEXT_KINDS:
            env[f"F{j}"] = _fast_text(m.kind)
            empty = f"<{tag}{decl} />"
            lines.append(f"        t = F{j}(v); ap({open_!r} + t + {close!r} if t else {empty!r})")
        elif m.kind == "boolean":
            lines.append(f"        if v is True: ap({f'{open_}true{close}'!r})")
            lines.append(f"        elif v is False: ap({f'{open_}false{close}'!r})")
            lines.append("        else: raise Fallback")
        elif m.kind == "object":
            env[f"K{j}"] = tuple(sorted(child_scope.items()))
            env[f"T{j}"] = _object_cases(m.target, child_scope)
            lines += [
                f"        case = T{j}.get(v.__class__)",
                "        if case is None: raise Fallback",
                f"        ap({f'<{tag}{decl}'!r} + case)",
                "        n = len(out); ap('>')",
                f"        writer(v.__class__, K{j}, {child_depth})(v, out)",
                "        if len(out) == n + 1: out[n] = ' />'",
                f"        else: ap({close!r})",
            ]  # fmt: skip
        elif m.kind == "list":
            env[f"K{j}"] = tuple(sorted(child_scope.items()))
            ip = child_scope[m.item_ns]  # type: ignore[index]
            itag = f"{ip}:{m.item}" if ip else m.item
            item_nil = f'<{itag} i:nil="true" />'
            lines += [
                "        if v.__class__ is not list: raise Fallback",
                f"        if not v: ap({f'<{tag}{decl} />'!r})",
                "        else:",
                f"            ap({open_!r})",
                "            for it in v:",
                f"                if it is None: ap({item_nil!r}); continue",
            ]  # fmt: skip
            if m.item_kind == "object":
                env[f"I{j}"] = m.target
                lines += [
                    f"                if it.__class__ is not I{j}: raise Fallback",
                    f"                ap({f'<{itag}'!r}); n = len(out); ap('>')",
                    f"                writer(I{j}, K{j}, {child_depth + 1})(it, out)",
                    "                if len(out) == n + 1: out[n] = ' />'",
                    f"                else: ap({f'</{itag}>'!r})",
                ]  # fmt: skip
            elif m.item_kind == "int":
                lines.append(f"                ap({f'<{itag}>'!r} + num(it) + {f'</{itag}>'!r})")
            elif m.item_kind == "boolean":
                lines.append("                if it.__class__ is not bool: raise Fallback")
                lines.append(f"                ap({f'<{itag}>'!r} + ('true' if it else 'false') + {f'</{itag}>'!r})")
            elif m.item_kind == "enum":
                lines.append(f"                ap({f'<{itag}>'!r} + enum(it) + {f'</{itag}>'!r})")
            elif m.item_kind in _xml_kinds.TEXT_KINDS:
                env[f"F{j}"] = _fast_text(m.item_kind)
                lines.append(f"                ap({f'<{itag}>'!r} + F{j}(it) + {f'</{itag}>'!r})")
            else:
                lines.append(f"                ap({f'<{itag}>'!r} + esc(it) + {f'</{itag}>'!r})")
            lines.append(f"            ap({close!r})")
        else:  # pragma: no cover - tables are generated
            lines.append("        raise Fallback")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<vitec_connect.xml writer for {plan.name}>", "exec"), env)  # noqa: S102 - from our own tables
    return env["write"]


def _object_cases(target: Any, scope: dict[str, str]) -> dict[Any, str]:
    """For a member declared as ``target``: each class it may hold -> the ``i:type`` attribute text."""
    declared = _PLANS[target]
    cases = {declared.cls: ""}
    for plan in _PLANS.values():
        if plan.cls is not declared.cls and issubclass(plan.cls, declared.cls):
            prefix = scope.get(plan.ns)
            if prefix is None:
                continue  # a subtype in an undeclared namespace: the reference writer handles it
            cases[plan.cls] = f' i:type="{prefix + ":" if prefix else ""}{plan.name}"'
    return cases
