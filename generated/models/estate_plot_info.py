"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.PlotInfo.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model
from . import estate_common


class PlotBaseInformation(Model, kw_only=True):
    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

    building_designation: str | None | UnsetType = field(name="buildingDesignation", default=UNSET)

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
