"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model
from . import estate_common, housing_models


class AreaImage(Model, kw_only=True):
    image_id: str | None | UnsetType = field(name="imageId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    url: str | None | UnsetType = UNSET

    extension: str | None | UnsetType = UNSET


class Area(Model, kw_only=True):
    area_id: str | None | UnsetType = field(name="areaId", default=UNSET)

    archived: bool | None | UnsetType = UNSET

    external_id: str | None | UnsetType = field(name="externalId", default=UNSET)

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    description: str | None | UnsetType = UNSET

    show_on_internet: bool | None | UnsetType = field(name="showOnInternet", default=UNSET)

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    county: str | None | UnsetType = UNSET

    polygon: list[housing_models.Coordinate | None] | None | UnsetType = UNSET

    polygon_wgs84: list[housing_models.Coordinate | None] | None | UnsetType = field(name="polygonWGS84", default=UNSET)

    images: list[AreaImage | None] | None | UnsetType = UNSET

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)
