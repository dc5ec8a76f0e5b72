"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Municipality

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import municipality
from . import MUNICIPALITY

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=municipality.Municipality,
        name="Municipality",
        namespace=MUNICIPALITY,
        members=(
            XmlMember(
                element="CountyMunicipalityCode",
                json_name="countyMunicipalityCode",
                kind="string",
            ),
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
