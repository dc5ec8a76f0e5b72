"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Connect.Api

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import connect_api
from . import CONNECT_API

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=connect_api.CdnImageReference,
        name="CdnImageReference",
        namespace=CONNECT_API,
        members=(
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
            XmlMember(
                element="Url",
                json_name="url",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
