"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Buyer

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import buyer
from . import BUYER

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=buyer.Bank,
        name="Bank",
        namespace=BUYER,
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
        cls=buyer.BuyerEconomy,
        name="BuyerEconomy",
        namespace=BUYER,
        members=(
            XmlMember(
                element="Bank",
                json_name="bank",
                kind="object",
                target=buyer.Bank,
            ),
            XmlMember(
                element="InsuranceCompany",
                json_name="insuranceCompany",
                kind="object",
                target=buyer.InsuranceCompany,
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=buyer.InsuranceCompany,
        name="InsuranceCompany",
        namespace=BUYER,
        members=(
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
