"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import express_models
from . import EXPRESS_MODELS

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=express_models.TelephoneNumbers,
        name="TelephoneNumbers",
        namespace=EXPRESS_MODELS,
        members=(
            XmlMember(
                element="Other",
                json_name="other",
                kind="string",
            ),
            XmlMember(
                element="Cell",
                json_name="cell",
                kind="string",
            ),
            XmlMember(
                element="Home",
                json_name="home",
                kind="string",
            ),
            XmlMember(
                element="Work",
                json_name="work",
                kind="string",
            ),
        ),
    ),
)
