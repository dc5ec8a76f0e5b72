"""What the mock server refuses in a decoded request body beyond what decoding refuses.

Decoding reads what .NET would read and keeps timestamps as their wire text until they are read; the mock
answers for the spec, so it also refuses (400, ASP.NET's ModelState shape):

- a timestamp member whose text is not a timestamp (the spec's ``format: date-time``), as Newtonsoft's
  reader does;
- a null item in a list whose items the spec does not allow to be null. Newtonsoft reads ``[null]`` into a
  ``List<string>`` (checked under Mono), but the spec says the items are strings, and the client never
  sends one: the mock holds the client to the spec (as it refuses query parameters the spec does not name).
"""

from __future__ import annotations

import typing
from typing import Any

from ._codec import fields_of
from ._json_read import without_none
from ._types import UNSET, Model, member_value
from .errors import DecodeError

__all__ = ["body_problems"]


def body_problems(value: Any, hint: Any, name: str) -> list[tuple[str, str]]:
    """(ModelState key, message) for every timestamp text that is none and every null list item the spec
    does not allow in ``value`` (a body of type ``hint``, called ``name``)."""
    problems: list[tuple[str, str]] = []
    _walk(value, hint, name, problems)
    return problems


def _walk(value: Any, hint: Any, path: str, problems: list[tuple[str, str]]) -> None:
    if isinstance(value, Model):
        for f in fields_of(type(value)):
            raw = member_value(value, f.attr)
            if raw is UNSET or raw is None:
                continue
            where = f"{path}.{f.wire[:1].upper()}{f.wire[1:]}"
            try:
                member = getattr(value, f.attr)  # a timestamp member's text is read here
            except DecodeError:
                problems.append((where, f"The value '{raw}' is not a valid date and time."))
                continue
            _walk(member, f.hint, where, problems)
    elif isinstance(value, list) and typing.get_origin(hint) is list:
        (item_hint,) = typing.get_args(hint)
        nullable = type(None) in typing.get_args(item_hint)
        item_hint = without_none(item_hint)
        for i, item in enumerate(value):
            if item is None and not nullable:
                problems.append((f"{path}[{i}]", "The value null is not valid: the items may not be null."))
            elif item is not None:
                _walk(item, item_hint, f"{path}[{i}]", problems)
