"""Round trips of the pages' samples through the generated code (in process, or a copy in a subprocess)."""

from __future__ import annotations

import importlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
from typing import Any

from .report import ROOT, Item
from .samples import _sample_diff, strip_ws

# ---------------------------------------------------------------------------------------------------
# round trips with the generated code


def _roundtrip(pkg: str, jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Decode each sample strictly with package ``pkg`` and re-encode it (runs where ``pkg`` imports)."""
    jcodec = importlib.import_module(f"{pkg}.json")
    xcodec = importlib.import_module(f"{pkg}.xml")
    results = []
    for job in jobs:
        t = job["type"]
        if t["kind"] == "string":
            tp: Any = str
        else:
            module, name = t["component"].split(".")
            cls = getattr(importlib.import_module(f"{pkg}.models.{module}"), name)
            tp = list[cls] if t["kind"] == "list" else cls  # type: ignore[valid-type]
        data = job["text"].encode("utf-8")
        codec = jcodec if job["fmt"] == "json" else xcodec
        result: dict[str, Any] = {"ok": True}
        for strict in (True, False):
            try:
                obj = codec.decode(data, type=tp, strict=strict)
            except Exception as e:
                msg = f"{type(e).__name__}: {e}"
                if strict:
                    result = {"ok": False, "strict": msg}
                    continue
                result["lenient"] = f"fails too ({msg})"
                break
            out = codec.encode(obj) if job["fmt"] == "json" else codec.encode(obj, type=tp)
            same = json.loads(out) == json.loads(data) if job["fmt"] == "json" else out == strip_ws(data)
            if strict and not same:
                result = {"ok": False, "strict": "decodes, but re-encodes differently"}
                result["diff"] = _sample_diff(data.decode(), out.decode(), job["fmt"], 4)
                break
            if not strict:
                result["lenient"] = "decodes and re-encodes identically" if same else "re-encodes differently"
            break
        results.append(result)
    return results


def _roundtrip_main() -> None:
    """Subprocess entry: argv[1] package name; jobs as JSON on stdin; results as JSON on stdout."""
    jobs = json.load(sys.stdin)
    json.dump(_roundtrip(sys.argv[1], jobs), sys.stdout)


def _installed_matches(out_dir: pathlib.Path) -> bool:
    try:
        import vitec_connect.models as installed
    except ImportError:
        return False
    return pathlib.Path(installed.__file__).resolve().parent.parent == out_dir.resolve()


def run_roundtrips(
    jobs: list[dict[str, Any]], out_dir: pathlib.Path, in_process: bool | None = None
) -> list[dict[str, Any]]:
    if not jobs:
        return []
    if in_process is None:
        in_process = _installed_matches(out_dir)
    if in_process:
        return _roundtrip("vitec_connect", jobs)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = pathlib.Path(tmp) / "vc_docs_check"
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(ROOT / "runtime", pkg, ignore=ignore)
        for sub in ("models", "xml_models", "_api"):
            shutil.copytree(out_dir / sub, pkg / sub, ignore=ignore)
        code = (
            f"import sys; sys.path[:0] = [{tmp!r}, {str(ROOT)!r}]; "
            "from codegen.docs.roundtrip import _roundtrip_main; _roundtrip_main()"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, "vc_docs_check"],
            input=json.dumps(jobs),
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
        )
        if done.returncode != 0:
            raise RuntimeError(f"the generated code in {out_dir} does not import:\n{done.stderr[-2000:]}")
        return list(json.loads(done.stdout))


def roundtrip_items(jobs: list[dict[str, Any]], results: list[dict[str, Any]]) -> list[Item]:
    items = []
    for job, r in zip(jobs, results, strict=True):
        if r["ok"]:
            continue
        detail = [f"strict: {r['strict']}"]
        detail += r.get("diff", [])
        if "lenient" in r:
            detail.append(f"lenient (strict=False): {r['lenient']}")
        items.append(
            Item(
                job["group"],
                "changed",
                "round trip",
                job["sample"],
                old="decodes strictly, re-encodes identically",
                new="fails",
                detail="\n".join(detail),
                page=job["page"],
            )
        )
    return items
