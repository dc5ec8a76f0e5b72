"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.File.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model


class File(Model, kw_only=True):
    data: bytes | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    advertise: bool | None | UnsetType = UNSET


class FileInfo(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    extension: str | None | UnsetType = UNSET

    date_changed_data: LazyTimestamp | None | UnsetType = field(name="dateChangedData", default=UNSET)

    public: bool | None | UnsetType = UNSET
