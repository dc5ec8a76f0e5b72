"""xsdata dataclasses from spec/xsd/ (``vitec_connect.xml_models``).

xsdata cannot write one module per namespace here (two BusinessIntelligense namespaces refer to each
other), and in one module it numbers the names .NET repeats across namespaces (``IncomingLead1``). So
its single module becomes ``xml_models/_dataclasses.py`` and each namespace gets a module that
re-exports its classes under their .NET names: ``xml_models.existing_lead.IncomingLead``.
"""

from __future__ import annotations

import ast
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from .spec import Spec

HEADER = '"""{doc}\n\nGenerated from spec/xsd/ by codegen (xsdata). Do not edit."""\n\n'


def _run_xsdata(spec: Spec, tmp: pathlib.Path) -> str:
    xsd_dir = tmp / "xsd"
    shutil.copytree(spec.root / "xsd", xsd_dir)
    env = dict(os.environ)
    env["PATH"] = str(pathlib.Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    cmd = [
        sys.executable, "-m", "xsdata", "generate", str(xsd_dir), "--package", "xml_models",
        "--structure-style", "single-package", "--no-include-header",
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"xsdata failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return (tmp / "xml_models.py").read_text(encoding="utf-8")


def _classes(source: str) -> tuple[dict[str, tuple[str, str]], dict[str, set[str]], set[str]]:
    """({class: (namespace, .NET name)} of the complex types, {class: names its fields use}, enum classes)."""
    tree = ast.parse(source)
    complex_types: dict[str, tuple[str, str]] = {}
    uses: dict[str, set[str]] = {}
    enums: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if any(isinstance(b, ast.Name) and b.id == "Enum" for b in node.bases):
            enums.add(node.name)
            continue
        meta = {}
        for item in node.body:
            if isinstance(item, ast.ClassDef) and item.name == "Meta":
                for st in item.body:
                    if isinstance(st, ast.Assign) and isinstance(st.value, ast.Constant):
                        meta[st.targets[0].id] = st.value.value  # type: ignore[attr-defined]
        if "namespace" in meta:
            complex_types[node.name] = (meta["namespace"], meta.get("name", node.name))
        uses[node.name] = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    return complex_types, uses, enums


def generate(spec: Spec) -> dict[str, str]:
    """{path under generated/xml_models/: source}."""
    with tempfile.TemporaryDirectory() as tmp:
        source = _run_xsdata(spec, pathlib.Path(tmp))
    complex_types, uses, enums = _classes(source)
    by_module: dict[str, dict[str, str]] = {m: {} for m in spec.xsd.files.values()}
    for cls, (ns, name) in sorted(complex_types.items()):
        by_module[spec.xsd.files[ns]].setdefault(name, cls)
    # an enumeration belongs to the namespace of the first class (in spec order) whose fields use it
    wanted = {(t.module, t.name) for t in spec.openapi.types.values() if t.kind == "enum"}
    for module, name in sorted(wanted):
        for cls, (ns, _) in sorted(complex_types.items()):
            if spec.xsd.files[ns] != module:
                continue
            hits = sorted(e for e in uses.get(cls, ()) if e in enums and e.rstrip("0123456789") == name)
            if hits:
                by_module[module].setdefault(name, hits[0])
                break
    files = {
        "_dataclasses.py": HEADER.format(
            doc="xsdata's classes for every DataContract namespace (see the namespace modules)."
        )
        + source
    }
    for module, names in sorted(by_module.items()):
        ns = next(n for n, m in spec.xsd.files.items() if m == module)
        lines = [HEADER.format(doc=f"xsdata dataclasses of the DataContract namespace {ns}.")]
        lines += [f"from ._dataclasses import {cls} as {name}\n" for name, cls in sorted(names.items())]
        lines.append("\n__all__ = [" + ", ".join(f'"{n}"' for n in sorted(names)) + "]\n")
        files[f"{module}.py"] = "".join(lines)
    modules = sorted(by_module)
    files["__init__.py"] = (
        HEADER.format(doc="xsdata dataclasses of the DataContract XSDs, one module per namespace.")
        + f"from . import {', '.join(modules)}\n\n__all__ = [{', '.join(repr(m) for m in modules)}]\n"
    )
    return files
