"""The business_intelligence operations (``client.business_intelligence``): their table rows and resource classes.

Imported on first use of ``client.business_intelligence`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import DateRangeLimit, Operation, Param

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions, WindowOptions
    from ...models import (
        budget,
        business_intelligence,
        business_intelligence_models,
        business_intelligense_estates,
        housing_models,
    )

__all__ = ["BusinessIntelligenceResource", "BusinessIntelligenceRawResource", "OPERATIONS"]


@functools.cache
def _business_intelligence_budget_row() -> Operation:
    from ...models import budget

    return Operation(
        operation_id="business_intelligence_budget",
        python_name="budget",
        method="POST",
        path="/BusinessIntelligence/Budget/{customerId}/{officeId}/{userId}/{year}/{month}",
        tag="business_intelligence",
        summary=(
            "Sets the budget of one user at one office for a year and month: commission, estates and sales meetings."
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
                name="officeId",
                python_name="office_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="userId",
                python_name="user_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="year",
                python_name="year",
                location="path",
                kind="int",
                required=True,
            ),
            Param(
                name="month",
                python_name="month",
                location="path",
                kind="int",
                required=True,
            ),
        ),
        body=budget.RealtorBudget,
        body_name="realtor_budget",
        response=None,
    )


@functools.cache
def _business_intelligence_estates_row() -> Operation:
    from ...models import business_intelligence

    return Operation(
        operation_id="business_intelligence_estates",
        python_name="estates",
        method="GET",
        path="/BusinessIntelligence/Estates",
        tag="business_intelligence",
        summary="Lists the estates sold with a contract date between two dates, per office and kind of estate.",
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
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=list[business_intelligence.EstateReferences],
    )


@functools.cache
def _business_intelligence_get_estate_report_prod_db_row() -> Operation:
    from ...models import business_intelligense_estates, housing_models

    return Operation(
        operation_id="business_intelligence_get_estate_report_prod_db",
        python_name="get_estate_report_prod_db",
        method="GET",
        path="/BusinessIntelligence/GetEstateReportProdDb",
        tag="business_intelligence",
        summary=(
            "Gets a sales report with commissions for the estates of an office or group with a contract date in a "
            "range (the ProdDb variant)."
        ),
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
                name="selectionType",
                python_name="selection_type",
                location="query",
                kind="enum",
                required=True,
                enum=housing_models.SelectionType,
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=business_intelligense_estates.SalesReportResponse,
    )


@functools.cache
def _business_intelligence_get_estates_report_row() -> Operation:
    from ...models import business_intelligence, housing_models

    return Operation(
        operation_id="business_intelligence_get_estates_report",
        python_name="get_estates_report",
        method="GET",
        path="/BusinessIntelligence/GetEstatesReport",
        tag="business_intelligence",
        summary=(
            "Gets a report with commissions for the estates of an office or group whose contract date falls in a range."
        ),
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
                name="selectionType",
                python_name="selection_type",
                location="query",
                kind="enum",
                required=True,
                enum=housing_models.SelectionType,
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=business_intelligence.SalesReportResponse,
    )


@functools.cache
def _business_intelligence_get_sales_report_row() -> Operation:
    from ...models import business_intelligence, housing_models

    return Operation(
        operation_id="business_intelligence_get_sales_report",
        python_name="get_sales_report",
        method="GET",
        path="/BusinessIntelligence/GetSalesReport",
        tag="business_intelligence",
        summary=(
            "Gets a sales report with commissions for the estates of an office or group whose contract date falls in a "
            "range."
        ),
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
                name="selectionType",
                python_name="selection_type",
                location="query",
                kind="enum",
                required=True,
                enum=housing_models.SelectionType,
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=business_intelligence.SalesReportResponse,
    )


@functools.cache
def _business_intelligence_get_sales_report_for_estate_row() -> Operation:
    from ...models import business_intelligence

    return Operation(
        operation_id="business_intelligence_get_sales_report_for_estate",
        python_name="get_sales_report_for_estate",
        method="GET",
        path="/BusinessIntelligence/GetSalesReportForEstate",
        tag="business_intelligence",
        summary="Gets the sales report with commissions for one estate, found by its id or its estate number.",
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
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="estateNumber",
                python_name="estate_number",
                location="query",
                kind="string",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=business_intelligence.SalesReportForEstateResponse,
    )


@functools.cache
def _business_intelligence_office_statistics_row() -> Operation:
    from ...models import business_intelligence_models, housing_models

    return Operation(
        operation_id="business_intelligence_office_statistics",
        python_name="office_statistics",
        method="GET",
        path="/BusinessIntelligence/OfficeStatistics",
        tag="business_intelligence",
        summary=(
            "Gets decision-support statistics for an office or a group of offices, optionally within a date range and "
            "for one kind of assignment."
        ),
        params=(
            Param(
                name="licenseId",
                python_name="license_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="assignment",
                python_name="assignment",
                location="query",
                kind="enum",
                required=False,
                enum=housing_models.Assignment,
            ),
        ),
        body=None,
        body_name=None,
        response=list[business_intelligence_models.OfficeStatisticsSummary],
    )


@functools.cache
def _business_intelligence_office_statistics_by_month_row() -> Operation:
    from ...models import business_intelligence_models, housing_models

    return Operation(
        operation_id="business_intelligence_office_statistics_by_month",
        python_name="office_statistics_by_month",
        method="GET",
        path="/BusinessIntelligence/OfficeStatisticsByMonth",
        tag="business_intelligence",
        summary=(
            "Gets decision-support statistics for an office or a group of offices by year and month, optionally within "
            "a date range and for one kind of assignment."
        ),
        params=(
            Param(
                name="licenseId",
                python_name="license_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="assignment",
                python_name="assignment",
                location="query",
                kind="enum",
                required=False,
                enum=housing_models.Assignment,
            ),
        ),
        body=None,
        body_name=None,
        response=business_intelligence_models.OfficeStatisticsByMonth,
    )


@functools.cache
def _business_intelligence_realtor_statistics_row() -> Operation:
    from ...models import business_intelligence_models, housing_models

    return Operation(
        operation_id="business_intelligence_realtor_statistics",
        python_name="realtor_statistics",
        method="GET",
        path="/BusinessIntelligence/RealtorStatistics",
        tag="business_intelligence",
        summary=(
            "Gets decision-support statistics per agent of an office or a group of offices, optionally within a date "
            "range and for one kind of assignment."
        ),
        params=(
            Param(
                name="licenseId",
                python_name="license_id",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="assignment",
                python_name="assignment",
                location="query",
                kind="enum",
                required=False,
                enum=housing_models.Assignment,
            ),
        ),
        body=None,
        body_name=None,
        response=list[business_intelligence_models.RealtorStatisticsSummary],
    )


@functools.cache
def _get_tips_and_leads_report_row() -> Operation:
    from ...models import business_intelligence

    return Operation(
        operation_id="get_tips_and_leads_report",
        python_name="get_tips_and_leads_report",
        method="GET",
        path="/BusinessIntelligence/TipsAndLeads/Report",
        tag="business_intelligence",
        summary="Hämtar en rapport över skickade och mottagna tips och leads.",
        description=(
            "Hämtar en rapport över skickade och mottagna tips och leads, datumintervallet får inte överstiga två "
            "månader.\n"
            "(Report of sent and received tips and leads; the date range may not exceed two months.)"
        ),
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=True,
                customer=True,
                description="Kund-id. (Customer id.)",
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=True,
                description="Från. (From.)",
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=True,
                description="Till. (To.)",
            ),
            Param(
                name="activeStatusTipLead",
                python_name="active_status_tip_lead",
                location="query",
                kind="enum",
                required=False,
                enum=business_intelligence.ActiveStatusTipLead,
                description="Aktiv status. (Active status.)",
            ),
        ),
        body=None,
        body_name=None,
        response=business_intelligence.TipsAndLeadsReport,
        max_date_range=DateRangeLimit(start="dateFrom", end="dateTo", months=2),
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "business_intelligence_budget": _business_intelligence_budget_row,
        "business_intelligence_estates": _business_intelligence_estates_row,
        "business_intelligence_get_estate_report_prod_db": _business_intelligence_get_estate_report_prod_db_row,
        "business_intelligence_get_estates_report": _business_intelligence_get_estates_report_row,
        "business_intelligence_get_sales_report": _business_intelligence_get_sales_report_row,
        "business_intelligence_get_sales_report_for_estate": _business_intelligence_get_sales_report_for_estate_row,
        "business_intelligence_office_statistics": _business_intelligence_office_statistics_row,
        "business_intelligence_office_statistics_by_month": _business_intelligence_office_statistics_by_month_row,
        "business_intelligence_realtor_statistics": _business_intelligence_realtor_statistics_row,
        "get_tips_and_leads_report": _get_tips_and_leads_report_row,
    }
)


class BusinessIntelligenceResource(Resource):
    """BusinessIntelligence (rapporter / reports)"""

    def budget(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        office_id: str,
        user_id: str,
        year: int,
        month: int,
        realtor_budget: budget.RealtorBudget,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Sets the budget of one user at one office for a year and month: commission, estates and sales meetings.

        ``POST /BusinessIntelligence/Budget/{customerId}/{officeId}/{userId}/{year}/{month}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            office_id: ``officeId``.
            user_id: ``userId``.
            year: ``year``.
            month: ``month``.
            realtor_budget:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_budget_row(),
            {
                "customerId": customer_id,
                "officeId": office_id,
                "userId": user_id,
                "year": year,
                "month": month,
            },
            realtor_budget,
            options,
        )

    def estates(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[business_intelligence.EstateReferences]:
        """Lists the estates sold with a contract date between two dates, per office and kind of estate.

        ``GET /BusinessIntelligence/Estates``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_estates_row(),
            {
                "customerId": customer_id,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            None,
            options,
        )

    def get_estate_report_prod_db(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        selection_type: housing_models.SelectionType | str,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        **options: Unpack[RequestOptions],
    ) -> business_intelligense_estates.SalesReportResponse:
        """Gets a sales report with commissions for the estates of an office or group with a contract date in a range (the ProdDb variant).

        ``GET /BusinessIntelligence/GetEstateReportProdDb``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            selection_type: ``selectionType``.
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_get_estate_report_prod_db_row(),
            {
                "customerId": customer_id,
                "selectionType": selection_type,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            None,
            options,
        )

    def get_estates_report(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        selection_type: housing_models.SelectionType | str,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        **options: Unpack[RequestOptions],
    ) -> business_intelligence.SalesReportResponse:
        """Gets a report with commissions for the estates of an office or group whose contract date falls in a range.

        ``GET /BusinessIntelligence/GetEstatesReport``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            selection_type: ``selectionType``.
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_get_estates_report_row(),
            {
                "customerId": customer_id,
                "selectionType": selection_type,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            None,
            options,
        )

    def get_sales_report(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        selection_type: housing_models.SelectionType | str,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        **options: Unpack[RequestOptions],
    ) -> business_intelligence.SalesReportResponse:
        """Gets a sales report with commissions for the estates of an office or group whose contract date falls in a range.

        ``GET /BusinessIntelligence/GetSalesReport``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            selection_type: ``selectionType``.
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_get_sales_report_row(),
            {
                "customerId": customer_id,
                "selectionType": selection_type,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            None,
            options,
        )

    def get_sales_report_for_estate(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str | None = None,
        estate_number: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> business_intelligence.SalesReportForEstateResponse:
        """Gets the sales report with commissions for one estate, found by its id or its estate number.

        ``GET /BusinessIntelligence/GetSalesReportForEstate``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            estate_number: ``estateNumber``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_get_sales_report_for_estate_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
                "estateNumber": estate_number,
            },
            None,
            options,
        )

    def office_statistics(
        self,
        *,
        license_id: str,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        assignment: housing_models.Assignment | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[business_intelligence_models.OfficeStatisticsSummary]:
        """Gets decision-support statistics for an office or a group of offices, optionally within a date range and for one kind of assignment.

        ``GET /BusinessIntelligence/OfficeStatistics``

        Args:
            license_id: ``licenseId``.
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            assignment: ``assignment``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_office_statistics_row(),
            {
                "licenseId": license_id,
                "dateFrom": date_from,
                "dateTo": date_to,
                "assignment": assignment,
            },
            None,
            options,
        )

    def office_statistics_by_month(
        self,
        *,
        license_id: str,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        assignment: housing_models.Assignment | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> business_intelligence_models.OfficeStatisticsByMonth:
        """Gets decision-support statistics for an office or a group of offices by year and month, optionally within a date range and for one kind of assignment.

        ``GET /BusinessIntelligence/OfficeStatisticsByMonth``

        Args:
            license_id: ``licenseId``.
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            assignment: ``assignment``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_office_statistics_by_month_row(),
            {
                "licenseId": license_id,
                "dateFrom": date_from,
                "dateTo": date_to,
                "assignment": assignment,
            },
            None,
            options,
        )

    def realtor_statistics(
        self,
        *,
        license_id: str,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        assignment: housing_models.Assignment | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[business_intelligence_models.RealtorStatisticsSummary]:
        """Gets decision-support statistics per agent of an office or a group of offices, optionally within a date range and for one kind of assignment.

        ``GET /BusinessIntelligence/RealtorStatistics``

        Args:
            license_id: ``licenseId``.
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            assignment: ``assignment``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _business_intelligence_realtor_statistics_row(),
            {
                "licenseId": license_id,
                "dateFrom": date_from,
                "dateTo": date_to,
                "assignment": assignment,
            },
            None,
            options,
        )

    def get_tips_and_leads_report(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        date_from: datetime.datetime | datetime.date,
        date_to: datetime.datetime | datetime.date,
        active_status_tip_lead: business_intelligence.ActiveStatusTipLead | str | None = None,
        **options: Unpack[WindowOptions],
    ) -> business_intelligence.TipsAndLeadsReport:
        """Hämtar en rapport över skickade och mottagna tips och leads.

        Hämtar en rapport över skickade och mottagna tips och leads, datumintervallet får inte överstiga två
        månader.
        (Report of sent and received tips and leads; the date range may not exceed two months.)

        ``GET /BusinessIntelligence/TipsAndLeads/Report`` (Vitec's page: 003_be19dc01f7352fe0.txt)

        Args:
            customer_id: Kund-id. (Customer id.) Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the
                client was made without one).
            date_from: Från. (From.)
            date_to: Till. (To.)
            active_status_tip_lead: Aktiv status. (Active status.)
            (The range from ``date_from`` to ``date_to`` may span at most 2 months per request; a longer one is fetched in windows unless ``window=False``.)
            **options: per-call options (``WindowOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _get_tips_and_leads_report_row(),
            {
                "customerId": customer_id,
                "dateFrom": date_from,
                "dateTo": date_to,
                "activeStatusTipLead": active_status_tip_lead,
            },
            None,
            options,
        )


class BusinessIntelligenceRawResource(Resource):
    """BusinessIntelligence (rapporter / reports): each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = BusinessIntelligenceResource(client)
        self.budget = raw_response(resource.budget)
        self.estates = raw_response(resource.estates)
        self.get_estate_report_prod_db = raw_response(resource.get_estate_report_prod_db)
        self.get_estates_report = raw_response(resource.get_estates_report)
        self.get_sales_report = raw_response(resource.get_sales_report)
        self.get_sales_report_for_estate = raw_response(resource.get_sales_report_for_estate)
        self.office_statistics = raw_response(resource.office_statistics)
        self.office_statistics_by_month = raw_response(resource.office_statistics_by_month)
        self.realtor_statistics = raw_response(resource.realtor_statistics)
        self.get_tips_and_leads_report = raw_response(resource.get_tips_and_leads_report)
