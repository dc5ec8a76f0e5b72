"""The public_advertising_estate operations (``client.public_advertising_estate``): their table rows and resource classes.

Imported on first use of ``client.public_advertising_estate`` (see ``_api/operations.py``).
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
    from ...models import estate, public_advertisement, public_advertisement_hits

__all__ = ["PublicAdvertisingEstateResource", "PublicAdvertisingEstateRawResource", "OPERATIONS"]


@functools.cache
def _public_advertising_estate_get_list_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_estate_get_list",
        python_name="get_list",
        method="GET",
        path="/PublicAdvertising/Estate/{customerId}",
        tag="public_advertising_estate",
        summary=(
            "Lists the estates the customer wants on a marketplace, by kind, status, agent or id; the way to "
            "synchronise one customer."
        ),
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
                name="criteria.includeHouses",
                python_name="criteria_include_houses",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeHousingCooperatives",
                python_name="criteria_include_housing_cooperatives",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeCottages",
                python_name="criteria_include_cottages",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includePlots",
                python_name="criteria_include_plots",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeFarms",
                python_name="criteria_include_farms",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeCommercialProperties",
                python_name="criteria_include_commercial_properties",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeCondominiums",
                python_name="criteria_include_condominiums",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeForeignProperties",
                python_name="criteria_include_foreign_properties",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includePremises",
                python_name="criteria_include_premises",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeProjects",
                python_name="criteria_include_projects",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeForSale",
                python_name="criteria_include_for_sale",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeFutureSale",
                python_name="criteria_include_future_sale",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.includeSoonForSale",
                python_name="criteria_include_soon_for_sale",
                location="query",
                kind="boolean",
                required=False,
            ),
            Param(
                name="criteria.primaryAgentId",
                python_name="criteria_primary_agent_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.estateId",
                python_name="criteria_estate_id",
                location="query",
                kind="string",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=public_advertisement.PublicAdvertisingEstateList,
    )


@functools.cache
def _public_advertising_estate_daily_hits_row() -> Operation:
    from ...models import public_advertisement_hits

    return Operation(
        operation_id="public_advertising_estate_daily_hits",
        python_name="daily_hits",
        method="POST",
        path="/PublicAdvertising/Estate/{customerId}/hits/daily",
        tag="public_advertising_estate",
        summary="Reports a marketplace's visit counts per estate and day (counts are cumulative).",
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
        body=list[public_advertisement_hits.DailyEstateHit],
        body_name="daily_estate_hits",
        response=None,
    )


@functools.cache
def _public_advertising_estate_hourly_hits_row() -> Operation:
    from ...models import public_advertisement_hits

    return Operation(
        operation_id="public_advertising_estate_hourly_hits",
        python_name="hourly_hits",
        method="POST",
        path="/PublicAdvertising/Estate/{customerId}/hits/hourly",
        tag="public_advertising_estate",
        summary="Reports a marketplace's visit counts per estate and hour (counts are cumulative).",
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
        body=list[public_advertisement_hits.HourlyEstateHit],
        body_name="hourly_estate_hits",
        response=None,
    )


@functools.cache
def _public_advertising_estate_interest_application_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_estate_interest_application",
        python_name="interest_application",
        method="POST",
        path="/PublicAdvertising/Estate/{customerId}/{estateId}/interest",
        tag="public_advertising_estate",
        summary=(
            "Registers a person's interest in an estate advertised on a marketplace, matching them against the "
            "existing contacts before a new one is added."
        ),
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=public_advertisement.PublicAdvertisingInterestApplication,
        body_name="application",
        response=None,
    )


@functools.cache
def _public_advertising_estate_get_sold_reference_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_estate_get_sold_reference",
        python_name="get_sold_reference",
        method="GET",
        path="/PublicAdvertising/Estate/{customerId}/{id}/SoldReference",
        tag="public_advertising_estate",
        summary=(
            "Gets a sold reference estate: its contract date, its final price and whether the parties allow the price "
            "to be shown."
        ),
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
        response=public_advertisement.EstateSoldReference,
    )


@functools.cache
def _public_advertising_estate_get_advertisement_status_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_estate_get_advertisement_status",
        python_name="get_advertisement_status",
        method="GET",
        path="/PublicAdvertising/Estate/{customerId}/{id}/Status",
        tag="public_advertising_estate",
        summary="Gets an estate's advertising status on the calling marketplace.",
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
        response=public_advertisement.PublicAdvertisingEstateStatus,
    )


@functools.cache
def _public_advertising_estate_update_advertisement_status_row() -> Operation:
    from ...models import public_advertisement

    return Operation(
        operation_id="public_advertising_estate_update_advertisement_status",
        python_name="update_advertisement_status",
        method="PUT",
        path="/PublicAdvertising/Estate/{customerId}/{id}/Status",
        tag="public_advertising_estate",
        summary=(
            "Updates an estate's advertising status on the calling marketplace: advertisement id, URL and status lines."
        ),
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
        body=public_advertisement.PublicAdvertisingEstateStatus,
        body_name="status",
        response=None,
    )


@functools.cache
def _public_advertising_estate_get_estate_lookup_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="public_advertising_estate_get_estate_lookup",
        python_name="get_estate_lookup",
        method="GET",
        path="/PublicAdvertising/Estate/{estateId}/estateinformation",
        tag="public_advertising_estate",
        summary="Looks up an estate whose kind is not known, by its id.",
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.EstateInformation,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "public_advertising_estate_get_list": _public_advertising_estate_get_list_row,
        "public_advertising_estate_daily_hits": _public_advertising_estate_daily_hits_row,
        "public_advertising_estate_hourly_hits": _public_advertising_estate_hourly_hits_row,
        "public_advertising_estate_interest_application": _public_advertising_estate_interest_application_row,
        "public_advertising_estate_get_sold_reference": _public_advertising_estate_get_sold_reference_row,
        "public_advertising_estate_get_advertisement_status": _public_advertising_estate_get_advertisement_status_row,
        "public_advertising_estate_update_advertisement_status": _public_advertising_estate_update_advertisement_status_row,
        "public_advertising_estate_get_estate_lookup": _public_advertising_estate_get_estate_lookup_row,
    }
)


class PublicAdvertisingEstateResource(Resource):
    """Operations under /PublicAdvertising"""

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_include_houses: bool | None = None,
        criteria_include_housing_cooperatives: bool | None = None,
        criteria_include_cottages: bool | None = None,
        criteria_include_plots: bool | None = None,
        criteria_include_farms: bool | None = None,
        criteria_include_commercial_properties: bool | None = None,
        criteria_include_condominiums: bool | None = None,
        criteria_include_foreign_properties: bool | None = None,
        criteria_include_premises: bool | None = None,
        criteria_include_projects: bool | None = None,
        criteria_include_for_sale: bool | None = None,
        criteria_include_future_sale: bool | None = None,
        criteria_include_soon_for_sale: bool | None = None,
        criteria_primary_agent_id: str | None = None,
        criteria_estate_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.PublicAdvertisingEstateList:
        """Lists the estates the customer wants on a marketplace, by kind, status, agent or id; the way to synchronise one customer.

        ``GET /PublicAdvertising/Estate/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_include_houses: ``criteria.includeHouses``.
            criteria_include_housing_cooperatives: ``criteria.includeHousingCooperatives``.
            criteria_include_cottages: ``criteria.includeCottages``.
            criteria_include_plots: ``criteria.includePlots``.
            criteria_include_farms: ``criteria.includeFarms``.
            criteria_include_commercial_properties: ``criteria.includeCommercialProperties``.
            criteria_include_condominiums: ``criteria.includeCondominiums``.
            criteria_include_foreign_properties: ``criteria.includeForeignProperties``.
            criteria_include_premises: ``criteria.includePremises``.
            criteria_include_projects: ``criteria.includeProjects``.
            criteria_include_for_sale: ``criteria.includeForSale``.
            criteria_include_future_sale: ``criteria.includeFutureSale``.
            criteria_include_soon_for_sale: ``criteria.includeSoonForSale``.
            criteria_primary_agent_id: ``criteria.primaryAgentId``.
            criteria_estate_id: ``criteria.estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_get_list_row(),
            {
                "customerId": customer_id,
                "criteria.includeHouses": criteria_include_houses,
                "criteria.includeHousingCooperatives": criteria_include_housing_cooperatives,
                "criteria.includeCottages": criteria_include_cottages,
                "criteria.includePlots": criteria_include_plots,
                "criteria.includeFarms": criteria_include_farms,
                "criteria.includeCommercialProperties": criteria_include_commercial_properties,
                "criteria.includeCondominiums": criteria_include_condominiums,
                "criteria.includeForeignProperties": criteria_include_foreign_properties,
                "criteria.includePremises": criteria_include_premises,
                "criteria.includeProjects": criteria_include_projects,
                "criteria.includeForSale": criteria_include_for_sale,
                "criteria.includeFutureSale": criteria_include_future_sale,
                "criteria.includeSoonForSale": criteria_include_soon_for_sale,
                "criteria.primaryAgentId": criteria_primary_agent_id,
                "criteria.estateId": criteria_estate_id,
            },
            None,
            options,
        )

    def daily_hits(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        daily_estate_hits: list[public_advertisement_hits.DailyEstateHit],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reports a marketplace's visit counts per estate and day (counts are cumulative).

        ``POST /PublicAdvertising/Estate/{customerId}/hits/daily``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            daily_estate_hits:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_daily_hits_row(),
            {
                "customerId": customer_id,
            },
            daily_estate_hits,
            options,
        )

    def hourly_hits(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        hourly_estate_hits: list[public_advertisement_hits.HourlyEstateHit],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reports a marketplace's visit counts per estate and hour (counts are cumulative).

        ``POST /PublicAdvertising/Estate/{customerId}/hits/hourly``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            hourly_estate_hits:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_hourly_hits_row(),
            {
                "customerId": customer_id,
            },
            hourly_estate_hits,
            options,
        )

    def interest_application(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        application: public_advertisement.PublicAdvertisingInterestApplication,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Registers a person's interest in an estate advertised on a marketplace, matching them against the existing contacts before a new one is added.

        ``POST /PublicAdvertising/Estate/{customerId}/{estateId}/interest``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            application:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_interest_application_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            application,
            options,
        )

    def get_sold_reference(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.EstateSoldReference:
        """Gets a sold reference estate: its contract date, its final price and whether the parties allow the price to be shown.

        ``GET /PublicAdvertising/Estate/{customerId}/{id}/SoldReference``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_get_sold_reference_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )

    def get_advertisement_status(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> public_advertisement.PublicAdvertisingEstateStatus:
        """Gets an estate's advertising status on the calling marketplace.

        ``GET /PublicAdvertising/Estate/{customerId}/{id}/Status``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_get_advertisement_status_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )

    def update_advertisement_status(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        status: public_advertisement.PublicAdvertisingEstateStatus,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates an estate's advertising status on the calling marketplace: advertisement id, URL and status lines.

        ``PUT /PublicAdvertising/Estate/{customerId}/{id}/Status``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            status:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_update_advertisement_status_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            status,
            options,
        )

    def get_estate_lookup(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> estate.EstateInformation:
        """Looks up an estate whose kind is not known, by its id.

        ``GET /PublicAdvertising/Estate/{estateId}/estateinformation``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _public_advertising_estate_get_estate_lookup_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            None,
            options,
        )


class PublicAdvertisingEstateRawResource(Resource):
    """Operations under /PublicAdvertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = PublicAdvertisingEstateResource(client)
        self.get_list = raw_response(resource.get_list)
        self.daily_hits = raw_response(resource.daily_hits)
        self.hourly_hits = raw_response(resource.hourly_hits)
        self.interest_application = raw_response(resource.interest_application)
        self.get_sold_reference = raw_response(resource.get_sold_reference)
        self.get_advertisement_status = raw_response(resource.get_advertisement_status)
        self.update_advertisement_status = raw_response(resource.update_advertisement_status)
        self.get_estate_lookup = raw_response(resource.get_estate_lookup)
