"""Models of errors.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class HttpError(Model, kw_only=True):
    """Valideringsfel (ASP.NET Web API HttpError). (Validation errors.)"""

    message: str | UnsetType = UNSET
    """Övergripande felmeddelande. (Overall message.)"""

    model_state: dict[str, list[str]] | UnsetType = field(name="modelState", default=UNSET)
    """Fält → felmeddelanden. (Field → messages.)"""
