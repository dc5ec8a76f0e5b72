"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import housing_models
from . import HOUSING_MODELS

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=housing_models.Email,
        name="Email",
        namespace=HOUSING_MODELS,
        members=(
            XmlMember(
                element="EmailAddress",
                json_name="emailAddress",
                kind="string",
            ),
            XmlMember(
                element="EmailAddress2",
                json_name="emailAddress2",
                kind="string",
            ),
        ),
    ),
)
