"""DataContract XML tables: one module per namespace, each listing its types' element names, base
types, subtypes and members in the order .NET writes and reads them (base-class members first), from
spec/xsd/. The runtime imports this index on first use, and a namespace's module when one of its types
is first read or written.

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

ADVERTISING = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"
APPOINTMENT = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Appointment"
AREA = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
ASSOCIATION = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Association"
BID = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Bid"
BUDGET = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget"
BUSINESS_INTELLIGENCE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"
BUSINESS_INTELLIGENCE_INCOMING = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Incomming"
)
BUSINESS_INTELLIGENCE_MODELS = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligence"
)
BUSINESS_INTELLIGENCE_OUTGOING = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing"
)
BUSINESS_INTELLIGENCE_TIPS = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Tips"
)
BUSINESS_INTELLIGENSE_ESTATES = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Estates"
)
BUYER = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Buyer"
CATEGORY = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category"
CMS_COMMON = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"
CMS_COTTAGE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Cottage"
CMS_FOREIGN_PROPERTY = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.ForeignProperty"
CMS_HOUSE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"
CMS_HOUSING_COOPERATIVE = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"
)
CMS_PLOT = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Plot"
CONNECT_API = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Connect.Api"
CONTACT = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"
CONTACT_UPDATE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Update"
CRM_CONTACT = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"
CRM_CONTACT_LEAD = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"
CUSTOM_FIELD = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"
DOCUMENTS = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Documents"
ECONOMY = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy"
ESTATE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"
ESTATE_CMS = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"
ESTATE_COMMERCIAL_PROPERTY_INFO = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo"
)
ESTATE_COMMON = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common"
ESTATE_CONDOMINIUM_INFO = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CondominiumInfo"
)
ESTATE_CRITERIA = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Criteria"
ESTATE_FARM_INFO = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.FarmInfo"
ESTATE_FOREIGN_PROPERTY_INFO = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
)
ESTATE_HOUSE_INFO = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HouseInfo"
ESTATE_HOUSING_COOPERATIVE_INFO = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.HousingCooperativeInfo"
)
ESTATE_LIST = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"
ESTATE_PLOT_INFO = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.PlotInfo"
EXISTING_LEAD = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"
EXPRESS_MODELS = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models"
FILE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.File"
HOUSING_MODELS = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"
IMAGE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image"
INCREASED_REQUIREMENT = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IncreasedRequirement"
INTAKE_SOURCE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.IntakeSource"
INTEREST = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"
INTEREST_APPLICATION = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.InterestApplication"
INVOICE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice"
LEAD = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Lead"
LINK = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Link"
MAKLARSTATISTIK = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Maklarstatistik"
MARKETPLACE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace"
MEETING = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting"
MUNICIPALITY = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Municipality"
NOTE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Note"
OFFICE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office"
ORDER = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Order"
PARTICIPANT_FOLLOW_UP = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.ParticipantFollowUp"
PARTNER_SERVICE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService"
PUBLIC_ADVERTISEMENT = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"
PUBLIC_ADVERTISEMENT_HITS = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits"
)
PUBLIC_ADVERTISEMENT_LEAD = (
    "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"
)
PUBLIC_ADVERTISEMENT_MEDIA = (
    "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Media"
)
SEARCH_PROFILE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"
SEARCHPROFILE = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Searchprofile"
SELLER = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Seller"
SERIALIZATION = "http://schemas.microsoft.com/2003/10/Serialization/"
SPECULATOR = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Speculator"
TASK = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Task"
USER = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"
USER_CRM = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User.CRM"
VIEWING = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"
VILLAVARDET = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet"
VITEC_ADVERTISING = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Advertising"

#: DataContract namespace -> the module here that holds its types
MODULES: dict[str, str] = {
    ADVERTISING: "advertising",
    APPOINTMENT: "appointment",
    AREA: "area",
    ASSOCIATION: "association",
    BID: "bid",
    BUDGET: "budget",
    BUSINESS_INTELLIGENCE: "business_intelligence",
    BUSINESS_INTELLIGENCE_INCOMING: "business_intelligence_incoming",
    BUSINESS_INTELLIGENCE_MODELS: "business_intelligence_models",
    BUSINESS_INTELLIGENCE_OUTGOING: "business_intelligence_outgoing",
    BUSINESS_INTELLIGENCE_TIPS: "business_intelligence_tips",
    BUSINESS_INTELLIGENSE_ESTATES: "business_intelligense_estates",
    BUYER: "buyer",
    CATEGORY: "category",
    CMS_COMMON: "cms_common",
    CMS_COTTAGE: "cms_cottage",
    CMS_FOREIGN_PROPERTY: "cms_foreign_property",
    CMS_HOUSE: "cms_house",
    CMS_HOUSING_COOPERATIVE: "cms_housing_cooperative",
    CMS_PLOT: "cms_plot",
    CONNECT_API: "connect_api",
    CONTACT: "contact",
    CONTACT_UPDATE: "contact_update",
    CRM_CONTACT: "crm_contact",
    CRM_CONTACT_LEAD: "crm_contact_lead",
    CUSTOM_FIELD: "custom_field",
    DOCUMENTS: "documents",
    ECONOMY: "economy",
    ESTATE: "estate",
    ESTATE_CMS: "estate_cms",
    ESTATE_COMMERCIAL_PROPERTY_INFO: "estate_commercial_property_info",
    ESTATE_COMMON: "estate_common",
    ESTATE_CONDOMINIUM_INFO: "estate_condominium_info",
    ESTATE_CRITERIA: "estate_criteria",
    ESTATE_FARM_INFO: "estate_farm_info",
    ESTATE_FOREIGN_PROPERTY_INFO: "estate_foreign_property_info",
    ESTATE_HOUSE_INFO: "estate_house_info",
    ESTATE_HOUSING_COOPERATIVE_INFO: "estate_housing_cooperative_info",
    ESTATE_LIST: "estate_list",
    ESTATE_PLOT_INFO: "estate_plot_info",
    EXISTING_LEAD: "existing_lead",
    EXPRESS_MODELS: "express_models",
    FILE: "file",
    HOUSING_MODELS: "housing_models",
    IMAGE: "image",
    INCREASED_REQUIREMENT: "increased_requirement",
    INTAKE_SOURCE: "intake_source",
    INTEREST: "interest",
    INTEREST_APPLICATION: "interest_application",
    INVOICE: "invoice",
    LEAD: "lead",
    LINK: "link",
    MAKLARSTATISTIK: "maklarstatistik",
    MARKETPLACE: "marketplace",
    MEETING: "meeting",
    MUNICIPALITY: "municipality",
    NOTE: "note",
    OFFICE: "office",
    ORDER: "order",
    PARTICIPANT_FOLLOW_UP: "participant_follow_up",
    PARTNER_SERVICE: "partner_service",
    PUBLIC_ADVERTISEMENT: "public_advertisement",
    PUBLIC_ADVERTISEMENT_HITS: "public_advertisement_hits",
    PUBLIC_ADVERTISEMENT_LEAD: "public_advertisement_lead",
    PUBLIC_ADVERTISEMENT_MEDIA: "public_advertisement_media",
    SEARCHPROFILE: "searchprofile",
    SEARCH_PROFILE: "search_profile",
    SELLER: "seller",
    SPECULATOR: "speculator",
    TASK: "task",
    USER: "user",
    USER_CRM: "user_crm",
    VIEWING: "viewing",
    VILLAVARDET: "villavardet",
    VITEC_ADVERTISING: "vitec_advertising",
}

#: the namespaces of the types whose namespace is inferred (no document Vitec published shows it)
INFERRED: frozenset[str] = frozenset(
    {
        APPOINTMENT,
        AREA,
        ASSOCIATION,
        BID,
        BUDGET,
        BUSINESS_INTELLIGENCE_MODELS,
        BUSINESS_INTELLIGENSE_ESTATES,
        BUYER,
        CMS_COMMON,
        CMS_COTTAGE,
        CMS_FOREIGN_PROPERTY,
        CMS_HOUSE,
        CMS_HOUSING_COOPERATIVE,
        CMS_PLOT,
        CONNECT_API,
        CONTACT,
        CONTACT_UPDATE,
        CUSTOM_FIELD,
        DOCUMENTS,
        ECONOMY,
        ESTATE,
        ESTATE_CMS,
        ESTATE_COMMERCIAL_PROPERTY_INFO,
        ESTATE_COMMON,
        ESTATE_CONDOMINIUM_INFO,
        ESTATE_CRITERIA,
        ESTATE_FARM_INFO,
        ESTATE_FOREIGN_PROPERTY_INFO,
        ESTATE_HOUSE_INFO,
        ESTATE_HOUSING_COOPERATIVE_INFO,
        ESTATE_LIST,
        ESTATE_PLOT_INFO,
        FILE,
        IMAGE,
        INCREASED_REQUIREMENT,
        INTAKE_SOURCE,
        INTEREST,
        INTEREST_APPLICATION,
        INVOICE,
        LEAD,
        LINK,
        MAKLARSTATISTIK,
        MARKETPLACE,
        MEETING,
        MUNICIPALITY,
        NOTE,
        OFFICE,
        ORDER,
        PARTICIPANT_FOLLOW_UP,
        PARTNER_SERVICE,
        PUBLIC_ADVERTISEMENT,
        PUBLIC_ADVERTISEMENT_HITS,
        PUBLIC_ADVERTISEMENT_MEDIA,
        SEARCHPROFILE,
        SEARCH_PROFILE,
        SELLER,
        SPECULATOR,
        TASK,
        USER,
        USER_CRM,
        VIEWING,
        VILLAVARDET,
        VITEC_ADVERTISING,
    }
)

#: model class name -> the modules here with a type of that class name
CLASSES: dict[str, tuple[str, ...]] = {
    "AddNewViewingParticipant": ("viewing",),
    "AddViewing": ("viewing",),
    "AddViewingParticipant": ("viewing",),
    "Address": (
        "estate_foreign_property_info",
        "housing_models",
        "public_advertisement",
        "public_advertisement_lead",
    ),
    "AdvertiseOn": ("estate_common",),
    "AdvertiseOnProject": ("estate_common",),
    "AdvertisingInterestApplication": ("vitec_advertising",),
    "Agent": (
        "existing_lead",
        "public_advertisement_lead",
    ),
    "AppartmentBuilding": ("public_advertisement",),
    "AppartmentExterior": ("public_advertisement",),
    "AppartmentInterior": ("estate_common",),
    "Appointment": ("appointment",),
    "Area": ("area",),
    "AreaData": ("estate_farm_info",),
    "AreaImage": ("area",),
    "AreaInfo": ("estate",),
    "Assess": (
        "estate_common",
        "estate_foreign_property_info",
    ),
    "AssessValue": ("estate_farm_info",),
    "Assessment": ("estate_farm_info",),
    "Assignment": ("estate_common",),
    "AssignmentMeeting": ("meeting",),
    "AssignmentSource": (
        "intake_source",
        "meeting",
    ),
    "Association": (
        "association",
        "estate_housing_cooperative_info",
        "public_advertisement",
    ),
    "AssociationImage": ("estate_common",),
    "BalconyPatio": (
        "estate_cms",
        "estate_common",
    ),
    "Bank": (
        "buyer",
        "seller",
    ),
    "Bid": (
        "bid",
        "estate_common",
    ),
    "BidData": ("bid",),
    "BiddingSettings": ("bid",),
    "Building": ("public_advertisement",),
    "Buyer": ("villavardet",),
    "BuyerEconomy": ("buyer",),
    "BuyerOnObject": ("contact",),
    "CarSpaceOtherBuildings": ("estate_condominium_info",),
    "Categories": ("category",),
    "Category": (
        "category",
        "link",
    ),
    "CdnImageReference": ("connect_api",),
    "Chain": ("office",),
    "CmsBalconyPatio": ("cms_housing_cooperative",),
    "CmsCottage": ("estate_cms",),
    "CmsCottageBaseInformation": ("cms_cottage",),
    "CmsCottageInterior": ("cms_cottage",),
    "CmsElectricity": ("cms_common",),
    "CmsEnergyDeclaration": ("cms_common",),
    "CmsEstateAddress": ("cms_common",),
    "CmsForeignProperty": ("estate_cms",),
    "CmsForeignPropertyAddress": ("cms_foreign_property",),
    "CmsForeignPropertyBaseInformation": ("cms_foreign_property",),
    "CmsForeignPropertyInterior": ("cms_foreign_property",),
    "CmsForeignPropertyPrice": ("estate_cms",),
    "CmsHouse": ("estate_cms",),
    "CmsHouseBaseInformation": ("cms_house",),
    "CmsHouseBuilding": ("cms_house",),
    "CmsHouseInterior": ("cms_house",),
    "CmsHousePlotInformation": ("cms_house",),
    "CmsHousingCooperativBaseInformation": ("cms_housing_cooperative",),
    "CmsHousingCooperativInterior": ("cms_housing_cooperative",),
    "CmsHousingCooperative": ("estate_cms",),
    "CmsHousingCooperativeBaseInformation": ("cms_housing_cooperative",),
    "CmsHousingCooperativeBuilding": ("cms_housing_cooperative",),
    "CmsHousingCooperativeInterior": ("cms_housing_cooperative",),
    "CmsInsurance": ("cms_house",),
    "CmsPlot": ("estate_cms",),
    "CmsPlotBaseInformation": ("cms_plot",),
    "CmsPlotInformation": ("cms_common",),
    "CmsPrice": ("cms_common",),
    "CmsProject": ("estate_cms",),
    "CmsProjectBaseInformation": ("estate_cms",),
    "CmsRoom": ("cms_common",),
    "CmsSurrounding": ("cms_common",),
    "CmsVentilation": ("cms_common",),
    "CmsWaterAndDrain": ("cms_house",),
    "CommercialBaseInformation": ("estate_commercial_property_info",),
    "CommercialCompanyTransfer": ("estate_commercial_property_info",),
    "CommercialFloorAndElevator": ("estate_commercial_property_info",),
    "CommercialOperation": ("estate_commercial_property_info",),
    "CommercialProperty": (
        "estate",
        "public_advertisement",
    ),
    "CommercialPropertyAreas": ("estate_commercial_property_info",),
    "CommercialPropertyAssessValue": ("estate_commercial_property_info",),
    "CommercialPropertyAssessment": ("estate_commercial_property_info",),
    "CommercialPropertyBasic": ("estate_list",),
    "CommercialPropertyBuilding": (
        "estate_commercial_property_info",
        "public_advertisement",
    ),
    "CommercialPropertyBusiness": (
        "estate_commercial_property_info",
        "public_advertisement",
    ),
    "CommercialPropertyExpenses": ("public_advertisement",),
    "CommercialPropertyMarketing": ("public_advertisement",),
    "CommercialPropertyPlotInformation": ("estate_commercial_property_info",),
    "CommercialPropertyPrice": ("estate_commercial_property_info",),
    "CommercialPropertySurfaces": ("public_advertisement",),
    "CommissionAdjustment": ("invoice",),
    "Community": ("estate_condominium_info",),
    "Company": (
        "business_intelligence",
        "contact",
    ),
    "CompanyForSyncList": ("contact",),
    "CompanyLeadSender": ("partner_service",),
    "CompanyTelephoneNumbers": ("crm_contact",),
    "CompilationArea": ("estate_commercial_property_info",),
    "CompilationAreaOther": ("estate_commercial_property_info",),
    "CompilationAreas": (
        "estate",
        "estate_commercial_property_info",
    ),
    "Condominium": (
        "estate",
        "public_advertisement",
    ),
    "CondominiumAssess": ("estate_condominium_info",),
    "CondominiumBalconyPatio": ("estate_condominium_info",),
    "CondominiumBaseInformation": ("estate_condominium_info",),
    "CondominiumBasic": ("estate_list",),
    "CondominiumBuilding": ("estate_condominium_info",),
    "CondominiumExpenses": ("public_advertisement",),
    "CondominiumInterior": ("estate_condominium_info",),
    "CondominiumMarketing": ("public_advertisement",),
    "CondominiumOperation": ("estate_condominium_info",),
    "Contact": ("business_intelligence",),
    "ContactAddress": (
        "interest_application",
        "partner_service",
    ),
    "ContactAgent": ("partner_service",),
    "ContactCollection": ("contact",),
    "ContactCollectionForSyncList": ("contact",),
    "ContactCriteria": ("contact",),
    "ContactLeadSender": ("partner_service",),
    "ContactOffice": ("partner_service",),
    "ContactPresentAccommodation": ("interest_application",),
    "Coordinate": ("housing_models",),
    "Cottage": (
        "estate",
        "public_advertisement",
    ),
    "CottageAdvertiseOn": ("estate_common",),
    "CottageMarketing": ("public_advertisement",),
    "CrmBuyerContact": ("crm_contact",),
    "CrmBuyerRelation": ("crm_contact",),
    "CrmCompanyContact": ("crm_contact",),
    "CrmContact": ("crm_contact",),
    "CrmContactAddress": ("crm_contact",),
    "CrmContactLead": ("crm_contact_lead",),
    "CrmContactList": ("crm_contact",),
    "CrmContactReference": ("crm_contact",),
    "CrmDeceasedEstateContact": ("crm_contact",),
    "CrmEstateAdvertising": ("marketplace",),
    "CrmEstateMarketplace": ("marketplace",),
    "CrmEstateValuation": ("crm_contact",),
    "CrmLead": ("crm_contact_lead",),
    "CrmPersonContact": ("crm_contact",),
    "CrmPresentAccomodation": ("crm_contact",),
    "CrmPresentAccomodationStatistics": ("crm_contact",),
    "CrmPresentAccomodationStatisticsGroup": ("crm_contact",),
    "CrmPresentAccomodationStatisticsOffice": ("crm_contact",),
    "CrmPresentAccomodationStatisticsUser": ("crm_contact",),
    "CrmSellerContact": ("crm_contact",),
    "CrmSellerRelation": ("crm_contact",),
    "CrmSpeculatorContact": ("crm_contact",),
    "CrmSpeculatorRelation": ("crm_contact",),
    "Currency": ("estate_cms",),
    "CustomFields": ("custom_field",),
    "CustomerContactIds": ("contact",),
    "CustomerIdWithOrderNumber": ("user",),
    "CustomerStatistics": ("business_intelligence_models",),
    "DailyEstateHit": ("public_advertisement_hits",),
    "Date": (
        "estate_common",
        "estate_foreign_property_info",
    ),
    "Deposit": ("economy",),
    "DepositData": ("economy",),
    "Description": (
        "estate_cms",
        "estate_common",
    ),
    "DescriptiveId": ("business_intelligense_estates",),
    "DescriptiveIdOfint": ("housing_models",),
    "DescriptiveIdOfshort": ("housing_models",),
    "DirectPhoneNumber": ("user",),
    "Distance": ("estate_foreign_property_info",),
    "Document": (
        "documents",
        "estate_common",
    ),
    "EconomicAddress": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "EconomicEstateAgentChangeEntry": ("business_intelligence",),
    "EconomicEstateAgentCommission": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "EconomicEstateChangeEntry": ("business_intelligence",),
    "EconomyBuilding": ("estate_farm_info",),
    "Electricity": ("estate_common",),
    "Email": ("housing_models",),
    "EnergyDeclaration": (
        "cms_foreign_property",
        "estate_common",
        "public_advertisement",
    ),
    "Enrollments": ("estate_common",),
    "Estate": (
        "business_intelligence",
        "contact",
        "villavardet",
    ),
    "EstateAgent": ("public_advertisement",),
    "EstateAgentOfficeAffiliation": ("public_advertisement",),
    "EstateCriteria": ("estate_criteria",),
    "EstateForSyncList": ("contact",),
    "EstateInformation": ("estate",),
    "EstateList": ("estate_list",),
    "EstateReference": ("business_intelligence",),
    "EstateReferences": ("business_intelligence",),
    "EstateSaleReport": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "EstateSoldReference": ("public_advertisement",),
    "Estates": ("budget",),
    "Exterior": ("estate_foreign_property_info",),
    "Farm": (
        "estate",
        "public_advertisement",
    ),
    "FarmBaseInformation": ("estate_farm_info",),
    "FarmBasic": ("estate_list",),
    "FarmBuilding": ("estate_farm_info",),
    "FarmExpenses": ("public_advertisement",),
    "FarmInspection": ("estate",),
    "FarmInsurance": ("estate_farm_info",),
    "FarmMarketing": ("public_advertisement",),
    "FarmOperation": ("estate_farm_info",),
    "FarmSurfaces": ("public_advertisement",),
    "Field": ("custom_field",),
    "FieldValue": ("custom_field",),
    "FieldValueCriteria": ("custom_field",),
    "File": (
        "file",
        "public_advertisement_media",
    ),
    "FileInfo": ("file",),
    "FloorAndElevator": (
        "estate_cms",
        "estate_common",
        "estate_foreign_property_info",
    ),
    "ForeignExterior": ("public_advertisement",),
    "ForeignLanguage": ("public_advertisement",),
    "ForeignProperty": (
        "estate",
        "public_advertisement",
    ),
    "ForeignPropertyBaseInformation": ("estate_foreign_property_info",),
    "ForeignPropertyBasic": ("estate_list",),
    "ForeignPropertyBuilding": (
        "estate_foreign_property_info",
        "public_advertisement",
    ),
    "ForeignPropertyDescription": ("cms_foreign_property",),
    "ForeignPropertyExpenses": ("public_advertisement",),
    "ForeignPropertyInterior": ("estate_foreign_property_info",),
    "ForeignPropertyMarketing": ("public_advertisement",),
    "ForeignSearchProfileCreate": ("search_profile",),
    "FormMarketing": ("advertising",),
    "FormMarketingUtmTags": ("advertising",),
    "GeneralDescription": ("estate_foreign_property_info",),
    "GroundIncludetToHousingCooperative": ("estate_housing_cooperative_info",),
    "HourlyEstateHit": ("public_advertisement_hits",),
    "House": (
        "estate",
        "public_advertisement",
    ),
    "HouseAdvertiseOn": ("estate_common",),
    "HouseBaseInformation": ("estate_house_info",),
    "HouseBasic": ("estate_list",),
    "HouseBuilding": ("estate_house_info",),
    "HouseInspection": ("estate",),
    "HouseInterior": ("estate_house_info",),
    "HouseMarketing": ("public_advertisement",),
    "HousePlotInformation": ("estate_common",),
    "HouseSellerInput": ("cms_house",),
    "HousingCooperative": (
        "estate",
        "public_advertisement",
    ),
    "HousingCooperativeBaseInformation": ("estate_housing_cooperative_info",),
    "HousingCooperativeBuilding": ("estate_housing_cooperative_info",),
    "HousingCooperativeExpenses": ("public_advertisement",),
    "HousingCooperativeMarketing": ("public_advertisement",),
    "HousingCooperativeSellerInput": ("cms_housing_cooperative",),
    "HousingCooperativesBasic": ("estate_list",),
    "HousingExpenses": ("public_advertisement",),
    "Image": (
        "image",
        "public_advertisement",
    ),
    "ImageCategories": ("image",),
    "ImageData": ("image",),
    "IncludedInFee": ("housing_models",),
    "Income": ("estate_commercial_property_info",),
    "IncomingLead": (
        "business_intelligence",
        "existing_lead",
    ),
    "IncreasedRequirement": ("increased_requirement",),
    "IncreasedRequirementCollection": ("increased_requirement",),
    "Inspection": ("estate",),
    "Insurance": ("estate_common",),
    "InsuranceCompany": ("buyer",),
    "InterestAndContactOnArea": ("interest",),
    "InterestOnArea": ("interest",),
    "InterestOnEstate": ("interest",),
    "InterestOnEstateAndContact": ("interest",),
    "InternetSettings": ("estate_common",),
    "Interval": (
        "estate",
        "interest",
    ),
    "IntrestOnObject": ("contact",),
    "Invoice": ("invoice",),
    "InvoiceRecipient": ("public_advertisement",),
    "Land": ("estate",),
    "Landlord": ("estate_common",),
    "Lead": (
        "business_intelligence_incoming",
        "business_intelligence_outgoing",
        "lead",
    ),
    "LeadReceiver": ("existing_lead",),
    "LeadSource": (
        "existing_lead",
        "public_advertisement_lead",
    ),
    "Lease": ("estate_common",),
    "Leasehold": ("estate_common",),
    "Link": (
        "estate_common",
        "link",
    ),
    "LinkCategories": ("link",),
    "LinkData": ("link",),
    "Loan": ("cms_common",),
    "LogotypeImage": ("public_advertisement",),
    "LookingForAccommodation": ("interest",),
    "MainResidentialBuilding": ("estate_farm_info",),
    "Marketing": ("public_advertisement",),
    "MatchSearchprofile": ("searchprofile",),
    "Meeting": ("meeting",),
    "MeetingCreateria": ("meeting",),
    "MoneyValue": ("housing_models",),
    "MonthStatisticsSummary": ("business_intelligence_models",),
    "Mortage": ("estate_common",),
    "Municipality": ("municipality",),
    "Note": ("note",),
    "ObjectAddress": ("estate_common",),
    "ObjectImage": ("estate_common",),
    "Office": (
        "existing_lead",
        "office",
        "public_advertisement",
        "public_advertisement_lead",
    ),
    "OfficeAffiliation": ("public_advertisement",),
    "OfficeMonthReport": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "OfficeStatisticsByMonth": ("business_intelligence_models",),
    "OfficeStatisticsSummary": ("business_intelligence_models",),
    "OfficeYearReport": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "OfficeYearlyReport": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "Operation": (
        "economy",
        "estate_common",
        "estate_foreign_property_info",
    ),
    "OrderStatus": ("order",),
    "OrderUserInteractionRequest": ("order",),
    "OtherAreas": ("estate_condominium_info",),
    "OtherData": ("estate_farm_info",),
    "OtherResidentialBuilding": ("estate_farm_info",),
    "OutgoingLead": ("business_intelligence",),
    "OwnInput": ("estate_commercial_property_info",),
    "Owner": ("estate",),
    "Participant": ("viewing",),
    "ParticipantFollowUp": ("participant_follow_up",),
    "ParticipationAndRepairFund": ("estate_housing_cooperative_info",),
    "Party": ("business_intelligence",),
    "Person": ("public_advertisement_lead",),
    "PersonForSyncList": ("contact",),
    "PersonLead": ("partner_service",),
    "PersonTelephoneNumbers": (
        "crm_contact",
        "housing_models",
    ),
    "Plan": ("estate_common",),
    "Plot": (
        "estate",
        "public_advertisement",
    ),
    "PlotBaseInformation": ("estate_plot_info",),
    "PlotBasic": ("estate_list",),
    "PlotExpenses": ("public_advertisement",),
    "PlotInfo": ("public_advertisement",),
    "PlotInformation": (
        "estate_common",
        "estate_foreign_property_info",
    ),
    "Polygon": ("housing_models",),
    "PredefinedTask": ("task",),
    "Predge": ("estate",),
    "Premises": (
        "estate",
        "public_advertisement",
    ),
    "PremisesBaseInformation": ("estate",),
    "PremisesBasic": ("estate_list",),
    "PremisesBuilding": (
        "estate",
        "public_advertisement",
    ),
    "PremisesExpenses": ("public_advertisement",),
    "PremisesFloorAndElevator": ("estate",),
    "PremisesMarketing": ("public_advertisement",),
    "PremisesSurface": ("public_advertisement",),
    "PremisesSurfaces": ("public_advertisement",),
    "PremisesSurrounding": ("estate",),
    "PresentAccommodation": ("interest",),
    "Price": (
        "estate_common",
        "estate_foreign_property_info",
        "public_advertisement",
    ),
    "Project": (
        "estate",
        "public_advertisement",
    ),
    "ProjectBaseInformation": ("estate",),
    "ProjectBasic": ("estate_list",),
    "ProjectEstateRelation": ("public_advertisement",),
    "ProjectMarketing": ("public_advertisement",),
    "ProjectViewing": ("estate_common",),
    "PropertyBuilding": ("estate_commercial_property_info",),
    "PropertyStatistics": ("maklarstatistik",),
    "PropertyTypeAndAreas": ("estate_farm_info",),
    "PropertytypeDescription": ("estate_commercial_property_info",),
    "Province": ("public_advertisement",),
    "PublicAdvertisingEstateInList": ("public_advertisement",),
    "PublicAdvertisingEstateList": ("public_advertisement",),
    "PublicAdvertisingEstateStatus": ("public_advertisement",),
    "PublicAdvertisingEstateStatusInfo": ("public_advertisement",),
    "PublicAdvertisingInterestApplication": ("public_advertisement",),
    "PublicAdvertisingPersonLead": ("public_advertisement_lead",),
    "Range": ("housing_models",),
    "RangeOfdouble": ("housing_models",),
    "RangeOfint": ("housing_models",),
    "RangeOfshort": ("housing_models",),
    "RealtorBudget": ("budget",),
    "RealtorStatisticsSummary": ("business_intelligence_models",),
    "Receiver": (
        "business_intelligence_tips",
        "public_advertisement_lead",
    ),
    "RenovationInfo": ("estate_commercial_property_info",),
    "Room": (
        "cms_cottage",
        "estate_common",
    ),
    "SaleMeetings": ("budget",),
    "SaleReportEstateAgent": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "SalesReportForEstateResponse": ("business_intelligence",),
    "SalesReportOffice": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "SalesReportResponse": (
        "business_intelligence",
        "business_intelligense_estates",
    ),
    "SearchProfile": ("search_profile",),
    "SearchProfileArea": ("search_profile",),
    "SearchProfileCreate": ("search_profile",),
    "SearchProfileMunicip": ("search_profile",),
    "SearchProfileUpdate": ("search_profile",),
    "SellerEconomy": ("seller",),
    "SellerOnObject": ("contact",),
    "SentTip": ("business_intelligence",),
    "SharedSpaces": ("estate_commercial_property_info",),
    "SimpleNote": ("note",),
    "SoldEstate": ("villavardet",),
    "SpeculatorRelation": ("speculator",),
    "Status": (
        "business_intelligence",
        "estate_common",
    ),
    "SurfaceSize": ("public_advertisement",),
    "Surrounding": (
        "estate_common",
        "estate_foreign_property_info",
    ),
    "Surroundings": ("public_advertisement",),
    "TVAndBroadband": ("estate_common",),
    "Task": ("task",),
    "Taxation": ("public_advertisement",),
    "TechnicalData": (
        "estate",
        "estate_commercial_property_info",
    ),
    "TelephoneNumbers": (
        "express_models",
        "public_advertisement",
    ),
    "Tenant": ("estate",),
    "Texts": ("public_advertisement",),
    "TimeSlot": ("viewing",),
    "Tip": ("business_intelligence",),
    "TipsAndLeadsReport": ("business_intelligence",),
    "UpdateCompany": ("contact_update",),
    "UpdatePerson": (
        "contact_update",
        "viewing",
    ),
    "Urls": ("public_advertisement",),
    "User": (
        "business_intelligence",
        "user",
        "user_crm",
    ),
    "UserGroup": (
        "existing_lead",
        "public_advertisement_lead",
    ),
    "UserLeadSender": ("partner_service",),
    "ValuationHistory": ("crm_contact",),
    "ValuedEstate": ("crm_contact",),
    "Ventilation": ("estate_common",),
    "Viewing": (
        "estate_common",
        "public_advertisement",
        "viewing",
    ),
    "ViewingBasic": ("estate_list",),
    "ViewingSettings": ("estate_common",),
    "WaterAndDrain": ("estate_common",),
    "Wgs84Coordinate": (
        "housing_models",
        "public_advertisement",
    ),
    "YearStatisticsSummary": ("business_intelligence_models",),
}
