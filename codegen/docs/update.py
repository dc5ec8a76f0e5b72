"""``--update``: apply the simple differences, check, regenerate, round-trip, report the API change, log it."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import pathlib
from typing import Any

from .. import consistency
from ..spec import load
from .changelog import append_changelog, changelog_lines
from .checker import Checker
from .edit import EditError, SpecEditor
from .impact import api_impact
from .report import Item, Report
from .roundtrip import run_roundtrips
from .samples import _sample_diff

# ---------------------------------------------------------------------------------------------------
# --update


@dataclasses.dataclass
class UpdateResult:
    ok: bool
    applied: list[Item]
    skipped: list[tuple[Item, str]]
    files: list[str]
    problems: list[str]
    verdict: str = ""
    changes: list[tuple[bool, str]] = dataclasses.field(default_factory=list)
    samples_copied: list[str] = dataclasses.field(default_factory=list)
    samples_kept: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    changelog: str = ""
    changelog_lines: list[str] = dataclasses.field(default_factory=list)
    generate_output: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "applied": [dataclasses.asdict(i) for i in self.applied],
            "skipped": [{"item": dataclasses.asdict(i), "why": why} for i, why in self.skipped],
            "files": self.files,
            "problems": self.problems,
            "api_change": self.verdict,
            "api_changes": [{"breaking": b, "change": c} for b, c in self.changes],
            "samples_copied": self.samples_copied,
            "samples_kept": [{"sample": s, "why": w} for s, w in self.samples_kept],
            "changelog": self.changelog,
            "changelog_lines": self.changelog_lines,
        }

    def text(self) -> str:
        out = ["", "--update"]
        if not self.applied and not self.problems:
            out.append("nothing simple to apply")
        for it in self.applied:
            out.append(f"  applied: {it.group[5:] if it.group.startswith('type ') else it.group}: {it.text()[0][2:]}")
            out[-1] = out[-1].replace("   [--update applies this]", "")
        for it, why in self.skipped:
            out.append(f"  not applied: {it.group}: {it.what} {it.name}: {why}")
        for p in self.problems:
            out.append(f"  PROBLEM: {p}")
        if self.files:
            out.append("  spec files written: " + ", ".join(self.files))
        if self.generate_output:
            out.append(f"  regenerated: {self.generate_output.strip()}")
        if self.verdict:
            out.append(f"  API change for callers: {self.verdict}")
            for breaking, c in self.changes:
                out.append(f"    {'BREAKING ' if breaking else ''}{c}")
        for s in self.samples_copied:
            out.append(f"  sample copied to spec/samples: {s}")
        for s, why in self.samples_kept:
            out.append(f"  sample not copied: {s}: {why}")
        if self.changelog:
            out.append(f"  changelog: {self.changelog} ({len(self.changelog_lines)} line(s) under Unreleased)")
        return "\n".join(out) + "\n"


def update(
    report: Report, checker: Checker, spec_dir: pathlib.Path, out_dir: pathlib.Path, changelog: pathlib.Path
) -> UpdateResult:
    todo = [i for i in report.items if i.update]
    result = UpdateResult(ok=True, applied=[], skipped=[], files=[], problems=[])
    if not todo:
        return result
    editor = SpecEditor(spec_dir, checker.spec)
    for it in todo:
        assert it.update is not None
        snapshot = dict(editor.files)
        try:
            editor.apply(it.update)
            result.applied.append(it)
        except EditError as e:
            editor.files = snapshot
            result.skipped.append((it, str(e)))
    written = editor.write()
    result.files = [str(p.relative_to(spec_dir)) for p in written]
    try:
        new_spec = load(spec_dir)
        problems = consistency.check(new_spec)
    except Exception as e:  # a broken edit must not leave a broken spec behind
        problems = [f"{type(e).__name__}: {e}"]
    if problems:
        editor.restore()
        result.ok = False
        result.problems = ["the edited spec is inconsistent (edits undone):", *problems]
        return result
    from .. import generate

    before = generate.current(out_dir)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = generate.main(["--spec", str(spec_dir), "--out", str(out_dir)])
    result.generate_output = buf.getvalue()
    if rc != 0:
        result.ok = False
        result.problems.append(f"regeneration failed: {buf.getvalue()}")
        return result
    after = generate.current(out_dir)
    result.verdict, result.changes = api_impact(before, after)

    # the page's samples: copied to spec/samples where the regenerated code round-trips them
    samples_dir = spec_dir / "samples"
    candidates = []
    for name, (_page, s) in checker.page_samples.items():
        target = samples_dir / name
        if target.exists() and not _sample_diff(target.read_text(encoding="utf-8"), s.text, s.fmt):
            continue
        job = next(j for j in checker.jobs if j["sample"] == name)
        candidates.append((name, s, job))
    if candidates:
        results = run_roundtrips([j for _, _, j in candidates], out_dir, in_process=False)
        for (name, s, _), r in zip(candidates, results, strict=True):
            if r["ok"]:
                (samples_dir / name).write_text(s.text, encoding="utf-8")
                result.samples_copied.append(name)
            else:
                result.samples_kept.append((name, r["strict"]))
    if result.samples_copied:  # the generated code records a hash of spec/, samples included
        with contextlib.redirect_stdout(io.StringIO()):
            generate.main(["--spec", str(spec_dir), "--out", str(out_dir)])
    result.changelog_lines = changelog_lines(result.applied, checker.spec)
    append_changelog(changelog, result.changelog_lines)
    result.changelog = str(changelog)
    return result
