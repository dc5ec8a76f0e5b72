"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Tips

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import business_intelligence, business_intelligence_tips
from . import BUSINESS_INTELLIGENCE, BUSINESS_INTELLIGENCE_TIPS

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=business_intelligence_tips.Receiver,
        name="Receiver",
        namespace=BUSINESS_INTELLIGENCE_TIPS,
        members=(
            XmlMember(
                element="Company",
                json_name="company",
                kind="object",
                target=business_intelligence.Company,
                child_ns=BUSINESS_INTELLIGENCE,
            ),
            XmlMember(
                element="EmployeeNumber",
                json_name="employeeNumber",
                kind="string",
            ),
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="Name",
                json_name="name",
                kind="string",
            ),
            XmlMember(
                element="Type",
                json_name="type",
                kind="enum",
                target=business_intelligence.UserType,
            ),
        ),
    ),
)
