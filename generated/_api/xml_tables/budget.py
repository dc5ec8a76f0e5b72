"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import budget
from . import BUDGET

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=budget.Estates,
        name="Estates",
        namespace=BUDGET,
        members=(
            XmlMember(
                element="Registered",
                json_name="registered",
                kind="int",
            ),
            XmlMember(
                element="Sold",
                json_name="sold",
                kind="int",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=budget.RealtorBudget,
        name="RealtorBudget",
        namespace=BUDGET,
        members=(
            XmlMember(
                element="Commission",
                json_name="commission",
                kind="int",
            ),
            XmlMember(
                element="Estates",
                json_name="estates",
                kind="object",
                target=budget.Estates,
            ),
            XmlMember(
                element="SaleMeetings",
                json_name="saleMeetings",
                kind="object",
                target=budget.SaleMeetings,
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=budget.SaleMeetings,
        name="SaleMeetings",
        namespace=BUDGET,
        members=(
            XmlMember(
                element="OwnBooked",
                json_name="ownBooked",
                kind="int",
            ),
            XmlMember(
                element="Total",
                json_name="total",
                kind="int",
            ),
        ),
        namespace_inferred=True,
    ),
)
