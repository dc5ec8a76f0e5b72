"""What the JSON and XML codecs share: resolving the target type, type hints of models, the unknown
content kept on decoded objects, and the strict-mode walk for enum members the spec does not know."""

from __future__ import annotations

import builtins
import functools
import operator
import sys
import types
import typing
from collections.abc import Iterator
from typing import Any, NamedTuple, Union

from ._types import TIMESTAMP_TEXT, UNKNOWN_FIELD, Int32, Model, OpenEnum, Timestamp, Unknown, UnsetType
from .errors import DecodeError


class Target(NamedTuple):
    kind: str  # "model" | "list" | "str"
    cls: Any  # model class (for "model" and "list")


_TARGETS: dict[Any, Target] = {}


def resolve_target(tp: Any) -> Target:
    """``Model subclass`` / ``list[Model]`` / ``str`` -> a Target; anything else is a TypeError."""
    try:
        return _TARGETS[tp]  # (every call of an operation asks: worked out once per type, not per call)
    except (KeyError, TypeError):  # (not yet, or not hashable: then not a type)
        target = _resolve_target(tp)
    _TARGETS[tp] = target
    return target


def _resolve_target(tp: Any) -> Target:
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
    hint: Any  # the annotation without None / UnsetType: an Int32 is ``int``, other integer kinds keep their range
    nullable: bool


@functools.cache
def fields_of(cls: type) -> tuple[Field, ...]:
    """The fields of a model with their annotations resolved (``X | None | UnsetType`` -> ``X``)."""
    hints = hints_of(cls)
    out = []
    for name, wire in zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True):  # type: ignore[attr-defined]
        if name == UNKNOWN_FIELD:
            continue
        hint = hints[name]
        nullable = False
        if typing.get_origin(hint) in (Union, types.UnionType):
            args = [a for a in typing.get_args(hint) if a is not UnsetType]
            nullable = type(None) in args
            args = [a for a in args if a is not type(None)]
            hint = args[0] if len(args) == 1 else Union[tuple(args)]  # noqa: UP007
        hint = _ranged_or_plain(hint)
        out.append(Field(name, wire, hint, nullable))
    return tuple(out)


# ---------------------------------------------------------------------------------------------------
# Annotations, resolved without typing's evaluator
#
# Generated modules postpone their annotations (text such as "list[IncomingLead | None] | None |
# UnsetType"). typing and msgspec evaluate such text by compiling it, once per field and per caller:
# that was most of what the first call of an operation cost. The generator writes few shapes (names,
# dotted names, ``X | Y``, ``list[X]``, ``dict[K, V]``); they are read here by splitting the text, each
# distinct text once per module, and anything else is evaluated as Python would. The objects replace
# the text in the class's ``__annotations__``, so msgspec, building its decoder next, evaluates nothing.

_HINTS: dict[type, dict[str, Any]] = {}
_TEXTS: dict[str, dict[str, Any]] = {}  # module -> annotation text -> object


def hints_of(cls: type) -> dict[str, Any]:
    """Every annotation of ``cls`` and its bases, resolved (a subclass's own first)."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = {}
        for base in cls.__mro__:
            ann = vars(base).get("__annotations__")  # (the class's own dict: updated in place)
            if not ann:
                continue
            module = sys.modules[base.__module__]
            texts = _TEXTS.setdefault(base.__module__, {})
            for name, value in ann.items():
                if value.__class__ is str:
                    hint = texts.get(value)
                    if hint is None:
                        hint = texts[value] = _evaluate(value, vars(module))
                    ann[name] = value = hint
                hints.setdefault(name, value)
        _HINTS[cls] = hints
    return hints


class Reach(NamedTuple):
    models: frozenset[type]  # the model classes the annotations lead to, at any depth
    leaves: frozenset[Any]  # every other class they name (str, int, Decimal, an enum...)


@functools.cache
def reach(cls: type) -> Reach:
    """What the annotations of model class ``cls`` lead to (its own class only if a member leads back),
    resolving every annotation on the way. One walk per class serves every question a codec asks of the
    graph below a type (``json``'s subtypes and number kinds) and readies it for msgspec."""
    models: set[type] = set()
    leaves: set[Any] = set()
    todo = list(hints_of(cls).values())
    while todo:
        t = todo.pop()
        if isinstance(t, type) and not isinstance(t, types.GenericAlias):  # (3.10: list[X] is a type)
            if not issubclass(t, Model):
                leaves.add(t)
            elif t not in models:
                models.add(t)
                todo.extend(hints_of(t).values())
        else:  # X | Y, list[X], dict[K, V], Annotated[X, ...] (its metadata is not a type), None
            todo.extend(getattr(t, "__args__", ()))
    return Reach(frozenset(models), frozenset(leaves))


def resolve_graph(tp: Any) -> None:
    """Resolve the annotations of every model reachable from ``tp`` (before msgspec builds a decoder)."""
    if isinstance(tp, type) and not isinstance(tp, types.GenericAlias):
        if issubclass(tp, Model):
            reach(tp)
    else:
        for arg in getattr(tp, "__args__", ()):
            resolve_graph(arg)


_SIMPLE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.|[], ")
_GENERIC: dict[str, Any] = {"list": list, "dict": dict}


def _evaluate(text: str, namespace: dict[str, Any]) -> Any:
    if not _SIMPLE.issuperset(text):
        return _python(text, namespace)
    try:
        return _read(text, namespace)
    except (KeyError, AttributeError, ValueError, TypeError):
        return _python(text, namespace)  # (anything unusual: Python says what, or reads it)


def _read(text: str, namespace: dict[str, Any]) -> Any:
    parts = _split(text, "|")
    if len(parts) > 1:
        return functools.reduce(operator.or_, (_read(p, namespace) for p in parts))
    text = text.strip()
    if text.endswith("]"):
        head, _, inner = text[:-1].partition("[")
        args = tuple(_read(a, namespace) for a in _split(inner, ","))
        return _GENERIC[head.strip()][args if len(args) > 1 else args[0]]
    if text == "None":
        return None
    first, *rest = text.split(".")
    value = namespace[first] if first in namespace else getattr(builtins, first)
    for attr in rest:
        value = getattr(value, attr)
    return value


def _split(text: str, sep: str) -> list[str]:
    """``text`` split at each ``sep`` outside brackets."""
    if "[" not in text:
        return text.split(sep)
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == sep and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


def _python(text: str, namespace: dict[str, Any]) -> Any:
    value = eval(text, namespace)  # noqa: S307  # (an annotation the generator wrote, in its own module)
    return type(None) if value is None else value


#: An Int32 (and a list of them) as the codecs see it: ``int`` is .NET's Int32 wherever they read a type.
_PLAIN_INT32: dict[Any, Any] = {Int32: int, list[Int32]: list[int], list[Int32 | None]: list[int | None]}


def _ranged_or_plain(hint: Any) -> Any:
    """An Int32 as ``int``; ``Annotated[int, Meta(ge, le)]`` of another integer kind (``Int64``, ``Int16``,
    ``Byte``) as it is; a timestamp member's text (``LazyTimestamp``) as ``Timestamp``; any other
    ``Annotated[X, ...]`` as ``X``."""
    if typing.get_origin(hint) is not typing.Annotated:
        return _PLAIN_INT32.get(hint, hint) if typing.get_origin(hint) is list else hint
    if hint == Int32:
        return int
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
