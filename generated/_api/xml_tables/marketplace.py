"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import marketplace
from . import ARRAYS, MARKETPLACE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=marketplace.CrmEstateAdvertising,
        name="CrmEstateAdvertising",
        namespace=MARKETPLACE,
        members=(
            XmlMember(
                element="MarketplaceIds",
                json_name="marketplaceIds",
                kind="list",
                child_ns=ARRAYS,
                item="int",
                item_ns=ARRAYS,
                item_kind="int",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=marketplace.CrmEstateMarketplace,
        name="CrmEstateMarketplace",
        namespace=MARKETPLACE,
        members=(
            XmlMember(
                element="Id",
                json_name="id",
                kind="int",
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
