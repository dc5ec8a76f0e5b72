"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class IncreasedRequirement(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class IncreasedRequirementCollection(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    increased_requirements: list[IncreasedRequirement | None] | None | UnsetType = field(
        name="increasedRequirements", default=UNSET
    )
