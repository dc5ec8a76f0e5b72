"""The association operations (``client.association``): their table rows and resource classes.

Imported on first use of ``client.association`` (see ``_api/operations.py``).
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
    from ...models import association

__all__ = ["AssociationResource", "AssociationRawResource", "OPERATIONS"]


@functools.cache
def _association_get_association_row() -> Operation:
    from ...models import association

    return Operation(
        operation_id="association_get_association",
        python_name="get_association",
        method="GET",
        path="/Association/{customerId}/{associationId}",
        tag="association",
        summary="Gets one housing cooperative association (bostadsrättsförening) by its id.",
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
        response=association.Association,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "association_get_association": _association_get_association_row,
    }
)


class AssociationResource(Resource):
    """Operations under /Association"""

    def get_association(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        association_id: str,
        **options: Unpack[RequestOptions],
    ) -> association.Association:
        """Gets one housing cooperative association (bostadsrättsförening) by its id.

        ``GET /Association/{customerId}/{associationId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            association_id: ``associationId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _association_get_association_row(),
            {
                "customerId": customer_id,
                "associationId": association_id,
            },
            None,
            options,
        )


class AssociationRawResource(Resource):
    """Operations under /Association: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = AssociationResource(client)
        self.get_association = raw_response(resource.get_association)
