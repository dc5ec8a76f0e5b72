"""Types of namespaces that refer to each other (re-exported by their own modules).

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model, OpenEnum
from . import business_intelligence_incoming, business_intelligence_outgoing


class Company(Model, kw_only=True):
    """Företag. (Company.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    customer_number: str | None | UnsetType = field(name="customerNumber", default=UNSET)
    """Kundnummer. (Customer number.)"""


class Contact(Model, kw_only=True):
    """Kontakt. (Contact.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    first_name: str | None | UnsetType = field(name="firstName", default=UNSET)
    """Förnamn. (First name.)"""

    last_name: str | None | UnsetType = field(name="lastName", default=UNSET)
    """Efternamn. (Last name.)"""


class Status(Model, kw_only=True):
    """Status. (Status.)"""

    id: int | None | UnsetType = UNSET
    """Statusens id. (Status id.)"""

    text: str | None | UnsetType = UNSET
    """Statusens text. (Status text.)"""


class EstateStatus(OpenEnum):
    """Bostadens status. (Estate status.)"""

    AssignmentAttempt = "AssignmentAttempt"


class UserType(OpenEnum):
    """Typ av användare. (Kind of user.)"""

    User = "User"


class TipState(OpenEnum):
    """Status för ett tips. (Tip state.)"""

    New = "New"


class TipType(OpenEnum):
    """Typ av tips. (Kind of tip.)"""

    FromUser = "FromUser"


class ActiveStatusTipLead(OpenEnum):
    """Aktiv status. (Active status.)"""

    Active = "Active"


class Party(Model, kw_only=True):
    """Avsändare eller mottagare. (A sender or receiver.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    company: Company | None | UnsetType = UNSET
    """Företaget. (The company.)"""


class User(Model, kw_only=True):
    """Användare. (User.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    type: UserType | None | UnsetType = UNSET
    """Typ av användare. (Kind of user.)"""

    employee_number: str | None | UnsetType = field(name="employeeNumber", default=UNSET)
    """Anställningsnummer. (Employee number.)"""


class Estate(Model, kw_only=True):
    """Bostad. (Estate.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    estate_status: EstateStatus | None | UnsetType = field(name="estateStatus", default=UNSET)
    """Bostadens status. (The estate's status.)"""

    status: Status | None | UnsetType = UNSET
    """Status med id och text. (Status as id and text.)"""


class Tip(Model, kw_only=True):
    """Tips. (Tip.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    title: str | None | UnsetType = UNSET
    """Rubrik. (Title.)"""

    state: TipState | None | UnsetType = UNSET
    """Status. (State.)"""

    message: str | None | UnsetType = UNSET
    """Meddelande. (Message.)"""

    type: TipType | None | UnsetType = UNSET
    """Typ av tips. (Kind of tip.)"""


class IncomingLead(Model, kw_only=True):
    """Ett inkommande lead. (A received lead.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    sender: Party | None | UnsetType = UNSET
    """Avsändare. (Sender.)"""

    receiver: Party | None | UnsetType = UNSET
    """Mottagare. (Receiver.)"""

    lead: business_intelligence_incoming.Lead | None | UnsetType = UNSET
    """Leadet. (The lead.)"""

    contact: Contact | None | UnsetType = UNSET
    """Kontakten. (The contact.)"""

    estate: Estate | None | UnsetType = UNSET
    """Bostaden. (The estate.)"""


class OutgoingLead(Model, kw_only=True):
    """Ett utgående lead. (A sent lead.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    user: User | None | UnsetType = UNSET
    """Användaren. (The user.)"""

    sender: Party | None | UnsetType = UNSET
    """Avsändare. (Sender.)"""

    receiver: Party | None | UnsetType = UNSET
    """Mottagare. (Receiver.)"""

    lead: business_intelligence_outgoing.Lead | None | UnsetType = UNSET
    """Leadet. (The lead.)"""

    contact: Contact | None | UnsetType = UNSET
    """Kontakten. (The contact.)"""


class SentTip(Model, kw_only=True):
    """Ett tips mellan kollegor. (A tip between colleagues.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    sender: Party | None | UnsetType = UNSET
    """Avsändare. (Sender.)"""

    receiver: Receiver | None | UnsetType = UNSET
    """Mottagare. (Receiver.)"""

    tip: Tip | None | UnsetType = UNSET
    """Tipset. (The tip.)"""

    contact: Contact | None | UnsetType = UNSET
    """Kontakten. (The contact.)"""

    estate: Estate | None | UnsetType = UNSET
    """Bostaden. (The estate.)"""


class TipsAndLeadsReport(Model, kw_only=True):
    """Rapport över skickade och mottagna tips och leads. (Sent and received tips and leads.)"""

    incoming_leads: list[IncomingLead | None] | None | UnsetType = field(name="incomingLeads", default=UNSET)
    """Inkommande leads. (Incoming leads.)"""

    outgoing_leads: list[OutgoingLead | None] | None | UnsetType = field(name="outgoingLeads", default=UNSET)
    """Utgående leads. (Outgoing leads.)"""

    tips: list[SentTip | None] | None | UnsetType = UNSET
    """Tips mellan kollegor. (Tips between colleagues.)"""


class Receiver(Model, kw_only=True):
    """Mottagare av ett tips. (Receiver of a tip.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    employee_number: str | None | UnsetType = field(name="employeeNumber", default=UNSET)
    """Anställningsnummer. (Employee number.)"""

    type: UserType | None | UnsetType = UNSET
    """Typ av mottagare. (Kind of receiver.)"""

    company: Company | None | UnsetType = UNSET
    """Företaget. (The company.)"""
