"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Searchprofile.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Searchprofile"


class ShouldBeMatched(OpenEnum):
    YES = "Yes"
    NO = "No"
    NOT_ASKED = "NotAsked"


@dataclass(kw_only=True)
class MatchSearchprofile:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Searchprofile"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    should_be_matched: None | ShouldBeMatched = field(
        default=None,
        metadata={
            "name": "ShouldBeMatched",
            "type": "Element",
            "nillable": True,
        },
    )
