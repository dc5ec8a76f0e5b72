"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .arrays import ArrayOfstring
from .estate_common import (
    ArrayOfAssociationImage,
    ArrayOfDocument,
    ObjectAddress,
)
from .housing_models import (
    Email,
    IncludedInFee,
)

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo"


@dataclass(kw_only=True)
class GroundIncludetToHousingCooperative:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo"
        )

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    squere_metre: None | str = field(
        default=None,
        metadata={
            "name": "SquereMetre",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HousingCooperativeBuilding:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo"
        )

    building_type: None | str = field(
        default=None,
        metadata={
            "name": "BuildingType",
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
    commentary_for_building_year: None | str = field(
        default=None,
        metadata={
            "name": "CommentaryForBuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    heating: None | str = field(
        default=None,
        metadata={
            "name": "Heating",
            "type": "Element",
            "nillable": True,
        },
    )
    other_about_the_buildning: None | str = field(
        default=None,
        metadata={
            "name": "OtherAboutTheBuildning",
            "type": "Element",
            "nillable": True,
        },
    )
    other_buildings: None | str = field(
        default=None,
        metadata={
            "name": "OtherBuildings",
            "type": "Element",
            "nillable": True,
        },
    )
    property_unit_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyUnitDesignation",
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
    windows: None | str = field(
        default=None,
        metadata={
            "name": "Windows",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ParticipationAndRepairFund:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo"
        )

    participation_in_association: None | float = field(
        default=None,
        metadata={
            "name": "ParticipationInAssociation",
            "type": "Element",
            "nillable": True,
        },
    )
    participation_off_annual_fee: None | float = field(
        default=None,
        metadata={
            "name": "ParticipationOffAnnualFee",
            "type": "Element",
            "nillable": True,
        },
    )
    repair_fund: None | float = field(
        default=None,
        metadata={
            "name": "RepairFund",
            "type": "Element",
            "nillable": True,
        },
    )
    share_comment: None | str = field(
        default=None,
        metadata={
            "name": "ShareComment",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Association:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo"
        )

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
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
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
    note_about_housing_cooperative: None | str = field(
        default=None,
        metadata={
            "name": "NoteAboutHousingCooperative",
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


@dataclass(kw_only=True)
class HousingCooperativeBaseInformation:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo"
        )

    apartment_number: None | str = field(
        default=None,
        metadata={
            "name": "ApartmentNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    apartment_number_registration: None | str = field(
        default=None,
        metadata={
            "name": "ApartmentNumberRegistration",
            "type": "Element",
            "nillable": True,
        },
    )
    area_source: None | str = field(
        default=None,
        metadata={
            "name": "AreaSource",
            "type": "Element",
            "nillable": True,
        },
    )
    area_source_comment: None | str = field(
        default=None,
        metadata={
            "name": "AreaSourceComment",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
            "type": "Element",
            "nillable": True,
        },
    )
    disposal_form: None | str = field(
        default=None,
        metadata={
            "name": "DisposalForm",
            "type": "Element",
            "nillable": True,
        },
    )
    included_in_fee: None | IncludedInFee = field(
        default=None,
        metadata={
            "name": "IncludedInFee",
            "type": "Element",
            "nillable": True,
        },
    )
    increase_seek_conception: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreaseSeekConception",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    monthly_fee: None | float = field(
        default=None,
        metadata={
            "name": "MonthlyFee",
            "type": "Element",
            "nillable": True,
        },
    )
    new_construction: None | bool = field(
        default=None,
        metadata={
            "name": "NewConstruction",
            "type": "Element",
            "nillable": True,
        },
    )
    object_address: None | ObjectAddress = field(
        default=None,
        metadata={
            "name": "ObjectAddress",
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
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_type: None | str = field(
        default=None,
        metadata={
            "name": "PropertyType",
            "type": "Element",
            "nillable": True,
        },
    )
    sensitive_business: None | bool = field(
        default=None,
        metadata={
            "name": "SensitiveBusiness",
            "type": "Element",
            "nillable": True,
        },
    )
    tenure: None | str = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )
