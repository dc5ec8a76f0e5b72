"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Media.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model


class File(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    extension: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET

    data_changed_at: LazyTimestamp | None | UnsetType = field(name="dataChangedAt", default=UNSET)
