"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Association.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model
from . import estate_common, housing_models


class Association(Model, kw_only=True):
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
