"""Benchmarks of vitec_connect's codecs and client, as ratios to their floors and peers.

    python -m bench.run [--quick] [--sizes 0.2,2,20] [--items N] [--out bench/results/latest.json]

Every ratio compares two measurements taken in this same process and run, so machines and runs compare
by ratio. A target's two sides are measured in alternating rounds (each round a calibrated loop of
calls), and the target reports the median of the per-round ratios with their range: on a shared
machine the load moves during a run, and a pair of neighbouring rounds sees the same load.

- The large report (``TipsAndLeadsReport``) at each size in ``--sizes`` (MB of JSON; the XML is about
  1.5 times larger), the same items scaled: JSON decode / encode, ours vs bare msgspec into plain
  Structs (``bench/floor.py``: the floor) vs pydantic v2 models generated from the same spec
  (datamodel-code-generator, at bench time) vs the stdlib ``json`` module into / from dicts; XML
  decode / encode, ours vs ``lxml.etree`` alone (the floor: parsing or serializing a tree, no objects)
  vs xsdata's parser and serializer over the generated xsdata classes vs xmltodict.
- ``ours_read``: a decode followed by reading every timestamp member (each is parsed on first read).
- ``ours_built``: encoding the objects as ``bench.data`` built them in Python (their timestamps are
  ``Timestamp`` objects to format), not as a decoder laid them out.
- Each peer in its fastest configuration: xsdata's parser with ``XmlEventHandler`` or
  ``LxmlEventHandler`` and its serializer with ``XmlEventWriter`` or ``LxmlEventWriter``, whichever is
  faster here (timed on the middle size; ``meta.xsdata`` says which); pydantic's ``model_validate_json``
  and ``model_dump_json``; lxml and msgspec reused decoders and encoders.
- Three small messages (a ``CrmContact``, 20 ``CrmContactLead``, an ``IncomingLead``).
- Client round trips on loopback against one ``MockServer`` (``bench/server.py``, own process, cached
  answers): our ``Client`` vs bare ``urllib3`` + ``msgspec.json.decode`` (JSON) / ``lxml`` (XML).
- Peak memory while decoding the largest report (``bench/memory.py``, one fresh process per decoder).
- Start-up (``bench/startup.py``): ``import vitec_connect`` against its dependencies, the fixture spec's
  package likewise, and what the first call of an operation adds over later ones (JSON and XML), beside
  what the same first call costs with bare msgspec Structs of the same shapes (its msgspec floor).

The garbage collector stays on throughout (real decoding pays for it). Targets (``targets()``) are
printed as met / missed with the ratio and its range; ``--out`` writes everything as JSON.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import datetime as dt
import gc
import json as stdlib_json
import math
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from importlib import metadata
from typing import Any

import msgspec

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "results" / "latest.json"
#: The report's sizes (MB of JSON) in a full run.
SIZES_MB = (0.2, 2.0, 20.0)

#: small message name -> what it is, for the table
SMALL_MESSAGES = {
    "contact": "CrmContact (CrmPersonContact)",
    "contact_leads": "list[CrmContactLead] x20",
    "incoming_lead": "IncomingLead (UTM tags)",
}
#: operation -> the implementations measured, ours first
IMPLS = {
    "xml_decode": ("ours", "lxml_fromstring", "xsdata", "xmltodict"),
    "xml_encode": ("ours", "ours_built", "lxml_tostring", "xsdata"),
    "json_decode": ("ours", "ours_read", "msgspec_plain", "msgspec_plain_read", "ours_read_generic",
                    "msgspec_plain_read_generic", "pydantic", "stdlib"),
    "json_encode": ("ours", "ours_built", "msgspec_plain", "msgspec_plain_built", "pydantic", "stdlib"),
}  # fmt: skip
#: implementations measured on the reports only (the small messages are not built as the floor's)
REPORT_ONLY = {"msgspec_plain_built"}
IMPL_LABELS = {
    "ours": "vitec_connect (ours)",
    "ours_read": "ours, then every timestamp read",
    "ours_read_generic": "ours, read, every field walked",
    "ours_built": "ours, objects built in Python",
    "lxml_fromstring": "lxml.etree.fromstring (floor)",
    "lxml_tostring": "lxml.etree.tostring (floor)",
    "xsdata": "xsdata (fastest handler/writer)",
    "xmltodict": "xmltodict.parse",
    "msgspec_plain": "msgspec, plain Structs (floor)",
    "msgspec_plain_read": "floor, then every timestamp read",
    "msgspec_plain_read_generic": "floor, read, every field walked",
    "msgspec_plain_built": "floor, objects built in Python",
    "pydantic": "pydantic v2",
    "stdlib": "stdlib json (dicts)",
    "bare": "urllib3 + msgspec/lxml (bare)",
    "http_only": "urllib3 alone, no decode",
    "ours_no_network": "ours, MockTransport (no network)",
}
CLIENT_IMPLS = ("ours", "bare", "http_only", "ours_no_network")
MEMORY_KINDS = ("json.ours", "json.msgspec_plain", "xml.ours", "xml.lxml")
XSDATA_HANDLERS = ("XmlEventHandler", "LxmlEventHandler")
XSDATA_WRITERS = ("XmlEventWriter", "LxmlEventWriter")


def size_label(json_bytes: int) -> str:
    """``report_200KB``, ``report_2MB``, ``report_20MB``: a report message's name by its JSON size."""
    mb = json_bytes / 1e6
    return f"report_{round(mb * 1000)}KB" if mb < 1 else f"report_{round(mb)}MB"


@dataclasses.dataclass(frozen=True)
class Target:
    key: str
    description: str
    numerator: str  # a timing key ("time", "scaling"), a MEMORY_KINDS key ("memory"), a startup key
    denominator: str  # a timing key; "memory": "tracemalloc_ratio" / "rss_ratio"; "startup": ""
    op: str  # "<=": numerator / denominator at most limit; ">=": at least limit; "": no limit (a comparison)
    limit: float
    kind: str = "time"  # "time" | "scaling" | "memory" | "startup"


