"""The lead operations (``client.lead``): their table rows and resource classes.

Imported on first use of ``client.lead`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import partner_service

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["LeadResource", "LeadRawResource", "OPERATIONS"]
LEAD_ADD_PERSON_LEAD = Operation(
    operation_id="lead_add_person_lead",
    python_name="add_person_lead",
    method="POST",
    path="/Advertising/Lead/{customerId}/Person",
    tag="lead",
    summary="Lead: add person lead",
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
    body=partner_service.PersonLead,
    body_name="person_lead",
    response=None,
)


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "lead_add_person_lead": LEAD_ADD_PERSON_LEAD,
}


class LeadResource(Resource):
    """Operations under /Advertising"""

    def add_person_lead(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        person_lead: partner_service.PersonLead,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Lead: add person lead

        ``POST /Advertising/Lead/{customerId}/Person``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            person_lead:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            LEAD_ADD_PERSON_LEAD,
            {
                "customerId": customer_id,
            },
            person_lead,
            options,
        )


class LeadRawResource(Resource):
    """Operations under /Advertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = LeadResource(client)
        self.add_person_lead = raw_response(resource.add_person_lead)
