"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Criteria

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import estate_common, estate_criteria
from . import ESTATE_COMMON, ESTATE_CRITERIA

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=estate_criteria.EstateCriteria,
        name="EstateCriteria",
        namespace=ESTATE_CRITERIA,
        members=(
            XmlMember(
                element="CountyMunicipalityCode",
                json_name="countyMunicipalityCode",
                kind="string",
            ),
            XmlMember(
                element="CustomerId",
                json_name="customerId",
                kind="string",
            ),
            XmlMember(
                element="DateFrom",
                json_name="dateFrom",
                kind="datetime",
            ),
            XmlMember(
                element="DateTo",
                json_name="dateTo",
                kind="datetime",
            ),
            XmlMember(
                element="Statuses",
                json_name="statuses",
                kind="list",
                target=estate_common.Status,
                child_ns=ESTATE_COMMON,
                item="Status",
                item_ns=ESTATE_COMMON,
                item_kind="object",
            ),
            XmlMember(
                element="Type",
                json_name="type",
                kind="list",
                target=estate_criteria.Type,
                item="Type",
                item_ns=ESTATE_CRITERIA,
                item_kind="enum",
            ),
            XmlMember(
                element="TypeOfDate",
                json_name="typeOfDate",
                kind="enum",
                target=estate_criteria.TypeOfDate,
            ),
            XmlMember(
                element="UserId",
                json_name="userId",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
