"""Regenerate generated/ from spec/, or check that it is current.

``python -m codegen`` writes generated/; ``python -m codegen --check`` writes nothing, prints a unified
diff of every file that differs (stale, hand-edited, missing or extra) and exits 1 if any does.
Output is deterministic: no timestamps, sorted inputs, pinned generator versions, ruff-formatted.
"""

from __future__ import annotations

import argparse
import difflib
import os
import pathlib
import subprocess
import sys
import tempfile

from . import api, consistency, models, xml_models, xml_tables
from .spec import load

ROOT = pathlib.Path(__file__).resolve().parent.parent


def build(spec_dir: pathlib.Path) -> dict[str, str]:
    """Every file of generated/, as {relative path: text}."""
    spec = load(spec_dir)
    problems = consistency.check(spec)
    if problems:
        raise SystemExit("spec/ is inconsistent:\n  " + "\n  ".join(problems))
    files: dict[str, str] = {}
    files.update({f"models/{k}": v for k, v in models.generate(spec).items()})
    files.update({f"xml_models/{k}": v for k, v in xml_models.generate(spec).items()})
    files.update(api.generate(spec))
    files.update(xml_tables.generate(spec))
    files["py.typed"] = ""
    return _format(files)


def _format(files: dict[str, str]) -> dict[str, str]:
    """ruff check --fix (imports) then ruff format, on a scratch copy; returns the formatted texts."""
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
        config = str(ROOT / "codegen" / "ruff-generated.toml")
        ruff = [sys.executable, "-m", "ruff"]
        env = dict(os.environ, RUFF_NO_CACHE="true")
        for args in (["check", "--fix", "--quiet", "--exit-zero"], ["format", "--quiet"]):
            done = subprocess.run(
                [*ruff, *args, "--config", config, str(root)], capture_output=True, text=True, env=env
            )
            if done.returncode != 0:
                raise RuntimeError(f"ruff {args[0]} failed on generated code:\n{done.stdout}{done.stderr}")
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in sorted(files)}


def current(out_dir: pathlib.Path) -> dict[str, str]:
    if not out_dir.exists():
        return {}
    return {
        p.relative_to(out_dir).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(out_dir.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for rel in sorted(expected.keys() | actual.keys()):
        want, have = expected.get(rel), actual.get(rel)
        if want == have:
            continue
        if want is None:
            lines.append(f"generated/{rel}: not written by the generators (remove it)\n")
            continue
        lines.extend(
            difflib.unified_diff(
                (have or "").splitlines(keepends=True),
                want.splitlines(keepends=True),
                fromfile=f"generated/{rel} (committed)",
                tofile=f"generated/{rel} (from spec/)",
            )
        )
        if have is None:
            lines.append(f"generated/{rel}: missing\n")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if generated/ is not current")
    parser.add_argument("--spec", type=pathlib.Path, default=ROOT / "spec")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "generated")
    args = parser.parse_args(argv)
    expected = build(args.spec)
    actual = current(args.out)
    changes = diff(expected, actual)
    if args.check:
        if changes:
            sys.stdout.writelines(changes)
            files = sum(1 for c in changes if c.startswith("+++") or "missing" in c or "not written" in c)
            print(f"\ngenerated/ is not what spec/ generates ({files} file(s)); run `nox -s generate`.")
            return 1
        print(f"generated/ is current ({len(expected)} files)")
        return 0
    for rel in actual.keys() - expected.keys():
        (args.out / rel).unlink()
    for rel, text in expected.items():
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if actual.get(rel) != text:
            path.write_text(text, encoding="utf-8")
    print(f"generated/: {len(expected)} files, {sum(1 for c in changes if c.startswith('+++'))} changed")
    return 0
