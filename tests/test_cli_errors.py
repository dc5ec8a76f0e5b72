"""The command's errors (one line each, the documented exit code), its help texts, and vendoring's refusals."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import subprocess
import sys

import pytest
from vitec_connect import models, xml
from vitec_connect._cli import main
from vitec_connect._vendor import VendorError, vendor
from vitec_connect.models import public_advertisement_lead as pal
from vitec_connect.testing import MockServer

from .conftest import ROOT


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) <= 1 and "Traceback" not in err, err
    return code, err.strip()


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITEC_USERNAME", "u")
    monkeypatch.setenv("VITEC_PASSWORD", "p")
    monkeypatch.delenv("VITEC_BASE_URL", raising=False)
    monkeypatch.delenv("VITEC_CUSTOMER_ID", raising=False)


def test_no_customer_is_a_usage_error_naming_both_ways_to_give_one(credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["crm", "get-contact", "c", "--base-url", "http://127.0.0.1:9"], capsys)
    assert (code, err) == (2, "error: customerId is required: give --customer-id or set VITEC_CUSTOMER_ID")


def test_no_credentials_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("VITEC_USERNAME", raising=False)
    monkeypatch.delenv("VITEC_PASSWORD", raising=False)
    assert run(["get-contact", "--customer-id", "k", "c"], capsys) == (2, "error: no credentials: pass username and password, or set VITEC_USERNAME and VITEC_PASSWORD")


def test_a_plain_http_base_url_is_a_usage_error(credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["get-contact", "--customer-id", "k", "c", "--base-url", "http://connect.example"], capsys)
    assert code == 2 and err.startswith("error: base_url must use https")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_body_missing_a_member_exits_3_naming_the_wire_member(credentials: None, fmt: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    lead = pal.PublicAdvertisingPersonLead(person=pal.Person(first_name="Åsa"), lead_source=pal.LeadSource(name="x"))
    body = tmp_path / f"lead.{fmt}"
    if fmt == "json":
        body.write_text('{"person":{"firstName":"Åsa"}}', encoding="utf-8")
        expected = "missing required member 'leadSource'"
    else:
        data = xml.encode(lead)
        start, end = data.index(b"<LeadSource"), data.index(b"</LeadSource>") + len(b"</LeadSource>")
        body.write_bytes(data[:start] + data[end:])
        expected = "missing required <LeadSource>"
    code, err = run(["create-person-lead", "--customer-id", "k", str(body), "--base-url", "http://127.0.0.1:9"], capsys)
    assert code == 3 and err.startswith(f"error: invalid request body in {body}: PublicAdvertisingPersonLead: ")
    assert expected in err and "lead_source" not in err


def test_an_unreadable_body_file_exits_3(credentials: None, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["create-person-lead", "--customer-id", "k", str(tmp_path / "nope.json")], capsys)
    assert (code, err) == (3, f"error: cannot read the request body from {tmp_path / 'nope.json'}: No such file or directory")


def test_argument_errors_name_the_arguments_as_shown(credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(["get-tips-and-leads-report", "--customer-id", "k", "2025-03-01", "2025-01-01", "--base-url", "http://127.0.0.1:9"], capsys)
    assert (code, err) == (3, "error: ValidationError: invalid request: dateTo: must not be before dateFrom")
    with pytest.raises(SystemExit) as e:
        main(["get-tips-and-leads-report", "--customer-id", "k", "2025-01-01", "2025-02-01", "--active-status-tip-lead", "Sleeping"])
    assert e.value.code == 2 and "activeStatusTipLead: expected one of " in capsys.readouterr().err


def test_the_server_errors_text_is_one_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with MockServer() as server:
        monkeypatch.setenv("VITEC_USERNAME", server.username)
        monkeypatch.setenv("VITEC_PASSWORD", server.password)
        code, err = run(["get-contact", "--customer-id", server.customer_id, "NOPE", "--base-url", server.url], capsys)
    assert (code, err) == (6, f"error: NotFoundError: 404 Not Found: Kontakten NOPE finns inte. (GET /CRM/Contact/{server.customer_id}/NOPE)")


def test_no_traceback_from_the_installed_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vitec_connect", "get-contact", "--customer-id", "k", "c"],
        capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.startswith("error: no credentials") and len(done.stderr.splitlines()) == 1


def test_operation_help_comes_from_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["get-tips-and-leads-report", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Hämtar en rapport över skickade och mottagna tips och leads" in out
    assert "(Report of sent and received tips and leads; the date range may not exceed two months.)" in out
    assert "GET /BusinessIntelligence/TipsAndLeads/Report" in out
    assert "Format: a date (2025-01-31) or a date and time (2025-01-31T12:00), Stockholm time" in out
    active = ", ".join(m.value for m in models.ActiveStatusTipLead)
    assert f"One of: {active}." in out
    assert "VITEC_USERNAME, VITEC_PASSWORD" in out and "6 not found" in out
    with pytest.raises(SystemExit):
        main(["get-contact-leads", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "batches of 20" in out and "--no-log-lead-type" in out and "LogLeadType" in out


def test_operation_help_says_each_thing_once_and_as_terminal_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["crm", "get-contact", "--help"])
    out = capsys.readouterr().out
    assert out.count("Hämta kontakt.") == 1  # the page's text repeats its title; the help does not
    assert "(A contact: a person, a company or a deceased estate.)" in " ".join(out.split())
    assert "``" not in out  # reStructuredText markup
    # The customer is an option whose default is the environment's, not the Python client's.
    assert "--customer-id customerId" in out and "Default: the client" not in out
    assert "Kund-id. (Customer id.) Default: VITEC_CUSTOMER_ID." in " ".join(out.split())


def test_mock_options_are_explained(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["mock", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for text in ("TCP port", "address to listen on", "Basic auth user", "Basic auth password"):
        assert text in out


@pytest.mark.parametrize(
    ("name", "why"),
    [("json", "would shadow"), ("typing", "would shadow"), ("lxml", "would shadow"), ("class", "keyword"),
     ("match", "keyword"), ("1abc", "not a valid")],
)  # fmt: skip
def test_vendoring_refuses_names_that_would_shadow_or_cannot_import(name: str, why: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(VendorError, match=why):
        vendor(tmp_path, name)
    code, err = run(["vendor", str(tmp_path), "--package", name], capsys)
    assert code == 2 and why in err
    assert not any(tmp_path.iterdir())


def test_vendoring_keeps_local_changes_unless_forced(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendor(tmp_path, "acme_vitec")
    edited = tmp_path / "acme_vitec" / "_client.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# a local fix\n", encoding="utf-8")
    manifest = json.loads((tmp_path / "acme_vitec" / "VENDORED.json").read_text(encoding="utf-8"))
    code, err = run(["vendor", str(tmp_path), "--package", "acme_vitec"], capsys)
    assert code == 2 and "changed since vendored: _client.py" in err and "--force" in err
    assert edited.read_text(encoding="utf-8").endswith("# a local fix\n")
    assert json.loads((tmp_path / "acme_vitec" / "VENDORED.json").read_text(encoding="utf-8")) == manifest
    assert run(["vendor", str(tmp_path), "--package", "acme_vitec", "--force"], capsys)[0] == 0
    assert not edited.read_text(encoding="utf-8").endswith("# a local fix\n")


def test_vendoring_with_xsdata_needs_xsdata(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "xsdata" else real(name, *a))
    code, err = run(["vendor", str(tmp_path), "--package", "acme_vitec", "--with-xsdata"], capsys)
    assert (code, err) == (2, "error: --with-xsdata copies the xsdata classes, which need xsdata: pip install xsdata")
    assert not any(tmp_path.iterdir())


def test_verbose_logging_lasts_for_one_run(credentials: None, capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    log = logging.getLogger("vitec_connect")
    before = (list(log.handlers), log.level)
    assert main(["get-contact", "--customer-id", "k", "c", "--base-url", "http://127.0.0.1:9", "--verbose", "--format", "xml"]) == 10
    err = capsys.readouterr().err
    assert "DEBUG GET http://127.0.0.1:9/CRM/Contact/k/c" in err and err.strip().endswith("(the request did not reach the server)")
    assert (list(log.handlers), log.level) == before


@pytest.mark.parametrize(("kind", "text", "value"), [("long", "9007199254740993", 9007199254740993), ("short", "-32768", -32768), ("byte", "255", 255)])
def test_every_integer_kind_of_a_parameter_is_read_as_an_integer(kind: str, text: str, value: int) -> None:
    """A path or query parameter of any .NET integer kind reaches the client as an int (as a str the client
    would refuse it), and a value outside the kind is a usage error naming the parameter."""
    import argparse

    from vitec_connect._cli import _parameter
    from vitec_connect._schema import Param

    parser = argparse.ArgumentParser(exit_on_error=False)
    _parameter(parser, Param("widgetCount", "widget_count", "query", kind, required=True), "How many.")
    assert parser.parse_args([text]).widget_count == value
    with pytest.raises(argparse.ArgumentError, match=r"widgetCount: expected an integer, got '99999999999999999999'"):
        parser.parse_args(["99999999999999999999"])
