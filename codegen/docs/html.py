"""ASP.NET Web API HelpPage HTML -> the text form the docs parser reads (one parser for both forms).

A HelpPage is headings (``<h1>GET CRM/Contact/{customerId}/{contactId}</h1>``, ``<h2>Request
Information</h2>``…), paragraphs, tables (``Namn | Beskrivning | Typ | Information``) and samples in
``<pre>``. Flattening keeps exactly what the text form has: a heading or paragraph per line, a table as
pipe rows, a sample verbatim (entities resolved). ``parse.parse_page`` then reads it, so a
page means the same whether it came as HTML or as text.
"""

from __future__ import annotations

import re
import urllib.parse

from lxml import etree, html

#: HelpPage's English table headings -> the Swedish ones Vitec's pages (and the parser) use.
_HEADINGS = {"name": "Namn", "description": "Beskrivning", "type": "Typ", "additional information": "Information"}
_BLOCKS = {"h1", "h2", "h3", "h4", "p", "div", "section", "li", "dt", "dd", "header", "footer", "body"}


def is_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _cell(text: str) -> str:
    return text.replace("|", "/")


def to_text(document: str) -> str:
    """The page's content as the text form (route line, headings, pipe tables, verbatim samples)."""
    root = html.fromstring(document)
    for bad in root.xpath("//script|//style|//head|//nav"):
        bad.getparent().remove(bad)
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table":
            rows = el.xpath(".//tr")
            for i, tr in enumerate(rows):
                cells = [_text(c) for c in tr.xpath("./th|./td")]
                if i == 0 and tr.xpath("./th"):
                    cells = [_HEADINGS.get(c.lower(), c) for c in cells]
                out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
            out.append("")
            if el.tail and el.tail.strip():
                out.append(el.tail.strip())
            return
        if tag == "pre":
            out.append("")
            out.append("".join(el.itertext()).strip("\n"))
            out.append("")
            if el.tail and el.tail.strip():
                out.append(el.tail.strip())
            return
        block = tag in _BLOCKS
        if block:
            out.append("")
        if el.text and el.text.strip():
            out.append(" ".join(el.text.split()))
        for child in el:
            walk(child)
        if block:
            out.append("")
        if el.tail and el.tail.strip():
            out.append(" ".join(el.tail.split()))

    walk(root)
    text = "\n".join(out)
    # inline pieces of one paragraph (a link inside a sentence) back onto one line
    lines: list[str] = []
    for part in re.split(r"\n{2,}", text):
        part = part.strip("\n")
        if not part:
            continue
        if part.startswith("|") or part.lstrip().startswith(("<", "{", "[")) or '"' == part.lstrip()[:1]:
            lines.append(part)
        else:
            lines.append(" ".join(part.split()))
    return "\n\n".join(lines) + "\n"


def links(document: str, base: str, pattern: str) -> list[str]:
    """Absolute URLs of the page's links whose path matches ``pattern`` (in page order, once each)."""
    root = html.fromstring(document)
    found: list[str] = []
    for href in root.xpath("//a/@href"):
        url = urllib.parse.urljoin(base, str(href))
        if (
            re.search(pattern, urllib.parse.urlsplit(url).path + "?" + urllib.parse.urlsplit(url).query)
            and url not in found
        ):
            found.append(url)
    return found


def heading(document: str) -> str | None:
    """The text of the page's first ``<h1>``, or None."""
    found = html.fromstring(document).xpath("//h1")
    return _text(found[0]) if found else None
