"""Random, fully populated model instances for the .NET interop tests, driven by spec/.

Every member is set, to a value or to ``None`` where the spec allows it, never ``UNSET``: .NET writes
every member, so only a fully populated instance can come back from .NET byte for byte.

Each instance comes from its own ``random.Random(seed)``, so one failing case is reproduced alone with
``Generator(Random(seed), ...).root(case)``. The generator records what it produced (``coverage``) so a
test can check that a batch holds every edge case the suite promises (see ``required_edges``).

Timestamps come in the three forms .NET writes:

- with an offset (``DateTimeKind.Local``): .NET converts to the machine's zone on reading and writes the
  local offset back, so the offset is always Europe/Stockholm's for that instant (the harness runs with
  ``TZ=Europe/Stockholm``). Years 1900..2199: before 1900 Stockholm's offset was not whole minutes.
  Around DST changes: the last tick before and the first tick after each change, and both readings of
  an ambiguous autumn wall time (``02:30+02:00`` and ``02:30+01:00``), which .NET keeps apart;
- ``Z`` (``DateTimeKind.Utc``): any instant in 0001..9999, including ``DateTime.MinValue``/``MaxValue``;
- no offset (``DateTimeKind.Unspecified``): any wall time, also one the spring change skips
  (``2024-03-31T02:30:00`` does not exist in Stockholm) and one the autumn change repeats.

A time with an offset other than Stockholm's (``+00:00``, ``+05:30``) does not survive .NET: it comes
back converted to Stockholm time; that is .NET's behaviour, not a codec question, so none is generated.
"""

from __future__ import annotations

import dataclasses
import decimal
import functools
import importlib
import math
import pathlib
import random
import struct
import typing
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import msgspec
from vitec_connect._types import Timestamp, format_timestamp, parse_timestamp

from codegen.spec import Member, OpenApiSpec, TypeDef, load


def _is_class(tp: object) -> bool:
    """A class, not a parametrised generic (``isinstance(list[X], type)`` is True on Python 3.10)."""
    return isinstance(tp, type) and typing.get_origin(tp) is None



@functools.cache
def stockholm_zone() -> ZoneInfo:
    """Europe/Stockholm (``zoneinfo.ZoneInfoNotFoundError`` without a time zone database)."""
    return ZoneInfo("Europe/Stockholm")


INT_MIN, INT_MAX = -(2**31), 2**31 - 1

SPEC_DIR = pathlib.Path(__file__).resolve().parents[2] / "spec"

#: Strings chosen for what can go wrong in XML or JSON text. None holds a carriage return or a control
#: character: those are in ``JSON_ONLY_STRINGS`` (.NET's XML writer turns "\r" into "\n").
SPECIAL_STRINGS = (
    "",
    " ",
    "  ",
    "\n",
    "\t",
    "a\nb",
    "\n\nleading and trailing blank lines\n\n",
    "  padded  ",
    "åäö",
    "ÅÄÖ",
    "Ångström Östersund Älvsjö",
    "😀",
    "👨‍👩‍👧‍👦",
    "𝄞 music",
    "<",
    ">",
    "&",
    "]]>",
    "<![CDATA[x]]>",
    "&amp;",
    "&#xD;",
    "&lt;not a tag&gt;",
    "</Id>",
    "\"quoted\" and 'single'",
    "\\back\\slash/",
    "i:nil",
    "null",
    "true",
    "0",
    "-2147483648",
    "2024-05-02T22:39:39.8550532+02:00",
    "\u00a0non-breaking\u00a0space",
    "\u2028line separator\u2029",
    "\u0085next line",
    "\ufeffbom",
    "\ufffd replacement",
    "\ue000 private use",
    "\U0010fffd",
    "\u200b zero width",
    "ß ﬁ Ω ≈ € ₿",
    "中文 日本語 한국어",
    "עברית العربية",
)
JSON_ONLY_STRINGS = ("\r", "\r\n", "a\rb", "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\x7f", "nul\x00in")
_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 åäöÅÄÖéüñ-_.,;:!?@#%*()[]{}/\\'\"<>&\n\t€😀"

SPECIAL_INTS = (INT_MIN, INT_MAX, 0, -1, 1, INT_MIN + 1, INT_MAX - 1)

