"""The JSON floor: plain msgspec Structs of the API's shapes, decoded and encoded by msgspec alone.

What a hand-written msgspec client would use, derived here from the generated models so that it follows
spec/ by itself: the same wire names, ``X | None = None`` members (required ones stay required),
``datetime`` timestamps (msgspec's own parser: microseconds, the 7th digit rounded away), plain ``str``
enums, polymorphic types (``CrmContact``) as a msgspec tagged union on their discriminator. No
unknown-member keeping, no ``UNSET``, no 100 ns ticks: the cheapest faithful-enough decode, which ours is
measured against.
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import datetime
from typing import Any, Union

import msgspec
from vitec_connect import models
from vitec_connect._api.polymorphism import DISCRIMINATORS
from vitec_connect._types import TIMESTAMP_TEXT, UNKNOWN_FIELD, Model, OpenEnum, Timestamp

__all__ = [
    "CONTACT",
    "CONTACT_LEADS",
    "INCOMING_LEAD",
    "REPORT",
    "decoder",
    "encoder",
    "plain",
]

_PLAIN: dict[object, Any] = {}


def plain(hint: Any) -> Any:
    """The floor's type for a generated model's type hint (a class, a list, an optional)."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [plain(a) for a in typing.get_args(hint) if a is not msgspec.UnsetType]
        return Union[tuple(args)] if len(args) > 1 else args[0]  # noqa: UP007
    if origin is list:
        return list[plain(typing.get_args(hint)[0])]  # type: ignore[misc]
    if origin is typing.Annotated:  # a timestamp member (LazyTimestamp), or a ranged integer
        base, *meta = typing.get_args(hint)
        return datetime if TIMESTAMP_TEXT in meta else plain(base)
    if hint is Timestamp:
        return datetime
    if isinstance(hint, type) and issubclass(hint, OpenEnum):
        return _cached(hint, lambda: enum.Enum(hint.__name__, {m.name: m.value for m in hint}, type=str))
    if isinstance(hint, type) and issubclass(hint, Model):
        if hint in DISCRIMINATORS:
            return Union[tuple(_struct(sub) for sub in DISCRIMINATORS[hint].subtypes.values())]  # noqa: UP007
        return _struct(hint)
    return hint  # str, int, bool, named strings (str aliases)


def _cached(key: object, build: typing.Callable[[], Any]) -> Any:
    if key not in _PLAIN:
        _PLAIN[key] = build()
    return _PLAIN[key]


def _struct(cls: type) -> Any:
    """A plain Struct for one model class: its own members, its base's as a msgspec base class."""
    if cls in _PLAIN:
        return _PLAIN[cls]
    base = next((b for b in cls.__mro__[1:] if issubclass(b, Model) and b is not Model), None)
    disc = DISCRIMINATORS.get(cls)
    options: dict[str, Any] = {"kw_only": True, "omit_defaults": False}
    if base is not None:
        base_disc = DISCRIMINATORS.get(base)
        tag = next(v for v, sub in base_disc.subtypes.items() if sub is cls) if base_disc else None
        options.update(bases=(_struct(base),), tag=tag)
    elif disc is not None:
        options["tag_field"] = disc.property
    inherited = {f.name for f in msgspec.structs.fields(base)} if base is not None else set()
    hints = typing.get_type_hints(cls, include_extras=True)
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    rename = {}
    for f in msgspec.structs.fields(cls):
        if f.name in inherited or f.name == UNKNOWN_FIELD or (disc is not None and f.encode_name == disc.property):
            continue  # the base's, the unknown content's, or the tag
        rename[f.name] = f.encode_name
        hint = plain(hints[f.name])
        fields.append((f.name, hint) if f.required else (f.name, hint | None, None))
    _PLAIN[cls] = msgspec.defstruct(cls.__name__, fields, rename=rename, **options)
    return _PLAIN[cls]


REPORT = plain(models.TipsAndLeadsReport)
CONTACT = plain(models.CrmContact)
CONTACT_LEADS: Any = list[plain(models.CrmContactLead)]  # type: ignore[misc]
INCOMING_LEAD = plain(models.IncomingLead)

_DECODERS: dict[object, msgspec.json.Decoder[object]] = {}
_ENCODER = msgspec.json.Encoder()


def decoder(tp: object) -> msgspec.json.Decoder[object]:
    """A cached ``msgspec.json.Decoder`` for one of the plain types above."""
    dec = _DECODERS.get(tp)
    if dec is None:
        dec = _DECODERS[tp] = msgspec.json.Decoder(tp)
    return dec


def encoder() -> msgspec.json.Encoder:
    return _ENCODER
