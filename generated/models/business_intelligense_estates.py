"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Int64, LazyTimestamp, Model
from . import housing_models


class DescriptiveId(Model, kw_only=True):
    id: Int32 | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class EconomicAddress(Model, kw_only=True):
    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)


class EconomicEstateAgentCommission(Model, kw_only=True):
    value: float | None | UnsetType = UNSET

    percentage_of_total: float | None | UnsetType = field(name="percentageOfTotal", default=UNSET)


class SalesReportOffice(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    name: str | None | UnsetType = UNSET

    city: str | None | UnsetType = UNSET


class SaleReportEstateAgent(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    initials: str | None | UnsetType = UNSET

    employee_id: str | None | UnsetType = field(name="employeeId", default=UNSET)

    responsible: bool | None | UnsetType = UNSET

    primary_office: SalesReportOffice | None | UnsetType = field(name="primaryOffice", default=UNSET)

    commission: EconomicEstateAgentCommission | None | UnsetType = UNSET


class EstateSaleReport(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    estate_number: str | None | UnsetType = field(name="estateNumber", default=UNSET)

    status: DescriptiveId | None | UnsetType = UNSET

    type: DescriptiveId | None | UnsetType = UNSET

    assignment: DescriptiveId | None | UnsetType = UNSET

    address: EconomicAddress | None | UnsetType = UNSET

    agents: list[SaleReportEstateAgent | None] | None | UnsetType = UNSET

    contract_day: LazyTimestamp | None | UnsetType = field(name="contractDay", default=UNSET)

    access_day: LazyTimestamp | None | UnsetType = field(name="accessDay", default=UNSET)

    deposit_reported_at: LazyTimestamp | None | UnsetType = field(name="depositReportedAt", default=UNSET)

    commission: float | None | UnsetType = UNSET

    commission_text: str | None | UnsetType = field(name="commissionText", default=UNSET)

    commission_received_at: LazyTimestamp | None | UnsetType = field(name="commissionReceivedAt", default=UNSET)

    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    wgs84_coordinate: housing_models.Coordinate | None | UnsetType = field(name="wgs84Coordinate", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    starting_price: Int64 | None | UnsetType = field(name="startingPrice", default=UNSET)

    final_price: Int64 | None | UnsetType = field(name="finalPrice", default=UNSET)


class OfficeMonthReport(Model, kw_only=True):
    month: str | None | UnsetType = UNSET

    estate_sale_reports: list[EstateSaleReport | None] | None | UnsetType = field(
        name="estateSaleReports", default=UNSET
    )


class OfficeYearReport(Model, kw_only=True):
    year: str | None | UnsetType = UNSET

    months: list[OfficeMonthReport | None] | None | UnsetType = UNSET


class OfficeYearlyReport(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_name: str | None | UnsetType = field(name="officeName", default=UNSET)

    years: list[OfficeYearReport | None] | None | UnsetType = UNSET


class SalesReportResponse(Model, kw_only=True):
    office_sale_reports: list[OfficeYearlyReport | None] | None | UnsetType = field(
        name="officeSaleReports", default=UNSET
    )
