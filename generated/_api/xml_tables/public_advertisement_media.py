"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Media

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import public_advertisement_media
from . import PUBLIC_ADVERTISEMENT_MEDIA

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=public_advertisement_media.File,
        name="File",
        namespace=PUBLIC_ADVERTISEMENT_MEDIA,
        members=(
            XmlMember(
                element="DataChangedAt",
                json_name="dataChangedAt",
                kind="datetime",
            ),
            XmlMember(
                element="Description",
                json_name="description",
                kind="string",
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
        ),
        namespace_inferred=True,
    ),
)
