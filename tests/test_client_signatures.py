"""Generated signatures: keyword-only arguments, and the customer id given per call or once per client."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

import pytest
from vitec_connect import NOT_GIVEN, Client, ValidationError
from vitec_connect._api import operations

from .test_client import Recorder, client


@pytest.fixture(autouse=True)
def _no_customer_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VITEC_CUSTOMER_ID", raising=False)


def _methods(module: Any) -> list[tuple[str, Any]]:
    return [(op.operation_id, getattr(module.resource_class(op.tag), op.python_name)) for op in module.OPERATIONS.values()]


@pytest.mark.parametrize("package", ["shipped", "fixture"])
def test_every_operation_takes_keywords_only_and_a_customer_id_that_may_be_left_out(package: str, request: pytest.FixtureRequest) -> None:
    module = operations if package == "shipped" else request.getfixturevalue("full")._api.operations
    methods = _methods(module)
    assert len(methods) == len(module.OPERATIONS)
    customers = 0
    for name, method in methods:
        params = list(inspect.signature(method).parameters.values())[1:]
        assert all(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in params), name
        op = module.OPERATIONS[name]
        for p in op.params:
            default = inspect.signature(method).parameters[p.python_name].default
            if p.customer:
                customers += 1
                assert type(default).__name__ == "NotGiven", name
                assert p.name == "customerId" or p.name.endswith(".customerId")
            elif p.required:
                assert default is inspect.Parameter.empty, (name, p.python_name)
    assert customers >= len(methods) * 0.8  # almost every operation addresses one customer


def test_the_clients_customer_id_is_used_when_a_call_leaves_it_out() -> None:
    rec = Recorder(body=b"{}")
    c = client(rec, customer_id="M123")
    c.crm.get_incoming_lead(id="i")
    c.crm.get_incoming_lead(customer_id="M456", id="i")  # the call's own wins
    c.business_intelligence.get_tips_and_leads_report(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 1, 2))
    c.with_options(customer_id="M789").crm.get_incoming_lead(id="i")
    c.with_raw_response.crm.get_incoming_lead(id="i")
    urls = [r.url.split("connect.maklare.vitec.net")[1] for r in rec.requests]
    assert urls[:2] == ["/CRM/Lead/M123/Incoming/i", "/CRM/Lead/M456/Incoming/i"]
    assert urls[2].startswith("/BusinessIntelligence/TipsAndLeads/Report?customerId=M123&dateFrom=")
    assert urls[3:] == ["/CRM/Lead/M789/Incoming/i", "/CRM/Lead/M123/Incoming/i"]
    assert c.customer_id == "M123" and "customer_id='M123'" in repr(c)


def test_the_customer_id_comes_from_the_environment_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITEC_CUSTOMER_ID", "M-env")
    rec = Recorder(body=b"{}")
    client(rec).crm.get_incoming_lead(id="i")
    client(rec, customer_id="M-arg").crm.get_incoming_lead(id="i")
    assert [r.url.rsplit("/CRM/Lead/", 1)[1] for r in rec.requests] == ["M-env/Incoming/i", "M-arg/Incoming/i"]


@pytest.mark.parametrize(
    ("client_customer", "call"),
    [
        (None, lambda c: c.crm.get_contact(contact_id="x")),
        (None, lambda c: c.with_raw_response.crm.get_contact(contact_id="x")),
        (None, lambda c: c.with_options(timeout=3).crm.get_incoming_lead(id="x")),
        (None, lambda c: c.iter_windows(c.business_intelligence.get_tips_and_leads_report, date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 9, 1))),
        ("M1", lambda c: c.with_options(customer_id=None).crm.get_contact(contact_id="x")),
        ("M1", lambda c: c.crm.get_contact(customer_id=None, contact_id="x")),
    ],
)
def test_no_customer_id_anywhere_is_a_validation_error_before_sending(client_customer: str | None, call: Any) -> None:
    rec = Recorder(body=b"{}")
    c = client(rec, customer_id=client_customer)
    with pytest.raises(ValidationError) as info:
        call(c)
    assert list(info.value.errors) == ["customer_id"]
    assert rec.requests == []
    if client_customer is None:
        assert "customer_id: is required: pass customer_id=... or create the client with customer_id=..." in str(info.value)


def test_positional_arguments_are_refused() -> None:
    rec = Recorder(body=b"{}")
    with pytest.raises(TypeError, match="positional"):
        client(rec).crm.get_contact("k", "x")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="contact_id"):
        client(rec, customer_id="k").crm.get_contact()  # type: ignore[call-arg]
    assert rec.requests == []


def test_the_fixture_specs_criteria_customer_id_also_defaults_to_the_clients(full: Any) -> None:
    """``criteria.customerId`` (a query parameter named after its criteria object) names the customer too."""
    op = full._api.operations.OPERATIONS["area_get_areas"]
    assert [p.python_name for p in op.params if p.customer] == ["criteria_customer_id"]
    seen: list[str] = []

    def answer(request: Any) -> Any:
        seen.append(request.url)
        return full._transport.Response(200, {"content-type": "application/json"}, b"[]", 0.001, request)

    c = full.Client("u", "p", customer_id="M9", transport=full._transport.MockTransport(answer))
    assert c.area.get_areas() == []
    assert seen[0].endswith("/Area/GetAreas?criteria.customerId=M9")
    with pytest.raises(full.errors.ValidationError, match="criteria_customer_id: is required"):
        c.with_options(customer_id=None).area.get_areas()


def test_not_given_is_falsy_and_named() -> None:
    assert not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN"
    assert Client("u", "p").customer_id is None
