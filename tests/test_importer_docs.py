"""The docs check for the whole API through the importer's parser: pages as text, markdown or HelpPage
HTML, from a folder or a site (served on 127.0.0.1), and a location kept in the project's configuration."""

from __future__ import annotations

import copy
import http.server
import json
import pathlib
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from codegen.docs import cli, report
from codegen.importer import cli as import_cli

from .conftest import FIXTURES, ROOT, Pinned

BASE = FIXTURES / "docs" / "base"
SITE = FIXTURES / "helppages" / "site"
ROUTES = {
    "/Help": "index.html",
    "/Help/Api/GET-Demo-customerId-Widget-widgetId": "get_widget.html",
    "/Help/Api/GET-Demo-Widget-Report_customerId_dateFrom_dateTo_widgetIds": "get_widget_report.html",
    "/Help/Api/GET-Demo-customerId-Gadget": "get_gadget.html",
    "/Help/ResourceModel?modelName=Demo_Widget": "model_widget.html",
    "/Help/ResourceModel?modelName=Demo_Part": "model_part.html",
    "/Help/ResourceModel?modelName=Demo_PartKind": "model_partkind.html",
}


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = cli.main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


class TestLocation:
    def test_no_default_outside_the_project(
        self, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setattr(report, "CONFIG", tmp_path / "pyproject.toml")  # no configuration
        assert cli.main([]) == 2
        assert (
            "where are the pages? Give --docs DIR|URL, or set docs under [tool.vitec-connect]"
            in capsys.readouterr().err
        )

    def test_the_configured_location(
        self,
        tmp_path: pathlib.Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        pinned: Pinned,
    ) -> None:
        shutil.copytree(BASE, tmp_path / "pages")
        config = tmp_path / "pyproject.toml"
        config.write_text('[tool.other]\ndocs = "no"\n[tool.vitec-connect]\ndocs = "pages"\n', encoding="utf-8")
        monkeypatch.setattr(report, "CONFIG", config)
        code, out = check(capsys, *pinned.args)  # the pages' spec; the pages from the configuration
        assert code == 0 and out["items"] == [] and out["docs"] == str(tmp_path / "pages")
        assert out["checked"]["endpoints"] == 5

    def test_the_project_ships_no_location_outside_itself(self) -> None:
        assert report.configured_docs(ROOT / "pyproject.toml") is None


def test_markdown_pages_read_like_text(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    for page in BASE.glob("*.txt"):
        (tmp_path / page.with_suffix(".md").name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "README.md").write_text("# not a page\n", encoding="utf-8")
    code, out = check(capsys, "--docs", str(tmp_path), *pinned.args)
    assert code == 0 and out["items"] == []
    assert [p["operation"] for p in out["pages"]] == [
        "get_contact_leads", "get_incoming_lead", "create_person_lead", "get_tips_and_leads_report", "get_contact"
    ]  # fmt: skip


class Handler(http.server.BaseHTTPRequestHandler):
    root: pathlib.Path = SITE

    def do_GET(self) -> None:
        name = ROUTES.get(self.path)
        if name is None or not (Handler.root / name).exists():
            self.send_error(404)
            return
        body = (Handler.root / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pathlib.Path, pathlib.Path]]:
    """A copy of the HelpPage site served on 127.0.0.1, a spec imported from it, and its generated code."""
    tmp = tmp_path_factory.mktemp("served")
    shutil.copytree(SITE, tmp / "site")
    Handler.root = tmp / "site"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    spec, out = tmp / "spec", tmp / "generated"
    spec.mkdir()
    try:
        assert import_cli.main(["--pages", url, "--spec", str(spec), "--write"]) == 0
        done = subprocess.run(
            [sys.executable, "-m", "codegen", "--spec", str(spec), "--out", str(out)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        yield url, spec, tmp / "site"
    finally:
        server.shutdown()
        server.server_close()


def test_served_html_pages_agree_with_the_spec_imported_from_them(
    served: tuple[str, pathlib.Path, pathlib.Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, spec, _ = served
    code, out = check(capsys, "--docs", url, "--spec", str(spec), "--out", str(spec.parent / "generated"))
    assert code == 0, out["items"]
    assert out["checked"]["endpoints"] == 2 and out["checked"]["round_trips"] == 3
    assert [p["file"] for p in out["pages"]] == [
        "/Help/Api/GET-Demo-customerId-Widget-widgetId",
        "/Help/Api/GET-Demo-Widget-Report_customerId_dateFrom_dateTo_widgetIds",
    ]


def test_served_edited_and_new_pages_are_reported(
    served: tuple[str, pathlib.Path, pathlib.Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, spec, site = served
    model = site / "model_widget.html"
    original = model.read_text(encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")
    row = (
        '<tr><td class="property-name">Colour</td><td class="property-documentation"><p>Färg.</p></td>'
        '<td class="property-type">string</td><td class="property-annotations"></td></tr>\n      </tbody>'
    )
    gadget = (
        '<tr><td class="api-name"><a href="/Help/Api/GET-Demo-customerId-Gadget">GET Demo/{customerId}/Gadget</a>'
        "</td><td></td></tr>\n      </tbody>"
    )
    page = (SITE / "get_widget.html").read_text(encoding="utf-8").replace("Widget/{widgetId}", "Gadget")
    try:
        model.write_text(original.replace("      </tbody>", row, 1), encoding="utf-8")
        (site / "index.html").write_text(index.replace("      </tbody>", gadget, 1), encoding="utf-8")
        (site / "get_gadget.html").write_text(page, encoding="utf-8")
        code, out = check(capsys, "--docs", url, "--spec", str(spec), "--out", str(spec.parent / "generated"))
    finally:
        model.write_text(original, encoding="utf-8")
        (site / "index.html").write_text(index, encoding="utf-8")
        (site / "get_gadget.html").unlink()
    assert code == 1
    colour = [i for i in out["items"] if i["what"] == "field"]
    assert [(i["group"], i["change"], i["name"], i["new"]) for i in colour] == [
        ("type widgets.Widget", "added", "colour", "string, optional")
    ]
    assert "table Widget (/Help/Api/GET-Demo-customerId-Widget-widgetId)" in colour[0]["evidence"]
    new = [i for i in out["items"] if i["what"] == "endpoint"]
    assert [(i["change"], i["group"]) for i in new] == [("added", "GET /Demo/{customerId}/Gadget")]


def _with_extra_operation(
    spec: pathlib.Path, dest: pathlib.Path, template: str, path: str, doc_page: str | None
) -> None:
    """A copy of ``spec`` with one more operation: the one at ``template``, served at ``path`` as ``extra``."""
    shutil.copytree(spec, dest)
    doc = yaml.safe_load((dest / "openapi.yaml").read_text(encoding="utf-8"))
    item = copy.deepcopy(doc["paths"][template])
    for op in item.values():
        op["operationId"] = "extra"
        op.pop("x-doc-page", None)
        if doc_page:
            op["x-doc-page"] = doc_page
    doc["paths"][path] = item
    (dest / "openapi.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


class TestPartialPages:
    """An operation no page of a folder documents is removed only if a page file once did (its x-doc-page);
    one from the Swagger is not covered by those pages: listed, not drift. A site's index is the whole set."""

    def test_a_folder_does_not_cover_an_operation_no_page_ever_documented(
        self, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
    ) -> None:
        spec = tmp_path / "spec"
        _with_extra_operation(pinned.spec, spec, "/CRM/Lead/{customerId}/Incoming/{id}", "/CRM/Lead/{id}", None)
        code, out = check(capsys, "--docs", str(BASE), "--spec", str(spec), "--out", str(pinned.out))
        assert code == 0 and out["items"] == []
        assert out["not_covered"] == ["GET /CRM/Lead/{id}"]
        assert cli.main(["--docs", str(BASE), "--spec", str(spec), "--out", str(pinned.out)]) == 0
        text = capsys.readouterr().out
        assert "not covered by these pages: 1 operation(s)" in text and "no drift" in text

    def test_a_folder_missing_the_page_an_operation_came_from_reports_it_removed(
        self, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
    ) -> None:
        spec = tmp_path / "spec"
        page = "005_gone.txt"
        _with_extra_operation(pinned.spec, spec, "/CRM/Lead/{customerId}/Incoming/{id}", "/CRM/Lead/{id}", page)
        code, out = check(capsys, "--docs", str(BASE), "--spec", str(spec), "--out", str(pinned.out))
        assert code == 1 and out["not_covered"] == []
        assert [(i["what"], i["change"], i["name"]) for i in out["items"]] == [("endpoint", "removed", "extra")]

    def test_a_site_is_the_whole_set(
        self, served: tuple[str, pathlib.Path, pathlib.Path], tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        url, spec, _ = served
        extended = tmp_path / "spec"
        _with_extra_operation(spec, extended, "/Demo/{customerId}/Widget/{widgetId}", "/Demo/Widget/{widgetId}", None)
        code, out = check(capsys, "--docs", url, "--spec", str(extended), "--out", str(spec.parent / "generated"))
        assert code == 1 and out["not_covered"] == []
        assert [(i["what"], i["change"], i["name"]) for i in out["items"]] == [("endpoint", "removed", "extra")]


def test_an_inferred_namespace_a_page_shows_otherwise_gets_a_proposed_correction(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    """The pages' spec with one type's namespace marked inferred, and page 001 showing that type in
    another namespace: the check names the override that moves it, which the importer applies."""
    spec = tmp_path / "spec"
    shutil.copytree(pinned.spec, spec)
    doc = yaml.safe_load((spec / "openapi.yaml").read_text(encoding="utf-8"))
    doc["components"]["schemas"]["advertising.FormMarketingUtmTags"]["xml"]["x-namespace-inferred"] = True
    (spec / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    pages = tmp_path / "docs"
    shutil.copytree(BASE, pages)
    shutil.copy(FIXTURES / "docs" / "xml_namespace" / "001_6280d0c95a8129ae.txt", pages)
    code, out = check(capsys, "--docs", str(pages), "--spec", str(spec), "--out", pinned.args[3])
    assert code == 1
    [item] = [i for i in out["items"] if i["what"] == "XML namespace"]
    shown = item["new"].rsplit("/", 1)[1]
    assert item["detail"].splitlines()[1:4] == [
        "types:", "  advertising.FormMarketingUtmTags:", f"    namespace: {shown}"
    ]
    # the same check on the spec as it was (a namespace a sample had proven): no proposal, a change to look at
    code, out = check(capsys, "--docs", str(pages), *pinned.args)
    [item] = [i for i in out["items"] if i["what"] == "XML namespace"]
    assert item["detail"] == ""  # (the override it proposes: tests/test_importer.py, "moves a type")


def test_a_strict_mode_namespace_report_gives_the_override(capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m codegen import --namespace-report TEXT``: from the error strict decoding raised (its own
    message) to the overrides.yaml entry; the entry, applied, is tests/test_importer.py's "moves a type"."""
    from vitec_connect import NamespaceMismatchError

    from .conftest import SPEC

    doc = yaml.safe_load((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    component, schema = next((c, s) for c, s in doc["components"]["schemas"].items()
                             if s.get("xml", {}).get("x-namespace-inferred"))  # fmt: skip
    dc = "http://schemas.datacontract.org/2004/07/"
    error = NamespaceMismatchError(schema["xml"]["name"], schema["xml"]["namespace"], dc + "Vitec.Elsewhere", "/R/X")
    assert import_cli.main(["--namespace-report", str(error)]) == 0
    assert capsys.readouterr().out == f"types:\n  {component}:\n    namespace: Vitec.Elsewhere\n"
    assert import_cli.main(["--namespace-report", "something else"]) == 2
    assert "not a NamespaceMismatchError report" in capsys.readouterr().err
    other = NamespaceMismatchError("NoSuchType", schema["xml"]["namespace"], dc + "Vitec.Elsewhere")
    assert import_cli.main(["--namespace-report", str(other)]) == 2
    assert f"NoSuchType in {schema['xml']['namespace']}: no type of the spec" in capsys.readouterr().err
