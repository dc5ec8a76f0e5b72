"""The generated writer: Python source per (type, namespace scope, depth), from the same plans as the
reference writer, with tags, declarations and nil elements precomputed.

It handles the common case only; anything else (unknown content kept from decoding, a value of the
wrong type, a character XML cannot hold, a subtype in a namespace not in scope) raises ``Fallback``,
and ``encode`` writes the object with the reference writer (``_write``), which writes it or names the
error. Text kinds are written through their ``_kinds.KINDS`` row.
"""

from __future__ import annotations

import re
from typing import Any

from .._codec import is_deep
from .._types import UNSET, OpenEnum
from ..errors import EncodeError
from ._kinds import _TIMESTAMP_TEXT, KINDS, accepts, escape, map_content
from ._plans import PLANS, XSI, Plan, member_open


class Fallback(Exception):
    """The generated writer does not write this object: the reference writer does."""


_GIVE_UP = (Fallback, AttributeError, TypeError, KeyError, EncodeError)
_ESCAPE = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WRITERS: dict[tuple[Any, tuple[tuple[str, str], ...], int], Any] = {}


def _esc(value: Any) -> str:
    if value.__class__ is not str and not isinstance(value, str):
        raise Fallback
    if _ESCAPE.search(value) is None:
        return value  # type: ignore[no-any-return]
    return escape(value, "")  # (EncodeError for a character XML cannot hold: the reference writer names it)


def _map_esc(value: str, where: str) -> str:
    return _esc(value)


def _text_writer(kind: str) -> Any:
    """The text of a value of ``kind``; anything unusual falls back."""
    k = KINDS[kind]
    fmt = k.format
    if kind == "string":
        return _esc

    def text(value: Any) -> str:
        if not accepts(k, value):
            raise Fallback
        try:
            result = fmt(value)
        except ValueError:
            raise Fallback from None
        return _esc(result) if k.escape else result

    return text


_TEXT_WRITERS = {kind: _text_writer(kind) for kind in KINDS}


def encode_object(obj: Any, declared: Plan) -> bytes | None:
    """``obj`` written as ``declared``, or None where the reference writer must write it."""
    cls = obj.__class__
    plan = PLANS.get(cls)
    if plan is None or not issubclass(cls, declared.cls) or is_deep(obj):
        return None
    scope = ((XSI, "i"), (declared.ns, ""))
    out = [f'<{declared.name} xmlns:i="{XSI}"']
    if plan is not declared:
        if plan.ns != declared.ns:
            return None
        out.append(f' i:type="{plan.name}"')
    out.append(f' xmlns="{declared.ns}"')
    mark = len(out)
    out.append(">")
    try:
        writer(cls, scope, 1)(obj, out)
    except _GIVE_UP:
        return None
    if len(out) == mark + 1:
        out[mark] = " />"
    else:
        out.append(f"</{declared.name}>")
    return "".join(out).encode("utf-8")


def encode_list(items: list[Any], item: Plan) -> bytes | None:
    """``items`` written as ``ArrayOf<item>``, or None where the reference writer must write them."""
    root = f"ArrayOf{item.name}"
    out = [f'<{root} xmlns:i="{XSI}" xmlns="{item.ns}"']
    if not items:
        return None
    out.append(">")
    scope = ((XSI, "i"), (item.ns, ""))
    try:
        write = writer(item.cls, scope, 2)
        for value in items:
            if value is None:
                out.append(f'<{item.name} i:nil="true" />')
                continue
            if value.__class__ is not item.cls or is_deep(value):
                return None
            out.append(f"<{item.name}")
            mark = len(out)
            out.append(">")
            write(value, out)
            if len(out) == mark + 1:
                out[mark] = " />"
            else:
                out.append(f"</{item.name}>")
    except _GIVE_UP:
        return None
    out.append(f"</{root}>")
    return "".join(out).encode("utf-8")


def writer(cls: Any, scope: tuple[tuple[str, str], ...], depth: int) -> Any:
    """The generated writer ``(obj, out) -> None`` of ``cls``'s members in ``scope`` at ``depth``."""
    key = (cls, scope, depth)
    fn = _WRITERS.get(key)
    if fn is None:
        fn = _WRITERS[key] = _generate(cls, scope, depth)
    return fn


