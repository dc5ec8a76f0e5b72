from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import pathlib
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: each worker builds its own
    fcntl = None  # type: ignore[assignment]

_ROOT = pathlib.Path(__file__).resolve().parent.parent


def _check_the_editable_install() -> None:
    """An editable install links each module into build/__editable__.*/ once: a module added since is not
    importable from it. Say so, instead of failing with an ImportError deep in some test."""
    spec = importlib.util.find_spec("vitec_connect")  # finds the package without running it
    if spec is None or spec.origin is None:
        return
    linked = pathlib.Path(spec.origin).parent
    if "__editable__" not in str(linked) or pathlib.Path(spec.origin).resolve().parent != _ROOT / "runtime":
        return
    trees = {linked: _ROOT / "runtime", **{linked / sub: _ROOT / "generated" / sub for sub in ("models", "_api")}}
    missing = sorted(
        f"{src.relative_to(_ROOT)}"
        for dst, tree in trees.items()
        for src in tree.rglob("*.py")  # subpackages too (runtime/xml/, generated/_api/resources/, ...)
        if "__pycache__" not in src.parts and not (dst / src.relative_to(tree)).exists()
    )
    if missing:
        pytest.exit(
            f"new modules since the editable install: {', '.join(missing)}; run `pip install -e '.[dev]'` again",
            returncode=4,
        )


_check_the_editable_install()  # before anything imports vitec_connect

from vitec_connect import models  # noqa: E402
from vitec_connect.xml import _read as _xml_read  # noqa: E402

#: The suite reads XML with the fast reader from the first document of a root (a program does once that
#: root's documents come to FAST_AFTER_BYTES), so every decode a test makes covers it, falling back to the
#: tree reader as before; tests/test_xml_fast.py tests the threshold itself.
_xml_read.FAST_AFTER_BYTES = 0

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
SAMPLES = SPEC / "samples"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
#: openapi.yaml, xsd/, samples/ as the docs fixture pages (fixtures/docs/) were written against: the docs tests
#: compare those pages with this, so a real page change applied to spec/ leaves them as they were
PINNED_SPEC = FIXTURES / "docs" / "spec"

#: sample file prefix -> the type it holds
SAMPLE_TYPES = {
    "get_contact_leads.response": list[models.CrmContactLead],
    "get_incoming_lead.response": models.IncomingLead,
    "create_person_lead.request": models.PublicAdvertisingPersonLead,
    "create_person_lead.response": str,
    "get_tips_and_leads_report.response": models.TipsAndLeadsReport,
    "get_contact.response": models.CrmContact,
}


def sample_type(path: pathlib.Path) -> object:
    for prefix, tp in SAMPLE_TYPES.items():
        if path.name.startswith(prefix + "."):
            return tp
    raise KeyError(path.name)


def strip_ws(xml: bytes) -> bytes:
    """Remove whitespace between tags (the pages' samples are indented)."""
    return re.sub(rb">\s+<", b"><", xml.strip())


