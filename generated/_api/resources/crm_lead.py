"""The crm_lead operations (``client.crm_lead``): their table rows and resource classes.

Imported on first use of ``client.crm_lead`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import Operation, Param

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions
    from ...models import lead, public_advertisement_lead

__all__ = ["CrmLeadResource", "CrmLeadRawResource", "OPERATIONS"]


@functools.cache
def _crm_lead_create_row() -> Operation:
    from ...models import lead

    return Operation(
        operation_id="crm_lead_create",
        python_name="create",
        method="POST",
        path="/CRM/Lead/{customerId}",
        tag="crm_lead",
        summary="Creates a lead for a contact, addressed to an office, a user group or a user.",
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
        body=lead.Lead,
        body_name="lead",
        response=str,
    )


@functools.cache
def _crm_lead_get_lead_sources_row() -> Operation:
    from ...models import public_advertisement_lead

    return Operation(
        operation_id="crm_lead_get_lead_sources",
        python_name="get_lead_sources",
        method="GET",
        path="/CRM/Lead/{customerId}/LeadSources",
        tag="crm_lead",
        summary="Lists the customer's active lead sources.",
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
        body=None,
        body_name=None,
        response=list[public_advertisement_lead.LeadSource],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_lead_create": _crm_lead_create_row,
        "crm_lead_get_lead_sources": _crm_lead_get_lead_sources_row,
    }
)


class CrmLeadResource(Resource):
    """Operations under /CRM"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        lead: lead.Lead,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a lead for a contact, addressed to an office, a user group or a user.

        ``POST /CRM/Lead/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            lead:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_lead_create_row(),
            {
                "customerId": customer_id,
            },
            lead,
            options,
        )

    def get_lead_sources(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[public_advertisement_lead.LeadSource]:
        """Lists the customer's active lead sources.

        ``GET /CRM/Lead/{customerId}/LeadSources``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_lead_get_lead_sources_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )


class CrmLeadRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmLeadResource(client)
        self.create = raw_response(resource.create)
        self.get_lead_sources = raw_response(resource.get_lead_sources)
