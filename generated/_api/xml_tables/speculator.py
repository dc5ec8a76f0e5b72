"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Speculator

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import speculator
from . import SPECULATOR

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=speculator.SpeculatorRelation,
        name="SpeculatorRelation",
        namespace=SPECULATOR,
        members=(
            XmlMember(
                element="Note",
                json_name="note",
                kind="string",
            ),
            XmlMember(
                element="Status",
                json_name="status",
                kind="enum",
                target=speculator.Status,
            ),
        ),
        namespace_inferred=True,
    ),
)
