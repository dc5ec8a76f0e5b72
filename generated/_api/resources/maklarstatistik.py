"""The maklarstatistik operations (``client.maklarstatistik``): their table rows and resource classes.

Imported on first use of ``client.maklarstatistik`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import maklarstatistik

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["MaklarstatistikResource", "MaklarstatistikRawResource", "OPERATIONS"]
MAKLARSTATISTIK_GET_OBJECTS_BETWEEN = Operation(
    operation_id="maklarstatistik_get_objects_between",
    python_name="get_objects_between",
    method="GET",
    path="/MaklarStatistik/{customerId}",
    tag="maklarstatistik",
    summary="Maklarstatistik: get objects between",
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
            name="criteria.changeAtFrom",
            python_name="criteria_change_at_from",
            location="query",
            kind="datetime",
            required=False,
        ),
        Param(
            name="criteria.changeAtTo",
            python_name="criteria_change_at_to",
            location="query",
            kind="datetime",
            required=False,
        ),
        Param(
            name="criteria.contractDateFrom",
            python_name="criteria_contract_date_from",
            location="query",
            kind="datetime",
            required=False,
        ),
        Param(
            name="criteria.contractDateTo",
            python_name="criteria_contract_date_to",
            location="query",
            kind="datetime",
            required=False,
        ),
    ),
    body=None,
    body_name=None,
    response=list[maklarstatistik.PropertyStatistics],
)


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "maklarstatistik_get_objects_between": MAKLARSTATISTIK_GET_OBJECTS_BETWEEN,
}


class MaklarstatistikResource(Resource):
    """Operations under /MaklarStatistik"""

    def get_objects_between(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_change_at_from: datetime.datetime | datetime.date | None = None,
        criteria_change_at_to: datetime.datetime | datetime.date | None = None,
        criteria_contract_date_from: datetime.datetime | datetime.date | None = None,
        criteria_contract_date_to: datetime.datetime | datetime.date | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[maklarstatistik.PropertyStatistics]:
        """Maklarstatistik: get objects between

        ``GET /MaklarStatistik/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_change_at_from: ``criteria.changeAtFrom``.
            criteria_change_at_to: ``criteria.changeAtTo``.
            criteria_contract_date_from: ``criteria.contractDateFrom``.
            criteria_contract_date_to: ``criteria.contractDateTo``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            MAKLARSTATISTIK_GET_OBJECTS_BETWEEN,
            {
                "customerId": customer_id,
                "criteria.changeAtFrom": criteria_change_at_from,
                "criteria.changeAtTo": criteria_change_at_to,
                "criteria.contractDateFrom": criteria_contract_date_from,
                "criteria.contractDateTo": criteria_contract_date_to,
            },
            None,
            options,
        )


class MaklarstatistikRawResource(Resource):
    """Operations under /MaklarStatistik: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = MaklarstatistikResource(client)
        self.get_objects_between = raw_response(resource.get_objects_between)
