"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .connect_api import ArrayOfCdnImageReference
from .housing_models import Coordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"


@dataclass(kw_only=True)
class Assess:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    building_value: None | float = field(
        default=None,
        metadata={
            "name": "BuildingValue",
            "type": "Element",
            "nillable": True,
        },
    )
    land_value: None | float = field(
        default=None,
        metadata={
            "name": "LandValue",
            "type": "Element",
            "nillable": True,
        },
    )
    preliminary_assessed_value: None | bool = field(
        default=None,
        metadata={
            "name": "PreliminaryAssessedValue",
            "type": "Element",
            "nillable": True,
        },
    )
    tax_assessment_year: None | int = field(
        default=None,
        metadata={
            "name": "TaxAssessmentYear",
            "type": "Element",
            "nillable": True,
        },
    )
    tax_fee: None | float = field(
        default=None,
        metadata={
            "name": "TaxFee",
            "type": "Element",
            "nillable": True,
        },
    )
    total_assessed_value: None | float = field(
        default=None,
        metadata={
            "name": "TotalAssessedValue",
            "type": "Element",
            "nillable": True,
        },
    )
    type_code: None | str = field(
        default=None,
        metadata={
            "name": "TypeCode",
            "type": "Element",
            "nillable": True,
        },
    )
    value_year: None | float = field(
        default=None,
        metadata={
            "name": "ValueYear",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class BalconyPatio:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    balcony: None | bool = field(
        default=None,
        metadata={
            "name": "Balcony",
            "type": "Element",
            "nillable": True,
        },
    )
    parking: None | str = field(
        default=None,
        metadata={
            "name": "Parking",
            "type": "Element",
            "nillable": True,
        },
    )
    parking_lot: None | bool = field(
        default=None,
        metadata={
            "name": "ParkingLot",
            "type": "Element",
            "nillable": True,
        },
    )
    patio: None | bool = field(
        default=None,
        metadata={
            "name": "Patio",
            "type": "Element",
            "nillable": True,
        },
    )
    squere_meterype: None | int = field(
        default=None,
        metadata={
            "name": "SquereMeterype",
            "type": "Element",
            "nillable": True,
        },
    )
    summary: None | str = field(
        default=None,
        metadata={
            "name": "Summary",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Bid:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    alias: None | str = field(
        default=None,
        metadata={
            "name": "Alias",
            "type": "Element",
            "nillable": True,
        },
    )
    amount: None | float = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    cancelled: None | bool = field(
        default=None,
        metadata={
            "name": "Cancelled",
            "type": "Element",
            "nillable": True,
        },
    )
    date_and_time: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateAndTime",
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
    status: None | str = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


class BidSetting(OpenEnum):
    DONT_SHOW_BIDDING = "DontShowBidding"
    SHOW_BIDDING = "ShowBidding"
    SHOW_HIGHEST_BID = "ShowHighestBid"
    SHOW_BIDDHISTORY = "ShowBiddhistory"


@dataclass(kw_only=True)
class Date:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    access_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AccessDate",
            "type": "Element",
            "nillable": True,
        },
    )
    access_time: None | str = field(
        default=None,
        metadata={
            "name": "AccessTime",
            "type": "Element",
            "nillable": True,
        },
    )
    agreement_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AgreementDate",
            "type": "Element",
            "nillable": True,
        },
    )
    all_terms_mett_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AllTermsMettDate",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AssignmentDate",
            "type": "Element",
            "nillable": True,
        },
    )
    possible_access_date: None | str = field(
        default=None,
        metadata={
            "name": "PossibleAccessDate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Description:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    generally: None | str = field(
        default=None,
        metadata={
            "name": "Generally",
            "type": "Element",
            "nillable": True,
        },
    )
    language: None | str = field(
        default=None,
        metadata={
            "name": "Language",
            "type": "Element",
            "nillable": True,
        },
    )
    long_selling_description: None | str = field(
        default=None,
        metadata={
            "name": "LongSellingDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    sell_phrase: None | str = field(
        default=None,
        metadata={
            "name": "SellPhrase",
            "type": "Element",
            "nillable": True,
        },
    )
    selling_heading: None | str = field(
        default=None,
        metadata={
            "name": "SellingHeading",
            "type": "Element",
            "nillable": True,
        },
    )
    short_selling_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSellingDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    way_description: None | str = field(
        default=None,
        metadata={
            "name": "WayDescription",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Document:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    category: None | str = field(
        default=None,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed_data: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChangedData",
            "type": "Element",
            "nillable": True,
        },
    )
    extension: None | str = field(
        default=None,
        metadata={
            "name": "Extension",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    url: None | str = field(
        default=None,
        metadata={
            "name": "Url",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Electricity:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    companie: None | str = field(
        default=None,
        metadata={
            "name": "Companie",
            "type": "Element",
            "nillable": True,
        },
    )
    distributor: None | str = field(
        default=None,
        metadata={
            "name": "Distributor",
            "type": "Element",
            "nillable": True,
        },
    )
    power_consumption_kwh: None | float = field(
        default=None,
        metadata={
            "name": "PowerConsumptionKWH",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EnergyDeclaration:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    completed: None | str = field(
        default=None,
        metadata={
            "name": "Completed",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_class: None | str = field(
        default=None,
        metadata={
            "name": "EnergyClass",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_consumption: None | str = field(
        default=None,
        metadata={
            "name": "EnergyConsumption",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_declaration_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EnergyDeclarationDate",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_energy_number: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryEnergyNumber",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Enrollments:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    community_facilities: None | str = field(
        default=None,
        metadata={
            "name": "CommunityFacilities",
            "type": "Element",
            "nillable": True,
        },
    )
    easements_benefits: None | str = field(
        default=None,
        metadata={
            "name": "EasementsBenefits",
            "type": "Element",
            "nillable": True,
        },
    )
    easements_load: None | str = field(
        default=None,
        metadata={
            "name": "EasementsLoad",
            "type": "Element",
            "nillable": True,
        },
    )
    enrolled_easement: None | str = field(
        default=None,
        metadata={
            "name": "EnrolledEasement",
            "type": "Element",
            "nillable": True,
        },
    )
    plan_regulations: None | str = field(
        default=None,
        metadata={
            "name": "PlanRegulations",
            "type": "Element",
            "nillable": True,
        },
    )
    preferential_and_community: None | str = field(
        default=None,
        metadata={
            "name": "PreferentialAndCommunity",
            "type": "Element",
            "nillable": True,
        },
    )


class FullValue(OpenEnum):
    YES = "Yes"
    NO = "No"
    UNKNOWN = "Unknown"


@dataclass(kw_only=True)
class HousePlotInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    building_permission: None | str = field(
        default=None,
        metadata={
            "name": "BuildingPermission",
            "type": "Element",
            "nillable": True,
        },
    )
    other_plot: None | str = field(
        default=None,
        metadata={
            "name": "OtherPlot",
            "type": "Element",
            "nillable": True,
        },
    )
    parking: None | str = field(
        default=None,
        metadata={
            "name": "Parking",
            "type": "Element",
            "nillable": True,
        },
    )
    patio: None | str = field(
        default=None,
        metadata={
            "name": "Patio",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_type: None | str = field(
        default=None,
        metadata={
            "name": "PlotType",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Landlord:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    address: None | str = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
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
    phone: None | str = field(
        default=None,
        metadata={
            "name": "Phone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Leasehold:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    leasehold_fee: None | float = field(
        default=None,
        metadata={
            "name": "LeaseholdFee",
            "type": "Element",
            "nillable": True,
        },
    )
    leasehold_period: None | int = field(
        default=None,
        metadata={
            "name": "LeaseholdPeriod",
            "type": "Element",
            "nillable": True,
        },
    )
    leasehold_until: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "LeaseholdUntil",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Mortage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    act_number: None | str = field(
        default=None,
        metadata={
            "name": "ActNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    amount: None | float = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "Date",
            "type": "Element",
            "nillable": True,
        },
    )
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    within: None | float = field(
        default=None,
        metadata={
            "name": "Within",
            "type": "Element",
            "nillable": True,
        },
    )
    written_mortgages: None | bool = field(
        default=None,
        metadata={
            "name": "WrittenMortgages",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Operation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    chimney_sweeping: None | float = field(
        default=None,
        metadata={
            "name": "ChimneySweeping",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | float = field(
        default=None,
        metadata={
            "name": "Electricity",
            "type": "Element",
            "nillable": True,
        },
    )
    heating: None | float = field(
        default=None,
        metadata={
            "name": "Heating",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | float = field(
        default=None,
        metadata={
            "name": "Insurance",
            "type": "Element",
            "nillable": True,
        },
    )
    maintenance: None | int = field(
        default=None,
        metadata={
            "name": "Maintenance",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | float = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    persons_in_the_household: None | int = field(
        default=None,
        metadata={
            "name": "PersonsInTheHousehold",
            "type": "Element",
            "nillable": True,
        },
    )
    road_charge: None | int = field(
        default=None,
        metadata={
            "name": "RoadCharge",
            "type": "Element",
            "nillable": True,
        },
    )
    road_community: None | float = field(
        default=None,
        metadata={
            "name": "RoadCommunity",
            "type": "Element",
            "nillable": True,
        },
    )
    sanitation: None | float = field(
        default=None,
        metadata={
            "name": "Sanitation",
            "type": "Element",
            "nillable": True,
        },
    )
    sum: None | float = field(
        default=None,
        metadata={
            "name": "Sum",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | float = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Plan:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    implemetation_period: None | str = field(
        default=None,
        metadata={
            "name": "ImplemetationPeriod",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PlotInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    building_permission: None | str = field(
        default=None,
        metadata={
            "name": "BuildingPermission",
            "type": "Element",
            "nillable": True,
        },
    )
    other_plot: None | str = field(
        default=None,
        metadata={
            "name": "OtherPlot",
            "type": "Element",
            "nillable": True,
        },
    )
    patio: None | str = field(
        default=None,
        metadata={
            "name": "Patio",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_type: None | str = field(
        default=None,
        metadata={
            "name": "PlotType",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Price:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    final_price: None | float = field(
        default=None,
        metadata={
            "name": "FinalPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    other_currency: None | str = field(
        default=None,
        metadata={
            "name": "OtherCurrency",
            "type": "Element",
            "nillable": True,
        },
    )
    price_in_other_currencie: None | float = field(
        default=None,
        metadata={
            "name": "PriceInOtherCurrencie",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_price: None | float = field(
        default=None,
        metadata={
            "name": "StartingPrice",
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
class Room:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    heading: None | str = field(
        default=None,
        metadata={
            "name": "Heading",
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
class Status:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
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
class Surrounding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    communication: None | str = field(
        default=None,
        metadata={
            "name": "Communication",
            "type": "Element",
            "nillable": True,
        },
    )
    general_about_area: None | str = field(
        default=None,
        metadata={
            "name": "GeneralAboutArea",
            "type": "Element",
            "nillable": True,
        },
    )
    near_service: None | str = field(
        default=None,
        metadata={
            "name": "NearService",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    parking: None | str = field(
        default=None,
        metadata={
            "name": "Parking",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TVAndBroadband:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    broadband: None | str = field(
        default=None,
        metadata={
            "name": "Broadband",
            "type": "Element",
            "nillable": True,
        },
    )
    tv: None | str = field(
        default=None,
        metadata={
            "name": "Tv",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Ventilation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    inspection: None | str = field(
        default=None,
        metadata={
            "name": "Inspection",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ViewingSettings:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    missing_viewing_time_description: None | str = field(
        default=None,
        metadata={
            "name": "MissingViewingTimeDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    show_one_viewing_time_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowOneViewingTimeOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class WaterAndDrain:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    info: None | str = field(
        default=None,
        metadata={
            "name": "Info",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfBid:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    bid: list[Bid] = field(
        default_factory=list,
        metadata={
            "name": "Bid",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfDescription:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    description: list[Description] = field(
        default_factory=list,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfDocument:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    document: list[Document] = field(
        default_factory=list,
        metadata={
            "name": "Document",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfMortage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    mortage: list[Mortage] = field(
        default_factory=list,
        metadata={
            "name": "Mortage",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfRoom:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    room: list[Room] = field(
        default_factory=list,
        metadata={
            "name": "Room",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfStatus:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    status: list[Status] = field(
        default_factory=list,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Assignment:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    additional_contact: None | str = field(
        default=None,
        metadata={
            "name": "AdditionalContact",
            "type": "Element",
            "nillable": True,
        },
    )
    estatenumber: None | str = field(
        default=None,
        metadata={
            "name": "Estatenumber",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing_methods: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "MarketingMethods",
            "type": "Element",
            "nillable": True,
        },
    )
    producer: None | str = field(
        default=None,
        metadata={
            "name": "Producer",
            "type": "Element",
            "nillable": True,
        },
    )
    responsible_broker: None | str = field(
        default=None,
        metadata={
            "name": "ResponsibleBroker",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AssociationImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    category: None | str = field(
        default=None,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )
    cdn_references: None | ArrayOfCdnImageReference = field(
        default=None,
        metadata={
            "name": "CdnReferences",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed_image_data: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChangedImageData",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    extension: None | str = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "nillable": True,
        },
    )
    headning: None | str = field(
        default=None,
        metadata={
            "name": "Headning",
            "type": "Element",
            "nillable": True,
        },
    )
    image_id: None | str = field(
        default=None,
        metadata={
            "name": "ImageId",
            "type": "Element",
            "nillable": True,
        },
    )
    order_number: None | int = field(
        default=None,
        metadata={
            "name": "OrderNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    show_image_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowImageOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    url: None | str = field(
        default=None,
        metadata={
            "name": "Url",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FloorAndElevator:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    description_of_elevator: None | str = field(
        default=None,
        metadata={
            "name": "DescriptionOfElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    elevator: None | FullValue = field(
        default=None,
        metadata={
            "name": "Elevator",
            "type": "Element",
            "nillable": True,
        },
    )
    floor: None | float = field(
        default=None,
        metadata={
            "name": "Floor",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_commentary: None | str = field(
        default=None,
        metadata={
            "name": "FloorCommentary",
            "type": "Element",
            "nillable": True,
        },
    )
    total_number_floors: None | int = field(
        default=None,
        metadata={
            "name": "TotalNumberFloors",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Insurance:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    amount: None | float = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    company: None | str = field(
        default=None,
        metadata={
            "name": "Company",
            "type": "Element",
            "nillable": True,
        },
    )
    full_value: None | FullValue = field(
        default=None,
        metadata={
            "name": "FullValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class InternetSettings:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    bid_setting: None | BidSetting = field(
        default=None,
        metadata={
            "name": "BidSetting",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Lease:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    landlord: None | Landlord = field(
        default=None,
        metadata={
            "name": "Landlord",
            "type": "Element",
            "nillable": True,
        },
    )
    lease_fee: None | float = field(
        default=None,
        metadata={
            "name": "LeaseFee",
            "type": "Element",
            "nillable": True,
        },
    )
    lease_fee_comment: None | str = field(
        default=None,
        metadata={
            "name": "LeaseFeeComment",
            "type": "Element",
            "nillable": True,
        },
    )
    lease_until: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "LeaseUntil",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Link:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    category: None | str = field(
        default=None,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )
    links: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Links",
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
class ObjectAddress:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    area: None | str = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    area_archived: None | bool = field(
        default=None,
        metadata={
            "name": "AreaArchived",
            "type": "Element",
            "nillable": True,
        },
    )
    area_id: None | str = field(
        default=None,
        metadata={
            "name": "AreaId",
            "type": "Element",
            "nillable": True,
        },
    )
    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "max_length": 25,
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    country_code: None | str = field(
        default=None,
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "max_length": 2,
            "nillable": True,
        },
    )
    county: None | str = field(
        default=None,
        metadata={
            "name": "County",
            "type": "Element",
            "nillable": True,
        },
    )
    county_municipality_parish_code: None | str = field(
        default=None,
        metadata={
            "name": "CountyMunicipalityParishCode",
            "type": "Element",
            "nillable": True,
        },
    )
    district: None | str = field(
        default=None,
        metadata={
            "name": "District",
            "type": "Element",
            "nillable": True,
        },
    )
    district_code: None | str = field(
        default=None,
        metadata={
            "name": "DistrictCode",
            "type": "Element",
            "nillable": True,
        },
    )
    local_income_tax: None | str = field(
        default=None,
        metadata={
            "name": "LocalIncomeTax",
            "type": "Element",
            "nillable": True,
        },
    )
    municipality: None | str = field(
        default=None,
        metadata={
            "name": "Municipality",
            "type": "Element",
            "nillable": True,
        },
    )
    parish: None | str = field(
        default=None,
        metadata={
            "name": "Parish",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "max_length": 68,
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ObjectImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    category: None | str = field(
        default=None,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )
    cdn_references: None | ArrayOfCdnImageReference = field(
        default=None,
        metadata={
            "name": "CdnReferences",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed_image_data: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChangedImageData",
            "type": "Element",
            "nillable": True,
        },
    )
    extension: None | str = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "nillable": True,
        },
    )
    hemnet_order_number: None | int = field(
        default=None,
        metadata={
            "name": "HemnetOrderNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    image_id: None | str = field(
        default=None,
        metadata={
            "name": "ImageId",
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
    order_number: None | int = field(
        default=None,
        metadata={
            "name": "OrderNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    show_image_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowImageOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    supplier: None | str = field(
        default=None,
        metadata={
            "name": "Supplier",
            "type": "Element",
            "nillable": True,
        },
    )
    supplier_id: None | str = field(
        default=None,
        metadata={
            "name": "SupplierId",
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
    text_extended: None | str = field(
        default=None,
        metadata={
            "name": "TextExtended",
            "type": "Element",
            "nillable": True,
        },
    )
    url: None | str = field(
        default=None,
        metadata={
            "name": "Url",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ProjectViewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    bookable_from_internet: None | bool = field(
        default=None,
        metadata={
            "name": "BookableFromInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    booking_url: None | str = field(
        default=None,
        metadata={
            "name": "BookingUrl",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
            "type": "Element",
            "nillable": True,
        },
    )
    date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "Date",
            "type": "Element",
            "nillable": True,
        },
    )
    end_time: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EndTime",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | str = field(
        default=None,
        metadata={
            "name": "EstateType",
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
    participants: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Participants",
            "type": "Element",
            "nillable": True,
        },
    )
    show_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    start_time: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "StartTime",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Viewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    bookable_from_internet: None | bool = field(
        default=None,
        metadata={
            "name": "BookableFromInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    booking_url: None | str = field(
        default=None,
        metadata={
            "name": "BookingUrl",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
            "type": "Element",
            "nillable": True,
        },
    )
    date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "Date",
            "type": "Element",
            "nillable": True,
        },
    )
    end_time: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EndTime",
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
    participants: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Participants",
            "type": "Element",
            "nillable": True,
        },
    )
    show_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    start_time: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "StartTime",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AppartmentInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    compiled_description: None | bool = field(
        default=None,
        metadata={
            "name": "CompiledDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    genereal_description: None | str = field(
        default=None,
        metadata={
            "name": "GenerealDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    kitchen_type: None | str = field(
        default=None,
        metadata={
            "name": "KitchenType",
            "type": "Element",
            "nillable": True,
        },
    )
    max_number_of_bedroom: None | float = field(
        default=None,
        metadata={
            "name": "MaxNumberOfBedroom",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bedroom: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfBedroom",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    rooms: None | ArrayOfRoom = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfAssociationImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    association_image: list[AssociationImage] = field(
        default_factory=list,
        metadata={
            "name": "AssociationImage",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfLink:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    link: list[Link] = field(
        default_factory=list,
        metadata={
            "name": "Link",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfObjectImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    object_image: list[ObjectImage] = field(
        default_factory=list,
        metadata={
            "name": "ObjectImage",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfProjectViewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    project_viewing: list[ProjectViewing] = field(
        default_factory=list,
        metadata={
            "name": "ProjectViewing",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfViewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    viewing: list[Viewing] = field(
        default_factory=list,
        metadata={
            "name": "Viewing",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AdvertiseOn:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    changing_requirements_text: None | str = field(
        default=None,
        metadata={
            "name": "ChangingRequirementsText",
            "type": "Element",
            "nillable": True,
        },
    )
    documents: None | ArrayOfDocument = field(
        default=None,
        metadata={
            "name": "Documents",
            "type": "Element",
            "nillable": True,
        },
    )
    first_publishing_date_on_homepage: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "FirstPublishingDateOnHomepage",
            "type": "Element",
            "nillable": True,
        },
    )
    hide_address: None | bool = field(
        default=None,
        metadata={
            "name": "HideAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    hide_price: None | bool = field(
        default=None,
        metadata={
            "name": "HidePrice",
            "type": "Element",
            "nillable": True,
        },
    )
    homepage: None | bool = field(
        default=None,
        metadata={
            "name": "Homepage",
            "type": "Element",
            "nillable": True,
        },
    )
    image_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "ImageIds",
            "type": "Element",
            "nillable": True,
        },
    )
    links: None | ArrayOfLink = field(
        default=None,
        metadata={
            "name": "Links",
            "type": "Element",
            "nillable": True,
        },
    )
    marketplaces: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Marketplaces",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_comming: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsComming",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_preview: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsPreview",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_reference_housing: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsReferenceHousing",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    show_in_image_loop: None | bool = field(
        default=None,
        metadata={
            "name": "ShowInImageLoop",
            "type": "Element",
            "nillable": True,
        },
    )
    show_todays_housing: None | bool = field(
        default=None,
        metadata={
            "name": "ShowTodaysHousing",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AdvertiseOnProject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    documents: None | ArrayOfDocument = field(
        default=None,
        metadata={
            "name": "Documents",
            "type": "Element",
            "nillable": True,
        },
    )
    first_publishing_date_on_homepage: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "FirstPublishingDateOnHomepage",
            "type": "Element",
            "nillable": True,
        },
    )
    homepage: None | bool = field(
        default=None,
        metadata={
            "name": "Homepage",
            "type": "Element",
            "nillable": True,
        },
    )
    image_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "ImageIds",
            "type": "Element",
            "nillable": True,
        },
    )
    links: None | ArrayOfLink = field(
        default=None,
        metadata={
            "name": "Links",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_comming: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsComming",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_preview: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsPreview",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CottageAdvertiseOn:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    all_year: None | bool = field(
        default=None,
        metadata={
            "name": "AllYear",
            "type": "Element",
            "nillable": True,
        },
    )
    changing_requirements_text: None | str = field(
        default=None,
        metadata={
            "name": "ChangingRequirementsText",
            "type": "Element",
            "nillable": True,
        },
    )
    documents: None | ArrayOfDocument = field(
        default=None,
        metadata={
            "name": "Documents",
            "type": "Element",
            "nillable": True,
        },
    )
    first_publishing_date_on_homepage: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "FirstPublishingDateOnHomepage",
            "type": "Element",
            "nillable": True,
        },
    )
    hide_address: None | bool = field(
        default=None,
        metadata={
            "name": "HideAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    hide_price: None | bool = field(
        default=None,
        metadata={
            "name": "HidePrice",
            "type": "Element",
            "nillable": True,
        },
    )
    homepage: None | bool = field(
        default=None,
        metadata={
            "name": "Homepage",
            "type": "Element",
            "nillable": True,
        },
    )
    image_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "ImageIds",
            "type": "Element",
            "nillable": True,
        },
    )
    links: None | ArrayOfLink = field(
        default=None,
        metadata={
            "name": "Links",
            "type": "Element",
            "nillable": True,
        },
    )
    marketplaces: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Marketplaces",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_comming: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsComming",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_preview: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsPreview",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_reference_housing: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsReferenceHousing",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    show_in_image_loop: None | bool = field(
        default=None,
        metadata={
            "name": "ShowInImageLoop",
            "type": "Element",
            "nillable": True,
        },
    )
    show_todays_housing: None | bool = field(
        default=None,
        metadata={
            "name": "ShowTodaysHousing",
            "type": "Element",
            "nillable": True,
        },
    )
    visible_during_production: None | bool = field(
        default=None,
        metadata={
            "name": "VisibleDuringProduction",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HouseAdvertiseOn:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"

    changing_requirements_text: None | str = field(
        default=None,
        metadata={
            "name": "ChangingRequirementsText",
            "type": "Element",
            "nillable": True,
        },
    )
    documents: None | ArrayOfDocument = field(
        default=None,
        metadata={
            "name": "Documents",
            "type": "Element",
            "nillable": True,
        },
    )
    first_publishing_date_on_homepage: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "FirstPublishingDateOnHomepage",
            "type": "Element",
            "nillable": True,
        },
    )
    hide_address: None | bool = field(
        default=None,
        metadata={
            "name": "HideAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    hide_price: None | bool = field(
        default=None,
        metadata={
            "name": "HidePrice",
            "type": "Element",
            "nillable": True,
        },
    )
    homepage: None | bool = field(
        default=None,
        metadata={
            "name": "Homepage",
            "type": "Element",
            "nillable": True,
        },
    )
    image_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "ImageIds",
            "type": "Element",
            "nillable": True,
        },
    )
    links: None | ArrayOfLink = field(
        default=None,
        metadata={
            "name": "Links",
            "type": "Element",
            "nillable": True,
        },
    )
    marketplaces: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Marketplaces",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_comming: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsComming",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_preview: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsPreview",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_reference_housing: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsReferenceHousing",
            "type": "Element",
            "nillable": True,
        },
    )
    show_as_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "ShowAsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    show_in_image_loop: None | bool = field(
        default=None,
        metadata={
            "name": "ShowInImageLoop",
            "type": "Element",
            "nillable": True,
        },
    )
    show_todays_housing: None | bool = field(
        default=None,
        metadata={
            "name": "ShowTodaysHousing",
            "type": "Element",
            "nillable": True,
        },
    )
    visible_during_production: None | bool = field(
        default=None,
        metadata={
            "name": "VisibleDuringProduction",
            "type": "Element",
            "nillable": True,
        },
    )
