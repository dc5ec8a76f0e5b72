"""The plot operations (``client.plot``): their table rows and resource classes.

Imported on first use of ``client.plot`` (see ``_api/operations.py``).
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
    from ...models import estate_cms

__all__ = ["PlotResource", "PlotRawResource", "OPERATIONS"]


@functools.cache
def _plot_create_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="plot_create",
        python_name="create",
        method="POST",
        path="/Plot/{customerId}",
        tag="plot",
        summary="Creates a plot of land.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=estate_cms.CmsPlot,
        body_name="plot",
        response=str,
    )


@functools.cache
def _plot_update_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="plot_update",
        python_name="update",
        method="PUT",
        path="/Plot/{customerId}/{id}",
        tag="plot",
        summary="Updates a plot of land.",
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
        body=estate_cms.CmsPlot,
        body_name="plot",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "plot_create": _plot_create_row,
        "plot_update": _plot_update_row,
    }
)


class PlotResource(Resource):
    """Operations under /Plot"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        plot: estate_cms.CmsPlot,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a plot of land.

        ``POST /Plot/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            plot:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _plot_create_row(),
            {
                "customerId": customer_id,
            },
            plot,
            options,
        )

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        plot: estate_cms.CmsPlot,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a plot of land.

        ``PUT /Plot/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            plot:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _plot_update_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            plot,
            options,
        )


class PlotRawResource(Resource):
    """Operations under /Plot: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PlotResource(client)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
