"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model


class CommissionAdjustment(Model, kw_only=True):
    description: str | None | UnsetType = UNSET

    amount: Int32 | None | UnsetType = UNSET

    vat_included: bool | None | UnsetType = field(name="vatIncluded", default=UNSET)


class Invoice(Model, kw_only=True):
    number: str | None | UnsetType = UNSET
