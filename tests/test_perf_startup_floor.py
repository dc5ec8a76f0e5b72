"""The first-call benchmark's comparisons (bench/first_floor.py, bench/first_layout.py, the XML probe):
the floor is made of the same shapes as the models, each probe measures what it says, on a handful of
operations (structure and behaviour only, never timings)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
from typing import Any

import msgspec
import pytest

from bench import _first_call, data, first_floor, first_layout, imports

#: A handful spread over the kinds a first call meets: 48 classes over several namespaces (estate), a
#: polymorphic result (CrmContact and its subtypes), a list result with an enum parameter, a body with a
#: text result, a bare boolean.
OPERATIONS = (
    "estate_get_farm",
    "get_contact",
    "business_intelligence_office_statistics",
    "contacts_update_person",
    "crm_bid_delete",
)

SHAPES = r"""
import enum, importlib, json, sys
import msgspec
sys.path.insert(0, sys.argv[1])
out = {}
for module in sys.argv[2:]:
    for name, c in vars(importlib.import_module(module)).items():
        if isinstance(c, type) and c.__module__ == module:
            if issubclass(c, enum.Enum):
                out[name] = [m.value for m in c]
            else:
                out[name] = [[f.name, f.encode_name, f.required] for f in msgspec.structs.fields(c)]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def all_cases() -> dict[str, Any]:
    return _first_call.cases("vitec_connect")


@pytest.fixture(scope="module")
def floors(
    tmp_path_factory: pytest.TempPathFactory, all_cases: dict[str, Any]
) -> tuple[pathlib.Path, dict[str, Any], dict[str, Any]]:
    """The cases of OPERATIONS and their floor modules, written and compiled."""
    cases = {op_id: case for op_id, case in all_cases.items() if op_id in OPERATIONS}
    folder = tmp_path_factory.mktemp("floor")
    path = first_floor.write(cases, folder)
    return folder, cases, json.loads(path.read_text(encoding="utf-8"))


