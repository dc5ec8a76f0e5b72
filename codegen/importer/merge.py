"""Lay the readers' pictures over each other by authority, then apply the hand-kept overrides.

Authority, highest first: the shipped seed pages, current help pages, the Swagger description, the
overrides file (``spec/overrides.yaml``: what none of them says). For one operation the higher source
gives parameters, summary, body and result; a lower one fills only what the higher leaves out (names,
a result the page does not state). For one type the higher source's members are the members; an
enumeration keeps the values the higher source shows first, then the lower source's others; a type the
higher source only names (``x-inferred`` string) takes the lower source's definition. A sample's
namespace moves a Swagger type of the same name there (its Swagger namespace was only inferred).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from .model import DC, Api


def _refs(node: Any, old: str, new: str) -> Any:
    if isinstance(node, dict):
        return {k: (("#/components/schemas/" + new) if k == "$ref" and v == "#/components/schemas/" + old
                    else _refs(v, old, new)) for k, v in node.items()}  # fmt: skip
    if isinstance(node, list):
        return [_refs(v, old, new) for v in node]
    return node


def rename(api: Api, old: str, new: str) -> None:
    """Move component ``old`` to ``new`` and rewrite every reference to it."""
    if old == new:
        return
    api.components[new] = api.components.pop(old)
    api.components = {k: _refs(v, old, new) for k, v in api.components.items()}
    api.operations = {k: _refs(v, old, new) for k, v in api.operations.items()}


def _source_kind(source: str) -> str:
    return source.split(":", 1)[0].split("#", 1)[0]


def _rank(schema: dict[str, Any]) -> int:
    """A source's authority: 0 for the seed pages, 1 for current help pages, 2 for the Swagger."""
    return {"seed:": 0, "help:": 1}.get(str(schema.get("x-source", ""))[:5], 2)


