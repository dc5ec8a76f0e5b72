"""The command's request body: read from a file or stdin, in JSON or XML, and checked so that nothing in it
is dropped unsaid on the way to the wire format."""

from __future__ import annotations

import pathlib
import sys
import typing
from collections.abc import Iterator
from typing import Any

from . import errors
from . import json as _json
from . import xml as _xml
from ._codec import fields_of, get_extra, is_deep
from ._types import Model, Timestamp


class BodyError(Exception):
    """A body file that cannot be read, does not match its type, or holds what the wire format cannot carry."""


def read_body(tp: Any, source: str, wire: str, strict: bool) -> Any:
    """The request body of type ``tp`` from a file or stdin (``-``), in JSON or XML, to be sent as ``wire``.

    With ``strict`` a member the spec does not know is an error. Without it, such a member is sent as the
    file has it when the file is in the wire format (``--format``); in the other format it could not be
    written, so it is an error too, naming every such member: nothing in the file is dropped unsaid.
    """
    name = "stdin" if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else pathlib.Path(source).read_bytes()
    except OSError as exc:
        raise BodyError(f"cannot read the request body from {name}: {exc.strerror or exc}") from None
    given = "xml" if data.lstrip().startswith(b"<") else "json"
    codec = _xml if given == "xml" else _json
    try:
        body = codec.decode(data, type=tp, strict=strict)
    except errors.DecodeError as exc:
        raise BodyError(f"invalid request body in {name}: {exc}") from None
    if given != wire:
        root = "$" if given == "json" else _xml_name(tp)
        lost = list(_unknown_members(body, given, root))
        if lost:
            raise BodyError(
                f"the request body in {name} holds {_count(len(lost), 'member')} the spec does not know, which "
                f"cannot be sent as {wire.upper()}: {', '.join(lost)}; correct the file, or send it as "
                f"{given.upper()} (--format {given})"
            )
    return body


def _count(n: int, noun: str) -> str:
    return f"a {noun}" if n == 1 else f"{n} {noun}s"


def _xml_name(tp: Any) -> str:
    """The root element's name of a body of type ``tp`` (``ArrayOfX`` for a list)."""
    from .xml._plans import root_plan

    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        return f"ArrayOf{root_plan(item).name}"
    return root_plan(tp).name


def _unknown_members(obj: Any, fmt: str, path: str) -> Iterator[str]:
    """The path of every member, element or ``i:type`` of ``obj`` (a decoded body) that ``fmt``'s decoder
    did not know and kept to write back (only that format's encoder can write it)."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            where = f"{path}[{i}]" if fmt == "json" else f"{path}/{_xml_item(item)}[{i + 1}]"
            yield from _unknown_members(item, fmt, where)
        return
    if not isinstance(obj, Model) or not is_deep(obj):
        return
    extra = get_extra(obj, fmt)
    if extra and fmt == "json":
        yield from (f"{path}.{key}" for key in extra)
    elif extra:
        elements, itype = extra
        if itype:
            yield f"{path} (i:type {itype[1]!r})"
        yield from (f"{path}/{element.tag.rpartition('}')[2]}" for _, element in elements)
    if fmt == "json":
        names = {f.attr: f.wire for f in fields_of(type(obj)) if f.hint is not Timestamp}
        members = ((f"{path}.{wire}", attr) for attr, wire in names.items())
    else:
        from .xml._plans import PLANS

        plan = PLANS[type(obj)]
        members = ((f"{path}/{m.element}", m.attr) for m in plan.members if m.kind in ("object", "list"))
    for where, attr in members:
        value = getattr(obj, attr)
        if isinstance(value, (Model, list)):
            yield from _unknown_members(value, fmt, where)


def _xml_item(obj: Any) -> str:
    from .xml._plans import PLANS

    return PLANS[type(obj)].name if isinstance(obj, Model) else "item"
