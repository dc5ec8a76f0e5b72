"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model, OpenEnum
from . import advertising


class LeadType(OpenEnum):
    """Arbetsflöde för en leadskälla. (Lead source workflow.)"""

    AcceptObjectFlow = "AcceptObjectFlow"


class Office(Model, kw_only=True):
    """Kontor. (Office.)"""

    id: str | None | UnsetType = UNSET
    """Kontorets id. (Office id.)"""

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)
    """Kund-id. (Customer id.)"""


class State(OpenEnum):
    """Status för ett lead. (Lead state.)"""

    New = "New"


class UserGroup(Model, kw_only=True):
    """Användargrupp. (User group.)"""

    id: str | None | UnsetType = UNSET
    """Användargruppens id. (User group id.)"""


class Agent(Model, kw_only=True):
    """Handläggare. (Agent.)"""

    id: str | None | UnsetType = UNSET
    """Handläggarens id. (Agent id.)"""

    office: Office | None | UnsetType = UNSET
    """Handläggarens kontor. (The agent's office.)"""


class LeadReceiver(Model, kw_only=True):
    """Mottagare av leadet. (Who the lead is with.)"""

    agent: Agent | None | UnsetType = UNSET
    """Handläggare. (Agent.)"""

    user_group: UserGroup | None | UnsetType = field(name="userGroup", default=UNSET)
    """Användargrupp. (User group.)"""

    office: Office | None | UnsetType = UNSET
    """Kontor. (Office.)"""


class LeadSource(Model, kw_only=True):
    """Källa till leadet. (Lead source.)"""

    id: str | None | UnsetType = UNSET
    """Id för leadskällan. (Lead source id.)"""

    name: str | None | UnsetType = UNSET
    """Namn på leadskällan. (Lead source name.)"""

    lead_type: LeadType | None | UnsetType = field(name="leadType", default=UNSET)
    """Leadskällans arbetsflöde. (The lead source's workflow.)"""


class IncomingLead(Model, kw_only=True):
    """Ett inkommande lead, dvs ett lead som skickats till mäklarsystemet från en extern aktör.
    (An incoming lead, sent to the estate agent system by an external party.)"""

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)
    """Id på kontakten som leadet avser. Är angiven om kontaktpersonen fortfarande finns kvar i mäklarsystemet.
    (The contact's id, given while the contact person still exists in the system.)"""

    lead_source: LeadSource | None | UnsetType = field(name="leadSource", default=UNSET)
    """Källa till leadet, dvs en förklaring till hur leadet kom in i mäklarsystemet.
    (Where the lead came from.)"""

    sent_at: LazyTimestamp | None | UnsetType = field(name="sentAt", default=UNSET)
    """Datum och tidpunkt då leadet skickades. (When the lead was sent.)"""

    receiver: LeadReceiver | None | UnsetType = UNSET
    """Mottagare av leadet, dvs den handläggare, den grupp eller det kontor som för närvarande är ansvarig för leadet.
    (The agent, group or office now responsible for the lead.)"""

    buying_estate_id: str | None | UnsetType = field(name="buyingEstateId", default=UNSET)
    """Id för eventuell bostad som kontaktpersonen är spekulant på. (Estate the contact may buy.)"""

    selling_estate_id: str | None | UnsetType = field(name="sellingEstateId", default=UNSET)
    """Id för eventuell bostad som kontaktpersonen vill sälja. (Estate the contact wants to sell.)"""

    state: State | None | UnsetType = UNSET
    """Aktuell status för leadet. (The lead's current state.)"""

    message: str | None | UnsetType = UNSET
    """Anteckning för leadet. Kan anges både när leadet skickas och när mottagaren arbetar med leadet.
    (A note on the lead.)"""

    is_anonymized: bool | None | UnsetType = field(name="isAnonymized", default=UNSET)
    """Anger om leadet är anonymiserat, dvs om det inte längre finns någon kontaktperson kopplat till leadet
    eftersom denne pga GDPR-regler eller annan orsak blivit borttagen från systemet.
    (Whether the lead is anonymised: its contact person was removed, e.g. under GDPR.)"""

    utm_tags: list[advertising.FormMarketingUtmTags | None] | None | UnsetType = field(name="utmTags", default=UNSET)
    """UTM taggar för sidan där leadet skapades. (UTM tags of the page the lead came from.)"""
