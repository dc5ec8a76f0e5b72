"""The order operations (``client.order``): their table rows and resource classes.

Imported on first use of ``client.order`` (see ``_api/operations.py``).
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
    from ...models import order

__all__ = ["OrderResource", "OrderRawResource", "OPERATIONS"]


@functools.cache
def _order_update_status_row() -> Operation:
    from ...models import order

    return Operation(
        operation_id="order_update_status",
        python_name="update_status",
        method="PUT",
        path="/Service/Order/Status/{customerId}",
        tag="order",
        summary="Updates the status of an ordered service, with a comment.",
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
        body=order.OrderStatus,
        body_name="order_status",
        response=bool,
    )


@functools.cache
def _order_user_interaction_row() -> Operation:
    from ...models import order

    return Operation(
        operation_id="order_user_interaction",
        python_name="user_interaction",
        method="PUT",
        path="/Service/Order/UserInteraction/{customerId}",
        tag="order",
        summary="Asks a user to act on an ordered service, giving the URL to open for it.",
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
        body=order.OrderUserInteractionRequest,
        body_name="request",
        response=bool,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "order_update_status": _order_update_status_row,
        "order_user_interaction": _order_user_interaction_row,
    }
)


class OrderResource(Resource):
    """Operations under /Service"""

    def update_status(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        order_status: order.OrderStatus,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Updates the status of an ordered service, with a comment.

        ``PUT /Service/Order/Status/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            order_status:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _order_update_status_row(),
            {
                "customerId": customer_id,
            },
            order_status,
            options,
        )

    def user_interaction(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        request: order.OrderUserInteractionRequest,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Asks a user to act on an ordered service, giving the URL to open for it.

        ``PUT /Service/Order/UserInteraction/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            request:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _order_user_interaction_row(),
            {
                "customerId": customer_id,
            },
            request,
            options,
        )


class OrderRawResource(Resource):
    """Operations under /Service: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = OrderResource(client)
        self.update_status = raw_response(resource.update_status)
        self.user_interaction = raw_response(resource.user_interaction)
