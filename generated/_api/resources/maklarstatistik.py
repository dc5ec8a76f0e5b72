"""The maklarstatistik operations (``client.maklarstatistik``): their table rows and resource classes.

Imported on first use of ``client.maklarstatistik`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import Operation, Param

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions
    from ...models import maklarstatistik

__all__ = ["MaklarstatistikResource", "MaklarstatistikRawResource", "OPERATIONS"]


@functools.cache
def _maklarstatistik_get_objects_between_row() -> Operation:
    from ...models import maklarstatistik

    return Operation(
        operation_id="maklarstatistik_get_objects_between",
        python_name="get_objects_between",
        method="GET",
        path="/MaklarStatistik/{customerId}",
        tag="maklarstatistik",
        summary=(
            "Gets estate data for Mäklarstatistik, chosen by change date or by contract date (a range of at most three "
            "months)."
        ),
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


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "maklarstatistik_get_objects_between": _maklarstatistik_get_objects_between_row,
    }
)


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
        """Gets estate data for Mäklarstatistik, chosen by change date or by contract date (a range of at most three months).

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
            _maklarstatistik_get_objects_between_row(),
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
