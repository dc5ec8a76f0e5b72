"""Import cost that does not grow with the API: operation groups, model namespaces and constraint rows
are imported or built on first use, and stay visible to ``dir()`` and to type checkers."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from vitec_connect import Client, MockTransport, Request, Response, models
from vitec_connect._api import operations

PROBE = r"""
import json, sys
import vitec_connect
def loaded(prefix):
    return sorted(k[len(prefix):] for k in sys.modules if k.startswith(prefix))
from vitec_connect import _validation
out = {"import": loaded("vitec_connect._api.resources."), "tables": sorted(_validation._TABLES)}
client = vitec_connect.Client("u", "p", customer_id="k")
out["client"] = loaded("vitec_connect._api.resources.")
client.crm
out["crm"] = loaded("vitec_connect._api.resources.")
client.with_raw_response.business_intelligence
out["raw"] = loaded("vitec_connect._api.resources.")
print(json.dumps(out))
"""


def test_importing_the_package_imports_no_operation_group_and_builds_no_constraint_rows() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout)
    assert seen["import"] == seen["client"] == [] and seen["tables"] == []
    assert seen["crm"] == ["crm"]
    assert seen["raw"] == ["business_intelligence", "crm"]


def test_a_group_is_bound_once_and_a_copy_gets_its_own() -> None:
    c = Client("u", "p")
    assert c.crm is c.crm and "crm" in vars(c)
    copy = c.with_options(timeout=1)
    assert copy.crm is not c.crm and copy.crm._client is copy and c.crm._client is c
    raw = c.with_raw_response
    assert raw.crm._client is not c and raw.crm is raw.crm
    assert type(c).crm.class_name == "CrmResource"  # on the class: the descriptor itself


def test_operations_index_gives_rows_and_classes_by_name() -> None:
    assert list(operations.OPERATIONS) == list(operations.TAG_OF)  # the spec's order
    assert operations.operation("get_contact") is operations.OPERATIONS["get_contact"]
    assert operations.resource_class("crm") is operations.CrmResource
    assert {"CrmResource", "CrmRawResource", "OPERATIONS"} <= set(dir(operations))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        operations.Nope  # noqa: B018
    with pytest.raises(KeyError):
        operations.operation("nope")


def test_models_names_resolve_on_first_use_and_are_listed() -> None:
    assert models.CrmContact is models.crm_contact.CrmContact
    assert models.TipsAndLeadsReport is models.business_intelligence.TipsAndLeadsReport
    assert set(models.__all__) <= set(dir(models))
    with pytest.raises(AttributeError, match="has no attribute 'CrmContactt'"):
        models.CrmContactt  # type: ignore[attr-defined]  # noqa: B018


def test_constraints_are_found_for_a_class_defined_apart_from_its_namespace(full: Any) -> None:
    """A type written into a shared module (for import cycles) still gets its namespace's rows."""
    from importlib import import_module

    validation = import_module("fullconnect._validation")
    constraints = import_module("fullconnect._api.constraints")
    checked = 0
    for name, namespaces in constraints.BY_NAME.items():
        for ns in namespaces:
            cls = getattr(import_module(f"fullconnect.models.{ns}"), name)
            own = constraints.NAMESPACES[ns]()[f"{ns}.{name}"]
            assert validation.rules(cls) == own, (ns, name)
            checked += 1
    assert checked == sum(len(v) for v in constraints.BY_NAME.values()) > 10
    assert validation.rules(object) == ()


def test_the_first_call_of_an_operation_imports_its_group() -> None:
    sent: list[str] = []

    def answer(request: Request) -> Response:
        sent.append(request.url)
        return Response(200, {"content-type": "application/json"}, b"{}", 0.0, request)

    c = Client("u", "p", customer_id="k", transport=MockTransport(answer))
    lead = c.crm.get_incoming_lead(id="i")
    assert type(lead).__name__ == "IncomingLead" and sent[0].endswith("/CRM/Lead/k/Incoming/i")
