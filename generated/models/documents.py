"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Documents.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model


class Document(Model, kw_only=True):
    data: bytes | None | UnsetType = UNSET

    url: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    supplier: str | None | UnsetType = UNSET

    template_type: str | None | UnsetType = field(name="templateType", default=UNSET)

    external_id: str | None | UnsetType = field(name="externalId", default=UNSET)

    change_date: LazyTimestamp | None | UnsetType = field(name="changeDate", default=UNSET)

    extension: str | None | UnsetType = UNSET
