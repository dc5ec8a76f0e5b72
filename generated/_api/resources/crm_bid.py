"""The crm_bid operations (``client.crm_bid``): their table rows and resource classes.

Imported on first use of ``client.crm_bid`` (see ``_api/operations.py``).
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
    from ...models import bid

__all__ = ["CrmBidResource", "CrmBidRawResource", "OPERATIONS"]


@functools.cache
def _crm_bid_add_row() -> Operation:
    from ...models import bid

    return Operation(
        operation_id="crm_bid_add",
        python_name="add",
        method="POST",
        path="/CRM/Bid/{customerId}/{estateId}/{contactId}",
        tag="crm_bid",
        summary="Places a bid on an estate on behalf of a contact (the bidder).",
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
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=bid.BidData,
        body_name="bid_data",
        response=str,
    )


@functools.cache
def _crm_bid_delete_row() -> Operation:
    return Operation(
        operation_id="crm_bid_delete",
        python_name="delete",
        method="DELETE",
        path="/CRM/Bid/{customerId}/{id}",
        tag="crm_bid",
        summary="Cancels a bid, given its id.",
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
        response=bool,
    )


@functools.cache
def _crm_bid_get_row() -> Operation:
    from ...models import bid

    return Operation(
        operation_id="crm_bid_get",
        python_name="get",
        method="GET",
        path="/CRM/Bid/{customerId}/{id}",
        tag="crm_bid",
        summary="Gets one bid by its id.",
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
        response=bid.Bid,
    )


@functools.cache
def _crm_bid_get_list_row() -> Operation:
    from ...models import bid

    return Operation(
        operation_id="crm_bid_get_list",
        python_name="get_list",
        method="GET",
        path="/CRM/Bids/{customerId}",
        tag="crm_bid",
        summary="Lists the visible bids on an estate, by a bidder, or both.",
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
                name="criteria.estateId",
                python_name="criteria_estate_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.contactId",
                python_name="criteria_contact_id",
                location="query",
                kind="string",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=list[bid.Bid],
    )


@functools.cache
def _crm_bid_get_hidden_bids_row() -> Operation:
    from ...models import bid

    return Operation(
        operation_id="crm_bid_get_hidden_bids",
        python_name="get_hidden_bids",
        method="GET",
        path="/CRM/HiddenBids/{customerId}",
        tag="crm_bid",
        summary="Lists the hidden bids on an estate, by a bidder, or both.",
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
                name="criteria.estateId",
                python_name="criteria_estate_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.contactId",
                python_name="criteria_contact_id",
                location="query",
                kind="string",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=list[bid.Bid],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_bid_add": _crm_bid_add_row,
        "crm_bid_delete": _crm_bid_delete_row,
        "crm_bid_get": _crm_bid_get_row,
        "crm_bid_get_list": _crm_bid_get_list_row,
        "crm_bid_get_hidden_bids": _crm_bid_get_hidden_bids_row,
    }
)


class CrmBidResource(Resource):
    """Operations under /CRM"""

    def add(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        contact_id: str,
        bid_data: bid.BidData,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Places a bid on an estate on behalf of a contact (the bidder).

        ``POST /CRM/Bid/{customerId}/{estateId}/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            contact_id: ``contactId``.
            bid_data:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_bid_add_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
                "contactId": contact_id,
            },
            bid_data,
            options,
        )

    def delete(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Cancels a bid, given its id.

        ``DELETE /CRM/Bid/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_bid_delete_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> bid.Bid:
        """Gets one bid by its id.

        ``GET /CRM/Bid/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_bid_get_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_estate_id: str | None = None,
        criteria_contact_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[bid.Bid]:
        """Lists the visible bids on an estate, by a bidder, or both.

        ``GET /CRM/Bids/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_estate_id: ``criteria.estateId``.
            criteria_contact_id: ``criteria.contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_bid_get_list_row(),
            {
                "customerId": customer_id,
                "criteria.estateId": criteria_estate_id,
                "criteria.contactId": criteria_contact_id,
            },
            None,
            options,
        )

    def get_hidden_bids(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_estate_id: str | None = None,
        criteria_contact_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[bid.Bid]:
        """Lists the hidden bids on an estate, by a bidder, or both.

        ``GET /CRM/HiddenBids/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_estate_id: ``criteria.estateId``.
            criteria_contact_id: ``criteria.contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_bid_get_hidden_bids_row(),
            {
                "customerId": customer_id,
                "criteria.estateId": criteria_estate_id,
                "criteria.contactId": criteria_contact_id,
            },
            None,
            options,
        )


class CrmBidRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmBidResource(client)
        self.add = raw_response(resource.add)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.get_list = raw_response(resource.get_list)
        self.get_hidden_bids = raw_response(resource.get_hidden_bids)
