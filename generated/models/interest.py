"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum
from . import contact_update, housing_models
from . import task as task_1


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


class Interval(Model, kw_only=True):
    min: float | None | UnsetType = UNSET

    max: float | None | UnsetType = UNSET


class LookingForAccommodation(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    area_ids: list[str] | None | UnsetType = field(name="areaIds", default=UNSET)

    countys: list[str] | None | UnsetType = UNSET

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)

    polygon: list[housing_models.Coordinate | None] | None | UnsetType = UNSET

    foreign_property: bool | None | UnsetType = field(name="foreignProperty", default=UNSET)

    house: bool | None | UnsetType = UNSET

    row_house: bool | None | UnsetType = field(name="rowHouse", default=UNSET)

    housing_cooperative: bool | None | UnsetType = field(name="housingCooperative", default=UNSET)

    cottage: bool | None | UnsetType = UNSET

    premises: bool | None | UnsetType = UNSET

    plot: bool | None | UnsetType = UNSET

    farm: bool | None | UnsetType = UNSET

    tenancy: bool | None | UnsetType = UNSET

    other_housing: bool | None | UnsetType = field(name="otherHousing", default=UNSET)

    living_space: Interval | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: Interval | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: Interval | None | UnsetType = UNSET

    plot_area: Interval | None | UnsetType = field(name="plotArea", default=UNSET)

    special_requset: str | None | UnsetType = field(name="specialRequset", default=UNSET)

    increased_requirement_i_ds: list[str] | None | UnsetType = field(name="increasedRequirementIDs", default=UNSET)

    active: bool | None | UnsetType = UNSET


class PresentAccommodation(Model, kw_only=True):
    estate_type: EstateType | None | UnsetType = field(name="estateType", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: float | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET


class InterestAndContactOnArea(Model, kw_only=True):
    update_person: contact_update.UpdatePerson = field(name="updatePerson")

    looking_for_accommodations: list[LookingForAccommodation | None] = field(name="lookingForAccommodations")

    present_accommodation: PresentAccommodation | None | UnsetType = field(name="presentAccommodation", default=UNSET)

    notify_user: bool | None | UnsetType = field(name="notifyUser", default=UNSET)


class InterestOnArea(Model, kw_only=True):
    customer_id: str = field(name="customerId")

    contact_id: str = field(name="contactId")

    note: str | None | UnsetType = UNSET

    looking_for_accommodations: list[LookingForAccommodation | None] = field(name="lookingForAccommodations")

    present_accommodation: PresentAccommodation | None | UnsetType = field(name="presentAccommodation", default=UNSET)

    task: task_1.Task | None | UnsetType = UNSET

    notify_user: bool | None | UnsetType = field(name="notifyUser", default=UNSET)


class InterestOnEstate(Model, kw_only=True):
    customer_id: str = field(name="customerId")

    estate_id: str = field(name="estateId")

    contact_id: str = field(name="contactId")

    note: str | None | UnsetType = UNSET

    interest_note: str | None | UnsetType = field(name="interestNote", default=UNSET)

    present_accommodation: PresentAccommodation | None | UnsetType = field(name="presentAccommodation", default=UNSET)

    task: task_1.Task | None | UnsetType = UNSET

    notify_user: bool | None | UnsetType = field(name="notifyUser", default=UNSET)


class InterestOnEstateAndContact(Model, kw_only=True):
    update_person: contact_update.UpdatePerson = field(name="updatePerson")

    estate_id: str = field(name="estateId")

    present_accommodation: PresentAccommodation | None | UnsetType = field(name="presentAccommodation", default=UNSET)

    interest_note: str | None | UnsetType = field(name="interestNote", default=UNSET)

    notify_user: bool | None | UnsetType = field(name="notifyUser", default=UNSET)
