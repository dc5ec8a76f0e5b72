"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model


class DailyEstateHit(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    date: LazyTimestamp | None | UnsetType = UNSET

    count: Int32 | None | UnsetType = UNSET


class HourlyEstateHit(Model, kw_only=True):
    hour: Int32 | None | UnsetType = UNSET

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    date: LazyTimestamp | None | UnsetType = UNSET

    count: Int32 | None | UnsetType = UNSET
