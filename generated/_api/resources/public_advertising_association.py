"""The public_advertising_association operations (``client.public_advertising_association``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_association`` (see ``_api/operations.py``).
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

__all__ = ["PublicAdvertisingAssociationResource", "PublicAdvertisingAssociationRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_association_get_list_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_association_get_list",
        python_name="get_list",
        method="GET",
        path="/PublicAdvertising/Association/{customerId}",
        tag="public_advertising_association",
        summary="Lists housing cooperative associations (bostadsrättsföreningar), for marketplaces.",
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
        response=list[public_advertisement.Association],
    )


@functools.cache
def _public_advertising_association_get_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_association_get",
        python_name="get",
        method="GET",
        path="/PublicAdvertising/Association/{customerId}/{associationId}",
        tag="public_advertising_association",
        summary="Gets one housing cooperative association (bostadsrättsförening), for marketplaces.",
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
                name="associationId",
                python_name="association_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=public_advertisement.Association,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "public_advertising_association_get_list": _public_advertising_association_get_list_row,
        "public_advertising_association_get": _public_advertising_association_get_row,
    }
)


class PublicAdvertisingAssociationResource(Resource):
    """Operations under /PublicAdvertising"""

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[public_advertisement.Association]:
        """Lists housing cooperative associations (bostadsrättsföreningar), for marketplaces.

        ``GET /PublicAdvertising/Association/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_association_get_list_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        association_id: str,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.Association:
        """Gets one housing cooperative association (bostadsrättsförening), for marketplaces.

        ``GET /PublicAdvertising/Association/{customerId}/{associationId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            association_id: ``associationId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_association_get_row(),
            {
                "customerId": customer_id,
                "associationId": association_id,
            },
            None,
            options,
        )


class PublicAdvertisingAssociationRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingAssociationResource(client)
        self.get_list = raw_response(resource.get_list)
        self.get = raw_response(resource.get)
