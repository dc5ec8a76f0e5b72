"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget"


@dataclass(kw_only=True)
class Estates:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget"

    registered: None | int = field(
        default=None,
        metadata={
            "name": "Registered",
            "type": "Element",
            "nillable": True,
        },
    )
    sold: None | int = field(
        default=None,
        metadata={
            "name": "Sold",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SaleMeetings:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget"

    own_booked: None | int = field(
        default=None,
        metadata={
            "name": "OwnBooked",
            "type": "Element",
            "nillable": True,
        },
    )
    total: None | int = field(
        default=None,
        metadata={
            "name": "Total",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class RealtorBudget:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget"

    commission: None | int = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    estates: None | Estates = field(
        default=None,
        metadata={
            "name": "Estates",
            "type": "Element",
            "nillable": True,
        },
    )
    sale_meetings: None | SaleMeetings = field(
        default=None,
        metadata={
            "name": "SaleMeetings",
            "type": "Element",
            "nillable": True,
        },
    )
