"""The search_profile operations (``client.search_profile``): their table rows and resource classes.

Imported on first use of ``client.search_profile`` (see ``_api/operations.py``).
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
    from ...models import search_profile, searchprofile

__all__ = ["SearchProfileResource", "SearchProfileRawResource", "OPERATIONS"]


@functools.cache
def _search_profile_create_foreign_search_profile_row() -> Operation:
    from ...models import search_profile

    return Operation(
        operation_id="search_profile_create_foreign_search_profile",
        python_name="create_foreign_search_profile",
        method="POST",
        path="/CRM/SearchProfile/Foreign/{customerId}/{contactId}",
        tag="search_profile",
        summary="Creates a search profile for homes abroad for a contact.",
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
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=search_profile.ForeignSearchProfileCreate,
        body_name="search_profile",
        response=str,
    )


@functools.cache
def _search_profile_delete_search_profile_row() -> Operation:
    return Operation(
        operation_id="search_profile_delete_search_profile",
        python_name="delete_search_profile",
        method="DELETE",
        path="/CRM/SearchProfile/{customerId}",
        tag="search_profile",
        summary="Deletes one search profile, given its id.",
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
                location="query",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=None,
    )


@functools.cache
def _search_profile_get_search_profiles_row() -> Operation:
    from ...models import search_profile

    return Operation(
        operation_id="search_profile_get_search_profiles",
        python_name="get_search_profiles",
        method="GET",
        path="/CRM/SearchProfile/{customerId}",
        tag="search_profile",
        summary="Lists search profiles, optionally those of one contact.",
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
                name="criteria.contactId",
                python_name="criteria_contact_id",
                location="query",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[search_profile.SearchProfile],
    )


@functools.cache
def _search_profile_match_search_profiles_row() -> Operation:
    from ...models import searchprofile

    return Operation(
        operation_id="search_profile_match_search_profiles",
        python_name="match_search_profiles",
        method="PUT",
        path="/CRM/SearchProfile/{customerId}",
        tag="search_profile",
        summary="Turns the matching (watching) of a contact's search profiles on or off.",
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
        body=searchprofile.MatchSearchprofile,
        body_name="match_searchprofile",
        response=None,
    )


@functools.cache
def _search_profile_delete_all_search_profiles_row() -> Operation:
    return Operation(
        operation_id="search_profile_delete_all_search_profiles",
        python_name="delete_all_search_profiles",
        method="DELETE",
        path="/CRM/SearchProfile/{customerId}/{contactId}",
        tag="search_profile",
        summary="Deletes every search profile of a contact.",
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
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=None,
    )


@functools.cache
def _search_profile_create_search_profile_row() -> Operation:
    from ...models import search_profile

    return Operation(
        operation_id="search_profile_create_search_profile",
        python_name="create_search_profile",
        method="POST",
        path="/CRM/SearchProfile/{customerId}/{contactId}",
        tag="search_profile",
        summary="Creates a search profile for a contact.",
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
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=search_profile.SearchProfileCreate,
        body_name="search_profile",
        response=str,
    )


@functools.cache
def _search_profile_get_search_profile_row() -> Operation:
    from ...models import search_profile

    return Operation(
        operation_id="search_profile_get_search_profile",
        python_name="get_search_profile",
        method="GET",
        path="/CRM/SearchProfile/{customerId}/{id}",
        tag="search_profile",
        summary="Gets one search profile by its id.",
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
        response=search_profile.SearchProfile,
    )


@functools.cache
def _search_profile_update_search_profile_row() -> Operation:
    from ...models import search_profile

    return Operation(
        operation_id="search_profile_update_search_profile",
        python_name="update_search_profile",
        method="PUT",
        path="/CRM/SearchProfile/{customerId}/{id}",
        tag="search_profile",
        summary="Changes one of a contact's search profiles.",
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
        body=search_profile.SearchProfileUpdate,
        body_name="search_profile",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "search_profile_create_foreign_search_profile": _search_profile_create_foreign_search_profile_row,
        "search_profile_delete_search_profile": _search_profile_delete_search_profile_row,
        "search_profile_get_search_profiles": _search_profile_get_search_profiles_row,
        "search_profile_match_search_profiles": _search_profile_match_search_profiles_row,
        "search_profile_delete_all_search_profiles": _search_profile_delete_all_search_profiles_row,
        "search_profile_create_search_profile": _search_profile_create_search_profile_row,
        "search_profile_get_search_profile": _search_profile_get_search_profile_row,
        "search_profile_update_search_profile": _search_profile_update_search_profile_row,
    }
)


class SearchProfileResource(Resource):
    """Operations under /CRM"""

    def create_foreign_search_profile(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        search_profile: search_profile.ForeignSearchProfileCreate,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a search profile for homes abroad for a contact.

        ``POST /CRM/SearchProfile/Foreign/{customerId}/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            search_profile:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_create_foreign_search_profile_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            search_profile,
            options,
        )

    def delete_search_profile(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deletes one search profile, given its id.

        ``DELETE /CRM/SearchProfile/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_delete_search_profile_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )

    def get_search_profiles(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[search_profile.SearchProfile]:
        """Lists search profiles, optionally those of one contact.

        ``GET /CRM/SearchProfile/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_contact_id: ``criteria.contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_get_search_profiles_row(),
            {
                "customerId": customer_id,
                "criteria.contactId": criteria_contact_id,
            },
            None,
            options,
        )

    def match_search_profiles(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        match_searchprofile: searchprofile.MatchSearchprofile,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Turns the matching (watching) of a contact's search profiles on or off.

        ``PUT /CRM/SearchProfile/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            match_searchprofile:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_match_search_profiles_row(),
            {
                "customerId": customer_id,
            },
            match_searchprofile,
            options,
        )

    def delete_all_search_profiles(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deletes every search profile of a contact.

        ``DELETE /CRM/SearchProfile/{customerId}/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_delete_all_search_profiles_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def create_search_profile(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        search_profile: search_profile.SearchProfileCreate,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a search profile for a contact.

        ``POST /CRM/SearchProfile/{customerId}/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            search_profile:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_create_search_profile_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            search_profile,
            options,
        )

    def get_search_profile(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> search_profile.SearchProfile:
        """Gets one search profile by its id.

        ``GET /CRM/SearchProfile/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_get_search_profile_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )

    def update_search_profile(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        search_profile: search_profile.SearchProfileUpdate,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Changes one of a contact's search profiles.

        ``PUT /CRM/SearchProfile/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            search_profile:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _search_profile_update_search_profile_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            search_profile,
            options,
        )


class SearchProfileRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = SearchProfileResource(client)
        self.create_foreign_search_profile = raw_response(resource.create_foreign_search_profile)
        self.delete_search_profile = raw_response(resource.delete_search_profile)
        self.get_search_profiles = raw_response(resource.get_search_profiles)
        self.match_search_profiles = raw_response(resource.match_search_profiles)
        self.delete_all_search_profiles = raw_response(resource.delete_all_search_profiles)
        self.create_search_profile = raw_response(resource.create_search_profile)
        self.get_search_profile = raw_response(resource.get_search_profile)
        self.update_search_profile = raw_response(resource.update_search_profile)
