"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Link.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class Category(Model, kw_only=True):
    name: str | None | UnsetType = UNSET


class Link(Model, kw_only=True):
    url: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET

    category: str | None | UnsetType = UNSET


class LinkCategories(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    categories: list[Category | None] | None | UnsetType = UNSET


class LinkData(Model, kw_only=True):
    url: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    advertise: bool | None | UnsetType = UNSET

    category: str | None | UnsetType = UNSET
