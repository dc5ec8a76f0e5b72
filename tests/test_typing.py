"""A user's code type-checks under ``mypy --strict``: against an editable install (the README's test
command makes one), a normal install (a wheel), and a vendored copy, with no ``Any`` where a model is due."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys
import venv
import zipfile

import pytest

from .conftest import ROOT

#: The README's examples, as a downstream project would write them; ``reveal_type`` lines are checked.
USER_SCRIPT = '''
from __future__ import annotations

import datetime as dt

from PKG import Client, models
from PKG.models import public_advertisement_lead as pal


def tour(client: Client, ids: list[str]) -> str:
    contact = client.crm.get_contact(contact_id="KON10000")
    reveal_type(contact)
    leads = client.crm.get_contact_leads(
        contact_ids=ids, object_lead_type=True, contact_lead_type=True, log_lead_type=True, outgoing_lead_type=True
    )
    reveal_type(leads)
    lead = client.crm.get_incoming_lead(id="INL20000")
    report = client.business_intelligence.get_tips_and_leads_report(
        date_from=dt.date(2024, 11, 1), date_to=dt.date(2025, 11, 1), progress=lambda done, total: print(done, total)
    )
    reveal_type(report)
    lead_id = client.public_advertising.create_person_lead(
        lead=pal.PublicAdvertisingPersonLead(
            person=pal.Person(first_name="Åsa", last_name="Öberg"),
            lead_source=pal.LeadSource(lead_type=pal.LeadType.AcceptObjectFlow, name="Hemnet"),
        ),
    )
    raw = client.with_raw_response.crm.get_contact(contact_id="KON10000")
    reveal_type(raw.parse())
    print(raw.status_code, raw.headers, raw.content)
    quick = client.with_options(timeout=5, max_retries=0)
    for part in quick.iter_windows(
        quick.business_intelligence.get_tips_and_leads_report,
        customer_id="kund-id",
        date_from=dt.date(2024, 11, 1),
        date_to=dt.date(2025, 11, 1),
    ):
        reveal_type(part)
    data: dict[str, object] = contact.to_dict()
    print(data, contact.to_json())
    return f"{contact.id} {len(leads)} {lead.contact_id} {len(report.tips or [])} {lead_id}"


def mistakes(client: Client) -> None:
    """Each line is a type error; the ignore would be reported as unused (strict) if it were not."""
    client.crm.get_contact(contact_id="KON10000", timout=3)  # type: ignore[call-arg]
    Client("u", "p", format="yaml")  # type: ignore[arg-type]
    client.crm.get_contact(contact_id="KON10000", window=False)  # type: ignore[call-arg]
    client.crm.get_contact("kund-id", "KON10000")  # type: ignore[call-arg]
    client.crm.get_contact(customer_id="kund-id")  # type: ignore[call-arg]
    Client("u", "p", customer_id=7)  # type: ignore[arg-type]
    print(models.CrmContactt)  # type: ignore[attr-defined]
    print(client.crmm)  # type: ignore[attr-defined]


def entry() -> None:
    with Client("user", "password", customer_id="kund-id", format="json") as client:
        print(tour(client, ["KON1", "KON2"]))
        print(isinstance(models.CrmContact, type))
'''

#: (line fragment of a reveal_type, what mypy must reveal there)
REVEALED = [
    ("reveal_type(contact)", "PKG.models.crm_contact.CrmContact"),
    ("reveal_type(leads)", "list[PKG.models.crm_contact_lead.CrmContactLead]"),
    ("reveal_type(report)", ".TipsAndLeadsReport"),
    ("reveal_type(raw.parse())", "PKG.models.crm_contact.CrmContact"),
    ("reveal_type(part)", ".TipsAndLeadsReport"),
]


def mypy_strict(project: pathlib.Path, python: str, package: str = "vitec_connect", *, also: str = "") -> None:
    """Write the user script into ``project`` (a downstream project with ``strict = true``) and check it
    (and the folder ``also``, relative to the project, when given)."""
    project.mkdir(parents=True, exist_ok=True)
    (project / "pyproject.toml").write_text('[tool.mypy]\nstrict = true\nmypy_path = "src"\n', encoding="utf-8")
    (project / "user.py").write_text(USER_SCRIPT.replace("PKG", package), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYPY")}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--python-executable", python, "--cache-dir", str(project / ".cache"),
         "user.py", *([also] if also else [])],
        cwd=project, capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    out = done.stdout + done.stderr
    lines = USER_SCRIPT.splitlines()
    notes = {int(m[1]): m[2] for m in re.finditer(r"user\.py:(\d+): note: Revealed type is \"(.*)\"", out)}
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert not errors, out
    for fragment, expected in REVEALED:
        line = next(i for i, text in enumerate(lines, 1) if fragment in text)
        assert expected.replace("PKG", package) in notes.get(line, ""), out


def _deps_path(site: pathlib.Path) -> None:
    """Make this environment's msgspec, urllib3 and lxml (only them) visible in ``site``."""
    import lxml
    import msgspec
    import urllib3

    deps = site.parent / "deps"
    deps.mkdir(exist_ok=True)
    for mod in (msgspec, urllib3, lxml):
        src = pathlib.Path(mod.__file__).parent  # type: ignore[arg-type]
        os.symlink(src, deps / src.name)
    (site / "deps.pth").write_text(str(deps) + "\n", encoding="utf-8")


def _bare_venv(path: pathlib.Path) -> tuple[str, pathlib.Path]:
    venv.EnvBuilder(with_pip=False).create(path)
    python = path / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    return str(python), pathlib.Path(site)


def test_the_editable_install_type_checks_like_a_normal_one(tmp_path: pathlib.Path) -> None:
    """The environment running the tests, installed by the README's `pip install -e '.[dev]'`."""
    import vitec_connect

    if not pathlib.Path(vitec_connect.__file__).resolve().is_relative_to(ROOT):
        pytest.skip("vitec-connect is not installed in editable mode here")  # the wheel test covers it
    mypy_strict(tmp_path / "project", sys.executable)


def test_a_normal_install_type_checks(tmp_path: pathlib.Path) -> None:
    """The wheel, unpacked into a virtualenv that has only the runtime dependencies."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"),
         str(ROOT)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    python, site = _bare_venv(tmp_path / "venv")
    (wheel,) = (tmp_path / "dist").glob("vitec_connect-*.whl")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
        names = z.namelist()
    assert "vitec_connect/py.typed" in names and any(n.endswith("licenses/LICENSE") for n in names)
    _deps_path(site)
    mypy_strict(tmp_path / "project", python)


def test_a_vendored_copy_type_checks_under_the_downstreams_strict_settings(tmp_path: pathlib.Path) -> None:
    """The copy's own modules and the user's script: no unused ignores, no lxml stub errors."""
    from vitec_connect._vendor import vendor

    vendor(tmp_path / "project" / "src", "acme_vitec")
    mypy_strict(tmp_path / "project", sys.executable, "acme_vitec", also="src/acme_vitec")
