"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Order

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import order
from . import ORDER

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=order.OrderStatus,
        name="OrderStatus",
        namespace=ORDER,
        members=(
            XmlMember(
                element="Comment",
                json_name="comment",
                kind="string",
            ),
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="Status",
                json_name="status",
                kind="enum",
                target=order.Status,
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=order.OrderUserInteractionRequest,
        name="OrderUserInteractionRequest",
        namespace=ORDER,
        members=(
            XmlMember(
                element="Comment",
                json_name="comment",
                kind="string",
            ),
            XmlMember(
                element="Id",
                json_name="id",
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
