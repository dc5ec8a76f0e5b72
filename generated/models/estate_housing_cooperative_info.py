"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model
from . import estate_common, housing_models


class GroundIncludetToHousingCooperative(Model, kw_only=True):
    squere_metre: str | None | UnsetType = field(name="squereMetre", default=UNSET)

    description: str | None | UnsetType = UNSET


class HousingCooperativeBuilding(Model, kw_only=True):
    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    building_year: str | None | UnsetType = field(name="buildingYear", default=UNSET)

    commentary_for_building_year: str | None | UnsetType = field(name="commentaryForBuildingYear", default=UNSET)

    heating: str | None | UnsetType = UNSET

    windows: str | None | UnsetType = UNSET

    other_about_the_buildning: str | None | UnsetType = field(name="otherAboutTheBuildning", default=UNSET)

    other_buildings: str | None | UnsetType = field(name="otherBuildings", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

    renovations: str | None | UnsetType = UNSET


class ParticipationAndRepairFund(Model, kw_only=True):
    repair_fund: float | None | UnsetType = field(name="repairFund", default=UNSET)

    participation_off_annual_fee: float | None | UnsetType = field(name="participationOffAnnualFee", default=UNSET)

    participation_in_association: float | None | UnsetType = field(name="participationInAssociation", default=UNSET)

    share_comment: str | None | UnsetType = field(name="shareComment", default=UNSET)


class Association(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    organizational_form: str | None | UnsetType = field(name="organizationalForm", default=UNSET)

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    home_page: str | None | UnsetType = field(name="homePage", default=UNSET)

    genuine_association: bool | None | UnsetType = field(name="genuineAssociation", default=UNSET)

    public_contact: str | None | UnsetType = field(name="publicContact", default=UNSET)

    phone_public_contact: str | None | UnsetType = field(name="phonePublicContact", default=UNSET)

    application_entrance_resignation: str | None | UnsetType = field(
        name="applicationEntranceResignation", default=UNSET
    )

    responsible_apartment_register: str | None | UnsetType = field(name="responsibleApartmentRegister", default=UNSET)

    general_about_association: str | None | UnsetType = field(name="generalAboutAssociation", default=UNSET)

    note_about_housing_cooperative: str | None | UnsetType = field(name="noteAboutHousingCooperative", default=UNSET)

    notes: str | None | UnsetType = UNSET

    finances: str | None | UnsetType = UNSET

    the_association_own_the_ground: str | None | UnsetType = field(name="theAssociationOwnTheGround", default=UNSET)

    number_of_apartments: Int32 | None | UnsetType = field(name="numberOfApartments", default=UNSET)

    number_of_rental_units: Int32 | None | UnsetType = field(name="numberOfRentalUnits", default=UNSET)

    number_of_locals: Int32 | None | UnsetType = field(name="numberOfLocals", default=UNSET)

    renovations: str | None | UnsetType = UNSET

    parking: str | None | UnsetType = UNSET

    tv_and_broadband: str | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    transfer_fee: float | None | UnsetType = field(name="transferFee", default=UNSET)

    pledge_fee: float | None | UnsetType = field(name="pledgeFee", default=UNSET)

    allow_legal_person_as_buyer: str | None | UnsetType = field(name="allowLegalPersonAsBuyer", default=UNSET)

    allow_twin_ownership: str | None | UnsetType = field(name="allowTwinOwnership", default=UNSET)

    transfer_fee_paid_by: str | None | UnsetType = field(name="transferFeePaidBy", default=UNSET)

    courtyard: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET

    shared_spaces: str | None | UnsetType = field(name="sharedSpaces", default=UNSET)

    documents: list[estate_common.Document | None] | None | UnsetType = UNSET

    monthly_feeinfinformation: str | None | UnsetType = field(name="monthlyFeeinfinformation", default=UNSET)

    images: list[estate_common.AssociationImage | None] | None | UnsetType = UNSET

    insurance: str | None | UnsetType = UNSET

    building_year: str | None | UnsetType = field(name="buildingYear", default=UNSET)

    commentary_for_building_year: str | None | UnsetType = field(name="commentaryForBuildingYear", default=UNSET)


class HousingCooperativeBaseInformation(Model, kw_only=True):
    new_construction: bool | None | UnsetType = field(name="newConstruction", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    apartment_number: str | None | UnsetType = field(name="apartmentNumber", default=UNSET)

    apartment_number_registration: str | None | UnsetType = field(name="apartmentNumberRegistration", default=UNSET)

    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    included_in_fee: housing_models.IncludedInFee | None | UnsetType = field(name="includedInFee", default=UNSET)

    commentary: str | None | UnsetType = UNSET

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
