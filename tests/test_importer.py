"""codegen.importer: Swagger 2.0 and help pages into spec/, merged by authority, deterministic, with
provenance and guesses marked, prose rules read, and a re-import that shows a diff before it writes."""

from __future__ import annotations

import copy
import json
import pathlib
from typing import Any

import pytest
import yaml

from codegen.importer import cli, merge, pages, rules, swagger, write
from codegen.importer.model import Api
from codegen.spec import load

from .conftest import FIXTURES, ROOT, SPEC

SEEDS = FIXTURES / "docs" / "base"

#: A Swagger 2.0 document in Swashbuckle's shape (invented facts): two operations of the seeds' routes,
#: one 204, a dotted query name, colliding operation ids, an inline enum, a generic definition.
SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "t", "version": "v1"},
    "paths": {
        "/CRM/Contact/{customerId}/{contactId}": {"get": {
            "tags": ["CrmContact"], "summary": "Hämta kontakt", "operationId": "CrmContact_Get",
            "parameters": [{"name": "customerId", "in": "path", "required": True, "type": "string"},
                           {"name": "contactId", "in": "path", "required": True, "type": "string"}],
            "responses": {"200": {"description": "OK", "schema": {"$ref": "#/definitions/Crm.Contact.CrmContact"}}}}},
        "/Demo/{customerId}/Thing/{thingId}": {"delete": {
            "operationId": "Thing_Delete", "summary": "Tar bort, max 3 stycken per dag.",
            "parameters": [{"name": "customerId", "in": "path", "required": True, "type": "string"},
                           {"name": "thingId", "in": "path", "required": True, "type": "string"}],
            "responses": {"204": {"description": "No Content"}}}},
        "/Demo/{customerId}/Things": {"get": {
            "operationId": "Thing_Get",
            "parameters": [{"name": "customerId", "in": "path", "required": True, "type": "string"},
                           {"name": "criteria.minArea", "in": "query", "required": False, "type": "number",
                            "format": "double"}],
            "responses": {"200": {"description": "OK", "schema": {"type": "array", "items": {
                "$ref": "#/definitions/Demo.Models.Range`1_Double"}}}}}},
        "/Demo/Things/{thingId}": {"get": {
            "operationId": "Thing_Get",
            "parameters": [{"name": "thingId", "in": "path", "required": True, "type": "string"}],
            "responses": {"200": {"description": "OK", "schema": {"type": "boolean"}}}}},
    },
    "definitions": {
        "Crm.Contact.CrmContact": {"type": "object", "required": ["customerId"], "properties": {
            "id": {"type": "string", "maxLength": 40},
            "customerId": {"type": "string", "maxLength": 40},
            "type": {"type": "string", "enum": ["Person", "Company", "DeceasedEstate"]},
            "extraIn2020": {"type": "string"},
            "phones": {"$ref": "#/definitions/Crm.Contact.PersonTelephoneNumbers"}}},
        "Crm.Contact.PersonTelephoneNumbers": {"type": "object", "properties": {  # members no page shows
            "home": {"type": "string", "maxLength": 17}, "cell": {"type": "string", "maxLength": 17}}},
        "Demo.Models.Range`1_Double": {"type": "object", "properties": {
            "min": {"type": "number", "format": "double"}, "max": {"type": "number", "format": "double"}}},
    },
}  # fmt: skip


def seeds() -> list[tuple[Any, str]]:
    from codegen.docs import crawl

    return [(p, f"seed:{s}") for p, s in crawl.read_folder(SEEDS)]


def imported(overrides: dict[str, Any] | None = None, doc: dict[str, Any] | None = SWAGGER) -> Api:
    return cli.run(copy.deepcopy(doc) if doc else None, seeds(), [], overrides if overrides is not None else {})


