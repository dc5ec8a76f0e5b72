"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models"


@dataclass(kw_only=True)
class TelephoneNumbers:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models"

    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    cell: None | str = field(
        default=None,
        metadata={
            "name": "Cell",
            "type": "Element",
            "nillable": True,
        },
    )
    home: None | str = field(
        default=None,
        metadata={
            "name": "Home",
            "type": "Element",
            "nillable": True,
        },
    )
    work: None | str = field(
        default=None,
        metadata={
            "name": "Work",
            "type": "Element",
            "nillable": True,
        },
    )