def targets(reports: list[str]) -> tuple[Target, ...]:
    """The targets of a run whose report messages are ``reports`` (smallest first)."""
    out: list[Target] = []
    for m in reports:
        size = m.removeprefix("report_")
        out += [
            Target(f"json_decode@{size}", f"JSON decode <= 1.1x bare msgspec ({size})",
                   f"{m}.json_decode.ours", f"{m}.json_decode.msgspec_plain", "<=", 1.1),
            Target(f"json_decode_read@{size}", f"JSON decode, every timestamp read, <= 1.3x bare msgspec ({size})",
                   f"{m}.json_decode.ours_read", f"{m}.json_decode.msgspec_plain_read", "<=", 1.3),
            Target(f"json_encode@{size}", f"JSON encode of decoded objects <= 1.1x bare msgspec ({size})",
                   f"{m}.json_encode.ours", f"{m}.json_encode.msgspec_plain", "<=", 1.1),
            Target(f"json_encode_built@{size}",
                   f"JSON encode of objects built in Python <= 1.5x bare msgspec, both built in Python ({size})",
                   f"{m}.json_encode.ours_built", f"{m}.json_encode.msgspec_plain_built", "<=", 1.5),
            Target(f"xml_decode@{size}", f"XML decode <= 2.0x lxml.etree.fromstring ({size} JSON)",
                   f"{m}.xml_decode.ours", f"{m}.xml_decode.lxml_fromstring", "<=", 2.0),
            Target(f"xml_encode_vs_xsdata@{size}", f"XML encode >= 20x faster than xsdata ({size} JSON)",
                   f"{m}.xml_encode.xsdata", f"{m}.xml_encode.ours", ">=", 20.0),
        ]  # fmt: skip
    if len(reports) > 1:
        big, mid = reports[-1], reports[-2]
        for fmt in ("json", "xml"):
            out.append(
                Target(f"{fmt}_decode_per_mb",
                       f"{fmt.upper()} decode cost per MB at {big[7:]} <= 1.15x that at {mid[7:]}",
                       f"{big}.{fmt}_decode.ours", f"{mid}.{fmt}_decode.ours", "<=", 1.15, "scaling")
            )  # fmt: skip
    for fmt in ("json", "xml"):
        for measure, label in (("tracemalloc_ratio", "tracemalloc"), ("rss_ratio", "RSS, all allocators")):
            out.append(
                Target(f"memory_{fmt}_decode_{label.split(',')[0].lower()}",
                       f"{fmt.upper()} decode peak memory <= 4x body ({label}, {reports[-1][7:]})",
                       f"{fmt}.ours", measure, "<=", 4.0, "memory")
            )  # fmt: skip
    out += [
        Target("client_overhead_small", "client call <= 1.3x urllib3+msgspec (small, JSON)",
               "client.json.contact.ours", "client.json.contact.bare", "<=", 1.3),
        Target("import_shipped", "import vitec_connect <= 1.25x msgspec + lxml + urllib3 (shipped spec)",
               "shipped", "", "<=", 1.25, "startup"),
        Target("import_fixture", "import <= 1.25x the dependencies (fixture spec: 62 operations, 175 types)",
               "fixture", "", "<=", 1.25, "startup"),
        Target("first_call_ms",
               "first call of any operation, JSON or XML, adds <= 2 ms over later calls (the worst of all, ms)",
               "first_call.any.worst", "", "<=", 2.0, "startup"),
    ]  # fmt: skip
    return tuple(out)


def comparisons(reports: list[str]) -> tuple[Target, ...]:
    """Ratios measured as the targets are, reported beside them but not targets: how earlier runs
    measured two of them (``bench/README.md`` says why each changed), and what the floor's own objects
    cost to encode when built in Python rather than decoded."""
    out: list[Target] = []
    for m in reports:
        size = m.removeprefix("report_")
        out += [
            Target(f"json_decode_read_generic@{size}",
                   f"JSON decode, every timestamp read, every field walked (earlier walk) ({size})",
                   f"{m}.json_decode.ours_read_generic", f"{m}.json_decode.msgspec_plain_read_generic", "<=", 1.3),
            Target(f"json_encode_built_vs_decoded_floor@{size}",
                   f"JSON encode of objects built in Python vs the floor's decoded objects (earlier) ({size})",
                   f"{m}.json_encode.ours_built", f"{m}.json_encode.msgspec_plain", "<=", 1.5),
            Target(f"floor_encode_built_vs_decoded@{size}",
                   f"the floor's own encode, objects built in Python vs decoded ({size})",
                   f"{m}.json_encode.msgspec_plain_built", f"{m}.json_encode.msgspec_plain", "", 0.0),
        ]  # fmt: skip
    return (*out, *STARTUP_COMPARISONS)


#: Start-up figures reported beside the targets (``comparisons``): the first call as earlier runs measured
#: it, the typical operation, each format's worst, and the msgspec floor of a first call (bench/README.md
#: says what each is).
STARTUP_COMPARISONS = (
    Target("first_call_four_ms",
           "first call, the four GET operations of earlier runs (the worst per process, ms)",
           "first_call", "", "<=", 2.0, "startup"),
    Target("first_call_median_ms", "first call, the median over every operation (ms)",
           "first_call.all.median", "", "", 0.0, "startup"),
    Target("first_call_json_ms", "first call, JSON, the worst operation (ms)",
           "first_call.all.worst", "", "", 0.0, "startup"),
    Target("first_call_json_within", "first call, JSON, operations at or under 2 ms (operations)",
           "first_call.all.within_2ms", "", "", 0.0, "startup"),
    Target("first_call_xml_ms", "first call, XML, the worst operation (ms)",
           "first_call.xml.worst", "", "", 0.0, "startup"),
    Target("first_call_xml_median_ms", "first call, XML, the median over every operation (ms)",
           "first_call.xml.median", "", "", 0.0, "startup"),
    Target("first_call_xml_within", "first call, XML, operations at or under 2 ms (operations)",
           "first_call.xml.within_2ms", "", "", 0.0, "startup"),
    Target("first_call_floor_ms",
           "msgspec floor of a first call (bare Structs of the same shapes), the worst operation (ms)",
           "first_call.floor.worst", "", "", 0.0, "startup"),
    Target("first_call_floor_text_ms",
           "msgspec floor, annotations as text as the models write them, the worst operation, one run (ms)",
           "first_call.floor_text.worst", "", "", 0.0, "startup"),
    Target("first_call_floor_at_our_worst_ms", "msgspec floor of our worst operation (JSON) (ms)",
           "first_call.vs_floor.at_our_worst", "", "", 0.0, "startup"),
    Target("first_call_floor_within", "operations whose msgspec floor is at or under 2 ms (operations)",
           "first_call.vs_floor.floor_within_2ms", "", "", 0.0, "startup"),
    Target("first_call_met_of_floor_within",
           "of those, operations whose first call (JSON) is at or under 2 ms (operations)",
           "first_call.vs_floor.met_of_floor_within_2ms", "", "", 0.0, "startup"),
    Target("first_call_over_floor_median_ms", "first call (JSON) over its msgspec floor, the median operation (ms)",
           "first_call.vs_floor.excess_median", "", "", 0.0, "startup"),
    Target("first_call_over_floor_worst_ms", "first call (JSON) over its msgspec floor, the worst operation (ms)",
           "first_call.vs_floor.excess_worst", "", "", 0.0, "startup"),
    Target("first_call_per_class_us", "a bare Struct of eight members, made by an import (µs)",
           "first_call.layout.per_class", "", "", 0.0, "startup"),
    Target("first_call_per_module_us", "each extra module: one module per class vs one for all (µs)",
           "first_call.layout.per_module", "", "", 0.0, "startup"),
    Target("first_call_per_enum_us", "a str enum of five members, made by an import (µs)",
           "first_call.layout.per_enum", "", "", 0.0, "startup"),
    Target("first_call_ours_class_us", "the same eight members as one of our Model classes (µs)",
           "first_call.layout.ours_class", "", "", 0.0, "startup"),
    Target("first_call_ours_enum_us", "the same five members as one of our OpenEnum classes (µs)",
           "first_call.layout.ours_enum", "", "", 0.0, "startup"),
)  # fmt: skip


