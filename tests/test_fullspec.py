"""The fixture spec tests/fixtures/fullspec: every shape Vitec's API uses, read and checked like spec/.

It is what the generators, codecs, mock and CLI are measured against as they learn each shape; here:
it is valid, consistent, and holds every shape (so that a shape dropped from it is noticed).
"""

from __future__ import annotations

import collections
import importlib
import pathlib
import re
import shutil
import typing
import uuid
from decimal import Decimal
from typing import Any

import msgspec
import pytest
import xmlschema
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from codegen import consistency, kinds
from codegen.spec import Spec, SpecError, load

from .conftest import FULLSPEC


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load(FULLSPEC)


def test_fixture_is_valid_openapi_and_xsd() -> None:
    document, _ = read_from_filename(str(FULLSPEC / "openapi.yaml"))
    validate(document)
    for path in sorted((FULLSPEC / "xsd").glob("*.xsd")):
        xmlschema.XMLSchema(str(path))


def test_fixture_is_consistent_and_large_enough(spec: Spec) -> None:
    assert consistency.check(spec) == []
    assert len(spec.openapi.operations) >= 40
    assert len([t for t in spec.openapi.types.values() if t.datacontract]) >= 150


def test_fixture_has_every_member_shape(spec: Spec) -> None:
    members = [m for t in spec.openapi.types.values() if t.datacontract for m in t.members]
    scalar = {(m.kind, m.nullable) for m in members if m.kind in kinds.BY_NAME}
    for kind in kinds.KINDS:
        assert (kind.name, True) in scalar, f"no nullable {kind.name} member"
    for kind in ("boolean", "int", "long", "short", "byte", "double", "decimal", "guid", "timespan"):
        assert (kind, False) in scalar, f"no non-nullable {kind} member"
    items = {m.item_kind for m in members if m.kind == "list"}
    assert {"string", "int", "long", "double", "guid", "boolean", "enum", "object"} <= items
    assert any(m.kind == "map" for m in members)


def test_fixture_has_every_operation_shape(spec: Spec) -> None:
    ops = spec.openapi.operations
    responses = {(op.response_kind, op.response_scalar) for op in ops}
    assert {("none", None), ("binary", None), ("string", "string"), ("scalar", "boolean"), ("scalar", "int")} <= (
        responses
    )
    assert ("scalar", "long") in responses and ("scalar_list", "guid") in responses
    assert {op.body_kind for op in ops if op.body_name} == {"object", "list", "scalar_list"}
    assert {"GET", "POST", "PUT", "DELETE"} <= {op.method for op in ops}
    dotted = [p for op in ops for p in op.params if "." in p.name]
    assert dotted and all(p.python_name and p.python_name.isidentifier() for p in dotted)
    assert {p.kind for op in ops for p in op.params} >= {"string", "boolean", "datetime", "int", "guid", "double"}


def test_fixture_has_every_naming_problem(spec: Spec) -> None:
    ops = spec.openapi.operations
    wire_ids = collections.Counter(op.wire_operation_id for op in ops)
    colliding = [op for op in ops if wire_ids[op.wire_operation_id] > 1]
    assert colliding, "no two operations share Vitec's operationId"
    assert len({op.operation_id for op in ops}) == len(ops), "our operation ids are unique"
    templates = collections.Counter((op.method, _shape_of(op.path)) for op in ops)
    assert any(n > 1 for n in templates.values()), "no two path templates differ only in a parameter name"
    names = collections.Counter(t.name for t in spec.openapi.types.values())
    assert sum(1 for n in names.values() if n > 1) >= 10, "the same type name in several namespaces"
    assert "RangeOfdouble" in names and names["RangeOfdouble"] > 1
    assert any(t.name.startswith("DescriptiveIdOf") for t in spec.openapi.types.values())


