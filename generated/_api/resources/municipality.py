"""The municipality operations (``client.municipality``): their table rows and resource classes.

Imported on first use of ``client.municipality`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import municipality

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["MunicipalityResource", "MunicipalityRawResource", "OPERATIONS"]
MUNICIPALITY_GET_MUNICIPALITIES = Operation(
    operation_id="municipality_get_municipalities",
    python_name="get_municipalities",
    method="GET",
    path="/Municipality",
    tag="municipality",
    summary="Municipality: get municipalities",
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


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "municipality_get_municipalities": MUNICIPALITY_GET_MUNICIPALITIES,
}


class MunicipalityResource(Resource):
    """Operations under /Municipality"""

    def get_municipalities(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[municipality.Municipality]:
        """Municipality: get municipalities

        ``GET /Municipality``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            MUNICIPALITY_GET_MUNICIPALITIES,
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
