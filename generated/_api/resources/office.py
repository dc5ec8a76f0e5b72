"""The office operations (``client.office``): their table rows and resource classes.

Imported on first use of ``client.office`` (see ``_api/operations.py``).
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
    from ...models import office

__all__ = ["OfficeResource", "OfficeRawResource", "OPERATIONS"]


@functools.cache
def _office_get_office_row() -> Operation:
    from ...models import office

    return Operation(
        operation_id="office_get_office",
        python_name="get_office",
        method="GET",
        path="/Office/GetOffice",
        tag="office",
        summary="Gets the details of the estate agent's offices, or of one office.",
        params=(
            Param(
                name="criteria.officeId",
                python_name="criteria_office_id",
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
        response=list[office.Office],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "office_get_office": _office_get_office_row,
    }
)


class OfficeResource(Resource):
    """Operations under /Office"""

    def get_office(
        self,
        *,
        criteria_customer_id: str | NotGiven = NOT_GIVEN,
        criteria_office_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[office.Office]:
        """Gets the details of the estate agent's offices, or of one office.

        ``GET /Office/GetOffice``

        Args:
            criteria_office_id: ``criteria.officeId``.
            criteria_customer_id: ``criteria.customerId``. Default: the client's ``customer_id``
                (``VITEC_CUSTOMER_ID`` if the client was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _office_get_office_row(),
            {
                "criteria.officeId": criteria_office_id,
                "criteria.customerId": criteria_customer_id,
            },
            None,
            options,
        )


class OfficeRawResource(Resource):
    """Operations under /Office: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = OfficeResource(client)
        self.get_office = raw_response(resource.get_office)