def _shape_of(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


@pytest.fixture
def fullspec_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    shutil.copytree(FULLSPEC, tmp_path / "spec", ignore=shutil.ignore_patterns("*.py"))
    return tmp_path / "spec"


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        (
            "xsd/valuation.xsd",
            'name="Area" type="xs:double"',
            'name="Area" type="xs:decimal"',
            "valuation.Valuation.Area: type differs: openapi double",
        ),
        (
            "xsd/valuation.xsd",
            'name="Floors" nillable="true" type="q2:ArrayOfint"',
            'name="Floors" nillable="true" type="q2:ArrayOflong"',
            "valuation.Valuation.Floors: type differs: openapi ArrayOfint",
        ),
        (
            "xsd/arrays.xsd",
            'name="long" type="xs:long"',
            'name="long" type="xs:int"',
            "valuation.Valuation.Revisions: ArrayOflong items are <long> of int, not <long> of long",
        ),
        (
            "xsd/arrays.xsd",
            'name="double" type="xs:double"',
            'name="double" nillable="true" type="xs:double"',
            "valuation.Valuation.Measurements: item nullability differs: openapi False, XSD True",
        ),
        (
            "xsd/valuation.xsd",
            'name="Id" type="q1:guid"',
            'minOccurs="0" name="Id" nillable="true" type="q1:guid"',
            "valuation.Valuation.Id: required differs: openapi True, XSD False",
        ),
    ],
)
def test_consistency_knows_the_new_kinds(
    fullspec_copy: pathlib.Path, file: str, old: str, new: str, problem: str
) -> None:
    path = fullspec_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    problems = consistency.check(load(fullspec_copy))
    assert any(p.startswith(problem) for p in problems), problems


def test_an_unknown_format_is_refused_with_where(fullspec_copy: pathlib.Path) -> None:
    path = fullspec_copy / "openapi.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("format: int16", "format: int12", 1), encoding="utf-8")
    with pytest.raises(SpecError, match=r"format 'int12'"):
        load(fullspec_copy)


# ---------------------------------------------------------------------------------------------------
# The generated package



def test_every_kind_has_its_python_type(full: Any) -> None:
    valuation = importlib.import_module("fullconnect.models.valuation")
    duration = importlib.import_module("fullconnect._scalars").Duration
    hints = typing.get_type_hints(valuation.Valuation, include_extras=True)
    assert hints["id"] is uuid.UUID
    assert hints["commission_rate"] is Decimal and hints["area"] is float
    assert hints["duration"] is duration and hints["document"] == bytes | None | msgspec.UnsetType
    assert hints["attributes"] == dict[str, str | None] | None | msgspec.UnsetType
    assert hints["related_ids"] == list[uuid.UUID] | None | msgspec.UnsetType
    assert (
        typing.get_args(typing.get_args(hints["revisions"])[0])[0]
        == typing.Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]
    )
    floor = hints["floor"]
    assert typing.get_origin(floor) is typing.Annotated
    assert [(m.ge, m.le) for m in floor.__metadata__] == [(-32768, 32767)]


def test_ranged_integers_are_enforced_when_decoding(full: Any) -> None:
    valuation = importlib.import_module("fullconnect.models.valuation")
    ok = msgspec.json.decode(b'{"min": 1, "max": 2}', type=valuation.RangeOfdouble)
    assert (ok.min, ok.max) == (1.0, 2.0)
    comparable = importlib.import_module("fullconnect.models.models_api").DescriptiveIdOfshort
    assert msgspec.json.decode(b'{"id": -32768}', type=comparable).id == -32768
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(b'{"id": 32768}', type=comparable)


def test_operations_carry_every_shape(full: Any) -> None:
    ops = importlib.import_module("fullconnect._api.operations").OPERATIONS
    assert len(ops) == 62
    assert ops["valuation_put"].response is None
    assert ops["crm_file_get_file"].response is bytes
    assert ops["valuation_count"].response is int and ops["crm_bid_delete"].response is bool
    assert ops["valuation_get_ids"].response == list[uuid.UUID]
    assert ops["crm_project_add_estate_connections"].body == list[str]
    daily = importlib.import_module("fullconnect.models.hits_public_advertisement").DailyEstateHit
    assert ops["public_advertising_estate_daily_hits"].body == list[daily]
    params = {p.name: p.python_name for p in ops["area_get_areas"].params}
    assert params == {"criteria.areaId": "criteria_area_id", "criteria.customerId": "criteria_customer_id"}
    resources = importlib.import_module("fullconnect._api.operations")
    # one .NET action at two routes: the one naming the customer takes the action's name
    assert ops["viewing_get_by_customer_id_estate_id"].python_name == "get"
    assert ops["viewing_get_by_estate_id"].python_name == "get_without_customer"
    assert hasattr(resources.ViewingResource, "get") and hasattr(resources.ViewingResource, "get_without_customer")
