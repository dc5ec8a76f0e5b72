"""The whole comparison: pages read, spec checked, samples round-tripped, one ``Report``."""

from __future__ import annotations

import pathlib

from ..spec import load
from . import crawl
from .checker import Checker
from .report import Report
from .roundtrip import roundtrip_items, run_roundtrips

# ---------------------------------------------------------------------------------------------------
# the whole comparison


def compare(
    docs: str | pathlib.Path, spec_dir: pathlib.Path, out_dir: pathlib.Path, in_process: bool | None = None
) -> tuple[Report, Checker]:
    """``docs``: a folder of pages (text, markdown or HelpPage HTML) or a site's base URL (crawled). A site's
    index is the whole set: an operation without a page there was removed. A folder may be some pages only:
    an operation no page of it documents, and no page file ever did, is listed as not covered."""
    spec = load(spec_dir)
    known = frozenset(t.name for t in spec.openapi.types.values())
    pages = [page for page, _ in crawl.read(docs, known)]
    checker = Checker(spec, pages, complete=crawl.is_url(docs))  # a site's help index lists every page
    items = checker.run()
    items += roundtrip_items(checker.jobs, run_roundtrips(checker.jobs, out_dir, in_process))
    page_info = []
    matched = {p.file: op for p, op in checker.matched}
    for p in pages:
        op = matched.get(p.file)
        page_info.append(
            {
                "file": p.file,
                "endpoint": f"{p.method} /{p.route}" if p.route else None,
                "operation": op.operation_id if op else None,
                "tables": len(p.tables),
                "samples": len(p.samples),
            }
        )
    return Report(docs, spec_dir, page_info, items, checker.checked, checker.uncovered), checker
