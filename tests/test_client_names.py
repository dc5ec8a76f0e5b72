"""Wire names and Python names are kept apart, and the spec says every Python name a generator writes.

Members, parameters and operations are named by snake case of their wire name unless the spec gives
``x-python-name``; where snake case is no usable name (a keyword, a model's own method, another member's
name), the consistency check refuses the spec until it gives one, and the importer writes one by a fixed
rule. The fixture spec's ``valuation.NameClash`` holds each case.
"""

from __future__ import annotations

import dataclasses
import importlib
import pathlib
import re
import shutil
from typing import Any

import msgspec
import pytest

from codegen import consistency, models, naming
from codegen.importer import swagger
from codegen.spec import load

from .conftest import FIXTURES, spec_problems

NS = "http://schemas.datacontract.org/2004/07/Vitec.Connect.Valuation.Models"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
JSON_DOC = b'{"areaId":"a","areaID":"b","class":"c","toJson":"d","type":1}'
XML_DOC = (
    f'<NameClash xmlns:i="{XSI}" xmlns="{NS}"><AreaID>b</AreaID><AreaId>a</AreaId><Class>c</Class>'
    "<ToJson>d</ToJson><Type>1</Type></NameClash>"
).encode()


@pytest.fixture(scope="module")
def clash(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.valuation").NameClash


def test_members_take_the_names_the_spec_gives(clash: Any) -> None:
    names = {f.name: f.encode_name for f in msgspec.structs.fields(clash) if f.name != "_vitec_unknown"}
    assert names == {
        "area_id": "areaId",
        "area_id_2": "areaID",
        "class_": "class",
        "to_json_": "toJson",
        "type": "type",
    }
    value = clash(area_id="a", area_id_2="b", class_="c", to_json_="d", type=1)
    assert callable(value.to_json) and value.to_dict()["toJson"] == "d"  # the model's own method is not shadowed


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_colliding_members_keep_their_wire_names_both_ways(full: Any, clash: Any, fmt: str) -> None:
    codec, doc = (full.json, JSON_DOC) if fmt == "json" else (full.xml, XML_DOC)
    value = codec.decode(doc, type=clash)
    assert (value.area_id, value.area_id_2, value.class_, value.to_json_, value.type) == ("a", "b", "c", "d", 1)
    assert codec.encode(value) == doc


def test_a_constraint_is_checked_on_the_attribute_the_spec_names(full: Any, clash: Any) -> None:
    validation = importlib.import_module("fullconnect._validation")
    rules = validation.rules(clash)
    assert [(r.attr, r.json_name, r.max_length) for r in rules] == [("class_", "class", 5)]
    assert validation.check(clash(class_="longer")) != []
    assert validation.check(clash(class_="short")) == []


def test_the_rule_the_importer_writes() -> None:
    wire = ["areaId", "areaID", "class", "toJson", "type", "criteria.areaId", "2nd", "areaId_2", "field"]
    assert naming.python_names(wire, naming.RESERVED_MEMBERS) == [
        "area_id", "area_id_2", "class_", "to_json_", "type", "criteria_area_id", "field_2nd", "area_id_2_2",
        "field_",
    ]  # fmt: skip
    assert naming.python_names(["id"], naming.RESERVED_MEMBERS, taken=("id",)) == ["id_2"]  # a base's member


def test_the_importer_writes_x_python_name_where_snake_case_is_not_a_name() -> None:
    doc = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "v1"},
        "paths": {"/Demo/Clash": {"get": {"operationId": "Clash_Get", "responses": {
            "200": {"description": "OK", "schema": {"$ref": "#/definitions/Demo.Models.Clash"}}}}}},
        "definitions": {"Demo.Models.Clash": {"type": "object", "properties": {
            "areaId": {"type": "string"}, "areaID": {"type": "string"}, "class": {"type": "string"},
            "toJson": {"type": "string"}, "firstName": {"type": "string"}}}},
    }  # fmt: skip
    api = swagger.read(doc)
    (props,) = [c["properties"] for name, c in api.components.items() if name.endswith(".Clash")]
    assert {k: v.get("x-python-name") for k, v in props.items()} == {
        "areaId": None, "areaID": "area_id_2", "class": "class_", "toJson": "to_json_", "firstName": None,
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# The consistency check


MEMBER_CASES = [
    (
        "          x-python-name: area_id_2\n",
        "",
        "valuation.NameClash.areaID: Python name 'area_id' is also areaId's: give it x-python-name (e.g. area_id_2)",
    ),
    (
        "          x-python-name: class_\n",
        "",
        "valuation.NameClash.class: Python name 'class' is a Python keyword: give it x-python-name",
    ),
    (
        "          x-python-name: to_json_\n",
        "",
        "valuation.NameClash.toJson: Python name 'to_json' is taken: a method every model has: give it x-python-name",
    ),
    (
        "x-python-name: class_\n",
        "x-python-name: 2class\n",
        "valuation.NameClash.class: Python name '2class' is not a Python name",
    ),
    (
        "x-python-name: class_\n",
        "x-python-name: 7\n",
        "valuation.NameClash.class: Python name '7' is not a Python name",
    ),
    (
        "x-python-name: class_\n",
        "x-python-name: _class\n",
        "valuation.NameClash.class: Python name '_class' starts with",
    ),
]


@pytest.mark.parametrize(("old", "new", "problem"), MEMBER_CASES)
def test_the_check_refuses_a_member_name_the_spec_leaves_unusable(
    spec_copy: pathlib.Path, old: str, new: str, problem: str
) -> None:
    problems = spec_problems(spec_copy, old, new)
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_the_check_refuses_a_member_named_like_a_base_member() -> None:
    """A subtype's member with a base member's Python name would replace the base's attribute."""
    spec = load(FIXTURES / "minispec")
    api = spec.openapi
    derived = "zoo.Dog"
    t = api.types[derived]
    inherited = api.all_members(t.base)[0]
    taken = naming.member_name(inherited)
    own = dataclasses.replace(t.members[0], python_name=taken)
    api.types[derived] = dataclasses.replace(t, members=(own, *t.members[1:]))
    assert consistency.check(spec) == [
        f"{derived}.{own.json_name}: Python name {taken!r} is also {inherited.json_name}'s: "
        f"give it x-python-name (e.g. {taken}_2)"
    ]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "        x-python-name: criteria_area_id\n",
            "",
            "area_get_areas: parameter criteria.areaId: Python name 'criteria.area_id' is not a Python name",
        ),
        (
            "x-python-name: criteria_area_id\n",
            "x-python-name: criteria_customer_id\n",
            "area_get_areas: parameter criteria.customerId: Python name 'criteria_customer_id' is parameter "
            "criteria.areaId's",
        ),
        (
            "x-python-name: criteria_area_id\n",
            "x-python-name: options\n",
            "area_get_areas: parameter criteria.areaId: Python name 'options' is taken: the method's **options",
        ),
        (
            "operationId: valuation_count\n",
            "operationId: valuation_get_ids\n",
            "GET /Valuation/{customerId}/Ids: operationId 'valuation_get_ids' is also GET /Valuation/{customerId}/Count's",
        ),
        (
            "operationId: valuation_count\n",
            "operationId: import\n",
            "GET /Valuation/{customerId}/Count: operationId 'import' is a Python keyword",
        ),
    ],
)
def test_the_check_refuses_unusable_argument_and_operation_names(
    spec_copy: pathlib.Path, old: str, new: str, problem: str
) -> None:
    problems = spec_problems(spec_copy, old, new)
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_the_shipped_and_fixture_specs_pass(spec_copy: pathlib.Path) -> None:
    assert consistency.check(load(spec_copy)) == []
    assert consistency.check(load(FIXTURES.parent.parent / "spec")) == []