#: Timestamp shapes, recorded in ``coverage`` as ("timestamp", shape).
TIMESTAMP_SHAPES = (
    "local",
    "local-tick",
    "local-dst-start",
    "local-dst-end-first",
    "local-dst-end-second",
    "utc",
    "utc-tick",
    "utc-min",
    "utc-max",
    "naive",
    "naive-tick",
    "naive-min",
    "naive-max",
    "naive-nonexistent",
    "naive-ambiguous",
)


@functools.cache
def spec_api() -> OpenApiSpec:
    return load(SPEC_DIR).openapi


def model_class(component: str) -> Any:
    module, name = component.split(".")
    return getattr(importlib.import_module(f"vitec_connect.models.{module}"), name)


@functools.cache
def _components() -> dict[Any, str]:
    api = spec_api()
    return {model_class(c): c for c, t in api.types.items() if t.kind == "object"}


def component_of(cls: type) -> str:
    """The spec component of a model class (some live in ``models._internal``, re-exported)."""
    return _components()[cls]


@functools.cache
def attrs_of(cls: type) -> dict[str, str]:
    """JSON name -> attribute name."""
    return {f.encode_name: f.name for f in msgspec.structs.fields(cls)}


# ---------------------------------------------------------------------------------------------------
# Timestamps


def _text(wall: datetime, hundred_ns: int, suffix: str) -> str:
    w = wall
    return f"{w.year:04d}-{w.month:02d}-{w.day:02d}T{w:%H:%M:%S}.{w.microsecond:06d}{hundred_ns}{suffix}"


