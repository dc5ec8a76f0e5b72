"""Deterministic synthetic values for any type of the spec: what the mock server answers for an operation
without an override of its own (see ``_mockops``).

Everything is read from the generated models and tables at run time (field hints, the constraints,
``DISCRIMINATORS``), so an operation added to spec/ is served without code of its own. A value depends only
on the seed and a key (the operation and its arguments): the same request gets the same answer, byte for
byte, and the client's validation accepts every answer (lengths within their limits, required members
present, integers within their .NET range, decimals .NET can hold, known enum members).
"""

from __future__ import annotations

import datetime as dt
import decimal
import random
import types
import typing
import uuid
from typing import Any, Union

from ._api.polymorphism import DISCRIMINATORS
from ._codec import fields_of
from ._scalars import INT_RANGES, Duration
from ._schema import Operation
from ._types import Model, OpenEnum, Timestamp, UnsetType
from ._validation import rules

__all__ = ["EPOCH", "Synth", "fetched_id", "stockholm"]

#: the mock's "now": generated times fall in the year before it
EPOCH = dt.datetime(2025, 11, 1, 12, 0, 0)
_OFFSET = {False: dt.timedelta(hours=1), True: dt.timedelta(hours=2)}
_WORDS = (
    "Storgatan", "Åsögatan", "Linnéa", "Öberg", "Malmö", "Göteborg", "Västerås", "Sjögren", "Björn",
    "Märta", "villa", "bostadsrätt", "tomt", "fritidshus", "visning", "budgivning", "värdering", "Söder",
)  # fmt: skip
#: how deep models nest before optional members are left empty (recursive types end there)
MAX_DEPTH = 5
_INT32 = INT_RANGES["int"]


def stockholm(naive: dt.datetime, tick: int = 0) -> Timestamp:
    """A Stockholm wall-clock time as .NET writes it (DateTimeKind.Local: with the local offset)."""
    tz = dt.timezone(_OFFSET[is_dst(naive)])
    return Timestamp.from_datetime(naive.replace(tzinfo=tz), tick)


def is_dst(naive: dt.datetime) -> bool:
    """EU summer time: last Sunday of March 02:00 to last Sunday of October 03:00 (local)."""

    def last_sunday(month: int) -> dt.datetime:
        d = dt.datetime(naive.year, month, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)

    return last_sunday(3).replace(hour=2) <= naive < last_sunday(10).replace(hour=3)


def _limits(cls: type) -> dict[str, tuple[bool, int | None]]:
    """attr -> (required, max_length) from the documented constraints of ``cls`` and its bases."""
    out: dict[str, tuple[bool, int | None]] = {}
    for base in reversed(cls.__mro__):
        for rule in rules(base):
            out[rule.attr] = (rule.required, rule.max_length)
    return out