def timing_keys(reports: list[str]) -> list[str]:
    """Every timing a complete run reports."""
    keys = [
        f"{msg}.{op}.{impl}"
        for msg in [*reports, *SMALL_MESSAGES]
        for op, impls in IMPLS.items()
        for impl in impls
        if msg in reports or impl not in REPORT_ONLY
    ]
    keys += [
        f"client.{fmt}.{msg}.{impl}"
        for fmt in ("json", "xml")
        for msg in ("contact", "report")
        for impl in CLIENT_IMPLS
    ]
    return keys


# ---------------------------------------------------------------------------------------------------
# Timing


@dataclasses.dataclass(frozen=True)
class Timer:
    """Rounds of calls; a round calls ``fn`` in a loop for at least ``min_round`` seconds.

    Slow calls get fewer rounds so that one measurement stays within ``budget`` seconds (never fewer
    than ``least`` rounds). The GC stays enabled (real decoding pays for it) and is collected before
    each round; ``run`` freezes the inputs first (``gc.freeze``) so that its passes cost what they
    would in a process holding nothing else. ``pair`` alternates the rounds of two calls.
    """

    rounds: int = 5
    min_round: float = 0.05
    budget: float = 8.0
    least: int = 2

    def _calibrate(self, fn: Callable[[], Any]) -> tuple[int, float]:
        gc.collect()
        t = time.perf_counter()
        fn()  # warm-up: caches, lazily built tables
        once = time.perf_counter() - t
        if once < 0.2:
            t = time.perf_counter()
            fn()
            once = time.perf_counter() - t
        return max(1, math.ceil(self.min_round / max(once, 1e-7))), once

    def _round(self, fn: Callable[[], Any], inner: int) -> float:
        gc.collect()
        t = time.perf_counter()
        for _ in range(inner):
            fn()
        return (time.perf_counter() - t) / inner

    def _rounds(self, cost: float) -> int:
        return max(min(self.least, self.rounds), min(self.rounds, int(self.budget / max(cost, 1e-9))))

    def __call__(self, fn: Callable[[], Any]) -> dict[str, Any]:
        inner, once = self._calibrate(fn)
        samples = [self._round(fn, inner) for _ in range(self._rounds(once * inner))]
        return _entry(samples, inner)

    def pair(self, a: Callable[[], Any], b: Callable[[], Any]) -> tuple[dict[str, Any], dict[str, Any], list[float]]:
        """(a's entry, b's entry, a/b per round), rounds alternating a, b."""
        inner_a, once_a = self._calibrate(a)
        inner_b, once_b = self._calibrate(b)
        rounds = self._rounds(once_a * inner_a + once_b * inner_b)
        sa, sb = [], []
        for _ in range(rounds):
            sa.append(self._round(a, inner_a))
            sb.append(self._round(b, inner_b))
        return _entry(sa, inner_a), _entry(sb, inner_b), [x / y for x, y in zip(sa, sb, strict=True)]


def _entry(samples: list[float], inner: int) -> dict[str, Any]:
    return {
        "seconds": min(samples),
        "median": statistics.median(samples),
        "max": max(samples),
        "rounds": len(samples),
        "inner": inner,
    }


# ---------------------------------------------------------------------------------------------------
# Inputs


@dataclasses.dataclass
class Message:
    name: str
    obj: Any  # our model (or list of models), as bench.data built it
    type: Any  # what vitec_connect.json / .xml decode it as
    json: bytes
    xml: bytes
    floor_type: Any
    pydantic_decode: Callable[[bytes], Any]
    pydantic_encode: Callable[[Any], Any]
    xsdata_cls: Any
    items: int = 0  # report items of each kind (reports only)
    floor_built: Any = None  # the floor's plain Structs, built as ``obj`` was (reports only)


def report_items(megabytes: float, seed: int) -> int:
    """How many items of each kind make a report of about ``megabytes`` of JSON."""
    from vitec_connect import json

    from . import data

    per_item = len(json.encode(data.report(60, seed))) / 60
    return max(1, round(megabytes * 1e6 / per_item))


def build_messages(report_sizes: list[int], seed: int, pyd: Any) -> dict[str, Message]:
    """The small messages, and one report per entry of ``report_sizes`` (items of each kind)."""
    from vitec_connect import json, xml

    from . import data, floor, peers

    xs = peers.xsdata_classes()
    made: dict[str, tuple[Any, Any, Any, Any, str, int]] = {}
    for items in report_sizes:
        obj = data.report(items, seed)
        made[size_label(len(json.encode(obj)))] = (obj, data.REPORT_TYPE, floor.REPORT, pyd.report, "report", items)
    made.update(
        {
            "contact": (data.contact(seed), data.CONTACT_TYPE, floor.CONTACT, pyd.contact, "contact", 0),
            "contact_leads": (data.contact_leads(20, seed), data.CONTACT_LEADS_TYPE, floor.CONTACT_LEADS, None,
                              "contact_leads", 0),
            "incoming_lead": (data.incoming_lead(seed), data.INCOMING_LEAD_TYPE, floor.INCOMING_LEAD,
                              pyd.incoming_lead, "incoming_lead", 0),
        }
    )  # fmt: skip
    out = {}
    for name, (obj, tp, floor_type, model, kind, items) in made.items():
        if model is None:  # a list: pydantic's TypeAdapter
            adapter = pyd.contact_leads
            dec: Callable[[bytes], Any] = adapter.validate_json
            enc: Callable[[Any], Any] = lambda v, a=adapter: a.dump_json(v, by_alias=True)
        else:
            dec = model.model_validate_json
            enc = lambda v: v.model_dump_json(by_alias=True)
        out[name] = Message(
            name, obj, tp, json.encode(obj), xml.encode(obj, type=tp), floor_type, dec, enc, xs[kind], items,
            data.report(items, seed, plain=True) if kind == "report" else None,
        )  # fmt: skip
    return out


