"""The mock server's overrides: the one place that knows operations by name.

Every operation of the spec is served generically (``testing.MockServer``: arguments and body checked
against the spec, an answer made up from the response type by ``_mocksynth``). The five operations Vitec's
pages document keep a state of their own here: contacts and their leads, a created person lead (with the
duplicate check the docs describe) visible through the GET endpoints, the report's items filtered by its
date window. An override applies only where the spec has an operation of that name; a spec without them
(or a renamed one) is served generically, so adding an operation to spec/ needs no code here.

Overrides reach the models by name at run time (``_model``), not by import: this module is the same in
every package generated from any spec.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._types import UNSET

if TYPE_CHECKING:
    from .testing import MockServer

__all__ = ["BODY_RULES", "EXAMPLES", "OVERRIDES", "Invalid", "override"]

#: operation id -> its handler: (server, arguments by wire name, decoded body) -> the result to answer with
OVERRIDES: dict[str, Callable[[MockServer, dict[str, Any], Any], Any]] = {}
#: operation id -> arguments (by Python name) its override answers with seeded data (for the demo and the
#: tests; every other operation takes the arguments ``Synth.arguments`` makes up)
EXAMPLES: dict[str, Callable[[MockServer], dict[str, Any]]] = {}
#: body type name -> a documented rule beyond constraints: (body, its name) -> ModelState errors
BODY_RULES: dict[str, Callable[[Any, str], dict[str, list[str]]]] = {}


class Invalid(Exception):
    """An answer other than 200: the status, ASP.NET's message and ModelState errors."""

    def __init__(
        self, errors: dict[str, list[str]], status: int = 400, message: str = "The request is invalid."
    ) -> None:
        self.errors = errors
        self.status = status
        self.message = message


def override(
    operation_id: str,
) -> Callable[[Callable[[MockServer, dict[str, Any], Any], Any]], Callable[[MockServer, dict[str, Any], Any], Any]]:
    def register(
        fn: Callable[[MockServer, dict[str, Any], Any], Any],
    ) -> Callable[[MockServer, dict[str, Any], Any], Any]:
        OVERRIDES[operation_id] = fn
        return fn

    return register


def _model(module: str, name: str) -> Any:
    """A generated model class by namespace module and name."""
    return getattr(importlib.import_module(f"{__package__}.models.{module}"), name)


# -- the five documented operations ------------------------------------------------------------------


@override("get_contact")
def _get_contact(mock: MockServer, args: dict[str, Any], _: Any) -> Any:
    contact = mock.data.contacts.get(args["contactId"])
    if contact is None:
        raise Invalid({}, 404, f"Kontakten {args['contactId']} finns inte.")
    return contact


@override("get_contact_leads")
def _get_contact_leads(mock: MockServer, args: dict[str, Any], _: Any) -> list[Any]:
    entry, lead_type = _model("crm_contact_lead", "CrmContactLead"), _model("crm_contact_lead", "LeadType")
    out = []
    for cid in args["contactIds"]:
        leads = mock.data.contact_leads.get(cid)
        if leads is None:
            continue
        chosen = [lead for lead in leads if args["objectLeadType"] or lead.lead_type != lead_type.Object]
        out.append(entry(contact_id=cid, leads=chosen))
    return out


@override("get_incoming_lead")
def _get_incoming_lead(mock: MockServer, args: dict[str, Any], _: Any) -> Any:
    lead = mock.data.incoming.get(args["id"])
    if lead is None:
        raise Invalid({}, 404, f"Leadet {args['id']} finns inte.")
    return lead


@override("get_tips_and_leads_report")
def _get_tips_and_leads_report(mock: MockServer, args: dict[str, Any], _: Any) -> Any:
    start, end = args["dateFrom"], args["dateTo"]

    def inside(item: Any) -> bool:
        local = item.created_at.replace(tzinfo=None)
        return bool(start <= local <= end)

    data = mock.data
    return _model("business_intelligence", "TipsAndLeadsReport")(
        incoming_leads=[i for i in data.report_incoming if inside(i)],
        outgoing_leads=[i for i in data.report_outgoing if inside(i)],
        tips=[i for i in data.report_tips if inside(i)],
    )


