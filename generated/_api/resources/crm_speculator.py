"""The crm_speculator operations (``client.crm_speculator``): their table rows and resource classes.

Imported on first use of ``client.crm_speculator`` (see ``_api/operations.py``).
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
    from ...models import speculator

__all__ = ["CrmSpeculatorResource", "CrmSpeculatorRawResource", "OPERATIONS"]


@functools.cache
def _crm_speculator_put_row() -> Operation:
    from ...models import speculator

    return Operation(
        operation_id="crm_speculator_put",
        python_name="update",
        method="PUT",
        path="/CRM/Speculator/{customerId}/{contactId}/Estate/{estateId}",
        tag="crm_speculator",
        summary=(
            "Sets the prospective-buyer (speculator) relation between a contact and an estate: its status and a note."
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
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=speculator.SpeculatorRelation,
        body_name="speculator_relation",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_speculator_put": _crm_speculator_put_row,
    }
)


class CrmSpeculatorResource(Resource):
    """Operations under /CRM"""

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        estate_id: str,
        speculator_relation: speculator.SpeculatorRelation,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Sets the prospective-buyer (speculator) relation between a contact and an estate: its status and a note.

        ``PUT /CRM/Speculator/{customerId}/{contactId}/Estate/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            estate_id: ``estateId``.
            speculator_relation:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_speculator_put_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
                "estateId": estate_id,
            },
            speculator_relation,
            options,
        )


class CrmSpeculatorRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmSpeculatorResource(client)
        self.update = raw_response(resource.update)
