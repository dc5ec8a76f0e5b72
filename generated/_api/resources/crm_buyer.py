"""The crm_buyer operations (``client.crm_buyer``): their table rows and resource classes.

Imported on first use of ``client.crm_buyer`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import buyer

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["CrmBuyerResource", "CrmBuyerRawResource", "OPERATIONS"]
CRM_BUYER_GET_ECONOMY = Operation(
    operation_id="crm_buyer_get_economy",
    python_name="get_economy",
    method="GET",
    path="/CRM/Buyer/{customerId}/{contactId}/Estate/{estateId}/Economy",
    tag="crm_buyer",
    summary="Crm buyer: get economy",
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
    response=buyer.BuyerEconomy,
)


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "crm_buyer_get_economy": CRM_BUYER_GET_ECONOMY,
}


class CrmBuyerResource(Resource):
    """Operations under /CRM"""

    def get_economy(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> buyer.BuyerEconomy:
        """Crm buyer: get economy

        ``GET /CRM/Buyer/{customerId}/{contactId}/Estate/{estateId}/Economy``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            CRM_BUYER_GET_ECONOMY,
            {
                "customerId": customer_id,
                "contactId": contact_id,
                "estateId": estate_id,
            },
            None,
            options,
        )


class CrmBuyerRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmBuyerResource(client)
        self.get_economy = raw_response(resource.get_economy)
