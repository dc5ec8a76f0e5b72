"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import increased_requirement
from . import INCREASED_REQUIREMENT

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=increased_requirement.IncreasedRequirement,
        name="IncreasedRequirement",
        namespace=INCREASED_REQUIREMENT,
        members=(
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="Text",
                json_name="text",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=increased_requirement.IncreasedRequirementCollection,
        name="IncreasedRequirementCollection",
        namespace=INCREASED_REQUIREMENT,
        members=(
            XmlMember(
                element="CustomerId",
                json_name="customerId",
                kind="string",
            ),
            XmlMember(
                element="IncreasedRequirements",
                json_name="increasedRequirements",
                kind="list",
                target=increased_requirement.IncreasedRequirement,
                item="IncreasedRequirement",
                item_ns=INCREASED_REQUIREMENT,
                item_kind="object",
            ),
        ),
        namespace_inferred=True,
    ),
)
