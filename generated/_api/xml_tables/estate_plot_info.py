"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.PlotInfo

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import estate_common, estate_plot_info
from . import ARRAYS, ESTATE_COMMON, ESTATE_PLOT_INFO

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=estate_plot_info.PlotBaseInformation,
        name="PlotBaseInformation",
        namespace=ESTATE_PLOT_INFO,
        members=(
            XmlMember(
                element="AreaSource",
                json_name="areaSource",
                kind="string",
            ),
            XmlMember(
                element="AreaSourceComment",
                json_name="areaSourceComment",
                kind="string",
            ),
            XmlMember(
                element="BuildingDesignation",
                json_name="buildingDesignation",
                kind="string",
            ),
            XmlMember(
                element="DisposalForm",
                json_name="disposalForm",
                kind="string",
            ),
            XmlMember(
                element="IncreaseSeekConception",
                json_name="increaseSeekConception",
                kind="list",
                child_ns=ARRAYS,
                item="string",
                item_ns=ARRAYS,
                item_kind="string",
            ),
            XmlMember(
                element="ObjectAddress",
                json_name="objectAddress",
                kind="object",
                target=estate_common.ObjectAddress,
                child_ns=ESTATE_COMMON,
            ),
            XmlMember(
                element="Other",
                json_name="other",
                kind="string",
            ),
            XmlMember(
                element="ProjectId",
                json_name="projectId",
                kind="string",
            ),
            XmlMember(
                element="PropertyType",
                json_name="propertyType",
                kind="string",
            ),
            XmlMember(
                element="PropertyUnitDesignation",
                json_name="propertyUnitDesignation",
                kind="string",
            ),
            XmlMember(
                element="SensitiveBusiness",
                json_name="sensitiveBusiness",
                kind="boolean",
            ),
            XmlMember(
                element="Tenure",
                json_name="tenure",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