class TestSwagger:
    def test_namespaces_from_reversed_definition_prefixes(self) -> None:
        assert swagger.clr_namespace("Crm.Contact") == "Vitec.Housing.Connect.Api.Models.Contact.Crm"
        assert (
            swagger.clr_namespace("BusinessIntelligense.Models")
            == "Vitec.Housing.Connect.Api.Models.BusinessIntelligense"
        )
        assert swagger.clr_namespace("Incomming.BusinessIntelligense") == (
            "Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Incomming"
        )
        assert swagger.clr_namespace("Models.Api") == "Vitec.Housing.Connect.Api.Models"

    def test_operations_types_provenance_and_guesses(self) -> None:
        api = swagger.read(copy.deepcopy(SWAGGER))
        ops = {op["operationId"]: (key, op) for key, op in api.operations.items()}
        # colliding ids get the path parameters; Vitec's id kept
        assert set(ops) == {"crm_contact_get", "thing_delete", "thing_get_by_customer_id", "thing_get_by_thing_id"}
        assert ops["thing_get_by_thing_id"][1]["x-wire-operation-id"] == "Thing_Get"
        assert ops["thing_delete"][1]["responses"] == {"204": {"description": "No content"}}
        dotted = ops["thing_get_by_customer_id"][1]["parameters"][1]
        assert dotted["x-python-name"] == "criteria_min_area"
        for key, op in api.operations.items():
            assert op["x-source"] == "swagger#/paths/" + key[1].replace("/", "~1") + "/" + key[0]
        generic = api.components["demo.RangeOfdouble"]
        assert generic["x-generic"] == "Range<double>"
        assert generic["xml"]["namespace"].endswith("Vitec.Housing.Connect.Api.Models.Demo")
        enum = api.components["contact_crm.Type"]
        assert enum["enum"] == ["Person", "Company", "DeceasedEstate"] and "x-inferred" in enum
        assert enum["x-source"] == "swagger#/definitions/Crm.Contact.CrmContact/properties/type"
        assert all("x-source" in c for c in api.components.values())

    def test_refuses_what_it_cannot_read(self) -> None:
        with pytest.raises(ValueError, match=r"not a Swagger 2\.0 document"):
            swagger.read({"openapi": "3.0.0"})
        bad = copy.deepcopy(SWAGGER)
        bad["definitions"]["Crm.Contact.CrmContact"]["properties"]["odd"] = {"type": "file"}
        with pytest.raises(ValueError, match="odd: a Swagger type the importer does not know"):
            swagger.read(bad)
        bad = copy.deepcopy(SWAGGER)
        del bad["definitions"]["Demo.Models.Range`1_Double"]
        with pytest.raises(ValueError, match=r"undefined definition 'Demo\.Models\.Range`1_Double'"):
            swagger.read(bad)


class TestRules:
    def op(self, *descriptions: str) -> dict[str, Any]:
        return {"parameters": [{"name": f"p{i}", "description": d} for i, d in enumerate(descriptions)]}

    def test_max_items_on_a_comma_separated_parameter(self) -> None:
        api, op = Api(), self.op("Kontaktidn (kommaseparerade, max 20 stycken).", "Högst tolv st.")
        rules.read(op, "", api, "GET /x")
        assert op["parameters"][0]["x-max-items"] == 20 and op["parameters"][0]["x-separator"] == ","
        assert op["parameters"][1]["x-max-items"] == 12 and "x-separator" not in op["parameters"][1]

    def test_date_window_in_months_only(self) -> None:
        api = Api()
        op = {"parameters": [{"name": "dateFrom"}, {"name": "dateTo"}]}
        rules.read(op, "Rapport, datumintervallet får inte överstiga två månader", api, "GET /r")
        assert op["x-max-date-range"] == {"from": "dateFrom", "to": "dateTo", "months": 2}
        op = {"parameters": [{"name": "dateFrom"}, {"name": "dateTo"}]}
        rules.read(op, "Intervallet får inte överstiga 14 dagar.", api, "GET /d")
        assert "x-max-date-range" not in op  # spec/ states windows in months: left for a person
        assert ("GET /d", "Intervallet får inte överstiga 14 dagar.") in api.unread_rules

    def test_other_limits_are_listed_not_guessed(self) -> None:
        api, op = Api(), self.op("Kontraktsdatum, max tre månader tidigare än ContractDateTo")
        rules.read(op, "Minst ett fält behöver vara ifyllt.", api, "GET /m")
        assert "x-max-items" not in op["parameters"][0]
        assert api.unread_rules == [
            ("GET /m", "Minst ett fält behöver vara ifyllt."),
            ("GET /m", "p0: Kontraktsdatum, max tre månader tidigare än ContractDateTo"),
        ]
        assert api.rules == []