def test_a_generator_writes_the_spec_name_even_where_its_own_rule_would_not_rename(tmp_path: pathlib.Path) -> None:
    """``tags`` is a Python name already; the spec names it ``labels``: the model says so, with the wire name."""
    spec = tmp_path / "mini"
    shutil.copytree(FIXTURES / "minispec", spec)
    path = spec / "openapi.yaml"
    text = path.read_text(encoding="utf-8")
    old = '        tags:\n          type: [array, "null"]\n'
    assert old in text
    path.write_text(text.replace(old, old + "          x-python-name: labels\n", 1), encoding="utf-8")
    source = models.generate(load(spec))["zoo.py"]
    assert re.search(
        r"""\n    labels: list\[str\] \| None \| UnsetType = field\(name=["']tags["'], default=UNSET\)\n""", source
    )
    assert "    tags:" not in source


def test_a_member_named_field_leaves_msgspecs_field_to_the_class_body(tmp_path: pathlib.Path) -> None:
    """Each model's class body calls msgspec's ``field(name=...)`` for a renamed member: a member named
    ``field`` would replace it for the members after it. The shipped spec names Vitec's ``field`` ``field_``."""
    farm = importlib.import_module("vitec_connect.models.public_advertisement").FarmSurfaces
    assert {f.name: f.encode_name for f in msgspec.structs.fields(farm)}["field_"] == "field"
    spec = tmp_path / "spec"
    shutil.copytree(FIXTURES.parent.parent / "spec", spec)
    problems = spec_problems(spec, "          x-python-name: field_\n", "")
    assert problems == [
        "public_advertisement.FarmSurfaces.field: Python name 'field' is taken: msgspec's field(), which the "
        "model's class body calls: give it x-python-name"
    ]
