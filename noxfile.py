"""Developer sessions: ``nox -s tests``, ``nox -s lowest``, ``nox -s lint``, ``nox -s generate [-- --check]``,
``nox -s contract`` (the mock server's contract fuzzed in depth), ``nox -s docs-diff -- --docs DIR|URL``.

``tests`` runs the suite with the newest releases of the runtime dependencies, ``lowest`` with the lowest
that pyproject.toml allows (each lower bound installed exactly), on every supported Python
(``nox -s lowest-3.10``, ...). Development tools are pinned in the ``dev`` extra.
"""

from __future__ import annotations

import os
import pathlib
import re
import sys

import nox

nox.options.sessions = ["lint", "generate_check", "tests", "lowest"]
nox.options.reuse_existing_virtualenvs = True
PY = ["3.11"]
ALL_PY = ["3.10", "3.11", "3.12", "3.13"]
ROOT = pathlib.Path(__file__).resolve().parent


def lowest_constraints() -> str:
    """pyproject's runtime dependencies, each pinned to its lower bound, with its environment marker.

    A dependency without a lower bound is an error: an untested bound is no bound.
    """
    from packaging.requirements import Requirement

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - nox itself runs on 3.11 here
        import tomli as tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = []
    for text in project["dependencies"]:
        req = Requirement(text)
        lower = [s.version for s in req.specifier if s.operator in (">=", "==", "~=")]
        if len(lower) != 1:
            raise SystemExit(f"pyproject.toml: {text!r} needs exactly one lower bound (>=, ~= or ==)")
        marker = f"; {req.marker}" if req.marker else ""
        lines.append(f"{req.name}=={lower[0]}{marker}")
    return "\n".join(lines) + "\n"


@nox.session(python=ALL_PY)
def tests(session: nox.Session) -> None:
    """The test suite with the newest releases of msgspec, urllib3 and lxml."""
    session.install("--upgrade", "--upgrade-strategy", "eager", "-e", ".[dev]")
    session.run("pytest", *session.posargs)


@nox.session(python=ALL_PY)
def lowest(session: nox.Session) -> None:
    """The test suite with the lowest versions pyproject.toml allows (a constraints file from its bounds)."""
    constraints = pathlib.Path(session.create_tmp()) / "lowest-constraints.txt"
    constraints.write_text(lowest_constraints(), encoding="utf-8")
    session.log("constraints:\n" + constraints.read_text(encoding="utf-8"))
    session.install("-c", str(constraints), "-e", ".[dev]")
    session.run("python", "-c", _SHOW_VERSIONS)
    session.run("pytest", *session.posargs)


_SHOW_VERSIONS = (
    "import importlib.metadata as m; print(', '.join(f'{d} {m.version(d)}' for d in ('msgspec', 'urllib3', 'lxml')))"
)


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
    """ruff, mypy (strict) over runtime/ and generated/, and the spec itself validated (``.ci/lint``)."""
    session.install("-e", ".[dev]")
    session.run("bash", ".ci/lint", external=True)


@nox.session(python=PY)
def fuzz(session: nox.Session) -> None:
    """Coverage-guided fuzzing of both decoders for a bounded time (default 120 s; ``-- -max_total_time=N``)."""
    session.install("-e", ".[dev]")
    args = session.posargs or ["-max_total_time=120"]
    session.run("python", "fuzz/fuzz_decoders.py", *args, "fuzz/corpus")


@nox.session(python=PY)
def contract(session: nox.Session) -> None:
    """The mock server's contract over every operation in depth: 100 random examples each (the suite runs
    4 each, derandomized); ``-- -k Contact`` narrows it, VITEC_CONTRACT_EXAMPLES sets the depth."""
    session.install("-e", ".[dev]")
    examples = os.environ.get("VITEC_CONTRACT_EXAMPLES", "100")
    env = {"VITEC_CONTRACT_EXAMPLES": examples}
    session.run("pytest", "tests/with_server/test_contract.py", *session.posargs, env=env)


#: what ``nox -s docs-diff`` says when it is not told where Vitec's pages are
DOCS_NEEDED = (
    "where are Vitec's pages? nox -s docs-diff -- --docs DIR|URL: a folder of pages (text, markdown or "
    "HelpPage HTML) or a site's base URL, crawled from its /Help index (https://connect.maklare.vitec.net); "
    "or set docs under [tool.vitec-connect] in pyproject.toml"
)


@nox.session(python=PY, name="docs-diff")
def docs_diff(session: nox.Session) -> None:
    """Vitec's pages vs spec/ (``-- --docs DIR|URL``, ``-- --json``, ``-- --update``); exits 1 on drift.

    Without ``--docs`` the pages are those ``docs`` under ``[tool.vitec-connect]`` names; with neither, the
    session stops at once saying what to pass (before making its environment)."""
    given = any(arg == "--docs" or arg.startswith("--docs=") for arg in session.posargs)
    if not given and not configured_docs():
        session.error(DOCS_NEEDED)
    session.install("-e", ".[dev]")
    session.run("python", "-m", "codegen.docs_diff", *session.posargs)


def configured_docs() -> str | None:
    """``docs`` under ``[tool.vitec-connect]`` in pyproject.toml (the key the command reads), or None."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[tool\.vitec-connect\]\s*$(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    found = re.search(r'^docs\s*=\s*"([^"]*)"', section.group(1), re.MULTILINE) if section else None
    return found.group(1) if found and found.group(1) else None


@nox.session(python=PY)
def bench(session: nox.Session) -> None:
    """Benchmarks against the peers, as ratios from one run (``-- --quick`` for a short one)."""
    session.install("-e", ".[bench]")
    session.run("python", "-m", "bench.run", *session.posargs)
