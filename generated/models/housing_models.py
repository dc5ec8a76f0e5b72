"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class Email(Model, kw_only=True):
    """E-postadresser. (Email addresses.)"""

    email_address: str | None | UnsetType = field(name="emailAddress", default=UNSET)
    """E-postadress. (Email address.)"""

    email_address2: str | None | UnsetType = field(name="emailAddress2", default=UNSET)
    """Alternativ e-postadress. (Second email address.)"""
