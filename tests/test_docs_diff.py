"""codegen.docs_diff: Vitec's pages vs spec/, drift reports, and --update on copies of spec/ and generated/.

The fixture pages (tests/fixtures/docs/) are the five shipped pages (``base/``) and, per scenario, the
edited page(s) that replace or join them (see tests/fixtures/docs/README.md). They are compared with the
spec they were written against (``tests/fixtures/docs/spec/``, the code generated from it), not with the
live spec/: a real page change applied to spec/ leaves every scenario as it was.
"""

from __future__ import annotations

import importlib
import json
import pathlib
import re
import shutil
import sys
from typing import Any

import pytest
import xmlschema
from lxml import etree
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from codegen import consistency, generate
from codegen.docs import changelog, cli, compare, edit
from codegen.docs import parse as docs_parse
from codegen.spec import load

from .conftest import FIXTURES, IN_CI, PINNED_SPEC, ROOT, Pinned, strip_ws

DOCS = FIXTURES / "docs"
SHARED_DOCS = ROOT.parent / "shared" / "vitec-docs"
P000, P001, P004 = "000_37e97cf776d9a38e.txt", "001_6280d0c95a8129ae.txt", "004_5c1f1fc36c07a5b0.txt"
ADVERTISING = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"
MARKETING = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Marketing"


def docs(tmp_path: pathlib.Path, scenario: str | None = None) -> pathlib.Path:
    """The five pages, with a scenario's edited pages laid over them."""
    out = tmp_path / "docs"
    shutil.copytree(DOCS / "base", out)
    if scenario:
        for page in (DOCS / scenario).glob("*.txt"):
            shutil.copy(page, out / page.name)
    return out


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    rc = cli.main([*args, "--json"])
    return rc, json.loads(capsys.readouterr().out)


def items(report: dict[str, Any], what: str | None = None) -> list[dict[str, Any]]:
    return [i for i in report["items"] if what is None or i["what"] == what]


def text_report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    rc = cli.main(list(args))
    return rc, capsys.readouterr().out


# ---------------------------------------------------------------------------------------------------
# no drift


def test_the_shipped_pages_agree_with_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    if not SHARED_DOCS.is_dir():  # CI clones main with shared/ beside it: there, this must run
        if IN_CI:
            pytest.fail("../shared/vitec-docs is missing")
        pytest.skip("../shared/vitec-docs is not here")
    rc, out = text_report(capsys, "--docs", str(SHARED_DOCS))  # and the defaults: spec/, generated/
    assert rc == 0, out
    assert "no drift: the pages and the spec agree" in out
    assert "checked: 5 page(s), 5 endpoint(s), 7 table(s) (71 rows), 12 sample(s) (12 round trips)" in out


