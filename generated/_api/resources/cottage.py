"""The cottage operations (``client.cottage``): their table rows and resource classes.

Imported on first use of ``client.cottage`` (see ``_api/operations.py``).
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
    from ...models import estate_cms

__all__ = ["CottageResource", "CottageRawResource", "OPERATIONS"]


@functools.cache
def _cottage_create_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="cottage_create",
        python_name="create",
        method="POST",
        path="/Cottage/{customerId}",
        tag="cottage",
        summary="Creates a cottage (holiday home) estate.",
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
        body=estate_cms.CmsCottage,
        body_name="cottage",
        response=str,
    )


@functools.cache
def _cottage_update_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="cottage_update",
        python_name="update",
        method="PUT",
        path="/Cottage/{customerId}/{id}",
        tag="cottage",
        summary="Updates a cottage (holiday home) estate.",
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
        body=estate_cms.CmsCottage,
        body_name="cottage",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "cottage_create": _cottage_create_row,
        "cottage_update": _cottage_update_row,
    }
)


class CottageResource(Resource):
    """Operations under /Cottage"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        cottage: estate_cms.CmsCottage,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a cottage (holiday home) estate.

        ``POST /Cottage/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            cottage:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _cottage_create_row(),
            {
                "customerId": customer_id,
            },
            cottage,
            options,
        )

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        cottage: estate_cms.CmsCottage,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a cottage (holiday home) estate.

        ``PUT /Cottage/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            cottage:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _cottage_update_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            cottage,
            options,
        )


class CottageRawResource(Resource):
    """Operations under /Cottage: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CottageResource(client)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
