"""The shapes of the generated tables (``_api/``): operations and DataContract XML types.

The generators in codegen/ write instances of these; the runtime (client, codecs, mock server) reads them.
Plain immutable tuples: nothing here does any work.
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["Operation", "Param", "XmlMember", "XmlType"]


class Param(NamedTuple):
    """One path or query parameter of an operation."""

    name: str  #: wire name, e.g. ``customerId``
    python_name: str  #: argument name, e.g. ``customer_id``
    location: str  #: ``"path"`` or ``"query"``
    kind: str  #: ``"string"``, ``"boolean"``, ``"datetime"`` or ``"enum"``
    required: bool
    separator: str | None = None  #: list parameters: joined with this (``","``)
    max_items: int | None = None  #: list parameters: at most this many per request
    enum: Any = None  #: the enum class of an ``"enum"`` parameter


class Operation(NamedTuple):
    """One endpoint: method, route, parameters, body and response type."""

    operation_id: str
    method: str
    path: str  #: route template, e.g. ``/CRM/Lead/{customerId}/Incoming/{id}``
    tag: str
    params: tuple[Param, ...]
    body: Any  #: model class of the request body, or None
    body_name: str | None
    response: Any  #: the response type: a model class, ``list[Model]`` or ``str``
    max_date_range: tuple[str, str, int] | None = None  #: (from param, to param, months)


class XmlMember(NamedTuple):
    """One DataContract member, in XML order."""

    element: str  #: element name, e.g. ``CreatedAt``
    json_name: str  #: the msgspec field's wire name, e.g. ``createdAt``
    kind: str  #: string | boolean | int | datetime | enum | object | list
    target: Any = None  #: enum or model class; for a list, the item's (None for strings)
    child_ns: str | None = None  #: namespace .NET declares on this element (its type's, if not ours)
    item: str | None = None  #: list: item element name
    item_ns: str | None = None  #: list: item namespace
    item_kind: str | None = None  #: list: kind of the items


class XmlType(NamedTuple):
    """A DataContract class: its XML name, namespace, base and own members (base members come first)."""

    cls: Any
    name: str
    namespace: str
    base: Any  #: model class of the base type, or None
    members: tuple[XmlMember, ...]
