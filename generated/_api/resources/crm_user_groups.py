"""The crm_user_groups operations (``client.crm_user_groups``): their table rows and resource classes.

Imported on first use of ``client.crm_user_groups`` (see ``_api/operations.py``).
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
    from ...models import public_advertisement_lead

__all__ = ["CrmUserGroupsResource", "CrmUserGroupsRawResource", "OPERATIONS"]


@functools.cache
def _crm_user_groups_get_row() -> Operation:
    from ...models import public_advertisement_lead

    return Operation(
        operation_id="crm_user_groups_get",
        python_name="get",
        method="GET",
        path="/CRM/Usergroups/{customerId}",
        tag="crm_user_groups",
        summary="Lists the user groups with their users.",
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
        response=list[public_advertisement_lead.UserGroup],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_user_groups_get": _crm_user_groups_get_row,
    }
)


class CrmUserGroupsResource(Resource):
    """Operations under /CRM"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[public_advertisement_lead.UserGroup]:
        """Lists the user groups with their users.

        ``GET /CRM/Usergroups/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_user_groups_get_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )


class CrmUserGroupsRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmUserGroupsResource(client)
        self.get = raw_response(resource.get)
