"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .estate_common import (
    ArrayOfRoom,
    EnergyDeclaration,
    ObjectAddress,
    TVAndBroadband,
    Ventilation,
)
from .housing_models import RangeOfint

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"


@dataclass(kw_only=True)
class CommercialCompanyTransfer:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    business_arrangement: None | str = field(
        default=None,
        metadata={
            "name": "BusinessArrangement",
            "type": "Element",
            "nillable": True,
        },
    )
    transfer_as_company: None | bool = field(
        default=None,
        metadata={
            "name": "TransferAsCompany",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyAreas:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )


@dataclass(kw_only=True)
class CommercialPropertyAssessValue:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    evaluation_unit: None | str = field(
        default=None,
        metadata={
            "name": "EvaluationUnit",
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
    value_year: None | str = field(
        default=None,
        metadata={
            "name": "ValueYear",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyPlotInformation:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
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


@dataclass(kw_only=True)
class CommercialPropertyPrice:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    offer: None | bool = field(
        default=None,
        metadata={
            "name": "Offer",
            "type": "Element",
            "nillable": True,
        },
    )
    offer_no_later_then: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "OfferNoLaterThen",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    price_text: None | str = field(
        default=None,
        metadata={
            "name": "PriceText",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CompilationArea:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    flat_operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "FlatOperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )
    flat_operating_cost_square_meter: None | float = field(
        default=None,
        metadata={
            "name": "FlatOperatingCostSquareMeter",
            "type": "Element",
            "nillable": True,
        },
    )
    number: None | float = field(
        default=None,
        metadata={
            "name": "Number",
            "type": "Element",
            "nillable": True,
        },
    )
    other_income: None | float = field(
        default=None,
        metadata={
            "name": "OtherIncome",
            "type": "Element",
            "nillable": True,
        },
    )
    other_income_per_square_meter: None | float = field(
        default=None,
        metadata={
            "name": "OtherIncomePerSquareMeter",
            "type": "Element",
            "nillable": True,
        },
    )
    price_per_square_meter: None | float = field(
        default=None,
        metadata={
            "name": "PricePerSquareMeter",
            "type": "Element",
            "nillable": True,
        },
    )
    rental_income: None | float = field(
        default=None,
        metadata={
            "name": "RentalIncome",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CompilationAreaOther:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    flat_operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "FlatOperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )
    flat_operating_cost_square_meter: None | float = field(
        default=None,
        metadata={
            "name": "FlatOperatingCostSquareMeter",
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
    number: None | float = field(
        default=None,
        metadata={
            "name": "Number",
            "type": "Element",
            "nillable": True,
        },
    )
    other_income: None | float = field(
        default=None,
        metadata={
            "name": "OtherIncome",
            "type": "Element",
            "nillable": True,
        },
    )
    other_income_per_square_meter: None | float = field(
        default=None,
        metadata={
            "name": "OtherIncomePerSquareMeter",
            "type": "Element",
            "nillable": True,
        },
    )
    price_per_square_meter: None | float = field(
        default=None,
        metadata={
            "name": "PricePerSquareMeter",
            "type": "Element",
            "nillable": True,
        },
    )
    rental_income: None | float = field(
        default=None,
        metadata={
            "name": "RentalIncome",
            "type": "Element",
            "nillable": True,
        },
    )


class Elevator(OpenEnum):
    YES = "Yes"
    NO = "No"
    UNKNOWN = "Unknown"


@dataclass(kw_only=True)
class Income:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    comment: None | str = field(
        default=None,
        metadata={
            "name": "Comment",
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


class LineOfBusiness(OpenEnum):
    STORES = "Stores"
    CONSTRUCTION = "Construction"
    COMMERCE = "Commerce"
    HOTELL = "Hotell"
    RESTAURANT = "Restaurant"
    MANUFACTURING = "Manufacturing"
    SERVICE = "Service"
    TRANSPORT = "Transport"
    HEALTCARE = "Healtcare"
    OTHER = "Other"


@dataclass(kw_only=True)
class OwnInput:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    amount: None | float = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    heading: None | str = field(
        default=None,
        metadata={
            "name": "Heading",
            "type": "Element",
            "nillable": True,
        },
    )


class Profit(OpenEnum):
    UNSPECIFIED = "Unspecified"
    PROFIT = "Profit"
    LOSS = "Loss"


@dataclass(kw_only=True)
class PropertytypeDescription:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class RenovationInfo:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    comment: None | str = field(
        default=None,
        metadata={
            "name": "Comment",
            "type": "Element",
            "nillable": True,
        },
    )
    renovation: None | int = field(
        default=None,
        metadata={
            "name": "Renovation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SharedSpaces:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    courtyard: None | str = field(
        default=None,
        metadata={
            "name": "Courtyard",
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


@dataclass(kw_only=True)
class TechnicalData:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCommercialPropertyAssessValue:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    commercial_property_assess_value: list[CommercialPropertyAssessValue] = field(
        default_factory=list,
        metadata={
            "name": "CommercialPropertyAssessValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCompilationAreaOther:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    compilation_area_other: list[CompilationAreaOther] = field(
        default_factory=list,
        metadata={
            "name": "CompilationAreaOther",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialBaseInformation:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    area_source: None | str = field(
        default=None,
        metadata={
            "name": "AreaSource",
            "type": "Element",
            "nillable": True,
        },
    )
    area_source_comment: None | str = field(
        default=None,
        metadata={
            "name": "AreaSourceComment",
            "type": "Element",
            "nillable": True,
        },
    )
    disposal_form: None | str = field(
        default=None,
        metadata={
            "name": "DisposalForm",
            "type": "Element",
            "nillable": True,
        },
    )
    key_number: None | str = field(
        default=None,
        metadata={
            "name": "KeyNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    object_address: None | ObjectAddress = field(
        default=None,
        metadata={
            "name": "ObjectAddress",
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
    property_type: None | str = field(
        default=None,
        metadata={
            "name": "PropertyType",
            "type": "Element",
            "nillable": True,
        },
    )
    property_unit_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyUnitDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    sensitive_business: None | bool = field(
        default=None,
        metadata={
            "name": "SensitiveBusiness",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialFloorAndElevator:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    description_of_elevator: None | str = field(
        default=None,
        metadata={
            "name": "DescriptionOfElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    elevator: None | Elevator = field(
        default=None,
        metadata={
            "name": "Elevator",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_floors: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfFloors",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialOperation:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    caretaking: None | float = field(
        default=None,
        metadata={
            "name": "Caretaking",
            "type": "Element",
            "nillable": True,
        },
    )
    chimney_sweeping: None | float = field(
        default=None,
        metadata={
            "name": "ChimneySweeping",
            "type": "Element",
            "nillable": True,
        },
    )
    comment_operational_cost: None | str = field(
        default=None,
        metadata={
            "name": "CommentOperationalCost",
            "type": "Element",
            "nillable": True,
        },
    )
    complete_or_partial_vatregistered: None | bool = field(
        default=None,
        metadata={
            "name": "CompleteOrPartialVATRegistered",
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
    management: None | float = field(
        default=None,
        metadata={
            "name": "Management",
            "type": "Element",
            "nillable": True,
        },
    )
    ongoing_maintenance: None | float = field(
        default=None,
        metadata={
            "name": "OngoingMaintenance",
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
    own_input1: None | OwnInput = field(
        default=None,
        metadata={
            "name": "OwnInput1",
            "type": "Element",
            "nillable": True,
        },
    )
    own_input2: None | OwnInput = field(
        default=None,
        metadata={
            "name": "OwnInput2",
            "type": "Element",
            "nillable": True,
        },
    )
    periodic_maintenance: None | float = field(
        default=None,
        metadata={
            "name": "PeriodicMaintenance",
            "type": "Element",
            "nillable": True,
        },
    )
    road_snow_charge: None | int = field(
        default=None,
        metadata={
            "name": "RoadSnowCharge",
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
    tv_system: None | float = field(
        default=None,
        metadata={
            "name": "TvSystem",
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
class CommercialPropertyBuilding:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    beam: None | str = field(
        default=None,
        metadata={
            "name": "Beam",
            "type": "Element",
            "nillable": True,
        },
    )
    cold: None | str = field(
        default=None,
        metadata={
            "name": "Cold",
            "type": "Element",
            "nillable": True,
        },
    )
    cold_comment: None | str = field(
        default=None,
        metadata={
            "name": "ColdComment",
            "type": "Element",
            "nillable": True,
        },
    )
    control_monitoring: None | str = field(
        default=None,
        metadata={
            "name": "ControlMonitoring",
            "type": "Element",
            "nillable": True,
        },
    )
    externally_metal_work: None | str = field(
        default=None,
        metadata={
            "name": "ExternallyMetalWork",
            "type": "Element",
            "nillable": True,
        },
    )
    facade: None | str = field(
        default=None,
        metadata={
            "name": "Facade",
            "type": "Element",
            "nillable": True,
        },
    )
    foundation: None | str = field(
        default=None,
        metadata={
            "name": "Foundation",
            "type": "Element",
            "nillable": True,
        },
    )
    foundation_wall: None | str = field(
        default=None,
        metadata={
            "name": "FoundationWall",
            "type": "Element",
            "nillable": True,
        },
    )
    frame: None | str = field(
        default=None,
        metadata={
            "name": "Frame",
            "type": "Element",
            "nillable": True,
        },
    )
    heating: None | str = field(
        default=None,
        metadata={
            "name": "Heating",
            "type": "Element",
            "nillable": True,
        },
    )
    others: None | str = field(
        default=None,
        metadata={
            "name": "Others",
            "type": "Element",
            "nillable": True,
        },
    )
    roof: None | str = field(
        default=None,
        metadata={
            "name": "Roof",
            "type": "Element",
            "nillable": True,
        },
    )
    ventilation: None | Ventilation = field(
        default=None,
        metadata={
            "name": "Ventilation",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | str = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )
    windows: None | str = field(
        default=None,
        metadata={
            "name": "Windows",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyBusiness:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    business: None | str = field(
        default=None,
        metadata={
            "name": "Business",
            "type": "Element",
            "nillable": True,
        },
    )
    employees: None | int = field(
        default=None,
        metadata={
            "name": "Employees",
            "type": "Element",
            "nillable": True,
        },
    )
    equipment: None | str = field(
        default=None,
        metadata={
            "name": "Equipment",
            "type": "Element",
            "nillable": True,
        },
    )
    hidden_location: None | bool = field(
        default=None,
        metadata={
            "name": "HiddenLocation",
            "type": "Element",
            "nillable": True,
        },
    )
    line_of_business: None | LineOfBusiness = field(
        default=None,
        metadata={
            "name": "LineOfBusiness",
            "type": "Element",
            "nillable": True,
        },
    )
    profit: None | Profit = field(
        default=None,
        metadata={
            "name": "Profit",
            "type": "Element",
            "nillable": True,
        },
    )
    revenue: None | float = field(
        default=None,
        metadata={
            "name": "Revenue",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_year: None | int = field(
        default=None,
        metadata={
            "name": "StartingYear",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyAssessment:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    assess_values: None | ArrayOfCommercialPropertyAssessValue = field(
        default=None,
        metadata={
            "name": "AssessValues",
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
    tax_fee: None | float = field(
        default=None,
        metadata={
            "name": "TaxFee",
            "type": "Element",
            "nillable": True,
        },
    )
    tax_year: None | int = field(
        default=None,
        metadata={
            "name": "TaxYear",
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


@dataclass(kw_only=True)
class CompilationAreas:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    area_source: None | str = field(
        default=None,
        metadata={
            "name": "AreaSource",
            "type": "Element",
            "nillable": True,
        },
    )
    areas: None | CommercialPropertyAreas = field(
        default=None,
        metadata={
            "name": "Areas",
            "type": "Element",
            "nillable": True,
        },
    )
    cold_stockroom: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "ColdStockroom",
            "type": "Element",
            "nillable": True,
        },
    )
    garage: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "Garage",
            "type": "Element",
            "nillable": True,
        },
    )
    income: None | Income = field(
        default=None,
        metadata={
            "name": "Income",
            "type": "Element",
            "nillable": True,
        },
    )
    industry: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "Industry",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_costs: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCosts",
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
    other1: None | CompilationAreaOther = field(
        default=None,
        metadata={
            "name": "Other1",
            "type": "Element",
            "nillable": True,
        },
    )
    other2: None | CompilationAreaOther = field(
        default=None,
        metadata={
            "name": "Other2",
            "type": "Element",
            "nillable": True,
        },
    )
    other_incomes: None | float = field(
        default=None,
        metadata={
            "name": "OtherIncomes",
            "type": "Element",
            "nillable": True,
        },
    )
    others: None | ArrayOfCompilationAreaOther = field(
        default=None,
        metadata={
            "name": "Others",
            "type": "Element",
            "nillable": True,
        },
    )
    parking_lot: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "ParkingLot",
            "type": "Element",
            "nillable": True,
        },
    )
    rent_incomes: None | float = field(
        default=None,
        metadata={
            "name": "RentIncomes",
            "type": "Element",
            "nillable": True,
        },
    )
    residential: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "Residential",
            "type": "Element",
            "nillable": True,
        },
    )
    stores: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "Stores",
            "type": "Element",
            "nillable": True,
        },
    )
    vacancies: None | str = field(
        default=None,
        metadata={
            "name": "Vacancies",
            "type": "Element",
            "nillable": True,
        },
    )
    warm_stockroom: None | CompilationArea = field(
        default=None,
        metadata={
            "name": "WarmStockroom",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PropertyBuilding:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    bi_area: None | float = field(
        default=None,
        metadata={
            "name": "BiArea",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | CommercialPropertyBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    building_space: None | float = field(
        default=None,
        metadata={
            "name": "BuildingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    building_type: None | str = field(
        default=None,
        metadata={
            "name": "BuildingType",
            "type": "Element",
            "nillable": True,
        },
    )
    building_year_comment: None | str = field(
        default=None,
        metadata={
            "name": "BuildingYearComment",
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
    energy_declaration: None | EnergyDeclaration = field(
        default=None,
        metadata={
            "name": "EnergyDeclaration",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_and_elevator: None | CommercialFloorAndElevator = field(
        default=None,
        metadata={
            "name": "FloorAndElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    general_description: None | str = field(
        default=None,
        metadata={
            "name": "GeneralDescription",
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
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    main_building: None | bool = field(
        default=None,
        metadata={
            "name": "MainBuilding",
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
    number_of_bed_rooms: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "NumberOfBedRooms",
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
    renovations: None | str = field(
        default=None,
        metadata={
            "name": "Renovations",
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
    tv_and_broadband: None | TVAndBroadband = field(
        default=None,
        metadata={
            "name": "TvAndBroadband",
            "type": "Element",
            "nillable": True,
        },
    )
    year_built: None | str = field(
        default=None,
        metadata={
            "name": "YearBuilt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCommercialPropertyAssessment:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    commercial_property_assessment: list[CommercialPropertyAssessment] = field(
        default_factory=list,
        metadata={
            "name": "CommercialPropertyAssessment",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPropertyBuilding:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
        )

    property_building: list[PropertyBuilding] = field(
        default_factory=list,
        metadata={
            "name": "PropertyBuilding",
            "type": "Element",
            "nillable": True,
        },
    )
