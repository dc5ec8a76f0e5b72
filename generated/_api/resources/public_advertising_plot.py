"""The public_advertising_plot operations (``client.public_advertising_plot``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_plot`` (see ``_api/operations.py``).
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
    from ...models import public_advertisement

__all__ = ["PublicAdvertisingPlotResource", "PublicAdvertisingPlotRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_plot_get_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_plot_get",
        python_name="get",
        method="GET",
        path="/PublicAdvertising/Plot/{customerId}/{id}",
        tag="public_advertising_plot",
        summary="Gets a plot of land as advertised to marketplaces.",
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
                name="id",
                python_name="id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=public_advertisement.Plot,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "public_advertising_plot_get": _public_advertising_plot_get_row,
    }
)


class PublicAdvertisingPlotResource(Resource):
    """Operations under /PublicAdvertising"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.Plot:
        """Gets a plot of land as advertised to marketplaces.

        ``GET /PublicAdvertising/Plot/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_plot_get_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )


class PublicAdvertisingPlotRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingPlotResource(client)
        self.get = raw_response(resource.get)
