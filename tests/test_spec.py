"""spec/ itself: valid OpenAPI, valid XSDs, samples valid against them, and the two halves consistent."""

from __future__ import annotations

import pathlib
import shutil
from collections.abc import Callable
from typing import Any

import pytest
import xmlschema
import yaml
from lxml import etree
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from codegen import consistency
from codegen.spec import SpecError, load
from codegen.spec.openapi import read_yaml

from .conftest import SAMPLES, SPEC


def test_openapi_document_is_valid() -> None:
    document, _ = read_from_filename(str(SPEC / "openapi.yaml"))
    validate(document)


SEEDS = {
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


def _document(folder: pathlib.Path = SPEC) -> dict[str, Any]:
    return read_yaml((folder / "openapi.yaml").read_text(encoding="utf-8"))


def _operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in doc["paths"].values() for op in item.values()]


def test_operations_are_the_documented_ones_and_the_whole_description() -> None:
    api = load(SPEC).openapi
    found = {op.operation_id: (op.method, op.path, op.tag) for op in api.operations}
    assert {k: found.get(k) for k in SEEDS} == SEEDS  # the seed pages' five, named as ever
    ops = _operations(_document())
    from_swagger = [op for op in ops if "swagger#" in " ".join([op["x-source"], *op.get("x-also-in", ())])]
    assert len(from_swagger) >= 181  # every operation of Vitec's 2020 description
    documented = {op["operationId"] for op in ops if "x-doc-page" in op}
    assert set(SEEDS) <= documented
    assert len(found) == len(ops) == len({(op.method, op.path) for op in api.operations})


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


class _Schemas(dict[str, xmlschema.XMLSchema]):
    """The XSD of a namespace, read when a sample first needs it (77 XSDs; the samples use a few)."""

    def __missing__(self, ns: str) -> xmlschema.XMLSchema:
        for path in sorted((SPEC / "xsd").glob("*.xsd")):
            if etree.parse(str(path)).getroot().get("targetNamespace") == ns:
                self[ns] = xmlschema.XMLSchema(str(path))
                return self[ns]
        raise KeyError(ns)


@pytest.fixture(scope="module")
def schemas() -> dict[str, xmlschema.XMLSchema]:
    return _Schemas()


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.xml")), ids=lambda p: p.name)
def test_xml_samples_are_valid_against_the_xsds(sample: pathlib.Path, schemas: dict[str, xmlschema.XMLSchema]) -> None:
    ns = etree.QName(etree.fromstring(sample.read_bytes())).namespace
    schemas[ns].validate(str(sample))  # element order, nillability and types


def test_every_documented_operation_has_its_samples() -> None:
    """A page's samples are written for its operation; an operation no page shows has none."""
    names = {p.name for p in SAMPLES.iterdir()}
    for op in _operations(_document()):
        ours = {n for n in names if n.startswith(op["operationId"] + ".")}
        if "x-doc-page" not in op:
            assert ours == set(), op["operationId"]
            continue
        for fmt in ("json", "xml"):
            assert f"{op['operationId']}.response.{fmt}" in names
            if "requestBody" in op:
                assert f"{op['operationId']}.request.{fmt}" in names


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


def _edit(spec: pathlib.Path, change: Callable[[dict[str, Any]], object]) -> None:
    doc = _document(spec)
    change(doc)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    (spec / "openapi.yaml").write_text(yaml.dump(doc, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_consistency_catches_a_field_missing_in_openapi(spec_copy: pathlib.Path) -> None:
    _edit(spec_copy, lambda doc: doc["components"]["schemas"]["crm_contact.CrmContact"]["properties"].pop("note"))
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


def _dangle(doc: dict[str, Any]) -> None:
    member = doc["components"]["schemas"]["category.Categories"]["properties"]["companyCategories"]
    member["items"]["oneOf"][0]["$ref"] = "#/components/schemas/category.Nope"


def _misname(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    schemas["Category"] = schemas.pop("category.Category")


@pytest.mark.parametrize(
    ("edit", "message"),
    [(_dangle, "refers to missing category.Nope"), (_misname, "must be named <module>.<Type>")],
    ids=["dangling-ref", "bad-component-name"],
)
def test_broken_specs_fail_with_clear_errors(
    spec_copy: pathlib.Path, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    _edit(spec_copy, edit)
    with pytest.raises(SpecError, match=message):
        load(spec_copy)
