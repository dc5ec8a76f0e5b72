"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model


class MonthStatisticsSummary(Model, kw_only=True):
    month: Int32 | None | UnsetType = UNSET

    commission: float | None | UnsetType = UNSET

    total_sales: float | None | UnsetType = field(name="totalSales", default=UNSET)

    commission_percentage: float | None | UnsetType = field(name="commissionPercentage", default=UNSET)

    average_commission: float | None | UnsetType = field(name="averageCommission", default=UNSET)

    attempted_intakes: Int32 | None | UnsetType = field(name="attemptedIntakes", default=UNSET)

    sold: Int32 | None | UnsetType = UNSET


class OfficeStatisticsSummary(Model, kw_only=True):
    customer_id: Int32 | None | UnsetType = field(name="customerId", default=UNSET)

    name: str | None | UnsetType = UNSET

    commission: float | None | UnsetType = UNSET

    total_sales: float | None | UnsetType = field(name="totalSales", default=UNSET)

    commission_percentage: float | None | UnsetType = field(name="commissionPercentage", default=UNSET)

    average_commission: float | None | UnsetType = field(name="averageCommission", default=UNSET)

    attempted_intakes: Int32 | None | UnsetType = field(name="attemptedIntakes", default=UNSET)

    sold: Int32 | None | UnsetType = UNSET


class RealtorStatisticsSummary(Model, kw_only=True):
    realtor_id: str | None | UnsetType = field(name="realtorId", default=UNSET)

    name: str | None | UnsetType = UNSET

    commission: float | None | UnsetType = UNSET

    total_sales: float | None | UnsetType = field(name="totalSales", default=UNSET)

    commission_percentage: float | None | UnsetType = field(name="commissionPercentage", default=UNSET)

    average_commission: float | None | UnsetType = field(name="averageCommission", default=UNSET)

    attempted_intakes: Int32 | None | UnsetType = field(name="attemptedIntakes", default=UNSET)

    sold: Int32 | None | UnsetType = UNSET


class YearStatisticsSummary(Model, kw_only=True):
    year: Int32 | None | UnsetType = UNSET

    months: list[MonthStatisticsSummary | None] | None | UnsetType = UNSET


class CustomerStatistics(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    name: str | None | UnsetType = UNSET

    years: list[YearStatisticsSummary | None] | None | UnsetType = UNSET


class OfficeStatisticsByMonth(Model, kw_only=True):
    office_statistics: list[CustomerStatistics | None] | None | UnsetType = field(
        name="officeStatistics", default=UNSET
    )
