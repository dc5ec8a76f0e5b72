"""Write a merged ``Api`` as spec/ files: ``openapi.yaml``, ``xsd/<module>.xsd`` and ``COVERAGE.md``.

Deterministic: operations sorted by path then method, components by name, YAML written with fixed
options; the same ``Api`` always gives the same bytes. Nothing is written here: ``files()`` returns
{relative path: text} and the command decides (diff first, write on request).
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from typing import Any

import yaml

from . import names, texts
from .model import DC, SER, Api, snake
from .xsd import XsdWriter, target

HEADER = """# Vitec Express Connect API.
#
# Written by `python -m codegen import` from Vitec's published description and help pages (facts only:
# paths, parameters, types, members, limits, enums, namespaces) and spec/overrides.yaml (what none of
# them says). `x-source` names where each operation and type comes from; `x-inferred` marks every guess.
# Do not edit by hand: change spec/overrides.yaml and re-import (see spec/README.md).
"""

ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthorized"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "500": {"$ref": "#/components/responses/InternalServerError"},
}

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Vitec Express Connect API", "version": "imported",
             "description": "JSON or DataContract XML by content negotiation (Accept / Content-Type)."},
    "servers": [{"url": "https://connect.maklare.vitec.net"}],
    "security": [{"basicAuth": []}],
}  # fmt: skip
COMPONENTS: dict[str, Any] = {
    "securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"}},
    "responses": {
        "BadRequest": {"description": "Validation errors, described in the body.", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/errors.HttpError"}},
            "application/xml": {"schema": {"$ref": "#/components/schemas/errors.HttpError"}}}},
        "Unauthorized": {"description": "Bad credentials."},
        "Forbidden": {"description": "No access to the requested data."},
        "NotFound": {"description": "No such resource."},
        "InternalServerError": {"description": "Unexpected error."},
    },
}  # fmt: skip
HTTP_ERROR = {
    "type": "object", "x-not-datacontract": True, "x-source": "ASP.NET Web API HttpError (the 400 body)",
    "properties": {
        "message": {"type": "string"},
        "modelState": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    },
}  # fmt: skip
_BARE = {("string", None): "string", ("boolean", None): "boolean", ("integer", "int32"): "int",
         ("integer", "int64"): "long", ("string", "uuid"): "guid"}  # fmt: skip


def _op_id(method: str, path: str) -> str:
    words = [w for w in path.strip("/").split("/") if not w.startswith("{")]
    return snake(f"{method}_{'_'.join(words)}")


def finish(api: Api) -> tuple[dict[str, Any], set[str]]:
    """The OpenAPI document of ``api`` and the bare scalar roots its results use."""
    bare: set[str] = set()
    paths: dict[str, dict[str, Any]] = defaultdict(dict)
    seen: Counter[str] = Counter()
    ops = []
    for (method, path), op in sorted(api.operations.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        op = dict(op)
        op.setdefault("operationId", _op_id(method, path))
        op.setdefault("tags", [snake(path.strip("/").split("/")[0])])
        ops.append((method, path, op))
    method_names = names.method_names(ops)
    for method, path, op in ops:
        if method_names[method, path] != op["operationId"]:
            op["x-python-name"] = method_names[method, path]  # the spec, not a generator, names the method
        if "summary" not in op:  # not in the descriptions file: the method's name, now that it is known
            op["summary"] = texts.summary_of(op)
        seen[op["operationId"]] += 1
        responses = dict(op.get("responses") or {"204": {"description": "No content"}})
        ok = responses.get("200")
        if ok and "application/xml" in ok.get("content", {}):
            schema = ok["content"]["application/xml"]["schema"]
            ok = {**ok, "content": {**ok["content"], "application/xml": {"schema": _xml_result(api, schema, bare)}}}
            responses["200"] = ok
        responses.update(ERRORS)
        op["responses"] = responses
        for param in op.get("parameters", ()):
            schema = param.get("schema") or {}
            if param.get("in") == "query" and param.get("required") and schema.get("type") == "string":
                schema.setdefault("minLength", 1)  # ASP.NET refuses an empty required value as a missing one
        ordered = {k: op[k] for k in ("operationId", "x-python-name", "x-wire-operation-id", "tags", "summary",
                                      "x-source", "x-also-in", "x-doc-page") if k in op}  # fmt: skip
        ordered.update({k: v for k, v in op.items() if k not in ordered})
        paths[path][method] = ordered
    clashes = [k for k, n in seen.items() if n > 1]
    if clashes:
        api.problems.append(f"operationIds used twice (name them in overrides.yaml): {', '.join(sorted(clashes))}")
    doc = copy.deepcopy(BASE)
    doc["info"].update(api.texts.get("info") or {})
    tagged: dict[str, list[str]] = defaultdict(list)
    for path, item in paths.items():
        for op in item.values():
            tagged[op["tags"][0]].append(path)
    doc["tags"] = [{"name": t, "description": texts.tag_text(t, tagged[t], api.texts)} for t in sorted(tagged)]
    doc["paths"] = dict(paths)
    schemas = {texts.HTTP_ERROR: texts.described(HTTP_ERROR, api.texts.get(texts.HTTP_ERROR) or {})}
    schemas.update({k: _marked(api, k, _public(v)) for k, v in sorted(api.components.items())})
    components = copy.deepcopy(COMPONENTS)
    if api.texts.get("security"):
        components["securitySchemes"]["basicAuth"]["description"] = api.texts["security"]
    for name, words in (api.texts.get("responses") or {}).items():
        components["responses"][name]["description"] = words
    doc["components"] = {**components, "schemas": schemas}
    return doc, bare


def _marked(api: Api, component: str, schema: dict[str, Any]) -> dict[str, Any]:
    """An object type whose namespace no sample shows says so on its ``xml`` (``x-namespace-inferred``):
    the runtime and the docs check treat such a namespace as a guess."""
    ns = api.namespaces.get(component.split(".", 1)[0])
    if "xml" in schema and ns not in api.verified and "namespace" not in schema.get("x-overrides", ()):
        return {**schema, "xml": {**schema["xml"], "x-namespace-inferred": True}}
    return schema


def _public(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in ("x-xml-order-source",)}


def _xml_result(api: Api, schema: dict[str, Any], bare: set[str]) -> dict[str, Any]:
    if schema.get("type") == "array" and "$ref" in target(schema.get("items", {})):
        component = target(schema["items"])["$ref"].rsplit("/", 1)[1]
        module, name = component.split(".", 1)
        name = api.components[component].get("xml", {}).get("name", name)
        xml = {"name": f"ArrayOf{name}", "namespace": DC + api.namespaces[module], "wrapped": True}
        return {**schema, "xml": xml}
    key = (schema.get("type"), schema.get("format"))
    if key in _BARE:
        bare.add(_BARE[key])
        return {**schema, "xml": {"name": _BARE[key], "namespace": SER}}
    return schema


def _list_roots(doc: dict[str, Any]) -> set[str]:
    """Components whose list is a result's or a body's XML root (``ArrayOfCrmContactLead``): their
    ``ArrayOf`` types belong in the XSDs like those of list members."""
    roots = set()
    for item in doc["paths"].values():
        for op in item.values():
            ok = (op["responses"].get("200") or {}).get("content", {})
            body = (op.get("requestBody") or {}).get("content", {})
            for content in (ok, body):
                schema = (content.get("application/xml") or {}).get("schema") or {}
                if schema.get("type") == "array" and "$ref" in target(schema.get("items", {})):
                    roots.add(target(schema["items"])["$ref"].rsplit("/", 1)[1])
    return roots


class _NoAliases(yaml.SafeDumper):
    """Writes a mapping used twice (the error responses) out each time: no ``&id001`` anchors, which a
    reader would have to resolve and which make one object of what a tool may edit as two."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    """A text of several lines as a block (``|``), as a person writes it."""
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_NoAliases.add_representer(str, _text)


def files(api: Api) -> dict[str, str]:
    doc, bare = finish(api)
    text = yaml.dump(doc, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=120)
    out = {"openapi.yaml": HEADER + text}
    writer = XsdWriter(api.components, api.namespaces)
    for component in sorted(_list_roots(doc)):  # items of a List<T> of a class are nillable, as .NET writes
        writer.arrays[component.split(".", 1)[0]].add((writer.xml_name(component), True))
    for module, text in writer.files(bare).items():
        out[f"xsd/{module}.xsd"] = text
    out["COVERAGE.md"] = coverage(api, doc)
    for path, item in doc["paths"].items():
        for method, op in item.items():
            for role, fmt, text in api.samples.get((method, path), ()):
                out[f"samples/{op['operationId']}.{role}.{fmt}"] = text  # as the page shows it
    return out


def _source_kind(source: str) -> str:
    return source.split(":", 1)[0].split("#", 1)[0]


def coverage(api: Api, doc: dict[str, Any]) -> str:
    """spec/COVERAGE.md: operations by area and source, XML namespaces proven or inferred, rules."""
    lines = ["# Coverage of Vitec's API in spec/", "",
             "Written by `python -m codegen import`; do not edit. Sources: `seed` (the shipped help pages), "
             "`help` (current help pages), `swagger` (the published description).", ""]  # fmt: skip
    areas: dict[str, Counter[str]] = defaultdict(Counter)
    for item in doc["paths"].values():
        for op in item.values():
            areas[op["tags"][0]][_source_kind(op["x-source"])] += 1
    kinds = sorted({k for c in areas.values() for k in c})
    lines += ["## Operations by area", "", "| area | operations | " + " | ".join(kinds) + " |",
              "|---|---:|" + "---:|" * len(kinds)]  # fmt: skip
    for area, c in sorted(areas.items()):
        lines.append(f"| {area} | {sum(c.values())} | " + " | ".join(str(c.get(k, 0)) for k in kinds) + " |")
    total = Counter[str]()
    for c in areas.values():
        total.update(c)
    lines.append(f"| **all** | **{sum(total.values())}** | " + " | ".join(str(total.get(k, 0)) for k in kinds) + " |")
    lines += ["", "## XML namespaces", "",
              "`verified`: an XML sample shows the namespace. `inferred`: derived from the description's "
              "definition names and the seeds' pattern; decoding accepts the namespace the server uses "
              "and sending such a body needs the caller's consent (see spec/README.md).", "",
              "| module | DataContract namespace | types | XML |", "|---|---|---:|---|"]  # fmt: skip
    per_module = Counter(c.split(".", 1)[0] for c in api.components)
    for module, ns in sorted(api.namespaces.items()):
        state = "verified" if ns in api.verified else "inferred"
        lines.append(f"| `{module}` | `{ns}` | {per_module.get(module, 0)} | {state} |")
    lines += ["", "## Rules read from prose", ""]
    lines += [f"- `{where}`: {what}" for where, what in sorted(set(api.rules))] or ["(none)"]
    lines += ["", "## Rules left for a person", "",
              "Sentences that read like a limit but whose wording the importer does not read:", ""]  # fmt: skip
    lines += [f"- `{where}`: {_one_line(what)}" for where, what in sorted(set(api.unread_rules))] or ["(none)"]
    if api.problems:
        lines += ["", "## Import notes", ""] + [f"- {_one_line(p)}" for p in sorted(set(api.problems))]
    return "\n".join(lines) + "\n"


README_START = "<!-- coverage by area: from spec/openapi.yaml (codegen/importer/write.py, area_table) -->"
README_END = "<!-- end of coverage by area -->"


def area_table(doc: dict[str, Any]) -> str:
    """The README's coverage table: per area (a route's first segment, as Vitec's help index groups them) the
    operations, where they come from (a help page, or only the Swagger) and the client attributes calling them."""
    areas: dict[str, Counter[str]] = defaultdict(Counter)
    groups: dict[str, set[str]] = defaultdict(set)
    for path, item in doc["paths"].items():
        for op in item.values():
            area = path.strip("/").split("/", 1)[0]
            source = _source_kind(op["x-source"]) if "x-source" in op else "seed" if op.get("x-doc-page") else ""
            areas[area]["swagger" if source == "swagger" else "pages"] += 1
            groups[area].add(op["tags"][0])
    lines = ["| area | operations | from a help page | from the Swagger only | client attributes |",
             "|---|---:|---:|---:|---|"]  # fmt: skip
    total: Counter[str] = Counter()
    for area in sorted(areas, key=str.lower):
        c = areas[area]
        total.update(c)
        names = ", ".join(f"`{g}`" for g in sorted(groups[area]))
        lines.append(f"| {area} | {c.total()} | {c['pages']} | {c['swagger']} | {names} |")
    lines.append(f"| **all** | **{total.total()}** | {total['pages']} | {total['swagger']} | |")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
