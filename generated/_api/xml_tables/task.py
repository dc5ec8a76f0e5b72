"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import task
from . import TASK

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=task.PredefinedTask,
        name="PredefinedTask",
        namespace=TASK,
        members=(
            XmlMember(
                element="Description",
                json_name="description",
                kind="string",
            ),
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=task.Task,
        name="Task",
        namespace=TASK,
        members=(
            XmlMember(
                element="AssignedTo",
                json_name="assignedTo",
                kind="string",
            ),
            XmlMember(
                element="EstateId",
                json_name="estateId",
                kind="string",
            ),
            XmlMember(
                element="Note",
                json_name="note",
                kind="string",
            ),
            XmlMember(
                element="PredefinedTaskId",
                json_name="predefinedTaskId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
