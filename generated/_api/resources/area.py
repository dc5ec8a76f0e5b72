"""The area operations (``client.area``): their table rows and resource classes.

Imported on first use of ``client.area`` (see ``_api/operations.py``).
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
    from ...models import area

__all__ = ["AreaResource", "AreaRawResource", "OPERATIONS"]


@functools.cache
def _area_get_areas_row() -> Operation:
    from ...models import area

    return Operation(
        operation_id="area_get_areas",
        python_name="get_areas",
        method="GET",
        path="/Area/GetAreas",
        tag="area",
        summary="Lists the areas (districts), or the one with a given id.",
        params=(
            Param(
                name="criteria.areaId",
                python_name="criteria_area_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.customerId",
                python_name="criteria_customer_id",
                location="query",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[area.Area],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "area_get_areas": _area_get_areas_row,
    }
)


class AreaResource(Resource):
    """Operations under /Area"""

    def get_areas(
        self,
        *,
        criteria_customer_id: str | NotGiven = NOT_GIVEN,
        criteria_area_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[area.Area]:
        """Lists the areas (districts), or the one with a given id.

        ``GET /Area/GetAreas``

        Args:
            criteria_area_id: ``criteria.areaId``.
            criteria_customer_id: ``criteria.customerId``. Default: the client's ``customer_id``
                (``VITEC_CUSTOMER_ID`` if the client was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _area_get_areas_row(),
            {
                "criteria.areaId": criteria_area_id,
                "criteria.customerId": criteria_customer_id,
            },
            None,
            options,
        )


class AreaRawResource(Resource):
    """Operations under /Area: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = AreaResource(client)
        self.get_areas = raw_response(resource.get_areas)
