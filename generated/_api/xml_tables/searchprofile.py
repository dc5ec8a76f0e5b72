"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Searchprofile

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import searchprofile
from . import SEARCHPROFILE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=searchprofile.MatchSearchprofile,
        name="MatchSearchprofile",
        namespace=SEARCHPROFILE,
        members=(
            XmlMember(
                element="ContactId",
                json_name="contactId",
                kind="string",
            ),
            XmlMember(
                element="ShouldBeMatched",
                json_name="shouldBeMatched",
                kind="enum",
                target=searchprofile.ShouldBeMatched,
            ),
        ),
        namespace_inferred=True,
    ),
)
