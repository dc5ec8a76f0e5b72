"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Advertising

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import housing_models, interest_application, vitec_advertising
from . import HOUSING_MODELS, INTEREST_APPLICATION, VITEC_ADVERTISING

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=vitec_advertising.AdvertisingInterestApplication,
        name="AdvertisingInterestApplication",
        namespace=VITEC_ADVERTISING,
        members=(
            XmlMember(
                element="Address",
                json_name="address",
                kind="object",
                target=interest_application.ContactAddress,
                child_ns=INTEREST_APPLICATION,
            ),
            XmlMember(
                element="AssignmentSourceId",
                json_name="assignmentSourceId",
                kind="string",
            ),
            XmlMember(
                element="ContactMessage",
                json_name="contactMessage",
                kind="string",
            ),
            XmlMember(
                element="Email",
                json_name="email",
                kind="object",
                target=housing_models.Email,
                child_ns=HOUSING_MODELS,
            ),
            XmlMember(
                element="FirstName",
                json_name="firstName",
                kind="string",
            ),
            XmlMember(
                element="GdprApprovalDate",
                json_name="gdprApprovalDate",
                kind="datetime",
            ),
            XmlMember(
                element="LastName",
                json_name="lastName",
                kind="string",
            ),
            XmlMember(
                element="LeadSourceId",
                json_name="leadSourceId",
                kind="string",
            ),
            XmlMember(
                element="PresentAccommodation",
                json_name="presentAccommodation",
                kind="object",
                target=interest_application.ContactPresentAccommodation,
                child_ns=INTEREST_APPLICATION,
            ),
            XmlMember(
                element="SocialSecurityNumber",
                json_name="socialSecurityNumber",
                kind="string",
            ),
            XmlMember(
                element="Telephone",
                json_name="telephone",
                kind="object",
                target=housing_models.PersonTelephoneNumbers,
                child_ns=HOUSING_MODELS,
            ),
        ),
        namespace_inferred=True,
    ),
)
