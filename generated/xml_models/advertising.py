"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"


@dataclass(kw_only=True)
class FormMarketingUtmTags:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfFormMarketingUtmTags:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"

    form_marketing_utm_tags: list[FormMarketingUtmTags] = field(
        default_factory=list,
        metadata={
            "name": "FormMarketingUtmTags",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FormMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"

    referrer: None | str = field(
        default=None,
        metadata={
            "name": "Referrer",
            "type": "Element",
            "nillable": True,
        },
    )
    utm_tags: None | ArrayOfFormMarketingUtmTags = field(
        default=None,
        metadata={
            "name": "UtmTags",
            "type": "Element",
            "nillable": True,
        },
    )
