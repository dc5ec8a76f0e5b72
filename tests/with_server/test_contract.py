"""Contract fuzzing of the mock server with schemathesis, from spec/openapi.yaml: no 5xx on any generated
input, every response conforms to the spec, every invalid input gets a 4xx with a validation body.

Request bodies are fuzzed as JSON (enums also as integers, as Newtonsoft reads them): schemathesis writes XML bodies with the JSON property names, not the
DataContract element names (XML is covered by the interop, property and sample suites). The report's
"at most two months" rule cannot be said in OpenAPI, so generated ranges are clamped to it.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, settings

from ..conftest import SPEC

schemathesis = pytest.importorskip("schemathesis") if not os.environ.get("CI") else __import__("schemathesis")

from vitec_connect.testing import MockServer  # noqa: E402

SERVER = MockServer(password="contract", open_access=True)
AUTH = {"Authorization": "Basic " + base64.b64encode(b"demo:contract").decode()}


def _json_bodies_only() -> dict[str, Any]:
    """The spec as the server reads requests: JSON bodies (see above), and enums of request bodies also
    as integers, which Newtonsoft accepts (page 002's own example sends "leadType":0)."""
    doc = yaml.safe_load((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    request_modules = set()
    for item in doc["paths"].values():
        for op in item.values():
            body = op.get("requestBody")
            if body:
                body["content"].pop("application/xml", None)
                request_modules.add(body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1].split(".")[0])
    schemas = doc["components"]["schemas"]
    # "Om en mottagare anges måste antingen handläggare, användargrupp eller kontor specificeras"
    receiver = schemas["public_advertisement_lead.Receiver"]
    receiver["anyOf"] = [{"required": [k], "properties": {k: {"type": "object"}}} for k in ("agent", "userGroup", "office")]
    for name, schema in list(schemas.items()):
        if name.split(".")[0] in request_modules and schema.get("enum"):
            schemas[name] = {"anyOf": [schema, {"type": "integer", "minimum": 0, "maximum": len(schema["enum"]) - 1}]}
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
