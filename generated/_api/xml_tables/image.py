"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import connect_api, image
from . import ARRAYS, CONNECT_API, IMAGE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=image.Image,
        name="Image",
        namespace=IMAGE,
        members=(
            XmlMember(
                element="CdnReferences",
                json_name="cdnReferences",
                kind="list",
                target=connect_api.CdnImageReference,
                child_ns=CONNECT_API,
                item="CdnImageReference",
                item_ns=CONNECT_API,
                item_kind="object",
            ),
            XmlMember(
                element="DateChanged",
                json_name="dateChanged",
                kind="datetime",
            ),
            XmlMember(
                element="DateChangedImageData",
                json_name="dateChangedImageData",
                kind="datetime",
            ),
            XmlMember(
                element="Extension",
                json_name="extension",
                kind="string",
            ),
            XmlMember(
                element="ImageId",
                json_name="imageId",
                kind="string",
            ),
            XmlMember(
                element="ShowImageOnInternet",
                json_name="showImageOnInternet",
                kind="boolean",
            ),
            XmlMember(
                element="Url",
                json_name="url",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=image.ImageCategories,
        name="ImageCategories",
        namespace=IMAGE,
        members=(
            XmlMember(
                element="Categories",
                json_name="categories",
                kind="list",
                child_ns=ARRAYS,
                item="string",
                item_ns=ARRAYS,
                item_kind="string",
            ),
            XmlMember(
                element="CustomerId",
                json_name="customerId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=image.ImageData,
        name="ImageData",
        namespace=IMAGE,
        members=(
            XmlMember(
                element="Advertise",
                json_name="advertise",
                kind="boolean",
            ),
            XmlMember(
                element="Caption",
                json_name="caption",
                kind="string",
            ),
            XmlMember(
                element="Category",
                json_name="category",
                kind="string",
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
)
