"""The document operations (``client.document``): their table rows and resource classes.

Imported on first use of ``client.document`` (see ``_api/operations.py``).
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
    from ...models import documents

__all__ = ["DocumentResource", "DocumentRawResource", "OPERATIONS"]


@functools.cache
def _document_post_row() -> Operation:
    from ...models import documents

    return Operation(
        operation_id="document_post",
        python_name="create",
        method="POST",
        path="/Document/{customerId}/{estateId}",
        tag="document",
        summary="Adds or updates a document on an estate (its data or URL, supplier and template type).",
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
        body=documents.Document,
        body_name="document",
        response=str,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "document_post": _document_post_row,
    }
)


class DocumentResource(Resource):
    """Operations under /Document"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        document: documents.Document,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Adds or updates a document on an estate (its data or URL, supplier and template type).

        ``POST /Document/{customerId}/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            document:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _document_post_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            document,
            options,
        )


class DocumentRawResource(Resource):
    """Operations under /Document: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = DocumentResource(client)
        self.create = raw_response(resource.create)
