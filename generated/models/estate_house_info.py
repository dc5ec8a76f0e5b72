"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HouseInfo.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model
from . import estate_common


class HouseBuilding(Model, kw_only=True):
    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    building_year: str | None | UnsetType = field(name="buildingYear", default=UNSET)

    commentary_for_building_year: str | None | UnsetType = field(name="commentaryForBuildingYear", default=UNSET)

    facade: str | None | UnsetType = UNSET

    frame: str | None | UnsetType = UNSET

    windows: str | None | UnsetType = UNSET

    beam: str | None | UnsetType = UNSET

    externally_sheet_metal_work: str | None | UnsetType = field(name="externallySheetMetalWork", default=UNSET)

    foundation_wall: str | None | UnsetType = field(name="foundationWall", default=UNSET)

    roof: str | None | UnsetType = UNSET

    foundation: str | None | UnsetType = UNSET

    heating: str | None | UnsetType = UNSET

    other_about_the_buildning: str | None | UnsetType = field(name="otherAboutTheBuildning", default=UNSET)

    other_buildings: str | None | UnsetType = field(name="otherBuildings", default=UNSET)

    renovations: str | None | UnsetType = UNSET


class HouseInterior(Model, kw_only=True):
    number_off_bedroom: float | None | UnsetType = field(name="numberOffBedroom", default=UNSET)

    max_number_off_bedroom: float | None | UnsetType = field(name="maxNumberOffBedroom", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    genereal_description: str | None | UnsetType = field(name="generealDescription", default=UNSET)

    compiled_description: bool | None | UnsetType = field(name="compiledDescription", default=UNSET)

    rooms: list[estate_common.Room | None] | None | UnsetType = UNSET


class HouseBaseInformation(Model, kw_only=True):
    new_construction: bool | None | UnsetType = field(name="newConstruction", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

    building_designation: str | None | UnsetType = field(name="buildingDesignation", default=UNSET)

    key_number: str | None | UnsetType = field(name="keyNumber", default=UNSET)

    disposal_form: str | None | UnsetType = field(name="disposalForm", default=UNSET)

    tenure: str | None | UnsetType = UNSET

    increase_seek_conception: list[str] | None | UnsetType = field(name="increaseSeekConception", default=UNSET)

    object_address: estate_common.ObjectAddress | None | UnsetType = field(name="objectAddress", default=UNSET)

    area_source: str | None | UnsetType = field(name="areaSource", default=UNSET)

    area_source_comment: str | None | UnsetType = field(name="areaSourceComment", default=UNSET)

    other: str | None | UnsetType = UNSET

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    sensitive_business: bool | None | UnsetType = field(name="sensitiveBusiness", default=UNSET)

    property_type: str | None | UnsetType = field(name="propertyType", default=UNSET)
