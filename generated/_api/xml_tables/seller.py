"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Seller

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import seller
from . import SELLER

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=seller.Bank,
        name="Bank",
        namespace=SELLER,
        members=(
            XmlMember(
                element="AccountNumber",
                json_name="accountNumber",
                kind="string",
            ),
            XmlMember(
                element="ClearingNumber",
                json_name="clearingNumber",
                kind="string",
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
        cls=seller.SellerEconomy,
        name="SellerEconomy",
        namespace=SELLER,
        members=(
            XmlMember(
                element="Bank",
                json_name="bank",
                kind="object",
                target=seller.Bank,
            ),
        ),
        namespace_inferred=True,
    ),
)
