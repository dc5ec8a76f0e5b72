"""The estate operations (``client.estate``): their table rows and resource classes.

Imported on first use of ``client.estate`` (see ``_api/operations.py``).
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
    from ...models import estate, estate_common, estate_criteria, estate_list

__all__ = ["EstateResource", "EstateRawResource", "OPERATIONS"]


@functools.cache
def _estate_get_commercial_property_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_commercial_property",
        python_name="get_commercial_property",
        method="GET",
        path="/Estate/GetCommercialProperty",
        tag="estate",
        summary="Gets the full details of a commercial property, optionally with upcoming viewings only.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.CommercialProperty,
    )


@functools.cache
def _estate_get_condominium_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_condominium",
        python_name="get_condominium",
        method="GET",
        path="/Estate/GetCondominium",
        tag="estate",
        summary=(
            "Gets the full details of an owner-occupied apartment (ägarlägenhet), optionally with upcoming viewings "
            "only."
        ),
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.Condominium,
    )


@functools.cache
def _estate_get_cottage_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_cottage",
        python_name="get_cottage",
        method="GET",
        path="/Estate/GetCottage",
        tag="estate",
        summary="Gets the full details of a cottage (holiday home), optionally with upcoming viewings only.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.Cottage,
    )


@functools.cache
def _estate_get_estate_list_row() -> Operation:
    from ...models import estate_criteria, estate_list

    return Operation(
        operation_id="estate_get_estate_list",
        python_name="get_estate_list",
        method="POST",
        path="/Estate/GetEstateList",
        tag="estate",
        summary="Lists the estates that match criteria such as agent, kind, status, dates or municipality.",
        params=(),
        body=estate_criteria.EstateCriteria,
        body_name="criteria",
        response=list[estate_list.EstateList],
    )


@functools.cache
def _estate_get_farm_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_farm",
        python_name="get_farm",
        method="GET",
        path="/Estate/GetFarm",
        tag="estate",
        summary="Gets the full details of a farm, optionally with upcoming viewings only.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.Farm,
    )


@functools.cache
def _estate_get_foreign_property_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_foreign_property",
        python_name="get_foreign_property",
        method="GET",
        path="/Estate/GetForeignProperty",
        tag="estate",
        summary=(
            "Gets the full details of a foreign property (a home abroad), optionally with upcoming viewings only."
        ),
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.ForeignProperty,
    )


@functools.cache
def _estate_get_house_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_house",
        python_name="get_house",
        method="GET",
        path="/Estate/GetHouse",
        tag="estate",
        summary="Gets the full details of a house (villa), optionally with upcoming viewings only.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.House,
    )


@functools.cache
def _estate_get_housing_cooperative_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_housing_cooperative",
        python_name="get_housing_cooperative",
        method="GET",
        path="/Estate/GetHousingCooperative",
        tag="estate",
        summary=(
            "Gets the full details of a tenant-owned apartment (bostadsrätt), optionally with upcoming viewings only."
        ),
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.HousingCooperative,
    )


@functools.cache
def _estate_get_plot_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_plot",
        python_name="get_plot",
        method="GET",
        path="/Estate/GetPlot",
        tag="estate",
        summary="Gets the full details of a plot of land, optionally with upcoming viewings only.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.Plot,
    )


@functools.cache
def _estate_get_premises_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_premises",
        python_name="get_premises",
        method="GET",
        path="/Estate/GetPremises",
        tag="estate",
        summary="Gets the full details of business premises, optionally with upcoming viewings only.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.Premises,
    )


@functools.cache
def _estate_get_project_row() -> Operation:
    from ...models import estate

    return Operation(
        operation_id="estate_get_project",
        python_name="get_project",
        method="GET",
        path="/Estate/GetProject",
        tag="estate",
        summary="Gets the full details of a project, optionally with upcoming viewings only.",
        params=(
            Param(
                name="projectId",
                python_name="project_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
            Param(
                name="onlyFutureViewings",
                python_name="only_future_viewings",
                location="query",
                kind="boolean",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=estate.Project,
    )


@functools.cache
def _estate_get_statuses_row() -> Operation:
    from ...models import estate_common

    return Operation(
        operation_id="estate_get_statuses",
        python_name="get_statuses",
        method="POST",
        path="/Estate/GetStatuses",
        tag="estate",
        summary="Lists the statuses an estate can have (such as for sale, sold, or being taken in).",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[estate_common.Status],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "estate_get_commercial_property": _estate_get_commercial_property_row,
        "estate_get_condominium": _estate_get_condominium_row,
        "estate_get_cottage": _estate_get_cottage_row,
        "estate_get_estate_list": _estate_get_estate_list_row,
        "estate_get_farm": _estate_get_farm_row,
        "estate_get_foreign_property": _estate_get_foreign_property_row,
        "estate_get_house": _estate_get_house_row,
        "estate_get_housing_cooperative": _estate_get_housing_cooperative_row,
        "estate_get_plot": _estate_get_plot_row,
        "estate_get_premises": _estate_get_premises_row,
        "estate_get_project": _estate_get_project_row,
        "estate_get_statuses": _estate_get_statuses_row,
    }
)


class EstateResource(Resource):
    """Operations under /Estate"""

    def get_commercial_property(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.CommercialProperty:
        """Gets the full details of a commercial property, optionally with upcoming viewings only.

        ``GET /Estate/GetCommercialProperty``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_commercial_property_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_condominium(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.Condominium:
        """Gets the full details of an owner-occupied apartment (ägarlägenhet), optionally with upcoming viewings only.

        ``GET /Estate/GetCondominium``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_condominium_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_cottage(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.Cottage:
        """Gets the full details of a cottage (holiday home), optionally with upcoming viewings only.

        ``GET /Estate/GetCottage``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_cottage_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_estate_list(
        self,
        *,
        criteria: estate_criteria.EstateCriteria,
        **options: Unpack[RequestOptions],
    ) -> list[estate_list.EstateList]:
        """Lists the estates that match criteria such as agent, kind, status, dates or municipality.

        ``POST /Estate/GetEstateList``

        Args:
            criteria:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_estate_list_row(),
            {},
            criteria,
            options,
        )

    def get_farm(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.Farm:
        """Gets the full details of a farm, optionally with upcoming viewings only.

        ``GET /Estate/GetFarm``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_farm_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_foreign_property(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.ForeignProperty:
        """Gets the full details of a foreign property (a home abroad), optionally with upcoming viewings only.

        ``GET /Estate/GetForeignProperty``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_foreign_property_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_house(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.House:
        """Gets the full details of a house (villa), optionally with upcoming viewings only.

        ``GET /Estate/GetHouse``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_house_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_housing_cooperative(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.HousingCooperative:
        """Gets the full details of a tenant-owned apartment (bostadsrätt), optionally with upcoming viewings only.

        ``GET /Estate/GetHousingCooperative``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_housing_cooperative_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_plot(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.Plot:
        """Gets the full details of a plot of land, optionally with upcoming viewings only.

        ``GET /Estate/GetPlot``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_plot_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_premises(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.Premises:
        """Gets the full details of business premises, optionally with upcoming viewings only.

        ``GET /Estate/GetPremises``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_premises_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_project(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        project_id: str,
        only_future_viewings: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> estate.Project:
        """Gets the full details of a project, optionally with upcoming viewings only.

        ``GET /Estate/GetProject``

        Args:
            project_id: ``projectId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            only_future_viewings: ``onlyFutureViewings``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_project_row(),
            {
                "projectId": project_id,
                "customerId": customer_id,
                "onlyFutureViewings": only_future_viewings,
            },
            None,
            options,
        )

    def get_statuses(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[estate_common.Status]:
        """Lists the statuses an estate can have (such as for sale, sold, or being taken in).

        ``POST /Estate/GetStatuses``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _estate_get_statuses_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )


class EstateRawResource(Resource):
    """Operations under /Estate: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = EstateResource(client)
        self.get_commercial_property = raw_response(resource.get_commercial_property)
        self.get_condominium = raw_response(resource.get_condominium)
        self.get_cottage = raw_response(resource.get_cottage)
        self.get_estate_list = raw_response(resource.get_estate_list)
        self.get_farm = raw_response(resource.get_farm)
        self.get_foreign_property = raw_response(resource.get_foreign_property)
        self.get_house = raw_response(resource.get_house)
        self.get_housing_cooperative = raw_response(resource.get_housing_cooperative)
        self.get_plot = raw_response(resource.get_plot)
        self.get_premises = raw_response(resource.get_premises)
        self.get_project = raw_response(resource.get_project)
        self.get_statuses = raw_response(resource.get_statuses)
