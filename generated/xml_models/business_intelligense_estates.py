"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .housing_models import Coordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"


@dataclass(kw_only=True)
class DescriptiveId:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    id: None | int = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    text: None | str = field(
        default=None,
        metadata={
            "name": "Text",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EconomicAddress:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EconomicEstateAgentCommission:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    percentage_of_total: None | float = field(
        default=None,
        metadata={
            "name": "PercentageOfTotal",
            "type": "Element",
            "nillable": True,
        },
    )
    value: None | float = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SalesReportOffice:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
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


@dataclass(kw_only=True)
class SaleReportEstateAgent:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    commission: None | EconomicEstateAgentCommission = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    employee_id: None | str = field(
        default=None,
        metadata={
            "name": "EmployeeId",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    initials: None | str = field(
        default=None,
        metadata={
            "name": "Initials",
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
    primary_office: None | SalesReportOffice = field(
        default=None,
        metadata={
            "name": "PrimaryOffice",
            "type": "Element",
            "nillable": True,
        },
    )
    responsible: None | bool = field(
        default=None,
        metadata={
            "name": "Responsible",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSaleReportEstateAgent:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    sale_report_estate_agent: list[SaleReportEstateAgent] = field(
        default_factory=list,
        metadata={
            "name": "SaleReportEstateAgent",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateSaleReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    access_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AccessDay",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | EconomicAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    agents: None | ArrayOfSaleReportEstateAgent = field(
        default=None,
        metadata={
            "name": "Agents",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | DescriptiveId = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
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
    commission_received_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CommissionReceivedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_text: None | str = field(
        default=None,
        metadata={
            "name": "CommissionText",
            "type": "Element",
            "nillable": True,
        },
    )
    contract_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDay",
            "type": "Element",
            "nillable": True,
        },
    )
    deposit_reported_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DepositReportedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_number: None | str = field(
        default=None,
        metadata={
            "name": "EstateNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    final_price: None | int = field(
        default=None,
        metadata={
            "name": "FinalPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_price: None | int = field(
        default=None,
        metadata={
            "name": "StartingPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | DescriptiveId = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | DescriptiveId = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    wgs84_coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Wgs84Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateSaleReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    estate_sale_report: list[EstateSaleReport] = field(
        default_factory=list,
        metadata={
            "name": "EstateSaleReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeMonthReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    estate_sale_reports: None | ArrayOfEstateSaleReport = field(
        default=None,
        metadata={
            "name": "EstateSaleReports",
            "type": "Element",
            "nillable": True,
        },
    )
    month: None | str = field(
        default=None,
        metadata={
            "name": "Month",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOfficeMonthReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    office_month_report: list[OfficeMonthReport] = field(
        default_factory=list,
        metadata={
            "name": "OfficeMonthReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeYearReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    months: None | ArrayOfOfficeMonthReport = field(
        default=None,
        metadata={
            "name": "Months",
            "type": "Element",
            "nillable": True,
        },
    )
    year: None | str = field(
        default=None,
        metadata={
            "name": "Year",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOfficeYearReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    office_year_report: list[OfficeYearReport] = field(
        default_factory=list,
        metadata={
            "name": "OfficeYearReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeYearlyReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    office_name: None | str = field(
        default=None,
        metadata={
            "name": "OfficeName",
            "type": "Element",
            "nillable": True,
        },
    )
    years: None | ArrayOfOfficeYearReport = field(
        default=None,
        metadata={
            "name": "Years",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOfficeYearlyReport:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    office_yearly_report: list[OfficeYearlyReport] = field(
        default_factory=list,
        metadata={
            "name": "OfficeYearlyReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SalesReportResponse:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
        )

    office_sale_reports: None | ArrayOfOfficeYearlyReport = field(
        default=None,
        metadata={
            "name": "OfficeSaleReports",
            "type": "Element",
            "nillable": True,
        },
    )
