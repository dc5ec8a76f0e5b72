"""DataContract XML tables: one module per namespace, each listing its types' element names, base
types, subtypes and members in the order .NET writes and reads them (base-class members first), from
spec/xsd/. The runtime imports this index on first use, and a namespace's module when one of its types
is first read or written.

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

ADVERTISING = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"
BUSINESS_INTELLIGENCE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"
BUSINESS_INTELLIGENCE_INCOMING = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Incomming"
)
BUSINESS_INTELLIGENCE_OUTGOING = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing"
)
BUSINESS_INTELLIGENCE_TIPS = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Tips"
)
CATEGORY = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category"
CRM_CONTACT = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"
CRM_CONTACT_LEAD = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"
EXISTING_LEAD = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"
EXPRESS_MODELS = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models"
HOUSING_MODELS = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"
PUBLIC_ADVERTISEMENT_LEAD = (
    "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"
)
SERIALIZATION = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

#: DataContract namespace -> the module here that holds its types
MODULES: dict[str, str] = {
    ADVERTISING: "advertising",
    BUSINESS_INTELLIGENCE: "business_intelligence",
    BUSINESS_INTELLIGENCE_INCOMING: "business_intelligence_incoming",
    BUSINESS_INTELLIGENCE_OUTGOING: "business_intelligence_outgoing",
    BUSINESS_INTELLIGENCE_TIPS: "business_intelligence_tips",
    CATEGORY: "category",
    CRM_CONTACT: "crm_contact",
    CRM_CONTACT_LEAD: "crm_contact_lead",
    EXISTING_LEAD: "existing_lead",
    EXPRESS_MODELS: "express_models",
    HOUSING_MODELS: "housing_models",
    PUBLIC_ADVERTISEMENT_LEAD: "public_advertisement_lead",
}

#: the namespaces of the types whose namespace is inferred (no document Vitec published shows it)
INFERRED: frozenset[str] = frozenset()

#: model class name -> the modules here with a type of that class name
CLASSES: dict[str, tuple[str, ...]] = {
    "Address": ("public_advertisement_lead",),
    "Agent": (
        "existing_lead",
        "public_advertisement_lead",
    ),
    "Category": ("category",),
    "Company": ("business_intelligence",),
    "CompanyTelephoneNumbers": ("crm_contact",),
    "Contact": ("business_intelligence",),
    "CrmCompanyContact": ("crm_contact",),
    "CrmContact": ("crm_contact",),
    "CrmContactAddress": ("crm_contact",),
    "CrmContactLead": ("crm_contact_lead",),
    "CrmDeceasedEstateContact": ("crm_contact",),
    "CrmLead": ("crm_contact_lead",),
    "CrmPersonContact": ("crm_contact",),
    "Email": ("housing_models",),
    "Estate": ("business_intelligence",),
    "FormMarketing": ("advertising",),
    "FormMarketingUtmTags": ("advertising",),
    "IncomingLead": (
        "business_intelligence",
        "existing_lead",
    ),
    "Lead": (
        "business_intelligence_incoming",
        "business_intelligence_outgoing",
    ),
    "LeadReceiver": ("existing_lead",),
    "LeadSource": (
        "existing_lead",
        "public_advertisement_lead",
    ),
    "Office": (
        "existing_lead",
        "public_advertisement_lead",
    ),
    "OutgoingLead": ("business_intelligence",),
    "Party": ("business_intelligence",),
    "Person": ("public_advertisement_lead",),
    "PersonTelephoneNumbers": ("crm_contact",),
    "PublicAdvertisingPersonLead": ("public_advertisement_lead",),
    "Receiver": (
        "business_intelligence_tips",
        "public_advertisement_lead",
    ),
    "SentTip": ("business_intelligence",),
    "Status": ("business_intelligence",),
    "TelephoneNumbers": ("express_models",),
    "Tip": ("business_intelligence",),
    "TipsAndLeadsReport": ("business_intelligence",),
    "User": ("business_intelligence",),
    "UserGroup": (
        "existing_lead",
        "public_advertisement_lead",
    ),
}
