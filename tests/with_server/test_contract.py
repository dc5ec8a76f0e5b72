"""Contract fuzzing of the mock server with schemathesis over the whole spec/openapi.yaml: no 5xx on any
generated input, every response conforms to the spec, every invalid input gets a 4xx with a validation
body, and a method a path does not support gets 405 with the path's methods in ``Allow``.

How many examples per operation: ``VITEC_CONTRACT_EXAMPLES`` (default 4, derandomized: the same cases on
every run, CI included, so a failure there reproduces anywhere). Every operation is fuzzed at that depth
in the ordinary suite; ``nox -s contract`` runs the full sweep (100 examples each, random), and
``VITEC_CONTRACT_EXAMPLES=N pytest tests/with_server/test_contract.py`` any depth in between.

What the spec cannot say in OpenAPI, the test says as the mock (and ASP.NET) reads requests
(spec/README.md, "Routing" and "The mock server's contract"):

- Request bodies are fuzzed as JSON (enums also as integers, as Newtonsoft reads them): schemathesis writes
  XML bodies with the JSON property names, not the DataContract element names (XML is covered by the
  interop, property and sample suites).
- JSON Schema does not tell ``2`` from ``2.0``; Newtonsoft's reader refuses ``2.0`` for an int or an enum
  (checked under Mono), and so does the mock: integral numbers are sent as integers.
- Templates that differ only in a parameter's name are one path to a server. Where their methods differ
  (``POST /CRM/File/{customerId}/{estateId}``, ``DELETE /CRM/File/{customerId}/{fileId}``) they are fuzzed
  as one path item, whose ``Allow`` lists both. Where both are GETs of one id and of a list of ids, a
  segment holding the list's ``x-separator`` is the list's, any other the single id's: the list parameter
  is generated with the separator and the single one without; a value the other way round (a "negative"
  case) is a request for the other operation, and is only checked for not being a server error.
- The report's "at most two months" rule cannot be said in OpenAPI, so generated ranges are clamped to it.
- A query parameter the spec does not name, with a value the HTTP library drops (``{}``, ``[]``), is sent
  empty, so that the mock sees it (and refuses it, as it refuses any name the spec does not know).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import urllib.parse
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, settings

from codegen.spec.openapi import read_yaml

from ..conftest import SPEC

schemathesis = pytest.importorskip("schemathesis") if not os.environ.get("CI") else __import__("schemathesis")

from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.core.parameters import ParameterLocation  # noqa: E402
from vitec_connect.testing import MockServer  # noqa: E402

SERVER = MockServer(password="contract", open_access=True)
AUTH = {"Authorization": "Basic " + base64.b64encode(b"demo:contract").decode()}
EXAMPLES = int(os.environ.get("VITEC_CONTRACT_EXAMPLES", "4"))
#: path parameters whose values the routing rule splits by a separator (see the module's docstring)
SPLIT = "x-routed-by-separator"


def _json_bodies_only(doc: dict[str, Any]) -> None:
    """JSON bodies (see above), and the enums a request body reaches also as integers, which Newtonsoft
    accepts (page 002's own example sends "leadType":0)."""
    schemas = doc["components"]["schemas"]
    todo = []
    for item in doc["paths"].values():
        for op in item.values():
            body = op.get("requestBody")
            if body:
                body["content"].pop("application/xml", None)
                todo.append(body["content"]["application/json"]["schema"])  # a model, a list, a scalar
    reached: set[str] = set()
    while todo:
        for ref in re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(todo.pop())):
            if ref not in reached:
                reached.add(ref)
                todo.append(schemas[ref])
    # "Om en mottagare anges måste antingen handläggare, användargrupp eller kontor specificeras"
    receiver = schemas["public_advertisement_lead.Receiver"]
    receiver["anyOf"] = [
        {"required": [k], "properties": {k: {"type": "object"}}} for k in ("agent", "userGroup", "office")
    ]
    for name in sorted(reached):
        if schemas[name].get("enum"):
            enum = schemas[name]
            schemas[name] = {"anyOf": [enum, {"type": "integer", "minimum": 0, "maximum": len(enum["enum"]) - 1}]}


def _shape(path: str) -> tuple[str, ...]:
    return tuple("{}" if s.startswith("{") else s.lower() for s in path.strip("/").split("/"))


