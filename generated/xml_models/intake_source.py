"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IntakeSource.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IntakeSource"


@dataclass(kw_only=True)
class AssignmentSource:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IntakeSource"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
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


@dataclass(kw_only=True)
class ArrayOfAssignmentSource:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IntakeSource"

    assignment_source: list[AssignmentSource] = field(
        default_factory=list,
        metadata={
            "name": "AssignmentSource",
            "type": "Element",
            "nillable": True,
        },
    )
