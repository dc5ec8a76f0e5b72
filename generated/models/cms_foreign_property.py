"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import estate, housing_models


class DisposalForm(OpenEnum):
    Freehold = "Freehold"
    TenantOwnership = "TenantOwnership"


class EnergyClass(OpenEnum):
    None_ = "None"
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    G = "G"


class EnergyDeclarationStatus(OpenEnum):
    NotSelected = "NotSelected"
    NotDone = "NotDone"
    Done = "Done"
    NotNecessary = "NotNecessary"
    ordered = "ordered"


class EstateType(OpenEnum):
    House = "House"
    RowHouse = "RowHouse"
    HousingCooperative = "HousingCooperative"
    Plot = "Plot"
    Other = "Other"


class ForeignPropertyDescription(Model, kw_only=True):
    sell_phrase: str | None | UnsetType = field(name="sellPhrase", default=UNSET)

    selling_heading: str | None | UnsetType = field(name="sellingHeading", default=UNSET)

    short_selling_description: str | None | UnsetType = field(name="shortSellingDescription", default=UNSET)

    long_selling_description: str | None | UnsetType = field(name="longSellingDescription", default=UNSET)

    interior_description: str | None | UnsetType = field(name="interiorDescription", default=UNSET)

    language: str | None | UnsetType = UNSET


class Status(OpenEnum):
    ForSale = "ForSale"
    AssignmentAttempt = "AssignmentAttempt"
    AssignmentAccepted = "AssignmentAccepted"
    NoAssignment = "NoAssignment"
    Withdrawn = "Withdrawn"
    Sold = "Sold"
    SoldReference = "SoldReference"


class CmsForeignPropertyAddress(Model, kw_only=True):
    province: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    town: str | None | UnsetType = UNSET

    area_id: str | None | UnsetType = field(name="areaId", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)


class CmsForeignPropertyBaseInformation(Model, kw_only=True):
    new_construction: bool | None | UnsetType = field(name="newConstruction", default=UNSET)

    disposal_form: DisposalForm | None | UnsetType = field(name="disposalForm", default=UNSET)

    possible_access_date: str | None | UnsetType = field(name="possibleAccessDate", default=UNSET)

    status: Status | None | UnsetType = UNSET

    estate_type: EstateType | None | UnsetType = field(name="estateType", default=UNSET)

    address: CmsForeignPropertyAddress | None | UnsetType = UNSET

    reference_id: str | None | UnsetType = field(name="referenceId", default=UNSET)


class CmsForeignPropertyInterior(Model, kw_only=True):
    livingarea: float | None | UnsetType = UNSET

    building_area: float | None | UnsetType = field(name="buildingArea", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    number_of_bedrooms: estate.Interval | None | UnsetType = field(name="numberOfBedrooms", default=UNSET)

    number_of_bathrooms: Int32 | None | UnsetType = field(name="numberOfBathrooms", default=UNSET)


class EnergyDeclaration(Model, kw_only=True):
    status: EnergyDeclarationStatus | None | UnsetType = UNSET

    energy_declaration_date: LazyTimestamp | None | UnsetType = field(name="energyDeclarationDate", default=UNSET)

    energy_consumption: float | None | UnsetType = field(name="energyConsumption", default=UNSET)

    energy_class: EnergyClass | None | UnsetType = field(name="energyClass", default=UNSET)
