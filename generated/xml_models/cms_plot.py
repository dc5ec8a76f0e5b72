"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Plot.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum
from .cms_common import CmsEstateAddress

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Plot"


class Status(OpenEnum):
    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"
    ASSIGNMENT_ACCEPTED = "AssignmentAccepted"
    NO_ASSIGNMENT = "NoAssignment"


@dataclass(kw_only=True)
class CmsPlotBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Plot"

    address: None | CmsEstateAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    property_unit_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyUnitDesignation",
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
