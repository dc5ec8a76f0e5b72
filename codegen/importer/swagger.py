"""Read a Swagger 2.0 description of the API (Swashbuckle's, as Vitec publishes it) into an ``Api``.

What a Swagger 2.0 document says and does not say, and how each gap is filled (every guess is marked
``x-inferred`` with its reason):

- Definition names keep two segments of the CLR namespace, reversed (``Crm.Contact.CrmContact`` is
  ``CrmContact`` of ``…Models.Contact.Crm``): the DataContract namespace is inferred from that and the
  root the help pages show (``Vitec.Housing.Connect.Api.Models``).
- Generic definitions (``Range`1_Double``) get .NET's DataContract name (``RangeOfdouble``).
- An enum declared inline on a member becomes a named enum ``<Member>`` of the first module using it;
  equal member lists in one module share one enum. The .NET name is a guess.
- No inheritance, no nullability: members are nullable and optional unless ``required`` names them.
- ``operationId`` becomes snake case; the original is kept in ``x-wire-operation-id``. Ids that collide
  get ``_by_<path parameters>``; parameter names that are not Python names get ``x-python-name``, and so
  do members whose snake case is not a usable attribute or is another member's (``naming.python_names``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .. import naming
from . import rules
from .model import DC, Api, snake

SOURCE = "swagger"

_GENERIC_ARGS = {"Int16": "short", "Int32": "int", "Int64": "long", "Double": "double", "Decimal": "decimal",
                 "String": "string", "Boolean": "boolean", "Byte": "unsignedByte", "Guid": "guid",
                 "DateTime": "dateTime"}  # fmt: skip

#: The CLR namespace the help pages show for Vitec's own models; Swagger keeps only its last segments.
ROOT = "Vitec.Housing.Connect.Api.Models"


def clr_namespace(prefix: str) -> str:
    """The CLR namespace of a definition prefix (``Crm.Contact`` -> ``…Api.Models.Contact.Crm``)."""
    parts = prefix.split(".")[::-1] if prefix else []
    if parts[:2] == ["Api", "Models"]:  # Models.Api: the root itself
        parts = parts[2:]
    elif parts[:1] == ["Models"]:  # BusinessIntelligense.Models: Models.BusinessIntelligense
        parts = parts[1:]
    return ".".join([ROOT, *parts]) if parts else ROOT


def module_of(namespace: str) -> str:
    """Our module name for a CLR namespace: snake case of what follows ``Models``."""
    tail = namespace.split(".Models.", 1)[1] if ".Models." in namespace else namespace.rsplit(".", 1)[-1]
    words = [snake(w) for w in tail.split(".")]
    return "_".join(w for w in words if w) or "models"


def type_name(definition: str) -> tuple[str, str, str | None]:
    """(CLR namespace, DataContract name, generic note) of a Swagger definition name."""
    prefix, _, name = definition.rpartition(".")
    generic = None
    m = re.fullmatch(r"(\w+)`(\d+)_(\w+)", name)
    if m:
        args = [_GENERIC_ARGS.get(a, a) for a in m.group(3).split("_")]
        name = m.group(1) + "Of" + "".join(args)
        generic = f"{m.group(1)}<{', '.join(args)}>"
    return clr_namespace(prefix), name, generic


def pointer(*parts: str) -> str:
    """A JSON pointer into the Swagger document (``/`` and ``~`` escaped as RFC 6901 says)."""
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _ref(definition: str) -> str:
    return definition.rsplit("/", 1)[1]


class SwaggerReader:
    """One pass over a Swagger 2.0 document; ``read()`` gives the ``Api``."""

    def __init__(self, swagger: dict[str, Any], label: str = SOURCE) -> None:
        self.swagger = swagger
        self.label = label
        self.defs: dict[str, Any] = swagger.get("definitions") or {}
        self.api = Api()
        self.component_of: dict[str, str] = {}
        self.enums: dict[tuple[str, tuple[str, ...]], str] = {}
        self.pending: list[str] = []
        self.where = "#"  # the pointer of what is being read (an inline enum's source)

    def read(self) -> Api:
        self.operations()
        while self.pending:
            self.convert_type(self.pending.pop(0))
        return self.api

    # -- types ------------------------------------------------------------------------------------

    def component(self, definition: str) -> str:
        if definition not in self.component_of:
            if definition not in self.defs:
                raise ValueError(f"{self.label}: $ref to an undefined definition {definition!r}")
            namespace, name, _ = type_name(definition)
            module = self.api.module_for(namespace, inferred=True)
            self.component_of[definition] = f"{module}.{name}"
            self.pending.append(definition)
        return self.component_of[definition]

    def convert_type(self, definition: str) -> None:
        component = self.component_of[definition]
        module = component.split(".", 1)[0]
        namespace, name, generic = type_name(definition)
        schema = self.defs[definition]
        self.where = pointer("definitions", definition)
        required = set(schema.get("required", ()))
        props = {}
        for json_name, prop in (schema.get("properties") or {}).items():
            out = self.value(module, json_name, prop, nullable=json_name not in required)
            if "maxLength" in prop:
                out["maxLength"] = prop["maxLength"]
            if prop.get("description"):
                out["description"] = prop["description"]
            props[json_name] = out
        python_names = naming.python_names(list(props), naming.RESERVED_MEMBERS)
        for (json_name, out), python_name in zip(props.items(), python_names, strict=True):
            if python_name != naming.snake(json_name):
                out["x-python-name"] = python_name  # the spec, not a generator, names it
        result: dict[str, Any] = {"type": "object"}
        if schema.get("description"):
            result["description"] = schema["description"]
        result["xml"] = {"name": name, "namespace": DC + namespace}
        result["x-source"] = self.label + pointer("definitions", definition)
        if generic:
            result["x-generic"] = generic
        if required & props.keys():
            result["required"] = [k for k in props if k in required]
        result["properties"] = props
        self.api.components[component] = result

    def enum(self, module: str, json_name: str, values: list[str], where: str) -> str:
        key = (module, tuple(values))
        if key not in self.enums:
            name = json_name[0].upper() + json_name[1:]
            component = f"{module}.{name}"
            if component in self.api.components and where.startswith("#/definitions/"):
                # another enumeration of that name in the namespace: named after its owner, as a person
                # would (EnergyDeclarationStatus), not numbered
                owner = type_name(where.split("/")[2].replace("~1", "/").replace("~0", "~"))[1]
                component = f"{module}.{owner}{name}"
            n = 2
            while component in self.api.components:
                component = f"{module}.{name}{n}"
                n += 1
            self.api.components[component] = {
                "type": "string",
                "x-source": self.label + where,
                "x-inferred": "name: declared inline on a member, the .NET enum's name is not published",
                "enum": list(values),
            }
            self.enums[key] = component
        return self.enums[key]

    def value(self, module: str, json_name: str, prop: dict[str, Any], nullable: bool) -> dict[str, Any]:
        def typed(t: str) -> str | list[str]:
            return [t, "null"] if nullable else t

        if "$ref" in prop:
            ref = {"$ref": "#/components/schemas/" + self.component(_ref(prop["$ref"]))}
            return {"oneOf": [ref, {"type": "null"}]} if nullable else ref
        if "enum" in prop:
            name = json_name.rsplit(".", 1)[-1]
            where = f"{self.where}/properties/{json_name}" if "/parameters/" not in self.where else self.where
            ref = {"$ref": "#/components/schemas/" + self.enum(module, name, prop["enum"], where)}
            return {"oneOf": [ref, {"type": "null"}]} if nullable else ref
        t, fmt = prop.get("type"), prop.get("format")
        if t == "array":
            items = prop.get("items") or {}
            item_nullable = "$ref" in items  # reference types may hold null items; value types never
            return {"type": typed("array"), "items": self.value(module, json_name, items, item_nullable)}
        if t == "object":
            return {"type": typed("object"), "additionalProperties": {"type": ["string", "null"]}}
        if t == "string" and fmt in ("byte", "date-time"):
            return {"type": typed("string"), "format": fmt}
        if t in ("string", "boolean"):
            return {"type": typed(t)}
        if t == "integer":
            return {"type": typed("integer"), "format": fmt or "int32"}
        if t == "number":
            return {"type": typed("number"), "format": fmt or "double"}
        raise ValueError(f"{self.label}: {json_name}: a Swagger type the importer does not know: {prop!r}")

    # -- operations -------------------------------------------------------------------------------

    def operations(self) -> None:
        found = [
            (path, method, op)
            for path, item in sorted((self.swagger.get("paths") or {}).items())
            for method, op in sorted(item.items())
            if method in ("get", "post", "put", "delete", "patch")
        ]
        paths_of = defaultdict(list)
        for path, _method, op in found:
            paths_of[op["operationId"]].append(path)
        for path, method, op in found:
            wire_id = op["operationId"]
            op_id = snake(wire_id)
            if len(paths_of[wire_id]) > 1:
                op_id += "_by_" + "_".join(snake(p) for p in re.findall(r"\{(\w+)\}", path))
            out = self.operation(path, method, op, op_id)
            rules.read(out, out.get("summary", ""), self.api, f"{method.upper()} {path}")
            self.api.operations[(method, path)] = out

    def operation(self, path: str, method: str, op: dict[str, Any], op_id: str) -> dict[str, Any]:
        tag = snake(op["operationId"].partition("_")[0])
        out: dict[str, Any] = {
            "operationId": op_id,
            "x-wire-operation-id": op["operationId"],
            "tags": [tag],
            "x-source": self.label + pointer("paths", path, method),
        }
        if op.get("summary"):
            out["summary"] = " ".join(op["summary"].split())
        params = []
        for i, p in enumerate(op.get("parameters", [])):
            if p["in"] == "body":
                out["requestBody"] = self.body(p)
                continue
            scalar = {k: v for k, v in p.items() if k in ("type", "format")}
            param: dict[str, Any] = {"name": p["name"], "in": p["in"], "required": bool(p.get("required"))}
            if p.get("description"):
                param["description"] = p["description"]
            if not p["name"].isidentifier():
                param["x-python-name"] = snake(p["name"])
            param["schema"] = (
                {
                    "$ref": "#/components/schemas/"
                    + self.enum(
                        self.api.module_for(ROOT, inferred=True),
                        p["name"].rsplit(".", 1)[-1],
                        p["enum"],
                        pointer("paths", path, method, "parameters", str(i)),
                    )
                }
                if "enum" in p
                else self.value("api", p["name"], scalar, nullable=False)
            )
            params.append(param)
        if params:
            out["parameters"] = params
        code, response = next(iter(sorted(op["responses"].items())))
        if code == "204":
            out["responses"] = {"204": {"description": "No content"}}
        else:
            out["responses"] = {"200": self.response(response.get("schema") or {}, op)}
        return out

    def body(self, p: dict[str, Any]) -> dict[str, Any]:
        schema = p["schema"]
        if schema.get("type") == "array":
            items = schema["items"]
            item = (
                {"$ref": "#/components/schemas/" + self.component(_ref(items["$ref"]))}
                if "$ref" in items
                else self.value("api", p["name"], items, nullable=False)
            )
            body: dict[str, Any] = {"type": "array", "items": item}
        else:
            body = {"$ref": "#/components/schemas/" + self.component(_ref(schema["$ref"]))}
        out: dict[str, Any] = {"required": bool(p.get("required")), "x-body-name": snake(p["name"])}
        if p.get("description"):
            out["description"] = p["description"]
        out["content"] = {"application/json": {"schema": body}, "application/xml": {"schema": body}}
        return out

    def response(self, schema: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
        if schema.get("format") == "byte" and "application/octet-stream" in op.get("produces", ()):
            content = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
            return {"description": "The file's bytes", "content": content}
        if "$ref" in schema:
            ref = {"$ref": "#/components/schemas/" + self.component(_ref(schema["$ref"]))}
            return {
                "description": "OK",
                "content": {"application/json": {"schema": ref}, "application/xml": {"schema": ref}},
            }
        if schema.get("type") == "array" and "$ref" in (schema.get("items") or {}):
            component = self.component(_ref(schema["items"]["$ref"]))
            arr = {"type": "array", "items": {"$ref": f"#/components/schemas/{component}"}}
            return {
                "description": "OK",
                "content": {"application/json": {"schema": arr}, "application/xml": {"schema": arr}},
            }
        scalar = self.value("api", "result", schema, nullable=False) if schema else {"type": "string"}
        return {
            "description": "OK",
            "content": {"application/json": {"schema": scalar}, "application/xml": {"schema": scalar}},
        }


def read(swagger: dict[str, Any], label: str = SOURCE) -> Api:
    """The operations and types of a Swagger 2.0 document."""
    if str(swagger.get("swagger", "")) != "2.0":
        raise ValueError(f"{label}: not a Swagger 2.0 document (swagger: {swagger.get('swagger')!r})")
    return SwaggerReader(swagger, label).read()
