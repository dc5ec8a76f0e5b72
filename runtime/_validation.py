"""Check a model against the documented constraints (required members, length limits).

Used before sending (``ValidationError``) and by the encoders' ``validate=True`` (``EncodeError``).
Messages are Vitec's own where the docs give them.
"""

from __future__ import annotations

from typing import Any

from ._api.constraints import CONSTRAINTS
from ._codec import fields_of
from ._types import UNSET, Model


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
        if isinstance(value, (Model, list)):
            _check(value, f"{path}.{f.wire}", problems)
