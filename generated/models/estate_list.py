"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model
from . import estate_common, housing_models, image


class ViewingBasic(Model, kw_only=True):
    start_time: LazyTimestamp | None | UnsetType = field(name="startTime", default=UNSET)

    end_time: LazyTimestamp | None | UnsetType = field(name="endTime", default=UNSET)


class CommercialPropertyBasic(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class CondominiumBasic(Model, kw_only=True):
    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    rooms: float | None | UnsetType = UNSET

    price: float | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class FarmBasic(Model, kw_only=True):
    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    rooms: float | None | UnsetType = UNSET

    price: float | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class ForeignPropertyBasic(Model, kw_only=True):
    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    rooms: float | None | UnsetType = UNSET

    price: float | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class HouseBasic(Model, kw_only=True):
    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    rooms: float | None | UnsetType = UNSET

    price: float | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class HousingCooperativesBasic(Model, kw_only=True):
    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    rooms: float | None | UnsetType = UNSET

    price: float | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class PlotBasic(Model, kw_only=True):
    plot_size: float | None | UnsetType = field(name="plotSize", default=UNSET)

    price: float | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class PremisesBasic(Model, kw_only=True):
    rent: float | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class ProjectBasic(Model, kw_only=True):
    project_name: str | None | UnsetType = field(name="projectName", default=UNSET)

    price_range: housing_models.Range | None | UnsetType = field(name="priceRange", default=UNSET)

    living_space_range: housing_models.Range | None | UnsetType = field(name="livingSpaceRange", default=UNSET)

    number_of_rooms_range: housing_models.Range | None | UnsetType = field(name="numberOfRoomsRange", default=UNSET)

    viewings: list[ViewingBasic | None] | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: estate_common.Status | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    viewings_list: list[ViewingBasic | None] | None | UnsetType = field(name="viewingsList", default=UNSET)

    bidding: bool | None | UnsetType = UNSET

    object_number: str | None | UnsetType = field(name="objectNumber", default=UNSET)

    main_image: image.Image | None | UnsetType = field(name="mainImage", default=UNSET)


class EstateList(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    houses: list[HouseBasic | None] | None | UnsetType = UNSET

    cottages: list[HouseBasic | None] | None | UnsetType = UNSET

    housing_cooperativeses: list[HousingCooperativesBasic | None] | None | UnsetType = field(
        name="housingCooperativeses", default=UNSET
    )

    plots: list[PlotBasic | None] | None | UnsetType = UNSET

    projects: list[ProjectBasic | None] | None | UnsetType = UNSET

    farms: list[FarmBasic | None] | None | UnsetType = UNSET

    commercial_propertys: list[CommercialPropertyBasic | None] | None | UnsetType = field(
        name="commercialPropertys", default=UNSET
    )

    condominiums: list[CondominiumBasic | None] | None | UnsetType = UNSET

    foreign_properties: list[ForeignPropertyBasic | None] | None | UnsetType = field(
        name="foreignProperties", default=UNSET
    )

    premises: list[PremisesBasic | None] | None | UnsetType = UNSET
