"""The canonical form: conforming DataContract XML rewritten the way .NET writes it, content unchanged."""

from __future__ import annotations

from typing import Any

from lxml import etree

from .._codec import resolve_target
from ..errors import DecodeError
from ._kinds import KINDS, TRUE, WS, escape, map_content, read_map
from ._parse import parse
from ._plans import NIL, PLANS, STRING_TAG, TYPE, XSI, Plan, by_qname, local, member_open
from ._read import PARSER
from ._write import encode, type_attr, write_foreign


def canonicalize(data: bytes, *, type: Any = None) -> bytes:
    """Rewrite conforming DataContract XML the way .NET writes it, content unchanged.

    Namespace declarations and prefixes (``d<depth>p1`` on the member whose type is in another
    namespace, also when it is nil or empty), attribute order, ``<X></X>`` for empty text and
    ``<X />`` for empty content; no declaration, no whitespace between elements. Used to write other
    serializers' output (the xsdata classes) byte for byte as .NET does. ``type`` is the model the root
    stands for; without it, the root element's name and namespace decide.
    """
    root = parse(data, PARSER)
    if root.tag == STRING_TAG:
        return encode(root.text or "")
    qn = etree.QName(root)
    if type is not None:
        target = resolve_target(type)
        plan = PLANS[target.cls]
        is_list = target.kind == "list"
    else:
        is_list = qn.localname.startswith("ArrayOf") and by_qname(qn.namespace, qn.localname[7:]) is not None
        found = by_qname(qn.namespace, qn.localname[7:] if is_list else qn.localname)
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


def _canon_type(el: Any, declared: Plan, scope: dict[str, str]) -> tuple[Plan, str]:
    itype = el.get(TYPE)
    if itype is None:
        return declared, ""
    prefix, _, name = itype.rpartition(":")
    ns = el.nsmap.get(prefix or None)
    if not ns:
        raise DecodeError(f"i:type {itype!r}: its prefix names no namespace", local(el.tag))
    found = by_qname(ns, name)
    return (found if found is not None else declared), type_attr(ns, name, scope)


def _canon_object(
    out: list[str], el: Any, declared: Plan, element: str, scope: dict[str, str], depth: int, prefix: str
) -> None:
    tag = f"{prefix}:{element}" if prefix else element
    out.append(f"<{tag}")
    if el.get(NIL) in TRUE:
        out.append(' i:nil="true" />')
        return
    plan, itype = _canon_type(el, declared, scope)
    out.append(itype)
    _canon_content(out, el, plan, tag, scope, depth)


def _canon_content(out: list[str], el: Any, plan: Plan, tag: str, scope: dict[str, str], depth: int) -> None:
    mark = len(out)
    out.append(">")
    for child in el:
        idx = plan.by_tag.get(child.tag)
        if idx is None:
            write_foreign(out, child, scope, depth + 1)
            continue
        m = plan.members[idx]
        mtag, decl, child_scope = member_open(m, scope, depth + 1)
        out.append(f"<{mtag}{decl}")
        if child.get(NIL) in TRUE:
            out.append(' i:nil="true" />')
        elif m.kind == "object":
            sub, itype = _canon_type(child, PLANS[m.target], child_scope)
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
                    _canon_object(out, item, PLANS[m.target], m.item, child_scope, depth + 2, ip)  # type: ignore[arg-type]
                else:
                    itag = f"{ip}:{m.item}" if ip else m.item
                    if item.get(NIL) in TRUE:
                        out.append(f'<{itag} i:nil="true" />')
                    else:
                        out.append(f"<{itag}>{escape(item.text or '', mtag)}</{itag}>")
            out.append(f"</{mtag}>")
        elif m.kind == "map":
            content = read_map(child, mtag) or {}
            out.append(map_content(content, child_scope[m.child_ns or ""], mtag, escape, mtag))
        elif KINDS[m.kind].short_empty and not (child.text or "").strip(WS):
            out.append(" />")  # an empty byte[]: .NET writes <X />
        else:
            out.append(f">{escape(child.text or '', mtag)}</{mtag}>")
    if len(out) == mark + 1:
        out[mark] = " />"
    else:
        out.append(f"</{tag}>")
