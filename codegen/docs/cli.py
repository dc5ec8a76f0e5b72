"""The command line: ``python -m codegen.docs_diff`` (see the package docstring)."""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

from . import crawl
from .compare import compare
from .report import ROOT, configured_docs
from .update import UpdateResult, update

# ---------------------------------------------------------------------------------------------------
# command line


DESCRIPTION = "When Vitec's documentation changes: see exactly what changed, regenerate, and know what breaks."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.docs_diff", description=DESCRIPTION)
    parser.add_argument(
        "--docs",
        help="Vitec's help pages: a folder (text, markdown or HelpPage HTML) or a site's base URL; "
        "default: docs under [tool.vitec-connect] in pyproject.toml",
    )
    parser.add_argument("--spec", type=pathlib.Path, default=ROOT / "spec", help="spec folder (openapi.yaml, xsd/)")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "generated", help="generated code of that spec")
    parser.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    parser.add_argument("--update", action="store_true", help="apply the simple changes, regenerate, log them")
    parser.add_argument("--changelog", type=pathlib.Path, help="default: CHANGELOG.md beside the spec folder")
    args = parser.parse_args(argv)
    docs = args.docs or configured_docs()
    if docs is None:
        print(
            "docs_diff: where are the pages? Give --docs DIR|URL, or set docs under [tool.vitec-connect] in "
            "pyproject.toml",
            file=sys.stderr,
        )
        return 2
    if not crawl.is_url(docs) and not pathlib.Path(docs).is_dir():
        print(f"docs_diff: no folder {docs}", file=sys.stderr)
        return 2
    try:
        report, checker = compare(docs, args.spec, args.out)
    except Exception as e:
        print(f"docs_diff: cannot compare: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    upd: UpdateResult | None = None
    final = report
    if args.update:
        changelog = args.changelog or args.spec.resolve().parent / "CHANGELOG.md"
        upd = update(report, checker, args.spec, args.out, changelog)
        if upd.ok and upd.applied:
            final, _ = compare(docs, args.spec, args.out, in_process=False)
    if args.json:
        doc = report.to_json()
        if upd is not None:
            doc["update"] = upd.to_json()
            doc["after_update"] = final.to_json()
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(report.text())
        if upd is not None:
            sys.stdout.write(upd.text())
            if upd.applied and upd.ok:
                sys.stdout.write("\nafter --update:\n" + final.text())
    if upd is not None and not upd.ok:
        return 2
    return 1 if final.drift else 0


if __name__ == "__main__":
    sys.exit(main())
