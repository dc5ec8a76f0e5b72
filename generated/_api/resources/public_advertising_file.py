"""The public_advertising_file operations (``client.public_advertising_file``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_file`` (see ``_api/operations.py``).
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

__all__ = ["PublicAdvertisingFileResource", "PublicAdvertisingFileRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_file_get_row() -> Operation:
    return Operation(
        operation_id="public_advertising_file_get",
        python_name="get",
        method="GET",
        path="/PublicAdvertising/File/{customerId}/{fileId}",
        tag="public_advertising_file",
        summary="Downloads a file by its id, for marketplaces.",
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
                name="fileId",
                python_name="file_id",
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
        "public_advertising_file_get": _public_advertising_file_get_row,
    }
)


class PublicAdvertisingFileResource(Resource):
    """Operations under /PublicAdvertising"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Downloads a file by its id, for marketplaces.

        ``GET /PublicAdvertising/File/{customerId}/{fileId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            file_id: ``fileId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_file_get_row(),
            {
                "customerId": customer_id,
                "fileId": file_id,
            },
            None,
            options,
        )


class PublicAdvertisingFileRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingFileResource(client)
        self.get = raw_response(resource.get)
