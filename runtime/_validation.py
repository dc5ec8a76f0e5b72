"""Check a model against the documented constraints (required members, length limits) and what .NET's
types can hold (the range of an int, short, byte or long; a decimal's range and places).

Used before sending (``ValidationError``) and by the encoders' ``validate=True`` (``EncodeError``).
Messages are Vitec's own where the docs give them.
"""

from __future__ import annotations

import importlib
import re
import typing
from decimal import Decimal
from typing import Any

from ._api.constraints import BY_NAME, NAMESPACES, Rows
from ._codec import fields_of
from ._scalars import check_decimal, check_int, int_kind
from ._schema import Constraint
from ._types import UNSET, Model, member_value

#: class -> its own documented constraints (filled as classes are first checked)
_RULES: dict[type, tuple[Constraint, ...]] = {}
#: namespace -> its rows, built on first use
_TABLES: dict[str, Rows] = {}
#: a class defined apart from its namespace module under a suffixed name (``Cargo_1``, re-exported as ``Cargo``)
_SUFFIX = re.compile(r"_\d+$")


def rules(cls: type) -> tuple[Constraint, ...]:
    """The constraints on ``cls``'s own members (not its bases'), from its namespace's rows.

    The rows are keyed by component (``module.Type``); a class is matched by identity with the type of
    that name in each namespace that has rows for one, importing the namespace if need be (a class can
    be defined apart from its namespace module, in a shared module the generator writes for cycles).
    """
    found = _RULES.get(cls)
    if found is None:
        found = ()
        name = cls.__name__
        candidates = BY_NAME.get(name) or BY_NAME.get(_SUFFIX.sub("", name), ())
        models = f"{__package__}.models"
        for ns in candidates:
            for type_name in (name, _SUFFIX.sub("", name)):
                if getattr(importlib.import_module(f"{models}.{ns}"), type_name, None) is cls:
                    table = _TABLES.get(ns)
                    if table is None:
                        table = _TABLES[ns] = NAMESPACES[ns]()
                    found = table.get(f"{ns}.{type_name}", ())
                    break
            if found:
                break
        _RULES[cls] = found
    return found


def check(obj: Any, path: str = "") -> list[tuple[str, str]]:
    """Every violated constraint in ``obj`` (recursively), as (path, message) pairs."""
    problems: list[tuple[str, str]] = []
    _check(obj, path or (type(obj).__name__ if isinstance(obj, Model) else "$"), problems)
    return problems


def _check(obj: Any, path: str, problems: list[tuple[str, str]]) -> None:
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            _check(item, f"{path}[{i}]", problems)
        return
    if not isinstance(obj, Model):
        return
    for cls in reversed(type(obj).__mro__):
        for rule in rules(cls):
            value = member_value(obj, rule.attr)
            wire, limit = rule.json_name, rule.max_length
            where = f"{path}.{wire}"
            if rule.required and (value is UNSET or value is None):
                problems.append((where, rule.required_message or f"{wire} is required"))
            if limit is not None and isinstance(value, str) and len(value) > limit:
                message = rule.length_message or f"{wire} must be 0 to {limit} characters"
                problems.append((where, f"{message} (got {len(value)})"))
    for f in fields_of(type(obj)):
        value = member_value(obj, f.attr)
        _check_value(f.hint, value, f"{path}.{f.wire}", problems)
        if isinstance(value, (Model, list)):
            _check(value, f"{path}.{f.wire}", problems)


def _check_value(hint: Any, value: Any, where: str, problems: list[tuple[str, str]]) -> None:
    """A value .NET's type cannot hold: an int, short, byte or long out of range, a decimal out of range."""
    try:
        if typing.get_origin(hint) is typing.Annotated and isinstance(value, int) and not isinstance(value, bool):
            meta = typing.get_args(hint)[1]
            kind = int_kind(meta)
            if kind is not None:
                check_int(kind, value)
        elif hint is int and isinstance(value, int) and not isinstance(value, bool):  # an Int32 (``fields_of``)
            check_int("int", value)
        elif hint is Decimal and isinstance(value, Decimal):
            check_decimal(value)
        elif typing.get_origin(hint) is list and isinstance(value, list):
            (item,) = typing.get_args(hint)
            for i, x in enumerate(value, 1):
                _check_value(item, x, f"{where}[{i}]", problems)
    except ValueError as exc:
        problems.append((where, str(exc)))
