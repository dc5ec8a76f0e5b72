"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum
from .cms_common import CmsEstateAddress

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage"


@dataclass(kw_only=True)
class Room:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage"

    heading: None | str = field(
        default=None,
        metadata={
            "name": "Heading",
            "type": "Element",
            "nillable": True,
        },
    )
    text: None | str = field(
        default=None,
        metadata={
            "name": "Text",
            "type": "Element",
            "nillable": True,
        },
    )


class Status(OpenEnum):
    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"
    ASSIGNMENT_ACCEPTED = "AssignmentAccepted"
    NO_ASSIGNMENT = "NoAssignment"


@dataclass(kw_only=True)
class ArrayOfRoom:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage"

    room: list[Room] = field(
        default_factory=list,
        metadata={
            "name": "Room",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsCottageBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage"

    address: None | CmsEstateAddress = field(
        default=None,
        metadata={
            "name": "Address",
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
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
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
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsCottageInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    max_number_of_bedrooms: None | int = field(
        default=None,
        metadata={
            "name": "MaxNumberOfBedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bedrooms: None | int = field(
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
    rooms: None | ArrayOfRoom = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )
