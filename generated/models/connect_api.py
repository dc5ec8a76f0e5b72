"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Connect.Api.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._types import Model


class CdnImageReference(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    url: str | None | UnsetType = UNSET
