"""How the mock server finds the operation a request is for, and reads its path and query parameters.

The routing rule (spec/README.md, "Routing"): among the templates that match a path, literal segments win
over parameters, and parameters of a narrower kind than a string (Guid, int, double, boolean, date) over
strings, a typed parameter matching only a segment that reads as its kind. Two templates left (the same
shape, differing only in a parameter's name) are told apart by a list parameter's ``x-separator``: a
segment holding it goes to the list operation, one without it to the other. A request that even this
leaves to two operations is answered as ASP.NET answers it, with 500 "Multiple actions were found"
(``Ambiguous``); ``ambiguities`` lists such pairs of a spec, and the tests require there are none.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Iterable
from typing import Any

from ._scalars import INT_RANGES, parse_double, parse_guid, parse_int
from ._schema import Operation, Param
from ._types import OpenEnum, parse_timestamp

__all__ = ["Ambiguous", "allowed", "ambiguities", "convert_param", "match", "routes"]


class Ambiguous(Exception):
    """A request the spec's routing rule leaves to more than one operation."""

    def __init__(self, operations: list[Operation]) -> None:
        super().__init__(", ".join(op.operation_id for op in operations))
        self.operations = operations


def match(
    routes: list[tuple[Operation, re.Pattern[str]]], method: str, path: str
) -> tuple[Operation, dict[str, str]] | None:
    """The operation for ``method`` and ``path``, and its path arguments (decoded), or None."""
    found = []
    for op, regex in routes:
        m = regex.fullmatch(path)
        if m is not None and op.method == method:
            found.append((op, {k: urllib.parse.unquote(v) for k, v in m.groupdict().items()}))
    if len(found) > 1:  # (one alone takes the request, and a segment it cannot read is a 400)
        found = [(op, args) for op, args in found if _segments_fit(op, args)] or [
            max(found, key=lambda f: _specificity(f[0]))
        ]
        best = max(_specificity(op) for op, _ in found)
        found = [(op, args) for op, args in found if _specificity(op) == best]
        listed = [(op, args) for op, args in found if _holds_list(op, args)]
        found = listed or [(op, args) for op, args in found if not _list_params(op)] or found
        if len(found) > 1:
            raise Ambiguous([op for op, _ in found])
    return found[0] if found else None


def allowed(routes: list[tuple[Operation, re.Pattern[str]]], path: str) -> list[str]:
    """The methods a path supports (a 405's ``Allow``), by the routing rule: of the templates that match
    it, those that win (literal segments over parameters, typed parameters that read as their kind); the
    methods of templates differing only in a parameter's name are all listed, as the path is theirs alike."""
    found = []
    for op, regex in routes:
        m = regex.fullmatch(path)
        if m is not None:
            args = {k: urllib.parse.unquote(v) for k, v in m.groupdict().items()}
            if _segments_fit(op, args):
                found.append(op)
    best = max((_specificity(op) for op in found), default=None)
    return sorted({op.method for op in found if _specificity(op) == best})


def _route(op: Operation) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
    return re.compile(pattern, re.IGNORECASE)


def _shape(op: Operation) -> tuple[str, ...]:
    """The template as the router sees it: literal segments, and each parameter's kind (and list-ness)."""
    params = {p.name: p for p in op.params if p.location == "path"}
    out = [op.method]
    for seg in op.path.strip("/").split("/"):
        p = params.get(seg[1:-1]) if seg.startswith("{") else None
        out.append(seg.lower() if p is None else f"{{{p.kind}{'[]' if p.separator else ''}}}")
    return tuple(out)


def routes(operations: Iterable[Operation]) -> list[tuple[Operation, re.Pattern[str]]]:
    """Every operation's route."""
    return [(op, _route(op)) for op in operations]


def ambiguities(operations: Iterable[Operation]) -> list[str]:
    """Pairs of operations the routing rule cannot tell apart, each with how the spec can."""
    seen: dict[tuple[str, ...], Operation] = {}
    out = []
    for op in operations:
        other = seen.setdefault(_shape(op), op)
        if other is not op:
            out.append(
                f"{op.method} {op.path} and {other.path} ({other.operation_id}, {op.operation_id}) match the same "
                "requests: give one parameter a format, or mark the list parameter with x-separator"
            )
    return out


def _specificity(op: Operation) -> tuple[int, int]:
    """Literal segments first, then parameters of a kind narrower than a string."""
    typed = sum(1 for p in op.params if p.location == "path" and p.kind != "string")
    return op.path.count("/") - op.path.count("{"), typed


def _list_params(op: Operation) -> list[Param]:
    return [p for p in op.params if p.location == "path" and p.separator]


def _holds_list(op: Operation, args: dict[str, str]) -> bool:
    return any(p.separator and p.separator in args.get(p.name, "") for p in _list_params(op))


def _segments_fit(op: Operation, args: dict[str, str]) -> bool:
    """Every typed path parameter's segment reads as its kind (a Guid route does not take ``KON1``)."""
    for p in op.params:
        if p.location == "path" and p.kind not in ("string", "enum") and p.name in args:
            try:
                convert_param(args[p.name], p.kind, p.enum)
            except ValueError:
                return False
    return True


def convert_param(raw: str, kind: str, enum: Any) -> Any:
    if kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise ValueError("expected True or False")
        return raw.lower() == "true"
    if kind == "datetime":
        date, _, time_part = raw.partition("T")
        clock = re.match(r"\d{2}:\d{2}(:\d{2})?", time_part)
        if time_part and clock and not clock.group(1):
            time_part = clock.group(0) + ":00" + time_part[clock.end() :]  # 12:00 binds as 12:00:00
        return _naive(parse_timestamp(f"{date}T{time_part or '00:00:00'}"))
    if kind == "enum" and enum is not None:
        member = enum(raw)
        if isinstance(member, OpenEnum) and not member.is_known:
            raise ValueError(f"expected one of {', '.join(m.value for m in enum)}")
        return member
    if kind == "guid":
        return parse_guid(raw)
    if kind in INT_RANGES:  # every .NET integer kind
        return parse_int(kind, raw)
    if kind == "double":
        return parse_double(raw)
    return raw


def _naive(value: Any) -> dt.datetime:
    return dt.datetime(value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond)
