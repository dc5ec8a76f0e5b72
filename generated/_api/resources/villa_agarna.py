"""The villa_agarna operations (``client.villa_agarna``): their table rows and resource classes.

Imported on first use of ``client.villa_agarna`` (see ``_api/operations.py``).
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
    from ...models import villavardet

__all__ = ["VillaAgarnaResource", "VillaAgarnaRawResource", "OPERATIONS"]


@functools.cache
def _villa_agarna_get_objects_between_row() -> Operation:
    from ...models import villavardet

    return Operation(
        operation_id="villa_agarna_get_objects_between",
        python_name="get_objects_between",
        method="GET",
        path="/VillaAgarna/{customerId}",
        tag="villa_agarna",
        summary=(
            "Gets the estates sold with an access date in a range (estate, buyer, agent and dates), for Villaägarna."
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
                name="criteria.accessDateFrom",
                python_name="criteria_access_date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="criteria.accessDateTo",
                python_name="criteria_access_date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=list[villavardet.SoldEstate],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "villa_agarna_get_objects_between": _villa_agarna_get_objects_between_row,
    }
)


class VillaAgarnaResource(Resource):
    """Operations under /VillaAgarna"""

    def get_objects_between(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_access_date_from: datetime.datetime | datetime.date | None = None,
        criteria_access_date_to: datetime.datetime | datetime.date | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[villavardet.SoldEstate]:
        """Gets the estates sold with an access date in a range (estate, buyer, agent and dates), for Villaägarna.

        ``GET /VillaAgarna/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_access_date_from: ``criteria.accessDateFrom``.
            criteria_access_date_to: ``criteria.accessDateTo``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _villa_agarna_get_objects_between_row(),
            {
                "customerId": customer_id,
                "criteria.accessDateFrom": criteria_access_date_from,
                "criteria.accessDateTo": criteria_access_date_to,
            },
            None,
            options,
        )


class VillaAgarnaRawResource(Resource):
    """Operations under /VillaAgarna: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = VillaAgarnaResource(client)
        self.get_objects_between = raw_response(resource.get_objects_between)
