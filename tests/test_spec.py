"""spec/ itself: valid OpenAPI, valid XSDs, samples valid against them, and the two halves consistent."""

from __future__ import annotations

import pathlib
import shutil

import pytest
import xmlschema
from lxml import etree
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from codegen import consistency
from codegen.spec import SpecError, load

from .conftest import SAMPLES, SPEC


def test_openapi_document_is_valid() -> None:
    document, _ = read_from_filename(str(SPEC / "openapi.yaml"))
    validate(document)


def test_operations_are_the_five_documented_ones() -> None:
    api = load(SPEC).openapi
    assert {op.operation_id: (op.method, op.path, op.tag) for op in api.operations} == {
        "get_contact_leads": (
            "GET",
            "/CRM/Contact/{customerId}/{contactIds}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead",
            "crm",
        ),
        "get_incoming_lead": ("GET", "/CRM/Lead/{customerId}/Incoming/{id}", "crm"),
        "create_person_lead": ("POST", "/PublicAdvertising/{customerId}/Contact/Person/Lead", "public_advertising"),
        "get_tips_and_leads_report": ("GET", "/BusinessIntelligence/TipsAndLeads/Report", "business_intelligence"),
        "get_contact": ("GET", "/CRM/Contact/{customerId}/{contactId}", "crm"),
    }


def test_documented_constraints_are_in_the_spec() -> None:
    api = load(SPEC).openapi
    ops = {op.operation_id: op for op in api.operations}
    contact_ids = next(p for p in ops["get_contact_leads"].params if p.name == "contactIds")
    assert (contact_ids.separator, contact_ids.max_items) == (",", 20)
    assert ops["get_tips_and_leads_report"].max_date_range == ("dateFrom", "dateTo", 2)
    person = {m.json_name: m for m in api.all_members("crm_contact.CrmPersonContact")}
    assert person["firstName"].max_length == 30
    assert person["customerId"].required and person["customerId"].max_length == 40
    lead = {m.json_name: m for m in api.type("public_advertisement_lead.PublicAdvertisingPersonLead").members}
    assert lead["person"].required and lead["leadSource"].required


@pytest.fixture(scope="module")
def schemas() -> dict[str, xmlschema.XMLSchema]:
    out = {}
    for path in sorted((SPEC / "xsd").glob("*.xsd")):
        schema = xmlschema.XMLSchema(str(path))
        out[schema.target_namespace] = schema
    return out


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.xml")), ids=lambda p: p.name)
def test_xml_samples_are_valid_against_the_xsds(sample: pathlib.Path, schemas: dict[str, xmlschema.XMLSchema]) -> None:
    ns = etree.QName(etree.fromstring(sample.read_bytes())).namespace
    schemas[ns].validate(str(sample))  # element order, nillability and types


def test_every_operation_has_its_samples() -> None:
    api = load(SPEC).openapi
    names = {p.name for p in SAMPLES.iterdir()}
    for op in api.operations:
        for fmt in ("json", "xml"):
            assert f"{op.operation_id}.response.{fmt}" in names
            if op.body:
                assert f"{op.operation_id}.request.{fmt}" in names


def test_openapi_and_xsds_agree() -> None:
    assert consistency.check(load(SPEC)) == []


@pytest.fixture
def spec_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    shutil.copytree(SPEC, tmp_path / "spec")
    return tmp_path / "spec"


def test_consistency_catches_a_field_missing_in_the_xsd(spec_copy: pathlib.Path) -> None:
    xsd = spec_copy / "xsd" / "crm_contact.xsd"
    xsd.write_text(xsd.read_text().replace('<xs:element minOccurs="0" name="Note" nillable="true" type="xs:string" />', ""))
    assert consistency.check(load(spec_copy)) == ["crm_contact.CrmContact.Note: in openapi.yaml, missing in crm_contact.xsd"]


def test_consistency_catches_a_field_missing_in_openapi(spec_copy: pathlib.Path) -> None:
    api = spec_copy / "openapi.yaml"
    text = api.read_text()
    block = '        note:\n          type: [string, "null"]\n          description: Anteckning. (Note.)\n'
    assert block in text
    api.write_text(text.replace(block, ""))
    assert consistency.check(load(spec_copy)) == ["crm_contact.CrmContact.Note: in crm_contact.xsd, missing in openapi.yaml"]


def test_consistency_catches_enum_length_and_type_differences(spec_copy: pathlib.Path) -> None:
    xsd = spec_copy / "xsd" / "crm_contact.xsd"
    text = xsd.read_text()
    text = text.replace('<xs:enumeration value="DeceasedEstate" />', "")
    text = text.replace('<xs:maxLength value="30" />', '<xs:maxLength value="31" />', 1)
    text = text.replace('name="AdvertisingEnabled" nillable="true" type="xs:boolean"', 'name="AdvertisingEnabled" nillable="true" type="xs:string"')
    xsd.write_text(text)
    problems = consistency.check(load(spec_copy))
    assert any("ContactType: enum members differ" in p for p in problems)
    assert any("maxLength differs: openapi 30, XSD 31" in p for p in problems)
    assert any("AdvertisingEnabled: type differs" in p for p in problems)


def test_consistency_command_fails_loudly(spec_copy: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    xsd = spec_copy / "xsd" / "category.xsd"
    xsd.write_text(xsd.read_text().replace('name="ReadOnly"', 'name="Readonly"'))
    assert consistency.main([str(spec_copy)]) == 1
    err = capsys.readouterr().err
    assert "category.Category.ReadOnly: in openapi.yaml, missing in category.xsd" in err
    assert "category.Category.Readonly: in category.xsd, missing in openapi.yaml" in err


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace('$ref: "#/components/schemas/category.Category"', '$ref: "#/components/schemas/category.Nope"'), "refers to missing category.Nope"),
        (lambda t: t.replace("    category.Category:\n", "    Category:\n"), "must be named <module>.<Type>"),
    ],
    ids=["dangling-ref", "bad-component-name"],
)
def test_broken_specs_fail_with_clear_errors(spec_copy: pathlib.Path, edit: object, message: str) -> None:
    api = spec_copy / "openapi.yaml"
    api.write_text(edit(api.read_text()))  # type: ignore[operator]
    with pytest.raises(SpecError, match=message):
        load(spec_copy)
