"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import economy
from . import ECONOMY

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=economy.Deposit,
        name="Deposit",
        namespace=ECONOMY,
        members=(
            XmlMember(
                element="AdmissionDay",
                json_name="admissionDay",
                kind="datetime",
            ),
            XmlMember(
                element="Amount",
                json_name="amount",
                kind="double",
            ),
            XmlMember(
                element="CommissionReceivedAt",
                json_name="commissionReceivedAt",
                kind="datetime",
            ),
            XmlMember(
                element="ContractDay",
                json_name="contractDay",
                kind="datetime",
            ),
            XmlMember(
                element="PaidAt",
                json_name="paidAt",
                kind="datetime",
            ),
            XmlMember(
                element="PayDay",
                json_name="payDay",
                kind="datetime",
            ),
            XmlMember(
                element="ReportedAt",
                json_name="reportedAt",
                kind="datetime",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=economy.DepositData,
        name="DepositData",
        namespace=ECONOMY,
        members=(
            XmlMember(
                element="CommissionReceivedAt",
                json_name="commissionReceivedAt",
                kind="datetime",
            ),
            XmlMember(
                element="PaidAt",
                json_name="paidAt",
                kind="datetime",
            ),
            XmlMember(
                element="ReportedAt",
                json_name="reportedAt",
                kind="datetime",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=economy.Operation,
        name="Operation",
        namespace=ECONOMY,
        members=(
            XmlMember(
                element="ChimneySweeping",
                json_name="chimneySweeping",
                kind="int",
            ),
            XmlMember(
                element="Comment",
                json_name="comment",
                kind="string",
            ),
            XmlMember(
                element="Electricity",
                json_name="electricity",
                kind="int",
            ),
            XmlMember(
                element="Heating",
                json_name="heating",
                kind="int",
            ),
            XmlMember(
                element="Insurance",
                json_name="insurance",
                kind="int",
            ),
            XmlMember(
                element="Other",
                json_name="other",
                kind="int",
            ),
            XmlMember(
                element="PersonsInHousehold",
                json_name="personsInHousehold",
                kind="int",
            ),
            XmlMember(
                element="RoadCommunity",
                json_name="roadCommunity",
                kind="int",
            ),
            XmlMember(
                element="Sanitation",
                json_name="sanitation",
                kind="int",
            ),
            XmlMember(
                element="WaterAndDrain",
                json_name="waterAndDrain",
                kind="int",
            ),
        ),
        namespace_inferred=True,
    ),
)
