"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum
from .advertising import FormMarketing
from .express_models import TelephoneNumbers
from .housing_models import Email

__NAMESPACE__ = (
    "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"
)


@dataclass(kw_only=True)
class Address:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


class LeadType(OpenEnum):
    ACCEPT_OBJECT_FLOW = "AcceptObjectFlow"


@dataclass(kw_only=True)
class Office:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
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
class UserGroup:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Agent:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    email: None | str = field(
        default=None,
        metadata={
            "name": "Email",
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
    office: None | Office = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfUserGroup:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    user_group: list[UserGroup] = field(
        default_factory=list,
        metadata={
            "name": "UserGroup",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadSource:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    lead_type: None | LeadType = field(
        default=None,
        metadata={
            "name": "LeadType",
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
class Person:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
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
            "nillable": True,
        },
    )
    is_foreign_social_security_number: None | bool = field(
        default=None,
        metadata={
            "name": "IsForeignSocialSecurityNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    last_name: None | str = field(
        default=None,
        metadata={
            "name": "LastName",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    telephone: None | TelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfLeadSource:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    lead_source: list[LeadSource] = field(
        default_factory=list,
        metadata={
            "name": "LeadSource",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPerson:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    person: list[Person] = field(
        default_factory=list,
        metadata={
            "name": "Person",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Receiver:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    agent: None | Agent = field(
        default=None,
        metadata={
            "name": "Agent",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | Office = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    user_group: None | UserGroup = field(
        default=None,
        metadata={
            "name": "UserGroup",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PublicAdvertisingPersonLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    lead_source: LeadSource = field(
        metadata={
            "name": "LeadSource",
            "type": "Element",
        }
    )
    marketing: None | FormMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    message: None | str = field(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "nillable": True,
        },
    )
    person: Person = field(
        metadata={
            "name": "Person",
            "type": "Element",
        }
    )
    receiver: None | Receiver = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
