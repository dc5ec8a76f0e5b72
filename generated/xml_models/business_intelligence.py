"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .business_intelligence_incoming import Lead as BusinessIntelligenceIncomingLead
from .business_intelligence_outgoing import Lead as BusinessIntelligenceOutgoingLead


class ActiveStatusTipLead(OpenEnum):
    """
    Aktiv status. (Active status.).
    """

    ACTIVE = "Active"


@dataclass(kw_only=True)
class Company:
    """
    Företag. (Company.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    customer_number: None | str = field(
        default=None,
        metadata={
            "name": "CustomerNumber",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Contact:
    """
    Kontakt. (Contact.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    first_name: None | str = field(
        default=None,
        metadata={
            "name": "FirstName",
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
    last_name: None | str = field(
        default=None,
        metadata={
            "name": "LastName",
            "type": "Element",
            "nillable": True,
        },
    )


class EstateStatus(OpenEnum):
    """
    Bostadens status. (Estate status.).
    """

    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"


@dataclass(kw_only=True)
class Status:
    """
    Status. (Status.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    id: None | int = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    text: None | str = field(
        default=None,
        metadata={
            "name": "Text",
            "type": "Element",
            "nillable": True,
        },
    )


class TipState(OpenEnum):
    """
    Status för ett tips. (Tip state.).
    """

    NEW = "New"


class TipType(OpenEnum):
    """
    Typ av tips. (Kind of tip.).
    """

    FROM_USER = "FromUser"


class UserType(OpenEnum):
    """
    Typ av användare. (Kind of user.).
    """

    USER = "User"


@dataclass(kw_only=True)
class Receiver:
    """
    Mottagare av ett tips. (Receiver of a tip.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Tips"

    company: None | Company = field(
        default=None,
        metadata={
            "name": "Company",
            "type": "Element",
            "nillable": True,
        },
    )
    employee_number: None | str = field(
        default=None,
        metadata={
            "name": "EmployeeNumber",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | UserType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Estate:
    """
    Bostad. (Estate.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    estate_status: None | EstateStatus = field(
        default=None,
        metadata={
            "name": "EstateStatus",
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
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Party:
    """
    Avsändare eller mottagare. (A sender or receiver.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    company: None | Company = field(
        default=None,
        metadata={
            "name": "Company",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Tip:
    """
    Tips. (Tip.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
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
    state: None | TipState = field(
        default=None,
        metadata={
            "name": "State",
            "type": "Element",
            "nillable": True,
        },
    )
    title: None | str = field(
        default=None,
        metadata={
            "name": "Title",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | TipType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class User:
    """
    Användare. (User.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    employee_number: None | str = field(
        default=None,
        metadata={
            "name": "EmployeeNumber",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | UserType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class IncomingLead:
    """
    Ett inkommande lead. (A received lead.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    contact: None | Contact = field(
        default=None,
        metadata={
            "name": "Contact",
            "type": "Element",
            "nillable": True,
        },
    )
    created_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    estate: None | Estate = field(
        default=None,
        metadata={
            "name": "Estate",
            "type": "Element",
            "nillable": True,
        },
    )
    lead: None | BusinessIntelligenceIncomingLead = field(
        default=None,
        metadata={
            "name": "Lead",
            "type": "Element",
            "nillable": True,
        },
    )
    receiver: None | Party = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    sender: None | Party = field(
        default=None,
        metadata={
            "name": "Sender",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OutgoingLead:
    """
    Ett utgående lead. (A sent lead.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    contact: None | Contact = field(
        default=None,
        metadata={
            "name": "Contact",
            "type": "Element",
            "nillable": True,
        },
    )
    created_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    lead: None | BusinessIntelligenceOutgoingLead = field(
        default=None,
        metadata={
            "name": "Lead",
            "type": "Element",
            "nillable": True,
        },
    )
    receiver: None | Party = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    sender: None | Party = field(
        default=None,
        metadata={
            "name": "Sender",
            "type": "Element",
            "nillable": True,
        },
    )
    user: None | User = field(
        default=None,
        metadata={
            "name": "User",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SentTip:
    """
    Ett tips mellan kollegor. (A tip between colleagues.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    contact: None | Contact = field(
        default=None,
        metadata={
            "name": "Contact",
            "type": "Element",
            "nillable": True,
        },
    )
    created_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    estate: None | Estate = field(
        default=None,
        metadata={
            "name": "Estate",
            "type": "Element",
            "nillable": True,
        },
    )
    receiver: None | Receiver = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    sender: None | Party = field(
        default=None,
        metadata={
            "name": "Sender",
            "type": "Element",
            "nillable": True,
        },
    )
    tip: None | Tip = field(
        default=None,
        metadata={
            "name": "Tip",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfIncomingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    incoming_lead: list[IncomingLead] = field(
        default_factory=list,
        metadata={
            "name": "IncomingLead",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOutgoingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    outgoing_lead: list[OutgoingLead] = field(
        default_factory=list,
        metadata={
            "name": "OutgoingLead",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSentTip:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    sent_tip: list[SentTip] = field(
        default_factory=list,
        metadata={
            "name": "SentTip",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TipsAndLeadsReport:
    """
    Rapport över skickade och mottagna tips och leads. (Sent and received tips and leads.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    incoming_leads: None | ArrayOfIncomingLead = field(
        default=None,
        metadata={
            "name": "IncomingLeads",
            "type": "Element",
            "nillable": True,
        },
    )
    outgoing_leads: None | ArrayOfOutgoingLead = field(
        default=None,
        metadata={
            "name": "OutgoingLeads",
            "type": "Element",
            "nillable": True,
        },
    )
    tips: None | ArrayOfSentTip = field(
        default=None,
        metadata={
            "name": "Tips",
            "type": "Element",
            "nillable": True,
        },
    )
