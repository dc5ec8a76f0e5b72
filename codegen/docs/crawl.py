"""Read help pages from a folder (text or HelpPage HTML) or from a site, starting at its help index.

A site is read as a HelpPage serves it: the index (``<base>/Help``) links every operation page
(``Help/Api/<METHOD>-<path>``); an operation page links the model pages of its types
(``Help/ResourceModel?modelName=<Area>_<Type>``). A model page's table is added to each operation page
that links it, under the type's name, so the parser sees one page per operation as in the text form.
Pages are fetched once each, in the index's order; a page that cannot be fetched is named in the error.
"""

from __future__ import annotations

import pathlib
import urllib.error
import urllib.request

from . import html as helppage
from .parse import Page, parse_page

_OPERATION = r"/Help/Api/"
_MODEL = r"/Help/ResourceModel\?"


class CrawlError(Exception):
    """A help page could not be read; the message names it."""


def fetch(url: str, timeout: float = 30.0) -> str:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError, UnicodeDecodeError) as e:
        raise CrawlError(f"cannot read {url}: {e}") from e


def read_text(text: str, name: str) -> Page:
    """One page, HTML or text."""
    return parse_page(helppage.to_text(text) if helppage.is_html(text) else text, name)


def read_folder(folder: pathlib.Path) -> list[tuple[Page, str]]:
    """Every page of a folder: ``*.txt``, ``*.md`` (not README.md) and ``*.html``, by name."""
    if not folder.is_dir():
        raise CrawlError(f"{folder}: not a folder of help pages")
    files = sorted(p for p in folder.iterdir()
                   if p.suffix in (".txt", ".md", ".html", ".htm") and p.name.lower() != "readme.md")  # fmt: skip
    return [(read_text(p.read_text(encoding="utf-8"), p.name), p.name) for p in files]


def read_site(base: str, index: str = "Help") -> list[tuple[Page, str]]:
    """Every operation page the site's help index links, each with its model pages' tables."""
    base = base.rstrip("/") + "/"
    index_url = base + index
    pages: list[tuple[Page, str]] = []
    models: dict[str, str] = {}
    for url in helppage.links(fetch(index_url), index_url, _OPERATION):
        document = fetch(url)
        text = helppage.to_text(document)
        for model_url in helppage.links(document, url, _MODEL):
            if model_url not in models:
                models[model_url] = helppage.to_text(fetch(model_url))
            text += "\n" + models[model_url]
        pages.append((parse_page(text, url), url))
    if not pages:
        raise CrawlError(f"{index_url}: the help index links no operation pages (Help/Api/...)")
    return pages


def read(location: str) -> list[tuple[Page, str]]:
    """Pages from a folder or a base URL."""
    if location.startswith(("http://", "https://")):
        return read_site(location)
    return read_folder(pathlib.Path(location))
