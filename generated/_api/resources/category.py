"""The category operations (``client.category``): their table rows and resource classes.

Imported on first use of ``client.category`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import category

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["CategoryResource", "CategoryRawResource", "OPERATIONS"]
CATEGORY_GET_CATEGORIES = Operation(
    operation_id="category_get_categories",
    python_name="get_categories",
    method="GET",
    path="/Category/GetCategories",
    tag="category",
    summary="Category: get categories",
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


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "category_get_categories": CATEGORY_GET_CATEGORIES,
}


class CategoryResource(Resource):
    """Operations under /Category"""

    def get_categories(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> category.Categories:
        """Category: get categories

        ``GET /Category/GetCategories``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            CATEGORY_GET_CATEGORIES,
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
