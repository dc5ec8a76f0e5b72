"""Copy this package into another project under another name (``vitec-connect vendor``).

The copy holds the runtime and the generated code, not the generators. Its modules import each other
only relatively, so nothing is rewritten but the top-level name where it appears as a word (the logger
name, the user agent, docstrings). A manifest (``VENDORED.json``) records the version, the spec hash and
the files written; running the command again updates the copy in place and removes files that are no
longer part of it. A folder that holds other files and no manifest is never written into.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import re
import shutil
from typing import Any

from . import __version__
from ._api import SPEC_SHA256

MANIFEST = "VENDORED.json"
_SKIP = {"xml_models", "xsdata_support.py", "__pycache__"}


def _sources(with_xsdata: bool) -> dict[str, pathlib.Path]:
    """relative path -> source file, for every module of the package (installed or editable)."""
    import importlib

    out: dict[str, pathlib.Path] = {}
    top = importlib.import_module(__package__ or "vitec_connect")
    roots: list[tuple[str, Any]] = [("", top)]
    for sub in ("models", "_api") + (("xml_models",) if with_xsdata else ()):
        roots.append((sub + "/", importlib.import_module(f"{top.__name__}.{sub}")))
    for prefix, module in roots:
        for folder in module.__path__:
            for path in sorted(pathlib.Path(folder).iterdir()):
                if path.name in _SKIP and not (with_xsdata and path.name == "xsdata_support.py"):
                    continue
                if path.is_file() and (path.suffix in (".py", ".pyi") or path.name == "py.typed"):
                    out.setdefault(prefix + path.name, path)
    return out


def vendor(dest: str | pathlib.Path, package: str, *, with_xsdata: bool = False) -> tuple[int, int]:
    """Write the package into ``dest/package``; returns (files written, stale files removed)."""
    if not package.isidentifier():
        raise ValueError(f"{package!r} is not a valid Python package name")
    target = pathlib.Path(dest) / package
    manifest_path = target / MANIFEST
    old: dict[str, Any] = {}
    if target.exists():
        if manifest_path.exists():
            old = json.loads(manifest_path.read_text(encoding="utf-8"))
        elif any(target.iterdir()):
            raise ValueError(
                f"{target} exists and was not written by 'vitec-connect vendor'; refusing to write into it"
            )
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
            text = word.sub(package, data.decode("utf-8"))
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
