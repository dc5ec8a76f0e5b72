"""The public_advertising_agent operations (``client.public_advertising_agent``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_agent`` (see ``_api/operations.py``).
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

__all__ = ["PublicAdvertisingAgentResource", "PublicAdvertisingAgentRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_agent_get_list_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_agent_get_list",
        python_name="get_list",
        method="GET",
        path="/PublicAdvertising/Agent/{customerId}",
        tag="public_advertising_agent",
        summary="Lists the customer's estate agents, for marketplaces.",
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
        body=None,
        body_name=None,
        response=list[public_advertisement.EstateAgent],
    )


@functools.cache
def _public_advertising_agent_get_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_agent_get",
        python_name="get",
        method="GET",
        path="/PublicAdvertising/Agent/{customerId}/{id}",
        tag="public_advertising_agent",
        summary="Gets one estate agent by id, for marketplaces.",
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
        response=public_advertisement.EstateAgent,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "public_advertising_agent_get_list": _public_advertising_agent_get_list_row,
        "public_advertising_agent_get": _public_advertising_agent_get_row,
    }
)


class PublicAdvertisingAgentResource(Resource):
    """Operations under /PublicAdvertising"""

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[public_advertisement.EstateAgent]:
        """Lists the customer's estate agents, for marketplaces.

        ``GET /PublicAdvertising/Agent/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_agent_get_list_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.EstateAgent:
        """Gets one estate agent by id, for marketplaces.

        ``GET /PublicAdvertising/Agent/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_agent_get_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )


class PublicAdvertisingAgentRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingAgentResource(client)
        self.get_list = raw_response(resource.get_list)
        self.get = raw_response(resource.get)
