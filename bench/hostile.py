"""Hostile but valid input: entity-heavy XML and long report merges, as ratios measured in one run.

    python -m bench.hostile [--sizes 1,4,16] [--rounds 5] [--merge 10000,100000] [--out FILE]

- Entity-heavy XML: a report whose every message is text dense with entity and character references
  (``&lt;b&gt;``, ``&amp;``, ``&#228;``, ``&#x1F600;``), at 1, 4 and 16 MB. For each size, in a fresh
  process per decoder: the decode time of ``vitec_connect.xml.decode`` against ``lxml.etree.fromstring``
  alone (the parse, no objects built), and the resident set's peak growth over the body's size.
  Targets: at most 3x lxml's parse time and 5x the body in peak memory.
- Report merging: two windows of a report holding N items in all (the edge items returned by both
  neighbouring windows, as the API does), each window without the previous one's items
  (``_without_previous``), then merged (``_merge_report``), as a windowed call does. The time per
  item must stay flat from 10k to 100k items (linear), where a list-based check grows with N.

Every figure is the median of ``--rounds`` runs with the spread (min..max).
"""

from __future__ import annotations

import argparse
import itertools
import json
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

#: Text that is mostly references: named, decimal and hexadecimal, with a few plain characters.
_PIECES = ("&lt;b&gt;", "&amp;", "&#228;", "&#x1F600;", "&quot;", "Å", "x", "&#10;", "&apos;")


def entity_heavy_report(size: int, seed: int = 7) -> bytes:
    """A valid DataContract XML report of about ``size`` bytes, its messages dense with references."""
    import random

    from vitec_connect import xml

    from . import data

    rnd = random.Random(seed)
    template = xml.encode(data.report(n=40, seed=seed)).decode()
    messages = list(re.finditer(r"<(\w+:)?Message>([^<]*)</\1?Message>", template))

    def text() -> str:
        return "".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(200, 600)))

    out, last = [], 0
    for m in messages:
        out += [template[last : m.start(2)], text()]
        last = m.end(2)
    out.append(template[last:])
    doc = "".join(out)
    # Repeat the report's items until the document reaches the size (the items of each list in a row).
    head, _, rest = doc.partition("<IncomingLeads>")
    items, _, tail = rest.partition("</IncomingLeads>")
    body = items * max(1, (size - len(head) - len(tail)) // max(1, len(items.encode())))
    return f"{head}<IncomingLeads>{body}</IncomingLeads>{tail}".encode()


_CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, {root!r})
from bench.memory import _Peak
from lxml import etree
from vitec_connect import xml, models
body = open(sys.argv[2], "rb").read()
if sys.argv[1] == "lxml":
    decode = etree.fromstring
else:
    decode = lambda b: xml.decode(b, type=models.TipsAndLeadsReport)
gc.collect()
peak = _Peak()
start = time.perf_counter()
result = decode(body)
took = time.perf_counter() - start
grew = peak.growth()
del result
gc.collect()
times = [took]
for _ in range(2):
    start = time.perf_counter(); result = decode(body); times.append(time.perf_counter() - start); del result
print(json.dumps({{"seconds": min(times), "rss_peak_delta": grew, "body": len(body)}}))
"""


def _run_child(kind: str, path: str) -> dict[str, Any]:
    root = str(pathlib.Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(root=root), kind, path], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def bench_entities(sizes: list[int], rounds: int) -> list[dict[str, Any]]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = f"{tmp}/report-{mb}.xml"
            body = entity_heavy_report(mb * 1024 * 1024)
            pathlib.Path(path).write_bytes(body)
            time_ratios, memory_ratios = [], []
            for _ in range(rounds):
                ours = _run_child("ours", path)
                floor = _run_child("lxml", path)
                time_ratios.append(ours["seconds"] / floor["seconds"])
                memory_ratios.append(ours["rss_peak_delta"] / len(body))
            row = {
                "size_mb": mb,
                "body_bytes": len(body),
                "references": body.count(b"&"),
                "time_vs_lxml_parse": _spread(time_ratios),
                "peak_memory_vs_body": _spread(memory_ratios),
                "time_target_met": statistics.median(time_ratios) <= 3.0,
                "memory_target_met": statistics.median(memory_ratios) <= 5.0,
            }
            print(json.dumps(row), flush=True)
            results.append(row)
    return results


def merge_windows(n: int, windows: int = 2) -> list[Any]:
    """``windows`` consecutive windows of a report holding ``n`` items in all (a third in each list),
    each window's last item of every list also the next window's first (an equal copy, as decoded)."""
    import copy

    from vitec_connect import json, models

    from . import data

    full = data.report(n=n // 3)
    names = ("incoming_leads", "outgoing_leads", "tips")
    parts = []
    for w in range(windows):
        lists = {}
        for name in names:
            items = getattr(full, name)
            per = len(items) // windows
            lo, hi = w * per, (w + 1) * per if w < windows - 1 else len(items)
            lists[name] = ([copy.deepcopy(items[lo - 1])] if w else []) + items[lo:hi]
        window = models.TipsAndLeadsReport(**lists)
        parts.append(json.decode(json.encode(window), type=models.TipsAndLeadsReport))  # as a call receives it
    return parts


def bench_merge(sizes: list[int], rounds: int) -> list[dict[str, Any]]:
    from vitec_connect._calls import _merge_report, _without_previous

    def merge(parts: list[Any]) -> Any:  # what a windowed call does with the windows it receives
        kept = [parts[0]]
        for previous, current in itertools.pairwise(parts):
            kept.append(_without_previous(previous, current))
        return _merge_report(kept)

    results = []
    for n in sizes:
        parts = merge_windows(n)
        per_item = []
        for _ in range(rounds):
            start = time.perf_counter()
            merged = merge(parts)
            per_item.append((time.perf_counter() - start) / n * 1e6)
        total = len(merged.incoming_leads) + len(merged.outgoing_leads) + len(merged.tips)
        assert total == n // 3 * 3, (total, n)  # every edge item once, nothing else dropped
        row = {"items": n, "microseconds_per_item": _spread(per_item)}
        print(json.dumps(row), flush=True)
        results.append(row)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16", help="entity-heavy XML sizes in MB")
    parser.add_argument("--merge", default="10000,100000", help="report items to merge")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", help="write the results as JSON here")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    merges = [int(s) for s in args.merge.split(",") if s]
    results = {"entity_heavy_xml": bench_entities(sizes, args.rounds), "merge": bench_merge(merges, args.rounds)}
    if len(results["merge"]) >= 2:
        small, large = results["merge"][0], results["merge"][-1]
        growth = large["microseconds_per_item"]["median"] / small["microseconds_per_item"]["median"]
        results["merge_per_item_growth"] = growth
        print(json.dumps({"merge_per_item_growth": growth, "linear": growth < 2.0}))
    if args.out:
        pathlib.Path(args.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