class TestPages:
    def test_seed_pages_give_their_operations_and_proven_namespaces(self) -> None:
        api = pages.read(seeds())
        assert sorted(api.operations) == [
            ("get", "/BusinessIntelligence/TipsAndLeads/Report"),
            ("get", "/CRM/Contact/{customerId}/{contactIds}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead"),
            ("get", "/CRM/Contact/{customerId}/{contactId}"),
            ("get", "/CRM/Lead/{customerId}/Incoming/{id}"),
            ("post", "/PublicAdvertising/{customerId}/Contact/Person/Lead"),
        ]  # fmt: skip
        assert {
            "Express.Connect.Api.Models.Contact.Crm",
            "Express.Connect.Api.Models.Lead.ExistingLead",
            "Vitec.Housing.Connect.Api.Models.BusinessIntelligense",
            "Vitec.Housing.Connect.Api.Models.Contact.Crm",
        } <= api.verified
        leads = api.operations[("get", "/CRM/Contact/{customerId}/{contactIds}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead")]  # fmt: skip
        contact_ids = next(p for p in leads["parameters"] if p["name"] == "contactIds")
        assert (contact_ids["x-max-items"], contact_ids["x-separator"]) == (20, ",")
        report = api.operations[("get", "/BusinessIntelligence/TipsAndLeads/Report")]
        assert report["x-max-date-range"] == {"from": "dateFrom", "to": "dateTo", "months": 2}
        assert [p["in"] for p in report["parameters"]] == ["query"] * 4

    def test_members_from_samples(self) -> None:
        api = pages.read(seeds())
        lead = next(v for k, v in api.components.items() if k.endswith(".CrmLead"))
        assert "seen in a sample only" in lead["x-inferred"]
        assert lead["properties"]["createdAt"] == {"type": ["string", "null"], "format": "date-time"}


class TestMerge:
    def test_authority_pages_over_swagger(self) -> None:
        api = imported()
        op = api.operations[("get", "/CRM/Contact/{customerId}/{contactId}")]
        assert op["x-source"] == "seed:004_5c1f1fc36c07a5b0.txt"
        assert op["x-also-in"] == ["swagger#/paths/~1CRM~1Contact~1{customerId}~1{contactId}/get"]
        assert op["operationId"] == "crm_contact_get"  # a name only the lower source gives
        contact = api.components["contact_crm.CrmContact"]
        assert contact["x-source"].startswith("seed:")
        assert "extraIn2020" not in contact["properties"]  # the page's members are the members
        assert api.operations[("delete", "/Demo/{customerId}/Thing/{thingId}")]["x-source"].startswith("swagger")

    def test_overrides_name_modules_operations_and_types(self) -> None:
        overrides = {
            "modules": {"Vitec.Housing.Connect.Api.Models.Contact.Crm": "crm_contact"},
            "operations": {"GET /CRM/Contact/{customerId}/{contactId}": {"operationId": "get_contact"}},
            "types": {"crm_contact.ContactType": {"add-enum": ["Company", "DeceasedEstate"],
                                                  "why": "members named by the description"}},
        }  # fmt: skip
        api = imported(overrides)
        assert api.operations[("get", "/CRM/Contact/{customerId}/{contactId}")]["operationId"] == "get_contact"
        assert "crm_contact.CrmContact" in api.components
        enum = api.components["crm_contact.ContactType"]
        assert enum["enum"][-2:] == ["Company", "DeceasedEstate"]
        assert enum["x-inferred"] == "members named by the description" and enum["x-overrides"] == ["add-enum"]

    def test_an_override_gives_the_base_and_the_subtype_keeps_its_own_members(self) -> None:
        api = imported({"types": {"contact_crm.CrmPersonContact": {"base": "contact_crm.CrmContact"}}})
        person = api.components["contact_crm.CrmPersonContact"]
        assert person["allOf"][0] == {"$ref": "#/components/schemas/contact_crm.CrmContact"}
        own = person["allOf"][1]["properties"]
        assert "firstName" in own and "customerId" not in own and "id" not in own

    def test_an_override_for_something_missing_is_reported(self) -> None:
        api = imported({"types": {"nowhere.Thing": {"why": "x"}}, "operations": {"GET /nowhere": {}}})
        assert "overrides: nowhere.Thing is not in the import" in api.problems
        assert "overrides: no operation GET /nowhere" in api.problems


