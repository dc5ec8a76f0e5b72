"""Acceptance: importing a Swagger description plus the seed pages twice gives identical spec/ files, and
the five seed operations come out as today's hand-written spec: the same operations and models (names,
members, kinds, namespaces, element order, limits) and the same bytes on the wire for every sample.

"Today's" is the spec the seed pages (tests/fixtures/docs/base/) were written against,
tests/fixtures/docs/spec/: a real page change applied to spec/ leaves this as it was.

The Swagger document is the tests' own (tests/test_importer.py: two of the seeds' routes, invented
types); Vitec's 2020 description is not part of the repository.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import pathlib
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest

from codegen import generate
from codegen.importer import cli, write
from codegen.spec import Spec, load, type_qname
from codegen.spec.openapi import read_yaml

from .conftest import PINNED_SPEC, ROOT, SPEC, sample_type
from .test_importer import SWAGGER, seeds

SEED_OPERATIONS = ("get_contact_leads", "get_incoming_lead", "create_person_lead", "get_tips_and_leads_report",
                   "get_contact")  # fmt: skip


def imported_files() -> dict[str, str]:
    return write.files(cli.run(copy.deepcopy(SWAGGER), seeds(), [], cli.load_overrides(SPEC)))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("imported") / "spec"
    for rel, text in imported_files().items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
    return out


def test_importing_twice_gives_identical_files(imported: pathlib.Path) -> None:
    again = imported_files()
    assert again == {
        p.relative_to(imported).as_posix(): p.read_text(encoding="utf-8") for p in imported.rglob("*") if p.is_file()
    }


def closure(spec: Spec, roots: list[str]) -> list[str]:
    seen: list[str] = []
    todo = list(roots)
    while todo:
        c = todo.pop()
        if c in seen or c not in spec.openapi.types:
            continue
        seen.append(c)
        t = spec.openapi.types[c]
        todo += [m.ref for m in t.members if m.ref] + spec.openapi.subtypes(c) + ([t.base] if t.base else [])
    return sorted(seen)


def shape(spec: Spec) -> dict[tuple[str, str], Any]:
    """What the generated models and the wire depend on, for the seed operations and every type they reach."""
    out: dict[tuple[str, str], Any] = {}
    ops = {o.operation_id: o for o in spec.openapi.operations}
    roots: list[str] = []
    for name in SEED_OPERATIONS:
        o = ops[name]
        params = tuple((p.name, p.location, p.kind, p.ref, p.required, p.separator, p.max_items) for p in o.params)
        out[("operation", name)] = (o.method, o.path, o.tag, params, o.body, o.body_kind, o.body_required,
                                    o.body_name, o.response_kind, o.response_ref, o.response_scalar,
                                    o.max_date_range)  # fmt: skip
        roots += [r for r in (o.body, o.response_ref, *(p.ref for p in o.params)) if r]
    for c in closure(spec, roots):
        t = spec.openapi.types[c]
        qname = type_qname(spec, t)
        x = spec.xsd.types.get(qname)
        members = tuple((m.json_name, m.xml_name, m.kind, m.ref, m.item_kind, m.nullable, m.required, m.max_length,
                         m.item_nullable) for m in t.members)  # fmt: skip
        elements = tuple((e.name, e.type_ns, e.type_name, e.nillable, e.min_occurs, e.max_occurs, e.max_length)
                         for e in x.elements) if x is not None else None  # fmt: skip
        out[("type", c)] = (t.kind, qname, t.base, t.enum_values, t.discriminator, t.discriminator_mapping,
                            members, elements)  # fmt: skip
    return out


def test_the_seed_operations_and_their_models_are_todays(imported: pathlib.Path) -> None:
    today, now = shape(load(PINNED_SPEC)), shape(load(imported))  # the spec the seed pages were written against
    assert len(today) == 59  # 5 operations, 54 types
    different = {k: (today.get(k), now.get(k)) for k in today.keys() | now.keys() if today.get(k) != now.get(k)}
    assert different == {}


@pytest.fixture(scope="module")
def package(imported: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The imported spec generated and assembled with runtime/ as the package ``importedconnect``."""
    folder = tmp_path_factory.mktemp("importedpkg")
    pkg = folder / "importedconnect"
    shutil.copytree(ROOT / "runtime", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    for rel, text in generate.build(imported).items():
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        (pkg / rel).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("importedconnect")
    finally:
        sys.path.remove(str(folder))


def twin(package: Any, tp: Any) -> Any:
    """The imported package's class of the same module and name as one of vitec_connect's."""
    if tp is str:
        return str
    if getattr(tp, "__origin__", None) is list:
        return list[twin(package, tp.__args__[0])]  # type: ignore[misc]
    module = importlib.import_module(tp.__module__.replace("vitec_connect", "importedconnect", 1))
    return getattr(module, tp.__name__)


@pytest.mark.parametrize("sample", sorted((PINNED_SPEC / "samples").glob("*.*")), ids=lambda p: p.name)
def test_the_same_bytes_on_the_wire(package: Any, sample: pathlib.Path) -> None:
    from vitec_connect import json, xml

    data, tp = sample.read_bytes(), sample_type(sample)
    theirs = twin(package, tp)
    if sample.suffix == ".xml":
        ours = xml.encode(xml.decode(data, type=tp, strict=True), type=tp)
        assert package.xml.encode(package.xml.decode(data, type=theirs, strict=True), type=theirs) == ours
    else:
        ours = json.encode(json.decode(data, type=tp, strict=True))
        got = package.json.encode(package.json.decode(data, type=theirs, strict=True))
        assert got == ours and msgspec.json.decode(got) is not None


def test_the_pages_samples_are_written_as_the_pages_show_them(imported: pathlib.Path) -> None:
    written = sorted((imported / "samples").glob("*.*"))
    assert written
    for path in written:
        assert path.read_bytes() == (PINNED_SPEC / "samples" / path.name).read_bytes(), path.name


def test_every_xsd_type_and_root_of_todays_spec_is_imported(imported: pathlib.Path) -> None:
    """Also the ``ArrayOf`` of a list result (``ArrayOfCrmContactLead``), which no member uses."""
    today, now = load(PINNED_SPEC).xsd, load(imported).xsd
    undocumented = {k: dataclasses.replace(t, documentation="") for k, t in now.types.items()}
    for key, t in sorted(today.types.items()):
        assert undocumented.get(key) == dataclasses.replace(t, documentation=""), key
    assert today.global_elements <= now.global_elements


def texts(doc: dict[str, Any]) -> dict[tuple[Any, ...], str]:
    """Every summary and description of an OpenAPI document by where it sits (a parameter by its name,
    a parameter reference by the name of the parameter it names)."""
    shared = doc.get("components", {}).get("parameters", {})
    out: dict[tuple[Any, ...], str] = {}

    def walk(node: Any, at: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("summary", "description") and isinstance(v, str):
                    out[(*at, k)] = v
                elif at[:2] != ("components", "parameters"):
                    walk(v, (*at, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, dict) and "$ref" in v and "/parameters/" in v["$ref"]:
                    v = shared[v["$ref"].rsplit("/", 1)[1]]
                walk(v, (*at, v.get("name", i) if isinstance(v, dict) else i))

    walk(doc, ())
    return out


@pytest.mark.parametrize("where", ["imported", "spec"])
def test_the_seed_operations_texts_are_todays(imported: pathlib.Path, where: str) -> None:
    """The hand-written spec's texts (Swedish, English in brackets), its version and tag texts come out
    where they were: spec/descriptions.yaml keeps them, as the sources' own sentences are not taken."""
    folder = imported if where == "imported" else SPEC
    today = texts(read_yaml((PINNED_SPEC / "openapi.yaml").read_text(encoding="utf-8")))
    now = texts(read_yaml((folder / "openapi.yaml").read_text(encoding="utf-8")))
    assert len(today) > 250
    assert {k: (v, now.get(k)) for k, v in today.items() if now.get(k) != v} == {}
    doc = read_yaml((folder / "openapi.yaml").read_text(encoding="utf-8"))
    assert doc["info"]["version"] == "2025.11"
