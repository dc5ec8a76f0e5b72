"""The .NET harness, compiled once per run and shared by parallel workers (Mono's mcs; skipped without
Mono, failed in CI)."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from ..conftest import FULLSPEC, IN_CI, require_tool, shared_folder
from .dotnet import Harness, build, find_newtonsoft
from .instances import SPEC_DIR


def _build(tmp_path_factory: pytest.TempPathFactory, name: str, spec_dir: pathlib.Path) -> Harness:
    mcs = require_tool("mcs")
    mono = require_tool("mono")
    newtonsoft = find_newtonsoft()
    if newtonsoft is None:
        message = "Newtonsoft.Json.dll not found (Debian: libnewtonsoft-json5.0-cil; or set NEWTONSOFT_JSON_DLL)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    with shared_folder(tmp_path_factory, name) as (folder, built):
        return Harness(mono, folder / "harness.exe") if built else build(mcs, mono, newtonsoft, folder, spec_dir)


@pytest.fixture(scope="session")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Harness:
    return _build(tmp_path_factory, "dotnet", SPEC_DIR)


@pytest.fixture(scope="session")
def full_harness(tmp_path_factory: pytest.TempPathFactory) -> Harness:
    """The harness for tests/fixtures/fullspec, shared by the codec and the xsdata tests of it."""
    return _build(tmp_path_factory, "dotnet-fullspec", FULLSPEC)



@pytest.fixture(scope="session")
def batches(harness: Harness) -> Any:
    """op -> {case name: [Result]} (``test_dotnet.run_batches``): each op's Mono process runs once per
    session, for the codec tests and the xsdata tests alike."""
    from .test_dotnet import run_batches

    return run_batches(harness)