class Synth:
    """Values for types, from ``random.Random(f"{seed}/{key}")``: same seed and key, same value."""

    def __init__(self, seed: int | str = 2025, epoch: dt.datetime = EPOCH) -> None:
        self.seed = seed
        self.epoch = epoch

    def value(self, tp: Any, key: str) -> Any:
        """A value of ``tp`` (a model class, ``list[...]``, a scalar type, or None for no content)."""
        if tp is None:
            return None
        rnd = random.Random(f"{self.seed}/{key}")  # noqa: S311 - reproducible, not secret
        return self._value(tp, rnd, 0, "id", None)

    def arguments(self, op: Operation, customer_id: str) -> dict[str, Any]:
        """Arguments for every parameter of ``op`` (by Python name, and the body by its name) that the mock
        accepts: the customer it serves, ids it knows, a list of two ids, a date range within the limit."""
        rnd = random.Random(f"{self.seed}/arguments/{op.operation_id}")  # noqa: S311 - reproducible, not secret
        args: dict[str, Any] = {}
        for p in op.params:
            if p.name.rpartition(".")[2].lower() == "customerid":
                args[p.python_name] = customer_id
            elif p.separator:
                args[p.python_name] = [self.text(rnd, p.name), self.text(rnd, p.name)]
            elif p.kind in ("string", "enum", "boolean", "datetime", "guid", "int", "double"):
                hint = {"string": str, "boolean": bool, "datetime": dt.datetime, "guid": uuid.UUID, "int": int,
                        "double": float, "enum": p.enum}[p.kind]  # fmt: skip
                args[p.python_name] = self._value(hint, rnd, 0, p.name, None) if hint is not None else None
        _calendar_sense(op, args, rnd)
        if op.max_date_range is not None:
            start, end, months = op.max_date_range
            names = {p.name: p.python_name for p in op.params}
            args[names[end]] = self.epoch
            args[names[start]] = self.epoch - dt.timedelta(days=28 * months)
        if op.body is not None:
            args[op.body_name or "body"] = self.value(op.body, f"{op.operation_id}/body")
        return args

    @staticmethod
    def echo(value: Any, args: dict[str, Any]) -> Any:
        """``value`` with each member named like an argument (``id``, ``estateId``, ``customerId``...) set to
        that argument, where its type and length limit allow: a GET of ``B1`` answers the model of ``B1``."""
        if not isinstance(value, Model):
            return value
        limits = _limits(type(value))
        by_wire = {name.rpartition(".")[2].lower(): arg for name, arg in args.items()}
        for f in fields_of(type(value)):
            arg = by_wire.get(f.wire.lower())
            limit = limits.get(f.attr, (False, None))[1]
            if isinstance(arg, str) and f.hint is str and (limit is None or len(arg) <= limit):
                setattr(value, f.attr, arg)
            elif isinstance(arg, uuid.UUID) and f.hint is uuid.UUID:
                setattr(value, f.attr, arg)
        return value

    def text(self, rnd: random.Random, name: str = "", limit: int | None = None) -> str:
        if name.lower().endswith("id") or name.lower().endswith("ids"):
            text = f"{name[:3].upper() or 'ID'}{rnd.randrange(10_000, 99_999)}"
        elif "mail" in name.lower():
            text = f"{rnd.choice(_WORDS).lower()}{rnd.randrange(100)}@example.se"
        else:
            text = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randrange(1, 4)))
        return text[:limit] if limit is not None else text

    def timestamp(self, rnd: random.Random, days_back: float = 365.0) -> Timestamp:
        naive = self.epoch - dt.timedelta(days=rnd.uniform(0, days_back))
        return stockholm(naive.replace(microsecond=rnd.randrange(10**6)), rnd.randrange(10))

    def _value(self, tp: Any, rnd: random.Random, depth: int, name: str, limit: int | None) -> Any:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            base, *meta = typing.get_args(tp)
            lows = [m.ge for m in meta if getattr(m, "ge", None) is not None]
            highs = [m.le for m in meta if getattr(m, "le", None) is not None]
            if base is int:
                return self._int(rnd, max(lows, default=_INT32[0]), min(highs, default=_INT32[1]))
            return self._value(base, rnd, depth, name, limit)
        if origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a not in (type(None), UnsetType)]
            return self._value(args[0], rnd, depth, name, limit) if args else None
        if origin is list:
            (item,) = typing.get_args(tp)
            count = rnd.randrange(1, 4) if depth < MAX_DEPTH - 1 else 0
            return [self._value(item, rnd, depth + 1, name, limit) for _ in range(count)]
        if origin is dict:
            return {f"nyckel{i}": (None if i == 2 else self.text(rnd)) for i in range(rnd.randrange(0, 4))}
        if isinstance(tp, type) and issubclass(tp, Model):
            return self._model(tp, rnd, depth)
        if isinstance(tp, type) and issubclass(tp, OpenEnum):
            return rnd.choice(list(tp))
        return self._scalar(tp, rnd, name, limit)

    def _scalar(self, tp: Any, rnd: random.Random, name: str, limit: int | None) -> Any:
        if tp is str:
            return self.text(rnd, name, limit)
        if tp is bool:
            return rnd.random() < 0.5
        if tp is int:
            return self._int(rnd, *_INT32)
        if tp is float:
            return round(rnd.uniform(-1000, 250_000), rnd.randrange(0, 4))
        if tp is decimal.Decimal:
            return decimal.Decimal(rnd.randrange(-(10**9), 10**9)).scaleb(-rnd.randrange(0, 5))
        if tp is uuid.UUID:
            return uuid.UUID(int=rnd.getrandbits(128), version=4)
        if tp is bytes:
            return bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(1, 24)))
        if isinstance(tp, type) and issubclass(tp, dt.timedelta):
            return Duration(seconds=rnd.randrange(0, 3 * 86_400), microseconds=rnd.randrange(0, 10**6, 1000))
        if tp is dt.datetime:  # a parameter: a Stockholm date and time, as a query string has it
            return self.epoch - dt.timedelta(days=rnd.randrange(365), minutes=rnd.randrange(1440))
        if isinstance(tp, type) and issubclass(tp, dt.datetime):
            return self.timestamp(rnd)
        raise TypeError(f"the mock cannot make up a value of {tp!r}")

    @staticmethod
    def _int(rnd: random.Random, low: int, high: int) -> int:
        if high - low <= 1000:
            return rnd.randint(low, high)
        edges = (low, high, 2**53 + 1) if high > 2**53 else ()
        if edges and rnd.random() < 0.2:
            return int(rnd.choice(edges))
        return rnd.randint(max(low, -1000), min(high, 1_000_000))

    def _model(self, cls: type, rnd: random.Random, depth: int) -> Any:
        disc = DISCRIMINATORS.get(cls)
        chosen, tag = cls, None
        if disc is not None and disc.subtypes:
            tag = rnd.choice(sorted(disc.subtypes))
            chosen = disc.subtypes[tag]
        elif cls in _TAGS:  # a subtype asked for by name: its discriminator names it, not a sibling
            disc, tag = _TAGS[cls]
        limits = _limits(chosen)
        values: dict[str, Any] = {}
        for f in fields_of(chosen):
            required, limit = limits.get(f.attr, (False, None))
            if disc is not None and f.wire == disc.property:
                values[f.attr] = self._tag(f.hint, tag)
            elif f.nullable and not required and (depth >= MAX_DEPTH or rnd.random() < 0.15):
                values[f.attr] = None
            else:
                values[f.attr] = self._value(f.hint, rnd, depth + 1, f.wire, limit)
        return chosen(**values)

    @staticmethod
    def _tag(hint: Any, tag: str | None) -> Any:
        if isinstance(hint, type) and issubclass(hint, OpenEnum):
            return hint(tag)
        return tag


