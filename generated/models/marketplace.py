"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model


class CrmEstateAdvertising(Model, kw_only=True):
    marketplace_ids: list[Int32] | None | UnsetType = field(name="marketplaceIds", default=UNSET)


class CrmEstateMarketplace(Model, kw_only=True):
    id: Int32 | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET
