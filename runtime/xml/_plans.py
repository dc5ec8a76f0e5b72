"""Plans: what the readers and writers know of each DataContract type, built from the generated tables.

The tables (``_api/xml_tables``: one module of rows per DataContract namespace, and an index) are
imported on first use, one namespace at a time, and each type's ``Plan`` is built the first time a
document of it is read or written. Importing the package costs the same for 5 types or 500.

A plan lists every member in the order .NET writes and reads them (the base type's first), each with
its element's tag, the namespace of the type that declares it, and what the tables say of its kind.
``member_open`` says how .NET opens a member's element in a namespace scope; the writers, the fast
reader and the canonical form all use it.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, NamedTuple

from .._schema import XmlType
from .._types import TimestampMember

XSI = "http://www.w3.org/2001/XMLSchema-instance"
SERIALIZATION = "http://schemas.microsoft.com/2003/10/Serialization/"
NIL = f"{{{XSI}}}nil"
TYPE = f"{{{XSI}}}type"
STRING_TAG = f"{{{SERIALIZATION}}}string"


class Member(NamedTuple):
    """One member of a type, as the readers and writers use it."""

    element: str  #: element name, e.g. ``CreatedAt``
    tag: str  #: ``{namespace}element``
    ns: str  #: the namespace of the type that declares it (its element's namespace)
    attr: str  #: the model's attribute
    kind: str  #: a kind of ``_kinds.KINDS``, or ``object`` / ``list`` / ``map``
    target: Any  #: enum class, or the model class of an object or of list items
    child_ns: str | None  #: the namespace .NET declares on the element (its content's, if not in scope)
    item_tag: str | None  #: list: ``{namespace}item``
    item_ns: str | None  #: list: the items' namespace
    item: str | None  #: list: item element name
    item_kind: str | None  #: list: the items' kind
    inferred: bool = False  #: the namespace of the type that declares it is inferred (``Plan.inferred``)


class Plan(NamedTuple):
    """One DataContract type: its name, namespace and every member in wire order."""

    cls: Any  #: the model class
    name: str  #: element / type name
    ns: str  #: DataContract namespace
    members: tuple[Member, ...]  #: base-class members first
    by_tag: dict[str, int]  #: member tag -> index in ``members``
    subtypes: tuple[Any, ...]  #: the model classes derived from it, at any depth
    inferred: bool  #: the namespace is inferred, not proven by a document Vitec published


_index: ModuleType | None = None
_ROWS: dict[Any, XmlType] = {}  # class -> its row, for the namespaces loaded so far
_QNAMES: dict[tuple[str, str], Any] = {}  # (namespace, name) -> class, likewise
_LOADED: set[str] = set()


def _tables() -> ModuleType:
    """The index of the generated tables (namespace -> module, class name -> modules), on first use."""
    global _index
    if _index is None:
        from .._api import xml_tables

        _index = xml_tables
    return _index


def _load(module: str) -> None:
    if module in _LOADED:
        return
    rows = importlib.import_module(f"{_tables().__name__}.{module}").TYPES
    for t in rows:
        _ROWS[t.cls] = t
        _QNAMES[(t.namespace, t.name)] = t.cls
    _LOADED.add(module)


def row(cls: Any) -> XmlType | None:
    """The generated row of a model class, or None if the tables have none."""
    t = _ROWS.get(cls)
    if t is None:
        index = _tables()
        # The tables listing a type of this name, its own namespace's first (its models module's name):
        # loading another namespace's table makes that namespace's model classes too.
        own = str(getattr(cls, "__module__", "")).rpartition(".")[2]
        for module in sorted(index.CLASSES.get(getattr(cls, "__name__", ""), ()), key=lambda m: m != own):
            _load(module)
            t = _ROWS.get(cls)
            if t is not None:
                return t
        if t is None and len(_LOADED) < len(index.MODULES):  # not found by its name: look everywhere once
            for module in index.MODULES.values():
                _load(module)
            t = _ROWS.get(cls)
    return t


def class_of(ns: str | None, name: str) -> Any:
    """The model class .NET calls ``name`` in ``ns``, or None."""
    module = _tables().MODULES.get(ns)
    if module is None:
        return None
    _load(module)
    return _QNAMES.get((ns, name))  # type: ignore[arg-type]


def _build(cls: Any, t: XmlType) -> Plan:
    """The plan of one type: its base's members, then its own (the tables list each type's own members)."""
    # wire name -> attribute, from the struct itself (no type hints evaluated: hundreds of types stay cheap)
    attrs = dict(zip(cls.__struct_encode_fields__, cls.__struct_fields__, strict=True))
    members = list(PLANS[t.base].members) if t.base is not None else []
    for m in t.members:
        members.append(
            Member(
                element=m.element,
                tag=f"{{{t.namespace}}}{m.element}",
                ns=t.namespace,
                attr=attrs[m.json_name],
                kind=_member_kind(cls, attrs[m.json_name], m.kind),
                target=m.target,
                child_ns=m.child_ns,
                item_tag=f"{{{m.item_ns}}}{m.item}" if m.item else None,
                item_ns=m.item_ns,
                item=m.item,
                item_kind=m.item_kind,
                inferred=t.namespace_inferred,
            )
        )
    by_tag = {m.tag: i for i, m in enumerate(members)}
    return Plan(cls, t.name, t.namespace, tuple(members), by_tag, t.subtypes, t.namespace_inferred)


def _member_kind(cls: Any, attr: str, kind: str) -> str:
    """A dateTime member that keeps its text until read (a ``TimestampMember``) is of kind ``timestamp``."""
    if kind == "datetime" and isinstance(getattr(cls, attr, None), TimestampMember):
        return "timestamp"
    return kind


class _Plans(dict):  # type: ignore[type-arg]
    """class -> ``Plan``, each built on first use (a KeyError for a class the tables do not know)."""

    def __missing__(self, cls: Any) -> Plan:
        t = row(cls)
        if t is None:
            raise KeyError(cls)
        plan = self[cls] = _build(cls, t)
        return plan

    def get(self, cls: Any, default: Any = None) -> Any:
        try:
            return self[cls]
        except (KeyError, TypeError):
            return default


PLANS: dict[Any, Plan] = _Plans()


def by_qname(ns: str | None, name: str) -> Plan | None:
    """The plan of the type .NET calls ``name`` in ``ns``, or None."""
    cls = class_of(ns, name)
    return None if cls is None else PLANS[cls]


def topmost(cls: Any) -> Any:
    """The topmost base in the tables of a model class (what an endpoint declares)."""
    while True:
        t = row(cls)
        if t is None:
            raise KeyError(cls)
        if t.base is None:
            return cls
        cls = t.base


def root_plan(cls: Any) -> Plan:
    """The plan of the type an endpoint declares for ``cls`` (its topmost base in the tables)."""
    return PLANS[topmost(cls)]


def any_inferred() -> bool:
    """Some type of the spec has a namespace that is only inferred."""
    return bool(_tables().INFERRED)


_MOVED: dict[tuple[Any, tuple[tuple[str, str], ...]], Plan] = {}


def moved(plan: Plan, namespaces: dict[str, str]) -> Plan:
    """``plan`` with the members declared in a namespace of ``namespaces`` (inferred -> the one a
    document used instead) in that other namespace: how an object read so is written back."""
    key = (plan.cls, tuple(sorted(namespaces.items())))
    found = _MOVED.get(key)
    if found is None:
        members = tuple(
            m._replace(ns=namespaces[m.ns], tag=f"{{{namespaces[m.ns]}}}{m.element}") if m.ns in namespaces else m
            for m in plan.members
        )
        ns = namespaces.get(plan.ns, plan.ns)
        by_tag = {m.tag: i for i, m in enumerate(members)}
        found = _MOVED[key] = plan._replace(ns=ns, members=members, by_tag=by_tag)
    return found


def member_open(m: Member, scope: dict[str, str], depth: int) -> tuple[str, str, dict[str, str]]:
    """A member element at ``depth`` in ``scope``: (its tag, the namespace declaration .NET puts on it,
    the scope of its content). .NET declares the member type's namespace on the member element, as
    ``d<depth>p1``, when that namespace is not already in scope, also when the member is nil or empty."""
    prefix = scope[m.ns]
    tag = f"{prefix}:{m.element}" if prefix else m.element
    if m.child_ns is None or m.child_ns in scope:
        return tag, "", scope
    p = f"d{depth}p1"
    return tag, f' xmlns:{p}="{m.child_ns}"', {**scope, m.child_ns: p}


def local(tag: str) -> str:
    return tag.rpartition("}")[2]
