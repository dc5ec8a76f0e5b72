"""Where our codecs spend their time on the benchmark report (cProfile).

    python -m bench.profile xml_decode [--items 3000] [--top 25] [--sort tottime]

One of ``xml_decode``, ``xml_encode``, ``json_decode``, ``json_encode``. Prints the top functions by
own time (``tottime``) or by ``cumtime``. cProfile's per-call overhead inflates small Python functions:
read the ranking, not the absolute numbers (``bench.run`` measures those).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
from collections.abc import Callable
from typing import Any

OPS = ("xml_decode", "xml_encode", "json_decode", "json_encode")


def workload(op: str, items: int, seed: int = 2025) -> Callable[[], Any]:
    from vitec_connect import json, models, xml

    from . import data

    report = data.report(items, seed)
    tp = models.TipsAndLeadsReport
    if op == "xml_decode":
        body = xml.encode(report, type=tp)
        return lambda: xml.decode(body, type=tp)
    if op == "xml_encode":
        return lambda: xml.encode(report, type=tp)
    if op == "json_decode":
        body = json.encode(report)
        return lambda: json.decode(body, type=tp)
    if op == "json_encode":
        return lambda: json.encode(report)
    raise SystemExit(f"unknown operation {op!r}; one of {', '.join(OPS)}")


def profile(op: str, items: int = 3000, top: int = 25, sort: str = "tottime") -> str:
    fn = workload(op, items)
    fn()  # warm caches
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats(sort).print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("op", choices=OPS)
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumtime", "ncalls"))
    args = parser.parse_args(argv)
    print(profile(args.op, args.items, args.top, args.sort))


if __name__ == "__main__":
    main()
