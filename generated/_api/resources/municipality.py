"""The municipality operations (``client.municipality``): their table rows and resource classes.

Imported on first use of ``client.municipality`` (see ``_api/operations.py``).
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
    from ...models import municipality

__all__ = ["MunicipalityResource", "MunicipalityRawResource", "OPERATIONS"]


@functools.cache
def _municipality_get_municipalities_row() -> Operation:
    from ...models import municipality

    return Operation(
        operation_id="municipality_get_municipalities",
        python_name="get_municipalities",
        method="GET",
        path="/Municipality",
        tag="municipality",
        summary="Lists the municipalities, or the one with a given id.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="id",
                python_name="id",
                location="query",
                kind="string",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=list[municipality.Municipality],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "municipality_get_municipalities": _municipality_get_municipalities_row,
    }
)


class MunicipalityResource(Resource):
    """Operations under /Municipality"""

    def get_municipalities(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[municipality.Municipality]:
        """Lists the municipalities, or the one with a given id.

        ``GET /Municipality``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _municipality_get_municipalities_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )


class MunicipalityRawResource(Resource):
    """Operations under /Municipality: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = MunicipalityResource(client)
        self.get_municipalities = raw_response(resource.get_municipalities)
