"""The vitec-connect command: demo, operation subcommands with exit codes, vendoring."""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import re
import subprocess
import sys
import venv

import pytest
from vitec_connect._cli import main
from vitec_connect._vendor import vendor
from vitec_connect.testing import Fault, MockServer

from .conftest import ROOT, SAMPLES


def test_demo_runs_every_endpoint_in_both_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.count("▸ crm.get_contact(customer_id=demo-kund, contact_id=KON10000)") == 2 and "format=xml" in out
    assert "KON10000  LEAD" in out and "Tips om säljare" in out and "tips           120 items" in out
    assert "[████████████████████████] 6/6" in out and "[████████████████████████] 2/2" in out
    # the project's labels are English (the values are Vitec's data); each bar follows its operation's line
    assert "FIELD          VALUE" in out and "incomingLeads (5 of 120):" in out and "CONTACT   LEADS" in out
    assert not re.search(r"FÄLT|VÄRDE|\bav\b \d|visas|\d st\b|anrop", out)
    lines = out.splitlines()
    bars = [i for i, line in enumerate(lines) if line.startswith("  requests [")]
    assert len(bars) >= 4 and all(lines[i - 1].startswith("▸ ") for i in bars)
    report = next(i for i, line in enumerate(lines) if line.startswith("▸ business_intelligence.get_tips_and_leads_report("))
    assert lines[report + 1] == "  requests [████████████████████████] 6/6"
    assert out.count("▸ public_advertising.create_person_lead(") == 2
    assert "every operation answered in JSON and in XML" in out