def stockholm(instant: datetime, tick: int = 0) -> Timestamp:
    """``instant`` (aware) as Stockholm wall time with Stockholm's offset, plus ``tick`` x 100 ns."""
    local = instant.astimezone(stockholm_zone())
    minutes = int(local.utcoffset().total_seconds()) // 60  # type: ignore[union-attr]
    sign = "-" if minutes < 0 else "+"
    return parse_timestamp(_text(local, tick, f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"))


def utc(instant: datetime, tick: int = 0) -> Timestamp:
    return parse_timestamp(_text(instant.astimezone(timezone.utc), tick, "Z"))


def naive(wall: datetime, tick: int = 0) -> Timestamp:
    return parse_timestamp(_text(wall.replace(tzinfo=None), tick, ""))


@functools.cache
def dst_changes(year: int) -> tuple[datetime, ...]:
    """The UTC instants at which Stockholm's offset changes in ``year`` (exact to the second)."""
    out = []
    start = datetime(year, 1, 1, tzinfo=timezone.utc)
    step = timedelta(days=1)
    t = start
    while t.year == year:
        nxt = t + step
        if t.astimezone(stockholm_zone()).utcoffset() != nxt.astimezone(stockholm_zone()).utcoffset():
            lo, hi = t, nxt  # offset(lo) != offset(hi): bisect to the first second of the new offset
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid.astimezone(stockholm_zone()).utcoffset() == lo.astimezone(stockholm_zone()).utcoffset():
                    lo = mid
                else:
                    hi = mid
            out.append(hi)
        t = nxt
    return tuple(out)


#: Years with summer time in Stockholm that the DST cases draw from (before 1980 only 1916).
DST_YEARS = (1916, 1980, 1995, 1996, 2000, 2024, 2025, 2037, 2038, 2099, 2150)


# ---------------------------------------------------------------------------------------------------
# The generator


@dataclasses.dataclass
class Generator:
    """Random values for spec members. ``xml_safe``: no carriage returns or control characters
    (XML 1.0 cannot hold most of them, and .NET's XML writer turns "\\r" into "\\n").
    ``free_discriminator``: a polymorphic type's discriminator member (``CrmContact.type``) may name any
    subtype or none, whatever the instance's class (in XML ``i:type`` decides; in JSON the member does).
    """

    rng: random.Random
    xml_safe: bool = True
    free_discriminator: bool = False
    coverage: set[tuple[Any, ...]] = dataclasses.field(default_factory=set)
    nil_rate: float = 0.15
    api: OpenApiSpec | None = None  #: the spec the instances are made for (default: spec/)
    package: str = "vitec_connect"  #: the package whose models they are instances of

    def _spec(self) -> OpenApiSpec:
        return self.api or spec_api()

    def _class(self, component: str) -> Any:
        if self.api is None:
            return model_class(component)
        module, name = component.split(".")
        return getattr(importlib.import_module(f"{self.package}.models.{module}"), name)

    def _component_of(self, cls: type) -> str:
        if self.api is None:
            return component_of(cls)
        return next(c for c, t in self.api.types.items() if t.kind == "object" and self._class(c) is cls)

    # -- scalars

    def string(self) -> str:
        r = self.rng
        pool = SPECIAL_STRINGS if self.xml_safe else SPECIAL_STRINGS + JSON_ONLY_STRINGS
        pick = r.random()
        if pick < 0.45:
            s = r.choice(pool)
            self.coverage.add(("string", s))
            return s
        if pick < 0.7:
            parts = [r.choice(pool) for _ in range(r.randint(2, 4))]
            for s in parts:
                self.coverage.add(("string", s))
            return "".join(parts)
        n = r.choice((1, 2, 5, 10, 30, 60, 120))
        return "".join(r.choice(_ALPHABET) for _ in range(n))

    def boolean(self) -> bool:
        b = self.rng.random() < 0.5
        self.coverage.add(("boolean", b))
        return b

    def integer(self) -> int:
        r = self.rng
        if r.random() < 0.5:
            n = r.choice(SPECIAL_INTS)
            self.coverage.add(("int", n))
            return n
        return r.choice((r.randint(-1000, 1000), r.randint(INT_MIN, INT_MAX)))

    def _fraction(self, *, tick: bool) -> tuple[int, int]:
        """(microsecond, tick): sometimes none, sometimes a few digits, often all seven."""
        r = self.rng
        if tick:
            return r.choice((0, r.randint(0, 999_999))), r.randint(1, 9)
        digits = r.choice((0, 1, 3, 6))
        micro = r.randint(0, 10**digits - 1) * 10 ** (6 - digits) if digits else 0
        return micro, 0

    def timestamp(self) -> Timestamp:
        r = self.rng
        shape = r.choice(TIMESTAMP_SHAPES)
        self.coverage.add(("timestamp", shape))
        micro, tick = self._fraction(tick=shape.endswith("-tick") or r.random() < 0.3)
        if shape in ("local", "local-tick"):
            lo = datetime(1900, 1, 2, tzinfo=timezone.utc)
            span = int((datetime(2199, 12, 31, tzinfo=timezone.utc) - lo).total_seconds())
            instant = lo + timedelta(seconds=r.randint(0, span))
            return stockholm(instant.replace(microsecond=micro), tick)
        if shape.startswith("local-dst"):
            spring, autumn = dst_changes(r.choice(DST_YEARS))
            if shape == "local-dst-start":  # +01:00 -> +02:00: the wall clock skips 02:00..03:00
                change, deltas = spring, (-1800, -1, 0, 1, 1800)
            elif shape == "local-dst-end-first":  # +02:00 -> +01:00: 02:xx+02:00, the first time round
                change, deltas = autumn, (-3600, -1800, -60, -1)
            else:  # 02:xx+01:00, the second time round
                change, deltas = autumn, (0, 1, 1800, 3599)
            if shape != "local-dst-end-second" and r.random() < 0.25:
                return stockholm(change - timedelta(microseconds=1), 9)  # the last tick before the change
            instant = change + timedelta(seconds=r.choice(deltas))
            return stockholm(instant.replace(microsecond=micro), tick)
        if shape in ("utc", "utc-tick"):
            instant = datetime(1, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=r.randint(0, 315_537_897_599))
            return utc(instant.replace(microsecond=micro), tick)
        if shape == "utc-min":
            return parse_timestamp("0001-01-01T00:00:00Z")
        if shape == "utc-max":
            return parse_timestamp("9999-12-31T23:59:59.9999999Z")
        if shape in ("naive", "naive-tick"):
            wall = datetime(1, 1, 1) + timedelta(seconds=r.randint(0, 315_537_897_599))
            return naive(wall.replace(microsecond=micro), tick)
        if shape == "naive-min":
            return parse_timestamp("0001-01-01T00:00:00")
        if shape == "naive-max":
            return parse_timestamp("9999-12-31T23:59:59.9999999")
        year = r.choice(DST_YEARS)
        change = dst_changes(year)[0 if shape == "naive-nonexistent" else 1]
        wall = change.astimezone(stockholm_zone()).replace(tzinfo=None)  # the wall clock just after the change
        if shape == "naive-nonexistent":
            wall -= timedelta(hours=1)  # inside the hour the spring change skips
        wall += timedelta(minutes=r.randint(0, 59), seconds=r.randint(0, 59))
        return naive(wall.replace(microsecond=micro), tick)

    # -- members and models

    def member(self, owner: str, m: Member, depth: int) -> Any:
        if m.nullable and (self.rng.random() < self.nil_rate or depth > 6):
            self.coverage.add(("nil", owner, m.json_name))
            return None
        kind = m.kind
        if kind == "list":
            return self.list(owner, m, depth)
        return self.scalar_or_model(kind, m.ref, depth)

    def scalar_or_model(self, kind: str, ref: str | None, depth: int) -> Any:
        if kind == "string":
            return self.string()
        if kind == "boolean":
            return self.boolean()
        if kind == "int":
            return self.integer()
        if kind == "datetime":
            if self.api is not None:  # the package's own Timestamp (its codecs know their class only)
                return importlib.import_module(f"{self.package}._types").parse_timestamp(
                    format_timestamp(self.timestamp())
                )
            return self.timestamp()
        if kind in _KINDS:
            return _KINDS[kind](self)
        if kind == "map":
            r = self.rng
            return {
                self.string() + str(i): (None if r.random() < 0.2 else self.string()) for i in range(r.randint(0, 3))
            }
        if kind == "enum":
            assert ref is not None
            cls = self._class(ref)
            value = self.rng.choice(list(cls))
            self.coverage.add(("enum", ref, value.value))
            return value
        if kind == "object":
            assert ref is not None
            return self.model(ref, depth + 1)
        raise NotImplementedError(kind)

    def list(self, owner: str, m: Member, depth: int) -> list[Any]:
        r = self.rng
        n = r.choice((0, 0, 1, 1, 2, 3, 5))
        if n == 0:
            self.coverage.add(("empty-list", owner, m.json_name))
        out: list[Any] = []
        for _ in range(n):
            if m.item_kind == "object" and r.random() < 0.05:
                # The spec's item types are not nullable, but .NET's List<T> can hold null and writes it.
                self.coverage.add(("nil-item", owner, m.json_name))
                out.append(None)
            else:
                out.append(self.scalar_or_model(m.item_kind or "string", m.ref, depth))
        return out

    def model(self, component: str, depth: int = 0, cls: type | None = None) -> Any:
        """An instance of ``component`` (or of its subclass ``cls``) with every member set."""
        api = self._spec()
        cls = cls or self._class(component)
        actual = self._component_of(cls)
        attrs = attrs_of(cls)
        chain = [actual]
        while api.type(chain[-1]).base:
            chain.append(api.type(chain[-1]).base)  # type: ignore[arg-type]
        root_type = api.type(chain[-1])
        discriminator = root_type.discriminator
        kwargs: dict[str, Any] = {}
        for owner in reversed(chain):
            for m in api.type(owner).members:
                if owner == root_type.component and m.json_name == discriminator:
                    kwargs[attrs[m.json_name]] = self._discriminator(root_type, actual, m)
                else:
                    kwargs[attrs[m.json_name]] = self.member(owner, m, depth)
        self.coverage.add(("class", actual))
        return cls(**kwargs)

    def _discriminator(self, base: TypeDef, actual: str, m: Member) -> Any:
        """The discriminator member of ``base`` (``CrmContact.type``) for an instance of ``actual``: the
        subtype's name, ``None`` for the base itself; with ``free_discriminator``, any value."""
        if self.free_discriminator:
            return self.member(base.component, m, 0)
        value = {c: v for v, c in base.discriminator_mapping}.get(actual)
        if value is None:
            self.coverage.add(("nil", base.component, m.json_name))
            return None
        if m.kind == "enum" and m.ref:
            self.coverage.add(("enum", m.ref, value))
            return self._class(m.ref)(value)
        return value

    # -- roots

    def root(self, declared: Any, cls: type | None = None) -> Any:
        """An instance for a root type: a model (of class ``cls``), ``list[Model]`` or ``str``."""
        if declared is str:
            return self.string()
        if _is_class(declared):
            return self.model(component_of(declared), 0, cls)
        (item,) = declared.__args__
        n = self.rng.choice((0, 1, 1, 2, 3, 4))
        if n == 0:
            self.coverage.add(("empty-root-list",))
        out = []
        for _ in range(n):
            if self.rng.random() < 0.05:
                self.coverage.add(("nil-root-item",))
                out.append(None)
            else:
                out.append(self.model(component_of(item), 1))
        return out


_DOUBLES = (
    0.1,
    1e20,
    -0.0,
    0.0,
    math.inf,
    -math.inf,
    -70795.0,
    1 / 3,
    5e-324,
    1e15,
    1e14,
    1e-5,
    1.7976931348623157e308,
)
_DECIMALS = (
    "1.10",
    "-0.0000001",
    "0",
    "0.00",
    "100",
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
)
_TICKS = (0, 1, -1, 54_300_000_000, 2**63 - 1, -(2**63), 864_000_000_000, 5_000_000)


def _double(g: Generator) -> float:
    r = g.rng
    if r.random() < 0.4:
        return r.choice(_DOUBLES)
    value = struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
    return value if value == value else 0.5  # NaN: written and read fine, but never equal to itself


def _decimal(g: Generator) -> decimal.Decimal:
    r = g.rng
    if r.random() < 0.4:
        return decimal.Decimal(r.choice(_DECIMALS))
    mantissa = r.getrandbits(r.choice((8, 32, 64, 96)))
    return decimal.Decimal(r.choice((1, -1)) * mantissa).scaleb(-r.randint(0, 28))


def _ticks(g: Generator) -> Any:
    r = g.rng
    ticks = r.choice(_TICKS) if r.random() < 0.4 else r.randint(-(2**63), 2**63 - 1) // r.choice((1, 10**7, 10**11))
    return importlib.import_module(f"{g.package}._scalars").Duration.from_ticks(ticks)


#: Random values of the scalar kinds beyond string, boolean, int and datetime.
_KINDS: dict[str, Any] = {
    "long": lambda g: g.rng.choice((2**63 - 1, -(2**63), 2**53 + 1, g.rng.randint(-(2**63), 2**63 - 1))),
    "short": lambda g: g.rng.choice((-32768, 32767, g.rng.randint(-32768, 32767))),
    "byte": lambda g: g.rng.choice((0, 255, g.rng.randint(0, 255))),
    "double": _double,
    "decimal": _decimal,
    "guid": lambda g: uuid.UUID(int=g.rng.getrandbits(128)),
    "bytes": lambda g: bytes(g.rng.getrandbits(8) for _ in range(g.rng.choice((0, 1, 2, 3, 16)))),
    "timespan": _ticks,
}


def required_edges(api: OpenApiSpec, components: set[str], *, xml_safe: bool) -> set[tuple[Any, ...]]:
    """What a batch over ``components`` (the object types reachable from a root) must have produced.
    An empty ``components`` means a bare string root."""
    edges: set[tuple[Any, ...]] = {
        ("string", s)
        for s in ("", " ", "åäö", "ÅÄÖ", "😀", "<", "&", "]]>", "\n", "\t", "2024-05-02T22:39:39.8550532+02:00")
    }
    if not xml_safe:
        edges |= {("string", s) for s in ("\r", "\r\n", "\x00", "\x1f")}
    for component in components:
        t = api.type(component)
        for m in t.members:
            if m.nullable:
                edges.add(("nil", component, m.json_name))
            if m.kind == "list":
                edges.add(("empty-list", component, m.json_name))
                if m.item_kind == "object":
                    edges.add(("nil-item", component, m.json_name))
            if m.kind == "enum" and m.ref:
                edges |= {("enum", m.ref, v) for v in api.type(m.ref).enum_values}
            if m.kind == "int":
                edges |= {("int", n) for n in (INT_MIN, INT_MAX)}
            if m.kind == "boolean":
                edges |= {("boolean", True), ("boolean", False)}
            if m.kind == "datetime":
                edges |= {("timestamp", shape) for shape in TIMESTAMP_SHAPES}
    return edges


def reachable(api: OpenApiSpec, component: str) -> set[str]:
    """Object types reachable from ``component`` through members (with inherited members' owners)."""
    seen: set[str] = set()
    todo = [component]
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        t = api.type(c)
        if t.base:
            todo.append(t.base)
        for m in t.members:
            if m.ref and api.type(m.ref).kind == "object":
                todo.append(m.ref)
    return seen
