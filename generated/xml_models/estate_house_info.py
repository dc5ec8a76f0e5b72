"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HouseInfo.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .arrays import ArrayOfstring
from .estate_common import (
    ArrayOfRoom,
    ObjectAddress,
)

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HouseInfo"


@dataclass(kw_only=True)
class HouseBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HouseInfo"

    beam: None | str = field(
        default=None,
        metadata={
            "name": "Beam",
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
    building_year: None | str = field(
        default=None,
        metadata={
            "name": "BuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary_for_building_year: None | str = field(
        default=None,
        metadata={
            "name": "CommentaryForBuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    externally_sheet_metal_work: None | str = field(
        default=None,
        metadata={
            "name": "ExternallySheetMetalWork",
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
    other_about_the_buildning: None | str = field(
        default=None,
        metadata={
            "name": "OtherAboutTheBuildning",
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
    renovations: None | str = field(
        default=None,
        metadata={
            "name": "Renovations",
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
    windows: None | str = field(
        default=None,
        metadata={
            "name": "Windows",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HouseBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HouseInfo"

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
    building_designation: None | str = field(
        default=None,
        metadata={
            "name": "BuildingDesignation",
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
class HouseInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HouseInfo"

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
    max_number_off_bedroom: None | float = field(
        default=None,
        metadata={
            "name": "MaxNumberOffBedroom",
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
    number_off_bedroom: None | float = field(
        default=None,
        metadata={
            "name": "NumberOffBedroom",
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
