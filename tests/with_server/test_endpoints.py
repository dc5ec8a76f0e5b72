"""Every endpoint against the embedded mock server, in JSON and in XML: the same models either way."""

from __future__ import annotations

import datetime as dt

import pytest
from vitec_connect import (
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    PermissionDeniedError,
    models,
)
from vitec_connect.models import public_advertisement_lead as pal
from vitec_connect.testing import MockServer

FLAGS = dict(object_lead_type=True, contact_lead_type=True, log_lead_type=True, outgoing_lead_type=True)


def both(server: MockServer) -> tuple[Client, Client]:
    return (Client(server.username, server.password, base_url=server.url, format="json"),
            Client(server.username, server.password, base_url=server.url, format="xml"))  # fmt: skip


def test_every_endpoint_returns_equal_models_in_both_formats(server: MockServer) -> None:
    j, x = both(server)
    cid = server.customer_id
    for contact_id in list(server.data.contacts)[:12]:  # persons, companies and a deceased estate
        assert j.crm.get_contact(customer_id=cid, contact_id=contact_id) == x.crm.get_contact(customer_id=cid, contact_id=contact_id) == server.data.contacts[contact_id]
    ids = list(server.data.contacts)[:30]
    assert j.crm.get_contact_leads(customer_id=cid, contact_ids=ids, **FLAGS) == x.crm.get_contact_leads(customer_id=cid, contact_ids=ids, **FLAGS)
    lead_id = next(iter(server.data.incoming))
    assert j.crm.get_incoming_lead(customer_id=cid, id=lead_id) == x.crm.get_incoming_lead(customer_id=cid, id=lead_id) == server.data.incoming[lead_id]
    r1 = j.business_intelligence.get_tips_and_leads_report(customer_id=cid, date_from=dt.date(2025, 8, 1), date_to=dt.date(2025, 10, 1))
    r2 = x.business_intelligence.get_tips_and_leads_report(customer_id=cid, date_from=dt.date(2025, 8, 1), date_to=dt.date(2025, 10, 1))
    assert r1 == r2 and r1.incoming_leads


def test_kinds_of_contact(server: MockServer) -> None:
    j, _ = both(server)
    kinds = {type(j.crm.get_contact(customer_id=server.customer_id, contact_id=c)).__name__ for c in list(server.data.contacts)[:10]}
    assert kinds == {"CrmPersonContact", "CrmCompanyContact", "CrmDeceasedEstateContact"}


def test_a_created_lead_is_visible_through_the_gets(server: MockServer, client: Client) -> None:
    lead = pal.PublicAdvertisingPersonLead(
        person=pal.Person(first_name="Märta", last_name="Sjögren", social_security_number="19751224-1111"),
        lead_source=pal.LeadSource(lead_type=pal.LeadType.AcceptObjectFlow, name="Hemnet"),
        message="Vill boka visning 😀 <snart> & gärna på lördag",
    )
    lead_id = client.public_advertising.create_person_lead(customer_id=server.customer_id, lead=lead)
    incoming = client.crm.get_incoming_lead(customer_id=server.customer_id, id=lead_id)
    assert incoming.message == lead.message and incoming.state == models.existing_lead.State.New
    contact = client.crm.get_contact(customer_id=server.customer_id, contact_id=incoming.contact_id)
    assert isinstance(contact, models.CrmPersonContact) and contact.first_name == "Märta"
    [entry] = client.crm.get_contact_leads(customer_id=server.customer_id, contact_ids=[incoming.contact_id], **FLAGS)
    assert lead_id in [x.id for x in entry.leads]
    # the duplicate check: the same person again is the same contact
    again = client.public_advertising.create_person_lead(customer_id=server.customer_id, lead=lead)
    assert client.crm.get_incoming_lead(customer_id=server.customer_id, id=again).contact_id == incoming.contact_id


def test_errors_through_a_real_server(server: MockServer, client: Client, fmt: str) -> None:
    with pytest.raises(PermissionDeniedError):
        client.crm.get_contact(customer_id=server.forbidden_customer_id, contact_id="KON10000")
    with pytest.raises(NotFoundError):
        client.crm.get_incoming_lead(customer_id=server.customer_id, id="nope")
    with pytest.raises(AuthenticationError):
        Client(server.username, "wrong", base_url=server.url, format=fmt).crm.get_contact(customer_id=server.customer_id, contact_id="KON10000")
    bad = pal.PublicAdvertisingPersonLead(person=pal.Person(first_name="A"), lead_source=pal.LeadSource(name="x"), receiver=pal.Receiver())
    with pytest.raises(BadRequestError) as e:
        client.public_advertising.create_person_lead(customer_id=server.customer_id, lead=bad)
    assert e.value.errors == {"lead.Receiver": ["Om en mottagare anges måste antingen handläggare, användargrupp eller kontor specificeras"]}


def test_the_server_enforces_the_documented_limits(server: MockServer, fmt: str) -> None:
    c = Client(server.username, server.password, base_url=server.url, format=fmt)
    raw = c.with_raw_response.business_intelligence.get_tips_and_leads_report
    # the client refuses before sending; the server refuses what reaches it
    import urllib3

    http = urllib3.PoolManager()
    headers = {"Authorization": c._auth, "Accept": f"application/{fmt}"}
    r = http.request("GET", f"{server.url}/BusinessIntelligence/TipsAndLeads/Report?customerId={server.customer_id}&dateFrom=2025-01-01&dateTo=2025-06-01", headers=headers)
    assert r.status == 400 and "Datumintervallet får inte överstiga 2 månader" in r.data.decode()
    ids = ",".join(f"K{i}" for i in range(21))
    r = http.request("GET", f"{server.url}/CRM/Contact/{server.customer_id}/{ids}/True/True/True/True/Lead", headers=headers)
    assert r.status == 400 and "contactIds" in r.data.decode()
    r = http.request("GET", f"{server.url}/CRM/Contact/{server.customer_id}/K1/yes/True/True/True/Lead", headers=headers)
    assert r.status == 400 and "objectLeadType" in r.data.decode()
    assert raw(customer_id=server.customer_id, date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 2, 1)).status_code == 200


def test_splitting_equals_one_unsplit_call() -> None:
    """45 ids -> 3 requests of at most 20; a year -> windows of 2 months; results as one call would give."""
    with MockServer(max_months=24) as wide:
        c = Client(wide.username, wide.password, base_url=wide.url)
        ids = list(wide.data.contacts) + [f"NOPE{i}" for i in range(5)]
        assert len(ids) == 45
        before = len(wide.requests)
        split = c.crm.get_contact_leads(customer_id=wide.customer_id, contact_ids=ids, **FLAGS)
        assert len(wide.requests) - before == 3
        whole = wide.answer("get_contact_leads", {"contactIds": ids, "objectLeadType": True})
        assert split == whole
        before = len(wide.requests)
        windowed = c.business_intelligence.get_tips_and_leads_report(customer_id=wide.customer_id, date_from=dt.date(2024, 11, 1), date_to=dt.date(2025, 11, 1))
        assert len(wide.requests) - before == 6
        unsplit = wide.answer("get_tips_and_leads_report", {"dateFrom": dt.datetime(2024, 11, 1), "dateTo": dt.datetime(2025, 11, 1)})
        assert windowed == unsplit and len(unsplit.tips) == 120


def test_the_spec_tells_every_route_apart() -> None:
    """spec/README.md, Routing: no two operations match the same request."""
    from vitec_connect._api.operations import OPERATIONS
    from vitec_connect._mockroute import ambiguities

    assert ambiguities(OPERATIONS.values()) == []
