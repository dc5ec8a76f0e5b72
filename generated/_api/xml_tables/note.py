"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Note

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import note
from . import NOTE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=note.Note,
        name="Note",
        namespace=NOTE,
        members=(
            XmlMember(
                element="ContactId",
                json_name="contactId",
                kind="string",
            ),
            XmlMember(
                element="Date",
                json_name="date",
                kind="datetime",
            ),
            XmlMember(
                element="EstateId",
                json_name="estateId",
                kind="string",
            ),
            XmlMember(
                element="Text",
                json_name="text",
                kind="string",
            ),
            XmlMember(
                element="UserId",
                json_name="userId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=note.SimpleNote,
        name="SimpleNote",
        namespace=NOTE,
        members=(
            XmlMember(
                element="Date",
                json_name="date",
                kind="datetime",
            ),
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="Text",
                json_name="text",
                kind="string",
            ),
            XmlMember(
                element="UserId",
                json_name="userId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
