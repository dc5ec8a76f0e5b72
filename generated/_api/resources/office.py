"""The office operations (``client.office``): their table rows and resource classes.

Imported on first use of ``client.office`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import office

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["OfficeResource", "OfficeRawResource", "OPERATIONS"]
OFFICE_GET_OFFICE = Operation(
    operation_id="office_get_office",
    python_name="get_office",
    method="GET",
    path="/Office/GetOffice",
    tag="office",
    summary="Office: get office",
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


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "office_get_office": OFFICE_GET_OFFICE,
}


class OfficeResource(Resource):
    """Operations under /Office"""

    def get_office(
        self,
        *,
        criteria_customer_id: str | NotGiven = NOT_GIVEN,
        criteria_office_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[office.Office]:
        """Office: get office

        ``GET /Office/GetOffice``

        Args:
            criteria_office_id: ``criteria.officeId``.
            criteria_customer_id: ``criteria.customerId``. Default: the client's ``customer_id``
                (``VITEC_CUSTOMER_ID`` if the client was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            OFFICE_GET_OFFICE,
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
