"""The Python names of operations: what the importer writes into an operation's ``x-python-name``.

Swashbuckle's operationIds are ``Controller_Action`` (``Area_GetAreas``); the operationId stays their snake
case (``area_get_areas``), and the controller is already the resource (``client.area``), so the method is
named by the action alone: ``client.area.get_areas``. The rules, in order (spec/README.md, "Method names"):

1. An ``x-python-name`` already on the operation (from overrides.yaml) is kept.
2. An operationId that does not start with its tag (a page's or overrides.yaml's, e.g. ``get_contact``) is
   the method's name as it is: nothing is written.
3. Otherwise the name is the operationId without ``<tag>_``.
4. An action that is a bare HTTP verb says nothing a method call does not: ``post`` becomes ``create`` and
   ``put`` becomes ``update``; ``get`` and ``delete`` read as what they do and stay.
5. One .NET action at two routes, one with ``{customerId}`` and one without (an overload; the operationId
   carries ``_by_<path parameters>``): the route with the customer takes the action's name (rule 4 applied
   to it), as every other operation does (the client's ``customer_id`` fills it); the other route takes
   ``<action>_without_customer``. Overloads told apart otherwise keep the operationId's ``_by_...``.
6. A Python keyword or a name every resource has (``naming.RESERVED_METHODS``) takes a trailing ``_``.
7. A name another operation of the resource already has (in path order) falls back to the operationId
   without ``<tag>_``, then to ``_2``, ``_3``...

The name is written only where it differs from the operationId.
"""

from __future__ import annotations

import keyword
from collections import defaultdict
from typing import Any

from .. import naming

#: bare HTTP-verb actions (``Appointment_Post``) -> what the method does
VERBS = {"post": "create", "put": "update"}
WITHOUT_CUSTOMER = "_without_customer"
CUSTOMER = "{customerId}"


def _tag(op: dict[str, Any]) -> str:
    return str(op["tags"][0])


def method_names(operations: list[tuple[str, str, dict[str, Any]]]) -> dict[tuple[str, str], str]:
    """(method, path) -> the method's Python name, for operations given as (method, path, operation) in
    path order, each with its final operationId and tags."""
    routes: dict[tuple[str, Any], list[str]] = defaultdict(list)  # (tag, .NET action) -> its paths
    for _, path, op in operations:
        if op.get("x-wire-operation-id"):
            routes[_tag(op), op["x-wire-operation-id"]].append(path)
    names: dict[tuple[str, str], str] = {}
    used: dict[str, set[str]] = defaultdict(set)
    for method, path, op in operations:
        op_id, tag = str(op["operationId"]), _tag(op)
        if "x-python-name" in op:  # 1
            name = str(op["x-python-name"])
        elif not op_id.startswith(tag + "_"):  # 2
            name = op_id
        else:
            rest = op_id.removeprefix(tag + "_")  # 3
            name = VERBS.get(rest, rest)  # 4
            paths = routes.get((tag, op.get("x-wire-operation-id")), [])
            with_customer = [p for p in paths if CUSTOMER in p]
            if len(paths) == 2 and len(with_customer) == 1:  # 5: an overload told apart by the customer alone
                action = naming.snake(str(op["x-wire-operation-id"]).partition("_")[2])
                name = VERBS.get(action, action) + ("" if CUSTOMER in path else WITHOUT_CUSTOMER)
            if keyword.iskeyword(name) or name in naming.RESERVED_METHODS:  # 6
                name += "_"
            if name in used[tag]:  # 7
                name = rest
            base, n = name, 2
            while name in used[tag]:
                name, n = f"{base}_{n}", n + 1
        used[tag].add(name)
        names[method, path] = name
    return names
