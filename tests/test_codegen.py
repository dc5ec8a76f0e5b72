"""The generators: drift check, golden record of a fixture spec, functional round trip, spec changes."""

from __future__ import annotations

import importlib
import os
import pathlib
import shutil
import sys
import typing
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest
from msgspec import UnsetType

from codegen import generate
from codegen import models as models_generator
from codegen import xml_models as xml_models_generator
from codegen.spec import load

from .conftest import FIXTURES, ROOT, SPEC

MINISPEC = FIXTURES / "minispec"
GOLDEN = FIXTURES / "golden" / "minispec"
MODULES = ("north", "south", "east", "west")  # of tests/fixtures/dcg_edges


@pytest.fixture(scope="module")
def built() -> dict[str, str]:
    return generate.build(SPEC)


def test_generated_is_current(built: dict[str, str]) -> None:
    """What is committed under generated/ is exactly what spec/ generates (the drift check)."""
    assert generate.diff(built, generate.current(ROOT / "generated")) == []


def test_generation_is_deterministic(built: dict[str, str]) -> None:
    assert generate.build(SPEC) == built


def _golden_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    """The fixture spec's committed output, to check as the drift check checks generated/ (a small spec:
    the check's behaviour does not depend on the spec's size, and the whole API's build takes a minute)."""
    out = tmp_path / "generated"
    shutil.copytree(GOLDEN, out, ignore=shutil.ignore_patterns("__pycache__"))
    return out


