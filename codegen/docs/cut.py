"""Sample bodies (JSON and DataContract XML) cut out of a page verbatim, before anything else is read, so
code examples and samples interleaved with the tables do not disturb them."""

from __future__ import annotations

import json
import re

from lxml import etree

from .page import Sample


def _xml_end(text: str, start: int) -> int | None:
    """End offset of the element starting at ``start`` (tags counted, comments and PIs ignored)."""
    depth = 0
    for m in re.finditer(r"<(/?)([A-Za-z_][\w.\-:]*)(?:\s[^<>]*?)?(/?)>", text[start:]):
        closing, _, selfclosing = m.groups()
        if closing:
            depth -= 1
        elif not selfclosing:
            depth += 1
        if depth == 0:
            return start + m.end()
    return None


def cut_samples(text: str) -> tuple[list[Sample], list[tuple[int, int]]]:
    """The page's samples in page order, and the (start, end) spans they took: DataContract XML (a root that
    declares a default namespace) first, then JSON values that start a line and end one."""
    samples: list[Sample] = []
    spans: list[tuple[int, int]] = []

    def taken(pos: int) -> bool:
        return any(a <= pos < b for a, b in spans)

    # DataContract XML: a root element declaring a default namespace
    for m in re.finditer(r"<([A-Za-z_][\w.\-]*)\s[^<>]*\bxmlns=\"[^\"]*\"[^<>]*>", text):
        if taken(m.start()):
            continue
        end = _xml_end(text, m.start())
        if end is None:
            continue
        body = text[m.start() : end]
        sample = Sample(fmt="xml", text=body, offset=m.start())
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            root = etree.fromstring(body.encode("utf-8"), parser)
            q = etree.QName(root)
            sample.root, sample.root_ns = q.localname, q.namespace
        except etree.XMLSyntaxError as e:
            sample.error = f"XML sample does not parse: {e}"
        samples.append(sample)
        spans.append((m.start(), end))

    # JSON: a value starting a line and ending one
    decoder = json.JSONDecoder()
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos + (len(line) - len(line.lstrip()))
        pos += len(line)
        if not line.strip() or line.lstrip()[0] not in '{["' or taken(start):
            continue
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            continue
        tail_end = text.find("\n", end)
        tail = text[end : len(text) if tail_end < 0 else tail_end]
        if tail.strip():
            continue
        if isinstance(value, str) and "\n" in text[start:end]:
            continue
        samples.append(Sample(fmt="json", text=text[start:end], offset=start, value=value))
        spans.append((start, end))
    samples.sort(key=lambda s: s.offset)
    return samples, spans
