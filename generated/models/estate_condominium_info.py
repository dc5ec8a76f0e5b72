"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model
from . import estate_common


class CarSpaceOtherBuildings(Model, kw_only=True):
    car_space: str | None | UnsetType = field(name="carSpace", default=UNSET)

    other_buildings: str | None | UnsetType = field(name="otherBuildings", default=UNSET)


class Community(Model, kw_only=True):
    share_in: str | None | UnsetType = field(name="shareIn", default=UNSET)

    description: str | None | UnsetType = UNSET

    space: str | None | UnsetType = UNSET


class CondominiumAssess(Model, kw_only=True):
    preliminary_assessed_value: bool | None | UnsetType = field(name="preliminaryAssessedValue", default=UNSET)

    type_code: str | None | UnsetType = field(name="typeCode", default=UNSET)

    building_value: float | None | UnsetType = field(name="buildingValue", default=UNSET)

    land_value: float | None | UnsetType = field(name="landValue", default=UNSET)

    value_year: Int32 | None | UnsetType = field(name="valueYear", default=UNSET)

    total_assessed_value: float | None | UnsetType = field(name="totalAssessedValue", default=UNSET)


class CondominiumBalconyPatio(Model, kw_only=True):
    description: str | None | UnsetType = UNSET

    parking: str | None | UnsetType = UNSET

    balcony: bool | None | UnsetType = UNSET

    patio: bool | None | UnsetType = UNSET

    parking_lot: bool | None | UnsetType = field(name="parkingLot", default=UNSET)


class CondominiumBuilding(Model, kw_only=True):
    building_year: str | None | UnsetType = field(name="buildingYear", default=UNSET)

    building_year_comment: str | None | UnsetType = field(name="buildingYearComment", default=UNSET)

    window: str | None | UnsetType = UNSET

    heating: str | None | UnsetType = UNSET

    other_about_the_buildning: str | None | UnsetType = field(name="otherAboutTheBuildning", default=UNSET)

    renovations: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class CondominiumInterior(Model, kw_only=True):
    kitchen_type: str | None | UnsetType = field(name="kitchenType", default=UNSET)

    number_of_bedrooms: float | None | UnsetType = field(name="numberOfBedrooms", default=UNSET)

    max_number_of_bedrooms: float | None | UnsetType = field(name="maxNumberOfBedrooms", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    genereal_description: str | None | UnsetType = field(name="generealDescription", default=UNSET)

    compiled_description: bool | None | UnsetType = field(name="compiledDescription", default=UNSET)

    rooms: list[estate_common.Room | None] | None | UnsetType = UNSET


class CondominiumOperation(Model, kw_only=True):
    annual_fee_community: Int32 | None | UnsetType = field(name="annualFeeCommunity", default=UNSET)

    annual_fee_community_included: str | None | UnsetType = field(name="annualFeeCommunityIncluded", default=UNSET)

    comment_annual_fee: str | None | UnsetType = field(name="commentAnnualFee", default=UNSET)

    heating: float | None | UnsetType = UNSET

    electricity: float | None | UnsetType = UNSET

    water_and_drain: float | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    chimney_sweeping: float | None | UnsetType = field(name="chimneySweeping", default=UNSET)

    sanitation: float | None | UnsetType = UNSET

    insurance: float | None | UnsetType = UNSET

    other: float | None | UnsetType = UNSET

    sum: float | None | UnsetType = UNSET

    persons_in_the_household: Int32 | None | UnsetType = field(name="personsInTheHousehold", default=UNSET)

    commentary: str | None | UnsetType = UNSET

    road_charge: float | None | UnsetType = field(name="roadCharge", default=UNSET)

    maintenance: float | None | UnsetType = UNSET


class OtherAreas(Model, kw_only=True):
    compilation: str | None | UnsetType = UNSET

    courtyard: str | None | UnsetType = UNSET

    cleaning: str | None | UnsetType = UNSET


class CondominiumBaseInformation(Model, kw_only=True):
    new_construction: bool | None | UnsetType = field(name="newConstruction", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

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
