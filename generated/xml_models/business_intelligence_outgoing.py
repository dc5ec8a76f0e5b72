"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing"


@dataclass(kw_only=True)
class Lead:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing"
        )

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    message: None | str = field(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "nillable": True,
        },
    )
    title: None | str = field(
        default=None,
        metadata={
            "name": "Title",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
