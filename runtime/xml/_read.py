"""Reading DataContract XML with lxml: the tree reader (every document, every error) and the streaming
reader of large documents.

``decode`` tries the fast reader (``_fast_read``) first; a document it does not read, and every error,
comes here. Each plan compiles to one reader: a table from tag to (position, attribute, member
reader), member readers specialised by kind (text kinds through ``_kinds.read_text``). Scalar readers
build their path only to report an error, and the "holds unknown content" marks are set by one pass
afterwards, only when a document had any.

A type whose namespace the spec only infers (``Plan.inferred``) is also read where the document puts
the same elements in another namespace: the object keeps that namespace (extra ``xml-ns``, as unknown
content is kept) and ``encode`` writes it back there. ``strict=True`` raises ``NamespaceMismatchError``.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar, overload

import msgspec
from lxml import etree

from .. import _scalar_roots  # (a module: it imports _kinds, so this package, itself)
from .._codec import fields_of, get_extra, mark_deep, resolve_target, set_extra
from .._types import Model, Timestamp
from ..errors import DecodeError, NamespaceMismatchError
from . import _fast_read
from ._kinds import TRUE, WS, read_map, read_text
from ._parse import DTD_REFUSED, iterparse, parse, parser, syntax_error
from ._plans import NIL, PLANS, SERIALIZATION, STRING_TAG, TYPE, Member, Plan, by_qname, local, member_open

T = TypeVar("T")

#: Try the fast reader first (tests switch it off to compare it with the tree reader).
FAST_PATH = True
#: A root's fast reader is compiled (a regular expression per run of members: 10-150 ms for the large
#: types) once it pays for itself: when the documents of that root, this one included, come to this many
#: bytes. Until then a tree reads them, about three times the fast reader's time (a millisecond or two for
#: a typical answer), so a program's first call of an operation does not wait for a compilation that a
#: few small answers would never repay; a large document, or a stream of them, gets it at once.
FAST_AFTER_BYTES = 256 << 10
#: Documents larger than this decode while they are parsed (see ``_decode_streaming``).
STREAM_THRESHOLD = 1 << 20

#: The tree reader's parser (``_parse.parser``: nothing a document names is opened or fetched).
PARSER = parser(remove_comments=True, remove_pis=True)


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
    if _scalar_roots.is_scalar_type(type):
        return _scalar_roots.decode_xml(_utf8(data) if isinstance(data, str) else bytes(data), type)
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
    if FAST_PATH and target.kind != "str":
        fast = _paying_fast_reader(target.cls, target.kind == "list", strict, len(data))
        if fast is not None:
            obj = fast(data)
            if obj is not _fast_read.MISS:
                return obj
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if target.kind == "model" and len(data) > STREAM_THRESHOLD:
        try:
            return _decode_streaming(data, PLANS[target.cls], strict)
        except _Moved:
            pass  # a root in another namespace: read as a tree
    root = parse(data, PARSER)
    if target.kind == "str":
        if root.tag != STRING_TAG:
            raise DecodeError(
                f'expected <string xmlns="{SERIALIZATION}">, got <{local(root.tag)}> in {ns_of(root)}',
                local(root.tag),
            )
        _not_nil(root, "a string", "string")
        if len(root):
            raise DecodeError("expected text, found an element", "string")
        return root.text or ""
    if target.kind == "list":
        item = PLANS[target.cls]
        path = f"ArrayOf{item.name}"
        actual = None if root.tag == f"{{{item.ns}}}{path}" else _moved_root(root, item, path, strict)
        _not_nil(root, "an array", path)
        tag = f"{{{actual or item.ns}}}{item.name}"
        out = []
        for i, child in enumerate(root, 1):
            if child.tag != tag:
                raise DecodeError(
                    f"expected <{item.name}> in {actual or item.ns}, got <{local(child.tag)}> in {ns_of(child)}",
                    f"{path}/{local(child.tag)}[{i}]",
                )
            obj = _read_object(child, item, f"{path}/{item.name}[{i}]", strict)
            out.append(obj if actual is None else _note_moved(obj, item.ns, actual))
        _no_text(root, path)
        return out
    declared = PLANS[target.cls]
    actual = None
    if root.tag != f"{{{declared.ns}}}{declared.name}":
        actual = _moved_root(root, declared, declared.name, strict)
    _not_nil(root, f"an object ({declared.name})", declared.name)
    obj = _read_object(root, declared, declared.name, strict)
    return obj if actual is None else _note_moved(obj, declared.ns, actual)


class _Moved(Exception):
    """The root is in another namespace than its type's inferred one: not for the streaming reader."""