def test_drift_check_fails_on_a_hand_edit(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _golden_copy(tmp_path)
    assert generate.main(["--check", "--spec", str(MINISPEC), "--out", str(out)]) == 0
    target = out / "models" / "zoo.py"
    data = bytearray(target.read_bytes())
    data[data.index(b"class ") + 6] ^= 0x20  # flip one byte
    target.write_bytes(bytes(data))
    capsys.readouterr()
    assert generate.main(["--check", "--spec", str(MINISPEC), "--out", str(out)]) == 1
    report = capsys.readouterr().out
    assert "generated/models/zoo.py (committed)" in report
    assert "run `nox -s generate`" in report


def test_drift_check_fails_on_an_extra_or_missing_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _golden_copy(tmp_path)
    (out / "models" / "stray.py").write_text("x = 1\n")
    (out / "_api" / "operations.py").unlink()
    args = ["--spec", str(MINISPEC), "--out", str(out)]
    assert generate.main(["--check", *args]) == 1
    report = capsys.readouterr().out
    assert "generated/models/stray.py: not written by the generators" in report
    assert "generated/_api/operations.py: missing" in report
    # and a regeneration repairs both
    assert generate.main(args) == 0
    assert generate.main(["--check", *args]) == 0


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
    assert {"models/toys.py", "_api/xml_tables/toys.py", "_api/constraints.py", "xml_models/toys.py"} <= changed
    assert "colour: str | None | UnsetType = UNSET" in after["models/toys.py"]
    assert 'XmlMember(\n                element="Colour",\n                json_name="colour",\n                kind="string",\n            )' in after["_api/xml_tables/toys.py"]
    assert 'Constraint(\n                attr="label",\n                json_name="label",\n                xml_name="Label",\n                max_length=5,\n            )' in after["_api/constraints.py"]


def test_generated_tables_are_keyword_calls() -> None:
    """Every row of the generated tables names its values: no positional argument in a table constructor, and
    no tuple of constants standing for a record. A tuple declared variadic (``tuple[str, ...]``: a list of
    module names, say) is a sequence, not a row."""
    import ast

    from vitec_connect import _schema

    def variadic(annotation: ast.expr) -> bool:
        return any(isinstance(n, ast.Constant) and n.value is Ellipsis for n in ast.walk(annotation))

    paths = sorted((ROOT / "generated").rglob("*.py")) + sorted(GOLDEN.rglob("*.py"))
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sequences = {
            id(n) for a in ast.walk(tree) if isinstance(a, ast.AnnAssign) and a.value and variadic(a.annotation)
            for n in ast.walk(a.value)
        }  # fmt: skip
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _schema.__all__:
                assert not node.args, f"{path.name}:{node.lineno}: {node.func.id}(...) has positional arguments"
            if isinstance(node, ast.Tuple) and node.elts and all(isinstance(e, ast.Constant) for e in node.elts):
                same_type = len({type(e.value) for e in node.elts}) == 1  # type: ignore[attr-defined]
                if id(node) in sequences and same_type:
                    continue
                assert len(node.elts) < 3, f"{path.name}:{node.lineno}: a positional tuple row"


def test_generation_refuses_an_inconsistent_spec(tmp_path: pathlib.Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(MINISPEC, spec)
    xsd = spec / "xsd" / "toys.xsd"
    xsd.write_text(xsd.read_text().replace('name="Label"', 'name="Labels"'))
    with pytest.raises(SystemExit, match=r"toys\.Toy\.Label: in openapi\.yaml, missing in toys\.xsd"):
        generate.build(spec)


@pytest.fixture(scope="module")
def edges(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The models of tests/fixtures/dcg_edges in a package of their own, beside copies of runtime/_types.py
    and the _timestamp.py it imports (all they import)."""
    tmp = tmp_path_factory.mktemp("edges")
    files = models_generator.generate(load(FIXTURES / "dcg_edges"))
    pkg = tmp / "edges"
    (pkg / "models").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    for module in ("_types.py", "_timestamp.py"):  # what the models import, and what that imports
        shutil.copy(ROOT / "runtime" / module, pkg / module)
    (pkg / "models" / "__init__.py").write_text("")
    for name, text in generate._format({f"models/{k}": v for k, v in files.items()}).items():
        (pkg / name).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp))
    try:
        yield {
            "files": files,
            "types": importlib.import_module("edges._types"),
            **{m: importlib.import_module(f"edges.models.{m}") for m in MODULES},
        }
    finally:
        sys.path.remove(str(tmp))
        for mod in [m for m in sys.modules if m == "edges" or m.startswith("edges.")]:
            del sys.modules[mod]


class TestModelGeneratorEdges:
    """tests/fixtures/dcg_edges: shapes that once broke codegen/models.py, generated and imported."""

    def test_every_internal_module_is_shipped_and_typed(self, edges: dict[str, Any]) -> None:
        """Two separate module cycles give _internal.py and _internal_1.py; timestamps are typed in both."""
        assert {"_internal.py", "_internal_1.py"} <= set(edges["files"])
        timestamp = edges["types"].LazyTimestamp  # (the wire text until read: Timestamp to type checkers)
        for cls, attr in (
            (edges["north"].Ship, "sailed_at"),
            (edges["east"].Crane, "lifted_at"),
            (edges["west"].Yard, "opened_at"),
        ):
            assert typing.get_type_hints(cls, include_extras=True)[attr] == timestamp | None | UnsetType, cls

    def test_a_description_ending_in_a_quote_is_escaped(self, edges: dict[str, Any]) -> None:
        assert edges["north"].Ship.__doc__ == 'A ship, called "Argo"'
        assert edges["east"].Answer.__doc__ == 'One of "Yes", "No" or "None"'
        assert 'Left port at "dawn\\""""' in edges["files"]["_internal_1.py"] + edges["files"]["_internal.py"]

    def test_an_enum_value_none_gets_a_python_name(self, edges: dict[str, Any]) -> None:
        answer = edges["east"].Answer
        assert answer("None") is answer.None_
        assert answer.None_.value == "None"
        assert [m.value for m in answer] == ["Yes", "No", "None"]

    def test_same_named_types_keep_their_own_member_order(self, edges: dict[str, Any]) -> None:
        """north.Cargo and south.Cargo have the same members in different orders: each encodes in its own."""
        north = edges["north"].Cargo(weight=1, label="l", owner="o")
        south = edges["south"].Cargo(weight=1, label="l", owner="o")
        assert msgspec.json.encode(north) == b'{"weight":1,"label":"l","owner":"o"}'
        assert msgspec.json.encode(south) == b'{"owner":"o","weight":1,"label":"l"}'


def test_same_named_xsdata_classes_of_a_namespace_cycle_stay_apart(tmp_path: pathlib.Path) -> None:
    """dcg_edges/xsd: north and south refer to each other (one module, north.py) and both have a Cargo.
    south's is named SouthCargo there and re-exported by south.py as Cargo; each writes its own namespace."""
    from lxml import etree
    from xsdata.formats.dataclass.serializers import XmlSerializer
    from xsdata.formats.dataclass.serializers.config import SerializerConfig

    built = xml_models_generator.generate(load(FIXTURES / "dcg_edges"))
    files = generate._format({f"xml_models/{k}": v for k, v in built.items() if k != "__init__.py"})
    assert "from .north import SouthCargo as Cargo" in files["xml_models/south.py"]
    pkg = tmp_path / "edges_xml"
    (pkg / "xml_models").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "xml_models" / "__init__.py").write_text("")
    for rel, text in files.items():
        (pkg / rel).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        north = importlib.import_module("edges_xml.xml_models.north")
        south = importlib.import_module("edges_xml.xml_models.south")
        assert south.Cargo is north.SouthCargo and south.Cargo is not north.Cargo
        assert south.Harbour is north.Harbour
        serializer = XmlSerializer(config=SerializerConfig(xml_declaration=False))
        for cls, ns in ((north.Cargo, "Edges.North"), (south.Cargo, "Edges.South")):
            root = etree.fromstring(serializer.render(cls(weight=1)).encode())
            assert root.tag == f"{{http://schemas.datacontract.org/2004/07/{ns}}}Cargo"
    finally:
        sys.path.remove(str(tmp_path))
        for mod in [m for m in sys.modules if m == "edges_xml" or m.startswith("edges_xml.")]:
            del sys.modules[mod]


@pytest.mark.parametrize("module", ["models.py", "xml_models.py", "api.py", "xml_tables.py", "generate.py", "assemble.py"])
def test_model_generation_edits_no_generator_output(module: str) -> None:
    """codegen/ ships datamodel-code-generator's, xsdata's and our templates' text as written: the modules that
    run or render them make no regular-expression or AST pass over it (ruff formats it, nothing else)."""
    source = (ROOT / "codegen" / module).read_text(encoding="utf-8")
    for forbidden in ("import re\n", "import ast\n", "from re import", "from ast import", "import re as", "import ast as"):
        assert forbidden not in source, f"codegen/{module}: {forbidden.strip()}"
