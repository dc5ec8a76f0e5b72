"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum
from . import advertising, express_models, housing_models


class Address(Model, kw_only=True):
    """Adress. (Address.)"""

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)
    """Gatuadress. (Street address.)"""

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)
    """Postnummer. (Postal code.)"""

    city: str | None | UnsetType = UNSET
    """Ort. (City.)"""


class LeadType(OpenEnum):
    """Arbetsflöde för en leadskälla. (Lead source workflow.)"""

    AcceptObjectFlow = "AcceptObjectFlow"


class Office(Model, kw_only=True):
    """Kontor. (Office.)"""

    id: str | None | UnsetType = UNSET
    """Kontorets id. (Office id.)"""

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)
    """Kund-id. (Customer id.)"""


class Person(Model, kw_only=True):
    """Kontaktperson. (Contact person.)"""

    first_name: str | None | UnsetType = field(name="firstName", default=UNSET)
    """Förnamn. (First name.)"""

    last_name: str | None | UnsetType = field(name="lastName", default=UNSET)
    """Efternamn. (Last name.)"""

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)
    """Personnummer. (Personal identity number.)"""

    is_foreign_social_security_number: bool | None | UnsetType = field(
        name="isForeignSocialSecurityNumber", default=UNSET
    )
    """Annat format/utländskt personnummer. (Foreign or other-format identity number.)"""

    address: Address | None | UnsetType = UNSET
    """Adress. (Address.)"""

    email: housing_models.Email | None | UnsetType = UNSET
    """E-post. (Email.)"""

    telephone: express_models.TelephoneNumbers | None | UnsetType = UNSET
    """Telefonnummer. (Telephone numbers.)"""


class UserGroup(Model, kw_only=True):
    """Användargrupp. (User group.)"""

    id: str | None | UnsetType = UNSET
    """Användargruppens id. (User group id.)"""


class Agent(Model, kw_only=True):
    """Handläggare. (Agent.)"""

    id: str | None | UnsetType = UNSET
    """Handläggarens id. (Agent id.)"""

    email: str | None | UnsetType = UNSET
    """Handläggarens e-post. (Agent email.)"""

    office: Office | None | UnsetType = UNSET
    """Handläggarens kontor. (The agent's office.)"""


class LeadSource(Model, kw_only=True):
    """Leadskälla. (Lead source.)"""

    lead_type: LeadType | None | UnsetType = field(name="leadType", default=UNSET)
    """Arbetsflöde. (Workflow.)"""

    name: str | None | UnsetType = UNSET
    """Leadskällans namn, utan marknadsplatsens namn. (Source name, without the market place's.)"""


class Receiver(Model, kw_only=True):
    """Mottagare av leadet. (Receiver of the lead.)"""

    agent: Agent | None | UnsetType = UNSET
    """Handläggare. (Agent.)"""

    user_group: UserGroup | None | UnsetType = field(name="userGroup", default=UNSET)
    """Användargrupp. (User group.)"""

    office: Office | None | UnsetType = UNSET
    """Kontor. (Office.)"""


class PublicAdvertisingPersonLead(Model, kw_only=True):
    """Uppgifter om ett lead för en kontaktperson. (A lead for a contact person.)"""

    person: Person
    """Kontaktperson som leadet avser. (The contact person.)"""

    receiver: Receiver | None | UnsetType = UNSET
    """Mottagare av leadet - Kan vara handläggare, användargrupp eller kontor. Om mottagare inte anges, söker
    systemet efter kontor med fokusområden som överlappar kontaktpersonens adress. Om sökningen inte hittade
    något kontor eller resulterade i flera kontor med överlappande fokusområden används kontoret för angivet
    kund-id. Om omfördelare är angiven, hamnar Leadet hos denne, i annat fall hamnar det i kontorets Sharktank.
    (Receiver: an agent, a user group or an office. Without one, the office whose focus areas cover the
    contact's address is chosen, else the customer id's office.)"""

    lead_source: LeadSource = field(name="leadSource")
    """Leadskälla - Anger varifrån leadet skickades. Om en leadskälla med angivet arbetsflöde och namn redan finns
    används denna. I annat fall skapas en ny leadskälla med angivet arbetsflöde samt namnet på Marknadsplatsen
    följt av angivet namn på leadskällan. OBS! Marknadsplatsens namn skall alltså inte anges, det läggs till
    automatiskt. (Where the lead was sent from; the market place's name is added automatically.)"""

    marketing: advertising.FormMarketing | None | UnsetType = UNSET
    """Marknadsföringsuppgifter som t ex UTM taggar. (Marketing data such as UTM tags.)"""

    message: str | None | UnsetType = UNSET
    """Ett meddelande till mottagaren av leadet. (A message to the receiver.)"""
