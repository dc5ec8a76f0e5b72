"""Peak memory while decoding one body, measured in a fresh process.

    python -m bench.memory json.ours /tmp/report.json

prints one JSON object:

- ``tracemalloc_peak``: the peak of memory allocated through Python's allocators during a decode
  (a second decode, so one-time caches are not counted). It does NOT see memory that C libraries get
  from ``malloc`` directly -- libxml2's tree under lxml is invisible to it;
- ``rss_peak_delta``: growth of the process's peak resident set size (``ru_maxrss``) over the first
  decode, which does include C allocations (and one-time caches; coarse: pages, not bytes).

Both include the decoded result itself, which is alive at the peak.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import tracemalloc
from collections.abc import Callable
from typing import Any

KINDS = ("json.ours", "json.msgspec_plain", "xml.ours", "xml.lxml")


def _decoder(kind: str) -> Callable[[bytes], Any]:
    from lxml import etree

    import vitec_connect
    from vitec_connect import models

    from . import floor

    if kind == "json.ours":
        return lambda body: vitec_connect.json.decode(body, type=models.TipsAndLeadsReport)
    if kind == "json.msgspec_plain":
        dec = floor.decoder(floor.REPORT)
        return dec.decode
    if kind == "xml.ours":
        return lambda body: vitec_connect.xml.decode(body, type=models.TipsAndLeadsReport)
    if kind == "xml.lxml":
        return etree.fromstring
    raise SystemExit(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")


def _maxrss() -> int:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return kib * (1 if sys.platform == "darwin" else 1024)


def measure(kind: str, path: str) -> dict[str, int]:
    decode = _decoder(kind)
    with open(path, "rb") as f:
        body = f.read()
    gc.collect()
    before = _maxrss()
    result = decode(body)
    rss_delta = _maxrss() - before
    del result
    gc.collect()
    tracemalloc.start()
    try:
        result = decode(body)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return {"body_bytes": len(body), "tracemalloc_peak": peak, "rss_peak_delta": rss_delta}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        raise SystemExit(f"usage: python -m bench.memory KIND PATH  (KIND: {', '.join(KINDS)})")
    print(json.dumps(measure(args[0], args[1])))


if __name__ == "__main__":
    main()
