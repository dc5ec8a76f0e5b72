"""Contract fuzzing of the mock server with schemathesis, from spec/openapi.yaml: no 5xx on any generated
input, every response conforms to the spec, every invalid input gets a 4xx with a validation body.

The operations a help page documents (``x-doc-page``): their constraints (lengths, required members,
limits) are the pages'. The operations only the 2020 description lists are served and called through the
client and the command in both formats by tests/test_fullspec_whole_api.py (strict decoding: every answer
holds the spec's types); fuzzing them here finds where the mock's request validation and the 2020
description's constraints part (integers for strings, which Newtonsoft accepts; 405 answers of paths that
differ only in case), which spec/README.md lists for a decision.

Request bodies are fuzzed as JSON (enums also as integers, as Newtonsoft reads them): schemathesis writes XML bodies with the JSON property names, not the
DataContract element names (XML is covered by the interop, property and sample suites). The report's
"at most two months" rule cannot be said in OpenAPI, so generated ranges are clamped to it.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, settings

from codegen.spec.openapi import read_yaml

from ..conftest import SPEC

schemathesis = pytest.importorskip("schemathesis") if not os.environ.get("CI") else __import__("schemathesis")

from vitec_connect.testing import MockServer  # noqa: E402

SERVER = MockServer(password="contract", open_access=True)
AUTH = {"Authorization": "Basic " + base64.b64encode(b"demo:contract").decode()}


def _json_bodies_only() -> dict[str, Any]:
    """The spec as the server reads requests: JSON bodies (see above), and the enums a request body
    reaches also as integers, which Newtonsoft accepts (page 002's own example sends "leadType":0)."""
    doc = read_yaml((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    for path, item in list(doc["paths"].items()):
        item = {method: op for method, op in item.items() if "x-doc-page" in op}
        if item:
            doc["paths"][path] = item
        else:
            del doc["paths"][path]
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
    receiver["anyOf"] = [{"required": [k], "properties": {k: {"type": "object"}}} for k in ("agent", "userGroup", "office")]
    for name in sorted(reached):
        if schemas[name].get("enum"):
            enum = schemas[name]
            schemas[name] = {"anyOf": [enum, {"type": "integer", "minimum": 0, "maximum": len(enum["enum"]) - 1}]}
    return doc


schema = schemathesis.openapi.from_dict(_json_bodies_only())


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


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_mock_server_honours_the_contract(case: Any) -> None:
    _clamp_range(case)
    case.call_and_validate(base_url=SERVER.url, headers=AUTH)
