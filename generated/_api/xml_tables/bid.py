"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import bid
from . import BID

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=bid.Bid,
        name="Bid",
        namespace=BID,
        members=(
            XmlMember(
                element="Alias",
                json_name="alias",
                kind="string",
            ),
            XmlMember(
                element="Amount",
                json_name="amount",
                kind="string",
            ),
            XmlMember(
                element="Condition",
                json_name="condition",
                kind="string",
            ),
            XmlMember(
                element="ContactId",
                json_name="contactId",
                kind="string",
            ),
            XmlMember(
                element="CreatedAt",
                json_name="createdAt",
                kind="datetime",
            ),
            XmlMember(
                element="EstateId",
                json_name="estateId",
                kind="string",
            ),
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="IsCanceled",
                json_name="isCanceled",
                kind="boolean",
            ),
            XmlMember(
                element="IsHidden",
                json_name="isHidden",
                kind="boolean",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=bid.BidData,
        name="BidData",
        namespace=BID,
        members=(
            XmlMember(
                element="Alias",
                json_name="alias",
                kind="string",
            ),
            XmlMember(
                element="Amount",
                json_name="amount",
                kind="string",
            ),
            XmlMember(
                element="Condition",
                json_name="condition",
                kind="string",
            ),
            XmlMember(
                element="CreatedAt",
                json_name="createdAt",
                kind="datetime",
            ),
            XmlMember(
                element="IsHidden",
                json_name="isHidden",
                kind="boolean",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=bid.BiddingSettings,
        name="BiddingSettings",
        namespace=BID,
        members=(
            XmlMember(
                element="BiddingOptions",
                json_name="biddingOptions",
                kind="enum",
                target=bid.BiddingOptions,
            ),
            XmlMember(
                element="SmsBidding",
                json_name="smsBidding",
                kind="boolean",
            ),
        ),
        namespace_inferred=True,
    ),
)
