"""Check a model against the documented constraints (required members, length limits) and what .NET's
types can hold (the range of a short, byte or long; a decimal's range and places).

Used before sending (``ValidationError``) and by the encoders' ``validate=True`` (``EncodeError``).
Messages are Vitec's own where the docs give them.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from typing import Any

from ._api.constraints import CONSTRAINTS
from ._codec import fields_of
from ._scalars import INT_RANGES, check_decimal, check_int
from ._types import UNSET, Model

#: (ge, le) of a ranged integer's msgspec Meta -> its .NET kind
_RANGED: dict[tuple[Any, Any], str] = {bounds: kind for kind, bounds in INT_RANGES.items()}


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
        for rule in CONSTRAINTS.get(cls, ()):
            value = getattr(obj, rule.attr)
            wire, limit = rule.json_name, rule.max_length
            where = f"{path}.{wire}"
            if rule.required and (value is UNSET or value is None):
                problems.append((where, rule.required_message or f"{wire} is required"))
            if limit is not None and isinstance(value, str) and len(value) > limit:
                message = rule.length_message or f"{wire} must be 0 to {limit} characters"
                problems.append((where, f"{message} (got {len(value)})"))
    for f in fields_of(type(obj)):
        value = getattr(obj, f.attr)
        _check_value(f.hint, value, f"{path}.{f.wire}", problems)
        if isinstance(value, (Model, list)):
            _check(value, f"{path}.{f.wire}", problems)


def _check_value(hint: Any, value: Any, where: str, problems: list[tuple[str, str]]) -> None:
    """A value .NET's type cannot hold: a short, byte or long out of range, a decimal out of range."""
    try:
        if typing.get_origin(hint) is typing.Annotated and isinstance(value, int) and not isinstance(value, bool):
            meta = typing.get_args(hint)[1]
            kind = _RANGED.get((getattr(meta, "ge", None), getattr(meta, "le", None)))
            if kind is not None:
                check_int(kind, value)
        elif hint is Decimal and isinstance(value, Decimal):
            check_decimal(value)
        elif typing.get_origin(hint) is list and isinstance(value, list):
            (item,) = typing.get_args(hint)
            for i, x in enumerate(value, 1):
                _check_value(item, x, f"{where}[{i}]", problems)
    except ValueError as exc:
        problems.append((where, str(exc)))
