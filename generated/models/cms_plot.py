"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Plot.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum
from . import cms_common


class Status(OpenEnum):
    AssignmentAttempt = "AssignmentAttempt"
    AssignmentAccepted = "AssignmentAccepted"
    NoAssignment = "NoAssignment"


class CmsPlotBaseInformation(Model, kw_only=True):
    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

    status: Status | None | UnsetType = UNSET

    address: cms_common.CmsEstateAddress | None | UnsetType = UNSET
