"""Start-up costs: ``import vitec_connect`` against its dependencies, and a first call against later ones.

- ``import_ratios(runs)``: ``bench.imports`` (fresh interpreters, alternating with one that imports
  msgspec, lxml.etree and urllib3 only) for the shipped package and for the fixture spec's package
  (tests/fixtures/fullspec: 62 operations, 175 types), each as the median ratio and its range.
- ``first_call(runs)``: in ``runs`` fresh processes that import only ``vitec_connect``, the first call
  of each of the four GET operations against the median of the 20 calls after it, through a
  ``MockTransport`` answering bench.data's bodies (no network: the difference is what loading the
  operation's tables, decoders and types costs on first use).
- ``first_call_all(runs)``: every operation of the shipped package, each in ``runs`` fresh processes of
  its own (bench/_first_call.py: the smallest answer of its result type, the first call from the group's
  attribute on against the fastest of the five after it): the median over operations and the worst
  operation, each operation's figure the median of its runs.
"""

from __future__ import annotations

import json
import pathlib
import statistics
import subprocess
import sys
import tempfile
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent

_FIRST_CALL = r"""
import json, statistics, sys, time
import vitec_connect

bodies = {k: v.encode() for k, v in json.load(open(sys.argv[1])).items()}

current = [""]

def answer(request):
    body = bodies[current[0]]
    return vitec_connect.Response(200, {"content-type": "application/json; charset=utf-8"}, body, 0.0, request)

calls = {
    "get_contact": lambda c: c.crm.get_contact(customer_id="k", contact_id="KON1"),
    "get_contact_leads": lambda c: c.crm.get_contact_leads(
        customer_id="k", contact_ids=["KON1"], object_lead_type=True, contact_lead_type=True, log_lead_type=True,
        outgoing_lead_type=True),
    "get_incoming_lead": lambda c: c.crm.get_incoming_lead(customer_id="k", id="INL1"),
    "get_tips_and_leads_report": lambda c: c.business_intelligence.get_tips_and_leads_report(
        customer_id="k", date_from=DATE_FROM, date_to=DATE_TO),
}
import datetime
DATE_FROM, DATE_TO = datetime.date(2025, 9, 2), datetime.date(2025, 11, 1)
client = vitec_connect.Client("u", "p", format="json", transport=vitec_connect.MockTransport(answer))
out = {}
for name, call in calls.items():
    current[0] = name
    t = time.perf_counter(); call(client); first = time.perf_counter() - t
    later = []
    for _ in range(20):
        t = time.perf_counter(); call(client); later.append(time.perf_counter() - t)
    out[name] = first - statistics.median(later)
print(json.dumps(out))
"""


def _bodies(path: pathlib.Path) -> None:
    """The canned JSON answers (bench.data's messages, a small report), written for the child process
    (which imports nothing but vitec_connect before its first call)."""
    from vitec_connect import json as vjson

    from . import data

    path.write_text(
        json.dumps(
            {
                "get_contact": vjson.encode(data.contact()).decode(),
                "get_contact_leads": vjson.encode(data.contact_leads(3)).decode(),
                "get_incoming_lead": vjson.encode(data.incoming_lead()).decode(),
                "get_tips_and_leads_report": vjson.encode(data.report(20)).decode(),
            }
        ),
        encoding="utf-8",
    )


def import_ratios(runs: int) -> dict[str, dict[str, float]]:
    """{"shipped": ..., "fixture": ...}: median ratio, min, max and the median seconds of the import."""
    from . import imports

    out = {}
    with tempfile.TemporaryDirectory(prefix="vitec-bench-") as tmp:
        folder = imports.fixture_package(pathlib.Path(tmp))
        for key, stmt, path in (("shipped", "import vitec_connect", None), ("fixture", "import fullconnect", folder)):
            median, low, high, seconds = imports.ratios(stmt, path, runs)
            out[key] = {"ratio": median, "low": low, "high": high, "seconds": seconds}
    return out


def first_call(runs: int, *, sample: int | None = None) -> dict[str, Any]:
    """The largest first-call overhead over the measured operations, per process: median, min, max (s).
    ``sample``: every operation's figure (``all``) from that many operations spread over the API, one run
    each (a smoke run), not from all of them three times."""
    from . import imports

    imports.compile_installed()  # (the first call imports its operation's modules: from bytecode, not source)
    worst = []
    per_op: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="vitec-bench-") as tmp:
        bodies = pathlib.Path(tmp, "bodies.json")
        _bodies(bodies)
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-c", _FIRST_CALL, str(bodies)],
                cwd=tmp, capture_output=True, text=True, check=True, timeout=300,
            )  # fmt: skip
            result = json.loads(done.stdout)
            worst.append(max(result.values()))
            for name, seconds in result.items():
                per_op.setdefault(name, []).append(seconds)
    return {
        "ratio": statistics.median(worst),
        "low": min(worst),
        "high": max(worst),
        "operations": {name: statistics.median(v) for name, v in per_op.items()},
        # (the target says any operation: every one, three runs each)
        "all": first_call_all(3) if sample is None else first_call_all(1, sample=sample),
    }


def first_call_all(runs: int, *, sample: int | None = None) -> dict[str, Any]:
    """Every operation's first-call overhead (s): the median over operations, the worst operation with the
    range of its runs, the count, and each operation's median. ``sample``: that many operations, spread
    evenly over the API's order, instead of every one."""
    from . import imports

    imports.compile_installed()
    extra, failed = imports.first_call_extras(None, "vitec_connect", runs, sample=sample)
    per_op = {op_id: statistics.median(v) / 1000 for op_id, v in extra.items()}
    worst = max(per_op, key=per_op.__getitem__)
    return {
        "median": statistics.median(per_op.values()),
        "worst": per_op[worst],
        "worst_operation": worst,
        "worst_low": min(extra[worst]) / 1000,
        "worst_high": max(extra[worst]) / 1000,
        "measured": len(per_op),
        "failed": failed,
        "operations": per_op,
    }
