"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .arrays import ArrayOfstring
from .estate_common import (
    ArrayOfRoom,
    Electricity,
    EnergyDeclaration,
    ObjectAddress,
    Operation,
    TVAndBroadband,
    Ventilation,
)
from .housing_models import RangeOfint

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"


@dataclass(kw_only=True)
class AreaData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    arabel: None | float = field(
        default=None,
        metadata={
            "name": "Arabel",
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
    forest: None | float = field(
        default=None,
        metadata={
            "name": "Forest",
            "type": "Element",
            "nillable": True,
        },
    )
    infield: None | float = field(
        default=None,
        metadata={
            "name": "Infield",
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
    pasture: None | float = field(
        default=None,
        metadata={
            "name": "Pasture",
            "type": "Element",
            "nillable": True,
        },
    )
    total_area: None | float = field(
        default=None,
        metadata={
            "name": "TotalArea",
            "type": "Element",
            "nillable": True,
        },
    )
    waste_land: None | float = field(
        default=None,
        metadata={
            "name": "WasteLand",
            "type": "Element",
            "nillable": True,
        },
    )
    water: None | float = field(
        default=None,
        metadata={
            "name": "Water",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AssessValue:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

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
class EconomyBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
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
class FarmBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    beam: None | str = field(
        default=None,
        metadata={
            "name": "Beam",
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
class FarmInsurance:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    company: None | str = field(
        default=None,
        metadata={
            "name": "Company",
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
class FarmOperation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
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


@dataclass(kw_only=True)
class OtherData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    heading: None | str = field(
        default=None,
        metadata={
            "name": "Heading",
            "type": "Element",
            "nillable": True,
        },
    )
    sort_order: None | str = field(
        default=None,
        metadata={
            "name": "SortOrder",
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
class ArrayOfAreaData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    area_data: list[AreaData] = field(
        default_factory=list,
        metadata={
            "name": "AreaData",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfAssessValue:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    assess_value: list[AssessValue] = field(
        default_factory=list,
        metadata={
            "name": "AssessValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEconomyBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    economy_building: list[EconomyBuilding] = field(
        default_factory=list,
        metadata={
            "name": "EconomyBuilding",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOtherData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    other_data: list[OtherData] = field(
        default_factory=list,
        metadata={
            "name": "OtherData",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FarmBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    disposal_form: None | str = field(
        default=None,
        metadata={
            "name": "DisposalForm",
            "type": "Element",
            "nillable": True,
        },
    )
    increase_seek_conception: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreaseSeekConception",
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
class MainResidentialBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    building: None | FarmBuilding = field(
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
    commentary_on_area_information: None | str = field(
        default=None,
        metadata={
            "name": "CommentaryOnAreaInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    general_desciption: None | str = field(
        default=None,
        metadata={
            "name": "GeneralDesciption",
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
    operation: None | Operation = field(
        default=None,
        metadata={
            "name": "Operation",
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
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    parking_space: None | str = field(
        default=None,
        metadata={
            "name": "ParkingSpace",
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
    plot: None | str = field(
        default=None,
        metadata={
            "name": "Plot",
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
    side_buildings: None | str = field(
        default=None,
        metadata={
            "name": "SideBuildings",
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
    ventilation: None | Ventilation = field(
        default=None,
        metadata={
            "name": "Ventilation",
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
class OtherResidentialBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    building: None | str = field(
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
    commentary_on_area_information: None | str = field(
        default=None,
        metadata={
            "name": "CommentaryOnAreaInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    general_description: None | str = field(
        default=None,
        metadata={
            "name": "GeneralDescription",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
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
    operation: None | Operation = field(
        default=None,
        metadata={
            "name": "Operation",
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
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    parking_space: None | str = field(
        default=None,
        metadata={
            "name": "ParkingSpace",
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
    plot: None | str = field(
        default=None,
        metadata={
            "name": "Plot",
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
    room_description: None | str = field(
        default=None,
        metadata={
            "name": "RoomDescription",
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
    side_buildings: None | str = field(
        default=None,
        metadata={
            "name": "SideBuildings",
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
    year_built: None | str = field(
        default=None,
        metadata={
            "name": "YearBuilt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOtherResidentialBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    other_residential_building: list[OtherResidentialBuilding] = field(
        default_factory=list,
        metadata={
            "name": "OtherResidentialBuilding",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Assessment:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    assess_values: None | ArrayOfAssessValue = field(
        default=None,
        metadata={
            "name": "AssessValues",
            "type": "Element",
            "nillable": True,
        },
    )
    comment: None | str = field(
        default=None,
        metadata={
            "name": "Comment",
            "type": "Element",
            "nillable": True,
        },
    )
    preliminary_value: None | bool = field(
        default=None,
        metadata={
            "name": "PreliminaryValue",
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
class PropertyTypeAndAreas:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    alignment: None | str = field(
        default=None,
        metadata={
            "name": "Alignment",
            "type": "Element",
            "nillable": True,
        },
    )
    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    area_data: None | ArrayOfAreaData = field(
        default=None,
        metadata={
            "name": "AreaData",
            "type": "Element",
            "nillable": True,
        },
    )
    jointly_taxed_properties: None | str = field(
        default=None,
        metadata={
            "name": "JointlyTaxedProperties",
            "type": "Element",
            "nillable": True,
        },
    )
    number_ofpartition: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfpartition",
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
    show_area_data_on_internet: None | str = field(
        default=None,
        metadata={
            "name": "ShowAreaDataOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfAssessment:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"

    assessment: list[Assessment] = field(
        default_factory=list,
        metadata={
            "name": "Assessment",
            "type": "Element",
            "nillable": True,
        },
    )
