"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Speculator.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._types import Model, OpenEnum


class Status(OpenEnum):
    JoinedBidding = "JoinedBidding"
    VeryInterested = "VeryInterested"
    BeenOnShowing = "BeenOnShowing"
    Interested = "Interested"
    Assigned = "Assigned"
    NotInterested = "NotInterested"
    FollowingBidding = "FollowingBidding"


class SpeculatorRelation(Model, kw_only=True):
    note: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET
