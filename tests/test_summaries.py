"""Operation summaries: every operation says in a sentence of our own what it does (spec/descriptions.yaml),
the docstrings and the command's help show that sentence, and an operation the descriptions file does not
describe is summed up by the method that calls it, never by the .NET action a method was renamed from."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from vitec_connect._api.operations import OPERATIONS
from vitec_connect._cli import main

from codegen import doctext
from codegen.importer import texts, write
from codegen.importer.model import Api
from codegen.spec import load_openapi

from .conftest import SPEC


def _operations() -> dict[str, dict[str, Any]]:
    doc = yaml.safe_load((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    return {f"{m.upper()} {p}": op for p, item in doc["paths"].items() for m, op in item.items()}


SPEC_OPERATIONS = _operations()
#: the same operations as the generators read them
READ = {f"{op.method} {op.path}": op for op in load_openapi(SPEC / "openapi.yaml").operations}


def _wire_form(wire: str) -> str:
    """What a summary synthesized from the .NET action name read like: ``CrmFile_Post`` -> "Crm file: post"."""
    controller, action = wire.split("_", 1)
    words = [re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", w).lower() for w in (controller, action)]
    return f"{words[0]}: {words[1]}"


def test_the_descriptions_file_describes_every_operation_of_the_spec() -> None:
    described = yaml.safe_load((SPEC / texts.DESCRIPTIONS).read_text(encoding="utf-8"))["operations"]
    assert sorted(r for r in SPEC_OPERATIONS if "summary" not in (described.get(r) or {})) == []
    assert sorted(r for r in described if r not in SPEC_OPERATIONS) == []
    assert all(SPEC_OPERATIONS[r]["summary"] == text["summary"] for r, text in described.items())


@pytest.mark.parametrize("route", sorted(SPEC_OPERATIONS))
def test_no_summary_is_synthesized_from_a_name(route: str) -> None:
    op = SPEC_OPERATIONS[route]
    summary = op["summary"]
    assert summary != texts.summary_of(op)  # the fallback
    if "x-wire-operation-id" in op:
        assert summary.lower() != _wire_form(op["x-wire-operation-id"])  # "<Controller>: <action>"
    assert not re.fullmatch(r"[A-Za-z ]+: [a-z0-9 ]+\.?", summary), summary


@pytest.mark.parametrize("route", sorted(r for r, op in SPEC_OPERATIONS.items() if "seed:" not in op["x-source"]))
def test_our_summaries_are_one_english_sentence(route: str) -> None:
    """One sentence, so the docstring's title and the command's help line carry all of it."""
    summary = SPEC_OPERATIONS[route]["summary"]
    assert summary[:1].isupper() and summary.endswith(".") and "\n" not in summary, summary
    assert doctext.title(READ[route]) == summary and doctext.description(READ[route]) == ""
    english = re.sub(r"\([^)]*\)|\"[^\"]*\"|Mäklarstatistik|Villaägarna", "", summary)  # Swedish terms in brackets
    assert not re.search(r"[åäöÅÄÖ]", english), summary


class TestFallback:
    """An operation the descriptions file does not describe (one Vitec added since) is summed up by its
    resource and its method's name, as a caller writes them."""

    def test_it_follows_the_method_name_not_the_action(self) -> None:
        op = {"operationId": "appointment_post", "x-python-name": "create", "x-wire-operation-id": "Appointment_Post",
              "tags": ["appointment"]}  # fmt: skip
        assert texts.summary_of(op) == "Appointment: create"
        op = {"operationId": "crm_image_put", "x-python-name": "update", "tags": ["crm_image"]}
        assert texts.summary_of(op) == "Crm image: update"

    def test_without_a_python_name_it_is_the_operation_id(self) -> None:
        assert texts.summary_of({"operationId": "get_contact", "tags": ["crm"]}) == "Crm: get contact"
        assert texts.summary_of({"operationId": "x", "x-python-name": "import_", "tags": ["t"]}) == "T: import"

    @staticmethod
    def _api() -> Api:
        def op(op_id: str, wire: str, **more: Any) -> dict[str, Any]:
            return {"operationId": op_id, "x-wire-operation-id": wire, "tags": ["viewing"], **more,
                    "responses": {"204": {"description": "No content"}}}  # fmt: skip

        api = Api()
        api.operations[("post", "/Viewing/{customerId}/{estateId}")] = op("viewing_post", "Viewing_Post")
        api.operations[("get", "/Viewing/{customerId}/{estateId}")] = op("viewing_get_by_customer_id_estate_id",
                                                                         "Viewing_Get")  # fmt: skip
        api.operations[("get", "/Viewing/{estateId}")] = op("viewing_get_by_estate_id", "Viewing_Get")
        api.operations[("put", "/Viewing/{customerId}")] = op("viewing_put", "Viewing_Put", summary="Our words.")
        return api

    def test_the_import_writes_it_once_the_method_is_named(self) -> None:
        doc, _ = write.finish(self._api())
        ops = {f"{m.upper()} {p}": (op.get("x-python-name"), op["summary"])
               for p, item in doc["paths"].items() for m, op in item.items()}  # fmt: skip
        assert ops == {
            "POST /Viewing/{customerId}/{estateId}": ("create", "Viewing: create"),
            "GET /Viewing/{customerId}/{estateId}": ("get", "Viewing: get"),
            "GET /Viewing/{estateId}": ("get_without_customer", "Viewing: get without customer"),
            "PUT /Viewing/{customerId}": ("update", "Our words."),  # the descriptions file's text wins
        }
        assert write.finish(self._api())[0] == doc  # deterministic


def test_the_command_help_shows_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    (op,) = [o for o in OPERATIONS.values() if o.method == "POST" and o.path == "/Appointment/{customerId}/{id}"]
    summary = SPEC_OPERATIONS["POST /Appointment/{customerId}/{id}"]["summary"]
    assert op.summary == summary
    with pytest.raises(SystemExit):
        main(["appointment", "create", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert summary in out and "Appointment: post" not in out
    with pytest.raises(SystemExit):
        main(["appointment", "--help"])  # the group lists its commands with their summaries
    listing = " ".join(capsys.readouterr().out.split())
    assert f"create {summary}" in listing
