"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._types import Model


class TelephoneNumbers(Model, kw_only=True):
    """Telefonnummer. (Telephone numbers.)"""

    home: str | None | UnsetType = UNSET
    """Hem. (Home.)"""

    work: str | None | UnsetType = UNSET
    """Arbete. (Work.)"""

    cell: str | None | UnsetType = UNSET
    """Mobil. (Mobile.)"""

    other: str | None | UnsetType = UNSET
    """Annat. (Other.)"""