def _ours(made_from: str) -> type:
    import importlib

    module, name = made_from.split(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _shapes(folder: pathlib.Path, modules: list[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", SHAPES, str(folder), *modules], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("prefix", list(first_floor.VARIANTS))
@pytest.mark.parametrize("op_id", OPERATIONS)
def test_the_floor_has_the_shapes_of_the_models(floors: Any, op_id: str, prefix: str) -> None:
    """Every class a call reaches is in the floor with the same members, wire names and required ones
    (the models' hidden unknown-content field aside), every enum with the same values."""
    import enum

    from vitec_connect._types import UNKNOWN_FIELD

    folder, _, probes = floors
    probe = probes[op_id]
    modules = [prefix + probe[m] for m in ("body_module", "call_module") if probe[m]]
    shapes = _shapes(folder, modules)
    assert set(shapes) == set(probe["made_from"])
    for name, made_from in probe["made_from"].items():
        ours = _ours(made_from)
        if issubclass(ours, enum.Enum):
            assert shapes[name] == [m.value for m in ours], name
        else:
            fields = [[f.name, f.encode_name, f.required] for f in msgspec.structs.fields(ours)]
            assert shapes[name] == [f for f in fields if f[0] != UNKNOWN_FIELD], name


def test_the_floor_reaches_what_the_call_reaches(floors: Any) -> None:
    """The result's classes, its subtypes and enum parameters; the body's in a module of their own (made
    before the clock, as a caller makes the body)."""
    _, _, probes = floors
    reached = {op_id: {m.split(":")[1] for m in p["made_from"].values()} for op_id, p in probes.items()}
    assert {"Farm", "MarketedAs", "CommissionType"} <= reached["estate_get_farm"]
    assert len(reached["estate_get_farm"]) == probes["estate_get_farm"]["classes"] > 40
    assert {"CrmContact", "CrmPersonContact", "CrmCompanyContact", "CrmDeceasedEstateContact"} <= reached["get_contact"]
    assert "Assignment" in reached["business_intelligence_office_statistics"]  # (the enum parameter)
    update = probes["contacts_update_person"]
    assert update["body_module"] and update["call_module"] is None and update["classes"] == 0
    assert probes["crm_bid_delete"]["made_from"] == {} and probes["crm_bid_delete"]["call_module"] is None


def test_the_eager_floor_makes_each_class_after_those_it_names(floors: Any) -> None:
    """The variant without ``from __future__ import annotations`` names a class not yet made by a string
    only (a cycle), and the text variant is all text."""
    folder, _, probes = floors
    call = probes["estate_get_farm"]["call_module"]
    eager = (folder / f"e{call}.py").read_text(encoding="utf-8")
    text = (folder / f"f{call}.py").read_text(encoding="utf-8")
    assert "from __future__ import annotations" in text and "from __future__" not in eager
    assert eager.count('"') < text.count("field(name=") * 2 + 20  # (quoted annotations are the exception)
    assert (folder / "__pycache__").is_dir()  # (compiled, as the package is)


def test_the_floor_decodes_what_our_json_writes(floors: Any) -> None:
    """The floor's decoder reads a full contact our JSON writes and writes it back the same (as its
    subtype: the floor makes the subtypes but decodes the declared type, as msgspec alone would)."""
    from vitec_connect import json as vjson

    folder, _, probes = floors
    module = "e" + probes["get_contact"]["call_module"]
    body = vjson.encode(data.contact(1))
    code = (
        "import sys, msgspec, importlib; sys.path.insert(0, sys.argv[1]); "
        f"tp = importlib.import_module({module!r}).CrmPersonContact; "
        "sys.stdout.buffer.write(msgspec.json.encode(msgspec.json.decode(sys.argv[2].encode(), type=tp)))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(folder), body.decode()], capture_output=True, check=True)
    assert json.loads(done.stdout) == json.loads(body)


def test_every_kind_of_first_call_is_measured_in_the_same_rounds() -> None:
    """JSON, XML and both floors, for each sampled operation, nothing failed."""
    extras, failed = imports.first_call_extras(None, "vitec_connect", 1, sample=3, kinds=imports.KINDS)
    assert failed == {}
    assert set(extras) == set(imports.KINDS)
    assert len({frozenset(v) for v in extras.values()}) == 1 and len(extras["json"]) == 3
    assert all(len(runs) == 1 for kind in extras.values() for runs in kind.values())


def test_a_kind_can_be_measured_in_fewer_rounds() -> None:
    """(A full run measures the text-annotation floor once, to keep its time.)"""
    spent: dict[str, float] = {}
    extras, failed = imports.first_call_extras(
        None, "vitec_connect", 2, sample=2, kinds=("floor", "floor_text"), spent=spent, fewer={"floor_text": 1}
    )
    assert failed == {} and set(spent) == {"floor", "floor_text"}
    assert [len(v) for v in extras["floor"].values()] == [2, 2]
    assert [len(v) for v in extras["floor_text"].values()] == [1, 1]


def test_the_xml_answer_is_the_same_value_as_the_json_one(all_cases: dict[str, Any]) -> None:
    """The XML probe answers with our XML encoder's writing of the JSON answer's value; the XML client
    reads it as the JSON client reads its own."""
    from vitec_connect import json as vjson
    from vitec_connect import xml as vxml
    from vitec_connect._api import operations

    for op_id in OPERATIONS:
        case, tp = all_cases[op_id], operations.operation(op_id).response
        as_json = vjson.decode(case["answer"].encode("latin-1"), type=tp)
        assert vxml.decode(case["xml_answer"].encode("latin-1"), type=tp) == as_json, op_id
        assert case["xml_answer"].startswith("<"), op_id


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_probe_calls_in_either_format(tmp_path: pathlib.Path, all_cases: dict[str, Any], fmt: str) -> None:
    """The probe's first call imports the group and its models in the format given."""
    cases = {"estate_get_farm": all_cases["estate_get_farm"]}
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    probe = pathlib.Path(_first_call.__file__)
    argv = [sys.executable, str(probe), "-", "vitec_connect", str(path), "estate_get_farm", fmt]
    first, later, imported = json.loads(subprocess.run(argv, capture_output=True, check=True, text=True).stdout)
    assert first > 0 and later > 0 and imported > 0


def test_the_layouts_hold_the_same_classes(tmp_path: pathlib.Path) -> None:
    """One module of N classes and N modules of one each make the same classes; the figures come with
    their range."""
    first_layout.write(tmp_path, 3)
    one, many = _shapes(tmp_path, ["layout_one"]), _shapes(tmp_path, [f"layout_m{i}" for i in range(3)])
    assert one == many and len(one) == 3
    assert all(len(fields) == 8 for fields in one.values())
    assert _shapes(tmp_path, ["layout_empty"]) == {}
    assert _shapes(tmp_path, ["layout_enums"]) == {f"Enum{i}": [f"Member{m}" for m in range(5)] for i in range(3)}
    result = first_layout.measure(classes=3, rounds=1)
    for key in ("per_class", "per_module", "per_enum", "ours_class", "ours_enum"):
        assert result[f"{key}_low"] <= result[key] <= result[f"{key}_high"]
    assert set(result["imports"]) == {"empty", "one", "many", "enums", "ours_empty", "ours_one", "ours_enums"}
