"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .housing_models import (
    Email,
    PersonTelephoneNumbers,
)

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"


@dataclass(kw_only=True)
class CompanyLeadSender:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactAddress:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "max_length": 25,
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "max_length": 68,
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactAgent:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"

    email: None | str = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    external_id: None | str = field(
        default=None,
        metadata={
            "name": "ExternalId",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactOffice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    external_id: None | str = field(
        default=None,
        metadata={
            "name": "ExternalId",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class UserLeadSender:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactLeadSender:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"

    company: None | CompanyLeadSender = field(
        default=None,
        metadata={
            "name": "Company",
            "type": "Element",
            "nillable": True,
        },
    )
    user: None | UserLeadSender = field(
        default=None,
        metadata={
            "name": "User",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PersonLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"

    address: None | ContactAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    agent: None | ContactAgent = field(
        default=None,
        metadata={
            "name": "Agent",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment_source_id: None | str = field(
        default=None,
        metadata={
            "name": "AssignmentSourceId",
            "type": "Element",
            "nillable": True,
        },
    )
    email: None | Email = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    first_name: None | str = field(
        default=None,
        metadata={
            "name": "FirstName",
            "type": "Element",
            "max_length": 30,
            "nillable": True,
        },
    )
    last_name: None | str = field(
        default=None,
        metadata={
            "name": "LastName",
            "type": "Element",
            "max_length": 30,
            "nillable": True,
        },
    )
    message: str = field(
        metadata={
            "name": "Message",
            "type": "Element",
        }
    )
    office: None | ContactOffice = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    sender: None | ContactLeadSender = field(
        default=None,
        metadata={
            "name": "Sender",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )
    telephone: None | PersonTelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )
    type_id: str = field(
        metadata={
            "name": "TypeId",
            "type": "Element",
        }
    )