def _generate(cls: Any, scope_key: tuple[tuple[str, str], ...], depth: int) -> Any:
    plan = PLANS[cls]
    scope = dict(scope_key)
    # The common values are written inline: a str with nothing to escape (one regex search, no call), an
    # enum member by its value, a timestamp member's text as read; anything else through the kind's
    # writer (F<j>), which escapes, formats or falls back. A nested object's writer is looked up once
    # per member and class (W<j>), a list's once per list.
    env: dict[str, Any] = {"UNSET": UNSET, "writer": writer, "Fallback": Fallback, "map_content": map_content,
                           "esc": _map_esc, "S": _ESCAPE.search, "TS": _TIMESTAMP_TEXT}  # fmt: skip
    lines = ["def write(o, out):", "    if o._vitec_unknown is not UNSET: raise Fallback", "    ap = out.append"]
    child_depth = depth + 1
    for j, m in enumerate(plan.members):
        tag, decl, child_scope = member_open(m, scope, child_depth)
        open_, close = f"<{tag}{decl}>", f"</{tag}>"
        nil = f'<{tag}{decl} i:nil="true" />'
        if m.kind == "timestamp":  # its slot: the text as read, or a datetime (reading would parse it)
            env[f"R{j}"] = getattr(cls, m.attr).slot.__get__
            lines.append(f"    v = R{j}(o)")
        else:
            lines.append(f"    v = o.{m.attr}")
        lines += [f"    if v is None: ap({nil!r})", "    elif v is not UNSET:"]
        if m.kind == "object":
            env[f"K{j}"] = tuple(sorted(child_scope.items()))
            env[f"T{j}"] = _object_cases(m.target, child_scope)
            env[f"W{j}"] = {}
            lines += [
                f"        case = T{j}.get(v.__class__)",
                "        if case is None: raise Fallback",
                f"        ap({f'<{tag}{decl}'!r} + case)",
                "        n = len(out); ap('>')",
                f"        w = W{j}.get(v.__class__)",
                f"        if w is None: w = W{j}[v.__class__] = writer(v.__class__, K{j}, {child_depth})",
                "        w(v, out)",
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
                *([f"            w = writer(I{j}, K{j}, {child_depth + 1})"] if m.item_kind == "object" else []),
                "            for it in v:",
                f"                if it is None: ap({item_nil!r}); continue",
            ]  # fmt: skip
            if m.item_kind == "object":
                env[f"I{j}"] = m.target
                lines += [
                    f"                if it.__class__ is not I{j}: raise Fallback",
                    f"                ap({f'<{itag}'!r}); n = len(out); ap('>')",
                    "                w(it, out)",
                    "                if len(out) == n + 1: out[n] = ' />'",
                    f"                else: ap({f'</{itag}>'!r})",
                ]  # fmt: skip
            else:
                env[f"F{j}"] = _TEXT_WRITERS[m.item_kind or "string"]
                lines.append(f"                ap({f'<{itag}>'!r} + F{j}(it) + {f'</{itag}>'!r})")
            lines.append(f"            ap({close!r})")
        elif m.kind == "map":
            prefix = child_scope[m.child_ns or ""]
            lines += [
                "        if v.__class__ is not dict: raise Fallback",
                f"        ap({f'<{tag}{decl}'!r} + map_content(v, {prefix!r}, {tag!r}, esc, ''))",
            ]  # fmt: skip
        else:
            env[f"F{j}"] = _TEXT_WRITERS[m.kind]
            inline = None  # a test for the common value that can be written as it is, or with its value
            if m.kind == "string":
                inline = "v.__class__ is str and S(v) is None", "v"
            elif m.kind == "timestamp":
                inline = "v.__class__ is str and TS(v) is not None", "v"
            elif m.kind == "enum" and isinstance(m.target, type) and issubclass(m.target, OpenEnum):
                env[f"E{j}"] = m.target
                inline = f"v.__class__ is E{j} and S(v._value_) is None", "v._value_"
            if inline is not None:
                test, text = inline
                lines.append(f"        if {test}: ap({open_!r} + {text} + {close!r})")
                lines.append(f"        else: ap({open_!r} + F{j}(v) + {close!r})")
            elif KINDS[m.kind].short_empty:
                empty = f"<{tag}{decl} />"
                lines.append(f"        t = F{j}(v); ap({open_!r} + t + {close!r} if t else {empty!r})")
            else:
                lines.append(f"        ap({open_!r} + F{j}(v) + {close!r})")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<vitec_connect.xml writer for {plan.name}>", "exec"), env)  # noqa: S102 - from our own tables
    return env["write"]


def _object_cases(target: Any, scope: dict[str, str]) -> dict[Any, str]:
    """For a member declared as ``target``: each class it may hold -> the ``i:type`` attribute text."""
    declared = PLANS[target]
    cases = {declared.cls: ""}
    for sub in declared.subtypes:
        plan = PLANS[sub]
        prefix = scope.get(plan.ns)
        if prefix is None:
            continue  # a subtype in an undeclared namespace: the reference writer handles it
        cases[plan.cls] = f' i:type="{prefix + ":" if prefix else ""}{plan.name}"'
    return cases