def _moved_root(root: Any, plan: Plan, name: str, strict: bool) -> str:
    """The namespace of a root named ``name`` outside ``plan``'s namespace, where that namespace is
    only inferred (else the ``DecodeError`` of an unexpected root)."""
    actual = etree.QName(root).namespace
    if plan.inferred and actual and local(root.tag) == name:
        if strict:
            raise NamespaceMismatchError(plan.name, plan.ns, actual, name)
        return actual  # type: ignore[no-any-return]
    raise DecodeError(_unexpected_root(root, name, plan.ns), local(root.tag))


def _note_moved(obj: Any, inferred: str, actual: str) -> Any:
    """Keep on ``obj`` that the elements of namespace ``inferred`` came in ``actual`` (and mark it, so
    that the writer looks)."""
    if obj is not None:
        found = get_extra(obj, "xml-ns")
        if found is None:
            set_extra(obj, "xml-ns", {inferred: actual})
        else:
            found.setdefault(inferred, actual)
        mark_deep(obj)
    return obj


def _not_nil(root: Any, expected: str, path: str) -> None:
    """A response is never nil: the root's i:nil is refused as JSON's null is (one rule for both formats)."""
    if root.get(NIL) in TRUE:
        raise DecodeError(f'expected {expected}, got i:nil="{root.get(NIL)}" on the root', path)


_FAST: dict[tuple[Any, bool, bool], Any] = {}
#: Bytes of each root read before its fast reader was compiled (see ``FAST_AFTER_BYTES``).
_READ_AS_TREES: dict[tuple[Any, bool, bool], int] = {}


def _paying_fast_reader(cls: Any, array: bool, strict: bool, size: int) -> Any:
    """``fast_reader``, once the documents of this root have come to ``FAST_AFTER_BYTES``; None before."""
    key = (cls, array, strict)
    if key in _FAST:
        return _FAST[key]
    read = _READ_AS_TREES.get(key, 0) + size
    if read < FAST_AFTER_BYTES:
        _READ_AS_TREES[key] = read
        return None
    return fast_reader(cls, array, strict)


def fast_reader(cls: Any, array: bool, strict: bool) -> Any:
    """The fast reader of this root (see ``_fast_read``), or None where it does not apply."""
    key = (cls, array, strict)
    if key not in _FAST:
        _FAST[key] = _fast_read.compile_reader(PLANS[cls], PLANS, member_open, array=array, strict=strict)
    return _FAST[key]


def ns_of(el: Any) -> str:
    return etree.QName(el).namespace or "no namespace"


def _unexpected_root(root: Any, name: str, ns: str) -> str:
    return f"expected root <{name}> in {ns}, got <{local(root.tag)}> in {ns_of(root)}"


def _no_text(el: Any, path: str) -> None:
    if el.text and el.text.strip(WS):
        raise DecodeError(f"unexpected text {el.text.strip()[:40]!r}", path)
    for child in el:
        if child.tail and child.tail.strip(WS):
            raise DecodeError(f"unexpected text {child.tail.strip()[:40]!r}", path)