def fetched_id(op: Operation, args: dict[str, Any]) -> Any:
    """The id a GET of one thing asks for: the argument of its path's last segment when that is an id
    (``/CRM/Contact/{customerId}/Person/{contactId}``), else None."""
    last = op.path.rstrip("/").rpartition("/")[2]
    if op.method != "GET" or not (last.startswith("{") and last.lower().endswith("id}")):
        return None
    name = last[1:-1]
    return None if name.lower() == "customerid" else args.get(name)


#: subtype -> (its base's discriminator, the value that names it), for a subtype a response declares itself
_TAGS: dict[Any, tuple[Any, str]] = {sub: (d, tag) for d in DISCRIMINATORS.values() for tag, sub in d.subtypes.items()}


#: integer arguments named for a part of the calendar, and the values that read as one
_CALENDAR = {"year": (2020, 2026), "month": (1, 12), "day": (1, 28), "week": (1, 52)}


def _calendar_sense(op: Operation, args: dict[str, Any], rnd: random.Random) -> None:
    """Arguments that read as a date would be read: a ``year`` or ``month`` within the calendar, and a range's
    ``...From`` before its ``...To`` (a later pair, as a window's, is set after this)."""
    for p in op.params:
        if p.kind == "int" and p.python_name in args:
            bounds = _CALENDAR.get(p.name.rpartition(".")[2].lower())
            if bounds is not None:
                args[p.python_name] = rnd.randint(*bounds)
    by_wire = {p.name.lower(): p.python_name for p in op.params if p.kind == "datetime"}
    for wire, start in by_wire.items():
        if wire.endswith("from"):
            end = by_wire.get(wire[: -len("from")] + "to")
            if end is not None and args.get(start) is not None and args.get(end) is not None:
                if args[start] > args[end]:
                    args[start], args[end] = args[end], args[start]
