"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .arrays import ArrayOfstring
from .estate_common import (
    ArrayOfRoom,
    ObjectAddress,
)

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"


@dataclass(kw_only=True)
class CarSpaceOtherBuildings:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

    car_space: None | str = field(
        default=None,
        metadata={
            "name": "CarSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    other_buildings: None | str = field(
        default=None,
        metadata={
            "name": "OtherBuildings",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Community:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    share_in: None | str = field(
        default=None,
        metadata={
            "name": "ShareIn",
            "type": "Element",
            "nillable": True,
        },
    )
    space: None | str = field(
        default=None,
        metadata={
            "name": "Space",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumAssess:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

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
    value_year: None | int = field(
        default=None,
        metadata={
            "name": "ValueYear",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumBalconyPatio:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

    balcony: None | bool = field(
        default=None,
        metadata={
            "name": "Balcony",
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


@dataclass(kw_only=True)
class CondominiumBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

    building_year: None | str = field(
        default=None,
        metadata={
            "name": "BuildingYear",
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
    heating: None | str = field(
        default=None,
        metadata={
            "name": "Heating",
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
    other_about_the_buildning: None | str = field(
        default=None,
        metadata={
            "name": "OtherAboutTheBuildning",
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
    window: None | str = field(
        default=None,
        metadata={
            "name": "Window",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumOperation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

    annual_fee_community: None | int = field(
        default=None,
        metadata={
            "name": "AnnualFeeCommunity",
            "type": "Element",
            "nillable": True,
        },
    )
    annual_fee_community_included: None | str = field(
        default=None,
        metadata={
            "name": "AnnualFeeCommunityIncluded",
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
    comment_annual_fee: None | str = field(
        default=None,
        metadata={
            "name": "CommentAnnualFee",
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
    maintenance: None | float = field(
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
    road_charge: None | float = field(
        default=None,
        metadata={
            "name": "RoadCharge",
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
class OtherAreas:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

    cleaning: None | str = field(
        default=None,
        metadata={
            "name": "Cleaning",
            "type": "Element",
            "nillable": True,
        },
    )
    compilation: None | str = field(
        default=None,
        metadata={
            "name": "Compilation",
            "type": "Element",
            "nillable": True,
        },
    )
    courtyard: None | str = field(
        default=None,
        metadata={
            "name": "Courtyard",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

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
    increase_seek_conception: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreaseSeekConception",
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
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    new_construction: None | bool = field(
        default=None,
        metadata={
            "name": "NewConstruction",
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
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
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
    tenure: None | str = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"

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
    max_number_of_bedrooms: None | float = field(
        default=None,
        metadata={
            "name": "MaxNumberOfBedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bedrooms: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfBedrooms",
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
