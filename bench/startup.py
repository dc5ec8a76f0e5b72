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
  operation, each operation's figure the median of its runs. The same with the client made with
  ``format="xml"`` (the XML of the same answer), and the msgspec floor of each operation's first call
  (bench/first_floor.py: bare Structs of the same shapes, their decoder built, the answer decoded), in
  the same rounds.
- ``first_layout.measure``: what an import pays per class and per extra module (the model layout's
  costs), in fresh processes.
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
    """The largest first-call overhead over the measured operations, per process: median, min, max (s);
    every operation's figures (``first_call_all``) and what a class and a module cost (``layout``, µs:
    bench/first_layout.py). ``sample``: every operation's figures from that many operations spread over
    the API, one run each (a smoke run), not from all of them three times."""
    from . import first_layout, imports

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
        # (the target says any operation: every one, three runs each; in both formats, beside the floor)
        **(first_call_all(3) if sample is None else first_call_all(1, sample=sample)),
        "layout": first_layout.measure(rounds=9 if sample is None else 2),
    }


def first_call_all(runs: int, *, sample: int | None = None) -> dict[str, Any]:
    """Every operation's first-call overhead (s), three ways in the same processes' run (see
    ``first_call_extras``): ours with JSON (``all``), ours with XML (``xml``), and the msgspec floor
    (bench/first_floor.py: ``floor`` with annotations evaluated as each class is made, ``floor_text``
    with annotations as text, as the generated models write them). Each: the median over operations, the
    worst operation with the range of its runs, how many are at or under 2 ms, the count, and each
    operation's median. ``any``: the worst of JSON and XML; ``vs_floor``: ours (JSON) against the floor,
    operation by operation; ``probe_seconds``: what each kind's processes took. ``sample``: that many
    operations, spread evenly over the API's order, instead of every one."""
    from . import imports

    imports.compile_installed()
    spent: dict[str, float] = {}
    extras, failed = imports.first_call_extras(
        None, "vitec_connect", runs, sample=sample, kinds=imports.KINDS, spent=spent, fewer=FEWER
    )
    out = {
        key: _summary(extras[kind], {k: v for k, v in failed.items() if k.startswith(f"{kind}:")})
        for key, kind in (("all", "json"), ("xml", "xml"), ("floor", "floor"), ("floor_text", "floor_text"))
    }
    fmt, key = max(("json", "all"), ("xml", "xml"), key=lambda f: out[f[1]]["worst"])
    worst = out[key]
    out["any"] = {
        "worst": worst["worst"],
        "worst_low": worst["worst_low"],
        "worst_high": worst["worst_high"],
        "worst_operation": worst["worst_operation"],
        "worst_format": fmt,
    }
    out["vs_floor"] = _vs_floor(extras["json"], extras["floor"], out["all"]["worst_operation"])
    out["probe_seconds"] = spent  # (what each kind's fresh processes cost the run, wall clock)
    return out


#: Kinds measured in fewer rounds (a full run's time): the floor with annotations as text is a
#: comparison beside the floor, one round.
FEWER = {"floor_text": 1}

#: The target's figure for one operation's first call (s).
WITHIN = 0.002


def _summary(extra: dict[str, list[float]], failed: dict[str, str]) -> dict[str, Any]:
    """One kind's figures (s) from its per-operation runs (ms)."""
    per_op = {op_id: statistics.median(v) / 1000 for op_id, v in extra.items()}
    worst = max(per_op, key=per_op.__getitem__)
    return {
        "median": statistics.median(per_op.values()),
        "worst": per_op[worst],
        "worst_operation": worst,
        "worst_low": min(extra[worst]) / 1000,
        "worst_high": max(extra[worst]) / 1000,
        "within_2ms": sum(v <= WITHIN for v in per_op.values()),
        "measured": len(per_op),
        "failed": failed,
        "operations": per_op,
    }


def _vs_floor(ours: dict[str, list[float]], floor: dict[str, list[float]], our_worst: str) -> dict[str, Any]:
    """Ours (JSON) against the floor, per operation (s): the floor of our worst operation with its range,
    how many operations have a floor at or under 2 ms and how many of those ours meets, and what ours
    adds over the floor (each run against the floor's run of the same round: the median of those per
    operation; the median operation and the worst with its range)."""
    both = [op_id for op_id in ours if op_id in floor]
    excess = {op_id: [(o - f) / 1000 for o, f in zip(ours[op_id], floor[op_id], strict=False)] for op_id in both}
    per_op = {op_id: statistics.median(v) for op_id, v in excess.items()}
    worst = max(per_op, key=per_op.__getitem__)
    within = [op_id for op_id in both if statistics.median(floor[op_id]) / 1000 <= WITHIN]
    at_worst = floor.get(our_worst, [float("nan")])
    return {
        "at_our_worst": statistics.median(at_worst) / 1000,
        "at_our_worst_low": min(at_worst) / 1000,
        "at_our_worst_high": max(at_worst) / 1000,
        "at_our_worst_operation": our_worst,
        "floor_within_2ms": len(within),
        "met_of_floor_within_2ms": sum(statistics.median(ours[op_id]) / 1000 <= WITHIN for op_id in within),
        "excess_median": statistics.median(per_op.values()),
        "excess_worst": per_op[worst],
        "excess_worst_low": min(excess[worst]),
        "excess_worst_high": max(excess[worst]),
        "excess_worst_operation": worst,
        "operations": per_op,
    }


def operations_table(first: dict[str, Any], limit: float = WITHIN) -> list[str]:
    """Each operation whose first call (JSON) or floor is over ``limit`` (s), slowest first: ours in each
    format, the floor in both variants, and ours (JSON) over the floor, in ms."""
    ours, xml, floor = first["all"]["operations"], first["xml"]["operations"], first["floor"]["operations"]
    text, over = first["floor_text"]["operations"], first["vs_floor"]["operations"]
    slow = [op_id for op_id in ours if max(ours[op_id], floor.get(op_id, 0.0)) > limit]

    def ms(table: dict[str, float], op_id: str) -> str:
        return f"{table[op_id] * 1000:8.2f}" if op_id in table else f"{'-':>8}"

    lines = [f"   {'operation':<60} {'JSON':>8} {'XML':>8} {'floor':>8} {'as text':>8} {'over it':>8}"]
    for op_id in sorted(slow, key=lambda o: -ours[o]):
        cells = " ".join(ms(t, op_id) for t in (ours, xml, floor, text, over))
        lines.append(f"   {op_id:<60} {cells}")
    return lines


if __name__ == "__main__":  # python -m bench.startup [results.json]: the per-operation first calls
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "bench" / "results" / "latest.json")
    first = json.loads(path.read_text(encoding="utf-8"))["startup"]["first_call"]
    print(f"First calls over {WITHIN * 1000:g} ms (JSON, or the floor), ms; each the median of its runs:")
    print("\n".join(operations_table(first)))
