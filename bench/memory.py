"""Peak memory while decoding one body, measured in a fresh process.

    python -m bench.memory json.ours /tmp/report.json

prints one JSON object:

- ``tracemalloc_peak``: the peak of memory allocated through Python's allocators during a decode
  (a second decode, so one-time caches are not counted). It does NOT see memory that C libraries get
  from ``malloc`` directly -- libxml2's tree under lxml is invisible to it;
- ``rss_peak_delta``: how far the resident set size peaks above where it stood before the first
  decode (Linux: ``VmHWM`` after resetting it through ``/proc/self/clear_refs``; elsewhere the growth
  of ``ru_maxrss``). It does include C allocations (a decode of the smallest document of the same
  type comes first, so the one-time tables are not counted either).
  (Not ``ru_maxrss`` on Linux: a child process starts with its parent's peak, hiding its own.)

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
    import vitec_connect
    from lxml import etree
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


def _status(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024  # kB
    raise OSError(f"no {field} in /proc/self/status")


class _Peak:
    """The resident set's peak over a stretch of code, in bytes above where it started."""

    def __init__(self) -> None:
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
            self.proc = True
            self.start = _status("VmRSS")
        except OSError:
            self.proc = False
            self.start = _maxrss()

    def growth(self) -> int:
        return (_status("VmHWM") if self.proc else _maxrss()) - self.start


def _warm(kind: str, decode: Callable[[bytes], Any]) -> None:
    """One decode of the smallest document of the report's type: the decoder's one-time tables (msgspec's
    decoder, the XML reader's expressions) are built before the peak is taken, as in a process that has
    decoded before."""
    import vitec_connect
    from vitec_connect import models

    empty = models.TipsAndLeadsReport()
    if kind.startswith("json."):
        decode(vitec_connect.json.encode(empty))
    else:
        decode(vitec_connect.xml.encode(empty, type=models.TipsAndLeadsReport))


def measure(kind: str, path: str) -> dict[str, int]:
    decode = _decoder(kind)
    with open(path, "rb") as f:
        body = f.read()
    _warm(kind, decode)
    gc.collect()
    peak = _Peak()
    result = decode(body)
    rss_delta = peak.growth()
    del result
    gc.collect()
    tracemalloc.start()
    try:
        result = decode(body)
        _, traced = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return {"body_bytes": len(body), "tracemalloc_peak": traced, "rss_peak_delta": rss_delta}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        raise SystemExit(f"usage: python -m bench.memory KIND PATH  (KIND: {', '.join(KINDS)})")
    print(json.dumps(measure(args[0], args[1])))


if __name__ == "__main__":
    main()
