"""DataContract XML tables: for each model, its element name, namespace, base type and members in
the order .NET writes and reads them (base-class members first), from spec/xsd/.

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from .._schema import XmlMember, XmlType
from ..models import (
    advertising,
    business_intelligence,
    business_intelligence_incoming,
    business_intelligence_outgoing,
    business_intelligence_tips,
    category,
    crm_contact,
    crm_contact_lead,
    existing_lead,
    express_models,
    housing_models,
    public_advertisement_lead,
)

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

TYPES: tuple[XmlType, ...] = (
    XmlType(
        advertising.FormMarketing,
        "FormMarketing",
        ADVERTISING,
        None,
        (
            XmlMember("Referrer", "referrer", "string"),
            XmlMember(
                "UtmTags",
                "utmTags",
                "list",
                advertising.FormMarketingUtmTags,
                None,
                "FormMarketingUtmTags",
                ADVERTISING,
                "object",
            ),
        ),
    ),
    XmlType(
        advertising.FormMarketingUtmTags,
        "FormMarketingUtmTags",
        ADVERTISING,
        None,
        (
            XmlMember("Name", "name", "string"),
            XmlMember("Value", "value", "string"),
        ),
    ),
    XmlType(
        business_intelligence.Company,
        "Company",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("CustomerNumber", "customerNumber", "string"),
            XmlMember("Id", "id", "string"),
            XmlMember("Name", "name", "string"),
        ),
    ),
    XmlType(
        business_intelligence.Contact,
        "Contact",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("FirstName", "firstName", "string"),
            XmlMember("Id", "id", "string"),
            XmlMember("LastName", "lastName", "string"),
        ),
    ),
    XmlType(
        business_intelligence.Estate,
        "Estate",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("EstateStatus", "estateStatus", "enum", business_intelligence.EstateStatus),
            XmlMember("Id", "id", "string"),
            XmlMember("Status", "status", "object", business_intelligence.Status),
        ),
    ),
    XmlType(
        business_intelligence.IncomingLead,
        "IncomingLead",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("Contact", "contact", "object", business_intelligence.Contact),
            XmlMember("CreatedAt", "createdAt", "datetime"),
            XmlMember("Estate", "estate", "object", business_intelligence.Estate),
            XmlMember("Lead", "lead", "object", business_intelligence_incoming.Lead, BUSINESS_INTELLIGENCE_INCOMING),
            XmlMember("Receiver", "receiver", "object", business_intelligence.Party),
            XmlMember("Sender", "sender", "object", business_intelligence.Party),
        ),
    ),
    XmlType(
        business_intelligence.OutgoingLead,
        "OutgoingLead",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("Contact", "contact", "object", business_intelligence.Contact),
            XmlMember("CreatedAt", "createdAt", "datetime"),
            XmlMember("Lead", "lead", "object", business_intelligence_outgoing.Lead, BUSINESS_INTELLIGENCE_OUTGOING),
            XmlMember("Receiver", "receiver", "object", business_intelligence.Party),
            XmlMember("Sender", "sender", "object", business_intelligence.Party),
            XmlMember("User", "user", "object", business_intelligence.User),
        ),
    ),
    XmlType(
        business_intelligence.Party,
        "Party",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("Company", "company", "object", business_intelligence.Company),
            XmlMember("Id", "id", "string"),
            XmlMember("Name", "name", "string"),
        ),
    ),
    XmlType(
        business_intelligence.SentTip,
        "SentTip",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("Contact", "contact", "object", business_intelligence.Contact),
            XmlMember("CreatedAt", "createdAt", "datetime"),
            XmlMember("Estate", "estate", "object", business_intelligence.Estate),
            XmlMember(
                "Receiver", "receiver", "object", business_intelligence_tips.Receiver, BUSINESS_INTELLIGENCE_TIPS
            ),
            XmlMember("Sender", "sender", "object", business_intelligence.Party),
            XmlMember("Tip", "tip", "object", business_intelligence.Tip),
        ),
    ),
    XmlType(
        business_intelligence.Status,
        "Status",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("Id", "id", "int"),
            XmlMember("Text", "text", "string"),
        ),
    ),
    XmlType(
        business_intelligence.Tip,
        "Tip",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("Id", "id", "string"),
            XmlMember("Message", "message", "string"),
            XmlMember("State", "state", "enum", business_intelligence.TipState),
            XmlMember("Title", "title", "string"),
            XmlMember("Type", "type", "enum", business_intelligence.TipType),
        ),
    ),
    XmlType(
        business_intelligence.TipsAndLeadsReport,
        "TipsAndLeadsReport",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember(
                "IncomingLeads",
                "incomingLeads",
                "list",
                business_intelligence.IncomingLead,
                None,
                "IncomingLead",
                BUSINESS_INTELLIGENCE,
                "object",
            ),
            XmlMember(
                "OutgoingLeads",
                "outgoingLeads",
                "list",
                business_intelligence.OutgoingLead,
                None,
                "OutgoingLead",
                BUSINESS_INTELLIGENCE,
                "object",
            ),
            XmlMember(
                "Tips", "tips", "list", business_intelligence.SentTip, None, "SentTip", BUSINESS_INTELLIGENCE, "object"
            ),
        ),
    ),
    XmlType(
        business_intelligence.User,
        "User",
        BUSINESS_INTELLIGENCE,
        None,
        (
            XmlMember("EmployeeNumber", "employeeNumber", "string"),
            XmlMember("Id", "id", "string"),
            XmlMember("Name", "name", "string"),
            XmlMember("Type", "type", "enum", business_intelligence.UserType),
        ),
    ),
    XmlType(
        business_intelligence_incoming.Lead,
        "Lead",
        BUSINESS_INTELLIGENCE_INCOMING,
        None,
        (
            XmlMember("Id", "id", "string"),
            XmlMember("Message", "message", "string"),
            XmlMember("State", "state", "enum", business_intelligence_incoming.State),
            XmlMember("Title", "title", "string"),
            XmlMember("Type", "type", "string"),
        ),
    ),
    XmlType(
        business_intelligence_outgoing.Lead,
        "Lead",
        BUSINESS_INTELLIGENCE_OUTGOING,
        None,
        (
            XmlMember("Id", "id", "string"),
            XmlMember("Message", "message", "string"),
            XmlMember("Title", "title", "string"),
            XmlMember("Type", "type", "string"),
        ),
    ),
    XmlType(
        business_intelligence_tips.Receiver,
        "Receiver",
        BUSINESS_INTELLIGENCE_TIPS,
        None,
        (
            XmlMember("Company", "company", "object", business_intelligence.Company, BUSINESS_INTELLIGENCE),
            XmlMember("EmployeeNumber", "employeeNumber", "string"),
            XmlMember("Id", "id", "string"),
            XmlMember("Name", "name", "string"),
            XmlMember("Type", "type", "enum", business_intelligence.UserType),
        ),
    ),
    XmlType(
        category.Category,
        "Category",
        CATEGORY,
        None,
        (
            XmlMember("Id", "id", "string"),
            XmlMember("Name", "name", "string"),
            XmlMember("ReadOnly", "readOnly", "boolean"),
        ),
    ),
    XmlType(
        crm_contact.CompanyTelephoneNumbers,
        "CompanyTelephoneNumbers",
        CRM_CONTACT,
        None,
        (),
    ),
    XmlType(
        crm_contact.CrmContact,
        "CrmContact",
        CRM_CONTACT,
        None,
        (
            XmlMember("Address", "address", "object", crm_contact.CrmContactAddress),
            XmlMember("AdvertisingEnabled", "advertisingEnabled", "boolean"),
            XmlMember("AgentId", "agentId", "string"),
            XmlMember("Categories", "categories", "list", category.Category, CATEGORY, "Category", CATEGORY, "object"),
            XmlMember("ChangedAt", "changedAt", "datetime"),
            XmlMember("CreatedAt", "createdAt", "datetime"),
            XmlMember("CustomerId", "customerId", "string"),
            XmlMember("Email", "email", "object", housing_models.Email, HOUSING_MODELS),
            XmlMember("Id", "id", "string"),
            XmlMember("Note", "note", "string"),
            XmlMember("Type", "type", "enum", crm_contact.ContactType),
        ),
    ),
    XmlType(
        crm_contact.CrmContactAddress,
        "CrmContactAddress",
        CRM_CONTACT,
        None,
        (
            XmlMember("City", "city", "string"),
            XmlMember("CountryCode", "countryCode", "string"),
            XmlMember("StreetAddress", "streetAddress", "string"),
            XmlMember("ZipCode", "zipCode", "string"),
        ),
    ),
    XmlType(
        crm_contact.PersonTelephoneNumbers,
        "PersonTelephoneNumbers",
        CRM_CONTACT,
        None,
        (),
    ),
    XmlType(
        crm_contact_lead.CrmContactLead,
        "CrmContactLead",
        CRM_CONTACT_LEAD,
        None,
        (
            XmlMember("ContactId", "contactId", "string"),
            XmlMember("Leads", "leads", "list", crm_contact_lead.CrmLead, None, "CrmLead", CRM_CONTACT_LEAD, "object"),
        ),
    ),
    XmlType(
        crm_contact_lead.CrmLead,
        "CrmLead",
        CRM_CONTACT_LEAD,
        None,
        (
            XmlMember("CreatedAt", "createdAt", "datetime"),
            XmlMember("Id", "id", "string"),
            XmlMember("LeadType", "leadType", "enum", crm_contact_lead.LeadType),
            XmlMember("LeadTypeId", "leadTypeId", "string"),
        ),
    ),
    XmlType(
        existing_lead.Agent,
        "Agent",
        EXISTING_LEAD,
        None,
        (
            XmlMember("Id", "id", "string"),
            XmlMember("Office", "office", "object", existing_lead.Office),
        ),
    ),
    XmlType(
        existing_lead.IncomingLead,
        "IncomingLead",
        EXISTING_LEAD,
        None,
        (
            XmlMember("BuyingEstateId", "buyingEstateId", "string"),
            XmlMember("ContactId", "contactId", "string"),
            XmlMember("IsAnonymized", "isAnonymized", "boolean"),
            XmlMember("LeadSource", "leadSource", "object", existing_lead.LeadSource),
            XmlMember("Message", "message", "string"),
            XmlMember("Receiver", "receiver", "object", existing_lead.LeadReceiver),
            XmlMember("SellingEstateId", "sellingEstateId", "string"),
            XmlMember("SentAt", "sentAt", "datetime"),
            XmlMember("State", "state", "enum", existing_lead.State),
            XmlMember(
                "UtmTags",
                "utmTags",
                "list",
                advertising.FormMarketingUtmTags,
                ADVERTISING,
                "FormMarketingUtmTags",
                ADVERTISING,
                "object",
            ),
        ),
    ),
    XmlType(
        existing_lead.LeadReceiver,
        "LeadReceiver",
        EXISTING_LEAD,
        None,
        (
            XmlMember("Agent", "agent", "object", existing_lead.Agent),
            XmlMember("Office", "office", "object", existing_lead.Office),
            XmlMember("UserGroup", "userGroup", "object", existing_lead.UserGroup),
        ),
    ),
    XmlType(
        existing_lead.LeadSource,
        "LeadSource",
        EXISTING_LEAD,
        None,
        (
            XmlMember("Id", "id", "string"),
            XmlMember("LeadType", "leadType", "enum", existing_lead.LeadType),
            XmlMember("Name", "name", "string"),
        ),
    ),
    XmlType(
        existing_lead.Office,
        "Office",
        EXISTING_LEAD,
        None,
        (
            XmlMember("CustomerId", "customerId", "string"),
            XmlMember("Id", "id", "string"),
        ),
    ),
    XmlType(
        existing_lead.UserGroup,
        "UserGroup",
        EXISTING_LEAD,
        None,
        (XmlMember("Id", "id", "string"),),
    ),
    XmlType(
        express_models.TelephoneNumbers,
        "TelephoneNumbers",
        EXPRESS_MODELS,
        None,
        (
            XmlMember("Other", "other", "string"),
            XmlMember("Cell", "cell", "string"),
            XmlMember("Home", "home", "string"),
            XmlMember("Work", "work", "string"),
        ),
    ),
    XmlType(
        housing_models.Email,
        "Email",
        HOUSING_MODELS,
        None,
        (
            XmlMember("EmailAddress", "emailAddress", "string"),
            XmlMember("EmailAddress2", "emailAddress2", "string"),
        ),
    ),
    XmlType(
        public_advertisement_lead.Address,
        "Address",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (
            XmlMember("City", "city", "string"),
            XmlMember("StreetAddress", "streetAddress", "string"),
            XmlMember("ZipCode", "zipCode", "string"),
        ),
    ),
    XmlType(
        public_advertisement_lead.Agent,
        "Agent",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (
            XmlMember("Email", "email", "string"),
            XmlMember("Id", "id", "string"),
            XmlMember("Office", "office", "object", public_advertisement_lead.Office),
        ),
    ),
    XmlType(
        public_advertisement_lead.LeadSource,
        "LeadSource",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (
            XmlMember("LeadType", "leadType", "enum", public_advertisement_lead.LeadType),
            XmlMember("Name", "name", "string"),
        ),
    ),
    XmlType(
        public_advertisement_lead.Office,
        "Office",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (
            XmlMember("CustomerId", "customerId", "string"),
            XmlMember("Id", "id", "string"),
        ),
    ),
    XmlType(
        public_advertisement_lead.Person,
        "Person",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (
            XmlMember("Address", "address", "object", public_advertisement_lead.Address),
            XmlMember("Email", "email", "object", housing_models.Email, HOUSING_MODELS),
            XmlMember("FirstName", "firstName", "string"),
            XmlMember("IsForeignSocialSecurityNumber", "isForeignSocialSecurityNumber", "boolean"),
            XmlMember("LastName", "lastName", "string"),
            XmlMember("SocialSecurityNumber", "socialSecurityNumber", "string"),
            XmlMember("Telephone", "telephone", "object", express_models.TelephoneNumbers, EXPRESS_MODELS),
        ),
    ),
    XmlType(
        public_advertisement_lead.PublicAdvertisingPersonLead,
        "PublicAdvertisingPersonLead",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (
            XmlMember("LeadSource", "leadSource", "object", public_advertisement_lead.LeadSource),
            XmlMember("Marketing", "marketing", "object", advertising.FormMarketing, ADVERTISING),
            XmlMember("Message", "message", "string"),
            XmlMember("Person", "person", "object", public_advertisement_lead.Person),
            XmlMember("Receiver", "receiver", "object", public_advertisement_lead.Receiver),
        ),
    ),
    XmlType(
        public_advertisement_lead.Receiver,
        "Receiver",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (
            XmlMember("Agent", "agent", "object", public_advertisement_lead.Agent),
            XmlMember("Office", "office", "object", public_advertisement_lead.Office),
            XmlMember("UserGroup", "userGroup", "object", public_advertisement_lead.UserGroup),
        ),
    ),
    XmlType(
        public_advertisement_lead.UserGroup,
        "UserGroup",
        PUBLIC_ADVERTISEMENT_LEAD,
        None,
        (XmlMember("Id", "id", "string"),),
    ),
    XmlType(
        crm_contact.CrmCompanyContact,
        "CrmCompanyContact",
        CRM_CONTACT,
        crm_contact.CrmContact,
        (
            XmlMember("CorporateNumber", "corporateNumber", "string"),
            XmlMember("HomePage", "homePage", "string"),
            XmlMember("IsForeignCorporateNumber", "isForeignCorporateNumber", "boolean"),
            XmlMember("LeadScore", "leadScore", "int"),
            XmlMember("Name", "name", "string"),
            XmlMember("Telephone", "telephone", "object", crm_contact.CompanyTelephoneNumbers),
        ),
    ),
    XmlType(
        crm_contact.CrmDeceasedEstateContact,
        "CrmDeceasedEstateContact",
        CRM_CONTACT,
        crm_contact.CrmContact,
        (
            XmlMember("IsForeignIdSocialSecurityNumber", "isForeignIdSocialSecurityNumber", "boolean"),
            XmlMember("Name", "name", "string"),
            XmlMember("SocialSecurityNumber", "socialSecurityNumber", "string"),
            XmlMember("Telephone", "telephone", "object", crm_contact.PersonTelephoneNumbers),
        ),
    ),
    XmlType(
        crm_contact.CrmPersonContact,
        "CrmPersonContact",
        CRM_CONTACT,
        crm_contact.CrmContact,
        (
            XmlMember("FirstName", "firstName", "string"),
            XmlMember("GDPRApprovalDate", "gdprApprovalDate", "datetime"),
            XmlMember("IsCompanyPerson", "isCompanyPerson", "boolean"),
            XmlMember("IsDeceased", "isDeceased", "boolean"),
            XmlMember("IsForeignSocialSecurityNumber", "isForeignSocialSecurityNumber", "boolean"),
            XmlMember("LastName", "lastName", "string"),
            XmlMember("LeadScore", "leadScore", "int"),
            XmlMember("MatchingChangedAt", "matchingChangedAt", "datetime"),
            XmlMember("SocialSecurityNumber", "socialSecurityNumber", "string"),
            XmlMember("Telephone", "telephone", "object", crm_contact.PersonTelephoneNumbers),
            XmlMember("WantsToBeMatched", "wantsToBeMatched", "string"),
        ),
    ),
)
