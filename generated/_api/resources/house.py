"""The house operations (``client.house``): their table rows and resource classes.

Imported on first use of ``client.house`` (see ``_api/operations.py``).
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
    from ...models import cms_house, estate_cms

__all__ = ["HouseResource", "HouseRawResource", "OPERATIONS"]


@functools.cache
def _house_create_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="house_create",
        python_name="create",
        method="POST",
        path="/House/{customerId}",
        tag="house",
        summary="Creates a house (villa) estate.",
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
        body=estate_cms.CmsHouse,
        body_name="house",
        response=str,
    )


@functools.cache
def _house_update_house_from_seller_input_row() -> Operation:
    from ...models import cms_house

    return Operation(
        operation_id="house_update_house_from_seller_input",
        python_name="update_house_from_seller_input",
        method="PUT",
        path="/House/{customerId}/SellerInput",
        tag="house",
        summary=(
            "Updates a house (villa) with the details its seller filled in: building, plot, energy, price and more."
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
                name="id",
                python_name="id",
                location="query",
                kind="string",
                required=True,
            ),
        ),
        body=cms_house.HouseSellerInput,
        body_name="house",
        response=None,
    )


@functools.cache
def _house_update_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="house_update",
        python_name="update",
        method="PUT",
        path="/House/{customerId}/{id}",
        tag="house",
        summary="Updates a house (villa) estate.",
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
        body=estate_cms.CmsHouse,
        body_name="house",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "house_create": _house_create_row,
        "house_update_house_from_seller_input": _house_update_house_from_seller_input_row,
        "house_update": _house_update_row,
    }
)


class HouseResource(Resource):
    """Operations under /House"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        house: estate_cms.CmsHouse,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a house (villa) estate.

        ``POST /House/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            house:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _house_create_row(),
            {
                "customerId": customer_id,
            },
            house,
            options,
        )

    def update_house_from_seller_input(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        house: cms_house.HouseSellerInput,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a house (villa) with the details its seller filled in: building, plot, energy, price and more.

        ``PUT /House/{customerId}/SellerInput``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            house:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _house_update_house_from_seller_input_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            house,
            options,
        )

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        house: estate_cms.CmsHouse,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a house (villa) estate.

        ``PUT /House/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            house:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _house_update_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            house,
            options,
        )


class HouseRawResource(Resource):
    """Operations under /House: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = HouseResource(client)
        self.create = raw_response(resource.create)
        self.update_house_from_seller_input = raw_response(resource.update_house_from_seller_input)
        self.update = raw_response(resource.update)
