"""The public_advertising_office operations (``client.public_advertising_office``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_office`` (see ``_api/operations.py``).
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

__all__ = ["PublicAdvertisingOfficeResource", "PublicAdvertisingOfficeRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_office_get_list_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_office_get_list",
        python_name="get_list",
        method="GET",
        path="/PublicAdvertising/Office/{customerId}",
        tag="public_advertising_office",
        summary="Lists the estate agent's offices, for marketplaces.",
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
        response=list[public_advertisement.Office],
    )


@functools.cache
def _public_advertising_office_get_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_office_get",
        python_name="get",
        method="GET",
        path="/PublicAdvertising/Office/{customerId}/{officeId}",
        tag="public_advertising_office",
        summary="Gets one office of the estate agent, for marketplaces.",
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
                name="officeId",
                python_name="office_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=public_advertisement.Office,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "public_advertising_office_get_list": _public_advertising_office_get_list_row,
        "public_advertising_office_get": _public_advertising_office_get_row,
    }
)


class PublicAdvertisingOfficeResource(Resource):
    """Operations under /PublicAdvertising"""

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[public_advertisement.Office]:
        """Lists the estate agent's offices, for marketplaces.

        ``GET /PublicAdvertising/Office/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_office_get_list_row(),
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
        office_id: str,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.Office:
        """Gets one office of the estate agent, for marketplaces.

        ``GET /PublicAdvertising/Office/{customerId}/{officeId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            office_id: ``officeId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_office_get_row(),
            {
                "customerId": customer_id,
                "officeId": office_id,
            },
            None,
            options,
        )


class PublicAdvertisingOfficeRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingOfficeResource(client)
        self.get_list = raw_response(resource.get_list)
        self.get = raw_response(resource.get)
