"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import invoice
from . import INVOICE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=invoice.CommissionAdjustment,
        name="CommissionAdjustment",
        namespace=INVOICE,
        members=(
            XmlMember(
                element="Amount",
                json_name="amount",
                kind="int",
            ),
            XmlMember(
                element="Description",
                json_name="description",
                kind="string",
            ),
            XmlMember(
                element="VatIncluded",
                json_name="vatIncluded",
                kind="boolean",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=invoice.Invoice,
        name="Invoice",
        namespace=INVOICE,
        members=(
            XmlMember(
                element="Number",
                json_name="number",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
