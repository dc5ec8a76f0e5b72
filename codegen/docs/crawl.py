"""Help pages from a folder (text, markdown or HelpPage HTML) or from a site, starting at its help index.

A site is read as a HelpPage serves it: the index (``<base>/Help``) links every operation page
(``Help/Api/<METHOD>-<path>``); an operation page links the model pages of its types
(``Help/ResourceModel?modelName=<Area>_<Type>``), and a model page those of its members' types. The tables
of every model page an operation page reaches are added to it, under the type's name, so the parser sees
one page per operation as in the text form.
Pages are fetched once each, in the index's order; a page that cannot be fetched is named in the error.
The docs check and the importer both read pages here.
"""

from __future__ import annotations

import pathlib
import urllib.error
import urllib.parse
import urllib.request

from . import html
from .page import Page
from .parse import parse_page

_OPERATION = r"/Help/Api/"
_MODEL = r"/Help/ResourceModel\?"


class CrawlError(Exception):
    """Help pages could not be read; the message names the page or folder."""


def is_url(location: str | pathlib.Path) -> bool:
    return str(location).startswith(("http://", "https://"))


def fetch(url: str, timeout: float = 30.0) -> str:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError, UnicodeDecodeError) as e:
        raise CrawlError(f"cannot read {url}: {e}") from e


#: Page files in a folder: the text form, markdown, and HelpPage HTML (README.md is not a page).
PAGE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def read_page(text: str, name: str, known_types: frozenset[str] = frozenset()) -> Page:
    """One page, HelpPage HTML or the text form: HTML is flattened to the text form first (``html``), so
    both are read by the same parser."""
    return parse_page(html.to_text(text) if html.is_html(text) else text, name, known_types)


def read_pages(folder: pathlib.Path, known_types: frozenset[str] = frozenset()) -> list[Page]:
    """Every page in ``folder`` (``*.txt``, ``*.md``, ``*.html``; README.md is not a page), by name."""
    return [
        read_page(p.read_text(encoding="utf-8"), p.name, known_types)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix in PAGE_SUFFIXES and p.name.lower() != "readme.md"
    ]


def read_folder(folder: pathlib.Path, known_types: frozenset[str] = frozenset()) -> list[tuple[Page, str]]:
    """Every page of a folder with its file name (see ``read_pages``)."""
    if not folder.is_dir():
        raise CrawlError(f"{folder}: not a folder of help pages")
    return [(p, p.file) for p in read_pages(folder, known_types)]


def read_site(base: str, known_types: frozenset[str] = frozenset(), index: str = "Help") -> list[tuple[Page, str]]:
    """Every operation page the site's help index links, each with its model pages' tables. A page is
    named by its path (``/Help/Api/GET-…``), not its host, so reports do not depend on where it is served."""
    base = base.rstrip("/") + "/"
    index_url = base + index
    pages: list[tuple[Page, str]] = []
    models: dict[str, tuple[str, list[str]]] = {}  # model page -> (its text, the model pages it links)
    for url in html.links(fetch(index_url), index_url, _OPERATION):
        document = fetch(url)
        text = html.to_text(document)
        todo, seen = html.links(document, url, _MODEL), set()
        while todo:  # the model pages it links, and theirs (a member's type, an enumeration)
            model_url = todo.pop(0)
            if model_url in seen:
                continue
            seen.add(model_url)
            if model_url not in models:
                model = fetch(model_url)
                models[model_url] = (html.to_text(model), html.links(model, model_url, _MODEL))
            text += "\n" + models[model_url][0]
            todo += models[model_url][1]
        parts = urllib.parse.urlsplit(url)
        name = parts.path + (f"?{parts.query}" if parts.query else "")
        pages.append((parse_page(text, name, known_types), url))
    if not pages:
        raise CrawlError(f"{index_url}: the help index links no operation pages (Help/Api/...)")
    return pages


def read(location: str | pathlib.Path, known_types: frozenset[str] = frozenset()) -> list[tuple[Page, str]]:
    """Pages from a folder or a base URL, each with where it came from."""
    if is_url(location):
        return read_site(str(location), known_types)
    return read_folder(pathlib.Path(location), known_types)
