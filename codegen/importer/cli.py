"""``python -m codegen import``: import Vitec's description and help pages into spec/.

    python -m codegen import --swagger vitec.json --seeds DOCS [--pages DIR|URL] [--spec spec] [--write]

Reads the sources, merges them (seed pages > help pages > Swagger > ``<spec>/overrides.yaml``) and
compares the result with ``<spec>``: prints a unified diff of every file that would change and exits 1
if any would, writing nothing. ``--write`` writes ``openapi.yaml``, ``xsd/``, ``COVERAGE.md`` and the
pages' sample bodies (``samples/``); it never writes ``overrides.yaml``, ``descriptions.yaml`` (spec/'s
texts) or ``README.md``. A hand edit of an imported file shows in the diff as a line the import would
remove: move it to overrides.yaml (a text: to descriptions.yaml), then write.
"""

from __future__ import annotations

import argparse
import difflib
import json
import pathlib
import sys
import time
import urllib.parse
from typing import Any

import yaml

from ..docs import crawl
from . import merge, pages, swagger, texts, write
from .model import Api

ROOT = pathlib.Path(__file__).resolve().parents[2]
OVERRIDES = "overrides.yaml"


def _label(kind: str, location: str) -> str:
    if location.startswith(("http://", "https://")):
        parts = urllib.parse.urlsplit(location)
        return f"{kind}:{parts.path}" + (f"?{parts.query}" if parts.query else "")
    return f"{kind}:{pathlib.PurePath(location).name}"


def load_swagger(location: str) -> dict[str, Any]:
    text = (
        crawl.fetch(location)
        if location.startswith(("http://", "https://"))
        else pathlib.Path(location).read_text(encoding="utf-8")
    )
    try:
        doc = json.loads(text)
    except ValueError as e:
        raise crawl.CrawlError(f"{location}: not JSON ({e})") from e
    if not isinstance(doc, dict):
        raise crawl.CrawlError(f"{location}: not a Swagger document")
    return doc