def require_tool(name: str) -> str:
    """The path of a tool; skip without it, except in CI, where its absence is a failure."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is required in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


#: Test modules (or folders, or name prefixes) left out of the edit loop's ``pytest -m "not slow"``: each
#: runs a generator, a subprocess, .NET, megabyte documents or hundreds of generated examples. The full
#: suite runs them all.
SLOW = (
    "tests/interop/",
    "tests/with_server/test_contract.py",
    "tests/test_codegen.py",
    "tests/test_fullspec.py",
    "tests/test_kinds_json.py",
    "tests/test_kinds_xml.py",
    "tests/test_fullspec_client.py",
    "tests/test_docs_diff.py",
    "tests/test_importer_docs.py",
    "tests/test_importer_seeds.py",
    "tests/test_fuzz_smoke.py",
    "tests/test_bench_smoke.py",
    "tests/test_properties.py",
    "tests/test_typing.py",
    "tests/test_hostile.py",
    "tests/test_hostile_decode.py",
    "tests/test_xsdata.py",
    "tests/test_fullspec",
    "tests/test_importer",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        rel = pathlib.Path(str(item.fspath)).resolve().relative_to(ROOT).as_posix()
        if rel.startswith(SLOW) or item.get_closest_marker("dotnet"):
            item.add_marker(pytest.mark.slow)


#: The fixture spec. ``VITEC_FULLSPEC=DIR`` puts another spec in its place for the suites that hold for any
#: spec, such as every type's round trip through .NET (tests/interop/test_fullspec_dotnet.py): a new import
#: checked before it is written into spec/ (README, "When Vitec's documentation changes").
FULLSPEC = pathlib.Path(os.environ["VITEC_FULLSPEC"]) if os.environ.get("VITEC_FULLSPEC") else FIXTURES / "fullspec"


@contextlib.contextmanager
def shared_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[tuple[pathlib.Path, bool]]:
    """A folder for something built once per run: parallel workers share it, the first to ask builds it
    while the others wait. Yields (folder, already built); the build counts as done if the block ends
    without an exception. Without parallel workers (or without ``fcntl``) the folder is this session's own."""
    if os.environ.get("PYTEST_XDIST_WORKER") and fcntl is not None:
        root = tmp_path_factory.getbasetemp().parent  # this run's folder, shared by its workers
        folder = root / f"{name}-shared"
        lock: Any = (root / f"{name}-shared.lock").open("w")
        fcntl.flock(lock, fcntl.LOCK_EX)  # the others wait for the first build
    else:
        folder, lock = tmp_path_factory.mktemp(name), None
    try:
        done = folder / ".built"
        built = done.exists()
        folder.mkdir(parents=True, exist_ok=True)
        yield folder, built
        done.touch()
    finally:
        if lock is not None:
            lock.close()


@pytest.fixture(scope="session")
def fullspec_package(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """tests/fixtures/fullspec generated and assembled with runtime/ as the package ``fullconnect``
    (once per run, shared by parallel workers); returns the folder to put on ``sys.path``."""
    from codegen import generate

    with shared_folder(tmp_path_factory, "fullspec") as (folder, built):
        if not built:
            pkg = folder / "fullconnect"
            shutil.copytree(ROOT / "runtime", pkg, ignore=shutil.ignore_patterns("__pycache__"))
            for rel, text in generate.build(FULLSPEC).items():
                (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
                (pkg / rel).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def full(fullspec_package: pathlib.Path) -> Iterator[Any]:
    """The fixture spec's package ``fullconnect``, importable while the session lasts."""
    sys.path.insert(0, str(fullspec_package))
    try:
        package = importlib.import_module("fullconnect")
        package.xml._read.FAST_AFTER_BYTES = 0  # as for vitec_connect above
        yield package
    finally:
        sys.path.remove(str(fullspec_package))


@dataclass(frozen=True)
class Pinned:
    """The pinned spec and the code generated from it."""

    spec: pathlib.Path
    out: pathlib.Path

    @property
    def args(self) -> tuple[str, str, str, str]:
        return ("--spec", str(self.spec), "--out", str(self.out))


def _spec_inputs(spec: pathlib.Path) -> dict[str, bytes]:
    """What generated/ is made from (not the decision log, not the importer's overrides)."""
    paths = [spec / "openapi.yaml", *(spec / "xsd").glob("*.xsd"), *(spec / "samples").glob("*")]
    return {p.relative_to(spec).as_posix(): p.read_bytes() for p in paths if p.is_file()}


@pytest.fixture(scope="session")
def pinned(tmp_path_factory: pytest.TempPathFactory) -> Pinned:
    """generated/ itself while spec/ still is the pinned spec; else the pinned spec's code, generated once."""
    if _spec_inputs(PINNED_SPEC) == _spec_inputs(SPEC):
        return Pinned(PINNED_SPEC, ROOT / "generated")
    out = tmp_path_factory.mktemp("pinned") / "generated"
    from codegen import generate

    assert generate.main(["--spec", str(PINNED_SPEC), "--out", str(out)]) == 0
    return Pinned(PINNED_SPEC, out)


@pytest.fixture
def spec_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    """A copy of the fixture spec to edit."""
    shutil.copytree(FULLSPEC, tmp_path / "spec", ignore=shutil.ignore_patterns("*.py"))
    return tmp_path / "spec"


def spec_problems(spec: pathlib.Path, old: str, new: str) -> list[str]:
    """The consistency check's problems with ``spec`` once its openapi.yaml has ``new`` for ``old`` (once)."""
    from codegen import consistency
    from codegen.spec import load

    path = spec / "openapi.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return consistency.check(load(spec))
