"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task"


@dataclass(kw_only=True)
class PredefinedTask:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task"

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
class Task:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task"

    assigned_to: None | str = field(
        default=None,
        metadata={
            "name": "AssignedTo",
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
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    predefined_task_id: None | str = field(
        default=None,
        metadata={
            "name": "PredefinedTaskId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPredefinedTask:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task"

    predefined_task: list[PredefinedTask] = field(
        default_factory=list,
        metadata={
            "name": "PredefinedTask",
            "type": "Element",
            "nillable": True,
        },
    )
