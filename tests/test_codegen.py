"""The generators: drift check, golden record of a fixture spec, functional round trip, spec changes."""

from __future__ import annotations

import importlib
import os
import pathlib
import shutil
import sys

import pytest

from codegen import generate

from .conftest import FIXTURES, ROOT, SPEC

MINISPEC = FIXTURES / "minispec"
GOLDEN = FIXTURES / "golden" / "minispec"


@pytest.fixture(scope="module")
def built() -> dict[str, str]:
    return generate.build(SPEC)


def test_generated_is_current(built: dict[str, str]) -> None:
    """What is committed under generated/ is exactly what spec/ generates (the drift check)."""
    assert generate.diff(built, generate.current(ROOT / "generated")) == []


def test_generation_is_deterministic(built: dict[str, str]) -> None:
    assert generate.build(SPEC) == built


def test_drift_check_fails_on_a_hand_edit(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__"))
    assert generate.main(["--check", "--out", str(out)]) == 0
    target = out / "models" / "crm_contact.py"
    data = bytearray(target.read_bytes())
    data[data.index(b"maxLength") if b"maxLength" in data else data.index(b"class ") + 6] ^= 0x20  # flip one byte
    target.write_bytes(bytes(data))
    capsys.readouterr()
    assert generate.main(["--check", "--out", str(out)]) == 1
    report = capsys.readouterr().out
    assert "generated/models/crm_contact.py (committed)" in report
    assert "run `nox -s generate`" in report


def test_drift_check_fails_on_an_extra_or_missing_file(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__"))
    (out / "models" / "stray.py").write_text("x = 1\n")
    (out / "_api" / "operations.py").unlink()
    assert generate.main(["--check", "--out", str(out)]) == 1
    report = capsys.readouterr().out
    assert "generated/models/stray.py: not written by the generators" in report
    assert "generated/_api/operations.py: missing" in report
    # and a regeneration repairs both
    assert generate.main(["--out", str(out)]) == 0
    assert generate.main(["--check", "--out", str(out)]) == 0


def test_golden_record_of_the_fixture_spec() -> None:
    """The generators' output for tests/fixtures/minispec is committed; UPDATE_GOLDEN=1 rewrites it."""
    files = generate.build(MINISPEC)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, text in files.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
    assert generate.diff(files, generate.current(GOLDEN)) == []


def _assemble(tmp_path: pathlib.Path, name: str, files: dict[str, str]) -> pathlib.Path:
    """runtime/ plus generated files as one package called ``name``."""
    pkg = tmp_path / name
    shutil.copytree(ROOT / "runtime", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    for rel, text in files.items():
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        (pkg / rel).write_text(text, encoding="utf-8")
    return pkg


def _import(tmp_path: pathlib.Path, name: str) -> object:
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(tmp_path))


def test_fixture_spec_generates_a_working_package(tmp_path: pathlib.Path) -> None:
    """Generated from a small spec, imported under another name, round-tripped in both formats."""
    _assemble(tmp_path, "minipets", generate.build(MINISPEC))
    pkg = _import(tmp_path, "minipets")
    models = importlib.import_module("minipets.models")
    xml = importlib.import_module("minipets.xml")
    json = importlib.import_module("minipets.json")
    assert pkg.__name__ == "minipets"
    zoo = models.zoo
    dog = zoo.Dog(name="Rex", kind=zoo.Kind.Dog, tags=["a", "b"], toys=[], good_boy=True, age=-3)
    data = xml.encode(dog)
    assert data == (
        b'<Pet xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:type="Dog" '
        b'xmlns="http://schemas.datacontract.org/2004/07/Mini.Zoo">'
        b"<Kind>Dog</Kind><Name>Rex</Name>"
        b'<Tags xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays">'
        b"<d2p1:string>a</d2p1:string><d2p1:string>b</d2p1:string></Tags>"
        b'<Toys xmlns:d2p1="http://schemas.datacontract.org/2004/07/Mini.Toys" />'
        b"<Age>-3</Age><GoodBoy>true</GoodBoy></Pet>"
    )
    assert xml.decode(data, type=zoo.Pet) == dog
    assert json.decode(json.encode(dog), type=zoo.Pet) == dog
    for mod in [m for m in sys.modules if m == "minipets" or m.startswith("minipets.")]:
        del sys.modules[mod]


def test_a_spec_change_flows_into_every_artifact(tmp_path: pathlib.Path) -> None:
    """Changing one field in spec/ changes the models, the XML tables and the constraints together."""
    spec = tmp_path / "spec"
    shutil.copytree(MINISPEC, spec)
    before = generate.build(spec)
    api = spec / "openapi.yaml"
    api.write_text(api.read_text().replace("label: {type: [string, \"null\"], description: Label.}",
                                           "label: {type: [string, \"null\"], maxLength: 5, description: Label.}\n"
                                           "        colour: {type: [string, \"null\"], description: Colour.}"))  # fmt: skip
    xsd = spec / "xsd" / "toys.xsd"
    xsd.write_text(xsd.read_text().replace(
        '<xs:element minOccurs="0" name="Label" nillable="true" type="xs:string" />',
        '<xs:element minOccurs="0" name="Colour" nillable="true" type="xs:string" />\n'
        '      <xs:element minOccurs="0" name="Label" nillable="true">'
        '<xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="5" /></xs:restriction></xs:simpleType></xs:element>',
    ))  # fmt: skip
    after = generate.build(spec)
    changed = {rel for rel in after if after[rel] != before.get(rel)}
    assert {"models/toys.py", "_api/xml_tables.py", "_api/constraints.py", "xml_models/_dataclasses.py"} <= changed
    assert "colour: str | None | UnsetType = UNSET" in after["models/toys.py"]
    assert 'XmlMember("Colour", "colour", "string")' in after["_api/xml_tables.py"]
    assert '("label", "label", "Label", False, None, 5, None)' in after["_api/constraints.py"]


def test_generation_refuses_an_inconsistent_spec(tmp_path: pathlib.Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(MINISPEC, spec)
    xsd = spec / "xsd" / "toys.xsd"
    xsd.write_text(xsd.read_text().replace('name="Label"', 'name="Labels"'))
    with pytest.raises(SystemExit, match=r"toys\.Toy\.Label: in openapi\.yaml, missing in toys\.xsd"):
        generate.build(spec)
