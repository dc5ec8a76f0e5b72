"""The lead operations (``client.lead``): their table rows and resource classes.

Imported on first use of ``client.lead`` (see ``_api/operations.py``).
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
    from ...models import partner_service

__all__ = ["LeadResource", "LeadRawResource", "OPERATIONS"]


@functools.cache
def _lead_add_person_lead_row() -> Operation:
    from ...models import partner_service

    return Operation(
        operation_id="lead_add_person_lead",
        python_name="add_person_lead",
        method="POST",
        path="/Advertising/Lead/{customerId}/Person",
        tag="lead",
        summary=(
            "Creates a lead for a private person (name, contact details, message), addressed to an office or an agent."
        ),
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


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "lead_add_person_lead": _lead_add_person_lead_row,
    }
)


class LeadResource(Resource):
    """Operations under /Advertising"""

    def add_person_lead(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        person_lead: partner_service.PersonLead,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Creates a lead for a private person (name, contact details, message), addressed to an office or an agent.

        ``POST /Advertising/Lead/{customerId}/Person``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            person_lead:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _lead_add_person_lead_row(),
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
