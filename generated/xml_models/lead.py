"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Lead.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Lead"


@dataclass(kw_only=True)
class Lead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Lead"

    assigned_to_id: str = field(
        metadata={
            "name": "AssignedToId",
            "type": "Element",
        }
    )
    assignment_source_id: None | str = field(
        default=None,
        metadata={
            "name": "AssignmentSourceId",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_id: str = field(
        metadata={
            "name": "ContactId",
            "type": "Element",
        }
    )
    lead_source_id: str = field(
        metadata={
            "name": "LeadSourceId",
            "type": "Element",
        }
    )
    message: None | str = field(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
