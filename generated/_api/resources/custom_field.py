"""The custom_field operations (``client.custom_field``): their table rows and resource classes.

Imported on first use of ``client.custom_field`` (see ``_api/operations.py``).
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
    from ...models import custom_field

__all__ = ["CustomFieldResource", "CustomFieldRawResource", "OPERATIONS"]


@functools.cache
def _custom_field_get_row() -> Operation:
    from ...models import custom_field

    return Operation(
        operation_id="custom_field_get",
        python_name="get",
        method="GET",
        path="/CustomField/Get",
        tag="custom_field",
        summary="Lists the customer's custom fields.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[custom_field.CustomFields],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "custom_field_get": _custom_field_get_row,
    }
)


class CustomFieldResource(Resource):
    """Operations under /CustomField"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[custom_field.CustomFields]:
        """Lists the customer's custom fields.

        ``GET /CustomField/Get``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _custom_field_get_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )


class CustomFieldRawResource(Resource):
    """Operations under /CustomField: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CustomFieldResource(client)
        self.get = raw_response(resource.get)
