"""Developer sessions: ``nox -s tests``, ``nox -s generate [-- --check]``, ``nox -s lint``."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "generate_check", "tests"]
nox.options.reuse_existing_virtualenvs = True
PY = ["3.11"]


@nox.session(python=PY)
def tests(session: nox.Session) -> None:
    """The test suite (what .ci/run runs)."""
    session.install("-e", ".[dev]")
    session.run("pytest", *session.posargs)


@nox.session(python=PY)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from spec/; ``-- --check`` only checks (prints the diff, fails if stale)."""
    session.install("-e", ".[codegen]")
    session.run("python", "-m", "codegen", *session.posargs)


@nox.session(python=PY)
def generate_check(session: nox.Session) -> None:
    """generated/ is what spec/ generates."""
    session.install("-e", ".[codegen]")
    session.run("python", "-m", "codegen", "--check")


@nox.session(python=PY)
def lint(session: nox.Session) -> None:
    """ruff, mypy (strict) over runtime/ and generated/, and the spec itself validated."""
    session.install("-e", ".[dev]")
    session.run("ruff", "check", "runtime", "codegen", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "runtime", "codegen", "noxfile.py")
    build = session.create_tmp()
    session.run("python", "-m", "codegen.assemble", build)  # mypy cannot follow the editable path mapping
    session.run("mypy", "--config-file", "pyproject.toml", build + "/vitec_connect")
    session.run("python", "-m", "codegen.consistency")
    session.run("python", "-m", "codegen.validate_spec")


@nox.session(python=PY)
def fuzz(session: nox.Session) -> None:
    """Coverage-guided fuzzing of both decoders for a bounded time (default 120 s; ``-- -max_total_time=N``)."""
    session.install("-e", ".[dev]")
    args = session.posargs or ["-max_total_time=120"]
    session.run("python", "fuzz/fuzz_decoders.py", *args, "fuzz/corpus")


@nox.session(python=PY, name="docs-diff")
def docs_diff(session: nox.Session) -> None:
    """Vitec's pages vs spec/ (``-- --json``, ``-- --update``, ``-- --docs DIR``); exits 1 on drift."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "codegen.docs_diff", *session.posargs)


@nox.session(python=PY)
def bench(session: nox.Session) -> None:
    """Benchmarks against the peers, as ratios from one run (``-- --quick`` for a short one)."""
    session.install("-e", ".[bench]")
    session.run("python", "-m", "bench.run", *session.posargs)
