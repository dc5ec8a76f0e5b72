"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Advertising.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .housing_models import (
    Email,
    PersonTelephoneNumbers,
)
from .interest_application import (
    ContactAddress,
    ContactPresentAccommodation,
)

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Advertising"


@dataclass(kw_only=True)
class AdvertisingInterestApplication:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Advertising"

    address: None | ContactAddress = field(
        default=None,
        metadata={
            "name": "Address",
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
    contact_message: None | str = field(
        default=None,
        metadata={
            "name": "ContactMessage",
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
    first_name: str = field(
        metadata={
            "name": "FirstName",
            "type": "Element",
            "max_length": 30,
        }
    )
    gdpr_approval_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "GdprApprovalDate",
            "type": "Element",
            "nillable": True,
        },
    )
    last_name: str = field(
        metadata={
            "name": "LastName",
            "type": "Element",
            "max_length": 30,
        }
    )
    lead_source_id: None | str = field(
        default=None,
        metadata={
            "name": "LeadSourceId",
            "type": "Element",
            "nillable": True,
        },
    )
    present_accommodation: None | ContactPresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
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
