"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Seller.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class Bank(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    clearing_number: str | None | UnsetType = field(name="clearingNumber", default=UNSET)

    account_number: str | None | UnsetType = field(name="accountNumber", default=UNSET)


class SellerEconomy(Model, kw_only=True):
    bank: Bank | None | UnsetType = UNSET