def test_the_fixture_copies_agree_with_the_spec(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    rc, report = run(capsys, "--docs", str(docs(tmp_path)), *pinned.args)
    assert rc == 0 and report["drift"] is False and report["items"] == []
    assert [p["operation"] for p in report["pages"]] == [
        "get_contact_leads",
        "get_incoming_lead",
        "create_person_lead",
        "get_tips_and_leads_report",
        "get_contact",
    ]


def test_what_the_spec_decides_on_purpose_is_not_drift(tmp_path: pathlib.Path, pinned: Pinned) -> None:
    """Type on the base (tables: on each subtype), Email (samples only), x-inferred ContactType members,
    memberless telephone types, names the pages never show (business_intelligence.Party)."""
    report, checker = compare.compare(docs(tmp_path), pinned.spec, pinned.out)
    assert report.items == []
    assert checker.member_evidence[("crm_contact.CrmContact", "type")]  # from the subtypes' tables
    assert not any("table" in e for e in checker.member_evidence[("crm_contact.CrmContact", "email")])
    assert set(checker.enum_seen["crm_contact.ContactType"]) == {"Person"}
    assert "business_intelligence.Party" in checker.instances


def test_a_member_only_the_table_dropped_is_not_drift(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    """Like Email on page 004: a member the samples still show is kept (it is drift only if both drop it)."""
    d = docs(tmp_path)
    page = d / P001
    text = page.read_text(encoding="utf-8")
    row = "Message | Anteckning för leadet. Kan anges både när leadet skickas och när mottagaren arbetar med leadet. | string | |\n"
    assert row in text
    page.write_text(text.replace(row, ""), encoding="utf-8")
    rc, report = run(capsys, "--docs", str(d), *pinned.args)
    assert rc == 0 and report["items"] == []


def test_the_scrapes_flaws_are_not_drift(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    """Tables repeated, split by a code example, moved away from their heading; rows wrapped; a sample
    block repeated."""
    d = docs(tmp_path)
    p004 = (d / P004).read_text(encoding="utf-8")
    person = p004[p004.index("CrmPersonContact\n| Namn") : p004.index("CrmDeceasedEstateContact\n")]
    p004 = p004.replace("curl ", person + "curl ", 1)  # the person table again, among the code examples
    (d / P004).write_text(p004, encoding="utf-8")
    p001 = (d / P001).read_text(encoding="utf-8")
    split = "State | Aktuell status för leadet | State | |\n"
    p001 = p001.replace(split, "// HttpClientInstance ska deklareras som en singleton\n" + split)
    sample = p001[p001.index('{ "contactId"') : p001.index("\n<IncomingLead")]
    p001 += "\n" + sample + "\n"  # the JSON sample twice
    (d / P001).write_text(p001, encoding="utf-8")
    p000 = (d / P000).read_text(encoding="utf-8")
    table = p000[p000.index("Response Information") :]
    table = table[table.index("NamnBeskrivningTypInformation") : table.index("Kodexempel")]
    p000 = p000.replace(table, "").replace(
        "Dokumentation för API-funktioner\n", table + "Dokumentation för API-funktioner\n"
    )
    (d / P000).write_text(p000, encoding="utf-8")
    # rows wrapped onto a second line, in both table shapes
    p003 = (d / "003_be19dc01f7352fe0.txt").read_text(encoding="utf-8")
    p003 = p003.replace("IncomingLeads Inkommande leads Collection", "IncomingLeads Inkommande\nleads Collection")
    (d / "003_be19dc01f7352fe0.txt").write_text(p003, encoding="utf-8")
    p002 = (d / "002_f6f876cdf2646748.txt").read_text(encoding="utf-8")
    assert "Receiver | Mottagare av leadet - Kan vara handläggare" in p002
    p002 = p002.replace(
        "Receiver | Mottagare av leadet - Kan vara handläggare",
        "Receiver | Mottagare av leadet - Kan vara\nhandläggare",
    )
    (d / "002_f6f876cdf2646748.txt").write_text(p002, encoding="utf-8")
    rc, report = run(capsys, "--docs", str(d), *pinned.args)
    assert rc == 0, report["items"]


# ---------------------------------------------------------------------------------------------------
# (1)..(6): each change reported precisely


def test_1_an_added_field(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned) -> None:
    rc, report = run(capsys, "--docs", str(docs(tmp_path, "add_field")), *pinned.args)
    assert rc == 1 and report["drift"]
    [field] = items(report, "field")
    assert field["group"] == "type existing_lead.IncomingLead"
    assert (field["change"], field["name"]) == ("added", "externalId")
    assert field["new"] == "string, optional, at most 50 characters"
    assert field["page"] == P001
    assert any(e.startswith("table IncomingLead") for e in field["evidence"])
    assert "get_incoming_lead.response.xml at IncomingLead/ExternalId" in field["evidence"]
    assert field["update"]["op"] == "add_field" and field["update"]["length_message"].startswith("Externt id måste")
    # the samples changed, and today's code reads them only leniently
    assert {i["name"] for i in items(report, "sample")} == {
        "get_incoming_lead.response.json",
        "get_incoming_lead.response.xml",
    }
    trips = {i["name"]: i["detail"] for i in items(report, "round trip")}
    assert "IncomingLead has no member 'externalId' (strict mode)" in trips["get_incoming_lead.response.json"]
    assert "lenient (strict=False): decodes and re-encodes identically" in trips["get_incoming_lead.response.xml"]
    assert len(report["items"]) == 5


def test_2_a_removed_field(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned) -> None:
    rc, report = run(capsys, "--docs", str(docs(tmp_path, "remove_field")), *pinned.args)
    assert rc == 1
    [field] = items(report, "field")
    assert field["group"] == "type existing_lead.IncomingLead"
    assert (field["change"], field["name"], field["old"]) == ("removed", "sellingEstateId", "string")
    assert field["update"] is None
    diffs = {i["name"]: i["detail"] for i in items(report, "sample")}
    assert diffs == {
        "get_incoming_lead.response.json": "- $.sellingEstateId",
        "get_incoming_lead.response.xml": "- /IncomingLead/SellingEstateId",
    }
    assert items(report, "round trip") == []  # an absent member decodes fine


def test_3_changed_length_limits(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned) -> None:
    rc, out = text_report(capsys, "--docs", str(docs(tmp_path, "length_limit")), *pinned.args)
    assert rc == 1
    assert "type crm_contact.CrmPersonContact   (004_5c1f1fc36c07a5b0.txt)\n  ~ length limit firstName: 30 → 20" in out
    assert "type crm_contact.CrmCompanyContact   (004_5c1f1fc36c07a5b0.txt)\n  ~ length limit homePage: 60 → 100" in out
    rc, report = run(capsys, "--docs", str(docs(tmp_path / "again", "length_limit")), *pinned.args)
    limits = {(i["group"], i["name"]): (i["old"], i["new"]) for i in report["items"]}
    assert limits == {
        ("type crm_contact.CrmPersonContact", "firstName"): (30, 20),
        ("type crm_contact.CrmCompanyContact", "homePage"): (60, 100),
    }
    assert all(i["update"]["op"] == "set_max_length" for i in report["items"])


def test_4_an_enum_member_added_in_a_sample(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    rc, report = run(capsys, "--docs", str(docs(tmp_path, "enum_member")), *pinned.args)
    assert rc == 1
    [member] = items(report, "enum member")
    assert (member["group"], member["change"], member["name"]) == ("type crm_contact_lead.LeadType", "added", "Contact")
    assert sorted(member["evidence"]) == [
        "get_contact_leads.response.json at $[0].leads[1].leadType",
        "get_contact_leads.response.xml at ArrayOfCrmContactLead/CrmContactLead[1]/Leads/CrmLead[2]/LeadType",
    ]
    assert member["update"] == {"op": "add_enum", "component": "crm_contact_lead.LeadType", "value": "Contact"}
    trips = {i["name"]: i["detail"] for i in items(report, "round trip")}
    assert "LeadType has no member 'Contact' (strict mode)" in trips["get_contact_leads.response.json"]
    assert not [i for i in report["items"] if i["change"] == "removed"]  # "Object" is still shown


def test_5_a_renamed_xml_namespace(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned) -> None:
    rc, report = run(capsys, "--docs", str(docs(tmp_path, "xml_namespace")), *pinned.args)
    assert rc == 1
    [ns] = items(report, "XML namespace")
    assert ns["group"] == "type advertising.FormMarketingUtmTags"
    assert (ns["old"], ns["new"]) == (ADVERTISING, MARKETING)
    assert ns["evidence"] == [
        "get_incoming_lead.response.xml at IncomingLead/UtmTags/FormMarketingUtmTags[1]",
        "get_incoming_lead.response.xml at IncomingLead/UtmTags/FormMarketingUtmTags[2]",
    ]
    assert ns["update"] is None
    [trip] = items(report, "round trip")
    assert trip["name"] == "get_incoming_lead.response.xml"
    assert f"got <FormMarketingUtmTags> in {MARKETING}" in trip["detail"]
    [sample] = items(report, "sample")
    assert sample["detail"].splitlines() == [
        f"~ /IncomingLead/UtmTags/FormMarketingUtmTags[{i}]: in {ADVERTISING} → in {MARKETING}" for i in (1, 2)
    ]


def test_6_a_new_endpoint_page(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned) -> None:
    rc, report = run(capsys, "--docs", str(docs(tmp_path, "new_endpoint")), *pinned.args)
    assert rc == 1
    [endpoint] = report["items"]
    assert (endpoint["what"], endpoint["change"]) == ("endpoint", "added")
    assert endpoint["name"] == "GET /CRM/Contact/{customerId}/{contactId}/Interest"
    assert endpoint["page"] == "005_9d1e0b7c4a2f6e13.txt"
    new = endpoint["new"]
    assert new["params"] == [
        {"name": "customerId", "location": "path", "type": "string", "required": True},
        {"name": "contactId", "location": "path", "type": "string", "required": True},
        {"name": "activeOnly", "location": "query", "type": "boolean", "required": False},
    ]
    assert new["response"] == "Collection of CrmInterest" and new["body"] is None
    [table] = new["tables"]
    assert table["type"] == "CrmInterest" and table["in_spec"] is None
    assert [(r["name"], r["type"], r["max_length"]) for r in table["rows"]] == [
        ("Id", "string", 40),
        ("Area", "string", None),
        ("CreatedAt", "date", None),
        ("Categories", "Collection of Category", None),
    ]
    assert [p["operation"] for p in report["pages"]][-1] is None


def test_a_removed_page_is_a_removed_endpoint(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    d = docs(tmp_path)
    (d / P000).unlink()
    rc, report = run(capsys, "--docs", str(d), *pinned.args)
    assert rc == 1
    [endpoint] = report["items"]
    assert (endpoint["what"], endpoint["change"], endpoint["name"]) == ("endpoint", "removed", "get_contact_leads")


def test_changed_parameters(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned) -> None:
    d = docs(tmp_path)
    page = d / "003_be19dc01f7352fe0.txt"
    text = page.read_text(encoding="utf-8").replace("dateTo Till date Krävs", "dateTo Till date")
    text = text.replace(
        "activeStatusTipLead Aktiv status ActiveStatusTipLead\n",
        "activeStatusTipLead Aktiv status ActiveStatusTipLead\npageSize Antal per sida integer\n",
    )
    page.write_text(text, encoding="utf-8")
    rc, report = run(capsys, "--docs", str(d), *pinned.args)
    assert rc == 1
    got = {(i["what"], i["name"], i["change"]): (i["old"], i["new"]) for i in report["items"]}
    assert got == {
        ("parameter required", "dateTo", "changed"): (True, False),
        ("parameter", "pageSize", "added"): (None, "query, integer, optional"),
    }


# ---------------------------------------------------------------------------------------------------
# --update, end to end, on copies of spec/ and generated/


def copies(tmp_path: pathlib.Path, pinned: Pinned) -> tuple[pathlib.Path, pathlib.Path]:
    spec, out = tmp_path / "repo" / "spec", tmp_path / "repo" / "generated"
    shutil.copytree(pinned.spec, spec)
    shutil.copytree(pinned.out, out, ignore=shutil.ignore_patterns("__pycache__"))
    return spec, out


def import_generated(tmp_path: pathlib.Path, out: pathlib.Path, name: str) -> Any:
    """runtime/ plus the regenerated code as one package ``name``."""
    pkg = tmp_path / "pkgs" / name
    shutil.copytree(ROOT / "runtime", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    for sub in ("models", "xml_models", "_api"):
        shutil.copytree(out / sub, pkg / sub, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(pkg.parent))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(pkg.parent))


def forget(name: str) -> None:
    for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[mod]


def check_spec(spec: pathlib.Path) -> None:
    """Consistent, a valid OpenAPI document, valid XSDs, every XML sample valid against them."""
    assert consistency.check(load(spec)) == []
    validate(read_from_filename(str(spec / "openapi.yaml"))[0])
    schemas = {}
    for path in sorted((spec / "xsd").glob("*.xsd")):
        schema = xmlschema.XMLSchema(str(path))
        schemas[schema.target_namespace] = schema
    for sample in sorted((spec / "samples").glob("*.xml")):
        ns = etree.QName(etree.fromstring(sample.read_bytes())).namespace
        assert list(schemas[ns].iter_errors(str(sample))) == [], sample.name


def roundtrip(pkg: str, sample: pathlib.Path, tp: Any) -> None:
    codec = importlib.import_module(f"{pkg}.{sample.suffix[1:]}")
    data = sample.read_bytes()
    obj = codec.decode(data, type=tp, strict=True)
    if sample.suffix == ".xml":
        assert codec.encode(obj, type=tp) == strip_ws(data)
    else:
        assert json.loads(codec.encode(obj)) == json.loads(data)


def test_update_1_adds_an_optional_field(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    spec, out = copies(tmp_path, pinned)
    rc, report = run(
        capsys, "--docs", str(docs(tmp_path, "add_field")), "--spec", str(spec), "--out", str(out), "--update"
    )
    upd = report["update"]
    assert rc == 0 and upd["ok"], upd
    assert [i["name"] for i in upd["applied"]] == ["externalId"]
    assert sorted(upd["files"]) == ["openapi.yaml", "xsd/existing_lead.xsd"]
    assert upd["api_change"] == "additions only"
    assert upd["api_changes"] == [
        {
            "breaking": False,
            "change": "+ models.existing_lead.IncomingLead.external_id: str | None | UnsetType (optional)",
        }
    ]
    assert sorted(upd["samples_copied"]) == ["get_incoming_lead.response.json", "get_incoming_lead.response.xml"]
    assert report["after_update"]["drift"] is False
    capsys.readouterr()
    assert generate.main(["--check", "--spec", str(spec), "--out", str(out)]) == 0  # samples are in the spec hash

    api = (spec / "openapi.yaml").read_text(encoding="utf-8")
    assert ('        message:\n          type: [string, "null"]\n') in api
    assert (
        "        externalId:\n"
        '          type: [string, "null"]\n'
        "          maxLength: 50\n"
        "          description: Leadets id hos avsändaren\n"
        "          x-length-message: Externt id måste vara mellan 0 och 50 tecken\n"
        "        isAnonymized:\n"
    ) in api
    xsd = (spec / "xsd" / "existing_lead.xsd").read_text(encoding="utf-8")
    assert re.search(r'name="ContactId"[^\n]*\n\s*<xs:element minOccurs="0" name="ExternalId" nillable="true">\s*'
                     r'<xs:simpleType>\s*<xs:restriction base="xs:string">\s*<xs:maxLength value="50" />', xsd)  # fmt: skip
    check_spec(spec)
    assert "external_id: str | None | UnsetType" in (out / "models" / "existing_lead.py").read_text(encoding="utf-8")

    pkg = import_generated(tmp_path, out, "vc_update_field")
    try:
        lead_type = pkg.models.existing_lead.IncomingLead
        for fmt in ("json", "xml"):
            sample = spec / "samples" / f"get_incoming_lead.response.{fmt}"
            assert "xternalId" in sample.read_text(encoding="utf-8")
            roundtrip("vc_update_field", sample, lead_type)
        lead = pkg.json.decode((spec / "samples" / "get_incoming_lead.response.json").read_bytes(), type=lead_type)
        assert lead.external_id == "sample string 6"
        with pytest.raises(pkg.errors.EncodeError):
            pkg.json.encode(lead_type(external_id="x" * 51), validate=True)
    finally:
        forget("vc_update_field")

    changelog = (tmp_path / "repo" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog == (
        "# Changelog\n\n## Unreleased\n\n"
        "- Vitec docs (001_6280d0c95a8129ae.txt): `models.existing_lead.IncomingLead` has a new optional field "
        "`external_id` (JSON `externalId`, XML `<ExternalId>`, string, optional, at most 50 characters).\n"
    )


def test_update_gives_a_new_members_text_to_the_descriptions_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    """The import takes spec/'s texts from descriptions.yaml: --update writes a new member's text there too,
    so importing again keeps it, and keeps a text already there."""
    spec, out = copies(tmp_path, pinned)
    texts = spec / "descriptions.yaml"
    texts.write_text(
        "# kept\ntypes:\n  existing_lead.IncomingLead:\n    description: Ett lead.\n    properties:\n"
        "      contactId: |\n        Kontakten.\n        (The contact.)\n  existing_lead.LeadSource:\n"
        "    description: Källa.\n",
        encoding="utf-8",
    )
    rc, report = run(
        capsys, "--docs", str(docs(tmp_path, "add_field")), "--spec", str(spec), "--out", str(out), "--update"
    )
    assert rc == 0 and report["update"]["ok"], report["update"]
    assert "descriptions.yaml" in report["update"]["files"]
    assert texts.read_text(encoding="utf-8") == (
        "# kept\ntypes:\n  existing_lead.IncomingLead:\n    description: Ett lead.\n    properties:\n"
        "      contactId: |\n        Kontakten.\n        (The contact.)\n"
        "      externalId: Leadets id hos avsändaren\n"
        "  existing_lead.LeadSource:\n    description: Källa.\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("info: x\n", "info: x\ntypes:\n  a.B:\n    properties:\n      m: 'w: z'\n"),
        ("types:\n  c.D:\n    description: d\n", "types:\n  c.D:\n    description: d\n  a.B:\n    properties:\n      m: 'w: z'\n"),
        ("types:\n  a.B:\n    description: d\n", "types:\n  a.B:\n    description: d\n    properties:\n      m: 'w: z'\n"),
        ("types:\n  a.B:\n    properties:\n      m: kept\n", "types:\n  a.B:\n    properties:\n      m: kept\n"),
    ],
)
def test_a_member_text_goes_where_the_import_reads_it(text: str, expected: str) -> None:
    from codegen.docs.edit import with_member_text

    assert with_member_text(text, "a.B", "m", "w: z").replace('"w: z"', "'w: z'") == expected


def test_update_3_changes_length_limits(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    spec, out = copies(tmp_path, pinned)
    rc, out_text = text_report(
        capsys, "--docs", str(docs(tmp_path, "length_limit")), "--spec", str(spec), "--out", str(out), "--update"
    )
    assert rc == 0, out_text
    assert "  API change for callers: breaking\n" in out_text
    assert (
        "    BREAKING ~ models.crm_contact.CrmPersonContact.first_name: length limit 30 → 20 "
        "(encode(validate=True) now rejects values it accepted)\n"
    ) in out_text
    assert (
        "    ~ models.crm_contact.CrmCompanyContact.home_page: length limit 60 → 100 "
        "(encode(validate=True) accepts longer values)\n"
    ) in out_text
    assert out_text.endswith("no drift: the pages and the spec agree\n")

    api = (spec / "openapi.yaml").read_text(encoding="utf-8")
    assert "maxLength: 20\n              description: Förnamn. (First name.)\n" \
           "              x-length-message: Förnamn måste vara mellan 0 och 20 tecken\n" in api  # fmt: skip
    assert "x-length-message: Hemsida måste vara mellan 0 och 100 tecken" in api
    xsd = (spec / "xsd" / "crm_contact.xsd").read_text(encoding="utf-8")
    assert re.search(r'name="FirstName" nillable="true">\s*<xs:simpleType>\s*<xs:restriction base="xs:string">\s*'
                     r'<xs:maxLength value="20" />', xsd)  # fmt: skip
    assert re.search(r'name="HomePage" nillable="true">\s*<xs:simpleType>\s*<xs:restriction base="xs:string">\s*'
                     r'<xs:maxLength value="100" />', xsd)  # fmt: skip
    check_spec(spec)

    pkg = import_generated(tmp_path, out, "vc_update_length")
    try:
        crm = pkg.models.crm_contact
        for fmt in ("json", "xml"):
            roundtrip("vc_update_length", spec / "samples" / f"get_contact.response.{fmt}", crm.CrmContact)
        pkg.json.encode(crm.CrmPersonContact(customer_id="1", first_name="x" * 20), validate=True)
        with pytest.raises(pkg.errors.EncodeError):
            pkg.json.encode(crm.CrmPersonContact(customer_id="1", first_name="x" * 21), validate=True)
        pkg.xml.encode(crm.CrmCompanyContact(customer_id="1", home_page="x" * 100), validate=True)
    finally:
        forget("vc_update_length")

    changelog = (tmp_path / "repo" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert (
        "- Vitec docs (004_5c1f1fc36c07a5b0.txt): `models.crm_contact.CrmCompanyContact.home_page`: length limit 60 → 100.\n"
        in changelog
    )
    assert "`models.crm_contact.CrmPersonContact.first_name`: length limit 30 → 20 (breaking: " in changelog


def test_update_4_adds_an_enum_member(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    spec, out = copies(tmp_path, pinned)
    (tmp_path / "repo" / "CHANGELOG.md").write_text(
        "# Changelog\n\n## Unreleased\n\n- Earlier entry.\n\n## 0.1.0\n\n- First release.\n", encoding="utf-8"
    )
    rc, report = run(
        capsys, "--docs", str(docs(tmp_path, "enum_member")), "--spec", str(spec), "--out", str(out), "--update"
    )
    upd = report["update"]
    assert rc == 0 and upd["ok"], upd
    assert upd["api_change"] == "additions only"
    assert upd["api_changes"] == [
        {"breaking": False, "change": "+ models.crm_contact_lead.LeadType.Contact: new enum member"}
    ]
    assert "      enum: [Object, Contact]\n" in (spec / "openapi.yaml").read_text(encoding="utf-8")
    assert '<xs:enumeration value="Object" />\n      <xs:enumeration value="Contact" />' in (
        spec / "xsd" / "crm_contact_lead.xsd"
    ).read_text(encoding="utf-8")
    check_spec(spec)
    page = (DOCS / "enum_member" / P000).read_text(encoding="utf-8")
    pkg = import_generated(tmp_path, out, "vc_update_enum")
    try:
        item = pkg.models.crm_contact_lead.CrmContactLead
        for fmt in ("json", "xml"):
            sample = spec / "samples" / f"get_contact_leads.response.{fmt}"
            assert sample.read_text(encoding="utf-8") in page  # copied verbatim from the page
            roundtrip("vc_update_enum", sample, list[item])
        leads = pkg.xml.decode((spec / "samples" / "get_contact_leads.response.xml").read_bytes(), type=list[item])
        assert leads[0].leads[1].lead_type is pkg.models.crm_contact_lead.LeadType.Contact
    finally:
        forget("vc_update_enum")
    assert (tmp_path / "repo" / "CHANGELOG.md").read_text(encoding="utf-8") == (
        "# Changelog\n\n## Unreleased\n\n- Earlier entry.\n"
        "- Vitec docs (000_37e97cf776d9a38e.txt): `models.crm_contact_lead.LeadType` has a new member `Contact`.\n"
        "\n## 0.1.0\n\n- First release.\n"
    )


def test_update_leaves_what_is_not_simple(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], pinned: Pinned
) -> None:
    spec, out = copies(tmp_path, pinned)
    rc, report = run(
        capsys, "--docs", str(docs(tmp_path, "remove_field")), "--spec", str(spec), "--out", str(out), "--update"
    )
    assert rc == 1
    assert report["update"]["applied"] == [] and report["update"]["files"] == []
    assert (spec / "openapi.yaml").read_bytes() == (PINNED_SPEC / "openapi.yaml").read_bytes()
    assert not (tmp_path / "repo" / "CHANGELOG.md").exists()


def test_update_edits_a_list_member_of_another_namespace(tmp_path: pathlib.Path, pinned: Pinned) -> None:
    """The edits alone (no regeneration): a list of a type in another XSD gets its prefix and import,
    nullable items as the XSD's ArrayOfX says, and both new members keep the table's order in openapi.yaml."""
    d = docs(tmp_path)
    page = d / P000
    row = "Leads Lista med info om leads Collection of CrmLead\n"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(row, row + "\nCategories Kategorier Collection of Category\n\nScore Poäng integer\n"))
    spec, _ = copies(tmp_path, pinned)
    report, checker = compare.compare(d, spec, pinned.out)
    assert [(i.what, i.name, i.new) for i in report.items] == [
        ("field", "categories", "Collection of Category, optional"),
        ("field", "score", "integer, optional"),
    ]
    editor = edit.SpecEditor(spec, checker.spec)
    for i in report.items:
        assert i.update is not None
        editor.apply(i.update)
    assert sorted(p.name for p in editor.write()) == ["crm_contact_lead.xsd", "openapi.yaml"]
    check_spec(spec)
    api = (spec / "openapi.yaml").read_text(encoding="utf-8")
    assert (
        '        categories:\n          type: [array, "null"]\n          description: Kategorier\n          items:\n'
        '            oneOf: [{$ref: "#/components/schemas/category.Category"}, {type: "null"}]\n'
        '        score:\n          type: [integer, "null"]\n          format: int32\n          description: Poäng\n'
    ) in api
    xsd = (spec / "xsd" / "crm_contact_lead.xsd").read_text(encoding="utf-8")
    category = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category"
    assert (
        f'xmlns:q1="{category}"' in xsd and f'<xs:import namespace="{category}" schemaLocation="category.xsd" />' in xsd
    )
    names = re.findall(r'<xs:element minOccurs="0" name="(\w+)"', xsd.split('name="CrmLead"')[0])
    assert names == ["Categories", "ContactId", "Leads", "Score"]  # DataContract order


# ---------------------------------------------------------------------------------------------------
# pieces


def test_space_separated_rows_with_free_text_information() -> None:
    page = docs_parse.parse_page(
        "GET X/{a}\nRequest Information URI Parameters\nNamnBeskrivningTypInformation\n"
        "a Kund-id string Krävs\n\nb Antal integer\n"
        "Response Information Resource Description Något Thing\nNamnBeskrivningTypInformation\n"
        "Person Kontaktperson Person En kontaktperson måste anges\n"
        "Name Namn string Namn krävs Namn måste vara mellan 0 och 30 tecken\n"
        "Tags Taggar Collection of Tag\n\nKodexempel\n",
        known_types=frozenset({"Person"}),
    )
    assert (page.method, page.route, page.response_type) == ("GET", "X/{a}", "Thing")
    assert [(r.name, r.type, r.required) for r in page.params] == [("a", "string", True), ("b", "integer", False)]
    [table] = page.type_tables
    person, name, tags = table.rows
    assert (person.type, person.required, person.required_message) == ("Person", True, "En kontaktperson måste anges")
    assert (name.type, name.required, name.max_length) == ("string", True, 30)
    assert (name.required_message, name.length_message) == ("Namn krävs", "Namn måste vara mellan 0 och 30 tecken")
    assert (tags.is_list, tags.type_name) == (True, "Tag")


def test_pipe_rows_with_the_information_on_the_next_line() -> None:
    page = docs_parse.parse_page(
        "| Namn | Beskrivning | Typ | Information |\n| Id | Kontakt id | string |\n"
        "Kontaktid måste vara mellan 0 och 40 tecken |\n| Note | Anteckning | string | |\n| At | Skapad | date |\n"
        "Dokumentation för API-funktioner\nPOST A/{b}/C\nSkapar\n"
    )
    [table] = page.tables
    assert [(r.name, r.type, r.max_length) for r in table.rows] == [
        ("Id", "string", 40),
        ("Note", "string", None),
        ("At", "date", None),
    ]
    assert (page.method, page.route, page.summary) == ("POST", "A/{b}/C", "Skapar")


def test_changelog_gets_an_unreleased_heading_above_the_releases(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\n\n## 0.1.0\n\n- First release.\n", encoding="utf-8")
    changelog.append_changelog(path, ["- New."])
    assert (
        path.read_text(encoding="utf-8") == "# Changelog\n\n## Unreleased\n\n- New.\n\n## 0.1.0\n\n- First release.\n"
    )


def test_missing_docs_folder_is_an_error(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--docs", str(tmp_path / "nowhere")]) == 2
    assert "no folder" in capsys.readouterr().err


def test_api_impact_reads_every_internal_module_and_keyword_constraints() -> None:
    """Types re-exported from _internal_1.py (under another name) and Constraint(...) rows are both seen."""
    from codegen.docs import impact

    internal = "class Cargo_1(Model, kw_only=True):\n    weight: int\n"
    before = {
        "models/_internal_1.py": internal,
        "models/south.py": "from ._internal_1 import Cargo_1 as Cargo\n",
        "_api/constraints.py": "CONSTRAINTS = {south.Cargo: (Constraint(attr='weight', json_name='weight', "
        "xml_name='Weight', max_length=5),)}\n",
    }
    after = {
        **before,
        "models/_internal_1.py": internal + "    label: str | None | UnsetType = UNSET\n",
        "_api/constraints.py": before["_api/constraints.py"].replace("max_length=5", "max_length=3"),
    }
    verdict, changes = impact.api_impact(before, after)
    assert verdict == "breaking"
    assert changes == [
        (False, "+ models.south.Cargo.label: str | None | UnsetType (optional)"),
        (
            True,
            "~ models.south.Cargo.weight: length limit 5 → 3 (encode(validate=True) now rejects values it accepted)",
        ),
    ]


HELPPAGES = FIXTURES / "helppages"


def test_a_folder_of_a_sites_helppage_html_holds_its_operation_pages_only() -> None:
    """Saved as files, a site's model pages feed the operation pages that link them (by modelName), as a
    crawl does, and the index is skipped: none of them is a page of its own."""
    from codegen.docs import crawl

    read = crawl.read_folder(HELPPAGES / "site")
    assert [name for _, name in read] == ["get_widget.html", "get_widget_report.html"]
    widget, report = (page for page, _ in read)
    as_text = docs_parse.parse_page((HELPPAGES / "get_widget.txt").read_text(encoding="utf-8"), "get_widget.txt")

    def tables(page: docs_parse.Page) -> list[tuple[str, list[tuple[Any, ...]]]]:
        rows = ((t.label or page.response_type or "", [(r.name, r.type, r.required, r.max_length) for r in t.rows])
                for t in page.type_tables)  # fmt: skip
        return sorted(rows)

    assert tables(widget) == tables(as_text) and [label for label, _ in tables(widget)] == ["Part", "Widget"]
    assert widget.enums == {"PartKind": ["Bolt", "Nut", "Washer"]}  # (its model page, which the text form leaves out)
    assert widget.problems == report.problems == []


def test_a_folder_whose_pages_link_model_pages_by_file_name(tmp_path: pathlib.Path) -> None:
    """A page saved by a browser links its model pages by file name."""
    from codegen.docs import crawl

    site = HELPPAGES / "site"
    page = (site / "get_widget.html").read_text(encoding="utf-8")
    (tmp_path / "op.html").write_text(page.replace("/Help/ResourceModel?modelName=Demo_Part", "p.html")
                                      .replace("/Help/ResourceModel?modelName=Demo_Widget", "w.html"), encoding="utf-8")  # fmt: skip
    part = (site / "model_part.html").read_text(encoding="utf-8")
    (tmp_path / "p.html").write_text(part.replace("/Help/ResourceModel?modelName=Demo_PartKind", "k.html"), encoding="utf-8")
    shutil.copy(site / "model_widget.html", tmp_path / "w.html")
    shutil.copy(site / "model_partkind.html", tmp_path / "k.html")
    [(op, name)] = crawl.read_folder(tmp_path)
    assert name == "op.html" and sorted(t.label or "" for t in op.type_tables) == ["Part", "Widget"]
    assert op.enums == {"PartKind": ["Bolt", "Nut", "Washer"]}


def test_docs_diff_on_a_folder_of_helppage_html_reports_no_model_or_index_page(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder against a spec imported from that folder: no drift, and no page reported without a route."""
    import subprocess

    from codegen.importer import cli as import_cli

    site, spec, out = HELPPAGES / "site", tmp_path / "spec", tmp_path / "generated"
    spec.mkdir()
    assert import_cli.main(["--pages", str(site), "--spec", str(spec), "--write"]) == 0
    done = subprocess.run([sys.executable, "-m", "codegen", "--spec", str(spec), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    code, report = run(capsys, "--docs", str(site), "--spec", str(spec), "--out", str(out))
    assert (code, report["items"]) == (0, [])
    assert [p["file"] for p in report["pages"]] == ["get_widget.html", "get_widget_report.html"]
    assert report["checked"]["endpoints"] == 2 and report["checked"]["round_trips"] == 3
    code, text = text_report(capsys, "--docs", str(site), "--spec", str(spec), "--out", str(out))
    assert code == 0 and "no route line" not in text and "model_" not in text and "index.html" not in text


def test_the_nox_session_says_what_to_pass_when_no_pages_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """``nox -s docs-diff`` without ``--docs`` (and none configured) stops before making its environment,
    saying what to pass; with ``--docs`` it runs the command with the arguments given."""
    monkeypatch.syspath_prepend(str(ROOT))
    noxfile = importlib.import_module("noxfile")

    class Stopped(Exception):
        pass

    class Session:
        def __init__(self, *posargs: str) -> None:
            self.posargs, self.calls = list(posargs), []

        def error(self, message: str) -> None:
            raise Stopped(message)

        def install(self, *args: str) -> None:
            self.calls.append(("install", *args))

        def run(self, *args: str) -> None:
            self.calls.append(("run", *args))

    session = Session("--json")
    with pytest.raises(Stopped) as stopped:
        noxfile.docs_diff(session)
    assert str(stopped.value).startswith("where are Vitec's pages? nox -s docs-diff -- --docs DIR|URL: ")
    assert session.calls == [] and noxfile.configured_docs() is None
    for given in (["--docs", "pages"], ["--docs=pages"]):
        session = Session(*given)
        noxfile.docs_diff(session)
        assert session.calls[-1] == ("run", "python", "-m", "codegen.docs_diff", *given)
