"""The file operations (``client.file``): their table rows and resource classes.

Imported on first use of ``client.file`` (see ``_api/operations.py``).
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
    from ...models import file

__all__ = ["FileResource", "FileRawResource", "OPERATIONS"]


@functools.cache
def _file_get_file_row() -> Operation:
    return Operation(
        operation_id="file_get_file",
        python_name="get_file",
        method="GET",
        path="/File/GetFile",
        tag="file",
        summary="Downloads a file, such as an attached PDF, by its id.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="fileId",
                python_name="file_id",
                location="query",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=bytes,
    )


@functools.cache
def _file_post_row() -> Operation:
    from ...models import file

    return Operation(
        operation_id="file_post",
        python_name="create",
        method="POST",
        path="/File/{customerId}/{estateId}",
        tag="file",
        summary="Attaches a new document (a file) to an estate.",
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
        body=file.File,
        body_name="file_data",
        response=str,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "file_get_file": _file_get_file_row,
        "file_post": _file_post_row,
    }
)


class FileResource(Resource):
    """Operations under /File"""

    def get_file(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Downloads a file, such as an attached PDF, by its id.

        ``GET /File/GetFile``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            file_id: ``fileId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _file_get_file_row(),
            {
                "customerId": customer_id,
                "fileId": file_id,
            },
            None,
            options,
        )

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        file_data: file.File,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Attaches a new document (a file) to an estate.

        ``POST /File/{customerId}/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            file_data:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _file_post_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            file_data,
            options,
        )


class FileRawResource(Resource):
    """Operations under /File: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = FileResource(client)
        self.get_file = raw_response(resource.get_file)
        self.create = raw_response(resource.create)
