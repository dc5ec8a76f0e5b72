"""Writing DataContract XML: ``encode``, and the table-driven reference writer.

``encode`` tries the generated writer (``_fast_write``) first; an object it gives up on (unknown
content kept from decoding, a value of the wrong type, a character XML cannot hold) is written here,
or the error is named here, with its path. Text kinds are written through ``_kinds.write_text``.

An object read in another namespace than its type's inferred one (``_read``) is written back in the
namespace it came in. ``allow_inferred_namespaces=False`` refuses to write a type in a namespace that
the spec only infers (the client's default for request bodies: .NET drops what it does not expect).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .. import _scalar_roots  # (a module: it imports _kinds, so this package, itself)
from .._codec import get_extra, is_deep, resolve_target
from .._types import UNSET, Model, member_value
from ..errors import EncodeError, InferredNamespaceError
from . import _fast_write
from ._kinds import KINDS, WS, escape, map_content, write_text
from ._plans import PLANS, SERIALIZATION, XSI, Member, Plan, any_inferred, member_open, moved, root_plan


def encode(obj: Any, *, type: Any = None, validate: bool = False, allow_inferred_namespaces: bool = True) -> bytes:
    """Encode a model, a list of models or a string as DataContract XML (UTF-8 bytes).

    The root is the declared type: ``type`` if given, else the topmost spec base of the object's class
    (what the API declares: a ``CrmPersonContact`` is written as ``<CrmContact i:type="CrmPersonContact">``).
    ``validate=True`` first checks the documented constraints and raises ``EncodeError`` naming the member.
    A scalar or a list of scalars needs its ``type`` (``bool``, ``list[UUID]``...): .NET's bare root.
    ``allow_inferred_namespaces=False`` raises ``InferredNamespaceError`` rather than write an element in a
    namespace the spec only infers (one a decoded object came in is known, and written).
    """
    if type is not None and _scalar_roots.is_scalar_type(type):
        return _scalar_roots.encode_xml(obj, type)
    if validate:
        from .._validation import check

        problems = check(obj)
        if problems:
            path, message = problems[0]
            raise EncodeError(message, path)
    if not allow_inferred_namespaces and any_inferred():
        _refuse_inferred(obj, type)
    return encode_with(obj, type, fast=True)


def _refuse_inferred(obj: Any, type: Any) -> None:
    """``InferredNamespaceError`` for the first element ``obj`` would write in an inferred namespace."""
    if isinstance(obj, list):
        declared = PLANS[resolve_target(type).cls] if type is not None else None
        for i, item in enumerate(obj, 1):
            plan = declared or (root_plan(item.__class__) if isinstance(item, Model) else None)
            if plan is not None:
                _check_object(item, plan, True, f"ArrayOf{plan.name}/{plan.name}[{i}]")
    elif isinstance(obj, Model):
        declared = PLANS[resolve_target(type).cls] if type is not None else root_plan(obj.__class__)
        _check_object(obj, declared, True, declared.name)


def _check_object(obj: Any, declared: Plan, root: bool, path: str) -> None:
    if not isinstance(obj, Model):
        return
    plan = PLANS.get(obj.__class__) or declared
    known = (get_extra(obj, "xml-ns") if is_deep(obj) else None) or {}
    if root and declared.inferred and declared.ns not in known:
        raise InferredNamespaceError(declared.name, declared.ns, path)
    for m in plan.members:
        value = member_value(obj, m.attr) if m.kind == "timestamp" else getattr(obj, m.attr)
        if value is UNSET:
            continue
        if m.inferred and m.ns not in known:
            raise InferredNamespaceError(plan.name, m.ns, f"{path}/{m.element}")
        if m.kind == "object":
            _check_object(value, PLANS[m.target], False, f"{path}/{m.element}")
        elif m.kind == "list" and m.item_kind == "object" and isinstance(value, list):
            for i, item in enumerate(value, 1):
                _check_object(item, PLANS[m.target], False, f"{path}/{m.element}/{m.item}[{i}]")


def encode_with(obj: Any, type: Any, *, fast: bool) -> bytes:
    """``fast=False`` writes with the reference writer only (the tests compare the two)."""
    if isinstance(obj, str):
        return f'<string xmlns="{SERIALIZATION}">{escape(obj, "string")}</string>'.encode()
    out: list[str] = []
    if isinstance(obj, list):
        if type is not None:
            item_cls = resolve_target(type).cls
        elif obj and isinstance(obj[0], Model):
            item_cls = root_plan(obj[0].__class__).cls
        else:
            raise EncodeError("encoding an empty or untyped list needs type=list[Model]")
        item = PLANS[item_cls]
        quick = _fast_write.encode_list(obj, item) if fast else None
        if quick is not None:
            return quick
        root = f"ArrayOf{item.name}"
        ns = _actual(obj, item.ns)
        out.append(f'<{root} xmlns:i="{XSI}" xmlns="{ns}"')
        scope = {ns: "", XSI: "i"}
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
    declared = PLANS[resolve_target(type).cls] if type is not None else root_plan(obj.__class__)
    quick = _fast_write.encode_object(obj, declared) if fast else None
    if quick is not None:
        return quick
    _write_root(out, obj, declared)
    return "".join(out).encode("utf-8")


def _write_root(out: list[str], obj: Model, declared: Plan) -> None:
    plan = PLANS.get(obj.__class__)
    if plan is None or not issubclass(plan.cls, declared.cls):
        raise EncodeError(f"{obj.__class__.__name__} is not a {declared.name}", declared.name)
    out.append(f'<{declared.name} xmlns:i="{XSI}"')
    ns = _actual(obj, declared.ns)
    scope = {ns: "", XSI: "i"}
    out.append(_itype(obj, plan, declared, scope))
    out.append(f' xmlns="{ns}"')
    _write_content(out, obj, plan, declared.name, scope, 1, declared.name)


def _itype(obj: Any, plan: Plan, declared: Plan, scope: dict[str, str]) -> str:
    """The ``i:type`` attribute of ``obj`` written as ``declared`` (a subtype, or an unknown ``i:type``
    kept from decoding), or ``""``."""
    if plan is not declared:
        return type_attr(_actual(obj, plan.ns), plan.name, scope)
    extra = get_extra(obj, "xml") if is_deep(obj) else None
    if not extra or not extra[1]:
        return ""
    ns, name = extra[1]  # the unknown i:type kept from decoding: (namespace, local name)
    return type_attr(ns, name, scope)


def type_attr(ns: str, name: str, scope: dict[str, str]) -> str:
    """`` i:type="prefix:name"``; a namespace not in scope is declared on the element (as ``d0p1``,
    a prefix .NET's depth numbering never uses). Both values escaped: a name read from a document is
    written back as the same text, never as markup."""
    prefix = scope.get(ns)
    if prefix is None:
        return f' xmlns:d0p1="{attr_text(ns)}" i:type="d0p1:{attr_text(name)}"'
    return f' i:type="{prefix}:{attr_text(name)}"' if prefix else f' i:type="{attr_text(name)}"'


def attr_text(value: str) -> str:
    """Text for a double-quoted attribute value: markup escaped, and the whitespace that attribute
    normalisation would turn into spaces written as references, so it reads back unchanged."""
    value = escape(value, "")
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\t" in value or "\n" in value:
        value = value.replace("\t", "&#x9;").replace("\n", "&#xA;")
    return value


def _write_object(
    out: list[str], value: Any, declared: Plan, element: str, scope: dict[str, str], depth: int, path: str, prefix: str
) -> None:
    tag = f"{prefix}:{element}" if prefix else element
    if value is None:
        out.append(f'<{tag} i:nil="true" />')
        return
    plan = PLANS.get(value.__class__)
    if plan is None or not issubclass(plan.cls, declared.cls):
        raise EncodeError(f"expected a {declared.name}, got {value.__class__.__name__}", path)
    out.append(f"<{tag}")
    out.append(_itype(value, plan, declared, scope))
    _write_content(out, value, plan, tag, scope, depth, path)


def _write_content(
    out: list[str], obj: Any, plan: Plan, tag: str, scope: dict[str, str], depth: int, path: str
) -> None:
    """Members of ``obj`` then the end of the element whose start tag is open in ``out``."""
    mark = len(out)
    out.append(">")
    extras = get_extra(obj, "xml")[0] if is_deep(obj) and get_extra(obj, "xml") else ()
    namespaces = get_extra(obj, "xml-ns") if is_deep(obj) else None
    if namespaces:
        plan = moved(plan, namespaces)  # members of an inferred namespace, in the one they came in
    if extras:
        _write_extras(out, extras, -1, scope, depth + 1)
    child_depth = depth + 1
    for idx, m in enumerate(plan.members):
        value = member_value(obj, m.attr) if m.kind == "timestamp" else getattr(obj, m.attr)
        if value is not UNSET:
            mtag, decl, child_scope = member_open(_content_moved(m, value), scope, child_depth)
            out.append(f"<{mtag}{decl}")
            where = f"{path}/{m.element}"
            if value is None:
                out.append(' i:nil="true" />')
            elif m.kind == "object":
                sub = PLANS.get(value.__class__)
                target = PLANS[m.target]
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
                    ip = child_scope[_actual(value, m.item_ns)]  # type: ignore[arg-type]
                    for i, item in enumerate(value, 1):
                        iwhere = f"{where}/{m.item}[{i}]"
                        if m.item_kind == "object":
                            _write_object(out, item, PLANS[m.target], m.item, child_scope, child_depth + 1, iwhere, ip)  # type: ignore[arg-type]
                        else:
                            itag = f"{ip}:{m.item}" if ip else m.item
                            if item is None:
                                out.append(f'<{itag} i:nil="true" />')
                            else:
                                out.append(f"<{itag}>{write_text(item, m.item_kind or 'string', iwhere)}</{itag}>")
                    out.append(f"</{mtag}>")
            elif m.kind == "map":
                out.append(map_content(value, child_scope[m.child_ns or ""], mtag, escape, where))
            else:
                text = write_text(value, m.kind, where)
                out.append(f">{text}</{mtag}>" if text or not KINDS[m.kind].short_empty else " />")
        if extras:
            _write_extras(out, extras, idx, scope, child_depth)
    if len(out) == mark + 1:
        out[mark] = " />"
    else:
        out.append(f"</{tag}>")


def _actual(value: Any, ns: str | None) -> Any:
    """The namespace that ``value`` (an object, or the first object of a list) came in instead of
    ``ns``, or ``ns``."""
    if isinstance(value, list):
        value = next((v for v in value if v is not None), None)
    namespaces = get_extra(value, "xml-ns") if value is not None and is_deep(value) else None
    return namespaces.get(ns, ns) if namespaces else ns


def _content_moved(m: Member, value: Any) -> Member:
    """``m`` with the namespace of its content as ``value`` came in (what .NET declares on it)."""
    if m.child_ns is None or m.kind not in ("object", "list"):
        return m
    ns = _actual(value, m.child_ns)
    return m if ns == m.child_ns else m._replace(child_ns=ns)


def _write_extras(out: list[str], extras: Any, after: int, scope: dict[str, str], depth: int) -> None:
    for position, el in extras:
        if position == after:
            write_foreign(out, el, scope, depth)


def write_foreign(out: list[str], el: Any, scope: dict[str, str], depth: int) -> None:
    """Write an element kept from decoding, in the current namespace scope."""
    qn = etree.QName(el)
    ns = qn.namespace or ""
    decls = []
    inner = scope
    prefix = scope.get(ns)
    if prefix is None:
        prefix = f"d{depth}p1"
        decls.append(f' xmlns:{prefix}="{attr_text(ns)}"')
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
                decls.append(f' xmlns:{ap}="{attr_text(aq.namespace)}"')
                inner = {**inner, aq.namespace: ap}
            attrs.append(f' {ap}:{aq.localname}="{attr_text(value)}"')
        else:
            attrs.append(f' {aq.localname}="{attr_text(value)}"')
    out.extend(decls)
    out.extend(attrs)
    if len(el) == 0 and el.text is None:
        out.append(" />")
        return
    out.append(">")
    if el.text:
        out.append(escape(el.text, tag))
    for child in el:
        write_foreign(out, child, inner, depth + 1)
        if child.tail and child.tail.strip(WS):
            out.append(escape(child.tail, tag))
    out.append(f"</{tag}>")
