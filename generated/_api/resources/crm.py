"""The crm operations (``client.crm``): their table rows and resource classes.

Imported on first use of ``client.crm`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import Operation, Param

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import BatchOptions, RequestOptions
    from ...models import crm_contact, crm_contact_lead, existing_lead

__all__ = ["CrmResource", "CrmRawResource", "OPERATIONS"]


@functools.cache
def _get_contact_leads_row() -> Operation:
    from ...models import crm_contact_lead

    return Operation(
        operation_id="get_contact_leads",
        python_name="get_contact_leads",
        method="GET",
        path="/CRM/Contact/{customerId}/{contactIds}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead",
        tag="crm",
        summary="Hämta lista av info om leads för kontakter, max 20 stycken kontakter åt gången.",
        description="(Lead summaries for up to 20 contacts per request.)",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
                description="Kund-id. (Customer id.)",
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
                description="Kontaktidn (kommaseparerade, max 20 stycken). (Contact ids, comma-separated, at most 20.)",
            ),
            Param(
                name="objectLeadType",
                python_name="object_lead_type",
                location="path",
                kind="boolean",
                required=True,
                description="ObjectLeadType.",
            ),
            Param(
                name="contactLeadType",
                python_name="contact_lead_type",
                location="path",
                kind="boolean",
                required=True,
                description="ContactLeadType.",
            ),
            Param(
                name="logLeadType",
                python_name="log_lead_type",
                location="path",
                kind="boolean",
                required=True,
                description="LogLeadType.",
            ),
            Param(
                name="outgoingLeadType",
                python_name="outgoing_lead_type",
                location="path",
                kind="boolean",
                required=True,
                description="OutgoingLeadType.",
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact_lead.CrmContactLead],
    )


@functools.cache
def _get_contact_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="get_contact",
        python_name="get_contact",
        method="GET",
        path="/CRM/Contact/{customerId}/{contactId}",
        tag="crm",
        summary="Hämta kontakt.",
        description="(A contact: a person, a company or a deceased estate.)",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
                description="Kund-id. (Customer id.)",
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
                description="Kontaktid. (Contact id.)",
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmContact,
    )


@functools.cache
def _get_incoming_lead_row() -> Operation:
    from ...models import existing_lead

    return Operation(
        operation_id="get_incoming_lead",
        python_name="get_incoming_lead",
        method="GET",
        path="/CRM/Lead/{customerId}/Incoming/{id}",
        tag="crm",
        summary="Hämtar uppgifter om ett inkommande lead.",
        description=(
            "Hämtar uppgifter om ett inkommande lead, dvs ett lead som skickats till mäklarsystemet från en extern "
            "aktör.\n"
            "(An incoming lead: one sent to the estate agent system by an external party.)"
        ),
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
                description="Kundid. (Customer id.)",
            ),
            Param(
                name="id",
                python_name="id",
                location="path",
                kind="string",
                required=True,
                description="Id för leadet. (The lead's id.)",
            ),
        ),
        body=None,
        body_name=None,
        response=existing_lead.IncomingLead,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "get_contact_leads": _get_contact_leads_row,
        "get_contact": _get_contact_row,
        "get_incoming_lead": _get_incoming_lead_row,
    }
)


class CrmResource(Resource):
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

        (Lead summaries for up to 20 contacts per request.)

        ``GET /CRM/Contact/{customerId}/{contactIds}/{objectLeadType}/{contactLeadType}/{logLeadType}/{outgoingLeadType}/Lead`` (Vitec's page: 000_37e97cf776d9a38e.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the
                client was made without one).
            contact_ids: Kontaktidn (kommaseparerade, max 20 stycken). (Contact ids, comma-separated, at most 20.)
                At most 20 per request; more are sent in batches of 20 unless ``chunk=False``.
            object_lead_type: ObjectLeadType.
            contact_lead_type: ContactLeadType.
            log_lead_type: LogLeadType.
            outgoing_lead_type: OutgoingLeadType.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _get_contact_leads_row(),
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

    def get_contact(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmContact:
        """Hämta kontakt.

        (A contact: a person, a company or a deceased estate.)

        ``GET /CRM/Contact/{customerId}/{contactId}`` (Vitec's page: 004_5c1f1fc36c07a5b0.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the
                client was made without one).
            contact_id: Kontaktid. (Contact id.)
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _get_contact_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
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
            customer_id: Kundid. (Customer id.) Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the
                client was made without one).
            id: Id för leadet. (The lead's id.)
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _get_incoming_lead_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )


class CrmRawResource(Resource):
    """CRM (kontakter och leads / contacts and leads): each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmResource(client)
        self.get_contact_leads = raw_response(resource.get_contact_leads)
        self.get_contact = raw_response(resource.get_contact)
        self.get_incoming_lead = raw_response(resource.get_incoming_lead)
