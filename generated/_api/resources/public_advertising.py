"""The public_advertising operations (``client.public_advertising``): their table rows and resource classes.

Imported on first use of ``client.public_advertising`` (see ``_api/operations.py``).
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
    from ...models import public_advertisement_lead

__all__ = ["PublicAdvertisingResource", "PublicAdvertisingRawResource", "OPERATIONS"]


@functools.cache
def _create_person_lead_row() -> Operation:
    from ...models import public_advertisement_lead

    return Operation(
        operation_id="create_person_lead",
        python_name="create_person_lead",
        method="POST",
        path="/PublicAdvertising/{customerId}/Contact/Person/Lead",
        tag="public_advertising",
        summary="Skapar ett lead för en kontaktperson.",
        description=(
            "Innan nya personer läggs in i systemet görs alltid en dubblettkontroll.\n"
            "Returvärde för metoden är id på leadet som skapades.\n"
            "(Creates a lead for a contact person, after a duplicate check; returns the new lead's id.)"
        ),
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
        ),
        body=public_advertisement_lead.PublicAdvertisingPersonLead,
        body_name="lead",
        response=str,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "create_person_lead": _create_person_lead_row,
    }
)


class PublicAdvertisingResource(Resource):
    """PublicAdvertising (leads från marknadsplatser / leads from market places)"""

    def create_person_lead(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        lead: public_advertisement_lead.PublicAdvertisingPersonLead,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Skapar ett lead för en kontaktperson.

        Innan nya personer läggs in i systemet görs alltid en dubblettkontroll.
        Returvärde för metoden är id på leadet som skapades.
        (Creates a lead for a contact person, after a duplicate check; returns the new lead's id.)

        ``POST /PublicAdvertising/{customerId}/Contact/Person/Lead`` (Vitec's page: 002_f6f876cdf2646748.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the
                client was made without one).
            lead: Uppgifter om ett lead för en kontaktperson. (A lead for a contact person.)
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _create_person_lead_row(),
            {
                "customerId": customer_id,
            },
            lead,
            options,
        )


class PublicAdvertisingRawResource(Resource):
    """PublicAdvertising (leads från marknadsplatser / leads from market places): each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingResource(client)
        self.create_person_lead = raw_response(resource.create_person_lead)
