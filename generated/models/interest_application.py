"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.InterestApplication.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum
from . import housing_models


class ContactAddress(Model, kw_only=True):
    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET


class EstateType(OpenEnum):
    House = "House"
    RowHouse = "RowHouse"
    HousingCooperative = "HousingCooperative"
    Cottage = "Cottage"
    Plot = "Plot"
    AgricultureProperty = "AgricultureProperty"
    Tenancy = "Tenancy"
    OtherHousing = "OtherHousing"
    CommercialProperty = "CommercialProperty"
    Condominium = "Condominium"


class ContactPresentAccommodation(Model, kw_only=True):
    estate_type: EstateType | None | UnsetType = field(name="estateType", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: float | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET
