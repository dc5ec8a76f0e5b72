"""A short run of the coverage-guided fuzz target (the long one is ``nox -s fuzz``)."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from .conftest import IN_CI, ROOT


def test_fuzz_target_smoke_run(tmp_path: pathlib.Path) -> None:
    try:
        import atheris  # noqa: F401
    except ImportError:
        if IN_CI:
            pytest.fail("atheris is required in CI (the dev extra installs it)")
        pytest.skip("atheris is not installed")
    done = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_decoders.py"), "-runs=20000", str(tmp_path / "corpus")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done 20000 runs" in done.stderr
