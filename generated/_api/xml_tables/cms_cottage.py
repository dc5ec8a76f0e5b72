"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import cms_common, cms_cottage
from . import CMS_COMMON, CMS_COTTAGE

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=cms_cottage.CmsCottageBaseInformation,
        name="CmsCottageBaseInformation",
        namespace=CMS_COTTAGE,
        members=(
            XmlMember(
                element="Address",
                json_name="address",
                kind="object",
                target=cms_common.CmsEstateAddress,
                child_ns=CMS_COMMON,
            ),
            XmlMember(
                element="LivingSpace",
                json_name="livingSpace",
                kind="double",
            ),
            XmlMember(
                element="OtherSpace",
                json_name="otherSpace",
                kind="double",
            ),
            XmlMember(
                element="PropertyUnitDesignation",
                json_name="propertyUnitDesignation",
                kind="string",
            ),
            XmlMember(
                element="Status",
                json_name="status",
                kind="enum",
                target=cms_cottage.Status,
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=cms_cottage.CmsCottageInterior,
        name="CmsCottageInterior",
        namespace=CMS_COTTAGE,
        members=(
            XmlMember(
                element="Description",
                json_name="description",
                kind="string",
            ),
            XmlMember(
                element="MaxNumberOfBedrooms",
                json_name="maxNumberOfBedrooms",
                kind="int",
            ),
            XmlMember(
                element="NumberOfBedrooms",
                json_name="numberOfBedrooms",
                kind="int",
            ),
            XmlMember(
                element="NumberOfRooms",
                json_name="numberOfRooms",
                kind="double",
            ),
            XmlMember(
                element="Rooms",
                json_name="rooms",
                kind="list",
                target=cms_cottage.Room,
                item="Room",
                item_ns=CMS_COTTAGE,
                item_kind="object",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=cms_cottage.Room,
        name="Room",
        namespace=CMS_COTTAGE,
        members=(
            XmlMember(
                element="Heading",
                json_name="heading",
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
)
