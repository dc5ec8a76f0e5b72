"""Path and query arguments are checked against their parameter's kind before anything is sent, and the
error names the Python argument and the call."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from vitec_connect import ValidationError, models
from vitec_connect._api import operations
from vitec_connect._schema import Operation, Param

from .test_client import Recorder, client

INT32 = "an int (Int32)"
BUDGET = {"customer_id": "k", "office_id": "O", "user_id": "U", "month": 3, "realtor_budget": models.RealtorBudget()}
LEAD_FLAGS = {"object_lead_type": True, "contact_lead_type": True, "log_lead_type": True, "outgoing_lead_type": True}


def _refused(call: Any) -> ValidationError:
    rec = Recorder(body=b"")
    with pytest.raises(ValidationError) as info:
        call(client(rec))
    assert rec.requests == [], "sent although an argument was refused"
    return info.value


@pytest.mark.parametrize(
    ("year", "message"),
    [
        ("abc", f"expected {INT32}, got str"),
        ("2024", f"expected {INT32}, got str"),
        (True, f"expected {INT32}, got bool"),
        (2024.0, f"expected {INT32}, got float"),
        (2**40, "1099511627776 is out of range for an int (Int32) (-2147483648..2147483647)"),
        (-(2**31) - 1, "-2147483649 is out of range for an int (Int32) (-2147483648..2147483647)"),
    ],
    ids=["text", "digits-as-text", "bool", "float", "2**40", "below-int32"],
)
def test_an_int_argument_not_an_int32_is_refused_before_sending(year: Any, message: str) -> None:
    error = _refused(lambda c: c.business_intelligence.budget(year=year, **BUDGET))
    assert error.errors == {"year": [message]}
    assert error.operation == "business_intelligence.budget"
    assert str(error) == f"invalid request to business_intelligence.budget(): year: {message}"


def test_int_arguments_at_the_edges_of_int32_are_sent() -> None:
    rec = Recorder(status=204, body=b"")
    args = {**BUDGET, "month": -(2**31)}
    client(rec).business_intelligence.budget(year=2**31 - 1, **args)
    assert rec.requests[0].url.endswith("/BusinessIntelligence/Budget/k/O/U/2147483647/-2147483648")


def _budget_with(kind: str, separator: str | None = None) -> Operation:
    """The budget operation with ``year`` of another .NET integer kind (no operation of the shipped spec
    has one yet; the generator writes any of them)."""
    row = operations.operation("business_intelligence_budget")
    params = tuple(p._replace(kind=kind, separator=separator) if p.name == "year" else p for p in row.params)
    return row._replace(params=params)


def _call(op: Operation, year: Any) -> Any:
    args = {"customerId": "k", "officeId": "O", "userId": "U", "year": year, "month": 3}
    return lambda c: c._call(op, args, models.RealtorBudget(), {})


@pytest.mark.parametrize(
    ("kind", "name", "low", "high"),
    [
        ("int", "an int (Int32)", -(2**31), 2**31 - 1),
        ("long", "a long (Int64)", -(2**63), 2**63 - 1),
        ("short", "a short (Int16)", -(2**15), 2**15 - 1),
        ("byte", "a byte", 0, 255),
    ],
)
def test_every_dotnet_integer_kind_is_checked_for_its_range(kind: str, name: str, low: int, high: int) -> None:
    op = _budget_with(kind)
    for bad in (low - 1, high + 1):
        error = _refused(_call(op, bad))
        assert error.errors == {"year": [f"{bad} is out of range for {name} ({low}..{high})"]}
    for bad, got in (("7", "str"), (False, "bool"), (1.0, "float"), (object(), "object")):
        assert _refused(_call(op, bad)).errors == {"year": [f"expected {name}, got {got}"]}
    rec = Recorder(status=204, body=b"")
    for edge in (low, high):
        _call(op, edge)(client(rec))
    assert [r.url.rsplit("/", 2)[1] for r in rec.requests] == [str(low), str(high)]


def test_each_item_of_an_integer_list_is_checked() -> None:
    op = _budget_with("short", separator=",")
    error = _refused(_call(op, [1, True, 2**15]))
    assert error.errors == {"year[1]": ["expected a short (Int16), got bool"]}
    error = _refused(_call(op, [1, 2, 2**15]))
    assert error.errors == {"year[2]": ["32768 is out of range for a short (Int16) (-32768..32767)"]}
    rec = Recorder(status=204, body=b"")
    _call(op, [1, -2])(client(rec))
    assert rec.requests[0].url.endswith("/Budget/k/O/U/1%2C-2/3")


@pytest.mark.parametrize(
    ("ids", "key", "message"),
    [
        (["KON1", None], "contact_ids[1]", "expected a str, got NoneType"),
        ([17], "contact_ids[0]", "expected a str, got int"),
        (["KON1", True], "contact_ids[1]", "expected a str, got bool"),
        (17, "contact_ids", "expected a list or a ','-separated str, got int"),
        (b"KON1", "contact_ids", "expected a list or a ','-separated str, got bytes"),
    ],
    ids=["none-item", "int-item", "bool-item", "int", "bytes"],
)
def test_each_id_of_a_list_is_checked(ids: Any, key: str, message: str) -> None:
    error = _refused(lambda c: c.crm.get_contact_leads(customer_id="k", contact_ids=ids, **LEAD_FLAGS))
    assert error.errors == {key: [message]}
    assert str(error) == f"invalid request to crm.get_contact_leads(): {key}: {message}"


def test_an_id_list_given_as_an_iterator_is_read_once_and_sent() -> None:
    rec = Recorder()
    client(rec).crm.get_contact_leads(customer_id="k", contact_ids=iter(["KON1", "KON2"]), **LEAD_FLAGS)
    assert "/CRM/Contact/k/KON1%2CKON2/True/True/True/True/Lead" in rec.requests[0].url


def test_a_date_argument_error_names_each_argument() -> None:
    error = _refused(
        lambda c: c.business_intelligence.get_tips_and_leads_report(customer_id="k", date_from="2024-11-01", date_to="2024-12-01")
    )
    assert error.errors == {
        "date_from": ["expected a date or datetime, got str"],
        "date_to": ["expected a date or datetime, got str"],
    }
    assert str(error) == (
        "invalid request to business_intelligence.get_tips_and_leads_report(): "
        "date_from: expected a date or datetime, got str; date_to: expected a date or datetime, got str"
    )


def test_a_flag_argument_error_names_the_argument() -> None:
    flags = {**LEAD_FLAGS, "object_lead_type": "yes"}
    error = _refused(lambda c: c.crm.get_contact_leads(customer_id="k", contact_ids=["KON10000"], **flags))
    assert str(error) == "invalid request to crm.get_contact_leads(): object_lead_type: expected a bool, got str"


def test_a_path_segment_error_names_the_call() -> None:
    error = _refused(lambda c: c.crm.get_contact(customer_id="k", contact_id=".."))
    assert error.operation == "crm.get_contact" and list(error.errors) == ["contact_id"]
    assert str(error).startswith("invalid request to crm.get_contact(): contact_id: '..' cannot be sent")


def test_the_raw_response_call_checks_its_arguments_too() -> None:
    error = _refused(lambda c: c.with_raw_response.business_intelligence.budget(year="abc", **BUDGET))
    assert error.errors == {"year": [f"expected {INT32}, got str"]}


# A wrong value of each checked kind, and the start of what the error says.
WRONG = {
    "int": ("1", f"expected {INT32}, got str"),
    "long": ("1", "expected a long (Int64), got str"),
    "short": ("1", "expected a short (Int16), got str"),
    "byte": ("1", "expected a byte, got str"),
    "boolean": ("yes", "expected a bool, got str"),
    "datetime": ("2024-11-01", "expected a date or datetime, got str"),
    "double": ("1.5", "expected a number (double), got str"),
}


def _valid(p: Param) -> Any:
    if p.separator:
        return ["a"]
    return {
        "boolean": True,
        "datetime": dt.date(2025, 1, 1),
        "double": 1.5,
        "enum": next(iter(p.enum)) if p.enum is not None else "x",
    }.get(p.kind, 1 if p.kind in WRONG else "x")


def _typed_params() -> list[tuple[str, str]]:
    return [
        (op.operation_id, p.name)
        for op in (operations.operation(name) for name in operations.OPERATIONS)
        for p in op.params
        if p.kind in WRONG
    ]


@pytest.mark.parametrize(("operation_id", "param"), _typed_params())
def test_every_typed_argument_of_every_operation_is_checked_and_named(operation_id: str, param: str) -> None:
    op = operations.operation(operation_id)
    args = {p.name: _valid(p) for p in op.params}
    p = next(p for p in op.params if p.name == param)
    args[param], message = WRONG[p.kind]
    error = _refused(lambda c: c._call(op, args, None, {}))
    assert error.errors == {p.python_name: [message]}
    assert str(error) == f"invalid request to {op.tag}.{op.python_name}(): {p.python_name}: {message}"
