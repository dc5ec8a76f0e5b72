"""Help pages from a folder (text, markdown or HelpPage HTML) or from a site, starting at its help index.

A site is read as a HelpPage serves it: the index (``<base>/Help``) links every operation page
(``Help/Api/<METHOD>-<path>``); an operation page links the model pages of its types
(``Help/ResourceModel?modelName=<Area>_<Type>``), and a model page those of its members' types. The tables
of every model page an operation page reaches are added to it, under the type's name, so the parser sees
one page per operation as in the text form.
Pages are fetched once each, in the index's order; a page that cannot be fetched is named in the error.

A folder holding a site's pages saved as HTML is read the same way: its operation pages (a route line
in the heading) are the pages, each with the tables of the model pages it reaches (a model page's heading
is its type's name: ``<h1>Part</h1>``; a link reaches it by ``modelName`` or by its file name), and the
index (links to operation pages, no route) is skipped. Model pages and the index are never read as
operation pages, so they are never reported as pages without a route.
The docs check and the importer both read pages here.
"""

from __future__ import annotations

import pathlib
import re
import urllib.error
import urllib.parse
import urllib.request

from . import html
from .page import Page
from .parse import parse_page
from .tables import TYPE_NAME

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
    """Every page in ``folder`` (``*.txt``, ``*.md``, ``*.html``; README.md is not a page), by name; HelpPage
    model pages and the help index are not pages of their own (see the module's docstring)."""
    texts = {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix in PAGE_SUFFIXES and p.name.lower() != "readme.md"
    }
    models = {name: heading for name, text in texts.items() if (heading := _model_heading(text)) is not None}
    pages = []
    for name, text in texts.items():
        if not html.is_html(text):
            pages.append(parse_page(text, name, known_types))
        elif name not in models and not _is_index(text):
            linked = "".join("\n" + html.to_text(texts[m]) for m in _linked_models(text, texts, models))
            pages.append(parse_page(html.to_text(text) + linked, name, known_types))
    return pages


#: the base a saved page's links are resolved against (only their paths and queries are read)
_SAVED = "http://folder/Help/"


def _model_heading(document: str) -> str | None:
    """The type a HelpPage model page documents (its heading: ``<h1>Part</h1>``), or None for another page."""
    if not html.is_html(document):
        return None
    heading = html.heading(document)
    return heading if heading is not None and TYPE_NAME.fullmatch(heading) else None


def _is_index(document: str) -> bool:
    """The help index: links to operation pages, and no route line of its own."""
    return bool(html.links(document, _SAVED, _OPERATION)) and parse_page(html.to_text(document)).route is None


def _linked_models(document: str, texts: dict[str, str], models: dict[str, str]) -> list[str]:
    """The model pages of the folder (file names) that ``document`` reaches, also through model pages'
    links, in link order, each once (as a crawl adds them). A link names a model page by ``modelName``
    (HelpPage writes ``<Area>_<Type>``: ``Demo_Part``) or, in a page saved with its links, by file name."""
    by_type = {heading: name for name, heading in models.items()}
    todo, found = html.links(document, _SAVED, r"."), []
    while todo:
        parts = urllib.parse.urlsplit(todo.pop(0))
        name = parts.path.rpartition("/")[2]
        if name not in models:
            model = urllib.parse.parse_qs(parts.query).get("modelName", [""])[0]
            name = by_type.get(model) or by_type.get(re.split(r"[._]", model)[-1], "")
        if name in models and name not in found:
            found.append(name)
            todo += html.links(texts[name], _SAVED, r".")
    return found


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
