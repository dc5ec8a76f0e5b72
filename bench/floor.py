"""The JSON floor: plain msgspec Structs mirroring the API's shapes, decoded and encoded by msgspec alone.

What a hand-written msgspec client would use: camelCase renames, ``X | None = None`` members,
``datetime`` timestamps (msgspec's own parser: microseconds, the 7th digit rounded away), ``str``
enums, ``CrmContact`` subtypes as a msgspec tagged union on ``type``. No unknown-member keeping, no
``UNSET``, no 100 ns ticks: the cheapest faithful-enough decode, which ours is measured against.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Union

import msgspec

__all__ = [
    "CONTACT",
    "CONTACT_LEADS",
    "INCOMING_LEAD",
    "REPORT",
    "decoder",
    "encoder",
]


class _S(msgspec.Struct, rename="camel", kw_only=True, omit_defaults=False):
    pass


# -- the report --------------------------------------------------------------------------------------


class UserType(str, enum.Enum):
    User = "User"


class State(str, enum.Enum):
    New = "New"


class EstateStatus(str, enum.Enum):
    AssignmentAttempt = "AssignmentAttempt"


class TipType(str, enum.Enum):
    FromUser = "FromUser"


class Company(_S):
    id: str | None = None
    name: str | None = None
    customer_number: str | None = None


class Party(_S):
    id: str | None = None
    name: str | None = None
    company: Company | None = None


class Contact(_S):
    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None


class Status(_S):
    id: int | None = None
    text: str | None = None


class Estate(_S):
    id: str | None = None
    estate_status: EstateStatus | None = None
    status: Status | None = None


class User(_S):
    id: str | None = None
    name: str | None = None
    type: UserType | None = None
    employee_number: str | None = None


class InLead(_S):
    id: str | None = None
    title: str | None = None
    type: str | None = None
    state: State | None = None
    message: str | None = None


class OutLead(_S):
    id: str | None = None
    title: str | None = None
    type: str | None = None
    message: str | None = None


class Tip(_S):
    id: str | None = None
    title: str | None = None
    state: State | None = None
    message: str | None = None
    type: TipType | None = None


class Receiver(_S):
    id: str | None = None
    name: str | None = None
    employee_number: str | None = None
    type: UserType | None = None
    company: Company | None = None


class IncomingLead(_S):
    created_at: datetime | None = None
    sender: Party | None = None
    receiver: Party | None = None
    lead: InLead | None = None
    contact: Contact | None = None
    estate: Estate | None = None


class OutgoingLead(_S):
    created_at: datetime | None = None
    user: User | None = None
    sender: Party | None = None
    receiver: Party | None = None
    lead: OutLead | None = None
    contact: Contact | None = None


class SentTip(_S):
    created_at: datetime | None = None
    sender: Party | None = None
    receiver: Receiver | None = None
    tip: Tip | None = None
    contact: Contact | None = None
    estate: Estate | None = None


class TipsAndLeadsReport(_S):
    incoming_leads: list[IncomingLead] | None = None
    outgoing_leads: list[OutgoingLead] | None = None
    tips: list[SentTip] | None = None


# -- get_contact: a tagged union on "type" --------------------------------------------------------------


class Address(_S):
    street_address: str | None = None
    zip_code: str | None = None
    city: str | None = None
    country_code: str | None = None


class Email(_S):
    email_address: str | None = None
    email_address2: str | None = None


class Category(_S):
    id: str | None = None
    name: str | None = None
    read_only: bool | None = None


class Telephone(_S):
    pass


class _CrmContact(_S, tag_field="type"):
    customer_id: str
    id: str | None = None
    agent_id: str | None = None
    address: Address | None = None
    email: Email | None = None
    advertising_enabled: bool | None = None
    note: str | None = None
    categories: list[Category] | None = None
    created_at: datetime | None = None
    changed_at: datetime | None = None


class CrmPersonContact(_CrmContact, tag="Person"):
    first_name: str | None = None
    last_name: str | None = None
    social_security_number: str | None = None
    is_foreign_social_security_number: bool | None = None
    telephone: Telephone | None = None
    lead_score: int | None = None
    wants_to_be_matched: str | None = None
    matching_changed_at: datetime | None = None
    is_deceased: bool | None = None
    is_company_person: bool | None = None
    gdpr_approval_date: datetime | None = None


class CrmCompanyContact(_CrmContact, tag="Company"):
    name: str | None = None
    corporate_number: str | None = None
    is_foreign_corporate_number: bool | None = None
    home_page: str | None = None
    telephone: Telephone | None = None
    lead_score: int | None = None


class CrmDeceasedEstateContact(_CrmContact, tag="DeceasedEstate"):
    name: str | None = None
    social_security_number: str | None = None
    is_foreign_id_social_security_number: bool | None = None
    telephone: Telephone | None = None


CrmContact = Union[CrmPersonContact, CrmCompanyContact, CrmDeceasedEstateContact]  # noqa: UP007


# -- get_contact_leads, get_incoming_lead ---------------------------------------------------------------


class CrmLead(_S):
    id: str | None = None
    created_at: datetime | None = None
    lead_type: str | None = None
    lead_type_id: str | None = None


class CrmContactLead(_S):
    contact_id: str | None = None
    leads: list[CrmLead] | None = None


class Office(_S):
    id: str | None = None
    customer_id: str | None = None


class UserGroup(_S):
    id: str | None = None


class Agent(_S):
    id: str | None = None
    office: Office | None = None


class LeadReceiver(_S):
    agent: Agent | None = None
    user_group: UserGroup | None = None
    office: Office | None = None


class LeadSource(_S):
    id: str | None = None
    name: str | None = None
    lead_type: str | None = None


class UtmTag(_S):
    name: str | None = None
    value: str | None = None


class ExistingIncomingLead(_S):
    contact_id: str | None = None
    lead_source: LeadSource | None = None
    sent_at: datetime | None = None
    receiver: LeadReceiver | None = None
    buying_estate_id: str | None = None
    selling_estate_id: str | None = None
    state: State | None = None
    message: str | None = None
    is_anonymized: bool | None = None
    utm_tags: list[UtmTag] | None = None


REPORT = TipsAndLeadsReport
CONTACT = CrmContact
CONTACT_LEADS = list[CrmContactLead]
INCOMING_LEAD = ExistingIncomingLead

_DECODERS: dict[object, msgspec.json.Decoder[object]] = {}
_ENCODER = msgspec.json.Encoder()


def decoder(tp: object) -> msgspec.json.Decoder[object]:
    """A cached ``msgspec.json.Decoder`` for one of the plain types above."""
    dec = _DECODERS.get(tp)
    if dec is None:
        dec = _DECODERS[tp] = msgspec.json.Decoder(tp)
    return dec


def encoder() -> msgspec.json.Encoder:
    return _ENCODER