def _placeholder(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and "enum" not in schema and "x-inferred" in schema


def _relocate(lower: Api, higher: Api) -> None:
    """Move lower's types to the namespace a higher source's sample proves for the same type name."""
    by_name: dict[str, list[str]] = {}
    for component in lower.components:
        by_name.setdefault(component.split(".", 1)[1], []).append(component)
    for component in sorted(higher.components):
        module, name = component.split(".", 1)
        ns = higher.namespaces.get(module)
        if ns not in higher.verified or len(by_name.get(name, ())) != 1:
            continue
        (old,) = by_name[name]
        if old == component:
            continue
        new_module = lower.module_for(ns, inferred=False, preferred=module)
        new = f"{new_module}.{name}"
        if new in lower.components:
            continue
        rename(lower, old, new)
        if "xml" in lower.components[new]:
            lower.components[new]["xml"]["namespace"] = DC + ns
        by_name[name] = [new]


def layer(lower: Api, higher: Api) -> Api:
    """``higher`` over ``lower`` (both are left as they were)."""
    lower = copy.deepcopy(lower)
    _relocate(lower, higher)
    out = Api(
        operations=dict(lower.operations),
        components=dict(lower.components),
        namespaces=dict(lower.namespaces),
        verified=lower.verified | higher.verified,
        rules=lower.rules + higher.rules,
        unread_rules=lower.unread_rules + higher.unread_rules,
        problems=lower.problems + higher.problems,
        samples={**lower.samples, **higher.samples},
    )
    for module, ns in higher.namespaces.items():
        if module in out.namespaces and out.namespaces[module] != ns:
            out.problems.append(f"module {module}: {ns} (higher source) and {out.namespaces[module]} (lower)")
        out.namespaces[module] = ns
    for key, op in higher.operations.items():
        below = out.operations.get(key)
        merged = dict(op)
        if below:
            for k in ("operationId", "x-wire-operation-id", "tags", "responses", "requestBody"):
                if k not in merged and k in below:
                    merged[k] = below[k]
            if "requestBody" in merged and "requestBody" in below:
                for k in ("x-body-name", "description"):
                    if k in below["requestBody"]:
                        merged["requestBody"].setdefault(k, below["requestBody"][k])
            merged["x-also-in"] = sorted({*below.get("x-also-in", ()), below["x-source"]})
        out.operations[key] = merged
    for component, schema in higher.components.items():
        below = out.components.get(component)
        if below is None or not _placeholder(schema):
            merged = dict(schema)
            if below and "enum" in schema and "enum" in below:
                # the higher source's members are the members (Vitec removed some since the description);
                # those only the lower one lists are named for a person
                extra = [v for v in below["enum"] if v not in schema["enum"]]
                if extra:
                    out.problems.append(
                        f"{component}: members only {_source_kind(below['x-source'])} lists, not taken: "
                        + ", ".join(extra)
                    )
            if below:
                merged["x-also-in"] = sorted({*below.get("x-also-in", ()), below["x-source"]})
            out.components[component] = merged
        # else: the higher source only names the type; the lower one's definition stands
    return out


def _all_properties(api: Api, component: str) -> set[str]:
    schema = api.components.get(component, {})
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", ()):
        if "$ref" in part:
            names |= _all_properties(api, part["$ref"].rsplit("/", 1)[1])
        names |= set(part.get("properties", {}))
    return names


def _move(api: Api, component: str, namespace: str) -> str:
    """A type the import placed in an inferred namespace, moved to the one a server's answer or a page
    showed for it (``types: <component>: {namespace: <CLR namespace>}``; docs_diff proposes it). Its
    module is that namespace's, named as the import names one; the type's XML is then not inferred."""
    module = api.module_for(namespace, inferred=True)
    new = f"{module}.{component.split('.', 1)[1]}"
    if new != component and new in api.components:
        api.problems.append(f"overrides: {component} cannot move to {namespace}: {new} is there already")
        return component
    rename(api, component, new)
    api.components[new].setdefault("xml", {"name": component.split(".", 1)[1]})["namespace"] = DC + namespace
    return new


def apply_overrides(api: Api, overrides: dict[str, Any]) -> Api:
    """What no source says: module names, inheritance, order exceptions, names, extra enum members."""
    api = copy.deepcopy(api)
    for ns, module in (overrides.get("modules") or {}).items():
        current = next((m for m, n in api.namespaces.items() if n == ns), None)
        if current is None or current == module:
            continue
        for component in sorted(c for c in api.components if c.split(".", 1)[0] == current):
            rename(api, component, f"{module}.{component.split('.', 1)[1]}")
        del api.namespaces[current]
        api.namespaces[module] = ns
    for old, new in sorted((overrides.get("rename") or {}).items()):
        if old not in api.components:
            api.problems.append(f"overrides: rename {old}: it is not in the import")
        elif new in api.components:  # the same type under two names: one stays, the higher source's
            kept, other = api.components[new], api.components.pop(old)
            if _rank(other) < _rank(kept):
                kept, other = other, kept
                if "xml" in kept:
                    kept["xml"]["name"] = new.split(".", 1)[1]
                kept["x-also-in"] = sorted({*kept.get("x-also-in", ()), other["x-source"]})
                extra = [v for v in other.get("enum", ()) if v not in kept.get("enum", ())]
                if extra:
                    api.problems.append(f"{new}: members only {_source_kind(other['x-source'])} lists, not taken: "
                                        + ", ".join(extra))  # fmt: skip
                api.components[new] = kept
            api.components = {k: _refs(v, old, new) for k, v in api.components.items()}
            api.operations = {k: _refs(v, old, new) for k, v in api.operations.items()}
        else:
            rename(api, old, new)
            schema = api.components[new]
            if "xml" in schema:
                schema["xml"]["name"] = new.split(".", 1)[1]
                schema["xml"]["namespace"] = DC + api.namespaces[new.split(".", 1)[0]]
    moved = {}
    for component, change in sorted((overrides.get("types") or {}).items()):
        if "namespace" in change and component in api.components:
            moved[component] = _move(api, component, change["namespace"])
    for component, change in sorted((overrides.get("types") or {}).items()):
        component = moved.get(component, component)
        schema = api.components.get(component)
        if schema is None:
            api.problems.append(f"overrides: {component} is not in the import")
            continue
        schema.setdefault("x-overrides", [])
        for key, value in sorted(change.items()):
            if key == "why":
                continue
            if key == "namespace":
                schema["x-overrides"].append(key)
                continue
            if key == "base":
                inherited = _all_properties(api, value)  # a page's table of a subtype lists them too
                if "properties" in schema:
                    schema["properties"] = {k: v for k, v in schema["properties"].items() if k not in inherited}
                if "required" in schema:
                    schema["required"] = [k for k in schema["required"] if k not in inherited] or None
                    if schema["required"] is None:
                        del schema["required"]
                props = {k: v for k, v in schema.items() if k in ("type", "required", "properties")}
                rest = {k: v for k, v in schema.items() if k not in props}
                schema.clear()
                schema.update(rest)
                schema["allOf"] = [{"$ref": "#/components/schemas/" + value}, props or {"type": "object"}]
            elif key == "add-enum":
                schema["enum"] = schema.get("enum", []) + [v for v in value if v not in schema.get("enum", [])]
            else:
                schema[key] = value
            schema["x-overrides"].append(key)
        if change.get("why"):
            schema["x-inferred"] = change["why"]
    for route, change in sorted((overrides.get("operations") or {}).items()):
        method, _, path = route.partition(" ")
        op = api.operations.get((method.lower(), path))
        if op is None:
            api.problems.append(f"overrides: no operation {route}")
            continue
        for key, value in change.items():
            if key == "x-body-name" and "requestBody" in op:
                op["requestBody"]["x-body-name"] = value
            else:
                op[key] = value
    return reachable(api)


def reachable(api: Api) -> Api:
    """Every type a page shows, and the other types an operation reaches (a Swagger type a page replaced
    is left behind)."""
    keep = {c for c, s in api.components.items() if str(s.get("x-source", "")).startswith(("seed:", "help:"))}
    todo = [json.dumps(op) for op in api.operations.values()] + [json.dumps(api.components[c]) for c in keep]
    while todo:
        for ref in re.findall(r'"#/components/schemas/([^"]+)"', todo.pop()):
            if ref not in keep and ref in api.components:
                keep.add(ref)
                todo.append(json.dumps(api.components[ref]))
    dropped = sorted(set(api.components) - keep)
    api.components = {k: v for k, v in api.components.items() if k in keep}
    if dropped:
        api.problems.append(f"{len(dropped)} type(s) no operation reaches, left out: " + ", ".join(dropped))
    return api


def canonical(api: Api) -> str:
    """A text form of an ``Api`` for determinism checks."""
    return json.dumps(
        {"operations": {f"{m} {p}": op for (m, p), op in sorted(api.operations.items())},
         "components": dict(sorted(api.components.items())), "namespaces": dict(sorted(api.namespaces.items()))},
        sort_keys=True, ensure_ascii=False,
    )  # fmt: skip
