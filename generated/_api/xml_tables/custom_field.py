"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import custom_field
from . import CUSTOM_FIELD

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=custom_field.CustomFields,
        name="CustomFields",
        namespace=CUSTOM_FIELD,
        members=(
            XmlMember(
                element="CustomerId",
                json_name="customerId",
                kind="string",
            ),
            XmlMember(
                element="Fields",
                json_name="fields",
                kind="list",
                target=custom_field.Field,
                item="Field",
                item_ns=CUSTOM_FIELD,
                item_kind="object",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=custom_field.Field,
        name="Field",
        namespace=CUSTOM_FIELD,
        members=(
            XmlMember(
                element="Label",
                json_name="label",
                kind="string",
            ),
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
            XmlMember(
                element="Type",
                json_name="type",
                kind="string",
            ),
            XmlMember(
                element="ValidFor",
                json_name="validFor",
                kind="list",
                target=custom_field.ValidFor,
                item="ValidFor",
                item_ns=CUSTOM_FIELD,
                item_kind="enum",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=custom_field.FieldValue,
        name="FieldValue",
        namespace=CUSTOM_FIELD,
        members=(
            XmlMember(
                element="Label",
                json_name="label",
                kind="string",
            ),
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
            XmlMember(
                element="Value",
                json_name="value",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=custom_field.FieldValueCriteria,
        name="FieldValueCriteria",
        namespace=CUSTOM_FIELD,
        members=(
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
            XmlMember(
                element="Value",
                json_name="value",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
