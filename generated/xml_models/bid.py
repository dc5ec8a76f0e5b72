"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid"


@dataclass(kw_only=True)
class Bid:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid"

    alias: None | str = field(
        default=None,
        metadata={
            "name": "Alias",
            "type": "Element",
            "nillable": True,
        },
    )
    amount: None | str = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    condition: None | str = field(
        default=None,
        metadata={
            "name": "Condition",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    created_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    is_canceled: None | bool = field(
        default=None,
        metadata={
            "name": "IsCanceled",
            "type": "Element",
            "nillable": True,
        },
    )
    is_hidden: None | bool = field(
        default=None,
        metadata={
            "name": "IsHidden",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class BidData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid"

    alias: None | str = field(
        default=None,
        metadata={
            "name": "Alias",
            "type": "Element",
            "nillable": True,
        },
    )
    amount: None | str = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    condition: None | str = field(
        default=None,
        metadata={
            "name": "Condition",
            "type": "Element",
            "nillable": True,
        },
    )
    created_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    is_hidden: None | bool = field(
        default=None,
        metadata={
            "name": "IsHidden",
            "type": "Element",
            "nillable": True,
        },
    )


class BiddingOptions(OpenEnum):
    DONT_SHOW_BIDDING = "DontShowBidding"
    SHOW_BIDDING = "ShowBidding"
    SHOW_HIGHEST_BID = "ShowHighestBid"
    SHOW_BID_HISTORY = "ShowBidHistory"


@dataclass(kw_only=True)
class ArrayOfBid:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid"

    bid: list[Bid] = field(
        default_factory=list,
        metadata={
            "name": "Bid",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class BiddingSettings:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid"

    bidding_options: None | BiddingOptions = field(
        default=None,
        metadata={
            "name": "BiddingOptions",
            "type": "Element",
            "nillable": True,
        },
    )
    sms_bidding: None | bool = field(
        default=None,
        metadata={
            "name": "SmsBidding",
            "type": "Element",
            "nillable": True,
        },
    )
