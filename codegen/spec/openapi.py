"""The OpenAPI half of spec/: ``openapi.yaml`` read into types, members, parameters and operations."""

from __future__ import annotations

import dataclasses
import pathlib
from typing import Any

import yaml

from .. import kinds
from .errors import SpecError


@dataclasses.dataclass(frozen=True)
class Member:
    """One property of an object schema."""

    json_name: str
    xml_name: str
    kind: str  # a scalar kind of kinds.KINDS ("string", "double"...) | "enum" | "object" | "list" | "map"
    ref: str | None  # component of an object/enum member, or of a list's items
    item_kind: str | None  # for "list": the kind of its items (a scalar kind, "enum" or "object")
    nullable: bool
    required: bool
    max_length: int | None
    description: str
    length_message: str | None = None
    required_message: str | None = None
    item_nullable: bool = False
    python_name: Any = None  # x-python-name: the attribute's name where snake case of the wire name is not one


@dataclasses.dataclass(frozen=True)
class TypeDef:
    """One component schema: an object type, an enumeration or a named string."""

    component: str  # "crm_contact.CrmContact"
    module: str
    name: str
    kind: str  # "object" | "enum" | "string"
    namespace: str | None
    description: str
    base: str | None = None
    members: tuple[Member, ...] = ()  # own members, JSON order
    enum_values: tuple[str, ...] = ()
    discriminator: str | None = None  # JSON property naming the subtype
    discriminator_mapping: tuple[tuple[str, str], ...] = ()  # (value, component)
    datacontract: bool = True
    inferred: str | None = None
    namespace_inferred: bool = False  # xml.x-namespace-inferred: no document shows the namespace


@dataclasses.dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path" | "query"
    kind: str  # a scalar kind of kinds.KINDS, or "enum"
    ref: str | None
    required: bool
    description: str
    separator: str | None = None
    max_items: int | None = None
    python_name: Any = None  # x-python-name: the argument's name where the wire name is not one


@dataclasses.dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    doc_page: str
    params: tuple[Param, ...]
    body: str | None  # component of the request body (of its items, for a "list" body)
    body_required: bool
    body_name: str | None
    response_kind: str  # "object" | "list" | "string" | "scalar" | "scalar_list" | "none" (204) | "binary"
    response_ref: str | None
    max_date_range: tuple[str, str, int] | None  # (from param, to param, months)
    body_kind: str = "object"  # "object" | "list" (of body) | "scalar_list" (of body_scalar)
    body_scalar: str | None = None  # kind of a "scalar_list" body's items
    response_scalar: str | None = None  # kind of a "scalar" result or of a "scalar_list" result's items
    wire_operation_id: str | None = None  # x-wire-operation-id: Vitec's operationId, where ours differs
    retry_safe: Any = None  # x-retry-safe: True/False where the spec says (the consistency check: a boolean)
    python_name: Any = None  # x-python-name: the method's name in its resource, where it is not the operationId


@dataclasses.dataclass(frozen=True)
class OpenApiSpec:
    title: str
    version: str
    server: str
    types: dict[str, TypeDef]
    operations: tuple[Operation, ...]
    tags: tuple[tuple[str, str], ...]

    def type(self, component: str) -> TypeDef:
        try:
            return self.types[component]
        except KeyError:
            raise SpecError(f"openapi.yaml: no component schema {component!r}") from None

    def all_members(self, component: str) -> list[Member]:
        """Members of a type including its bases', base members first."""
        t = self.type(component)
        inherited = self.all_members(t.base) if t.base else []
        return inherited + list(t.members)

    def subtypes(self, component: str) -> list[str]:
        return [c for c, t in self.types.items() if t.base == component]


def _ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise SpecError(f"openapi.yaml: unsupported $ref {ref!r}")
    return ref[len(prefix) :]


