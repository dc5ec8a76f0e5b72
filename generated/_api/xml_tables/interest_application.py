"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.InterestApplication

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import housing_models, interest_application
from . import HOUSING_MODELS, INTEREST_APPLICATION

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=interest_application.ContactAddress,
        name="ContactAddress",
        namespace=INTEREST_APPLICATION,
        members=(
            XmlMember(
                element="City",
                json_name="city",
                kind="string",
            ),
            XmlMember(
                element="StreetAddress",
                json_name="streetAddress",
                kind="string",
            ),
            XmlMember(
                element="ZipCode",
                json_name="zipCode",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
    XmlType(
        cls=interest_application.ContactPresentAccommodation,
        name="ContactPresentAccommodation",
        namespace=INTEREST_APPLICATION,
        members=(
            XmlMember(
                element="Coordinate",
                json_name="coordinate",
                kind="object",
                target=housing_models.Coordinate,
                child_ns=HOUSING_MODELS,
            ),
            XmlMember(
                element="EstateType",
                json_name="estateType",
                kind="enum",
                target=interest_application.EstateType,
            ),
            XmlMember(
                element="LivingSpace",
                json_name="livingSpace",
                kind="double",
            ),
            XmlMember(
                element="NumberOfRooms",
                json_name="numberOfRooms",
                kind="double",
            ),
            XmlMember(
                element="Other",
                json_name="other",
                kind="string",
            ),
            XmlMember(
                element="Price",
                json_name="price",
                kind="double",
            ),
        ),
        namespace_inferred=True,
    ),
)
