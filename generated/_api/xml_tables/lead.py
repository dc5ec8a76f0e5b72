"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Lead

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import lead
from . import LEAD

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=lead.Lead,
        name="Lead",
        namespace=LEAD,
        members=(
            XmlMember(
                element="AssignedToId",
                json_name="assignedToId",
                kind="string",
            ),
            XmlMember(
                element="AssignmentSourceId",
                json_name="assignmentSourceId",
                kind="string",
            ),
            XmlMember(
                element="ContactId",
                json_name="contactId",
                kind="string",
            ),
            XmlMember(
                element="LeadSourceId",
                json_name="leadSourceId",
                kind="string",
            ),
            XmlMember(
                element="Message",
                json_name="message",
                kind="string",
            ),
            XmlMember(
                element="OfficeId",
                json_name="officeId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
