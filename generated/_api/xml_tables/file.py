"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.File

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import file
from . import FILE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=file.File,
        name="File",
        namespace=FILE,
        members=(
            XmlMember(
                element="Advertise",
                json_name="advertise",
                kind="boolean",
            ),
            XmlMember(
                element="Data",
                json_name="data",
                kind="bytes",
            ),
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=file.FileInfo,
        name="FileInfo",
        namespace=FILE,
        members=(
            XmlMember(
                element="DateChangedData",
                json_name="dateChangedData",
                kind="datetime",
            ),
            XmlMember(
                element="Extension",
                json_name="extension",
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
            XmlMember(
                element="Public",
                json_name="public",
                kind="boolean",
            ),
        ),
        namespace_inferred=True,
    ),
)
