"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Speculator.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Speculator"


class Status(OpenEnum):
    JOINED_BIDDING = "JoinedBidding"
    VERY_INTERESTED = "VeryInterested"
    BEEN_ON_SHOWING = "BeenOnShowing"
    INTERESTED = "Interested"
    ASSIGNED = "Assigned"
    NOT_INTERESTED = "NotInterested"
    FOLLOWING_BIDDING = "FollowingBidding"


@dataclass(kw_only=True)
class SpeculatorRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Speculator"

    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
