"""The plot operations (``client.plot``): their table rows and resource classes.

Imported on first use of ``client.plot`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import estate_cms

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["PlotResource", "PlotRawResource", "OPERATIONS"]
PLOT_CREATE = Operation(
    operation_id="plot_create",
    python_name="create",
    method="POST",
    path="/Plot/{customerId}",
    tag="plot",
    summary="Plot: create",
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
PLOT_UPDATE = Operation(
    operation_id="plot_update",
    python_name="update",
    method="PUT",
    path="/Plot/{customerId}/{id}",
    tag="plot",
    summary="Plot: update",
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


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "plot_create": PLOT_CREATE,
    "plot_update": PLOT_UPDATE,
}


class PlotResource(Resource):
    """Operations under /Plot"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        plot: estate_cms.CmsPlot,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Plot: create

        ``POST /Plot/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            plot:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            PLOT_CREATE,
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
        """Plot: update

        ``PUT /Plot/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            plot:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            PLOT_UPDATE,
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
