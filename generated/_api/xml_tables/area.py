"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import area, estate_common, housing_models
from . import AREA, ESTATE_COMMON, HOUSING_MODELS

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=area.Area,
        name="Area",
        namespace=AREA,
        members=(
            XmlMember(
                element="Archived",
                json_name="archived",
                kind="boolean",
            ),
            XmlMember(
                element="AreaId",
                json_name="areaId",
                kind="string",
            ),
            XmlMember(
                element="AreaName",
                json_name="areaName",
                kind="string",
            ),
            XmlMember(
                element="County",
                json_name="county",
                kind="string",
            ),
            XmlMember(
                element="DateChanged",
                json_name="dateChanged",
                kind="datetime",
            ),
            XmlMember(
                element="Description",
                json_name="description",
                kind="string",
            ),
            XmlMember(
                element="ExternalId",
                json_name="externalId",
                kind="string",
            ),
            XmlMember(
                element="Images",
                json_name="images",
                kind="list",
                target=area.AreaImage,
                item="AreaImage",
                item_ns=AREA,
                item_kind="object",
            ),
            XmlMember(
                element="Polygon",
                json_name="polygon",
                kind="list",
                target=housing_models.Coordinate,
                child_ns=HOUSING_MODELS,
                item="Coordinate",
                item_ns=HOUSING_MODELS,
                item_kind="object",
            ),
            XmlMember(
                element="PolygonWGS84",
                json_name="polygonWGS84",
                kind="list",
                target=housing_models.Coordinate,
                child_ns=HOUSING_MODELS,
                item="Coordinate",
                item_ns=HOUSING_MODELS,
                item_kind="object",
            ),
            XmlMember(
                element="ShowOnInternet",
                json_name="showOnInternet",
                kind="boolean",
            ),
            XmlMember(
                element="Surrounding",
                json_name="surrounding",
                kind="object",
                target=estate_common.Surrounding,
                child_ns=ESTATE_COMMON,
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=area.AreaImage,
        name="AreaImage",
        namespace=AREA,
        members=(
            XmlMember(
                element="DateChanged",
                json_name="dateChanged",
                kind="datetime",
            ),
            XmlMember(
                element="Extension",
                json_name="extension",
                kind="string",
            ),
            XmlMember(
                element="ImageId",
                json_name="imageId",
                kind="string",
            ),
            XmlMember(
                element="Url",
                json_name="url",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
