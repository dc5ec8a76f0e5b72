"""The public_advertising_seller operations (``client.public_advertising_seller``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_seller`` (see ``_api/operations.py``).
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
    from ...models import public_advertisement

__all__ = ["PublicAdvertisingSellerResource", "PublicAdvertisingSellerRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_seller_get_invoice_recipient_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_seller_get_invoice_recipient",
        python_name="get_invoice_recipient",
        method="GET",
        path="/PublicAdvertising/Seller/{customerId}/InvoiceRecipient/{estateId}",
        tag="public_advertising_seller",
        summary=(
            "Gets who should receive the invoice for an estate (a company or a person), or none when no recipient can "
            "be judged reliably."
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=public_advertisement.InvoiceRecipient,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "public_advertising_seller_get_invoice_recipient": _public_advertising_seller_get_invoice_recipient_row,
    }
)


class PublicAdvertisingSellerResource(Resource):
    """Operations under /PublicAdvertising"""

    def get_invoice_recipient(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.InvoiceRecipient:
        """Gets who should receive the invoice for an estate (a company or a person), or none when no recipient can be judged reliably.

        ``GET /PublicAdvertising/Seller/{customerId}/InvoiceRecipient/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_seller_get_invoice_recipient_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            None,
            options,
        )


class PublicAdvertisingSellerRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingSellerResource(client)
        self.get_invoice_recipient = raw_response(resource.get_invoice_recipient)
