"""The foreign_property operations (``client.foreign_property``): their table rows and resource classes.

Imported on first use of ``client.foreign_property`` (see ``_api/operations.py``).
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

__all__ = ["ForeignPropertyResource", "ForeignPropertyRawResource", "OPERATIONS"]


@functools.cache
def _foreign_property_create_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="foreign_property_create",
        python_name="create",
        method="POST",
        path="/ForeignProperty/{customerId}",
        tag="foreign_property",
        summary="Creates a foreign property (a home abroad).",
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
        body=estate_cms.CmsForeignProperty,
        body_name="foreign_property",
        response=str,
    )


@functools.cache
def _foreign_property_update_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="foreign_property_update",
        python_name="update",
        method="PUT",
        path="/ForeignProperty/{customerId}/{id}",
        tag="foreign_property",
        summary="Updates a foreign property (a home abroad).",
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
        body=estate_cms.CmsForeignProperty,
        body_name="foreign_property",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "foreign_property_create": _foreign_property_create_row,
        "foreign_property_update": _foreign_property_update_row,
    }
)


class ForeignPropertyResource(Resource):
    """Operations under /ForeignProperty"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        foreign_property: estate_cms.CmsForeignProperty,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a foreign property (a home abroad).

        ``POST /ForeignProperty/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            foreign_property:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _foreign_property_create_row(),
            {
                "customerId": customer_id,
            },
            foreign_property,
            options,
        )

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        foreign_property: estate_cms.CmsForeignProperty,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a foreign property (a home abroad).

        ``PUT /ForeignProperty/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            foreign_property:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _foreign_property_update_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            foreign_property,
            options,
        )


class ForeignPropertyRawResource(Resource):
    """Operations under /ForeignProperty: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = ForeignPropertyResource(client)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