@override("create_person_lead")
def _create_person_lead(mock: MockServer, args: dict[str, Any], lead: Any) -> str:
    from . import _mockdata

    existing = "existing_lead"
    with mock._lock:
        contact_id = _find_or_create_person(mock, lead.person)
        lead_id = f"INL{30_000 + len(mock.created_leads)}"
        now = _mockdata.now()
        source = lead.lead_source
        mock.data.incoming[lead_id] = _model(existing, "IncomingLead")(
            contact_id=contact_id,
            lead_source=_model(existing, "LeadSource")(
                id=f"SRC-{source.name}",
                name=f"Marknadsplats {source.name}",
                lead_type=_model(existing, "LeadType")(source.lead_type.value) if source.lead_type else None,
            ),
            sent_at=now,
            receiver=None,
            buying_estate_id=None,
            selling_estate_id=None,
            state=_model(existing, "State").New,
            message=lead.message if lead.message is not UNSET else None,
            is_anonymized=False,
            utm_tags=list(lead.marketing.utm_tags or []) if lead.marketing not in (None, UNSET) else [],
        )
        mock.data.contact_leads.setdefault(contact_id, []).append(
            _model("crm_contact_lead", "CrmLead")(
                id=lead_id,
                created_at=now,
                lead_type=_model("crm_contact_lead", "LeadType").Object,
                lead_type_id=None,
            )
        )
        mock.created_leads.append(lead_id)
    return lead_id


def _find_or_create_person(mock: MockServer, person: Any) -> str:
    from . import _mockdata

    ssn = person.social_security_number
    person_type = _model("crm_contact", "CrmPersonContact")
    for cid, contact in mock.data.contacts.items():
        if isinstance(contact, person_type) and ssn not in (None, UNSET) and contact.social_security_number == ssn:
            return str(cid)  # the duplicate check the docs describe
    cid = f"KON{10_000 + len(mock.data.contacts)}"
    mock.data.contacts[cid] = person_type(
        id=cid,
        customer_id=mock.customer_id,
        type=_model("crm_contact", "ContactType").Person,
        first_name=person.first_name,
        last_name=person.last_name,
        social_security_number=ssn,
        created_at=_mockdata.now(),
    )
    return cid


def _receiver_rule(value: Any, name: str) -> dict[str, list[str]]:
    """A lead's receiver names an agent, a user group or an office (the create-lead page's rule)."""
    receiver = getattr(value, "receiver", None)
    if receiver in (None, UNSET) or any(
        getattr(receiver, f, None) not in (None, UNSET) for f in ("agent", "user_group", "office")
    ):
        return {}
    return {
        f"{name}.Receiver": [
            "Om en mottagare anges måste antingen handläggare, användargrupp eller kontor specificeras"
        ]
    }


BODY_RULES["PublicAdvertisingPersonLead"] = _receiver_rule


# -- arguments the overrides answer with seeded data ---------------------------------------------------

EXAMPLES["get_contact"] = lambda mock: {"contact_id": next(iter(mock.data.contacts))}
EXAMPLES["get_contact_leads"] = lambda mock: {
    "contact_ids": list(mock.data.contacts),
    **dict.fromkeys(("object_lead_type", "contact_lead_type", "log_lead_type", "outgoing_lead_type"), True),
}
EXAMPLES["get_incoming_lead"] = lambda mock: {"id": next(iter(mock.data.incoming))}
EXAMPLES["get_tips_and_leads_report"] = lambda mock: {
    "date_from": mock.synth.epoch.replace(year=mock.synth.epoch.year - 1),
    "date_to": mock.synth.epoch,
    "active_status_tip_lead": None,
}


def _example_lead(mock: MockServer) -> dict[str, Any]:
    pal = "public_advertisement_lead"
    return {
        "lead": _model(pal, "PublicAdvertisingPersonLead")(
            person=_model(pal, "Person")(
                first_name="Linnéa",
                last_name="Åkesson",
                social_security_number="19850612-4242",
                address=_model(pal, "Address")(street_address="Åsögatan 12", zip_code="11829", city="Stockholm"),
            ),
            lead_source=_model(pal, "LeadSource")(lead_type=_model(pal, "LeadType").AcceptObjectFlow, name="Demo"),
            message="Hej! Vi vill sälja vår trea på Söder – ring gärna 🏡",
        )
    }


EXAMPLES["create_person_lead"] = _example_lead
