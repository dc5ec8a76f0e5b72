"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Link

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import link
from . import LINK

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=link.Category,
        name="Category",
        namespace=LINK,
        members=(
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=link.Link,
        name="Link",
        namespace=LINK,
        members=(
            XmlMember(
                element="Category",
                json_name="category",
                kind="string",
            ),
            XmlMember(
                element="Text",
                json_name="text",
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
    XmlType(
        cls=link.LinkCategories,
        name="LinkCategories",
        namespace=LINK,
        members=(
            XmlMember(
                element="Categories",
                json_name="categories",
                kind="list",
                target=link.Category,
                item="Category",
                item_ns=LINK,
                item_kind="object",
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
        cls=link.LinkData,
        name="LinkData",
        namespace=LINK,
        members=(
            XmlMember(
                element="Advertise",
                json_name="advertise",
                kind="boolean",
            ),
            XmlMember(
                element="Category",
                json_name="category",
                kind="string",
            ),
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
