"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model
from . import estate_common, housing_models


class AreaData(Model, kw_only=True):
    area_source: str | None | UnsetType = field(name="areaSource", default=UNSET)

    forest: float | None | UnsetType = UNSET

    waste_land: float | None | UnsetType = field(name="wasteLand", default=UNSET)

    arabel: float | None | UnsetType = UNSET

    infield: float | None | UnsetType = UNSET

    pasture: float | None | UnsetType = UNSET

    water: float | None | UnsetType = UNSET

    other: float | None | UnsetType = UNSET

    total_area: float | None | UnsetType = field(name="totalArea", default=UNSET)


class AssessValue(Model, kw_only=True):
    evaluation_unit: str | None | UnsetType = field(name="evaluationUnit", default=UNSET)

    value: float | None | UnsetType = UNSET

    value_year: str | None | UnsetType = field(name="valueYear", default=UNSET)


class Assessment(Model, kw_only=True):
    assess_values: list[AssessValue | None] | None | UnsetType = field(name="assessValues", default=UNSET)

    type_code: str | None | UnsetType = field(name="typeCode", default=UNSET)

    preliminary_value: bool | None | UnsetType = field(name="preliminaryValue", default=UNSET)

    tax_year: Int32 | None | UnsetType = field(name="taxYear", default=UNSET)

    comment: str | None | UnsetType = UNSET

    tax_fee: float | None | UnsetType = field(name="taxFee", default=UNSET)


class EconomyBuilding(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET


class FarmBuilding(Model, kw_only=True):
    foundation_wall: str | None | UnsetType = field(name="foundationWall", default=UNSET)

    foundation: str | None | UnsetType = UNSET

    frame: str | None | UnsetType = UNSET

    beam: str | None | UnsetType = UNSET

    facade: str | None | UnsetType = UNSET

    roof: str | None | UnsetType = UNSET

    externally_metal_work: str | None | UnsetType = field(name="externallyMetalWork", default=UNSET)

    windows: str | None | UnsetType = UNSET

    heating: str | None | UnsetType = UNSET

    water_and_drain: str | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    others: str | None | UnsetType = UNSET


class FarmInsurance(Model, kw_only=True):
    company: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET


class FarmOperation(Model, kw_only=True):
    commentary: str | None | UnsetType = UNSET

    sum: float | None | UnsetType = UNSET


class OtherData(Model, kw_only=True):
    heading: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET

    sort_order: str | None | UnsetType = field(name="sortOrder", default=UNSET)


class OtherResidentialBuilding(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    year_built: str | None | UnsetType = field(name="yearBuilt", default=UNSET)

    renovations: str | None | UnsetType = UNSET

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    building_space: float | None | UnsetType = field(name="buildingSpace", default=UNSET)

    commentary_on_area_information: str | None | UnsetType = field(name="commentaryOnAreaInformation", default=UNSET)

    operation: estate_common.Operation | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    room_description: str | None | UnsetType = field(name="roomDescription", default=UNSET)

    tv_and_broadband: estate_common.TVAndBroadband | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    building: str | None | UnsetType = UNSET

    heating: str | None | UnsetType = UNSET

    water_and_drain: str | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    ventilation: estate_common.Ventilation | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET

    plot: str | None | UnsetType = UNSET

    patio: str | None | UnsetType = UNSET

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    parking_space: str | None | UnsetType = field(name="parkingSpace", default=UNSET)

    side_buildings: str | None | UnsetType = field(name="sideBuildings", default=UNSET)

    general_description: str | None | UnsetType = field(name="generalDescription", default=UNSET)

    rooms: list[estate_common.Room | None] | None | UnsetType = UNSET


class PropertyTypeAndAreas(Model, kw_only=True):
    property_type: str | None | UnsetType = field(name="propertyType", default=UNSET)

    alignment: str | None | UnsetType = UNSET

    number_ofpartition: Int32 | None | UnsetType = field(name="numberOfpartition", default=UNSET)

    area: float | None | UnsetType = UNSET

    jointly_taxed_properties: str | None | UnsetType = field(name="jointlyTaxedProperties", default=UNSET)

    area_data: list[AreaData | None] | None | UnsetType = field(name="areaData", default=UNSET)

    show_area_data_on_internet: str | None | UnsetType = field(name="showAreaDataOnInternet", default=UNSET)


class FarmBaseInformation(Model, kw_only=True):
    disposal_form: str | None | UnsetType = field(name="disposalForm", default=UNSET)

    increase_seek_conception: list[str] | None | UnsetType = field(name="increaseSeekConception", default=UNSET)

    object_address: estate_common.ObjectAddress | None | UnsetType = field(name="objectAddress", default=UNSET)

    other: str | None | UnsetType = UNSET

    sensitive_business: bool | None | UnsetType = field(name="sensitiveBusiness", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)


class MainResidentialBuilding(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    year_built: str | None | UnsetType = field(name="yearBuilt", default=UNSET)

    renovations: str | None | UnsetType = UNSET

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    number_of_bed_rooms: housing_models.RangeOfint | None | UnsetType = field(name="numberOfBedRooms", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    building_space: float | None | UnsetType = field(name="buildingSpace", default=UNSET)

    commentary_on_area_information: str | None | UnsetType = field(name="commentaryOnAreaInformation", default=UNSET)

    operation: estate_common.Operation | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    rooms: list[estate_common.Room | None] | None | UnsetType = UNSET

    tv_and_broadband: estate_common.TVAndBroadband | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    building: FarmBuilding | None | UnsetType = UNSET

    ventilation: estate_common.Ventilation | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET

    plot: str | None | UnsetType = UNSET

    patio: str | None | UnsetType = UNSET

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    parking_space: str | None | UnsetType = field(name="parkingSpace", default=UNSET)

    side_buildings: str | None | UnsetType = field(name="sideBuildings", default=UNSET)

    general_desciption: str | None | UnsetType = field(name="generalDesciption", default=UNSET)
