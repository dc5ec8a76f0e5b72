"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .estate import Interval
from .housing_models import Coordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"


class DisposalForm(OpenEnum):
    FREEHOLD = "Freehold"
    TENANT_OWNERSHIP = "TenantOwnership"


class EnergyClass(OpenEnum):
    NONE = "None"
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    G = "G"


class EnergyDeclarationStatus(OpenEnum):
    NOT_SELECTED = "NotSelected"
    NOT_DONE = "NotDone"
    DONE = "Done"
    NOT_NECESSARY = "NotNecessary"
    ORDERED = "ordered"


class EstateType(OpenEnum):
    HOUSE = "House"
    ROW_HOUSE = "RowHouse"
    HOUSING_COOPERATIVE = "HousingCooperative"
    PLOT = "Plot"
    OTHER = "Other"


@dataclass(kw_only=True)
class ForeignPropertyDescription:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"

    interior_description: None | str = field(
        default=None,
        metadata={
            "name": "InteriorDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    language: None | str = field(
        default=None,
        metadata={
            "name": "Language",
            "type": "Element",
            "nillable": True,
        },
    )
    long_selling_description: None | str = field(
        default=None,
        metadata={
            "name": "LongSellingDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    sell_phrase: None | str = field(
        default=None,
        metadata={
            "name": "SellPhrase",
            "type": "Element",
            "nillable": True,
        },
    )
    selling_heading: None | str = field(
        default=None,
        metadata={
            "name": "SellingHeading",
            "type": "Element",
            "nillable": True,
        },
    )
    short_selling_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSellingDescription",
            "type": "Element",
            "nillable": True,
        },
    )


class Status(OpenEnum):
    FOR_SALE = "ForSale"
    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"
    ASSIGNMENT_ACCEPTED = "AssignmentAccepted"
    NO_ASSIGNMENT = "NoAssignment"
    WITHDRAWN = "Withdrawn"
    SOLD = "Sold"
    SOLD_REFERENCE = "SoldReference"


@dataclass(kw_only=True)
class ArrayOfForeignPropertyDescription:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"

    foreign_property_description: list[ForeignPropertyDescription] = field(
        default_factory=list,
        metadata={
            "name": "ForeignPropertyDescription",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsForeignPropertyAddress:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"

    area_id: None | str = field(
        default=None,
        metadata={
            "name": "AreaId",
            "type": "Element",
            "nillable": True,
        },
    )
    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "max_length": 25,
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    country_code: None | str = field(
        default=None,
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "max_length": 2,
            "nillable": True,
        },
    )
    province: None | str = field(
        default=None,
        metadata={
            "name": "Province",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "max_length": 68,
            "nillable": True,
        },
    )
    town: None | str = field(
        default=None,
        metadata={
            "name": "Town",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsForeignPropertyInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"

    building_area: None | float = field(
        default=None,
        metadata={
            "name": "BuildingArea",
            "type": "Element",
            "nillable": True,
        },
    )
    livingarea: None | float = field(
        default=None,
        metadata={
            "name": "Livingarea",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bathrooms: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfBathrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bedrooms: None | Interval = field(
        default=None,
        metadata={
            "name": "NumberOfBedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EnergyDeclaration:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"

    energy_class: None | EnergyClass = field(
        default=None,
        metadata={
            "name": "EnergyClass",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_consumption: None | float = field(
        default=None,
        metadata={
            "name": "EnergyConsumption",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_declaration_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EnergyDeclarationDate",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | EnergyDeclarationStatus = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsForeignPropertyBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"

    address: None | CmsForeignPropertyAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    disposal_form: None | DisposalForm = field(
        default=None,
        metadata={
            "name": "DisposalForm",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | EstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
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
    possible_access_date: None | str = field(
        default=None,
        metadata={
            "name": "PossibleAccessDate",
            "type": "Element",
            "nillable": True,
        },
    )
    reference_id: None | str = field(
        default=None,
        metadata={
            "name": "ReferenceId",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