# ---------------------------------------------------------------------------------------------------
# Codecs


def read_timestamps(obj: Any) -> None:
    """Read every timestamp member below ``obj`` (ours: each is parsed on its first read; the floor's
    are datetimes already), as a program reading them all would: it knows its types, so it reads the
    timestamp members and follows the members that hold models or lists of them, nothing else. The same
    walk (``_walk_plan``, from each class's type hints) for ours and the floor."""
    todo = [obj]
    pop, extend = todo.pop, todo.extend
    while todo:
        o = pop()
        if o.__class__ is list:
            extend(o)
            continue
        stamps, nested = _walk_plan(o.__class__)
        for name in stamps:
            getattr(o, name)
        for name in nested:
            value = getattr(o, name)
            if value.__class__ is list or isinstance(value, msgspec.Struct):
                todo.append(value)


def read_timestamps_generic(obj: Any) -> None:
    """``read_timestamps`` as earlier runs did it: every field msgspec lists (ours: the hidden
    unknown-content field too), each value tested for being a model or a list. Reported beside the
    target for comparison with those runs."""
    todo = [obj]
    pop, extend = todo.pop, todo.extend
    while todo:
        o = pop()
        if o.__class__ is list:
            extend(o)
            continue
        stamps, others = _walk_plan_generic(o.__class__)
        for name in stamps:
            getattr(o, name)
        for name in others:
            value = getattr(o, name)
            if value.__class__ is list or hasattr(value.__class__, "__struct_fields__"):
                todo.append(value)


_WALK: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_WALK_GENERIC: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _walk_plan(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(timestamp members, members that can hold a model) of a model class, ours or the floor's."""
    plan = _WALK.get(cls)
    if plan is None:
        import typing

        from vitec_connect._types import UNKNOWN_FIELD

        hints = typing.get_type_hints(cls, include_extras=True)
        names = [n for n in cls.__struct_fields__ if n != UNKNOWN_FIELD]  # type: ignore[attr-defined]
        stamps = tuple(n for n in names if _is_time(hints[n]))
        nested = tuple(n for n in names if n not in stamps and _holds_model(hints[n]))
        plan = _WALK[cls] = (stamps, nested)
    return plan


def _walk_plan_generic(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    plan = _WALK_GENERIC.get(cls)
    if plan is None:
        import typing

        hints = typing.get_type_hints(cls, include_extras=True)
        stamps = tuple(n for n in cls.__struct_fields__ if _is_time(hints[n]))  # type: ignore[attr-defined]
        others = tuple(n for n in cls.__struct_fields__ if n not in stamps)  # type: ignore[attr-defined]
        plan = _WALK_GENERIC[cls] = (stamps, others)
    return plan


def _is_time(hint: Any) -> bool:
    text = repr(hint)
    return "list[" not in text and ("Timestamp" in text or "TIMESTAMP_TEXT" in text or "datetime" in text)


def _holds_model(hint: Any) -> bool:
    """Whether a member's type can hold a model (a Struct), directly or in a list or union."""
    import typing

    if isinstance(hint, type) and issubclass(hint, msgspec.Struct):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(hint))


def xsdata_configs(msg: Message) -> tuple[dict[str, Callable[[], Any]], dict[str, Callable[[], Any]]]:
    """({handler: a parse of msg.xml}, {writer: a serialization of what it parsed}), one of each reused."""
    from vitec_connect import xsdata_support
    from xsdata.formats.dataclass.parsers import handlers
    from xsdata.formats.dataclass.serializers import writers

    base = xsdata_support.parser()
    parsers = {h: type(base)(config=base.config, context=base.context, handler=getattr(handlers, h))
               for h in XSDATA_HANDLERS}  # fmt: skip
    xs_obj = base.from_bytes(msg.xml, msg.xsdata_cls)
    inner = getattr(xs_obj, "value", xs_obj)  # a subtype root comes wrapped (DerivedElement)
    ns_map = {"i": xsdata_support.XSI, None: inner.Meta.namespace}
    ours = xsdata_support.serializer()
    serializers = {w: type(ours)(config=ours.config, context=ours.context, writer=getattr(writers, w))
                   for w in XSDATA_WRITERS}  # fmt: skip
    x, cls = msg.xml, msg.xsdata_cls
    return (
        {h: (lambda p=p: p.from_bytes(x, cls)) for h, p in parsers.items()},
        {w: (lambda s=s: s.render(xs_obj, ns_map=ns_map).encode()) for w, s in serializers.items()},
    )


def codec_cases(msg: Message, xsdata_choice: dict[str, str]) -> dict[str, tuple[Callable[[], Any], int]]:
    """timing key -> (a call, the body bytes it reads or writes)."""
    import xmltodict
    from lxml import etree
    from vitec_connect import json, xml

    from . import floor

    j, x, tp, obj = msg.json, msg.xml, msg.type, msg.obj
    # Every encoder writes what its own decoder read from the same body (objects allocated the way a
    # decoder lays them out); "ours_built" times the objects as bench.data built them, and
    # "msgspec_plain_built" the floor's plain Structs built the same way (same order, same sort).
    ours_from_json = json.decode(j, type=tp)
    ours_from_xml = xml.decode(x, type=tp)
    xs_parse, xs_render = xsdata_configs(msg)
    tree = etree.fromstring(x)
    plain_dec = floor.decoder(msg.floor_type)
    plain_enc = floor.encoder()
    plain_obj = plain_dec.decode(j)
    pyd_obj = msg.pydantic_decode(j)
    dicts = stdlib_json.loads(j)
    m = msg.name
    built_floor = msg.floor_built
    extra: dict[str, tuple[Callable[[], Any], int]] = {}
    if built_floor is not None:  # (its JSON has 6 fraction digits where ours has 7)
        extra[f"{m}.json_encode.msgspec_plain_built"] = (
            lambda: plain_enc.encode(built_floor),
            len(plain_enc.encode(built_floor)),
        )
    return extra | {
        f"{m}.xml_decode.ours": (lambda: xml.decode(x, type=tp), len(x)),
        f"{m}.xml_decode.lxml_fromstring": (lambda: etree.fromstring(x), len(x)),
        f"{m}.xml_decode.xsdata": (xs_parse[xsdata_choice["handler"]], len(x)),
        f"{m}.xml_decode.xmltodict": (lambda: xmltodict.parse(x), len(x)),
        f"{m}.xml_encode.ours": (lambda: xml.encode(ours_from_xml, type=tp), len(x)),
        f"{m}.xml_encode.ours_built": (lambda: xml.encode(obj, type=tp), len(x)),
        f"{m}.xml_encode.lxml_tostring": (lambda: etree.tostring(tree), len(x)),
        f"{m}.xml_encode.xsdata": (xs_render[xsdata_choice["writer"]], len(x)),
        f"{m}.json_decode.ours": (lambda: json.decode(j, type=tp), len(j)),
        f"{m}.json_decode.ours_read": (lambda: read_timestamps(json.decode(j, type=tp)), len(j)),
        f"{m}.json_decode.msgspec_plain": (lambda: plain_dec.decode(j), len(j)),
        f"{m}.json_decode.msgspec_plain_read": (lambda: read_timestamps(plain_dec.decode(j)), len(j)),
        f"{m}.json_decode.ours_read_generic": (lambda: read_timestamps_generic(json.decode(j, type=tp)), len(j)),
        f"{m}.json_decode.msgspec_plain_read_generic": (
            lambda: read_timestamps_generic(plain_dec.decode(j)),
            len(j),
        ),
        f"{m}.json_decode.pydantic": (lambda: msg.pydantic_decode(j), len(j)),
        f"{m}.json_decode.stdlib": (lambda: stdlib_json.loads(j), len(j)),
        f"{m}.json_encode.ours": (lambda: json.encode(ours_from_json), len(j)),
        f"{m}.json_encode.ours_built": (lambda: json.encode(obj), len(j)),
        f"{m}.json_encode.msgspec_plain": (lambda: plain_enc.encode(plain_obj), len(j)),
        f"{m}.json_encode.pydantic": (lambda: msg.pydantic_encode(pyd_obj), len(j)),
        f"{m}.json_encode.stdlib": (
            lambda: stdlib_json.dumps(dicts, ensure_ascii=False, separators=(",", ":")).encode(),
            len(j),
        ),
    }


def check_codecs(msg: Message) -> None:
    """Ours reads back what it wrote (so the benchmark times a full, correct decode)."""
    from vitec_connect import json, xml

    if json.decode(msg.json, type=msg.type) != msg.obj or xml.decode(msg.xml, type=msg.type) != msg.obj:
        raise AssertionError(f"{msg.name}: decode(encode(x)) != x")
    if json.encode(json.decode(msg.json, type=msg.type)) != msg.json:
        raise AssertionError(f"{msg.name}: JSON decode -> encode changed the body")


# ---------------------------------------------------------------------------------------------------
# Client round trips


class _Server:
    """``python -m bench.server`` in a child process (stopped by closing its stdin)."""

    def __init__(self, items: int, seed: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server", "--items", str(items), "--seed", str(seed)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.close()
            raise RuntimeError("bench.server did not start")
        self.info: dict[str, str] = stdlib_json.loads(line)

    def close(self) -> None:
        proc = self.proc
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()  # our own child, by its handle
            proc.wait(5)
        if proc.stdout is not None:
            proc.stdout.close()


def client_cases(info: dict[str, str], messages: dict[str, Message], report: str) -> dict[str, Callable[[], Any]]:
    import urllib3
    import vitec_connect
    from lxml import etree

    from . import data, floor

    url, cid = info["url"], info["customer_id"]
    auth = "Basic " + base64.b64encode(f"{info['username']}:{info['password']}".encode()).decode("ascii")
    contact_url = f"{url}/CRM/Contact/{urllib.parse.quote(cid)}/{urllib.parse.quote(info['contact_id'])}"
    query = urllib.parse.urlencode(
        {
            "customerId": cid,
            "dateFrom": data.DATE_FROM.isoformat(timespec="seconds"),
            "dateTo": data.DATE_TO.isoformat(timespec="seconds"),
        }
    )
    report_url = f"{url}/BusinessIntelligence/TipsAndLeads/Report?{query}"
    pool = urllib3.PoolManager()
    clients = {
        fmt: vitec_connect.Client(info["username"], info["password"], base_url=url, format=fmt)
        for fmt in ("json", "xml")
    }

    def canned(request: vitec_connect.Request) -> vitec_connect.Response:
        fmt = "xml" if "xml" in request.headers["Accept"] else "json"
        msg = messages[report if "/BusinessIntelligence/" in request.url else "contact"]
        body = msg.xml if fmt == "xml" else msg.json
        headers = {"content-type": f"application/{fmt}; charset=utf-8", "content-length": str(len(body))}
        return vitec_connect.Response(200, headers, body, 0.0, request)

    offline = {
        fmt: vitec_connect.Client(
            info["username"], info["password"], base_url=url, format=fmt, transport=vitec_connect.MockTransport(canned)
        )
        for fmt in ("json", "xml")
    }
    contact_dec = floor.decoder(floor.CONTACT)
    report_dec = floor.decoder(floor.REPORT)

    def bare(target: str, accept: str, decode: Callable[[bytes], Any]) -> Callable[[], Any]:
        headers = {"Authorization": auth, "Accept": accept}
        return lambda: decode(pool.request("GET", target, headers=headers).data)

    def http_only(target: str, accept: str) -> Callable[[], Any]:
        headers = {"Authorization": auth, "Accept": accept}
        return lambda: pool.request("GET", target, headers=headers).data

    cases: dict[str, Callable[[], Any]] = {}
    for fmt, accept, contact_decode, report_decode in (
        ("json", "application/json", contact_dec.decode, report_dec.decode),
        ("xml", "application/xml", etree.fromstring, etree.fromstring),
    ):
        for impl, client in (("ours", clients[fmt]), ("ours_no_network", offline[fmt])):
            cases[f"client.{fmt}.contact.{impl}"] = lambda c=client: c.crm.get_contact(
                customer_id=cid, contact_id=info["contact_id"]
            )
            cases[f"client.{fmt}.report.{impl}"] = lambda c=client: c.business_intelligence.get_tips_and_leads_report(
                customer_id=cid, date_from=data.DATE_FROM, date_to=data.DATE_TO
            )
        cases[f"client.{fmt}.contact.bare"] = bare(contact_url, accept, contact_decode)
        cases[f"client.{fmt}.contact.http_only"] = http_only(contact_url, accept)
        cases[f"client.{fmt}.report.bare"] = bare(report_url, accept, report_decode)
        cases[f"client.{fmt}.report.http_only"] = http_only(report_url, accept)
    # The same answers as the codecs see: the client really fetched the whole report in one request.
    for fmt in ("json", "xml"):
        if cases[f"client.{fmt}.report.ours"]() != messages[report].obj:
            raise AssertionError(f"client ({fmt}) did not return the planted report")
        if cases[f"client.{fmt}.contact.ours"]() != messages["contact"].obj:
            raise AssertionError(f"client ({fmt}) did not return the planted contact")
        expected = messages[report].json if fmt == "json" else messages[report].xml
        if cases[f"client.{fmt}.report.http_only"]() != expected:
            raise AssertionError(f"the server's {fmt} report is not the benchmark's body")
    cases["_close"] = lambda: [c.close() for c in [*clients.values(), *offline.values()]] + [pool.clear()]
    return cases


# ---------------------------------------------------------------------------------------------------
# Memory


def measure_memory(msg: Message) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="vitec-bench-") as tmp:
        paths = {"json": pathlib.Path(tmp, "report.json"), "xml": pathlib.Path(tmp, "report.xml")}
        paths["json"].write_bytes(msg.json)
        paths["xml"].write_bytes(msg.xml)
        for kind in MEMORY_KINDS:
            fmt = kind.split(".")[0]
            done = subprocess.run(
                [sys.executable, "-m", "bench.memory", kind, str(paths[fmt])],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise RuntimeError(f"bench.memory {kind} failed:\n{done.stderr[-2000:]}")
            result = stdlib_json.loads(done.stdout)
            body = result["body_bytes"]
            result["tracemalloc_ratio"] = result["tracemalloc_peak"] / body
            result["rss_ratio"] = result["rss_peak_delta"] / body
            out[kind] = result
    return out


# ---------------------------------------------------------------------------------------------------
# Targets and the table


def evaluate(results: dict[str, Any], which: str = "targets") -> dict[str, dict[str, Any]]:
    """Each target's (or with ``which="comparisons"``, each comparison's) ratio: the median of its
    per-round ratios, with their range (low, high)."""
    timings, memory, pairs, startup = results["timings"], results["memory"], results["pairs"], results["startup"]
    out = {}
    for t in results["meta"].get(which, ()):
        t = Target(**t)
        if (t.kind == "startup" and not startup) or (t.kind == "memory" and not memory):
            continue  # (not measured in this run)
        if t.kind == "memory":
            ratio = low = high = memory[t.numerator][t.denominator]  # one measurement (a fresh process)
        elif t.kind == "startup":
            scale = 1000.0 if t.description.endswith("ms)") else 1.0  # (first calls are kept in seconds)
            ratio, low, high = (x * scale for x in _startup_figure(startup, t.numerator))
        elif t.key in pairs:
            per_round = pairs[t.key]
            ratio, low, high = statistics.median(per_round), min(per_round), max(per_round)
        else:  # (not measured as a pair: best of each side)
            ratio = low = high = timings[t.numerator]["seconds"] / timings[t.denominator]["seconds"]
        met = ratio <= t.limit if t.op == "<=" else ratio >= t.limit if t.op == ">=" else None
        out[t.key] = {
            "description": t.description,
            "ratio": ratio,
            "low": low,
            "high": high,
            "limit": t.limit,
            "op": t.op,
            "met": met,
            "numerator": t.numerator,
            "denominator": t.denominator,
        }
    return out


def markdown_tables(results: dict[str, Any]) -> str:
    """The targets and the comparisons beside them as Markdown tables (``--markdown``: for
    bench/README.md's results), each ratio with its range."""

    def ratio(t: dict[str, Any]) -> str:
        if t["description"].endswith("(operations)"):
            return f"{t['ratio']:.0f}"
        unit = next((f" {u}" for u in ("ms", "µs") if t["description"].endswith(f"{u})")), "×")
        if t["low"] == t["high"]:
            return f"{t['ratio']:.2f}{unit}"
        return f"{t['ratio']:.2f}{unit} [{t['low']:.2f}–{t['high']:.2f}]"

    meta = results["meta"]
    lines = [
        f"Run at {meta['when']} on commit {(meta.get('git') or {}).get('commit', '?')[:7]}, "
        f"load average {meta['load_before']} before and {meta.get('load_after', '?')} after, "
        f"{meta['duration_s'] / 60:.0f} minutes; xsdata's fastest: {meta['xsdata']['handler']}, "
        f"{meta['xsdata']['writer']}.",
        "",
        "| target | limit | median [min–max] | |",
        "|---|---|---|---|",
    ]
    for t in results["targets"].values():
        met = "met" if t["met"] else "**missed**"
        lines.append(f"| {t['description']} | {t['op']} {t['limit']:g} | {ratio(t)} | {met} |")
    if results.get("comparisons"):
        lines += ["", "Beside the targets (not targets):", "", "| comparison | median [min–max] |", "|---|---|"]
        lines += [f"| {c['description']} | {ratio(c)} |" for c in results["comparisons"].values()]
    return "\n".join(lines)


def _startup_figure(startup: dict[str, Any], path: str) -> tuple[float, float, float]:
    """(figure, low, high) at ``path`` in the start-up results: ``shipped`` / ``first_call`` (a median
    ratio with its range), or a number such as ``first_call.all.worst`` (with ``worst_low`` and
    ``worst_high`` beside it where the measurement has them)."""
    *parents, leaf = path.split(".")
    node = startup
    for part in parents:
        node = node[part]
    if isinstance(node[leaf], dict):
        s = node[leaf]
        return s["ratio"], s["low"], s["high"]
    value = node[leaf]
    return value, node.get(f"{leaf}_low", value), node.get(f"{leaf}_high", value)


def _fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:8.3f} s "
    if seconds >= 1e-3:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds * 1e6:8.1f} µs"