class Kept(list):  # type: ignore[type-arg]
    """One object's unknown elements, kept by the reader for ``encode``: (the index of the member each
    follows, -1 before the first; the element). Pickled as each element's XML (lxml's elements do not
    pickle) and parsed back when unpickled, so that decoding and encoding never pay for it."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle_kept, ([(after, etree.tostring(el, with_tail=False)) for after, el in self],)


def _unpickle_kept(items: list[tuple[int, bytes]]) -> Kept:
    return Kept([(after, parse(text, PARSER)) for after, text in items])


class _Ctx:
    __slots__ = ("extras", "prefilled", "strict")

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.extras = False
        self.prefilled: dict[Any, list[Any]] | None = None


def _decode_streaming(data: bytes, declared: Plan, strict: bool) -> Any:
    """Decode a large document while libxml2 parses it, freeing what has been read.

    The items of the root's lists (the bulk of a report) are decoded as their end tags arrive; each
    one is deleted from the tree once the next one ends (its trailing text is checked first). Then
    the root is read as usual, its lists taken from what was decoded. Same readers, same checks and
    paths as the tree reader; peak memory is the objects plus one item's subtree.
    """
    ctx = _Ctx(strict)
    prefilled: dict[Any, list[Any]] = {}
    ctx.prefilled = prefilled
    lists = {m.tag: m for m in declared.members if m.kind == "list" and m.item_kind == "object"}
    item_tags = sorted({m.item_tag for m in lists.values() if m.item_tag})
    root: Any = None
    events = iterparse(
        data,
        events=("end",),
        tag=item_tags or None,  # libxml2 reports only these
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for _, el in events:
            if root is None:
                tree = el.getroottree()
                if tree.docinfo.doctype:
                    raise DecodeError(DTD_REFUSED)
                root = tree.getroot()
                if root.tag != f"{{{declared.ns}}}{declared.name}":
                    if declared.inferred and local(root.tag) == declared.name:
                        raise _Moved
                    raise DecodeError(_unexpected_root(root, declared.name, declared.ns), local(root.tag))
            parent = el.getparent()
            m = lists.get(parent.tag) if parent is not None else None
            if m is None or el.tag != m.item_tag or parent.getparent() is not root or parent.get(NIL) in TRUE:
                continue  # not an item of one of the root's lists: read with the rest of the tree
            items = prefilled.get(parent)
            if items is None:
                items = prefilled[parent] = []
            where = f"{declared.name}/{m.element}"
            items.append(reader(PLANS[m.target])(el, f"{where}/{m.item}[{len(items) + 1}]", ctx))
            previous = el.getprevious()
            if previous is not None:  # its tail is complete now
                if previous.tag != m.item_tag:
                    raise DecodeError(
                        f"expected <{m.item}> in {m.item_ns}, got <{local(previous.tag)}> in {ns_of(previous)}",
                        f"{where}/{local(previous.tag)}[{len(items)}]",  # its place among the children
                    )
                tail = previous.tail
                if tail is not None and tail.strip(WS):
                    raise DecodeError(f"unexpected text {tail.strip()[:40]!r}", where)
                parent.remove(previous)
        if root is None:  # no list items at all: the whole tree is here
            root = events.root
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, data) from None
    if root.getroottree().docinfo.doctype:
        raise DecodeError(DTD_REFUSED)
    if root.tag != f"{{{declared.ns}}}{declared.name}":
        raise DecodeError(_unexpected_root(root, declared.name, declared.ns), local(root.tag))
    _not_nil(root, f"an object ({declared.name})", declared.name)
    obj = reader(declared)(root, declared.name, ctx)
    if ctx.extras:
        _mark_deep(obj)
    return obj


def _read_object(el: Any, declared: Plan, path: str, strict: bool) -> Any:
    ctx = _Ctx(strict)
    obj = reader(declared)(el, path, ctx)
    if ctx.extras:
        _mark_deep(obj)
    return obj


def _mark_deep(obj: Any) -> bool:
    """Mark every object whose subtree holds unknown content; True if ``obj``'s does."""
    if isinstance(obj, list):
        return any([_mark_deep(x) for x in obj])
    if not isinstance(obj, Model):
        return False
    deep = get_extra(obj, "xml") is not None or get_extra(obj, "xml-ns") is not None
    for f in fields_of(type(obj)):
        if f.hint is Timestamp:
            continue  # (reading a timestamp member would parse it)
        value = getattr(obj, f.attr)
        if isinstance(value, (Model, list)) and _mark_deep(value):
            deep = True
    if deep:
        mark_deep(obj)
    return deep


_READERS: dict[Any, Any] = {}


def reader(plan: Plan) -> Any:
    """The reader ``(element, path, ctx) -> object or None`` of ``plan``, compiled on first use."""
    read = _READERS.get(plan.cls)
    if read is None:
        read = _READERS[plan.cls] = _compile(plan)
    return read


def _compile(plan: Plan) -> Any:
    table: dict[str, tuple[int, str, Any]] = {}
    for idx, m in enumerate(plan.members):
        table[m.tag] = (idx, m.attr, _member_reader(m))
    cls, name, members = plan.cls, plan.name, plan.members
    # members declared in an inferred namespace, by element name: read in whatever namespace they come
    inferred = {m.element: (m.ns, table[m.tag]) for m in reversed(members) if m.inferred} or None

    def read(el: Any, path: str, ctx: _Ctx) -> Any:
        if el.get(NIL) in TRUE:
            return None
        itype = el.get(TYPE)
        unknown = None
        if itype is not None:
            prefix, _, local_name = itype.rpartition(":")
            ns = el.nsmap.get(prefix or None)
            found = by_qname(ns, local_name)
            if found is not None and issubclass(found.cls, cls):
                if found is not plan:
                    return reader(found)(el, path, ctx)
            elif ctx.strict:
                raise DecodeError(f"unknown i:type {itype!r} for {name} (strict mode)", path)
            elif not ns:
                raise DecodeError(f"i:type {itype!r}: its prefix names no namespace", path)
            else:
                unknown = (ns, local_name)  # decoded as the declared type; i:type written back as it was
        text = el.text
        if text is not None and text.strip(WS):
            raise DecodeError(f"unexpected text {text.strip()[:40]!r}", path)
        kwargs: dict[str, Any] = {}
        last = -1
        extras: Kept | None = None
        moved: dict[str, str] | None = None
        for child in el:
            entry = table.get(child.tag)
            if entry is None and inferred is not None and child.tag.__class__ is str and child.tag[:1] == "{":
                hit = inferred.get(local(child.tag))
                if hit is not None:
                    actual = child.tag[1:].partition("}")[0]
                    if ctx.strict:
                        raise NamespaceMismatchError(name, hit[0], actual, f"{path}/{local(child.tag)}")
                    if moved is None:
                        moved = {}
                    if moved.setdefault(hit[0], actual) == actual:  # (one namespace instead of each)
                        entry = hit[1]
            if entry is None:
                if child.tag is etree.Comment or child.tag is etree.PI:  # pragma: no cover - parser drops them
                    continue
                if ctx.strict:
                    raise DecodeError(
                        f"{name} has no member <{local(child.tag)}> in {ns_of(child)} (strict mode)",
                        f"{path}/{local(child.tag)}",
                    )
                if extras is None:
                    extras = Kept()
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
            if tail is not None and tail.strip(WS):
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
        if moved is not None:
            set_extra(obj, "xml-ns", moved)
            ctx.extras = True
        return obj

    return read


def _member_reader(m: Member) -> Any:
    """The reader ``(element, path of the parent, ctx) -> value`` of one member, by its kind."""
    element = m.element
    if m.kind == "object":
        target = m.target
        bound: list[Any] = []  # the target's reader, bound on first use (types may refer to each other)

        def read_object(child: Any, path: str, ctx: _Ctx) -> Any:
            if not bound:
                bound.append(reader(PLANS[target]))
            return bound[0](child, f"{path}/{element}", ctx)

        return read_object
    if m.kind == "list":
        return _list_reader(m)
    if m.kind == "map":

        def read_dict(child: Any, path: str, ctx: _Ctx) -> Any:
            return read_map(child, f"{path}/{element}")

        return read_dict
    kind, target = m.kind, m.target

    def read_scalar(child: Any, path: str, ctx: _Ctx) -> Any:
        return read_text(child, kind, target, f"{path}/{element}", ctx.strict)

    return read_scalar


def _list_reader(m: Member) -> Any:
    element, item_tag, item, item_ns, target = m.element, m.item_tag, m.item, m.item_ns, m.target
    movable = m.item_kind == "object" and PLANS[target].inferred  # items in another namespace are read
    if m.item_kind == "object":

        def read_item(node: Any, where: str, ctx: _Ctx) -> Any:
            return reader(PLANS[target])(node, where, ctx)

    else:
        kind = m.item_kind or "string"

        def read_item(node: Any, where: str, ctx: _Ctx) -> Any:
            return read_text(node, kind, target, where, ctx.strict)

    def read_list(child: Any, path: str, ctx: _Ctx) -> Any:
        if child.get(NIL) in TRUE:
            return None
        where = f"{path}/{element}"
        # Items decoded while parsing (large documents) are gone from the tree but the last one.
        done = ctx.prefilled.get(child) if ctx.prefilled is not None else None
        out = [] if done is None else done
        i = 0 if done is None else len(done) - 1
        for node in child:
            i += 1
            actual = None
            if node.tag != item_tag:
                if movable and node.tag.__class__ is str and local(node.tag) == item and node.tag[:1] == "{":
                    actual = node.tag[1:].partition("}")[0]
                    if ctx.strict:
                        raise NamespaceMismatchError(PLANS[target].name, str(item_ns), actual, f"{where}/{item}[{i}]")
                else:
                    raise DecodeError(
                        f"expected <{item}> in {item_ns}, got <{local(node.tag)}> in {ns_of(node)}",
                        f"{where}/{local(node.tag)}[{i}]",
                    )
            if done is None or i > len(done):
                value = read_item(node, f"{where}/{item}[{i}]", ctx)
                out.append(value if actual is None else _note_moved(value, str(item_ns), actual))
            tail = node.tail
            if tail is not None and tail.strip(WS):
                raise DecodeError(f"unexpected text {tail.strip()[:40]!r}", where)
        text = child.text
        if text is not None and text.strip(WS):
            raise DecodeError(f"unexpected text {text.strip()[:40]!r}", where)
        return out

    return read_list
