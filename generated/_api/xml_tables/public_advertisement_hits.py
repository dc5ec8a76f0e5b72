"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import public_advertisement_hits
from . import PUBLIC_ADVERTISEMENT_HITS

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=public_advertisement_hits.DailyEstateHit,
        name="DailyEstateHit",
        namespace=PUBLIC_ADVERTISEMENT_HITS,
        members=(
            XmlMember(
                element="Count",
                json_name="count",
                kind="int",
            ),
            XmlMember(
                element="Date",
                json_name="date",
                kind="datetime",
            ),
            XmlMember(
                element="EstateId",
                json_name="estateId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=public_advertisement_hits.HourlyEstateHit,
        name="HourlyEstateHit",
        namespace=PUBLIC_ADVERTISEMENT_HITS,
        members=(
            XmlMember(
                element="Count",
                json_name="count",
                kind="int",
            ),
            XmlMember(
                element="Date",
                json_name="date",
                kind="datetime",
            ),
            XmlMember(
                element="EstateId",
                json_name="estateId",
                kind="string",
            ),
            XmlMember(
                element="Hour",
                json_name="hour",
                kind="int",
            ),
        ),
        namespace_inferred=True,
    ),
)
