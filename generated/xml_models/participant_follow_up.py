"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.ParticipantFollowUp.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.ParticipantFollowUp"


class Contacted(OpenEnum):
    NO = "No"
    YES = "Yes"
    NOT_RELEVANT = "NotRelevant"


@dataclass(kw_only=True)
class ParticipantFollowUp:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.ParticipantFollowUp"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    contacted: None | Contacted = field(
        default=None,
        metadata={
            "name": "Contacted",
            "type": "Element",
            "nillable": True,
        },
    )
    participated: None | bool = field(
        default=None,
        metadata={
            "name": "Participated",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_id: None | str = field(
        default=None,
        metadata={
            "name": "ViewingId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfParticipantFollowUp:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.ParticipantFollowUp"

    participant_follow_up: list[ParticipantFollowUp] = field(
        default_factory=list,
        metadata={
            "name": "ParticipantFollowUp",
            "type": "Element",
            "nillable": True,
        },
    )
