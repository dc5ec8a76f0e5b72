"""The XML decoder's fast path: documents written the way .NET writes them, read without a tree.

``decode`` (``_read``) tries this first. For each root type, the XML tables compile into a
small program: one regular expression per run of members without lists (a flat object, nested objects
and all, is one expression), a loop per list and per dictionary, and builders generated as Python source that turn
one match's groups into the models. The expressions accept exactly the canonical form the encoder and
.NET write (.NET's prefixes ``i`` and ``d<depth>p1``, members in order, every reference well-formed;
whitespace between elements is allowed, as in indented documents), so a match is also the proof that
that part of the document is well-formed XML. The document is matched as Latin-1, one character per
byte; character data is decoded as UTF-8 where a value is built.

Anything else -- other prefixes, comments, unknown or out-of-order elements, ``i:type``, values that
fail to convert (each kind's expression and converter are its ``_kinds.KINDS`` row), unknown enum
values in strict mode -- is a miss, and the caller decodes
the document with lxml as before: same result, and the errors and paths come from there. A miss costs
the time spent before it; a document .NET wrote never misses.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from .._types import UNSET
from ._kinds import KINDS, POSSESSIVE, char_data, fast_parser, map_item_pattern

__all__ = ["MISS", "compile_reader"]

XSI = "http://www.w3.org/2001/XMLSchema-instance"


class _Miss(Exception):
    """The document is not in the canonical form (or a value does not convert): take the slow path."""


class _Unsupported(Exception):
    """The type cannot be read by this path (a polymorphic member): always take the slow path."""


#: What ``compile_reader``'s readers return for a document they do not read.
MISS: Any = object()

#: An element reader's answer when no such element starts at the position.
_ABSENT: Any = object()
_Reader = Callable[[str, int], Any]  # (the object or None, the end), or _ABSENT
_MemberOpen = Callable[[Any, dict[str, str], int], tuple[str, str, dict[str, str]]]
_Step = Callable[[str, int, dict[str, Any]], int]  # reads members at pos into the kwargs; returns the end

#: Whitespace between elements (.NET writes none; indented documents are read too).
_WS = r"[ \t\r\n]*" + POSSESSIVE
_PROLOG = re.compile(
    r'(?:<\?xml version="1\.0"(?: encoding="[Uu][Tt][Ff]-8")?(?: standalone="(?:yes|no)")? ?\?>)?[ \t\r\n]*'
)
_END = re.compile(r"[ \t\r\n]*")
_NOT_XML = (b"]]>", b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # "]]>" in character data; U+FFFE; U+FFFF


def _rx(pattern: str) -> Callable[[str, int], re.Match[str] | None]:
    return re.compile(pattern).match


def _matcher(match: Callable[[str, int], re.Match[str] | None], build: Callable[[Any], Any]) -> _Reader:
    """An element reader from its expression and builder."""

    def read(s: str, pos: int) -> Any:
        found = match(s, pos)
        if found is None:
            return _ABSENT
        return build(found.groups()), found.end()

    return read


def _read_items(read_item: _Reader, s: str, pos: int) -> tuple[list[Any], int]:
    """The items that ``read_item`` reads one after another from ``pos``, and where they end."""
    items: list[Any] = []
    append = items.append
    while (item := read_item(s, pos)) is not _ABSENT:
        append(item[0])
        pos = item[1]
    return items, pos


def _read_pairs(item: Callable[[str, int], re.Match[str] | None], s: str, pos: int) -> tuple[dict[str, Any], int]:
    """The ``KeyValueOfstringstring`` pairs that ``item`` matches one after another from ``pos``, and where
    they end."""
    out: dict[str, str | None] = {}
    while (pair := item(s, pos)) is not None:
        key, nil, value = pair.groups()
        out[char_data(key)] = None if nil is not None else char_data(value)
        pos = pair.end()
    return out, pos


def _collection_step(
    tag: str, decl: str, attr: str, read: Callable[[str, int], tuple[Any, int]], empty: Callable[[], Any]
) -> _Step:
    """A list or dictionary member: its start tag (nil, empty or open), the items ``read`` reads (their
    collection and end), its end tag."""
    t, d = re.escape(tag), re.escape(decl)
    start = _rx(f'{_WS}<{t}{d}(?:( i:nil="true" ?/>)|( ?/>)|>)')
    close = _rx(f"{_WS}</{t}>")

    def step(s: str, pos: int, kwargs: dict[str, Any]) -> int:
        found = start(s, pos)
        if found is None:
            return pos  # absent
        pos = found.end()
        if found.group(1) is not None:
            kwargs[attr] = None
            return pos
        if found.group(2) is not None:
            kwargs[attr] = empty()
            return pos
        kwargs[attr], pos = read(s, pos)
        end = close(s, pos)
        if end is None:
            raise _Miss
        return end.end()

    return step


class _Compiler:
    """Generates the expressions and builders for one root type."""

    def __init__(self, plans: dict[Any, Any], member_open: _MemberOpen, strict: bool) -> None:
        self.plans = plans
        self.member_open = member_open
        self.strict = strict
        self.names: dict[str, Any] = {"UNSET": UNSET, "U": char_data}
        self.ids: dict[int, str] = {}
        self.groups = 0

    def const(self, value: Any) -> str:
        name = self.ids.get(id(value))
        if name is None:
            name = self.ids[id(value)] = f"C{len(self.ids)}"
            self.names[name] = value
        return name

    def group(self) -> int:
        self.groups += 1
        return self.groups - 1  # index into m.groups()

    def is_flat(self, plan: Any) -> bool:
        self.check_monomorphic(plan)
        for m in plan.members:
            if m.kind in ("list", "map") or (m.kind == "object" and not self.is_flat(self.plans[m.target])):
                return False
        return True

    def check_monomorphic(self, plan: Any) -> None:
        if plan.subtypes:
            raise _Unsupported(f"{plan.name} has subtypes (i:type)")

    # -- flat content: one expression, one builder expression ------------------------------------

    def scalar(self, kind: str, target: Any, var: str) -> str:
        """Python that converts the matched text in ``var`` (never None); an exception is a miss."""
        parse = fast_parser(kind, target, self.strict)
        if parse is char_data:  # (text as it stands, inline: most members of most documents)
            return (
                f'(({var} if {var}.isascii() else {var}.encode("latin-1").decode("utf-8"))'
                f' if "&" not in {var} else U({var}))'
            )
        if kind == "enum":  # a declared member's text, looked up inline; anything else is parsed
            known = {v: m for v, m in target._value2member_map_.items() if m._name_ in target._member_map_ and m}
            known = {v: m for v, m in known.items() if v.isascii() and "&" not in v and v == v.strip()}
            return f"({self.const(known)}.get({var}) or {self.const(parse)}({var}))"
        return f"{self.const(parse)}({var})"

    def flat_member(self, m: Any, scope: dict[str, str], depth: int) -> tuple[str, str]:
        """(pattern, Python expression) for one member of a flat type; absent -> UNSET."""
        tag, decl, inner_scope = self.member_open(m, scope, depth)
        t, d = re.escape(tag), re.escape(decl)
        nil = self.group()
        nil_pattern = f'<{t}{d} i:nil="true" ?/>()'
        if m.kind == "object":
            target = self.plans[m.target]
            present = self.group()
            content, expr = self.flat_content(target, inner_scope, depth)
            pattern = f"(?:{_WS}(?:{nil_pattern}|<{t}{d}()(?: ?/>|>{content}{_WS}</{t}>)))?"
            value = f"{expr} if g[{present}] is not None"
        else:
            v = self.group()
            pattern = f"(?:{_WS}(?:{nil_pattern}|<{t}{d}>({KINDS[m.kind].pattern})</{t}>))?"
            value = f"{self.scalar(m.kind, m.target, f'g[{v}]')} if g[{v}] is not None"
        return pattern, f"({value} else None if g[{nil}] is not None else UNSET)"

    def flat_content(self, plan: Any, scope: dict[str, str], depth: int) -> tuple[str, str]:
        """(pattern, constructor expression) for the members of a flat ``plan``."""
        patterns, args = [], []
        for m in plan.members:
            pattern, expr = self.flat_member(m, scope, depth + 1)
            patterns.append(pattern)
            args.append(f"{m.attr}={expr}")
        return "".join(patterns), f"{self.const(plan.cls)}({', '.join(args)})"

    def builder(self, expr: str) -> Callable[[tuple[Any, ...]], Any]:
        namespace = dict(self.names)
        exec(f"def build(g):\n    return {expr}\n", namespace)  # noqa: S102 - source built from the tables
        return namespace["build"]  # type: ignore[no-any-return]

    # -- programs: objects with lists ----------------------------------------------------------

    def element(self, plan: Any, tag: str, decl: str, scope: dict[str, str], depth: int) -> _Reader:
        """A reader of one element of type ``plan`` (after optional whitespace) at ``pos``:
        (the object or None, the end), or ``_ABSENT`` if no such element starts there."""
        t, d = re.escape(tag), re.escape(decl)
        if self.is_flat(plan):
            self.groups = 0
            present = self.group()
            content, expr = self.flat_content(plan, scope, depth)
            return _matcher(
                _rx(f'{_WS}<{t}{d}(?: i:nil="true" ?/>|()(?: ?/>|>{content}{_WS}</{t}>))'),
                self.builder(f"{expr} if g[{present}] is not None else None"),
            )
        start = _rx(f'{_WS}<{t}{d}(?:( i:nil="true" ?/>)|( ?/>)|>)')
        body = self.content(plan, scope, depth)
        close = _rx(f"{_WS}</{t}>")
        cls = plan.cls

        def read(s: str, pos: int) -> Any:
            m = start(s, pos)
            if m is None:
                return _ABSENT
            pos = m.end()
            if m.group(1) is not None:
                return None, pos
            if m.group(2) is not None:
                return cls(), pos
            kwargs, pos = body(s, pos)
            end = close(s, pos)
            if end is None:
                raise _Miss
            return cls(**kwargs), end.end()

        return read

    def content(self, plan: Any, scope: dict[str, str], depth: int) -> Callable[[str, int], tuple[dict[str, Any], int]]:
        """A reader of the members of ``plan`` (an object with lists): (keyword arguments, end)."""
        steps: list[_Step] = []
        run: list[Any] = []

        def flush() -> None:
            if run:
                steps.append(self.run_step(list(run), scope, depth))
                run.clear()

        for m in plan.members:
            if m.kind == "list":
                flush()
                steps.append(self.list_step(m, scope, depth))
            elif m.kind == "map":
                flush()
                steps.append(self.map_step(m, scope, depth))
            elif m.kind == "object" and not self.is_flat(self.plans[m.target]):
                flush()
                steps.append(self.object_step(m, scope, depth))
            else:
                run.append(m)
        flush()

        def read(s: str, pos: int) -> tuple[dict[str, Any], int]:
            kwargs: dict[str, Any] = {}
            for step in steps:
                pos = step(s, pos, kwargs)
            return kwargs, pos

        return read

    def run_step(self, members: list[Any], scope: dict[str, str], depth: int) -> _Step:
        """Consecutive members without lists: one expression."""
        self.groups = 0
        patterns, exprs = [], []
        for m in members:
            pattern, expr = self.flat_member(m, scope, depth + 1)
            patterns.append(pattern)
            exprs.append(expr)
        match = _rx("".join(patterns))
        build = self.builder(f"({', '.join(exprs)},)")
        attrs = [m.attr for m in members]

        def step(s: str, pos: int, kwargs: dict[str, Any]) -> int:
            m = match(s, pos)
            if m is None:  # pragma: no cover - every member is optional: the expression always matches
                raise _Miss
            for attr, value in zip(attrs, build(m.groups()), strict=True):
                if value is not UNSET:
                    kwargs[attr] = value
            return m.end()

        return step

    def object_step(self, m: Any, scope: dict[str, str], depth: int) -> _Step:
        """An object member whose type has lists."""
        tag, decl, inner_scope = self.member_open(m, scope, depth + 1)
        read = self.element(self.plans[m.target], tag, decl, inner_scope, depth + 1)
        attr = m.attr

        def step(s: str, pos: int, kwargs: dict[str, Any]) -> int:
            found = read(s, pos)
            if found is _ABSENT:
                return pos
            kwargs[attr], pos = found
            return pos

        return step

    def list_step(self, m: Any, scope: dict[str, str], depth: int) -> _Step:
        """A list member: its items, each an object or a scalar element."""
        tag, decl, inner_scope = self.member_open(m, scope, depth + 1)
        prefix = inner_scope[m.item_ns]
        item_tag = f"{prefix}:{m.item}" if prefix else m.item
        if m.item_kind == "object":
            read_item = self.element(self.plans[m.target], item_tag, "", inner_scope, depth + 2)
        else:
            read_item = self.scalar_item(m.item_kind or "string", m.target, item_tag)
        return _collection_step(tag, decl, m.attr, functools.partial(_read_items, read_item), list)

    def map_step(self, m: Any, scope: dict[str, str], depth: int) -> _Step:
        """A ``Dictionary<string,string>`` member: its ``KeyValueOfstringstring`` items."""
        tag, decl, inner_scope = self.member_open(m, scope, depth + 1)
        item = _rx(map_item_pattern(inner_scope[m.child_ns]))
        return _collection_step(tag, decl, m.attr, functools.partial(_read_pairs, item), dict)

    def scalar_item(self, kind: str, target: Any, item_tag: str) -> _Reader:
        self.groups = 0
        it = re.escape(item_tag)
        v = self.group()
        return _matcher(
            _rx(f'{_WS}<{it}(?: i:nil="true" ?/>|>({KINDS[kind].pattern})</{it}>)'),
            self.builder(f"{self.scalar(kind, target, f'g[{v}]')} if g[{v}] is not None else None"),
        )


def compile_reader(
    plan: Any, plans: dict[Any, Any], member_open: _MemberOpen, *, array: bool, strict: bool
) -> Callable[[bytes | str], Any] | None:
    """A reader of documents whose root is ``plan`` (``array``: ``ArrayOf<plan>``), or None if the
    type cannot be read this way. The reader returns ``MISS`` for a document it does not read.

    ``member_open(member, scope, depth)`` is the encoder's: a member's tag, the namespace declaration
    .NET puts on it and the scope of its content (a KeyError for a namespace not in scope).
    """
    compiler = _Compiler(plans, member_open, strict)
    root_name = f"ArrayOf{plan.name}" if array else plan.name
    scope = {plan.ns: "", XSI: "i"}
    opening = f'<{root_name} xmlns:i="{XSI}" xmlns="{plan.ns}"'
    try:
        if array:
            read_item = compiler.element(plan, plan.name, "", scope, 2)

            def read_root(s: str, pos: int) -> tuple[Any, int]:
                return _read_items(read_item, s, pos)

        else:
            if compiler.is_flat(plan):  # (raises _Unsupported for a type with subtypes)
                compiler.groups = 0
                pattern, expr = compiler.flat_content(plan, scope, 1)
                body = _rx(pattern)
                build = compiler.builder(expr)

                def read_root(s: str, pos: int) -> tuple[Any, int]:
                    m = body(s, pos)
                    if m is None:  # pragma: no cover - every member is optional
                        raise _Miss
                    return build(m.groups()), m.end()

            else:
                content = compiler.content(plan, scope, 1)
                cls = plan.cls

                def read_root(s: str, pos: int) -> tuple[Any, int]:
                    kwargs, pos = content(s, pos)
                    return cls(**kwargs), pos

    except (_Unsupported, KeyError):  # subtypes, or a namespace .NET would declare elsewhere
        return None
    empty_result: Callable[[], Any] = list if array else plan.cls
    close = _rx(f"{_WS}</{re.escape(root_name)}>")

    def read(data: bytes | str) -> Any:
        try:
            if isinstance(data, str):
                data = data.encode()  # (surrogates: UnicodeEncodeError, a miss)
            elif data[:3] == b"\xef\xbb\xbf":
                data = data[3:]
            for bad in _NOT_XML:
                if bad in data:
                    return MISS  # the parser says what and where
            # Latin-1: one character per byte, as fast as a copy and no larger than the body. The
            # expressions match ASCII markup; character data is decoded as UTF-8 where it is built.
            s = data.decode("latin-1")
            pos = _PROLOG.match(s).end()  # type: ignore[union-attr]
            if not s.startswith(opening, pos):
                return MISS
            pos += len(opening)
            if s.startswith(">", pos):
                obj, pos = read_root(s, pos + 1)
                end = close(s, pos)
                if end is None:
                    return MISS
                pos = end.end()
            elif s.startswith(" />", pos) or s.startswith("/>", pos):
                obj = empty_result()
                pos = s.index(">", pos) + 1
            else:
                return MISS
            if _END.match(s, pos).end() != len(s):  # type: ignore[union-attr]
                return MISS
            return obj
        except (_Miss, ValueError, TypeError, UnicodeError):
            return MISS

    return read
