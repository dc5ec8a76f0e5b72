"""The public_advertising_agent operations (``client.public_advertising_agent``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_agent`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import public_advertisement

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["PublicAdvertisingAgentResource", "PublicAdvertisingAgentRawResource", "OPERATIONS"]
PUBLIC_ADVERTISING_AGENT_GET_LIST = Operation(
    operation_id="public_advertising_agent_get_list",
    python_name="get_list",
    method="GET",
    path="/PublicAdvertising/Agent/{customerId}",
    tag="public_advertising_agent",
    summary="Public advertising agent: get list",
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
PUBLIC_ADVERTISING_AGENT_GET = Operation(
    operation_id="public_advertising_agent_get",
    python_name="get",
    method="GET",
    path="/PublicAdvertising/Agent/{customerId}/{id}",
    tag="public_advertising_agent",
    summary="Public advertising agent: get",
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


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "public_advertising_agent_get_list": PUBLIC_ADVERTISING_AGENT_GET_LIST,
    "public_advertising_agent_get": PUBLIC_ADVERTISING_AGENT_GET,
}


class PublicAdvertisingAgentResource(Resource):
    """Operations under /PublicAdvertising"""

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[public_advertisement.EstateAgent]:
        """Public advertising agent: get list

        ``GET /PublicAdvertising/Agent/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            PUBLIC_ADVERTISING_AGENT_GET_LIST,
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
        """Public advertising agent: get

        ``GET /PublicAdvertising/Agent/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            PUBLIC_ADVERTISING_AGENT_GET,
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