def test_demo_gives_each_undocumented_operation_one_line_and_all_of_it_with_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from vitec_connect._api.operations import OPERATIONS
    from vitec_connect._mockops import OVERRIDES

    assert main(["demo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    calls = [line for line in lines if line.startswith("▸ ")]
    assert len(calls) == 2 * len(OPERATIONS)  # every operation, in JSON and in XML
    one_line = [line for line in calls if "  → " in line]
    assert len(one_line) == 2 * (len(OPERATIONS) - len(OVERRIDES))
    assert all(any(f".{name}(" in line for line in calls if "  → " not in line) for name in OVERRIDES)
    assert any(line.endswith("→ (204 No Content)") for line in one_line)
    assert any(line.endswith("[GET /Area/GetAreas]  → 3 × Area") for line in one_line)
    assert main(["demo", "--all"]) == 0
    everything = capsys.readouterr().out
    assert everything.count("\n▸ ") == 2 * len(OPERATIONS) and "  → " not in everything


@pytest.mark.parametrize("output", ["json", "xml"])
def test_demo_machine_output(output: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--output", output]) == 0
    out = capsys.readouterr().out
    assert ('"customerId"' in out) if output == "json" else ('i:type="CrmPersonContact"' in out)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> MockServer:
    server = MockServer().start()
    monkeypatch.setenv("VITEC_USERNAME", server.username)
    monkeypatch.setenv("VITEC_PASSWORD", server.password)
    monkeypatch.setenv("VITEC_BASE_URL", server.url)
    monkeypatch.setenv("VITEC_CUSTOMER_ID", server.customer_id)  # the customer of a command without --customer-id
    yield server  # type: ignore[misc]
    server.stop()


def test_operation_subcommands(env: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crm", "get-contact", "KON10003", "--format", "xml"]) == 0
    assert json.loads(capsys.readouterr().out)["type"] == "Company"
    assert main(["crm", "get-contact-leads", "--customer-id", env.customer_id, "KON10000", "KON10001", "--no-log-lead-type", "--output", "table"]) == 0
    assert "KON10000" in capsys.readouterr().out
    assert main(["business-intelligence", "get-tips-and-leads-report", "--customer-id", env.customer_id, "2025-01-01", "2025-05-01", "--output", "xml"]) == 0
    assert capsys.readouterr().out.startswith("<TipsAndLeadsReport ")
    assert main(["get-contact", "KON10003"]) == 0  # the flat name of earlier versions
    assert json.loads(capsys.readouterr().out)["id"] == "KON10003"


def test_commands_are_grouped_by_resource(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "business-intelligence" in out and "public-advertising" in out
    assert "get-contact " not in out  # the flat names work, unlisted
    with pytest.raises(SystemExit):
        main(["crm", "--help"])
    out = capsys.readouterr().out
    assert "get-contact" in out and "get-incoming-lead" in out and "create-person-lead" not in out


def test_post_reads_its_body_from_a_file(env: MockServer, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "lead.xml"
    body.write_bytes((SAMPLES / "create_person_lead.request.xml").read_bytes())
    assert main(["public-advertising", "create-person-lead", str(body), "--format", "xml"]) == 0
    lead_id = json.loads(capsys.readouterr().out)
    assert lead_id in env.created_leads


def test_a_body_from_stdin_and_a_table_of_any_model(env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    data = (SAMPLES / "create_person_lead.request.json").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["public-advertising", "create-person-lead", "-"]) == 0
    lead_id = json.loads(capsys.readouterr().out)
    assert main(["crm", "get-incoming-lead", lead_id, "--output", "table"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^  contactId +KON1\d{4}$", out, re.MULTILINE) and re.search(r"^  state +New$", out, re.MULTILINE)


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["get-contact", "--customer-id", "annan-kund", "KON10000"], 5, "PermissionDeniedError"),
        (["get-contact", "--customer-id", "demo-kund", "NOPE"], 6, "NotFoundError"),
        (["get-tips-and-leads-report", "--customer-id", "demo-kund", "2025-03-01", "2025-01-01"], 3, "ValidationError"),
    ],
)
def test_exit_codes(env: MockServer, argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == code
    assert message in capsys.readouterr().err


def test_exit_code_for_bad_credentials_and_server_errors(env: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    env.inject("get_contact", Fault(status=500))
    assert main(["get-contact", "KON10000"]) == 9
    monkeypatch.setenv("VITEC_PASSWORD", "wrong-password")
    assert main(["get-contact", "KON10000", "--verbose"]) == 4
    err = capsys.readouterr().err
    assert "AuthenticationError" in err and "wrong-password" not in err and "GET http://127.0.0.1" in err


def test_vendor_copies_renames_and_updates_in_place(tmp_path: pathlib.Path) -> None:
    written, removed = vendor(tmp_path, "acme_vitec")
    pkg = tmp_path / "acme_vitec"
    assert written > 20 and removed == 0
    manifest = json.loads((pkg / "VENDORED.json").read_text())
    assert manifest["package"] == "acme_vitec" and len(manifest["spec_sha256"]) == 64
    assert not (pkg / "xml_models").exists() and not list(pkg.rglob("codegen*"))
    text = (pkg / "_client.py").read_text()
    assert text.startswith("# Vendored from vitec-connect") and "vitec_connect" not in text
    # re-running removes what is no longer part of the copy and leaves a foreign folder alone
    (pkg / "obsolete.py").write_text("x = 1\n")
    manifest["files"]["obsolete.py"] = hashlib.sha256(b"x = 1\n").hexdigest()  # as if written by an older version
    (pkg / "VENDORED.json").write_text(json.dumps(manifest))
    assert vendor(tmp_path, "acme_vitec")[1] == 1 and not (pkg / "obsolete.py").exists()
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "keep.py").write_text("")
    with pytest.raises(ValueError, match="refusing"):
        vendor(tmp_path, "mine")


def test_a_vendored_copy_works_where_vitec_connect_is_not_installed(tmp_path: pathlib.Path) -> None:
    """A virtualenv with only msgspec, urllib3 and lxml (from this one's site-packages) and the copy."""
    vendor(tmp_path / "src", "acme_vitec")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    import lxml
    import msgspec
    import urllib3

    deps = tmp_path / "deps"
    deps.mkdir()
    for mod in (msgspec, urllib3, lxml):
        src = pathlib.Path(mod.__file__).parent
        os.symlink(src, deps / src.name)
    script = f"""
import sys
sys.path[:0] = [{str(tmp_path / 'src')!r}, {str(deps)!r}]
import importlib.util
assert importlib.util.find_spec("vitec_connect") is None, "vitec_connect must not be importable here"
import acme_vitec
from acme_vitec import Client, xml, models
from acme_vitec.testing import MockServer
data = open({str(SAMPLES / 'get_contact.response.xml')!r}, "rb").read()
assert type(xml.decode(data, type=models.CrmContact)).__name__ == "CrmContact"
with MockServer() as s:
    c = Client(s.username, s.password, base_url=s.url, format="xml")
    print(type(c.crm.get_contact(customer_id=s.customer_id, contact_id="KON10000")).__module__)
"""
    done = subprocess.run([str(python), "-I", "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "acme_vitec.models.crm_contact"


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "vitec_connect", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and "vitec-connect 0.1.0" in done.stdout


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs exactly the second Quickstart line of the README, then lint, the drift check and the
    lowest-versions run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```", 2)[1].strip().splitlines()
    assert len(block) == 2 and block[0].endswith("vitec-connect demo")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert block[1] in ci
    after = [line for line in ci[ci.index(block[1]) + 1 :] if not line.startswith("#")]
    assert after[:2] == ["bash .ci/lint", "python -m codegen --check"] and after[2].startswith("nox -s lowest ")
    for ignored in re.findall(r"--(?:ignore|deselect)=([^\s:]+)", "\n".join(after)):  # what it leaves out exists
        assert (ROOT / ignored).exists(), ignored
    lint = (ROOT / ".ci" / "lint").read_text(encoding="utf-8")
    assert "ruff check" in lint and "ruff format --check" in lint and 'mypy --config-file pyproject.toml "$build/' in lint
