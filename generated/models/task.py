"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class PredefinedTask(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET


class Task(Model, kw_only=True):
    predefined_task_id: str | None | UnsetType = field(name="predefinedTaskId", default=UNSET)

    note: str | None | UnsetType = UNSET

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    assigned_to: str | None | UnsetType = field(name="assignedTo", default=UNSET)
