"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Association.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .estate_common import (
    ArrayOfAssociationImage,
    ArrayOfDocument,
)
from .housing_models import Email

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Association"


@dataclass(kw_only=True)
class Association:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Association"

    allow_legal_person_as_buyer: None | str = field(
        default=None,
        metadata={
            "name": "AllowLegalPersonAsBuyer",
            "type": "Element",
            "nillable": True,
        },
    )
    allow_twin_ownership: None | str = field(
        default=None,
        metadata={
            "name": "AllowTwinOwnership",
            "type": "Element",
            "nillable": True,
        },
    )
    application_entrance_resignation: None | str = field(
        default=None,
        metadata={
            "name": "ApplicationEntranceResignation",
            "type": "Element",
            "nillable": True,
        },
    )
    building_year: None | str = field(
        default=None,
        metadata={
            "name": "BuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary_for_building_year: None | str = field(
        default=None,
        metadata={
            "name": "CommentaryForBuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    courtyard: None | str = field(
        default=None,
        metadata={
            "name": "Courtyard",
            "type": "Element",
            "nillable": True,
        },
    )
    documents: None | ArrayOfDocument = field(
        default=None,
        metadata={
            "name": "Documents",
            "type": "Element",
            "nillable": True,
        },
    )
    email: None | Email = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    finances: None | str = field(
        default=None,
        metadata={
            "name": "Finances",
            "type": "Element",
            "nillable": True,
        },
    )
    general_about_association: None | str = field(
        default=None,
        metadata={
            "name": "GeneralAboutAssociation",
            "type": "Element",
            "nillable": True,
        },
    )
    genuine_association: None | bool = field(
        default=None,
        metadata={
            "name": "GenuineAssociation",
            "type": "Element",
            "nillable": True,
        },
    )
    home_page: None | str = field(
        default=None,
        metadata={
            "name": "HomePage",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfAssociationImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | str = field(
        default=None,
        metadata={
            "name": "Insurance",
            "type": "Element",
            "nillable": True,
        },
    )
    monthly_feeinfinformation: None | str = field(
        default=None,
        metadata={
            "name": "MonthlyFeeinfinformation",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    notes: None | str = field(
        default=None,
        metadata={
            "name": "Notes",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_apartments: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfApartments",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_locals: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfLocals",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rental_units: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfRentalUnits",
            "type": "Element",
            "nillable": True,
        },
    )
    organizational_form: None | str = field(
        default=None,
        metadata={
            "name": "OrganizationalForm",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    parking: None | str = field(
        default=None,
        metadata={
            "name": "Parking",
            "type": "Element",
            "nillable": True,
        },
    )
    phone_public_contact: None | str = field(
        default=None,
        metadata={
            "name": "PhonePublicContact",
            "type": "Element",
            "nillable": True,
        },
    )
    pledge_fee: None | float = field(
        default=None,
        metadata={
            "name": "PledgeFee",
            "type": "Element",
            "nillable": True,
        },
    )
    public_contact: None | str = field(
        default=None,
        metadata={
            "name": "PublicContact",
            "type": "Element",
            "nillable": True,
        },
    )
    renovations: None | str = field(
        default=None,
        metadata={
            "name": "Renovations",
            "type": "Element",
            "nillable": True,
        },
    )
    responsible_apartment_register: None | str = field(
        default=None,
        metadata={
            "name": "ResponsibleApartmentRegister",
            "type": "Element",
            "nillable": True,
        },
    )
    shared_spaces: None | str = field(
        default=None,
        metadata={
            "name": "SharedSpaces",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    the_association_own_the_ground: None | str = field(
        default=None,
        metadata={
            "name": "TheAssociationOwnTheGround",
            "type": "Element",
            "nillable": True,
        },
    )
    transfer_fee: None | float = field(
        default=None,
        metadata={
            "name": "TransferFee",
            "type": "Element",
            "nillable": True,
        },
    )
    transfer_fee_paid_by: None | str = field(
        default=None,
        metadata={
            "name": "TransferFeePaidBy",
            "type": "Element",
            "nillable": True,
        },
    )
    tv_and_broadband: None | str = field(
        default=None,
        metadata={
            "name": "TvAndBroadband",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )
