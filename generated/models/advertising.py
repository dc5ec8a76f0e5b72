"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class FormMarketingUtmTags(Model, kw_only=True):
    """En UTM tagg. (One UTM tag.)"""

    name: str | None | UnsetType = UNSET
    """Taggens namn, t ex utm_source. (Tag name.)"""

    value: str | None | UnsetType = UNSET
    """Taggens värde. (Tag value.)"""


class FormMarketing(Model, kw_only=True):
    """Marknadsföringsuppgifter som t ex UTM taggar. (Marketing data such as UTM tags.)"""

    referrer: str | None | UnsetType = UNSET
    """Hänvisande sida. (Referrer.)"""

    utm_tags: list[FormMarketingUtmTags | None] | None | UnsetType = field(name="utmTags", default=UNSET)
    """UTM taggar. (UTM tags.)"""
