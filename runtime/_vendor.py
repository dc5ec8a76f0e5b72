"""Copy this package into another project under another name (``vitec-connect vendor``).

The copy holds the runtime and the generated code, not the generators. Its modules import each other
only relatively, so nothing is rewritten but the top-level name where it appears as a word (the logger
name, the user agent, docstrings). A manifest (``VENDORED.json``) records the version, the spec hash and
the files written with their hashes; running the command again updates the copy in place and removes
files that are no longer part of it. A file changed since it was written is neither overwritten nor
removed unless ``force``; a folder that holds other files and no manifest is never written into.

The copy type-checks under a downstream project's ``mypy --strict``: every ``type: ignore`` also
silences ``unused-ignore`` (the downstream's settings may make it unneeded), and lxml, which ships no
type information, is imported with an ignore of its own.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import keyword
import pathlib
import re
import shutil
import sys
from typing import Any

from . import __version__
from ._api import SPEC_SHA256

MANIFEST = "VENDORED.json"
_SKIP = {"xml_models", "xsdata_support.py", "__pycache__"}
_IGNORE = re.compile(r"# type: ignore\[([\w, -]+)\]")
_LXML_IMPORT = re.compile(r"^(\s*from lxml import [\w, ]+|\s*import lxml(?:\.\w+)*)$", re.MULTILINE)


class VendorError(ValueError):
    """The copy cannot be written as asked (a bad name, local changes, a missing dependency)."""


def check_package_name(package: str) -> None:
    """A name the copy can be imported by without shadowing anything: an identifier, not a keyword,
    not a standard library module, not one of our dependencies."""
    if not package.isidentifier():
        raise VendorError(f"{package!r} is not a valid Python package name")
    if keyword.iskeyword(package) or keyword.issoftkeyword(package):
        raise VendorError(f"{package!r} is a Python keyword; choose another package name")
    if package in sys.stdlib_module_names or package in ("msgspec", "urllib3", "lxml", "xsdata", "vitec_connect"):
        raise VendorError(f"{package!r} would shadow the module of that name; choose another package name")


def _typed_for_downstream(text: str) -> str:
    """Ignores that stay quiet under any downstream settings (see the module docstring)."""
    text = _IGNORE.sub(lambda m: m[0] if "unused-ignore" in m[1] else f"# type: ignore[{m[1]}, unused-ignore]", text)
    return _LXML_IMPORT.sub(r"\1  # type: ignore[import-untyped, unused-ignore]", text)


def _sources(with_xsdata: bool) -> dict[str, pathlib.Path]:
    """relative path -> source file, for every module of the package (installed or editable)."""
    out: dict[str, pathlib.Path] = {}
    top = importlib.import_module(__package__ or "vitec_connect")
    roots: list[tuple[str, Any]] = [("", top)]
    for sub in ("xml", "models", "_api", "_api/xml_tables", "_api/resources") + (
        ("xml_models",) if with_xsdata else ()
    ):
        roots.append((sub + "/", importlib.import_module(f"{top.__name__}.{sub.replace('/', '.')}")))
    for prefix, module in roots:
        for folder in module.__path__:
            for path in sorted(pathlib.Path(folder).iterdir()):
                if path.name in _SKIP and not (with_xsdata and path.name == "xsdata_support.py"):
                    continue
                if path.is_file() and (path.suffix in (".py", ".pyi") or path.name == "py.typed"):
                    out.setdefault(prefix + path.name, path)
    return out


def vendor(
    dest: str | pathlib.Path, package: str, *, with_xsdata: bool = False, force: bool = False
) -> tuple[int, int]:
    """Write the package into ``dest/package``; returns (files written, stale files removed).

    Raises ``VendorError`` (nothing written) for a bad name, a folder not written by this command, files
    changed since they were written (unless ``force``), or ``with_xsdata`` without xsdata installed.
    """
    check_package_name(package)
    if with_xsdata and importlib.util.find_spec("xsdata") is None:
        raise VendorError("--with-xsdata copies the xsdata classes, which need xsdata: pip install xsdata")
    target = pathlib.Path(dest) / package
    manifest_path = target / MANIFEST
    old: dict[str, Any] = {}
    if target.exists():
        if manifest_path.exists():
            try:
                old = json.loads(manifest_path.read_text(encoding="utf-8"))
            except ValueError:
                raise VendorError(f"{manifest_path} is not valid JSON; restore it, or remove {target}") from None
        elif any(target.iterdir()):
            raise VendorError(
                f"{target} exists and was not written by 'vitec-connect vendor'; refusing to write into it"
            )
    changed = [
        rel
        for rel, digest in sorted(old.get("files", {}).items())
        if (target / rel).is_file() and hashlib.sha256((target / rel).read_bytes()).hexdigest() != digest
    ]
    if changed and not force:
        shown = ", ".join(changed[:5]) + (f" and {len(changed) - 5} more" if len(changed) > 5 else "")
        raise VendorError(f"changed since vendored: {shown} (in {target}); --force overwrites them")
    own = (__package__ or "vitec_connect").split(".")[0]
    word = re.compile(rf"\b{re.escape(own)}\b")
    header = (
        f"# Vendored from vitec-connect {__version__} (spec sha256 {SPEC_SHA256[:16]}); "
        "update with 'vitec-connect vendor', do not edit.\n"
    )
    files = {}
    for rel, src in sorted(_sources(with_xsdata).items()):
        data = src.read_bytes()
        if src.suffix in (".py", ".pyi"):
            text = _typed_for_downstream(word.sub(package, data.decode("utf-8")))
            data = (header + text).encode("utf-8")
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        if not out.exists() or out.read_bytes() != data:
            out.write_bytes(data)
        files[rel] = hashlib.sha256(data).hexdigest()
    removed = 0
    for rel in sorted(set(old.get("files", {})) - set(files)):
        stale = target / rel
        if stale.exists():
            stale.unlink()
            removed += 1
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if folder.name == "__pycache__":
            shutil.rmtree(folder)
        elif not any(folder.iterdir()):
            folder.rmdir()
    manifest = {"vitec_connect_version": __version__, "spec_sha256": SPEC_SHA256, "package": package, "files": files}
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return len(files), removed
