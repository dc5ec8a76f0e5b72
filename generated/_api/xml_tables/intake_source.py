"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IntakeSource

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import intake_source
from . import INTAKE_SOURCE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=intake_source.AssignmentSource,
        name="AssignmentSource",
        namespace=INTAKE_SOURCE,
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
)
