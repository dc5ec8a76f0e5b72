"""The public_advertising_image operations (``client.public_advertising_image``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_image`` (see ``_api/operations.py``).
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

__all__ = ["PublicAdvertisingImageResource", "PublicAdvertisingImageRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_image_get_row() -> Operation:
    return Operation(
        operation_id="public_advertising_image_get",
        python_name="get",
        method="GET",
        path="/PublicAdvertising/Image/{customerId}/{imageId}",
        tag="public_advertising_image",
        summary="Downloads an image by its id, for marketplaces.",
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
                name="imageId",
                python_name="image_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=bytes,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "public_advertising_image_get": _public_advertising_image_get_row,
    }
)


class PublicAdvertisingImageResource(Resource):
    """Operations under /PublicAdvertising"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        image_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Downloads an image by its id, for marketplaces.

        ``GET /PublicAdvertising/Image/{customerId}/{imageId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            image_id: ``imageId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_image_get_row(),
            {
                "customerId": customer_id,
                "imageId": image_id,
            },
            None,
            options,
        )


class PublicAdvertisingImageRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingImageResource(client)
        self.get = raw_response(resource.get)
