"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Documents

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import documents
from . import DOCUMENTS

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=documents.Document,
        name="Document",
        namespace=DOCUMENTS,
        members=(
            XmlMember(
                element="ChangeDate",
                json_name="changeDate",
                kind="datetime",
            ),
            XmlMember(
                element="Data",
                json_name="data",
                kind="bytes",
            ),
            XmlMember(
                element="Extension",
                json_name="extension",
                kind="string",
            ),
            XmlMember(
                element="ExternalId",
                json_name="externalId",
                kind="string",
            ),
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
            XmlMember(
                element="Supplier",
                json_name="supplier",
                kind="string",
            ),
            XmlMember(
                element="TemplateType",
                json_name="templateType",
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
