"""What the JSON and XML codecs share: resolving the target type, type hints of models, the unknown
content kept on decoded objects, and the strict-mode walk for enum members the spec does not know."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from typing import Any, NamedTuple, Union

import msgspec

from ._types import TIMESTAMP_TEXT, UNKNOWN_FIELD, Model, OpenEnum, Timestamp, Unknown, UnsetType
from .errors import DecodeError


class Target(NamedTuple):
    kind: str  # "model" | "list" | "str"
    cls: Any  # model class (for "model" and "list")


def resolve_target(tp: Any) -> Target:
    """``Model subclass`` / ``list[Model]`` / ``str`` -> a Target; anything else is a TypeError."""
    if tp is str:
        return Target("str", None)
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        if isinstance(item, type) and issubclass(item, Model):
            return Target("list", item)
    if isinstance(tp, type) and issubclass(tp, Model):
        return Target("model", tp)
    raise TypeError(f"type must be a generated model, a list of one, or str; got {tp!r}")


class Field(NamedTuple):
    attr: str
    wire: str
    hint: Any  # the annotation without None / UnsetType (ranged integers keep their Annotated[int, Meta])
    nullable: bool


@functools.cache
def fields_of(cls: type) -> tuple[Field, ...]:
    """The fields of a model with their annotations resolved (``X | None | UnsetType`` -> ``X``).

    msgspec resolves the annotations (extras kept: a short or byte is ``Annotated[int, Meta(ge, le)]``);
    resolving them again with ``typing.get_type_hints`` doubled what a type's first use costs.
    """
    out = []
    for f in msgspec.structs.fields(cls):
        if f.name == UNKNOWN_FIELD:
            continue
        hint = f.type
        nullable = False
        if typing.get_origin(hint) in (Union, types.UnionType):
            args = [a for a in typing.get_args(hint) if a is not UnsetType]
            nullable = type(None) in args
            args = [a for a in args if a is not type(None)]
            hint = args[0] if len(args) == 1 else Union[tuple(args)]  # noqa: UP007
        hint = _ranged_or_plain(hint)
        out.append(Field(f.name, f.encode_name, hint, nullable))
    return tuple(out)


def _ranged_or_plain(hint: Any) -> Any:
    """``Annotated[int, Meta(ge, le)]`` (a short or byte) as it is; a timestamp member's text
    (``LazyTimestamp``) as ``Timestamp``; any other ``Annotated[X, ...]`` as ``X``."""
    if typing.get_origin(hint) is not typing.Annotated:
        return hint
    base, *meta = typing.get_args(hint)
    if TIMESTAMP_TEXT in meta:
        return Timestamp
    if base is int and any(getattr(m, "ge", None) is not None for m in meta):
        return hint
    return base


def set_extra(obj: Model, fmt: str, data: Any) -> None:
    """Keep ``data``, what ``fmt``'s decoder did not know of ``obj`` (this also marks it deep)."""
    unknown = obj._vitec_unknown
    if unknown.__class__ is not Unknown:
        unknown = obj._vitec_unknown = Unknown()
    unknown[fmt] = data  # type: ignore[index]


def get_extra(obj: Any, fmt: str) -> Any:
    unknown = getattr(obj, UNKNOWN_FIELD, None)
    return unknown.get(fmt) if unknown.__class__ is Unknown else None


def mark_deep(obj: Any) -> None:
    """Mark ``obj`` as holding unknown content at or below it (the encoders then look for it)."""
    if obj._vitec_unknown.__class__ is not Unknown:
        obj._vitec_unknown = Unknown()


def is_deep(obj: Any) -> bool:
    return getattr(obj, UNKNOWN_FIELD, None).__class__ is Unknown


def unknown_enums(obj: Any, path: str) -> Iterator[tuple[str, OpenEnum]]:
    """(path, member) for every enum member in ``obj`` that the spec does not declare."""
    if isinstance(obj, OpenEnum):
        if not obj.is_known:
            yield path, obj
    elif isinstance(obj, Model):
        for f in fields_of(type(obj)):
            if f.hint is not Timestamp:  # (a timestamp member's text is not read here)
                yield from unknown_enums(getattr(obj, f.attr), f"{path}/{f.wire}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield from unknown_enums(item, f"{path}[{i}]")


def strict_enums(obj: Any, root: str) -> None:
    for path, member in unknown_enums(obj, root):
        raise DecodeError(f"{type(member).__name__} has no member {member.value!r} (strict mode)", path)
