"""What the mock answers operations without an override of their own: a GET of one thing by its id answers
that id, a subtype says in its discriminator that it is that subtype, and the README's rules for 403 and 404
hold for every operation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from vitec_connect import Client, errors, json, models, xml
from vitec_connect._api.operations import OPERATIONS
from vitec_connect._api.polymorphism import DISCRIMINATORS
from vitec_connect._codec import fields_of
from vitec_connect._mockops import OVERRIDES
from vitec_connect._mocksynth import fetched_id
from vitec_connect._types import Model, Timestamp
from vitec_connect.testing import MockServer

#: subtype -> (the discriminator's attribute, the value that names the subtype)
TAGS = {
    sub: (next(f.attr for f in fields_of(sub) if f.wire == d.property), tag)
    for d in DISCRIMINATORS.values()
    for tag, sub in d.subtypes.items()
}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as s:
        yield s


def wire_arguments(server: MockServer, operation_id: str, **given: Any) -> dict[str, Any]:
    """The arguments the mock accepts for an operation, by wire name (as ``MockServer.answer`` takes them)."""
    op = OPERATIONS[operation_id]
    by_python = server.synth.arguments(op, server.customer_id)
    args = {p.name: by_python[p.python_name] for p in op.params if by_python.get(p.python_name) is not None}
    return {**args, **given}


def models_in(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        for item in value:
            yield from models_in(item)
    elif isinstance(value, Model):
        yield value
        for f in fields_of(type(value)):
            if f.hint is not Timestamp:
                yield from models_in(getattr(value, f.attr))


GET_BY_ID = sorted(
    op.operation_id
    for op in OPERATIONS.values()
    if op.operation_id not in OVERRIDES
    and fetched_id(op, {p.name: "x" for p in op.params}) is not None
    and isinstance(op.response, type)
    and issubclass(op.response, Model)
    and any(f.wire == "id" for f in fields_of(op.response))
)


def test_the_operations_read_as_a_get_by_id() -> None:
    assert {"crm_contact_get_person", "crm_contact_get_company", "crm_bid_get", "meeting_get_single"} <= set(GET_BY_ID)
    assert "crm_contact_get_person_list" not in GET_BY_ID and "crm_file_get_file" not in GET_BY_ID


@pytest.mark.parametrize("operation_id", GET_BY_ID)
def test_a_get_by_id_answers_the_id_asked_for(server: MockServer, operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    name = op.path.rstrip("/").rpartition("/")[2][1:-1]
    for asked in ("K1", "KON10042"):
        answer = server.answer(operation_id, wire_arguments(server, operation_id, **{name: asked}))
        assert answer.id == asked, (operation_id, answer.id)


def test_every_subtype_in_an_answer_is_named_by_its_discriminator(server: MockServer) -> None:
    seen = set()
    for op in OPERATIONS.values():
        if op.operation_id in OVERRIDES or op.method != "GET" or op.response in (None, bytes, str):
            continue
        for obj in models_in(server.answer(op.operation_id, wire_arguments(server, op.operation_id))):
            if type(obj) in TAGS:
                attr, tag = TAGS[type(obj)]
                assert getattr(obj, attr) == tag, (op.operation_id, type(obj).__name__, getattr(obj, attr))
                seen.add(type(obj))
    assert seen == set(TAGS)  # every subtype came up somewhere


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_person_fetched_by_id_is_that_person_and_stays_one_when_read_as_a_contact(server: MockServer, fmt: str) -> None:
    with Client(server.username, server.password, customer_id=server.customer_id, base_url=server.url, format=fmt) as client:  # type: ignore[arg-type]
        for asked in ("K1", "K2"):
            person = client.crm_contact.get_person(contact_id=asked)
            assert type(person) is models.CrmPersonContact and person.id == asked
            assert person.type == models.ContactType("Person")
            again = json.decode(json.encode(person), type=models.CrmContact)
            assert type(again) is models.CrmPersonContact and again == person
            assert type(xml.decode(xml.encode(person, type=models.CrmContact), type=models.CrmContact)) is models.CrmPersonContact
        company = client.crm_contact.get_company(contact_id="K2")
        assert (type(company), company.id, company.type) == (models.CrmCompanyContact, "K2", models.ContactType("Company"))


def test_an_id_naming_what_is_asked_for_starting_with_nope_is_404_in_the_path_or_the_query(server: MockServer) -> None:
    with Client(server.username, server.password, customer_id=server.customer_id, base_url=server.url) as client:
        with pytest.raises(errors.NotFoundError) as e:
            client.crm_file.get_file(file_id="NOPE1")  # a required query id
        assert str(e.value) == (
            "404 Not Found: fileId NOPE1 finns inte. (GET /CRM/File/GetFile?customerId=demo-kund&fileId=NOPE1)"
        )
        with pytest.raises(errors.NotFoundError, match=r"^404 Not Found: contactId NOPE2 finns inte\. "):
            client.crm_contact.get_person(contact_id="NOPE2")  # a path id
        with pytest.raises(errors.NotFoundError, match=r"^404 Not Found: estateId NOPE3 finns inte\. "):
            client.estate.get_house(estate_id="NOPE3")
        assert client.crm_file.get_file(file_id="F1").startswith(b"%PDF")
        # a search filter is not what is asked for: no match is an empty answer, not a 404
        client.crm_bid.get_list(criteria_contact_id="NOPE4")


def test_every_customer_but_the_servers_own_gets_403(server: MockServer) -> None:
    with Client(server.username, server.password, base_url=server.url) as client:
        assert client.crm_contact.get_person(customer_id=server.customer_id, contact_id="K1").id == "K1"
        for other in ("annan-kund", "kund-id"):
            with pytest.raises(errors.PermissionDeniedError, match=f"/CRM/Contact/{other}/Person/K1"):
                client.crm_contact.get_person(customer_id=other, contact_id="K1")
