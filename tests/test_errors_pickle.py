"""Every public error pickles with its message and its attributes, so an error raised in another process
(a ``ProcessPoolExecutor`` worker) reaches the caller as itself."""

from __future__ import annotations

import concurrent.futures
import inspect
import multiprocessing
import pickle
from typing import Any

import pytest
from vitec_connect import Client, MockTransport, Request, Response, errors

HEADERS = {"content-type": "application/json", "x-request-id": "r-17"}
URL = "https://connect.maklare.vitec.net/CRM/Contact/demo-kund/NOPE1"


def _public_error_classes() -> list[type[BaseException]]:
    """The errors module's public exception classes, found by looking (not from a list kept by hand)."""
    found = {
        cls
        for name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, BaseException) and cls.__module__ == errors.__name__ and not name.startswith("_")
    }
    found |= {getattr(errors, name) for name in errors.__all__}
    return sorted(found, key=lambda cls: cls.__name__)


def _sample(cls: type[BaseException]) -> BaseException:
    """An instance of ``cls`` with every attribute its constructor takes set to something recognisable.
    A new error class whose constructor differs from its base's fails here: give it a sample."""
    where = {"method": "GET", "url": URL}
    status = {"status_code": 404, "body": b'{"Message":"Hittades inte"}', "headers": HEADERS, **where}
    if issubclass(cls, errors.BadRequestError):
        return cls(
            "400 Bad Request (POST /x)", errors={"lead.Person.FirstName": ["för lång"]}, **{**status, "status_code": 400}
        )
    if issubclass(cls, errors.APIStatusError):
        return cls("404 Not Found (GET /CRM/Contact/demo-kund/NOPE1)", **status)
    if issubclass(cls, errors.APIConnectionError):
        return cls("could not connect to 127.0.0.1:1", may_have_reached_server=False, kind="connect", **where)
    if issubclass(cls, errors.APIError):
        return cls("talking to the API failed", **where)
    if issubclass(cls, errors.ValidationError):
        errors_ = {"contact_ids": ["at most 20 per request, got 21"], "date_to": ["must not be before date_from"]}
        return cls(errors_, operation="crm.get_contact_leads")
    if issubclass(cls, errors.NamespaceMismatchError):
        return cls("CrmContact", "urn:expected", "urn:actual", "CrmContact/Address")
    if issubclass(cls, errors.InferredNamespaceError):
        return cls("Budget", "urn:inferred", "budget")
    if issubclass(cls, (errors.DecodeError, errors.EncodeError)):
        return cls("expected an int (Int32), got 'x'", "CrmContact/Age")
    if cls is errors.VitecError:
        return cls("something failed")
    raise AssertionError(f"no sample for {cls.__name__}: add one to _sample")


def _same(copy: BaseException, original: BaseException) -> None:
    assert type(copy) is type(original)
    assert str(copy) == str(original) and copy.args == original.args
    assert vars(copy) == vars(original)


@pytest.mark.parametrize("cls", _public_error_classes(), ids=lambda cls: cls.__name__)
def test_every_public_error_round_trips_through_pickle(cls: type[BaseException]) -> None:
    original = _sample(cls)
    if cls is not errors.VitecError:
        assert vars(original), "the sample sets no attribute: the comparison below would say nothing"
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        _same(pickle.loads(pickle.dumps(original, protocol)), original)


def test_the_errors_found_include_every_kind_of_error() -> None:
    names = {cls.__name__ for cls in _public_error_classes()}
    assert {"VitecError", "ValidationError", "APIConnectionError", "APITimeoutError", "NotFoundError"} <= names
    assert len(names) >= 16


def test_a_status_errors_attributes_survive() -> None:
    copy = pickle.loads(pickle.dumps(_sample(errors.BadRequestError)))
    assert isinstance(copy, errors.BadRequestError)
    assert (copy.status_code, copy.body, copy.method, copy.url) == (400, b'{"Message":"Hittades inte"}', "GET", URL)
    assert copy.headers == HEADERS and copy.request_id == "r-17"
    assert copy.errors == {"lead.Person.FirstName": ["för lång"]}
    assert str(copy) == "400 Bad Request (POST /x) — lead.Person.FirstName: för lång"


def test_a_connection_errors_attributes_survive() -> None:
    original = errors.APITimeoutError("timed out", may_have_reached_server=True, kind="timeout", method="POST", url=URL)
    copy = pickle.loads(pickle.dumps(original))
    assert isinstance(copy, errors.APITimeoutError)
    assert (copy.kind, copy.may_have_reached_server, copy.method, copy.url) == ("timeout", True, "POST", URL)


def test_a_validation_errors_attributes_survive() -> None:
    copy = pickle.loads(pickle.dumps(_sample(errors.ValidationError)))
    assert copy.errors == {"contact_ids": ["at most 20 per request, got 21"], "date_to": ["must not be before date_from"]}
    assert copy.operation == "crm.get_contact_leads"
    assert str(copy) == (
        "invalid request to crm.get_contact_leads(): "
        "contact_ids: at most 20 per request, got 21; date_to: must not be before date_from"
    )


def test_an_attribute_set_after_raising_survives() -> None:
    original = _sample(errors.NotFoundError)
    original.add_note("while syncing contacts")
    copy = pickle.loads(pickle.dumps(original))
    assert copy.__notes__ == ["while syncing contacts"]


def _not_found(request: Request) -> Response:
    body = b'{"Message":"Kontakten finns inte"}'
    return Response(404, {"content-type": "application/json; charset=utf-8"}, body, 0.01, request)


def _get_missing_contact(contact_id: str) -> Any:
    """Runs in a worker process: a call that answers 404."""
    client = Client("u", "p", customer_id="demo-kund", transport=MockTransport(_not_found), max_retries=0)
    return client.crm.get_contact(contact_id=contact_id)


def test_a_status_error_raised_in_a_process_pool_worker_reaches_the_caller_as_itself() -> None:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no state shared with this one
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(_get_missing_contact, "NOPE1")
        with pytest.raises(errors.NotFoundError) as info:
            future.result(timeout=120)
    error = info.value
    assert error.status_code == 404 and error.body == b'{"Message":"Kontakten finns inte"}'
    assert (error.method, error.url) == ("GET", "https://connect.maklare.vitec.net/CRM/Contact/demo-kund/NOPE1")
    assert str(error) == "404 Not Found: Kontakten finns inte (GET /CRM/Contact/demo-kund/NOPE1)"
