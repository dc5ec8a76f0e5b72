"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import public_advertisement_lead, villavardet
from . import PUBLIC_ADVERTISEMENT_LEAD, VILLAVARDET

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=villavardet.Buyer,
        name="Buyer",
        namespace=VILLAVARDET,
        members=(
            XmlMember(
                element="CellPhone",
                json_name="cellPhone",
                kind="string",
            ),
            XmlMember(
                element="City",
                json_name="city",
                kind="string",
            ),
            XmlMember(
                element="Email",
                json_name="email",
                kind="string",
            ),
            XmlMember(
                element="FirstName",
                json_name="firstName",
                kind="string",
            ),
            XmlMember(
                element="LastName",
                json_name="lastName",
                kind="string",
            ),
            XmlMember(
                element="Phone",
                json_name="phone",
                kind="string",
            ),
            XmlMember(
                element="SocialSecurityNumber",
                json_name="socialSecurityNumber",
                kind="string",
            ),
            XmlMember(
                element="StreetAddress",
                json_name="streetAddress",
                kind="string",
            ),
            XmlMember(
                element="ZipCode",
                json_name="zipCode",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=villavardet.Estate,
        name="Estate",
        namespace=VILLAVARDET,
        members=(
            XmlMember(
                element="City",
                json_name="city",
                kind="string",
            ),
            XmlMember(
                element="StreetAddress",
                json_name="streetAddress",
                kind="string",
            ),
            XmlMember(
                element="ZipCode",
                json_name="zipCode",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=villavardet.SoldEstate,
        name="SoldEstate",
        namespace=VILLAVARDET,
        members=(
            XmlMember(
                element="AccessDate",
                json_name="accessDate",
                kind="datetime",
            ),
            XmlMember(
                element="Agent",
                json_name="agent",
                kind="object",
                target=public_advertisement_lead.Agent,
                child_ns=PUBLIC_ADVERTISEMENT_LEAD,
            ),
            XmlMember(
                element="Buyer",
                json_name="buyer",
                kind="object",
                target=villavardet.Buyer,
            ),
            XmlMember(
                element="ContractDate",
                json_name="contractDate",
                kind="datetime",
            ),
            XmlMember(
                element="Estate",
                json_name="estate",
                kind="object",
                target=villavardet.Estate,
            ),
        ),
        namespace_inferred=True,
    ),
)
