"""What ``import vitec_connect`` costs against importing its three runtime dependencies alone, and what the
first call of an operation adds over its later calls.

``python -m bench.imports [--runs 15] [--first-call-runs 3]``: the shipped package (the whole API) and the
fixture spec tests/fixtures/fullspec generated as a package (62 operations, 175 types) are each imported in
a fresh interpreter, alternating with one that imports msgspec, lxml.etree and urllib3 only; the report is
the median ratio (package / dependencies) with its spread (min..max of the per-run ratios). Bytecode is
compiled first, so the runs measure imports, not compilation. Target: at most 1.25x.

Then every operation of each package runs in fresh interpreters (bench/_first_call.py): its first call,
from the group's attribute on (``client.crm.get_contact(...)`` imports the group and its models and
readies the codec), against the fastest of the next five, over an in-process transport that answers at
once (JSON). The report: the median over operations of each one's median over ``--first-call-runs``
runs, and the worst with its spread. Target: at most 2 ms.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
FULLSPEC = ROOT / "tests" / "fixtures" / "fullspec"
DEPS = "import msgspec, lxml.etree, urllib3"
_TIMER = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def _time(stmt: str, path: pathlib.Path | None) -> float:
    env_path = [str(path)] if path else []
    code = f"import sys; sys.path[:0] = {env_path!r}; " + _TIMER.format(stmt=stmt)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def fixture_package(dest: pathlib.Path) -> pathlib.Path:
    """runtime/ plus the fixture spec's generated code, as the package ``fullconnect`` under ``dest``."""
    from codegen import generate

    pkg = dest / "fullconnect"
    shutil.copytree(ROOT / "runtime", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    for rel, text in generate.build(FULLSPEC).items():
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        (pkg / rel).write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(pkg)], check=True)
    return dest


def compile_installed() -> None:
    """Bytecode for the installed ``vitec_connect``, as an installer writes it for its dependencies (an
    editable install has none, and with PYTHONDONTWRITEBYTECODE set every import compiles the source)."""
    import importlib.util

    spec = importlib.util.find_spec("vitec_connect")
    assert spec is not None and spec.submodule_search_locations
    for folder in spec.submodule_search_locations:
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder], check=True)


def ratios(stmt: str, path: pathlib.Path | None, runs: int) -> tuple[float, float, float, float]:
    """(median ratio, min, max, median seconds of the package import) over ``runs`` alternating pairs."""
    if path is None:
        compile_installed()
    _time(stmt, path)  # warm the file cache
    own, deps = [], []
    for _ in range(runs):
        own.append(_time(stmt, path))
        deps.append(_time(DEPS, None))
    per_run = [o / d for o, d in zip(own, deps, strict=True)]
    return statistics.median(per_run), min(per_run), max(per_run), statistics.median(own)


#: What ``first_call_extras`` can measure per operation: our first call in either format, and the
#: msgspec floor (bench/first_floor.py) with annotations evaluated eagerly or as text.
KINDS = ("json", "xml", "floor", "floor_text")


def first_call_extras(
    folder: pathlib.Path | None,
    package: str,
    runs: int,
    *,
    sample: int | None = None,
    kinds: tuple[str, ...] = ("json",),
    spent: dict[str, float] | None = None,
    fewer: dict[str, int] | None = None,
) -> tuple[dict[str, dict[str, list[float]]], dict[str, str]]:
    """What each operation's first call adds over its later calls (ms), per kind (``KINDS``; the floor
    for the shipped package only), ``runs`` fresh processes each (bench/_first_call.py,
    bench/first_floor.py; ``folder`` holds the package, None: the installed one), and the probes that
    failed (``kind:operation``), with the reason. In each run every operation's kinds run one after the
    other, so that they see the same load. ``sample``: only that many operations, spread evenly.
    ``spent``: each kind's probes' wall-clock seconds are added there (what each costs the run). ``fewer``:
    kinds measured in fewer rounds than ``runs`` (the first rounds)."""
    from . import _first_call, first_floor

    path_entry = [str(folder)] if folder else []
    sys.path[:0] = path_entry
    try:
        cases = _first_call.cases(package)
    finally:
        del sys.path[: len(path_entry)]
    if sample is not None and sample < len(cases):
        step = len(cases) / sample
        chosen = {int(i * step) for i in range(sample)}
        cases = {op_id: case for i, (op_id, case) in enumerate(cases.items()) if i in chosen}
    extra: dict[str, dict[str, list[float]]] = {kind: {} for kind in kinds}
    failed: dict[str, str] = {}
    here = pathlib.Path(__file__).parent
    with tempfile.TemporaryDirectory(prefix="vitec-bench-") as tmp:
        path = pathlib.Path(tmp, "cases.json")
        path.write_text(json.dumps(cases), encoding="utf-8")
        floors = pathlib.Path(tmp, "floor")
        if {"floor", "floor_text"} & set(kinds):
            floors.mkdir()
            first_floor.write(cases, floors)
        ours = [str(here / "_first_call.py"), str(folder or "-"), package, str(path)]
        floor = [str(here / "first_floor.py"), str(floors), str(floors / "floor.json")]
        probes = {  # (the operation's id goes after the script's arguments, then the variant)
            "json": (ours, "json"),
            "xml": (ours, "xml"),
            "floor": (floor, "e"),
            "floor_text": (floor, "f"),
        }
        for round_ in range(runs):
            for op_id in cases:
                for kind in kinds:
                    if f"{kind}:{op_id}" in failed or round_ >= (fewer or {}).get(kind, runs):
                        continue
                    script, variant = probes[kind]
                    started = time.perf_counter()
                    done = subprocess.run([sys.executable, *script, op_id, variant], capture_output=True, text=True)
                    if spent is not None:
                        spent[kind] = spent.get(kind, 0.0) + time.perf_counter() - started
                    if done.returncode != 0:  # reported, not hidden
                        failed[f"{kind}:{op_id}"] = (done.stderr.strip().splitlines() or ["?"])[-1]
                        continue
                    first, later, _ = json.loads(done.stdout)
                    extra[kind].setdefault(op_id, []).append((first - later) * 1000)
    return extra, failed


def first_calls(folder: pathlib.Path | None, package: str, runs: int) -> None:
    """Print what the first call of each operation of ``package`` adds over its later calls."""
    extras, failed = first_call_extras(folder, package, runs)
    per_op = sorted((statistics.median(v), min(v), max(v), op_id) for op_id, v in extras["json"].items())
    median = statistics.median(m for m, *_ in per_op)
    worst, low, high, name = per_op[-1]
    print(
        f"{package}: first call adds {median:.2f} ms (median of {len(per_op)} operations, each the median of "
        f"{runs} runs); worst {worst:.2f} ms ({name}: {low:.2f}..{high:.2f})"
    )
    for op_id, why in failed.items():
        print(f"  not measured: {op_id}: {why}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.imports", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--first-call-runs", type=int, default=3, help="0: skip the first-call measurement")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = fixture_package(pathlib.Path(tmp))
        for label, stmt, path in (
            ("vitec_connect (the whole API)", "import vitec_connect", None),
            ("fixture package (62 operations, 175 types)", "import fullconnect", folder),
        ):
            median, low, high, seconds = ratios(stmt, path, args.runs)
            print(f"{label}: {median:.2f}x the dependencies ({low:.2f}..{high:.2f}), {seconds * 1000:.0f} ms")
        if args.first_call_runs:
            first_calls(None, "vitec_connect", args.first_call_runs)
            first_calls(folder, "fullconnect", args.first_call_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