def _mapping(path: pathlib.Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a mapping")
    return data


def load_overrides(spec_dir: pathlib.Path) -> dict[str, Any]:
    """The hand-kept layer: ``overrides.yaml``, with ``descriptions.yaml`` (spec/'s prose) as ``texts``."""
    data = _mapping(spec_dir / OVERRIDES)
    described = _mapping(spec_dir / texts.DESCRIPTIONS)
    return {**data, "texts": described} if described else data


def _seeded(overrides: dict[str, Any], known: dict[str, str]) -> Api:
    """An empty Api that already knows the overrides' module names and those of the layers below, so
    every reader names a namespace's module alike."""
    api = Api(namespaces=dict(known))
    for ns, module in sorted((overrides.get("modules") or {}).items()):
        for m in [m for m, n in api.namespaces.items() if n == ns or m == module]:
            del api.namespaces[m]
        api.namespaces[module] = ns
    return api


def run(swagger_doc: dict[str, Any] | None, seed_pages: list[tuple[Any, str]], help_pages: list[tuple[Any, str]],
        overrides: dict[str, Any]) -> Api:  # fmt: skip
    """The merged ``Api`` of the sources (each list holds (Page, source label))."""
    api = Api()
    if swagger_doc is not None:
        if str(swagger_doc.get("swagger", "")) != "2.0":
            raise crawl.CrawlError(f"not a Swagger 2.0 document (swagger: {swagger_doc.get('swagger')!r})")
        reader = swagger.SwaggerReader(swagger_doc)
        reader.api = _seeded(overrides, {})
        api = merge.layer(api, reader.read())
    for group in (help_pages, seed_pages):
        if group:
            api = merge.layer(api, pages.read(group, _seeded(overrides, api.namespaces), below=api))
    for op in api.operations.values():
        source = op.get("x-source", "")
        if source.startswith(("seed:", "help:")):
            op.setdefault("x-doc-page", source.split(":", 1)[1])
    api = merge.apply_overrides(api, overrides)
    texts.strip(api)  # facts only: spec/'s prose is the descriptions file's
    texts.apply(api, overrides.get("texts") or {})
    return api


def current(spec_dir: pathlib.Path, names: dict[str, str]) -> dict[str, str]:
    """The spec's files the import owns: openapi.yaml, COVERAGE.md, every XSD, and the samples it writes
    (a sample it does not write, such as a code example, is left alone)."""
    have = {}
    xsds = [f"xsd/{p.name}" for p in sorted((spec_dir / "xsd").glob("*.xsd"))]
    for rel in ["openapi.yaml", "COVERAGE.md", *xsds, *sorted(n for n in names if n.startswith("samples/"))]:
        path = spec_dir / rel
        if path.exists():
            have[rel] = path.read_text(encoding="utf-8")
    return have


def diff(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for rel in sorted(expected.keys() | actual.keys()):
        want, have = expected.get(rel), actual.get(rel)
        if want == have:
            continue
        if want is None:
            lines.append(f"spec/{rel}: not written by the import (it would be removed)\n")
            continue
        lines.extend(difflib.unified_diff((have or "").splitlines(keepends=True), want.splitlines(keepends=True),
                                          fromfile=f"spec/{rel} (now)", tofile=f"spec/{rel} (imported)"))  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen import", description=__doc__.splitlines()[0])
    parser.add_argument("--swagger", help="Swagger 2.0 document: a file or a URL")
    parser.add_argument("--seeds", help="the shipped seed pages: a folder (text or HTML)")
    parser.add_argument(
        "--pages",
        help="current help pages: a folder, or a site's base URL to crawl from /Help "
        "(default, when no source is given: docs under [tool.vitec-connect] in pyproject.toml)",
    )
    parser.add_argument("--spec", type=pathlib.Path, default=ROOT / "spec", help="spec folder (default: spec/)")
    parser.add_argument("--write", action="store_true", help="write the import (default: show the diff only)")
    parser.add_argument("--namespace-report", metavar="TEXT",
                        help="a strict-mode NamespaceMismatchError's message: print the overrides.yaml entry "
                        "that moves the type to the namespace the server used, and stop")  # fmt: skip
    args = parser.parse_args(argv)
    if args.namespace_report:
        from .correct import proposal

        try:
            print(proposal(args.namespace_report, args.spec), end="")
        except ValueError as e:
            print(f"import: {e}", file=sys.stderr)
            return 2
        return 0
    if not (args.swagger or args.seeds or args.pages):
        from ..docs.report import configured_docs

        args.pages = configured_docs()  # the pages docs_diff reads ([tool.vitec-connect] docs)
    if not (args.swagger or args.seeds or args.pages):
        parser.error("give at least one source: --swagger, --seeds or --pages (or docs under [tool.vitec-connect])")
    started = time.perf_counter()
    try:
        doc = load_swagger(args.swagger) if args.swagger else None
        seeds = [(p, _label("seed", s)) for p, s in crawl.read(args.seeds)] if args.seeds else []
        helps = [(p, _label("help", s)) for p, s in crawl.read(args.pages)] if args.pages else []
        api = run(doc, seeds, helps, load_overrides(args.spec))
        files = write.files(api)
    except (crawl.CrawlError, ValueError) as e:
        print(f"import failed: {e}", file=sys.stderr)
        return 2
    changes = diff(files, current(args.spec, files))
    took = time.perf_counter() - started
    summary = f"{len(api.operations)} operations, {len(api.components)} types, {len(api.namespaces)} namespaces"
    if not changes:
        print(f"spec/ is what the sources give ({summary}; {took:.1f} s)")
        return 0
    if not args.write:
        sys.stdout.writelines(changes)
        print(f"\nthe import differs from {args.spec} ({summary}); nothing written. Hand edits shown as removed "
              "lines belong in overrides.yaml; then run again with --write.")  # fmt: skip
        return 1
    for rel in current(args.spec, files).keys() - files.keys():
        (args.spec / rel).unlink()
    for rel, text in files.items():
        path = args.spec / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"spec/ written: {summary}; {took:.1f} s")
    return 0
