"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model, OpenEnum


class Bid(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    is_canceled: bool | None | UnsetType = field(name="isCanceled", default=UNSET)

    alias: str | None | UnsetType = UNSET

    amount: str | None | UnsetType = UNSET

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)

    condition: str | None | UnsetType = UNSET

    is_hidden: bool | None | UnsetType = field(name="isHidden", default=UNSET)


class BidData(Model, kw_only=True):
    alias: str | None | UnsetType = UNSET

    amount: str | None | UnsetType = UNSET

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)

    condition: str | None | UnsetType = UNSET

    is_hidden: bool | None | UnsetType = field(name="isHidden", default=UNSET)


class BiddingOptions(OpenEnum):
    DontShowBidding = "DontShowBidding"
    ShowBidding = "ShowBidding"
    ShowHighestBid = "ShowHighestBid"
    ShowBidHistory = "ShowBidHistory"


class BiddingSettings(Model, kw_only=True):
    bidding_options: BiddingOptions | None | UnsetType = field(name="biddingOptions", default=UNSET)

    sms_bidding: bool | None | UnsetType = field(name="smsBidding", default=UNSET)
