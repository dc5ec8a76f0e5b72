"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import business_intelligence_outgoing
from . import BUSINESS_INTELLIGENCE_OUTGOING

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=business_intelligence_outgoing.Lead,
        name="Lead",
        namespace=BUSINESS_INTELLIGENCE_OUTGOING,
        members=(
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="Message",
                json_name="message",
                kind="string",
            ),
            XmlMember(
                element="Title",
                json_name="title",
                kind="string",
            ),
            XmlMember(
                element="Type",
                json_name="type",
                kind="string",
            ),
        ),
    ),
)
