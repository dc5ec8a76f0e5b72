"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import advertising
from . import ADVERTISING

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=advertising.FormMarketing,
        name="FormMarketing",
        namespace=ADVERTISING,
        members=(
            XmlMember(
                element="Referrer",
                json_name="referrer",
                kind="string",
            ),
            XmlMember(
                element="UtmTags",
                json_name="utmTags",
                kind="list",
                target=advertising.FormMarketingUtmTags,
                item="FormMarketingUtmTags",
                item_ns=ADVERTISING,
                item_kind="object",
            ),
        ),
    ),
    XmlType(
        cls=advertising.FormMarketingUtmTags,
        name="FormMarketingUtmTags",
        namespace=ADVERTISING,
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
    ),
)
