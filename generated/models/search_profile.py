"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum
from . import estate_foreign_property_info, housing_models


class EstateType(OpenEnum):
    House = "House"
    HousingCooperative = "HousingCooperative"
    Cottage = "Cottage"
    Plot = "Plot"
    Farm = "Farm"


class ForeignSearchProfileCreate(Model, kw_only=True):
    area_ids: list[str] | None | UnsetType = field(name="areaIds", default=UNSET)

    apartment: bool | None | UnsetType = UNSET

    house: bool | None | UnsetType = UNSET

    terrace_house: bool | None | UnsetType = field(name="terraceHouse", default=UNSET)

    plot: bool | None | UnsetType = UNSET

    living_space: housing_models.RangeOfshort | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: housing_models.RangeOfdouble | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: housing_models.RangeOfint | None | UnsetType = UNSET

    exchange_rate: float | None | UnsetType = field(name="exchangeRate", default=UNSET)

    currency: str | None | UnsetType = UNSET

    special_request: str | None | UnsetType = field(name="specialRequest", default=UNSET)

    drawn_areas: list[housing_models.Polygon | None] | None | UnsetType = field(name="drawnAreas", default=UNSET)

    increased_requirement_ids: list[str] | None | UnsetType = field(name="increasedRequirementIds", default=UNSET)

    distance: estate_foreign_property_info.Distance | None | UnsetType = UNSET

    swimming_pool: bool | None | UnsetType = field(name="swimmingPool", default=UNSET)

    balcony: bool | None | UnsetType = UNSET

    terrace: bool | None | UnsetType = UNSET


class SearchProfileArea(Model, kw_only=True):
    county: str | None | UnsetType = UNSET

    municipality: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    county_municipality_code: str | None | UnsetType = field(name="countyMunicipalityCode", default=UNSET)

    polygons: list[housing_models.Polygon | None] | None | UnsetType = UNSET


class SearchProfileCreate(Model, kw_only=True):
    estate_type: EstateType | None | UnsetType = field(name="estateType", default=UNSET)

    area_ids: list[str] | None | UnsetType = field(name="areaIds", default=UNSET)

    municip_ids: list[str] | None | UnsetType = field(name="municipIds", default=UNSET)

    living_space: housing_models.RangeOfshort | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: housing_models.RangeOfdouble | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: housing_models.RangeOfint | None | UnsetType = UNSET

    special_request: str | None | UnsetType = field(name="specialRequest", default=UNSET)

    drawn_areas: list[housing_models.Polygon | None] | None | UnsetType = field(name="drawnAreas", default=UNSET)

    increased_requirement_ids: list[str] | None | UnsetType = field(name="increasedRequirementIds", default=UNSET)

    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    plot_area: housing_models.RangeOfint | None | UnsetType = field(name="plotArea", default=UNSET)

    bedrooms: float | None | UnsetType = UNSET


class SearchProfileMunicip(Model, kw_only=True):
    county: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    county_municipality_code: str | None | UnsetType = field(name="countyMunicipalityCode", default=UNSET)


class SearchProfileUpdate(Model, kw_only=True):
    area_ids: list[str] | None | UnsetType = field(name="areaIds", default=UNSET)

    municip_ids: list[str] | None | UnsetType = field(name="municipIds", default=UNSET)

    living_space: housing_models.RangeOfshort | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: housing_models.RangeOfdouble | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: housing_models.RangeOfint | None | UnsetType = UNSET

    special_request: str | None | UnsetType = field(name="specialRequest", default=UNSET)

    drawn_areas: list[housing_models.Polygon | None] | None | UnsetType = field(name="drawnAreas", default=UNSET)

    increased_requirement_ids: list[str] | None | UnsetType = field(name="increasedRequirementIds", default=UNSET)

    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    plot_area: housing_models.RangeOfint | None | UnsetType = field(name="plotArea", default=UNSET)

    bedrooms: float | None | UnsetType = UNSET


class SearchProfile(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    house: bool | None | UnsetType = UNSET

    housing_cooperative: bool | None | UnsetType = field(name="housingCooperative", default=UNSET)

    cottage: bool | None | UnsetType = UNSET

    plot: bool | None | UnsetType = UNSET

    rowhouse: bool | None | UnsetType = UNSET

    farm: bool | None | UnsetType = UNSET

    foreign: bool | None | UnsetType = UNSET

    areas: list[SearchProfileArea | None] | None | UnsetType = UNSET

    municips: list[SearchProfileMunicip | None] | None | UnsetType = UNSET

    living_space: housing_models.RangeOfshort | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: housing_models.RangeOfdouble | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: housing_models.RangeOfint | None | UnsetType = UNSET

    special_request: str | None | UnsetType = field(name="specialRequest", default=UNSET)

    drawn_areas: list[housing_models.Polygon | None] | None | UnsetType = field(name="drawnAreas", default=UNSET)

    increased_requirement_ids: list[str] | None | UnsetType = field(name="increasedRequirementIds", default=UNSET)

    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    plot_area: housing_models.RangeOfint | None | UnsetType = field(name="plotArea", default=UNSET)

    bedrooms: float | None | UnsetType = UNSET