class TestWrite:
    def test_deterministic(self) -> None:
        first, second = write.files(imported()), write.files(imported())
        assert first == second
        assert merge.canonical(imported()) == merge.canonical(imported())

    def test_every_operation_and_type_has_a_source_and_the_spec_loads(self, tmp_path: pathlib.Path) -> None:
        files = write.files(imported(cli.load_overrides(SPEC)))
        for rel, text in files.items():
            (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / rel).write_text(text, encoding="utf-8")
        doc = yaml.safe_load(files["openapi.yaml"])
        for item in doc["paths"].values():
            for op in item.values():
                assert op["x-source"]
        for name, schema in doc["components"]["schemas"].items():
            assert schema.get("x-source"), name
        spec = load(tmp_path)  # our own reader takes it: types, members, kinds and XSDs agree
        assert {o.operation_id for o in spec.openapi.operations} >= {"get_contact", "get_contact_leads"}
        schemas = doc["components"]["schemas"]
        assert "x-namespace-inferred" not in schemas["crm_contact.CrmContact"]["xml"]  # page 004's sample shows it
        assert schemas["demo.RangeOfdouble"]["xml"]["x-namespace-inferred"] is True  # only the Swagger names it
        coverage = files["COVERAGE.md"]
        assert "| `crm_contact` | `Vitec.Housing.Connect.Api.Models.Contact.Crm` |" in coverage
        assert "verified" in coverage and "inferred" in coverage
        assert "x-max-date-range dateFrom..dateTo" in coverage


