"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model, OpenEnum
from . import cms_common


class Room(Model, kw_only=True):
    heading: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class Status(OpenEnum):
    AssignmentAttempt = "AssignmentAttempt"
    AssignmentAccepted = "AssignmentAccepted"
    NoAssignment = "NoAssignment"


class CmsCottageBaseInformation(Model, kw_only=True):
    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

    status: Status | None | UnsetType = UNSET

    address: cms_common.CmsEstateAddress | None | UnsetType = UNSET


class CmsCottageInterior(Model, kw_only=True):
    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    number_of_bedrooms: Int32 | None | UnsetType = field(name="numberOfBedrooms", default=UNSET)

    max_number_of_bedrooms: Int32 | None | UnsetType = field(name="maxNumberOfBedrooms", default=UNSET)

    description: str | None | UnsetType = UNSET

    rooms: list[Room | None] | None | UnsetType = UNSET
