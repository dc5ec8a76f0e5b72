"""Benchmarks of vitec_connect's codecs and client, as ratios to their floors and peers.

    python -m bench.run [--quick] [--items N] [--out bench/results/latest.json]

Every number is the best of several rounds (each round a calibrated loop of calls), and every ratio
compares two measurements taken in this same process and run, so machines and runs compare by ratio.

- XML (DataContract) decode of the large report: ours vs ``lxml.etree.fromstring`` alone (the floor:
  parsing without building objects), xsdata's parser into the generated xsdata classes, xmltodict.
- XML encode: ours vs xsdata's serializer vs ``lxml.etree.tostring`` of a prebuilt tree.
- JSON decode / encode: ours vs bare msgspec into plain Structs (``bench/floor.py``: the floor) vs
  pydantic v2 models generated from the same spec (datamodel-code-generator, at bench time) vs the
  stdlib ``json`` module into / from dicts.
- The same for three small messages (a ``CrmContact``, 20 ``CrmContactLead``, an ``IncomingLead``).
- Client round trips on loopback against one ``MockServer`` (``bench/server.py``, own process, cached
  answers): our ``Client`` vs bare ``urllib3`` + ``msgspec.json.decode`` (JSON) / ``lxml`` (XML), for
  a small response (``get_contact``) and the large report.
- Peak memory while decoding the large report (``bench/memory.py``, one fresh process per decoder).

Targets (``TARGETS``) are printed as met / missed with the ratio; ``--out`` writes everything as JSON.
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

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "results" / "latest.json"

#: message name -> (what it is, for the table)
MESSAGES = {
    "report": "TipsAndLeadsReport",
    "contact": "CrmContact (CrmPersonContact)",
    "contact_leads": "list[CrmContactLead] x20",
    "incoming_lead": "IncomingLead (UTM tags)",
}
#: operation -> the implementations measured, ours first
IMPLS = {
    "xml_decode": ("ours", "lxml_fromstring", "xsdata", "xmltodict"),
    "xml_encode": ("ours", "ours_built", "lxml_tostring", "xsdata"),
    "json_decode": ("ours", "msgspec_plain", "pydantic", "stdlib"),
    "json_encode": ("ours", "ours_built", "msgspec_plain", "pydantic", "stdlib"),
}
IMPL_LABELS = {
    "ours": "vitec_connect (ours)",
    "ours_built": "ours, objects built in Python",
    "lxml_fromstring": "lxml.etree.fromstring (floor)",
    "lxml_tostring": "lxml.etree.tostring (floor)",
    "xsdata": "xsdata",
    "xmltodict": "xmltodict.parse",
    "msgspec_plain": "msgspec, plain Structs (floor)",
    "pydantic": "pydantic v2",
    "stdlib": "stdlib json (dicts)",
    "bare": "urllib3 + msgspec/lxml (bare)",
    "http_only": "urllib3 alone, no decode",
    "ours_no_network": "ours, MockTransport (no network)",
}
CLIENT_IMPLS = ("ours", "bare", "http_only", "ours_no_network")
MEMORY_KINDS = ("json.ours", "json.msgspec_plain", "xml.ours", "xml.lxml")


@dataclasses.dataclass(frozen=True)
class Target:
    key: str
    description: str
    numerator: str  # a timing key; for kind "memory", a MEMORY_KINDS key
    denominator: str  # a timing key; for kind "memory", the ratio: "tracemalloc_ratio" or "rss_ratio"
    op: str  # "<=": numerator / denominator at most limit; ">=": at least limit
    limit: float
    kind: str = "time"


TARGETS = (
    Target(
        "xml_decode_vs_lxml",
        "XML decode <= 2.5x lxml.etree.fromstring",
        "report.xml_decode.ours",
        "report.xml_decode.lxml_fromstring",
        "<=",
        2.5,
    ),
    Target(
        "xml_decode_vs_xsdata",
        "XML decode >= 10x faster than xsdata",
        "report.xml_decode.xsdata",
        "report.xml_decode.ours",
        ">=",
        10.0,
    ),
    Target(
        "xml_encode_vs_xsdata",
        "XML encode >= 10x faster than xsdata",
        "report.xml_encode.xsdata",
        "report.xml_encode.ours",
        ">=",
        10.0,
    ),
    Target(
        "json_decode_vs_msgspec",
        "JSON decode <= 1.3x bare msgspec",
        "report.json_decode.ours",
        "report.json_decode.msgspec_plain",
        "<=",
        1.3,
    ),
    Target(
        "json_decode_vs_pydantic",
        "JSON decode >= 5x faster than pydantic v2",
        "report.json_decode.pydantic",
        "report.json_decode.ours",
        ">=",
        5.0,
    ),
    Target(
        "json_encode_vs_msgspec",
        "JSON encode <= 1.3x bare msgspec",
        "report.json_encode.ours",
        "report.json_encode.msgspec_plain",
        "<=",
        1.3,
    ),
    Target(
        "client_overhead_small",
        "client call <= 1.3x urllib3+msgspec (small, JSON)",
        "client.json.contact.ours",
        "client.json.contact.bare",
        "<=",
        1.3,
    ),
    Target(
        "memory_json_decode",
        "JSON decode peak memory <= 5x body (tracemalloc)",
        "json.ours",
        "tracemalloc_ratio",
        "<=",
        5.0,
        "memory",
    ),
    Target(
        "memory_xml_decode",
        "XML decode peak memory <= 5x body (tracemalloc)",
        "xml.ours",
        "tracemalloc_ratio",
        "<=",
        5.0,
        "memory",
    ),
    Target(
        "memory_json_decode_rss",
        "JSON decode peak memory <= 5x body (RSS, all allocators)",
        "json.ours",
        "rss_ratio",
        "<=",
        5.0,
        "memory",
    ),
    Target(
        "memory_xml_decode_rss",
        "XML decode peak memory <= 5x body (RSS, incl. libxml2)",
        "xml.ours",
        "rss_ratio",
        "<=",
        5.0,
        "memory",
    ),
)


def timing_keys() -> list[str]:
    """Every timing a complete run reports."""
    keys = [f"{msg}.{op}.{impl}" for msg in MESSAGES for op, impls in IMPLS.items() for impl in impls]
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
    """Best of ``rounds`` rounds; a round calls ``fn`` in a loop for at least ``min_round`` seconds.

    Slow calls get fewer rounds so that one measurement stays within ``budget`` seconds (never fewer
    than two rounds, or one in quick mode). The GC stays enabled (real decoding pays for it) and is
    collected before each round; ``run`` freezes the inputs first (``gc.freeze``) so that its passes
    cost what they would in a process holding nothing else.
    """

    rounds: int = 5
    min_round: float = 0.05
    budget: float = 8.0

    def __call__(self, fn: Callable[[], Any]) -> dict[str, Any]:
        gc.collect()
        t = time.perf_counter()
        fn()  # warm-up: caches, lazily built tables
        once = time.perf_counter() - t
        if once < 0.2:
            t = time.perf_counter()
            fn()
            once = time.perf_counter() - t
        inner = max(1, math.ceil(self.min_round / max(once, 1e-7)))
        rounds = max(min(2, self.rounds), min(self.rounds, int(self.budget / max(once * inner, 1e-9))))
        samples = []
        for _ in range(rounds):
            gc.collect()
            t = time.perf_counter()
            for _ in range(inner):
                fn()
            samples.append((time.perf_counter() - t) / inner)
        return {
            "seconds": min(samples),
            "median": statistics.median(samples),
            "rounds": rounds,
            "inner": inner,
        }


# ---------------------------------------------------------------------------------------------------
# Inputs


@dataclasses.dataclass
class Message:
    name: str
    obj: Any  # our model (or list of models)
    type: Any  # what vitec_connect.json / .xml decode it as
    json: bytes
    xml: bytes
    floor_type: Any
    pydantic_decode: Callable[[bytes], Any]
    pydantic_encode: Callable[[Any], Any]
    xsdata_cls: Any


def build_messages(items: int, seed: int, pyd: Any) -> dict[str, Message]:
    from vitec_connect import json, xml

    from . import data, floor, peers

    xs = peers.xsdata_classes()
    made = {
        "report": (data.report(items, seed), data.REPORT_TYPE, floor.REPORT, pyd.report),
        "contact": (data.contact(seed), data.CONTACT_TYPE, floor.CONTACT, pyd.contact),
        "contact_leads": (data.contact_leads(20, seed), data.CONTACT_LEADS_TYPE, floor.CONTACT_LEADS, None),
        "incoming_lead": (data.incoming_lead(seed), data.INCOMING_LEAD_TYPE, floor.INCOMING_LEAD, pyd.incoming_lead),
    }
    out = {}
    for name, (obj, tp, floor_type, model) in made.items():
        if model is None:  # a list: pydantic's TypeAdapter
            adapter = pyd.contact_leads
            dec: Callable[[bytes], Any] = adapter.validate_json
            enc: Callable[[Any], Any] = lambda v, a=adapter: a.dump_json(v, by_alias=True)
        else:
            dec = model.model_validate_json
            enc = lambda v: v.model_dump_json(by_alias=True)
        out[name] = Message(name, obj, tp, json.encode(obj), xml.encode(obj, type=tp), floor_type, dec, enc, xs[name])
    return out


# ---------------------------------------------------------------------------------------------------
# Codecs


def codec_cases(msg: Message) -> dict[str, tuple[Callable[[], Any], int]]:
    """timing key -> (a call, the body bytes it reads or writes)."""
    import xmltodict
    from lxml import etree
    from vitec_connect import json, xml, xsdata_support

    from . import floor

    j, x, tp, obj = msg.json, msg.xml, msg.type, msg.obj
    # Every encoder writes what its own decoder read from the same body (objects allocated the way a
    # decoder lays them out); "ours_built" also times the objects as bench.data built them.
    ours_from_json = json.decode(j, type=tp)
    ours_from_xml = xml.decode(x, type=tp)
    # xsdata's best case: one parser and one serializer, reused (each holds its metadata cache).
    parser = xsdata_support.parser()
    serializer = xsdata_support.serializer()
    xs_obj = parser.from_bytes(x, msg.xsdata_cls)
    inner = getattr(xs_obj, "value", xs_obj)  # a subtype root comes wrapped (DerivedElement)
    ns_map = {"i": xsdata_support.XSI, None: inner.Meta.namespace}
    tree = etree.fromstring(x)
    plain_dec = floor.decoder(msg.floor_type)
    plain_enc = floor.encoder()
    plain_obj = plain_dec.decode(j)
    pyd_obj = msg.pydantic_decode(j)
    dicts = stdlib_json.loads(j)
    m = msg.name
    xsdata_cls = msg.xsdata_cls
    return {
        f"{m}.xml_decode.ours": (lambda: xml.decode(x, type=tp), len(x)),
        f"{m}.xml_decode.lxml_fromstring": (lambda: etree.fromstring(x), len(x)),
        f"{m}.xml_decode.xsdata": (lambda: parser.from_bytes(x, xsdata_cls), len(x)),
        f"{m}.xml_decode.xmltodict": (lambda: xmltodict.parse(x), len(x)),
        f"{m}.xml_encode.ours": (lambda: xml.encode(ours_from_xml, type=tp), len(x)),
        f"{m}.xml_encode.ours_built": (lambda: xml.encode(obj, type=tp), len(x)),
        f"{m}.xml_encode.lxml_tostring": (lambda: etree.tostring(tree), len(x)),
        f"{m}.xml_encode.xsdata": (lambda: serializer.render(xs_obj, ns_map=ns_map).encode(), len(x)),
        f"{m}.json_decode.ours": (lambda: json.decode(j, type=tp), len(j)),
        f"{m}.json_decode.msgspec_plain": (lambda: plain_dec.decode(j), len(j)),
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


def client_cases(info: dict[str, str], messages: dict[str, Message]) -> dict[str, Callable[[], Any]]:
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
        msg = messages["report" if "/BusinessIntelligence/" in request.url else "contact"]
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
        if cases[f"client.{fmt}.report.ours"]() != messages["report"].obj:
            raise AssertionError(f"client ({fmt}) did not return the planted report")
        if cases[f"client.{fmt}.contact.ours"]() != messages["contact"].obj:
            raise AssertionError(f"client ({fmt}) did not return the planted contact")
        expected = messages["report"].json if fmt == "json" else messages["report"].xml
        if cases[f"client.{fmt}.report.http_only"]() != expected:
            raise AssertionError(f"the server's {fmt} report is not the benchmark's body")
    cases["_close"] = lambda: [c.close() for c in [*clients.values(), *offline.values()]] + [pool.clear()]
    return cases


# ---------------------------------------------------------------------------------------------------
# Memory


def measure_memory(messages: dict[str, Message]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="vitec-bench-") as tmp:
        paths = {"json": pathlib.Path(tmp, "report.json"), "xml": pathlib.Path(tmp, "report.xml")}
        paths["json"].write_bytes(messages["report"].json)
        paths["xml"].write_bytes(messages["report"].xml)
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


def evaluate(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    timings, memory = results["timings"], results["memory"]
    out = {}
    for t in TARGETS:
        if t.kind == "memory":
            ratio = memory[t.numerator][t.denominator]
        else:
            ratio = timings[t.numerator]["seconds"] / timings[t.denominator]["seconds"]
        met = ratio <= t.limit if t.op == "<=" else ratio >= t.limit
        out[t.key] = {
            "description": t.description,
            "ratio": ratio,
            "limit": t.limit,
            "op": t.op,
            "met": met,
            "numerator": t.numerator,
            "denominator": t.denominator,
        }
    return out


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
    sizes = meta["sizes"]
    lines.append(
        f"report: {meta['items']} incoming + {meta['items']} outgoing + {meta['items']} tips; "
        f"JSON {sizes['report']['json'] / 1e6:.2f} MB, XML {sizes['report']['xml'] / 1e6:.2f} MB"
    )
    lines.append(
        "times: best of N rounds; 'x ours' = this time / our time (>1: slower than ours); "
        "'med/best' = median / best round (well above 1: a noisy measurement)"
    )
    for msg, label in MESSAGES.items():
        lines.append("")
        s = sizes[msg]
        lines.append(f"== {label}  (JSON {s['json']:,} B, XML {s['xml']:,} B)")
        lines.append(
            f"   {'operation':<12} {'implementation':<32} {'time':>11} {'MB/s':>8} {'x ours':>8} {'med/best':>9}"
        )
        for op, impls in IMPLS.items():
            ours = timings[f"{msg}.{op}.ours"]["seconds"]
            for i, impl in enumerate(impls):
                t = timings[f"{msg}.{op}.{impl}"]
                lines.append(
                    f"   {op if i == 0 else '':<12} {IMPL_LABELS[impl]:<32} {_fmt_time(t['seconds']):>11} "
                    f"{t['mb_per_s']:8.1f} {t['seconds'] / ours:8.2f} {t['median'] / t['seconds']:9.2f}"
                )
    lines.append("")
    lines.append("== Client round trip on loopback (MockServer in its own process, cached answers)")
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
    lines.append("== Peak memory decoding the report (fresh process each; x body size)")
    lines.append(f"   {'decoder':<22} {'tracemalloc peak':>18} {'x body':>7} {'RSS peak growth':>18} {'x body':>7}")
    for kind, m in results["memory"].items():
        lines.append(
            f"   {kind:<22} {m['tracemalloc_peak'] / 1e6:15.1f} MB {m['tracemalloc_ratio']:7.2f} "
            f"{m['rss_peak_delta'] / 1e6:15.1f} MB {m['rss_ratio']:7.2f}"
        )
    lines.append("   (tracemalloc does not see libxml2's C allocations; RSS growth does, and one-time caches)")
    lines.append("")
    lines.append("== Targets")
    for t in results["targets"].values():
        status = "met   " if t["met"] else "MISSED"
        lines.append(f"   [{status}] {t['description']:<58} {t['ratio']:7.2f}x (limit {t['op']} {t['limit']})")
    met = sum(t["met"] for t in results["targets"].values())
    lines.append(f"   {met} of {len(results['targets'])} targets met; took {meta['duration_s']:.0f} s")
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


def run(
    *,
    quick: bool = False,
    items: int | None = None,
    seed: int = 2025,
    memory: bool = True,
    client: bool = True,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run everything; returns the result dict (``meta``, ``timings``, ``memory``, ``targets``)."""
    from . import peers

    say = log or (lambda _: None)
    started = time.perf_counter()
    git_state = _git_state()  # before anything is imported from the working tree
    items = items if items is not None else (100 if quick else 3000)
    big = Timer(rounds=1, min_round=0.0, budget=0.0) if quick else Timer(rounds=7, min_round=0.15, budget=8.0)
    small = Timer(rounds=1, min_round=0.001, budget=0.0) if quick else Timer(rounds=5, min_round=0.04, budget=2.0)
    # loopback round trips vary more from call to call: longer rounds, more of them
    calls = Timer(rounds=1, min_round=0.001, budget=0.0) if quick else Timer(rounds=7, min_round=0.1, budget=2.0)
    pyd = peers.pydantic_models()
    try:
        say(f"building data ({items} items of each kind)")
        messages = build_messages(items, seed, pyd)
        cases: dict[str, tuple[Callable[[], Any], int]] = {}
        for msg in messages.values():
            check_codecs(msg)
            cases.update(codec_cases(msg))
        timings: dict[str, dict[str, Any]] = {}
        # Every input is built: freeze it, so that GC passes during a measurement walk only what that
        # call allocates (as in a process that just decodes one report), not the inputs of every peer.
        gc.collect()
        gc.freeze()
        try:
            for key, (fn, size) in cases.items():
                t = (big if key.startswith("report.") else small)(fn)
                t["mb_per_s"] = size / t["seconds"] / 1e6
                timings[key] = t
                say(f"  {key:<42} {_fmt_time(t['seconds'])}")
        finally:
            gc.unfreeze()
        del cases
    finally:
        pyd.close()
    if client:
        say("client round trips")
        server = _Server(items, seed)
        try:
            client_calls = client_cases(server.info, messages)
            gc.collect()
            gc.freeze()
            try:
                for key, fn in client_calls.items():
                    if key.startswith("_"):
                        continue
                    t = (big if ".report." in key else calls)(fn)
                    timings[key] = t
                    say(f"  {key:<42} {_fmt_time(t['seconds'])}")
            finally:
                gc.unfreeze()
                client_calls["_close"]()
        finally:
            server.close()
    mem = {}
    if memory:
        say("peak memory")
        mem = measure_memory(messages)
    results: dict[str, Any] = {
        "meta": {
            "quick": quick,
            "items": items,
            "seed": seed,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "versions": _versions(),
            "git": git_state,
            "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "sizes": {m.name: {"json": len(m.json), "xml": len(m.xml)} for m in messages.values()},
        },
        "timings": timings,
        "memory": mem,
    }
    if client and memory:
        results["targets"] = evaluate(results)
    results["meta"]["duration_s"] = time.perf_counter() - started
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, one round: a smoke run (seconds)")
    parser.add_argument("--items", type=int, default=None, help="report items of each kind (default 3000)")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT, help=f"JSON results (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    results = run(quick=args.quick, items=args.items, seed=args.seed, log=lambda s: print(s, file=sys.stderr))
    print(report_table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(stdlib_json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
