"""The crm_file operations (``client.crm_file``): their table rows and resource classes.

Imported on first use of ``client.crm_file`` (see ``_api/operations.py``).
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

__all__ = ["CrmFileResource", "CrmFileRawResource", "OPERATIONS"]


@functools.cache
def _crm_file_get_file_row() -> Operation:
    return Operation(
        operation_id="crm_file_get_file",
        python_name="get_file",
        method="GET",
        path="/CRM/File/GetFile",
        tag="crm_file",
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
def _crm_file_post_row() -> Operation:
    from ...models import file

    return Operation(
        operation_id="crm_file_post",
        python_name="create",
        method="POST",
        path="/CRM/File/{customerId}/{estateId}",
        tag="crm_file",
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


@functools.cache
def _crm_file_delete_row() -> Operation:
    return Operation(
        operation_id="crm_file_delete",
        python_name="delete",
        method="DELETE",
        path="/CRM/File/{customerId}/{fileId}",
        tag="crm_file",
        summary="Deletes a file, given its id.",
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
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_file_get_file": _crm_file_get_file_row,
        "crm_file_post": _crm_file_post_row,
        "crm_file_delete": _crm_file_delete_row,
    }
)


class CrmFileResource(Resource):
    """Operations under /CRM"""

    def get_file(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Downloads a file, such as an attached PDF, by its id.

        ``GET /CRM/File/GetFile``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            file_id: ``fileId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_file_get_file_row(),
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

        ``POST /CRM/File/{customerId}/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            file_data:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_file_post_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            file_data,
            options,
        )

    def delete(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deletes a file, given its id.

        ``DELETE /CRM/File/{customerId}/{fileId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            file_id: ``fileId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_file_delete_row(),
            {
                "customerId": customer_id,
                "fileId": file_id,
            },
            None,
            options,
        )


class CrmFileRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmFileResource(client)
        self.get_file = raw_response(resource.get_file)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
