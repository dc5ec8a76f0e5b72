"""The category operations (``client.category``): their table rows and resource classes.

Imported on first use of ``client.category`` (see ``_api/operations.py``).
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
    from ...models import category

__all__ = ["CategoryResource", "CategoryRawResource", "OPERATIONS"]


@functools.cache
def _category_get_categories_row() -> Operation:
    from ...models import category

    return Operation(
        operation_id="category_get_categories",
        python_name="get_categories",
        method="GET",
        path="/Category/GetCategories",
        tag="category",
        summary="Lists the contact categories, for persons and for companies.",
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
        response=category.Categories,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "category_get_categories": _category_get_categories_row,
    }
)


class CategoryResource(Resource):
    """Operations under /Category"""

    def get_categories(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> category.Categories:
        """Lists the contact categories, for persons and for companies.

        ``GET /Category/GetCategories``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _category_get_categories_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )


class CategoryRawResource(Resource):
    """Operations under /Category: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CategoryResource(client)
        self.get_categories = raw_response(resource.get_categories)
