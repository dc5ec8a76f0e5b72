"""The models of the Vitec Express Connect API, as msgspec structs.

Each DataContract namespace is a module here (``advertising``, ``business_intelligence``, ``business_intelligence_incoming``, ``business_intelligence_outgoing``, ``business_intelligence_tips``, ``category``, ``crm_contact``, ``crm_contact_lead``, ``existing_lead``, ``express_models``, ``housing_models``, ``public_advertisement_lead``, ``errors``).
This package also names, plainly, every endpoint's request and response types and each type whose name
no other namespace uses: ``models.CrmContact`` is what ``get_contact`` returns, ``models.IncomingLead``
what ``get_incoming_lead`` returns; the report's ``IncomingLead`` is ``models.business_intelligence.IncomingLead``.

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from . import (
    advertising,
    business_intelligence,
    business_intelligence_incoming,
    business_intelligence_outgoing,
    business_intelligence_tips,
    category,
    crm_contact,
    crm_contact_lead,
    errors,
    existing_lead,
    express_models,
    housing_models,
    public_advertisement_lead,
)
from .advertising import FormMarketing, FormMarketingUtmTags
from .business_intelligence import (
    ActiveStatusTipLead,
    Company,
    Contact,
    Estate,
    EstateStatus,
    OutgoingLead,
    Party,
    SentTip,
    Status,
    Tip,
    TipsAndLeadsReport,
    TipState,
    TipType,
    User,
    UserType,
)
from .category import Category
from .crm_contact import (
    CompanyTelephoneNumbers,
    ContactType,
    CrmCompanyContact,
    CrmContact,
    CrmContactAddress,
    CrmDeceasedEstateContact,
    CrmPersonContact,
    MatchingWatched,
    PersonTelephoneNumbers,
)
from .crm_contact_lead import CrmContactLead, CrmLead
from .existing_lead import IncomingLead, LeadReceiver
from .express_models import TelephoneNumbers
from .housing_models import Email
from .public_advertisement_lead import Address, Person, PublicAdvertisingPersonLead

__all__ = [
    "advertising",
    "business_intelligence",
    "business_intelligence_incoming",
    "business_intelligence_outgoing",
    "business_intelligence_tips",
    "category",
    "crm_contact",
    "crm_contact_lead",
    "existing_lead",
    "express_models",
    "housing_models",
    "public_advertisement_lead",
    "errors",
    "ActiveStatusTipLead",
    "Address",
    "Category",
    "Company",
    "CompanyTelephoneNumbers",
    "Contact",
    "ContactType",
    "CrmCompanyContact",
    "CrmContact",
    "CrmContactAddress",
    "CrmContactLead",
    "CrmDeceasedEstateContact",
    "CrmLead",
    "CrmPersonContact",
    "Email",
    "Estate",
    "EstateStatus",
    "FormMarketing",
    "FormMarketingUtmTags",
    "IncomingLead",
    "LeadReceiver",
    "MatchingWatched",
    "OutgoingLead",
    "Party",
    "Person",
    "PersonTelephoneNumbers",
    "PublicAdvertisingPersonLead",
    "SentTip",
    "Status",
    "TelephoneNumbers",
    "Tip",
    "TipState",
    "TipType",
    "TipsAndLeadsReport",
    "User",
    "UserType",
]
