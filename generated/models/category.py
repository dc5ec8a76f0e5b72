"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class Category(Model, kw_only=True):
    """Kategori. (Category.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    read_only: bool | None | UnsetType = field(name="readOnly", default=UNSET)
    """Skrivskyddad. (Read only.)"""


class Categories(Model, kw_only=True):
    company_categories: list[Category | None] | None | UnsetType = field(name="companyCategories", default=UNSET)

    person_categories: list[Category | None] | None | UnsetType = field(name="personCategories", default=UNSET)
