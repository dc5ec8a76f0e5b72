"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement"


@dataclass(kw_only=True)
class IncreasedRequirement:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    text: None | str = field(
        default=None,
        metadata={
            "name": "Text",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfIncreasedRequirement:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement"

    increased_requirement: list[IncreasedRequirement] = field(
        default_factory=list,
        metadata={
            "name": "IncreasedRequirement",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class IncreasedRequirementCollection:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    increased_requirements: None | ArrayOfIncreasedRequirement = field(
        default=None,
        metadata={
            "name": "IncreasedRequirements",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfIncreasedRequirementCollection:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement"

    increased_requirement_collection: list[IncreasedRequirementCollection] = field(
        default_factory=list,
        metadata={
            "name": "IncreasedRequirementCollection",
            "type": "Element",
            "nillable": True,
        },
    )
