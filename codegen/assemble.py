"""Lay out the import package as it is installed: runtime/ plus generated/'s subpackages, in one folder.

``python -m codegen.assemble DEST`` writes ``DEST/vitec_connect``; used to type-check the package
(mypy cannot follow the editable install's path mapping).
"""

from __future__ import annotations

import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SUBPACKAGES = ("models", "xml_models", "_api")


def assemble(dest: pathlib.Path, name: str = "vitec_connect") -> pathlib.Path:
    pkg = dest / name
    shutil.rmtree(pkg, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "runtime", pkg, ignore=ignore)
    for sub in SUBPACKAGES:
        shutil.copytree(ROOT / "generated" / sub, pkg / sub, ignore=ignore)
    shutil.copy(ROOT / "generated" / "py.typed", pkg / "py.typed")
    return pkg


if __name__ == "__main__":
    print(assemble(pathlib.Path(sys.argv[1])))