def report_table(results: dict[str, Any]) -> str:
    meta, timings = results["meta"], results["timings"]
    lines = []
    v = meta["versions"]
    lines.append(
        f"vitec_connect benchmarks{' (quick)' if meta['quick'] else ''}: Python {meta['python']}, "
        + ", ".join(f"{k} {v[k]}" for k in sorted(v))
    )
    git = meta.get("git") or {}
    if git:
        changed = ", ".join(git["changed"]) or "none"
        lines.append(f"code: commit {git['commit'][:12]}; changed since: {changed}")
    lines.append(f"machine: {meta['cpus']} CPUs, load average {meta['load_before']} before, {meta['load_after']} after")
    lines.append(f"xsdata's fastest here: {meta['xsdata']['handler']}, {meta['xsdata']['writer']}")
    lines.append(
        "times: best of N rounds; 'x ours' = this time / our time (>1: slower than ours); "
        "'med/best' = median / best round (well above 1: a noisy measurement)"
    )
    sizes = meta["sizes"]
    labels = {m: f"TipsAndLeadsReport, {meta['items'][m]} items of each kind" for m in meta["reports"]}
    for msg, label in {**labels, **SMALL_MESSAGES}.items():
        lines.append("")
        s = sizes[msg]
        lines.append(f"== {label}  (JSON {s['json']:,} B, XML {s['xml']:,} B)")
        lines.append(
            f"   {'operation':<12} {'implementation':<32} {'time':>11} {'MB/s':>8} {'x ours':>8} {'med/best':>9}"
        )
        for op, impls in IMPLS.items():
            ours = timings[f"{msg}.{op}.ours"]["seconds"]
            for i, impl in enumerate(impls):
                t = timings.get(f"{msg}.{op}.{impl}")
                if t is None:  # (REPORT_ONLY)
                    continue
                lines.append(
                    f"   {op if i == 0 else '':<12} {IMPL_LABELS[impl]:<32} {_fmt_time(t['seconds']):>11} "
                    f"{t['mb_per_s']:8.1f} {t['seconds'] / ours:8.2f} {t['median'] / t['seconds']:9.2f}"
                )
    lines.append("")
    lines.append(
        f"== Client round trip on loopback (MockServer in its own process, cached answers; {meta['client_report']})"
    )
    lines.append(f"   {'call':<22} {'implementation':<32} {'time':>11} {'x bare':>8} {'ours-bare':>11} {'med/best':>9}")
    for fmt in ("json", "xml"):
        for msg in ("contact", "report"):
            bare = timings[f"client.{fmt}.{msg}.bare"]["seconds"]
            for i, impl in enumerate(CLIENT_IMPLS):
                entry = timings[f"client.{fmt}.{msg}.{impl}"]
                t = entry["seconds"]
                name = f"{fmt} {'get_contact' if msg == 'contact' else 'report'}" if i == 0 else ""
                diff = _fmt_time(t - bare) if impl == "ours" else ""
                lines.append(
                    f"   {name:<22} {IMPL_LABELS[impl]:<32} {_fmt_time(t):>11} {t / bare:8.2f} {diff:>11} "
                    f"{entry['median'] / t:9.2f}"
                )
    lines.append("")
    lines.append(f"== Peak memory decoding {meta['reports'][-1]} (fresh process each; x body size)")
    lines.append(f"   {'decoder':<22} {'tracemalloc peak':>18} {'x body':>7} {'RSS peak growth':>18} {'x body':>7}")
    for kind, m in results["memory"].items():
        lines.append(
            f"   {kind:<22} {m['tracemalloc_peak'] / 1e6:15.1f} MB {m['tracemalloc_ratio']:7.2f} "
            f"{m['rss_peak_delta'] / 1e6:15.1f} MB {m['rss_ratio']:7.2f}"
        )
    lines.append("   (tracemalloc does not see libxml2's C allocations; RSS growth does, and one-time caches)")
    lines.append("")
    lines.append("== Targets (median of per-round ratios, [range])")
    for t in results["targets"].values():
        status = "met   " if t["met"] else "MISSED"
        lines.append(
            f"   [{status}] {t['description']:<78} {t['ratio']:7.2f} [{t['low']:.2f}-{t['high']:.2f}]"
            f" (limit {t['op']} {t['limit']})"
        )
    met = sum(t["met"] for t in results["targets"].values())
    lines.append(f"   {met} of {len(results['targets'])} targets met; took {meta['duration_s']:.0f} s")
    if results.get("comparisons"):
        lines.append("")
        lines.append("== Beside the targets (not targets: earlier ways of measuring two of them, the floor's own")
        lines.append("   built-vs-decoded encode, each format's first call and its msgspec floor; bench/README.md")
        lines.append("   explains each)")
        for c in results["comparisons"].values():
            limit = f" (earlier limit {c['op']} {c['limit']})" if c["op"] else ""
            lines.append(f"   {c['description']:<87} {c['ratio']:7.2f} [{c['low']:.2f}-{c['high']:.2f}]{limit}")
    first = (results.get("startup") or {}).get("first_call") or {}
    if "vs_floor" in first:
        from .startup import operations_table

        lines += ["", "== First calls over 2 ms (JSON or the floor), ms; each the median of its runs"]
        lines += operations_table(first)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------
