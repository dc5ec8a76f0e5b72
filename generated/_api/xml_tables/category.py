"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import category
from . import CATEGORY

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=category.Categories,
        name="Categories",
        namespace=CATEGORY,
        members=(
            XmlMember(
                element="CompanyCategories",
                json_name="companyCategories",
                kind="list",
                target=category.Category,
                item="Category",
                item_ns=CATEGORY,
                item_kind="object",
            ),
            XmlMember(
                element="PersonCategories",
                json_name="personCategories",
                kind="list",
                target=category.Category,
                item="Category",
                item_ns=CATEGORY,
                item_kind="object",
            ),
        ),
    ),
    XmlType(
        cls=category.Category,
        name="Category",
        namespace=CATEGORY,
        members=(
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
                element="ReadOnly",
                json_name="readOnly",
                kind="boolean",
            ),
        ),
    ),
)
