"""msgspec models from spec/openapi.yaml, by datamodel-code-generator.

datamodel-code-generator writes one module per DataContract namespace (the component name's
``<module>.`` prefix) with our templates (templates/dcg/). A small pass then ties the output to the
runtime, guided by the spec and failing loudly if the output is not what it expects:

- ``Struct`` -> ``Model`` and ``Enum`` -> ``OpenEnum`` (runtime/_types.py);
- ``format: date-time`` members -> ``Timestamp`` (datamodel-code-generator types them ``str`` when
  the schema is ``type: [string, "null"]``);
- the generator's header -> ours.
"""

from __future__ import annotations

import ast
import os
import pathlib
import re
import subprocess
import sys
import tempfile

from .spec import Spec

HEADER = '"""{doc}\n\nGenerated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""\n'
TEMPLATES = pathlib.Path(__file__).parent / "templates" / "dcg"


def _run_dcg(spec_file: pathlib.Path, out: pathlib.Path) -> None:
    cmd = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(spec_file), "--input-file-type", "openapi", "--output", str(out),
        "--output-model-type", "msgspec.Struct", "--snake-case-field", "--use-schema-description",
        "--target-python-version", "3.10", "--use-union-operator", "--use-standard-collections",
        "--disable-timestamp", "--no-formatters", "--custom-template-dir", str(TEMPLATES),
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, env=_env())
    if done.returncode != 0:
        raise RuntimeError(f"datamodel-code-generator failed:\n{done.stderr[-4000:]}")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(pathlib.Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def _patch_datetimes(files: dict[str, str], spec: Spec) -> None:
    """Type every ``format: date-time`` member as ``Timestamp`` (in place)."""
    for t in spec.openapi.types.values():
        if t.kind != "object" or not any(m.kind == "datetime" for m in t.members):
            continue
        # dcg moves types whose modules import each other into _internal.py (re-exported by them).
        module = t.module if re.search(rf"^class {t.name}\(", files[f"{t.module}.py"], re.M) else "_internal"
        text = files[f"{module}.py"]
        for m in t.members:
            if m.kind != "datetime":
                continue
            # Inside `class <Name>(...)`: the member line, renamed (field(name=...)) or not.
            cls = re.search(rf"^class {t.name}\(.*?(?=^class |\Z)", text, re.S | re.M)
            if cls is None:
                raise RuntimeError(f"codegen.models: class {t.name} not found in {module}.py")
            body = cls.group(0)
            pattern = re.compile(
                rf"^(    \w+): str( \| None)?( \| UnsetType)?( = field\(name='{m.json_name}'.*| = UNSET)$", re.M
            )
            hits = [
                h for h in pattern.finditer(body) if "field(name=" in h.group(4) or h.group(1).strip() == m.json_name
            ]
            if len(hits) != 1:
                raise RuntimeError(f"codegen.models: {t.component}.{m.json_name}: found {len(hits)} lines to type")
            h = hits[0]
            new = f"{h.group(1)}: Timestamp{h.group(2) or ''}{h.group(3) or ''}{h.group(4)}"
            body = body[: h.start()] + new + body[h.end() :]
            text = text[: cls.start()] + body + text[cls.end() :]
        files[f"{module}.py"] = text


def _spec_order(files: dict[str, str], spec: Spec) -> None:
    """Put each class's fields back in the spec's (JSON, Newtonsoft) order, in place.

    datamodel-code-generator moves required fields first, as a dataclass needs; our models are
    keyword-only, so the declared order can be the wire order.
    """
    wanted = {}
    for t in spec.openapi.types.values():
        if t.kind == "object":
            wanted.setdefault(t.name, []).append([m.json_name for m in t.members])
    for name, text in list(files.items()):
        tree = ast.parse(text)
        lines = text.splitlines(keepends=True)
        edits = []
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or node.name not in wanted:
                continue
            fields = []  # (wire name, first line, last line) of each field and its docstring
            body = node.body
            for i, stmt in enumerate(body):
                if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
                    continue
                wire = stmt.target.id
                if isinstance(stmt.value, ast.Call):
                    for kw in stmt.value.keywords:
                        if kw.arg == "name" and isinstance(kw.value, ast.Constant):
                            wire = kw.value.value
                end = stmt.end_lineno
                nxt = body[i + 1] if i + 1 < len(body) else None
                docstring = isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant)
                if docstring and isinstance(nxt.value.value, str):  # type: ignore[union-attr]
                    end = nxt.end_lineno  # type: ignore[union-attr]
                fields.append((wire, stmt.lineno, end))
            if len(fields) < 2:
                continue
            order = next((o for o in wanted[node.name] if sorted(o) == sorted(f[0] for f in fields)), None)
            if order is None:
                raise RuntimeError(f"codegen.models: {name}: fields of {node.name} do not match the spec")
            blocks = {f[0]: "".join(lines[f[1] - 1 : f[2]]) for f in fields}
            edits.append((fields[0][1], fields[-1][2], "\n".join(blocks[w].rstrip("\n") + "\n" for w in order)))
        for first, last, replacement in sorted(edits, reverse=True):
            lines[first - 1 : last] = [replacement]
        files[name] = "".join(lines)


def _module_doc(module: str, spec: Spec) -> str:
    ns = next((t.namespace for t in spec.openapi.types.values() if t.module == module and t.namespace), None)
    if module == "_internal":
        return "Types of the business intelligence namespaces that refer to each other (re-exported by them)."
    if ns is None:
        return f"Models of {module}."
    return f"Models of the DataContract namespace {ns}."


def _postprocess(name: str, text: str, spec: Spec) -> str:
    module = name.removesuffix(".py")
    text = re.sub(r"\A# generated by datamodel-codegen:\n#   filename:  \S+\n\n?", "", text)
    text = re.sub(r"\(Struct, kw_only=True\):", "(Model, kw_only=True):", text)
    text = re.sub(r"\((Enum)\):", "(OpenEnum):", text)
    imports = []
    for symbol in ("Model", "OpenEnum", "Timestamp", "UNSET", "UnsetType"):
        if re.search(rf"\b{symbol}\b", text):
            imports.append(symbol)
    text = re.sub(
        r"^from msgspec import .*\n", "from msgspec import Meta, field\n" if "field(" in text else "", text, flags=re.M
    )
    text = re.sub(r"^from enum import Enum\n", "", text, flags=re.M)
    if imports:
        text = text.replace(
            "from __future__ import annotations\n",
            f"from __future__ import annotations\n\nfrom .._types import {', '.join(imports)}\n",
            1,
        )
    if "Meta(" not in text:
        text = text.replace("from msgspec import Meta, field\n", "from msgspec import field\n")
    return HEADER.format(doc=_module_doc(module, spec)) + "\n" + text


def generate(spec: Spec) -> dict[str, str]:
    """{path under generated/models/: source} for every namespace module (not __init__.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "models"
        _run_dcg(spec.root / "openapi.yaml", out)
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.py")) if p.name != "__init__.py"}
    _patch_datetimes(files, spec)
    _spec_order(files, spec)
    return {name: _postprocess(name, text, spec) for name, text in files.items()}