# Running


def _versions() -> dict[str, str]:
    out = {}
    for name in ("vitec-connect", "msgspec", "lxml", "urllib3", "xsdata", "pydantic", "xmltodict"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "?"
    return out


def _git_state() -> dict[str, Any]:
    """The commit measured, and which code files differed from it (results are only comparable with that)."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout if done.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "runtime", "generated", "bench")
    commit = git("rev-parse", "HEAD").strip() or "?"
    return {"commit": commit, "changed": [line[3:] for line in changed.splitlines() if line.strip()]}


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on every platform
        return "?"


def choose_xsdata(msg: Message, timer: Timer, say: Callable[[str], None]) -> dict[str, Any]:
    """xsdata's fastest parser handler and serializer writer on ``msg`` (each config timed alone)."""
    parse, render = xsdata_configs(msg)
    times = {name: timer(fn)["seconds"] for name, fn in {**parse, **render}.items()}
    choice = {
        "handler": min(XSDATA_HANDLERS, key=times.__getitem__),
        "writer": min(XSDATA_WRITERS, key=times.__getitem__),
        "seconds": times,
        "on": msg.name,
    }
    say(f"  xsdata on {msg.name}: " + ", ".join(f"{k} {_fmt_time(v)}" for k, v in times.items()))
    return choice


def run(
    *,
    quick: bool = False,
    sizes_mb: tuple[float, ...] = SIZES_MB,
    items: int | None = None,
    seed: int = 2025,
    memory: bool = True,
    client: bool = True,
    startup: bool = True,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run everything; returns the result dict (``meta``, ``timings``, ``pairs``, ``memory``,
    ``startup``, ``targets``). ``items`` (or ``quick``) replaces the sizes by one report of that many
    items of each kind."""
    from . import peers
    from . import startup as startup_costs

    say = log or (lambda _: None)
    started = time.perf_counter()
    load_before = _load()
    git_state = _git_state()  # before anything is imported from the working tree
    if quick or items is not None:
        report_sizes = [items if items is not None else 60]
    else:
        report_sizes = [report_items(mb, seed) for mb in sizes_mb]
    big = (
        Timer(rounds=2, min_round=0.0, budget=0.0, least=2)
        if quick
        else Timer(rounds=7, min_round=0.15, budget=12.0, least=3)
    )
    # a timing no target depends on (the table's peers): fewer rounds of the slowest
    peer = Timer(rounds=2, min_round=0.0, budget=0.0, least=2) if quick else Timer(rounds=5, budget=12.0, least=2)
    small = Timer(rounds=1, min_round=0.001, budget=0.0) if quick else Timer(rounds=5, min_round=0.04, budget=2.0)
    # loopback round trips vary more from call to call: longer rounds, more of them
    calls = Timer(rounds=2, min_round=0.001, budget=0.0) if quick else Timer(rounds=7, min_round=0.1, budget=2.0)
    pyd = peers.pydantic_models()
    timings: dict[str, dict[str, Any]] = {}
    pairs: dict[str, list[float]] = {}
    try:
        say(f"building data (reports of {', '.join(map(str, report_sizes))} items of each kind)")
        messages = build_messages(report_sizes, seed, pyd)
        reports = [m.name for m in messages.values() if m.items]
        the_targets = targets(reports)
        the_comparisons = comparisons(reports)
        middle = messages[reports[len(reports) // 2] if len(reports) < 3 else reports[1]]
        for msg in messages.values():
            check_codecs(msg)
        say("xsdata's configurations")
        xsdata_choice = choose_xsdata(middle, peer, say)
        cases: dict[str, tuple[Callable[[], Any], int]] = {}
        for msg in messages.values():
            cases.update(codec_cases(msg, xsdata_choice))
        # Every input is built: freeze it, so that GC passes during a measurement walk only what that
        # call allocates (as in a process that just decodes one report), not the inputs of every peer.
        gc.collect()
        gc.freeze()
        try:
            for t in (*the_targets, *the_comparisons):
                if t.kind not in ("time", "scaling") or t.numerator not in cases:
                    continue
                (a, size_a), (b, size_b) = cases[t.numerator], cases[t.denominator]
                ea, eb, per_round = big.pair(a, b)
                if t.kind == "scaling":  # cost per byte: (a / size a) / (b / size b)
                    per_round = [r * size_b / size_a for r in per_round]
                pairs[t.key] = per_round
                for key, e, size in ((t.numerator, ea, size_a), (t.denominator, eb, size_b)):
                    if key not in timings:
                        e["mb_per_s"] = size / e["seconds"] / 1e6
                        timings[key] = e
                say(f"  {t.key:<34} {statistics.median(per_round):7.2f} [{min(per_round):.2f}-{max(per_round):.2f}]")
            for key, (fn, size) in cases.items():
                if key in timings:
                    continue
                t = (peer if key.startswith("report_") else small)(fn)
                t["mb_per_s"] = size / t["seconds"] / 1e6
                timings[key] = t
                say(f"  {key:<42} {_fmt_time(t['seconds'])}")
        finally:
            gc.unfreeze()
        del cases
    finally:
        pyd.close()
    client_report = middle.name
    if client:
        say(f"client round trips ({client_report})")
        server = _Server(middle.items, seed)
        try:
            client_calls = client_cases(server.info, messages, client_report)
            gc.collect()
            gc.freeze()
            try:
                for key, fn in client_calls.items():
                    if key.startswith("_"):
                        continue
                    t = (big if ".report." in key else calls)(fn)
                    timings[key] = t
                    say(f"  {key:<42} {_fmt_time(t['seconds'])}")
                    if key == "client.json.contact.ours":
                        _, _, per_round = calls.pair(fn, client_calls["client.json.contact.bare"])
                        pairs["client_overhead_small"] = per_round
            finally:
                gc.unfreeze()
                client_calls["_close"]()
        finally:
            server.close()
    mem = {}
    if memory:
        say(f"peak memory ({reports[-1]})")
        mem = measure_memory(messages[reports[-1]])
    costs: dict[str, Any] = {}
    if startup:
        say("start-up")
        costs = startup_costs.import_ratios(1 if quick else 9)
        costs["first_call"] = startup_costs.first_call(1, sample=12) if quick else startup_costs.first_call(5)
    results: dict[str, Any] = {
        "meta": {
            "quick": quick,
            "reports": reports,
            "items": {m: messages[m].items for m in reports},
            "seed": seed,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_before": load_before,
            "versions": _versions(),
            "git": git_state,
            "xsdata": xsdata_choice,
            "client_report": client_report,
            "targets": [dataclasses.asdict(t) for t in the_targets],
            "comparisons": [dataclasses.asdict(t) for t in the_comparisons],
            "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "sizes": {m.name: {"json": len(m.json), "xml": len(m.xml)} for m in messages.values()},
        },
        "timings": timings,
        "pairs": pairs,
        "memory": mem,
        "startup": costs,
    }
    if client and memory and startup:
        results["targets"] = evaluate(results)
    results["comparisons"] = evaluate(results, "comparisons")
    results["meta"]["load_after"] = _load()
    results["meta"]["duration_s"] = time.perf_counter() - started
    return results


def redo_startup(results: dict[str, Any]) -> dict[str, Any]:
    """``results`` with the start-up measurements taken again (``meta.startup_run`` says when, on what)."""
    from . import startup as startup_costs

    meta: dict[str, Any] = {"load_before": _load(), "git": _git_state()}
    costs = startup_costs.import_ratios(9)
    costs["first_call"] = startup_costs.first_call(5)
    meta["load_after"] = _load()
    meta["when"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    results["startup"] = costs
    results["meta"]["startup_run"] = meta
    results["targets"] = evaluate(results)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, two rounds: a smoke run (seconds)")
    parser.add_argument("--sizes", default=",".join(f"{s:g}" for s in SIZES_MB), help="report sizes, MB of JSON")
    parser.add_argument("--items", type=int, default=None, help="one report of this many items of each kind instead")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT, help=f"JSON results (default {DEFAULT_OUT})")
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="measure start-up again into the results already in --out (the API or its loading changed since)",
    )
    parser.add_argument(
        "--markdown", action="store_true", help="print the results in --out as Markdown tables (no measuring)"
    )
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown_tables(stdlib_json.loads(args.out.read_text(encoding="utf-8"))))
        return 0
    if args.startup_only:
        results = redo_startup(stdlib_json.loads(args.out.read_text(encoding="utf-8")))
        print(report_table(results))
        args.out.write_text(stdlib_json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
        return 0
    sizes = tuple(float(s) for s in args.sizes.split(","))
    results = run(
        quick=args.quick, sizes_mb=sizes, items=args.items, seed=args.seed, log=lambda s: print(s, file=sys.stderr)
    )
    print(report_table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(stdlib_json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