def _one_path_per_route(doc: dict[str, Any]) -> None:
    """Templates that differ only in parameter names, as the server sees them (see above)."""
    by_shape: dict[tuple[str, ...], list[str]] = {}
    for path in doc["paths"]:
        by_shape.setdefault(_shape(path), []).append(path)
    for paths in by_shape.values():
        methods = [m for p in paths for m in doc["paths"][p]]
        if len(paths) < 2:
            continue
        if len(methods) == len(set(methods)):  # one path item: the first template's names
            first, names = paths[0], re.findall(r"\{(\w+)\}", paths[0])
            for other in paths[1:]:
                renames = dict(zip(re.findall(r"\{(\w+)\}", other), names, strict=True))
                for method, op in doc["paths"].pop(other).items():
                    for param in op.get("parameters", ()):
                        if param["in"] == "path":
                            param["name"] = renames[param["name"]]
                    doc["paths"][first][method] = op
            continue
        # a list of ids and one id: the parameters whose names differ are told apart by the separator
        names = [re.findall(r"\{(\w+)\}", p) for p in paths]
        differing = {n[i] for i in range(len(names[0])) if len({n[i] for n in names}) > 1 for n in names}
        for path in paths:
            for op in doc["paths"][path].values():
                for param in op.get("parameters", ()):
                    if param["in"] == "path" and param["name"] in differing:
                        most = param.get("x-max-items", 1000) - 1
                        listed = f"^[^,]*(,[^,]*){{1,{most}}}$"  # (every separator of the spec is a comma)
                        param["schema"]["pattern"] = listed if param.get("x-separator") else "^[^,]+$"
                        op[SPLIT] = True


def _contract() -> dict[str, Any]:
    doc = read_yaml((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    _json_bodies_only(doc)
    _one_path_per_route(doc)
    return doc


schema = schemathesis.openapi.from_dict(_contract())


@pytest.fixture(scope="module", autouse=True)
def running_server() -> Any:
    SERVER.start()
    yield SERVER
    SERVER.stop()


def _clamp_range(case: Any) -> None:
    query = case.query or {}
    for name in ("dateFrom", "dateTo"):
        if name in query:
            try:  # the pattern cannot know that February has no 30th
                dt.date.fromisoformat(str(query[name])[:10])
            except ValueError:
                assume(False)
    if "dateFrom" in query and "dateTo" in query:
        start = dt.datetime.fromisoformat(str(query["dateFrom"])[:10])
        if start.year < 9999:
            query["dateTo"] = (start + dt.timedelta(days=30)).isoformat()


def _integers(value: Any) -> Any:
    """``2.0`` as ``2``: the same number to JSON Schema, an integer to Newtonsoft (see above)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_integers(v) for v in value]
    if isinstance(value, dict):
        return {k: _integers(v) for k, v in value.items()}
    return value


def _the_siblings(case: Any) -> bool:
    """A value the routing rule gives to the sibling template (a list's without the separator, a single
    id's with it): a request for that operation, whose contract its own cases check."""
    raw = case.operation.definition.raw
    for param in raw.get("parameters", ()) if raw.get(SPLIT) else ():
        pattern = param["schema"].get("pattern")
        value = (case.path_parameters or {}).get(param["name"])
        if value is None or param["in"] != "path" or not pattern:
            continue
        if not re.fullmatch(pattern, urllib.parse.unquote(str(value))):  # (sent as given: %2C is a comma)
            return True
    return False


def _every_query_name_sent(case: Any) -> None:
    """A name the spec does not know, with a value the HTTP library leaves out (``{}``, ``[]``, None), is
    sent with an empty value: the server sees every name the case holds (else a case "with an unknown
    parameter" reaches it as a valid request)."""
    known = {p["name"] for p in case.operation.definition.raw.get("parameters", ()) if p["in"] == "query"}
    if case.query:
        case.query = {k: "" if k not in known and v in (None, [], {}) else v for k, v in case.query.items()}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize="VITEC_CONTRACT_EXAMPLES" not in os.environ,
          suppress_health_check=list(HealthCheck))  # fmt: skip
def test_mock_server_honours_the_contract(case: Any) -> None:
    _clamp_range(case)
    _every_query_name_sent(case)
    if case.body is not None and not isinstance(case.body, (str, bytes)):
        case.body = _integers(case.body)
    # a case whose own Authorization is the invalid part is sent with it (the mock answers 401)
    own = case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER)
    headers = {} if own and "Authorization" in (case.headers or {}) else AUTH
    if _the_siblings(case):
        case.call_and_validate(base_url=SERVER.url, headers=headers, checks=[not_a_server_error])
        return
    case.call_and_validate(base_url=SERVER.url, headers=headers)
