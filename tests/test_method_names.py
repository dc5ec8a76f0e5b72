"""Operation methods are named by their action, not their controller: ``client.area.get_areas``.

The importer writes the name into the operation's ``x-python-name`` by the rules in
codegen/importer/names.py (spec/README.md, "Method names"); the generator and the command line take it
from there; the consistency check refuses a name that is no method name or is taken in its resource.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest
from vitec_connect import _cli
from vitec_connect._api.operations import OPERATIONS, resource_class
from vitec_connect._resource import Resource

from codegen import naming
from codegen.importer import names

from .conftest import SPEC, spec_problems

SEEDS = {"get_contact", "get_contact_leads", "get_incoming_lead", "get_tips_and_leads_report", "create_person_lead"}


def _op(op_id: str, tag: str, wire: str | None = None, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": op_id, "tags": [tag], **extra}
    if wire:
        op["x-wire-operation-id"] = wire
    return op


def _names(*ops: tuple[str, str, dict[str, Any]]) -> list[str]:
    got = names.method_names(list(ops))
    return [got[method, path] for method, path, _ in ops]


class TestTheRule:
    def test_the_controller_prefix_goes(self) -> None:
        assert _names(("get", "/Area/GetAreas", _op("area_get_areas", "area", "Area_GetAreas"))) == ["get_areas"]

    def test_an_operation_named_by_a_page_or_by_hand_keeps_its_operation_id(self) -> None:
        route = "/CRM/Contact/{customerId}/{contactId}"
        assert _names(("get", route, _op("get_contact", "crm", "CrmContact_Get"))) == ["get_contact"]

    def test_a_name_overrides_yaml_gives_is_kept(self) -> None:
        op = _op("area_get_areas", "area", "Area_GetAreas", **{"x-python-name": "areas"})
        assert _names(("get", "/Area/GetAreas", op)) == ["areas"]

    def test_bare_http_verbs_become_what_the_method_does(self) -> None:
        ops = [
            ("post", "/Image/{customerId}/{estateId}", _op("image_post", "image", "Image_Post")),
            ("put", "/Image/{customerId}/{imageId}", _op("image_put", "image", "Image_Put")),
            ("get", "/Image/{customerId}/{imageId}", _op("image_get", "image", "Image_Get")),
            ("delete", "/Image/{customerId}/{imageId}", _op("image_delete", "image", "Image_Delete")),
            ("put", "/CRM/Economy/{customerId}/deposit", _op("image_put_deposit", "image", "Image_PutDeposit")),
        ]
        assert _names(*ops) == ["create", "update", "get", "delete", "put_deposit"]

    def test_an_overload_told_apart_by_the_customer(self) -> None:
        ops = [
            ("get", "/Viewing/{customerId}/{estateId}", _op("viewing_get_by_customer_id_estate_id", "viewing", "Viewing_Get")),
            ("get", "/Viewing/{estateId}", _op("viewing_get_by_estate_id", "viewing", "Viewing_Get")),
            ("post", "/Viewing/{viewingId}/P", _op("viewing_post_by_viewing_id", "viewing", "Viewing_Post")),
            ("post", "/Viewing/{customerId}/{viewingId}/P", _op("viewing_post_by_customer_id_viewing_id", "viewing", "Viewing_Post")),
        ]  # fmt: skip
        assert _names(*ops) == ["get", "get_without_customer", "create_without_customer", "create"]

    def test_an_overload_told_apart_otherwise_keeps_its_path_parameters(self) -> None:
        ops = [
            ("get", "/Note/{customerId}/{id}", _op("note_get_by_customer_id_id", "note", "Note_Get")),
            ("get", "/Note/{customerId}/{noteId}/x", _op("note_get_by_customer_id_note_id", "note", "Note_Get")),
        ]
        assert _names(*ops) == ["get_by_customer_id_id", "get_by_customer_id_note_id"]

    def test_an_action_with_by_in_its_name_is_no_overload(self) -> None:
        op = _op("business_intelligence_office_statistics_by_month", "business_intelligence", "BusinessIntelligence_OfficeStatisticsByMonth")  # fmt: skip
        assert _names(("get", "/BI/OfficeStatisticsByMonth", op)) == ["office_statistics_by_month"]

    def test_keywords_and_names_every_resource_has_take_an_underscore(self) -> None:
        ops = [
            ("post", "/Data/Import", _op("data_import", "data", "Data_Import")),
            ("get", "/Data/Raw", _op("data_with_raw_response", "data", "Data_WithRawResponse")),
        ]
        assert _names(*ops) == ["import_", "with_raw_response_"]

    def test_a_name_taken_in_the_resource_falls_back_to_the_operation_id_then_a_number(self) -> None:
        ops = [
            ("get", "/Data/{customerId}/x", _op("data_x", "data", "Data_X", **{"x-python-name": "post"})),
            ("post", "/Data/{customerId}", _op("data_create", "data", "Data_Create")),
            ("post", "/Data/{customerId}/y", _op("data_post", "data", "Data_Post")),
        ]
        assert _names(*ops) == ["post", "create", "post_2"]

    def test_the_importer_writes_the_name_only_where_it_differs(self) -> None:
        spec = (SPEC / "openapi.yaml").read_text(encoding="utf-8")
        assert "      operationId: area_get_areas\n      x-python-name: get_areas\n" in spec
        assert "      operationId: get_contact\n      x-wire-operation-id: CrmContact_Get\n" in spec


class TestTheShippedNames:
    def test_no_method_repeats_its_resources_name(self) -> None:
        assert len(OPERATIONS) == 184
        for op in OPERATIONS.values():
            assert not op.python_name.startswith(op.tag + "_"), (op.tag, op.python_name)
            assert callable(getattr(resource_class(op.tag), op.python_name))

    def test_the_seed_operations_keep_their_names(self) -> None:
        seeds = {op.operation_id: op.python_name for op in OPERATIONS.values() if op.operation_id in SEEDS}
        assert seeds == {name: name for name in SEEDS}

    def test_no_bare_http_verb_post_or_put(self) -> None:
        assert not [op.operation_id for op in OPERATIONS.values() if op.python_name in ("post", "put")]

    def test_every_public_name_of_a_resource_is_reserved(self) -> None:
        public = {name for name in dir(Resource) if not name.startswith("_")}
        assert public <= set(naming.RESERVED_METHODS)

    def test_commands_take_the_method_name_and_earlier_ones_still_work(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        op = OPERATIONS["appointment_post"]
        assert (op.python_name, _cli.command_name(op)) == ("create", "create")
        with pytest.raises(SystemExit):
            _cli.main(["appointment", "--help"])
        listed = capsys.readouterr().out
        assert "\n    create " in listed and "\n    post " not in listed
        for command in ("create", "post"):  # the group's command of earlier versions: still there, not listed
            with pytest.raises(SystemExit):
                _cli.main(["appointment", command, "--help"])
            assert "POST /Appointment/{customerId}/{id}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "x-python-name: get_ids\n",
            "x-python-name: count\n",
            "valuation_get_ids: method name 'count' is also valuation_count's in client.valuation: give one of "
            "them another x-python-name",
        ),
        (
            "x-python-name: get_ids\n",
            "x-python-name: import\n",
            "valuation_get_ids: method name 'import' is a Python keyword: give it another x-python-name",
        ),
        (
            "x-python-name: get_ids\n",
            "x-python-name: with_raw_response\n",
            "valuation_get_ids: method name 'with_raw_response' is taken: the client's raw-response view",
        ),
        (
            "x-python-name: get_ids\n",
            "x-python-name: get-ids\n",
            "valuation_get_ids: method name 'get-ids' is not a Python name: give it another x-python-name",
        ),
        (
            "x-python-name: get_ids\n",
            "x-python-name: _ids\n",
            "valuation_get_ids: method name '_ids' starts with an underscore",
        ),
    ],
)
def test_the_check_refuses_unusable_method_names(spec_copy: pathlib.Path, old: str, new: str, problem: str) -> None:
    problems = spec_problems(spec_copy, old, new)
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_the_check_refuses_a_name_another_method_has_as_its_operation_id(spec_copy: pathlib.Path) -> None:
    """Without x-python-name the operationId is the method's name, and clashes like any other."""
    assert spec_problems(spec_copy, "      x-python-name: count\n", "") == []
    assert spec_problems(spec_copy, "x-python-name: get_ids\n", "x-python-name: valuation_count\n") == [
        "valuation_get_ids: method name 'valuation_count' is also valuation_count's in client.valuation: give one "
        "of them another x-python-name"
    ]
