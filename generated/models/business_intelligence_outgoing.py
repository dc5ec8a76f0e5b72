"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._types import Model


class Lead(Model, kw_only=True):
    """Ett utgående lead. (A sent lead.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    title: str | None | UnsetType = UNSET
    """Rubrik. (Title.)"""

    type: str | None | UnsetType = UNSET
    """Typ av lead. (Kind of lead.)"""

    message: str | None | UnsetType = UNSET
    """Meddelande. (Message.)"""
