"""The crm_seller operations (``client.crm_seller``): their table rows and resource classes.

Imported on first use of ``client.crm_seller`` (see ``_api/operations.py``).
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
    from ...models import seller

__all__ = ["CrmSellerResource", "CrmSellerRawResource", "OPERATIONS"]


@functools.cache
def _crm_seller_get_economy_row() -> Operation:
    from ...models import seller

    return Operation(
        operation_id="crm_seller_get_economy",
        python_name="get_economy",
        method="GET",
        path="/CRM/Seller/{customerId}/{contactId}/Estate/{estateId}/Economy",
        tag="crm_seller",
        summary="Gets the bank of a seller of an estate.",
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
        body=None,
        body_name=None,
        response=seller.SellerEconomy,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_seller_get_economy": _crm_seller_get_economy_row,
    }
)


class CrmSellerResource(Resource):
    """Operations under /CRM"""

    def get_economy(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> seller.SellerEconomy:
        """Gets the bank of a seller of an estate.

        ``GET /CRM/Seller/{customerId}/{contactId}/Estate/{estateId}/Economy``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_seller_get_economy_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
                "estateId": estate_id,
            },
            None,
            options,
        )


class CrmSellerRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmSellerResource(client)
        self.get_economy = raw_response(resource.get_economy)
