"""The shapes of the generated tables (``_api/``): operations, DataContract XML types, constraints and
discriminators.

The generators in codegen/ write instances of these, always with keyword arguments (so every generated line
says what each value is); the runtime (client, codecs, validation, mock server) reads them by field name.
Plain immutable tuples: nothing here does any work.
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["Constraint", "DateRangeLimit", "Discriminator", "Operation", "Param", "XmlMember", "XmlType"]


class Param(NamedTuple):
    """One path or query parameter of an operation."""

    name: str  #: wire name, e.g. ``customerId``
    python_name: str  #: argument name, e.g. ``customer_id``
    location: str  #: ``"path"`` or ``"query"``
    kind: str  #: ``"string"``, ``"boolean"``, ``"datetime"`` or ``"enum"``
    required: bool
    customer: bool = False  #: names the Vitec customer: left out, the client's ``customer_id`` is sent
    separator: str | None = None  #: list parameters: joined with this (``","``)
    max_items: int | None = None  #: list parameters: at most this many per request
    enum: Any = None  #: the enum class of an ``"enum"`` parameter
    description: str = ""  #: the spec's text about it, on one line (the docstring's and the command's help)


class DateRangeLimit(NamedTuple):
    """How long a date range one request may ask for (longer ones are fetched in windows)."""

    start: str  #: wire name of the parameter that opens the range, e.g. ``dateFrom``
    end: str  #: wire name of the parameter that closes it, e.g. ``dateTo``
    months: int  #: at most this many months per request


class Operation(NamedTuple):
    """One endpoint: method, route, parameters, body and response type."""

    operation_id: str  #: the spec's operationId, unique in the API (the key of ``OPERATIONS``), e.g. ``area_get_areas``
    python_name: str  #: the method's name in its resource, e.g. ``get_areas`` (``client.area.get_areas``)
    method: str  #: HTTP method, e.g. ``GET``
    path: str  #: route template, e.g. ``/CRM/Lead/{customerId}/Incoming/{id}``
    tag: str  #: the resource it belongs to (``client.<tag>``)
    params: tuple[Param, ...]  #: path and query parameters, in the spec's order
    body: Any  #: model class of the request body, or None
    body_name: str | None  #: argument name of the body, or None
    response: Any  #: the response type: a model class, ``list[Model]`` or ``str``
    max_date_range: DateRangeLimit | None = None  #: a limit on the span of a date range
    #: the one-line title, from the spec (the resource method's docstring and the command's help open with it)
    summary: str = ""
    #: what the spec says after the title, if anything (paragraphs split by a blank line)
    description: str = ""
    #: the spec's ``x-retry-safe``: True, sent again after a failure like a GET whatever the method;
    #: False, never sent twice; None, by the method (only GET, HEAD and OPTIONS are resent)
    retry_safe: bool | None = None
    #: an integer result of another .NET kind than Int32 (``"long"``, ``"short"``, ``"byte"``; of a list's
    #: items too): the range the result is checked against (``response`` is ``int`` for every integer kind)
    response_range: str | None = None


class Constraint(NamedTuple):
    """A documented rule on one member: required, or a length limit, with Vitec's messages."""

    attr: str  #: Python attribute, e.g. ``customer_id``
    json_name: str  #: JSON name, e.g. ``customerId``
    xml_name: str  #: XML element, e.g. ``CustomerId``
    required: bool = False  #: the member must be present and not null
    required_message: str | None = None  #: Vitec's message when it is not
    max_length: int | None = None  #: at most this many characters
    length_message: str | None = None  #: Vitec's message when it has more


class Discriminator(NamedTuple):
    """How JSON names the subtype of a polymorphic type (in XML it is ``i:type``)."""

    property: str  #: JSON property holding the subtype's name, e.g. ``type``
    subtypes: dict[str, Any]  #: its value -> model class


class XmlMember(NamedTuple):
    """One DataContract member, in XML order."""

    element: str  #: element name, e.g. ``CreatedAt``
    json_name: str  #: the msgspec field's wire name, e.g. ``createdAt``
    kind: str  #: a text kind (string, boolean, int, datetime, enum, long, double, guid...) | object | list | map
    target: Any = None  #: enum or model class; for a list, the item's (None for strings)
    child_ns: str | None = None  #: namespace .NET declares on this element (its type's, if not ours)
    item: str | None = None  #: list: item element name
    item_ns: str | None = None  #: list: item namespace
    item_kind: str | None = None  #: list: kind of the items


class XmlType(NamedTuple):
    """A DataContract class: its XML name, namespace, base and own members (base members come first)."""

    cls: Any  #: the model class
    name: str  #: element / type name, e.g. ``CrmContact``
    namespace: str  #: DataContract namespace
    base: Any = None  #: model class of the base type, or None
    members: tuple[XmlMember, ...] = ()  #: own members, in XML order
    subtypes: tuple[Any, ...] = ()  #: model classes of the types derived from it, at any depth
    namespace_inferred: bool = False  #: no document Vitec published proves the namespace (a guess)
