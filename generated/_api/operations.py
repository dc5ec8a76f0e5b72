"""The API's operations, and the resources that call them (``client.crm.get_contact(...)``).

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._options import NOT_GIVEN, NotGiven
from .._response import raw_response
from .._schema import DateRangeLimit, Operation, Param
from ..models import (
    business_intelligence,
    crm_contact,
    crm_contact_lead,
    existing_lead,
    public_advertisement_lead,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import BatchOptions, RequestOptions, WindowOptions

__all__ = [
    "CrmResource",
    "PublicAdvertisingResource",
    "BusinessIntelligenceResource",
    "OPERATIONS",
    "RawResources",
    "Resources",
]
GET_CONTACT_LEADS = Operation(
    operation_id="get_contact_leads",
    method="GET",
    path="/CRM/Contact/{customerId}/{contactIds}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead",
    tag="crm",
    params=(
        Param(
            name="customerId",
            python_name="customer_id",
            location="path",
            kind="string",
            required=True,
            customer=True,
        ),
        Param(
            name="contactIds",
            python_name="contact_ids",
            location="path",
            kind="string",
            required=True,
            separator=",",
            max_items=20,
        ),
        Param(
            name="objectLeadType",
            python_name="object_lead_type",
            location="path",
            kind="boolean",
            required=True,
        ),
        Param(
            name="contactLeadType",
            python_name="contact_lead_type",
            location="path",
            kind="boolean",
            required=True,
        ),
        Param(
            name="logLeadType",
            python_name="log_lead_type",
            location="path",
            kind="boolean",
            required=True,
        ),
        Param(
            name="outgoingLeadType",
            python_name="outgoing_lead_type",
            location="path",
            kind="boolean",
            required=True,
        ),
    ),
    body=None,
    body_name=None,
    response=list[crm_contact_lead.CrmContactLead],
)
GET_INCOMING_LEAD = Operation(
    operation_id="get_incoming_lead",
    method="GET",
    path="/CRM/Lead/{customerId}/Incoming/{id}",
    tag="crm",
    params=(
        Param(
            name="customerId",
            python_name="customer_id",
            location="path",
            kind="string",
            required=True,
            customer=True,
        ),
        Param(
            name="id",
            python_name="id",
            location="path",
            kind="string",
            required=True,
        ),
    ),
    body=None,
    body_name=None,
    response=existing_lead.IncomingLead,
)
CREATE_PERSON_LEAD = Operation(
    operation_id="create_person_lead",
    method="POST",
    path="/PublicAdvertising/{customerId}/Contact/Person/Lead",
    tag="public_advertising",
    params=(
        Param(
            name="customerId",
            python_name="customer_id",
            location="path",
            kind="string",
            required=True,
            customer=True,
        ),
    ),
    body=public_advertisement_lead.PublicAdvertisingPersonLead,
    body_name="lead",
    response=str,
)
GET_TIPS_AND_LEADS_REPORT = Operation(
    operation_id="get_tips_and_leads_report",
    method="GET",
    path="/BusinessIntelligence/TipsAndLeads/Report",
    tag="business_intelligence",
    params=(
        Param(
            name="customerId",
            python_name="customer_id",
            location="query",
            kind="string",
            required=True,
            customer=True,
        ),
        Param(
            name="dateFrom",
            python_name="date_from",
            location="query",
            kind="datetime",
            required=True,
        ),
        Param(
            name="dateTo",
            python_name="date_to",
            location="query",
            kind="datetime",
            required=True,
        ),
        Param(
            name="activeStatusTipLead",
            python_name="active_status_tip_lead",
            location="query",
            kind="enum",
            required=False,
            enum=business_intelligence.ActiveStatusTipLead,
        ),
    ),
    body=None,
    body_name=None,
    response=business_intelligence.TipsAndLeadsReport,
    max_date_range=DateRangeLimit(start="dateFrom", end="dateTo", months=2),
)
GET_CONTACT = Operation(
    operation_id="get_contact",
    method="GET",
    path="/CRM/Contact/{customerId}/{contactId}",
    tag="crm",
    params=(
        Param(
            name="customerId",
            python_name="customer_id",
            location="path",
            kind="string",
            required=True,
            customer=True,
        ),
        Param(
            name="contactId",
            python_name="contact_id",
            location="path",
            kind="string",
            required=True,
        ),
    ),
    body=None,
    body_name=None,
    response=crm_contact.CrmContact,
)

OPERATIONS: dict[str, Operation] = {
    "get_contact_leads": GET_CONTACT_LEADS,
    "get_incoming_lead": GET_INCOMING_LEAD,
    "create_person_lead": CREATE_PERSON_LEAD,
    "get_tips_and_leads_report": GET_TIPS_AND_LEADS_REPORT,
    "get_contact": GET_CONTACT,
}


class _Resource:
    """Operations of one tag, bound to a client (anything with ``_call(operation, args, body, options)``)."""

    def __init__(self, client: Any) -> None:
        self._client = client


class CrmResource(_Resource):
    """CRM (kontakter och leads / contacts and leads)"""

    def get_contact_leads(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        object_lead_type: bool,
        contact_lead_type: bool,
        log_lead_type: bool,
        outgoing_lead_type: bool,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact_lead.CrmContactLead]:
        """Hämta lista av info om leads för kontakter, max 20 stycken kontakter åt gången.

        Hämta lista av info om leads för kontakter, max 20 stycken kontakter åt gången.
        (Lead summaries for up to 20 contacts per request.)

        ``GET /CRM/Contact/{customerId}/{contactIds}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead`` (Vitec's page: 000_37e97cf776d9a38e.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id``.
            contact_ids: Kontaktidn (kommaseparerade, max 20 stycken). (Contact ids, comma-separated, at most 20.) At most 20 per request; more are sent in batches of 20 unless ``chunk=False``.
            object_lead_type: ObjectLeadType.
            contact_lead_type: ContactLeadType.
            log_lead_type: LogLeadType.
            outgoing_lead_type: OutgoingLeadType.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            GET_CONTACT_LEADS,
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
                "objectLeadType": object_lead_type,
                "contactLeadType": contact_lead_type,
                "logLeadType": log_lead_type,
                "outgoingLeadType": outgoing_lead_type,
            },
            None,
            options,
        )

    def get_incoming_lead(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> existing_lead.IncomingLead:
        """Hämtar uppgifter om ett inkommande lead.

        Hämtar uppgifter om ett inkommande lead, dvs ett lead som skickats till mäklarsystemet från en extern aktör.
        (An incoming lead: one sent to the estate agent system by an external party.)

        ``GET /CRM/Lead/{customerId}/Incoming/{id}`` (Vitec's page: 001_6280d0c95a8129ae.txt)

        Args:
            customer_id: Kundid. (Customer id.) Default: the client's ``customer_id``.
            id: Id för leadet. (The lead's id.)
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            GET_INCOMING_LEAD,
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )

    def get_contact(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmContact:
        """Hämta kontakt.

        Hämta kontakt. (A contact: a person, a company or a deceased estate.)

        ``GET /CRM/Contact/{customerId}/{contactId}`` (Vitec's page: 004_5c1f1fc36c07a5b0.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id``.
            contact_id: Kontaktid. (Contact id.)
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            GET_CONTACT,
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )


class CrmRawResource(_Resource):
    """CRM (kontakter och leads / contacts and leads): each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmResource(client)
        self.get_contact_leads = raw_response(resource.get_contact_leads)
        self.get_incoming_lead = raw_response(resource.get_incoming_lead)
        self.get_contact = raw_response(resource.get_contact)


class PublicAdvertisingResource(_Resource):
    """PublicAdvertising (leads från marknadsplatser / leads from market places)"""

    def create_person_lead(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        lead: public_advertisement_lead.PublicAdvertisingPersonLead,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Skapar ett lead för en kontaktperson.

        Skapar ett lead för en kontaktperson. Innan nya personer läggs in i systemet görs alltid en dubblettkontroll.
        Returvärde för metoden är id på leadet som skapades.
        (Creates a lead for a contact person, after a duplicate check; returns the new lead's id.)

        ``POST /PublicAdvertising/{customerId}/Contact/Person/Lead`` (Vitec's page: 002_f6f876cdf2646748.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id``.
            lead: Uppgifter om ett lead för en kontaktperson. (A lead for a contact person.)
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            CREATE_PERSON_LEAD,
            {
                "customerId": customer_id,
            },
            lead,
            options,
        )


class PublicAdvertisingRawResource(_Resource):
    """PublicAdvertising (leads från marknadsplatser / leads from market places): each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingResource(client)
        self.create_person_lead = raw_response(resource.create_person_lead)


class BusinessIntelligenceResource(_Resource):
    """BusinessIntelligence (rapporter / reports)"""

    def get_tips_and_leads_report(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        date_from: datetime.datetime | datetime.date,
        date_to: datetime.datetime | datetime.date,
        active_status_tip_lead: business_intelligence.ActiveStatusTipLead | str | None = None,
        **options: Unpack[WindowOptions],
    ) -> business_intelligence.TipsAndLeadsReport:
        """Hämtar en rapport över skickade och mottagna tips och leads.

        Hämtar en rapport över skickade och mottagna tips och leads, datumintervallet får inte överstiga två månader.
        (Report of sent and received tips and leads; the date range may not exceed two months.)

        ``GET /BusinessIntelligence/TipsAndLeads/Report`` (Vitec's page: 003_be19dc01f7352fe0.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id``.
            date_from: Från. (From.)
            date_to: Till. (To.)
            active_status_tip_lead: Aktiv status. (Active status.)
            (The range from ``date_from`` to ``date_to`` may span at most 2 months per request; a longer one is fetched in windows unless ``window=False``.)
            **options: per-call options (``WindowOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            GET_TIPS_AND_LEADS_REPORT,
            {
                "customerId": customer_id,
                "dateFrom": date_from,
                "dateTo": date_to,
                "activeStatusTipLead": active_status_tip_lead,
            },
            None,
            options,
        )


class BusinessIntelligenceRawResource(_Resource):
    """BusinessIntelligence (rapporter / reports): each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = BusinessIntelligenceResource(client)
        self.get_tips_and_leads_report = raw_response(resource.get_tips_and_leads_report)


class Resources:
    """The operations grouped by tag, as attributes (``client.crm``, ...)."""

    crm: CrmResource
    public_advertising: PublicAdvertisingResource
    business_intelligence: BusinessIntelligenceResource

    def _bind_resources(self, caller: Any) -> None:
        self.crm = CrmResource(caller)
        self.public_advertising = PublicAdvertisingResource(caller)
        self.business_intelligence = BusinessIntelligenceResource(caller)


class RawResources:
    """``client.with_raw_response``: the same groups and operations, returning ``RawResponse``."""

    crm: CrmRawResource
    public_advertising: PublicAdvertisingRawResource
    business_intelligence: BusinessIntelligenceRawResource

    def _bind_resources(self, caller: Any) -> None:
        self.crm = CrmRawResource(caller)
        self.public_advertising = PublicAdvertisingRawResource(caller)
        self.business_intelligence = BusinessIntelligenceRawResource(caller)
