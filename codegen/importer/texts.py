"""The prose of spec/: the project's own words, from ``spec/descriptions.yaml``.

The importer takes facts from Vitec's description and help pages (paths, parameters, types, members,
limits, enumerations, namespaces) and none of their sentences: ``strip`` removes every summary and
description a reader took (the prose rules were read from them before), and ``apply`` sets the texts the
descriptions file keeps by hand: the API's version and description, the tags', and per operation and
type their texts (the seed operations' in Swedish with English in brackets, every other operation's
summary in our own English). An operation the file does not describe (one Vitec added since) is named by
the method that calls it: ``summary_of`` gives "Appointment: create" for ``client.appointment.create``, once
``write`` knows the method's name; a tag is described by the paths of its operations.
"""

from __future__ import annotations

import copy
from typing import Any

from .model import Api, Key

DESCRIPTIONS = "descriptions.yaml"
HTTP_ERROR = "errors.HttpError"  # the 400 body, which ``write`` adds to every import


def _drop(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    schema.pop("description", None)
    for prop in (schema.get("properties") or {}).values():
        if isinstance(prop, dict):
            prop.pop("description", None)
    for part in schema.get("allOf", ()):
        _drop(part)


def strip(api: Api) -> None:
    """Remove the readers' prose: operation summaries and descriptions, parameter, body and type texts."""
    for op in api.operations.values():
        op.pop("summary", None)
        op.pop("description", None)
        for param in op.get("parameters", ()):
            param.pop("description", None)
        if "requestBody" in op:
            op["requestBody"].pop("description", None)
        for code, response in (op.get("responses") or {}).items():
            if isinstance(response, dict) and "description" in response:
                response["description"] = "No content" if code == "204" else "OK"
    for schema in api.components.values():
        _drop(schema)


def summary_of(op: dict[str, Any]) -> str:
    """The summary of an operation the descriptions file does not describe: its resource and method, as a
    caller writes them (``client.appointment.create``: "Appointment: create"; ``client.area.get_areas``:
    "Area: get areas"). The method is ``x-python-name`` where the spec gives one, else the operationId, so a
    renamed method never shows the .NET action it replaced (``Appointment_Post``)."""
    resource = " ".join(str(op["tags"][0]).split("_"))
    method = " ".join(str(op.get("x-python-name") or op["operationId"]).strip("_").split("_"))
    return f"{resource[:1].upper()}{resource[1:]}: {method}"


def _set_schema(schema: dict[str, Any], text: dict[str, Any], where: str, problems: list[str]) -> None:
    if "description" in text:
        schema["description"] = text["description"]
        schema.update({k: schema.pop(k) for k in list(schema) if k not in ("type", "description")})  # after type
    props: dict[str, Any] = dict(schema.get("properties") or {})
    for part in schema.get("allOf", ()):
        props.update(part.get("properties") or {})
    for name, words in (text.get("properties") or {}).items():
        if name in props:
            props[name]["description"] = words
        else:
            problems.append(f"{DESCRIPTIONS}: {where} has no member {name}")


def apply(api: Api, texts: dict[str, Any]) -> None:
    """Set the descriptions file's texts on ``api`` (those of unknown operations, types, parameters and
    members are named in ``api.problems``); the API-wide ones are kept for ``write``."""
    problems = api.problems
    by_route: dict[str, Key] = {f"{m.upper()} {p}": (m, p) for m, p in api.operations}
    for route, text in (texts.get("operations") or {}).items():
        key = by_route.get(route)
        if key is None:
            problems.append(f"{DESCRIPTIONS}: no operation {route}")
            continue
        op = api.operations[key]
        for k in ("summary", "description"):
            if k in text:
                op[k] = text[k]
        params = {p.get("name"): p for p in op.get("parameters", ())}
        for name, words in (text.get("parameters") or {}).items():
            if name in params:
                params[name]["description"] = words
            else:
                problems.append(f"{DESCRIPTIONS}: {route} has no parameter {name}")
        if "body" in text and "requestBody" in op:
            op["requestBody"]["description"] = text["body"]
        for code, words in (text.get("responses") or {}).items():
            if code in (op.get("responses") or {}):
                op["responses"][code]["description"] = words
    for component, text in (texts.get("types") or {}).items():
        if component == HTTP_ERROR:
            continue  # ``write`` adds it
        if component not in api.components:
            problems.append(f"{DESCRIPTIONS}: no type {component}")
            continue
        _set_schema(api.components[component], text, component, problems)
    api.texts = {k: v for k, v in texts.items() if k in ("info", "tags", "security", "responses")}
    api.texts[HTTP_ERROR] = (texts.get("types") or {}).get(HTTP_ERROR) or {}


def described(schema: dict[str, Any], text: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``schema`` with the descriptions file's ``text`` of it."""
    out = copy.deepcopy(schema)
    _set_schema(out, text, "", [])
    return out


def tag_text(tag: str, paths: list[str], texts: dict[str, Any]) -> str:
    """A tag's description: the descriptions file's, else the first path segments of its operations."""
    given = (texts.get("tags") or {}).get(tag)
    if given:
        return str(given)
    heads = sorted({"/" + p.strip("/").split("/")[0] for p in paths})
    return "Operations under " + ", ".join(heads)
