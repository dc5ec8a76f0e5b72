"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IntakeSource.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._types import Model


class AssignmentSource(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET
