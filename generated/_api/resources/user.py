"""The user operations (``client.user``): their table rows and resource classes.

Imported on first use of ``client.user`` (see ``_api/operations.py``).
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
    from ...models import user, user_crm

__all__ = ["UserResource", "UserRawResource", "OPERATIONS"]


@functools.cache
def _user_authenticate_user_row() -> Operation:
    return Operation(
        operation_id="user_authenticate_user",
        python_name="authenticate_user",
        method="GET",
        path="/User/AuthenticateUser",
        tag="user",
        summary="Checks a user name and password against the customer's users.",
        params=(
            Param(
                name="criteria.customerId",
                python_name="criteria_customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="criteria.userName",
                python_name="criteria_user_name",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.password",
                python_name="criteria_password",
                location="query",
                kind="string",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=bool,
    )


@functools.cache
def _user_get_all_users_row() -> Operation:
    from ...models import user_crm

    return Operation(
        operation_id="user_get_all_users",
        python_name="get_all_users",
        method="GET",
        path="/User/GetAllUsers",
        tag="user",
        summary="Lists all users, or one user, or those whose name or title contains a text.",
        params=(
            Param(
                name="criteria.userId",
                python_name="criteria_user_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.searchText",
                python_name="criteria_search_text",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.customerId",
                python_name="criteria_customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[user_crm.User],
    )


@functools.cache
def _user_get_user_row() -> Operation:
    from ...models import user

    return Operation(
        operation_id="user_get_user",
        python_name="get_user",
        method="GET",
        path="/User/GetUser",
        tag="user",
        summary="Lists the public users, or one user, or those whose name or title contains a text.",
        params=(
            Param(
                name="criteria.userId",
                python_name="criteria_user_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.searchText",
                python_name="criteria_search_text",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.customerId",
                python_name="criteria_customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[user.User],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "user_authenticate_user": _user_authenticate_user_row,
        "user_get_all_users": _user_get_all_users_row,
        "user_get_user": _user_get_user_row,
    }
)


class UserResource(Resource):
    """Operations under /User"""

    def authenticate_user(
        self,
        *,
        criteria_customer_id: str | None | NotGiven = NOT_GIVEN,
        criteria_user_name: str | None = None,
        criteria_password: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Checks a user name and password against the customer's users.

        ``GET /User/AuthenticateUser``

        Args:
            criteria_customer_id: ``criteria.customerId``. Default: the client's ``customer_id``
                (``VITEC_CUSTOMER_ID`` if the client was made without one).
            criteria_user_name: ``criteria.userName``.
            criteria_password: ``criteria.password``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _user_authenticate_user_row(),
            {
                "criteria.customerId": criteria_customer_id,
                "criteria.userName": criteria_user_name,
                "criteria.password": criteria_password,
            },
            None,
            options,
        )

    def get_all_users(
        self,
        *,
        criteria_customer_id: str | None | NotGiven = NOT_GIVEN,
        criteria_user_id: str | None = None,
        criteria_search_text: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[user_crm.User]:
        """Lists all users, or one user, or those whose name or title contains a text.

        ``GET /User/GetAllUsers``

        Args:
            criteria_user_id: ``criteria.userId``.
            criteria_search_text: ``criteria.searchText``.
            criteria_customer_id: ``criteria.customerId``. Default: the client's ``customer_id``
                (``VITEC_CUSTOMER_ID`` if the client was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _user_get_all_users_row(),
            {
                "criteria.userId": criteria_user_id,
                "criteria.searchText": criteria_search_text,
                "criteria.customerId": criteria_customer_id,
            },
            None,
            options,
        )

    def get_user(
        self,
        *,
        criteria_customer_id: str | None | NotGiven = NOT_GIVEN,
        criteria_user_id: str | None = None,
        criteria_search_text: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[user.User]:
        """Lists the public users, or one user, or those whose name or title contains a text.

        ``GET /User/GetUser``

        Args:
            criteria_user_id: ``criteria.userId``.
            criteria_search_text: ``criteria.searchText``.
            criteria_customer_id: ``criteria.customerId``. Default: the client's ``customer_id``
                (``VITEC_CUSTOMER_ID`` if the client was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _user_get_user_row(),
            {
                "criteria.userId": criteria_user_id,
                "criteria.searchText": criteria_search_text,
                "criteria.customerId": criteria_customer_id,
            },
            None,
            options,
        )


class UserRawResource(Resource):
    """Operations under /User: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = UserResource(client)
        self.authenticate_user = raw_response(resource.authenticate_user)
        self.get_all_users = raw_response(resource.get_all_users)
        self.get_user = raw_response(resource.get_user)
