"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.ParticipantFollowUp

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import participant_follow_up
from . import PARTICIPANT_FOLLOW_UP

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=participant_follow_up.ParticipantFollowUp,
        name="ParticipantFollowUp",
        namespace=PARTICIPANT_FOLLOW_UP,
        members=(
            XmlMember(
                element="ContactId",
                json_name="contactId",
                kind="string",
            ),
            XmlMember(
                element="Contacted",
                json_name="contacted",
                kind="enum",
                target=participant_follow_up.Contacted,
            ),
            XmlMember(
                element="Participated",
                json_name="participated",
                kind="boolean",
            ),
            XmlMember(
                element="ViewingId",
                json_name="viewingId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