class TestCommand:
    def run(self, tmp_path: pathlib.Path, *args: str) -> int:
        swagger_file = tmp_path / "swagger.json"
        swagger_file.write_text(json.dumps(SWAGGER), encoding="utf-8")
        return cli.main(
            ["--swagger", str(swagger_file), "--seeds", str(SEEDS), "--spec", str(tmp_path / "spec"), *args]
        )

    def test_reimport_shows_the_diff_and_keeps_overrides(
        self, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "spec").mkdir()
        overrides = "modules:\n  Vitec.Housing.Connect.Api.Models.Contact.Crm: crm_contact\n"
        (tmp_path / "spec" / "overrides.yaml").write_text(overrides, encoding="utf-8")
        assert self.run(tmp_path) == 1  # nothing there yet: a diff, nothing written
        assert not (tmp_path / "spec" / "openapi.yaml").exists()
        assert self.run(tmp_path, "--write") == 0
        assert self.run(tmp_path) == 0
        assert "spec/ is what the sources give" in capsys.readouterr().out
        # a hand edit is shown as a line the import would remove, and is not overwritten silently
        path = tmp_path / "spec" / "openapi.yaml"
        path.write_text(
            path.read_text(encoding="utf-8").replace("maxLength: 100", "maxLength: 100  # (hand edit)"),
            encoding="utf-8",
        )
        assert self.run(tmp_path) == 1
        out = capsys.readouterr().out
        assert "-" in out and "(hand edit)" in out and "nothing written" in out
        assert "(hand edit)" in path.read_text(encoding="utf-8")
        assert (tmp_path / "spec" / "overrides.yaml").read_text(encoding="utf-8") == overrides
        assert "crm_contact.CrmContact" in path.read_text(encoding="utf-8")

    def test_no_source_at_all(
        self, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        from codegen.docs import report

        monkeypatch.setattr(report, "CONFIG", tmp_path / "pyproject.toml")
        with pytest.raises(SystemExit):
            cli.main(["--spec", str(tmp_path)])
        assert "give at least one source: --swagger, --seeds or --pages" in capsys.readouterr().err

    def test_bad_sources_are_named(self, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
        code = cli.main(["--seeds", str(tmp_path / "missing"), "--spec", str(tmp_path)])
        assert code == 2
        assert f"{tmp_path / 'missing'}: not a folder of help pages" in capsys.readouterr().err
        bad = tmp_path / "bad.json"
        bad.write_text('{"openapi": "3.0.0"}', encoding="utf-8")
        assert cli.main(["--swagger", str(bad), "--spec", str(tmp_path)]) == 2
        assert "not a Swagger 2.0 document" in capsys.readouterr().err


def test_the_readme_coverage_table_is_what_the_spec_gives() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = text.index(write.README_START) + len(write.README_START), text.index(write.README_END)
    doc = yaml.safe_load((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    assert text[start:end].strip("\n") + "\n" == write.area_table(doc), "paste write.area_table(spec) into README.md"


class TestTexts:
    """spec/'s prose is the descriptions file's: the sources give facts only."""

    def described(self) -> dict[str, Any]:
        return {"info": {"version": "2030.1"}, "tags": {"crm": "Our words on the CRM operations."},
                "operations": {"GET /CRM/Contact/{customerId}/{contactId}": {
                    "summary": "One contact.", "parameters": {"contactId": "Its id.", "nope": "x"}},
                    "GET /Nowhere": {"summary": "x"}},
                "types": {"crm_contact.CrmContact": {"description": "A contact.",
                                                     "properties": {"id": "Its id.", "missing": "x"}},
                          "nowhere.Type": {"description": "x"}}}  # fmt: skip

    def test_no_sentence_of_the_sources_is_written(self) -> None:
        files = write.files(imported({"modules": {"Vitec.Housing.Connect.Api.Models.Contact.Crm": "crm_contact"}}))
        doc = yaml.safe_load(files["openapi.yaml"])
        assert "Hämta kontakt" not in files["openapi.yaml"]  # the Swagger's and the page's summary
        assert "Tar bort" not in files["openapi.yaml"]
        ops = {op["operationId"]: op for item in doc["paths"].values() for op in item.values()}
        # summed up from the .NET action name; a tag from its paths
        assert ops["thing_delete"]["summary"] == "Thing: delete"
        assert ops["crm_contact_get"]["summary"] == "Crm contact: get"
        assert {"name": "thing", "description": "Operations under /Demo"} in doc["tags"]
        for schema in doc["components"]["schemas"].values():
            assert "description" not in schema and all(
                "description" not in p for p in (schema.get("properties") or {}).values())
        assert doc["info"]["version"] == "imported"
        # the prose rule was read from the summary before it went: COVERAGE.md names it for a person
        assert "max 3 stycken" in files["COVERAGE.md"]

    def test_the_descriptions_file_gives_the_texts_and_names_what_it_misses(self) -> None:
        overrides = {"modules": {"Vitec.Housing.Connect.Api.Models.Contact.Crm": "crm_contact"},
                     "texts": self.described()}  # fmt: skip
        api = imported(overrides)
        doc = yaml.safe_load(write.files(api)["openapi.yaml"])
        op = doc["paths"]["/CRM/Contact/{customerId}/{contactId}"]["get"]
        assert op["summary"] == "One contact."
        assert [p.get("description") for p in op["parameters"]] == [None, "Its id."]
        schema = doc["components"]["schemas"]["crm_contact.CrmContact"]
        assert schema["description"] == "A contact." and schema["properties"]["id"]["description"] == "Its id."
        assert doc["info"]["version"] == "2030.1"
        assert {"name": "crm", "description": "Our words on the CRM operations."} in doc["tags"]
        assert {
            "descriptions.yaml: GET /CRM/Contact/{customerId}/{contactId} has no parameter nope",
            "descriptions.yaml: no operation GET /Nowhere",
            "descriptions.yaml: crm_contact.CrmContact has no member missing",
            "descriptions.yaml: no type nowhere.Type",
        } <= set(api.problems)

    def test_a_text_of_several_lines_is_a_block_and_nothing_is_an_alias(self) -> None:
        texts = {"operations": {"GET /CRM/Contact/{customerId}/{contactId}": {"description": "One.\nTwo.\n"}}}
        text = write.files(imported({"texts": texts}))["openapi.yaml"]
        assert "description: |\n        One.\n        Two.\n" in text
        assert "&id" not in text and "*id" not in text  # the error responses are written out each time


def test_an_override_moves_a_type_to_the_namespace_shown_for_it() -> None:
    """``types: <component>: {namespace: ...}``: what docs_diff proposes when a page or a server's answer
    shows a type in another namespace than the import inferred."""
    ns = "Vitec.Housing.Connect.Api.Models.Demo.Ranges"
    api = imported({"types": {"demo.RangeOfdouble": {"namespace": ns}}})
    files = write.files(api)
    doc = yaml.safe_load(files["openapi.yaml"])
    schemas = doc["components"]["schemas"]
    (moved,) = [c for c in schemas if c.endswith(".RangeOfdouble")]
    assert moved != "demo.RangeOfdouble" and schemas[moved]["xml"]["namespace"].endswith(ns)
    assert "x-namespace-inferred" not in schemas[moved]["xml"] and "namespace" in schemas[moved]["x-overrides"]
    assert f'"#/components/schemas/{moved}"' in json.dumps(doc["paths"])  # its references follow
    module = moved.split(".")[0]
    assert f'targetNamespace="http://schemas.datacontract.org/2004/07/{ns}"' in files[f"xsd/{module}.xsd"]


def test_a_rename_onto_a_lower_sources_type_keeps_the_higher_sources() -> None:
    """Two names for one type: the override's name stays, with the members of the higher source."""
    api = Api(components={
        "bi.Type": {"type": "string", "x-source": "seed:003.txt", "enum": ["FromUser"]},
        "bi.TipType": {"type": "string", "x-source": "swagger#/definitions/Tip/properties/type",
                       "enum": ["FromUser", "FromViewing"]},
        "bi.Tip": {"type": "object", "x-source": "seed:003.txt",
                   "properties": {"type": {"$ref": "#/components/schemas/bi.Type"}}},
    }, namespaces={"bi": "N"})  # fmt: skip
    out = merge.apply_overrides(api, {"rename": {"bi.Type": "bi.TipType"}})
    assert out.components["bi.TipType"]["enum"] == ["FromUser"]
    assert out.components["bi.TipType"]["x-also-in"] == ["swagger#/definitions/Tip/properties/type"]
    assert out.components["bi.Tip"]["properties"]["type"] == {"$ref": "#/components/schemas/bi.TipType"}
    assert "bi.TipType: members only swagger lists, not taken: FromViewing" in out.problems
