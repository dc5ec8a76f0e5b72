"""msgspec models from spec/openapi.yaml, by datamodel-code-generator.

datamodel-code-generator writes one module per DataContract namespace (the component name's
``<module>.`` prefix), plus ``_internal*.py`` for types of modules that import each other, through its
own extension points only; its output is shipped as written:

- our class templates (templates/dcg/): ``Model`` (runtime/_types.py) as the base of every struct,
  ``OpenEnum`` of every enumeration, docstrings escaped;
- extra template data per component, from the spec: each struct's members in the spec's (Newtonsoft)
  order, each member's Python name (``naming.member_name``: the spec's ``x-python-name`` or snake case,
  not datamodel-code-generator's own renaming), and ``LazyTimestamp`` as the type of every
  ``format: date-time`` member;
- its Python API options (no header, no formatter, no ``__future__`` import: ours below).

Each module is then our template (templates/models_module.py.jinja) around its body: the docstring,
the ``__future__`` import and the runtime imports the class templates name.
"""

from __future__ import annotations

import pathlib
import warnings
from typing import Any

from datamodel_code_generator import DataModelType, InputFileType, PythonVersion
from datamodel_code_generator import generate as dcg_generate

from .api import template_env
from .kinds import BY_OPENAPI
from .naming import enum_member_names, member_hint, member_name
from .spec import Spec, TypeDef

TEMPLATES = pathlib.Path(__file__).parent / "templates" / "dcg"
SPEC_FILE = "openapi.yaml"
#: The runtime's base of every struct and every enumeration (runtime/_types.py).
STRUCT_BASE, ENUM_BASE = "Model", "OpenEnum"
#: What the class templates name from the runtime (ruff drops what a module does not use).
RUNTIME_IMPORTS = (
    "from decimal import Decimal\nfrom typing import Annotated\nfrom uuid import UUID\n\nfrom msgspec import Meta\n\n"
    "from .._scalars import Duration\n"
    "from .._types import Byte, Int16, Int32, Int64, LazyTimestamp, Model, OpenEnum, Timestamp"
)


def template_data(spec: Spec) -> dict[str, dict[str, Any]]:
    """datamodel-code-generator's extra template data: per component (keyed by its JSON pointer, so two
    types of one name in different namespaces stay apart), the wire order and the spec-decided hints."""
    data: dict[str, dict[str, Any]] = {"#all#": {"base": STRUCT_BASE, "enum_base": ENUM_BASE}}
    for component, t in spec.openapi.types.items():
        key = f"{SPEC_FILE}#/components/schemas/{component}"
        if t.kind == "enum":
            data[key] = {"member_names": {repr(v): n for v, n in enum_member_names(t.enum_values).items()}}
        elif t.kind == "object":
            data[key] = {
                "wire_order": [m.json_name for m in t.members],
                "names": {m.json_name: member_name(m) for m in t.members},
                "hints": {m.json_name: hint for m in t.members if (hint := member_hint(m)) is not None},
            }
    return data


def _run_dcg(spec: Spec) -> dict[str, str]:
    """{module file name: body} as datamodel-code-generator writes them."""
    with warnings.catch_warnings():
        # Formats it does not know: the members of those kinds take our hints (naming.member_hint).
        warnings.filterwarnings("ignore", message=_OWN_FORMATS, category=UserWarning)
        out = _dcg(spec)
    if isinstance(out, str):  # one module only: datamodel-code-generator returns its text
        return {"__init__.py": out}
    assert out is not None
    return {"/".join(path): text for path, text in out.items()}


#: The warning datamodel-code-generator gives for each member of a format it does not know, for ours (a format
#: it knows gives none).
_OWN_FORMATS = "format of '({})' not understood".format("|".join(sorted({f for _, f in BY_OPENAPI if f})))


def _dcg(spec: Spec) -> Any:
    return dcg_generate(
        spec.root / SPEC_FILE,
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.MsgspecStruct,
        target_python_version=PythonVersion.PY_310,
        snake_case_field=True,
        use_schema_description=True,
        use_union_operator=True,
        use_standard_collections=True,
        disable_timestamp=True,
        custom_file_header=RUNTIME_IMPORTS,  # placed after its `from __future__` import
        formatters=[],
        custom_template_dir=TEMPLATES,
        extra_template_data=template_data(spec),
    )


def _module_doc(module: str, types: list[TypeDef]) -> str:
    if module.startswith("_internal"):
        return "Types of namespaces that refer to each other (re-exported by their own modules)."
    ns = next((t.namespace for t in types if t.module == module and t.namespace), None)
    if ns is None:
        return f"Models of {module}."
    return f"Models of the DataContract namespace {ns}."


def generate(spec: Spec) -> dict[str, str]:
    """{path under generated/models/: source} for every namespace module (not __init__.py)."""
    template = template_env(TEMPLATES.parent).get_template("models_module.py.jinja")
    types = list(spec.openapi.types.values())
    return {
        name: template.render(doc=_module_doc(name.removesuffix(".py"), types), body=body.strip())
        for name, body in sorted(_run_dcg(spec).items())
        if name != "__init__.py"
    }
