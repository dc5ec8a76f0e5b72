"""Help pages as HelpPage HTML: read by the same parser as the text form, and crawled from a site's
help index on a local HTTP server (127.0.0.1 only; the pages are ours, in HelpPage's shape)."""

from __future__ import annotations

import http.server
import pathlib
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

from codegen.docs import crawl
from codegen.docs import html as helppage
from codegen.docs.parse import Page, parse_page
from codegen.importer import cli, pages, write
from codegen.importer.model import Api

from .conftest import FIXTURES

HERE = FIXTURES / "helppages"
SITE = HERE / "site"
ROUTES = {
    "/Help": "index.html",
    "/Help/Api/GET-Demo-customerId-Widget-widgetId": "get_widget.html",
    "/Help/Api/GET-Demo-Widget-Report_customerId_dateFrom_dateTo_widgetIds": "get_widget_report.html",
    "/Help/ResourceModel?modelName=Demo_Widget": "model_widget.html",
    "/Help/ResourceModel?modelName=Demo_Part": "model_part.html",
    "/Help/ResourceModel?modelName=Demo_PartKind": "model_partkind.html",
}


def facts(page: Page) -> dict[str, Any]:
    """What the importer reads from a page (not where the text put it)."""
    return {
        "route": (page.method, page.route, page.summary),
        "response": page.response_type,
        "params": [(r.name, r.type, r.required) for r in page.params],
        "tables": sorted(
            (t.label or page.response_type, tuple((r.name, r.type, r.required, r.max_length) for r in t.rows))
            for t in page.type_tables
        ),
        "samples": [(s.fmt, s.value if s.fmt == "json" else " ".join(s.text.split())) for s in page.samples],
    }


class Handler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Handler.requests.append(self.path)
        name = ROUTES.get(self.path)
        if name is None:
            self.send_error(404)
            return
        body = (SITE / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Handler.requests = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_html_and_text_forms_read_alike() -> None:
    html = "\n".join((SITE / n).read_text(encoding="utf-8") for n in ("get_widget.html",))
    models = "".join(
        helppage.to_text((SITE / n).read_text(encoding="utf-8")) for n in ("model_widget.html", "model_part.html")
    )
    from_html = parse_page(helppage.to_text(html) + models, "html")
    from_text = parse_page((HERE / "get_widget.txt").read_text(encoding="utf-8"), "txt")
    assert facts(from_html) == facts(from_text)
    assert facts(from_html)["params"] == [("customerId", "string", True), ("widgetId", "string", True)]
    assert ("Widget", (("Id", "string", True, 40), ("Name", "string", False, 60), ("CreatedAt", "date", False, None),
                       ("Weight", "integer", False, None), ("Parts", "Collection of Part", False, None))) in facts(from_html)["tables"]  # fmt: skip


def test_a_folder_of_html_pages_is_read_like_text(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.html").write_text((SITE / "get_widget.html").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text((HERE / "get_widget.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "README.md").write_text("not a page", encoding="utf-8")
    read = crawl.read_folder(tmp_path)
    assert [s for _, s in read] == ["a.html", "b.txt"]
    assert read[0][0].route == read[1][0].route == "Demo/{customerId}/Widget/{widgetId}"


def test_crawl_from_the_help_index(site: str) -> None:
    read = crawl.read_site(site)
    assert [s.removeprefix(site) for _, s in read] == [
        "/Help/Api/GET-Demo-customerId-Widget-widgetId",
        "/Help/Api/GET-Demo-Widget-Report_customerId_dateFrom_dateTo_widgetIds",
    ]
    # every page fetched once, model pages too
    assert sorted(Handler.requests) == sorted(ROUTES)
    api = pages.read([(p, f"help:{s}") for p, s in read])
    widget_ns = "Demo.Connect.Api.Models.Widgets"
    assert widget_ns in api.verified and "Demo.Connect.Api.Models.Parts" in api.verified
    widget = next(v for k, v in api.components.items() if k.endswith(".Widget"))
    assert list(widget["properties"]) == ["id", "name", "createdAt", "weight", "parts"]  # the JSON sample's order
    assert widget["required"] == ["id"] and widget["properties"]["id"]["maxLength"] == 40
    part_kind = next(v for k, v in api.components.items() if k.endswith(".PartKind"))
    assert part_kind["enum"] == ["Bolt", "Nut", "Washer"] and "x-inferred" not in part_kind  # its model page
    report = api.operations[("get", "/Demo/Widget/Report")]
    assert [(p["name"], p["in"]) for p in report["parameters"]] == [
        ("customerId", "query"), ("dateFrom", "query"), ("dateTo", "query"), ("widgetIds", "query")]  # fmt: skip
    assert report["x-max-date-range"] == {"from": "dateFrom", "to": "dateTo", "months": 2}
    assert report["parameters"][3]["x-max-items"] == 20
    assert ("GET /Demo/Widget/Report", "Högst 500 rader per svar.") in api.unread_rules


def test_import_command_from_a_site(site: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    assert cli.main(["--pages", site, "--spec", str(spec), "--write"]) == 0
    text = (spec / "openapi.yaml").read_text(encoding="utf-8")
    assert "x-source: help:/Help/Api/GET-Demo-customerId-Widget-widgetId" in text  # no host or port: deterministic
    assert (spec / "xsd" / "widgets.xsd").exists() and (spec / "xsd" / "parts.xsd").exists()
    assert cli.main(["--pages", site, "--spec", str(spec)]) == 0
    assert "spec/ is what the sources give" in capsys.readouterr().out


def test_an_unreachable_page_is_named(site: str) -> None:
    with pytest.raises(crawl.CrawlError, match=r"cannot read http://127\.0\.0\.1:\d+/nowhere/Help: HTTP Error 404"):
        crawl.read_site(site + "/nowhere")


def test_written_files_of_a_crawl_are_deterministic(site: str) -> None:
    first = write.files(pages.read([(p, f"help:{s.removeprefix(site)}") for p, s in crawl.read_site(site)], Api()))
    second = write.files(pages.read([(p, f"help:{s.removeprefix(site)}") for p, s in crawl.read_site(site)], Api()))
    assert first == second
