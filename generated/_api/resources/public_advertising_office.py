"""The public_advertising_office operations (``client.public_advertising_office``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_office`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import public_advertisement

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["PublicAdvertisingOfficeResource", "PublicAdvertisingOfficeRawResource", "OPERATIONS"]
PUBLIC_ADVERTISING_OFFICE_GET_LIST = Operation(
    operation_id="public_advertising_office_get_list",
    python_name="get_list",
    method="GET",
    path="/PublicAdvertising/Office/{customerId}",
    tag="public_advertising_office",
    summary="Public advertising office: get list",
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
PUBLIC_ADVERTISING_OFFICE_GET = Operation(
    operation_id="public_advertising_office_get",
    python_name="get",
    method="GET",
    path="/PublicAdvertising/Office/{customerId}/{officeId}",
    tag="public_advertising_office",
    summary="Public advertising office: get",
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


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "public_advertising_office_get_list": PUBLIC_ADVERTISING_OFFICE_GET_LIST,
    "public_advertising_office_get": PUBLIC_ADVERTISING_OFFICE_GET,
}


class PublicAdvertisingOfficeResource(Resource):
    """Operations under /PublicAdvertising"""

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[public_advertisement.Office]:
        """Public advertising office: get list

        ``GET /PublicAdvertising/Office/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            PUBLIC_ADVERTISING_OFFICE_GET_LIST,
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
        """Public advertising office: get

        ``GET /PublicAdvertising/Office/{customerId}/{officeId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            office_id: ``officeId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            PUBLIC_ADVERTISING_OFFICE_GET,
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
