"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Update.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .custom_field import FieldValueCriteria
from .housing_models import (
    Address,
    Coordinate,
    Email,
)
from .task import Task

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Update"


class ObtainThrough(OpenEnum):
    INTEREST = "Interest"
    PHONE = "Phone"
    VISIT = "Visit"
    AGREEMENT = "Agreement"
    OTHER = "Other"
    EMAIL = "Email"
    NOT_ASKED = "NotAsked"


@dataclass(kw_only=True)
class UpdateCompany:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Update"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    category_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "CategoryIds",
            "type": "Element",
            "nillable": True,
        },
    )
    company_name: None | str = field(
        default=None,
        metadata={
            "name": "CompanyName",
            "type": "Element",
            "max_length": 50,
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )
    custom_field: None | FieldValueCriteria = field(
        default=None,
        metadata={
            "name": "CustomField",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: str = field(
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "max_length": 40,
        }
    )
    email: None | Email = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    home_page: None | str = field(
        default=None,
        metadata={
            "name": "HomePage",
            "type": "Element",
            "max_length": 60,
            "nillable": True,
        },
    )
    lead_score: None | int = field(
        default=None,
        metadata={
            "name": "LeadScore",
            "type": "Element",
            "nillable": True,
        },
    )
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    other_phone: None | str = field(
        default=None,
        metadata={
            "name": "OtherPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    switch_phone: None | str = field(
        default=None,
        metadata={
            "name": "SwitchPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    task: None | Task = field(
        default=None,
        metadata={
            "name": "Task",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
    wish_advertising: None | bool = field(
        default=None,
        metadata={
            "name": "WishAdvertising",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class UpdatePerson:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Update"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    approval: None | bool = field(
        default=None,
        metadata={
            "name": "Approval",
            "type": "Element",
            "nillable": True,
        },
    )
    approval_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ApprovalDate",
            "type": "Element",
            "nillable": True,
        },
    )
    category_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "CategoryIds",
            "type": "Element",
            "nillable": True,
        },
    )
    cell_phone: None | str = field(
        default=None,
        metadata={
            "name": "CellPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_field: None | FieldValueCriteria = field(
        default=None,
        metadata={
            "name": "CustomField",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: str = field(
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "max_length": 40,
        }
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
    gdpr_approval_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "GdprApprovalDate",
            "type": "Element",
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
    lead_score: None | int = field(
        default=None,
        metadata={
            "name": "LeadScore",
            "type": "Element",
            "nillable": True,
        },
    )
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    obtain_through: None | ObtainThrough = field(
        default=None,
        metadata={
            "name": "ObtainThrough",
            "type": "Element",
            "nillable": True,
        },
    )
    other_phone: None | str = field(
        default=None,
        metadata={
            "name": "OtherPhone",
            "type": "Element",
            "max_length": 17,
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
    task: None | Task = field(
        default=None,
        metadata={
            "name": "Task",
            "type": "Element",
            "nillable": True,
        },
    )
    tele_phone: None | str = field(
        default=None,
        metadata={
            "name": "TelePhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
    wish_advertising: None | bool = field(
        default=None,
        metadata={
            "name": "WishAdvertising",
            "type": "Element",
            "nillable": True,
        },
    )
    work_phone: None | str = field(
        default=None,
        metadata={
            "name": "WorkPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