def _types_of(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type")
    if t is None:
        return []
    return list(t) if isinstance(t, list) else [t]


def _member(component: str, json_name: str, prop: dict[str, Any], required: bool) -> Member:
    where = f"openapi.yaml: {component}.{json_name}"
    nullable = False
    target = prop
    if "oneOf" in prop:
        branches = prop["oneOf"]
        refs = [b for b in branches if "$ref" in b]
        nulls = [b for b in branches if b.get("type") == "null"]
        if len(refs) != 1 or len(refs) + len(nulls) != len(branches):
            raise SpecError(f"{where}: oneOf must be one $ref plus an optional null")
        nullable = bool(nulls)
        target = refs[0]
    types = _types_of(target)
    if "null" in types:
        nullable = True
        types.remove("null")
    xml_name = prop.get("x-xml-name") or json_name[0].upper() + json_name[1:]
    common = dict(
        json_name=json_name,
        xml_name=xml_name,
        nullable=nullable,
        required=required,
        max_length=prop.get("maxLength"),
        description=(prop.get("description") or "").strip(),
        length_message=prop.get("x-length-message"),
        required_message=prop.get("x-required-message"),
        python_name=prop.get("x-python-name"),
    )
    if "$ref" in target:
        return Member(kind="ref", ref=_ref_name(target["$ref"]), item_kind=None, **common)
    if types == ["array"]:
        items = target.get("items", {})
        if "oneOf" in items:
            refs = [b for b in items["oneOf"] if "$ref" in b]
            if len(refs) != 1 or len(items["oneOf"]) != 2 or not any(b.get("type") == "null" for b in items["oneOf"]):
                raise SpecError(f"{where}: list items' oneOf must be one $ref plus null")
            items = {**refs[0], "x-nullable-item": True}
        if "$ref" in items:
            return Member(
                kind="list",
                ref=_ref_name(items["$ref"]),
                item_kind="ref",
                item_nullable=bool(items.get("x-nullable-item")),
                **common,
            )
        item_types = _types_of(items)
        item_nullable = "null" in item_types
        item = _scalar(where, [t for t in item_types if t != "null"], items.get("format"))
        return Member(kind="list", ref=None, item_kind=item, item_nullable=item_nullable, **common)
    if types == ["object"] and "additionalProperties" in target:
        # Dictionary<string,string> ("map"); anything else only outside DataContract types (HttpError's ModelState)
        value_types = _types_of(target["additionalProperties"])
        kind = "map" if [t for t in value_types if t != "null"] == ["string"] else "object_map"
        return Member(kind=kind, ref=None, item_kind=None, **common)
    return Member(kind=_scalar(where, types, target.get("format")), ref=None, item_kind=None, **common)


def _scalar(where: str, types: list[str], fmt: str | None) -> str:
    """The scalar kind (kinds.KINDS) of an OpenAPI type and format."""
    kind = kinds.from_openapi(types[0], fmt) if len(types) == 1 else None
    if kind is None:
        raise SpecError(f"{where}: unsupported type {types!r} (format {fmt!r})")
    return kind.name


def read_yaml(text: str) -> Any:
    """``yaml.safe_load`` through libyaml when PyYAML has it (the whole API's spec: 0.4 s, not 2 s)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_openapi(path: pathlib.Path) -> OpenApiSpec:
    doc = read_yaml(path.read_text(encoding="utf-8"))
    schemas: dict[str, Any] = doc["components"]["schemas"]
    types: dict[str, TypeDef] = {}
    for component, schema in schemas.items():
        if component.count(".") != 1:
            raise SpecError(f"openapi.yaml: component {component!r} must be named <module>.<Type>")
        module, name = component.split(".")
        base = None
        props_schema = schema
        if "allOf" in schema:
            parts = schema["allOf"]
            if len(parts) != 2 or "$ref" not in parts[0]:
                raise SpecError(f"openapi.yaml: {component}: allOf must be [$ref base, own object]")
            base = _ref_name(parts[0]["$ref"])
            props_schema = parts[1]
        xml = schema.get("xml", {})
        common = dict(
            component=component,
            module=module,
            name=name,
            namespace=xml.get("namespace"),
            description=(schema.get("description") or "").strip(),
            datacontract=not schema.get("x-not-datacontract", False),
            inferred=schema.get("x-inferred"),
            namespace_inferred=bool(xml.get("x-namespace-inferred", False)),
        )
        if schema.get("type") == "string":
            values = tuple(schema.get("enum", ()))
            types[component] = TypeDef(kind="enum" if values else "string", enum_values=values, **common)
            continue
        required = set(props_schema.get("required", ()))
        members = tuple(
            _member(component, json_name, prop, json_name in required)
            for json_name, prop in (props_schema.get("properties") or {}).items()
        )
        disc = schema.get("discriminator")
        types[component] = TypeDef(
            kind="object",
            base=base,
            members=members,
            discriminator=disc["propertyName"] if disc else None,
            discriminator_mapping=tuple((v, _ref_name(r)) for v, r in (disc or {}).get("mapping", {}).items()),
            **common,
        )
    # resolve "ref" members to object/enum/string kinds
    resolved: dict[str, TypeDef] = {}
    for component, t in types.items():
        members = []
        for m in t.members:
            if m.kind == "ref":
                assert m.ref is not None
                if m.ref not in types:
                    raise SpecError(f"openapi.yaml: {component}.{m.json_name} refers to missing {m.ref}")
                target_kind = types[m.ref].kind
                m = dataclasses.replace(m, kind=target_kind)
            elif m.kind == "list" and m.item_kind == "ref":
                assert m.ref is not None
                if m.ref not in types:
                    raise SpecError(f"openapi.yaml: {component}.{m.json_name} refers to missing {m.ref}")
                m = dataclasses.replace(m, item_kind=types[m.ref].kind)
            members.append(m)
        resolved[component] = dataclasses.replace(t, members=tuple(members))

    operations = []
    shared_params = doc["components"].get("parameters", {})
    for path, item in doc["paths"].items():
        for method, op in item.items():
            params = []
            for p in op.get("parameters", []):
                if "$ref" in p:
                    p = shared_params[p["$ref"].rsplit("/", 1)[-1]]
                schema = p["schema"]
                if "$ref" in schema:
                    ref = _ref_name(schema["$ref"])
                    kind = resolved[ref].kind
                else:
                    ref = None
                    where = f"openapi.yaml: {op['operationId']} parameter {p['name']}"
                    kind = _scalar(where, _types_of(schema), schema.get("format"))
                params.append(
                    Param(
                        name=p["name"],
                        location=p["in"],
                        kind=kind,
                        ref=ref,
                        required=bool(p.get("required")),
                        description=(p.get("description") or "").strip(),
                        separator=p.get("x-separator"),
                        max_items=p.get("x-max-items"),
                        python_name=p.get("x-python-name"),
                    )
                )
            body = body_name = body_scalar = None
            body_required = False
            body_kind = "object"
            if "requestBody" in op:
                body_name = op["requestBody"].get("x-body-name", "body")
                body_kind, body, body_scalar = _shape(op, op["requestBody"]["content"]["application/json"]["schema"])
                if body_kind not in ("object", "list", "scalar_list"):
                    raise SpecError(f"openapi.yaml: {op['operationId']}: a request body must be an object or an array")
                body_required = bool(op["requestBody"].get("required"))
            response_kind, response_ref, response_scalar = _response(op)
            rng = op.get("x-max-date-range")
            operations.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    tag=op["tags"][0],
                    summary=(op.get("summary") or "").strip(),
                    description=(op.get("description") or "").strip(),
                    doc_page=op.get("x-doc-page", ""),
                    params=tuple(params),
                    body=body,
                    body_required=body_required,
                    body_name=body_name,
                    response_kind=response_kind,
                    response_ref=response_ref,
                    max_date_range=(rng["from"], rng["to"], int(rng["months"])) if rng else None,
                    body_kind=body_kind,
                    body_scalar=body_scalar,
                    response_scalar=response_scalar,
                    wire_operation_id=op.get("x-wire-operation-id"),
                    retry_safe=op.get("x-retry-safe"),
                    python_name=op.get("x-python-name"),
                )
            )
    return OpenApiSpec(
        title=doc["info"]["title"],
        version=str(doc["info"]["version"]),
        server=doc["servers"][0]["url"],
        types=resolved,
        operations=tuple(operations),
        tags=tuple((t["name"], t.get("description", "")) for t in doc.get("tags", [])),
    )


def _shape(op: dict[str, Any], schema: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """(kind, component, scalar kind) of a body or result: an object, a list of objects or scalars, a scalar."""
    where = f"openapi.yaml: {op['operationId']}"
    if "$ref" in schema:
        return "object", _ref_name(schema["$ref"]), None
    types = _types_of(schema)
    if types == ["array"]:
        items = schema.get("items", {})
        if "$ref" in items:
            return "list", _ref_name(items["$ref"]), None
        return "scalar_list", None, _scalar(where, _types_of(items), items.get("format"))
    kind = _scalar(where, types, schema.get("format"))
    return ("string" if kind == "string" else "scalar"), None, kind


def _response(op: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """(response_kind, response_ref, response_scalar) of an operation's success response."""
    responses = op["responses"]
    if "200" not in responses:
        if "204" not in responses:
            raise SpecError(f"openapi.yaml: {op['operationId']}: no 200 or 204 response")
        return "none", None, None
    content = responses["200"].get("content", {})
    if "application/octet-stream" in content:
        return "binary", None, None
    if "application/json" not in content:
        raise SpecError(f"openapi.yaml: {op['operationId']}: a 200 response without JSON or octet-stream content")
    return _shape(op, content["application/json"]["schema"])
