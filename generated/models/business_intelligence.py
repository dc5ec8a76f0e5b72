"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from ._internal import (
    ActiveStatusTipLead,
    Company,
    Contact,
    Estate,
    EstateStatus,
    IncomingLead,
    OutgoingLead,
    Party,
    SentTip,
    Status,
    Tip,
    TipsAndLeadsReport,
    TipState,
    TipType,
    User,
    UserType,
)

__all__ = [
    "ActiveStatusTipLead",
    "Company",
    "Contact",
    "Estate",
    "EstateStatus",
    "IncomingLead",
    "OutgoingLead",
    "Party",
    "SentTip",
    "Status",
    "Tip",
    "TipState",
    "TipType",
    "TipsAndLeadsReport",
    "User",
    "UserType",
]
