"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"


@dataclass(kw_only=True)
class MonthStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    attempted_intakes: None | int = field(
        default=None,
        metadata={
            "name": "AttemptedIntakes",
            "type": "Element",
            "nillable": True,
        },
    )
    average_commission: None | float = field(
        default=None,
        metadata={
            "name": "AverageCommission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission: None | float = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_percentage: None | float = field(
        default=None,
        metadata={
            "name": "CommissionPercentage",
            "type": "Element",
            "nillable": True,
        },
    )
    month: None | int = field(
        default=None,
        metadata={
            "name": "Month",
            "type": "Element",
            "nillable": True,
        },
    )
    sold: None | int = field(
        default=None,
        metadata={
            "name": "Sold",
            "type": "Element",
            "nillable": True,
        },
    )
    total_sales: None | float = field(
        default=None,
        metadata={
            "name": "TotalSales",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    attempted_intakes: None | int = field(
        default=None,
        metadata={
            "name": "AttemptedIntakes",
            "type": "Element",
            "nillable": True,
        },
    )
    average_commission: None | float = field(
        default=None,
        metadata={
            "name": "AverageCommission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission: None | float = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_percentage: None | float = field(
        default=None,
        metadata={
            "name": "CommissionPercentage",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: None | int = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    sold: None | int = field(
        default=None,
        metadata={
            "name": "Sold",
            "type": "Element",
            "nillable": True,
        },
    )
    total_sales: None | float = field(
        default=None,
        metadata={
            "name": "TotalSales",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class RealtorStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    attempted_intakes: None | int = field(
        default=None,
        metadata={
            "name": "AttemptedIntakes",
            "type": "Element",
            "nillable": True,
        },
    )
    average_commission: None | float = field(
        default=None,
        metadata={
            "name": "AverageCommission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission: None | float = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_percentage: None | float = field(
        default=None,
        metadata={
            "name": "CommissionPercentage",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    realtor_id: None | str = field(
        default=None,
        metadata={
            "name": "RealtorId",
            "type": "Element",
            "nillable": True,
        },
    )
    sold: None | int = field(
        default=None,
        metadata={
            "name": "Sold",
            "type": "Element",
            "nillable": True,
        },
    )
    total_sales: None | float = field(
        default=None,
        metadata={
            "name": "TotalSales",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfMonthStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    month_statistics_summary: list[MonthStatisticsSummary] = field(
        default_factory=list,
        metadata={
            "name": "MonthStatisticsSummary",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOfficeStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    office_statistics_summary: list[OfficeStatisticsSummary] = field(
        default_factory=list,
        metadata={
            "name": "OfficeStatisticsSummary",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfRealtorStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    realtor_statistics_summary: list[RealtorStatisticsSummary] = field(
        default_factory=list,
        metadata={
            "name": "RealtorStatisticsSummary",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class YearStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    months: None | ArrayOfMonthStatisticsSummary = field(
        default=None,
        metadata={
            "name": "Months",
            "type": "Element",
            "nillable": True,
        },
    )
    year: None | int = field(
        default=None,
        metadata={
            "name": "Year",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfYearStatisticsSummary:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    year_statistics_summary: list[YearStatisticsSummary] = field(
        default_factory=list,
        metadata={
            "name": "YearStatisticsSummary",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CustomerStatistics:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    years: None | ArrayOfYearStatisticsSummary = field(
        default=None,
        metadata={
            "name": "Years",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCustomerStatistics:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    customer_statistics: list[CustomerStatistics] = field(
        default_factory=list,
        metadata={
            "name": "CustomerStatistics",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeStatisticsByMonth:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"

    office_statistics: None | ArrayOfCustomerStatistics = field(
        default=None,
        metadata={
            "name": "OfficeStatistics",
            "type": "Element",
            "nillable": True,
        },
    )
