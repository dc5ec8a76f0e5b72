"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .category import ArrayOfCategory
from .housing_models import (
    Email,
    Wgs84Coordinate,
)

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


@dataclass(kw_only=True)
class CompanyTelephoneNumbers:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


class ContactType(OpenEnum):
    PERSON = "Person"
    COMPANY = "Company"
    DECEASED_ESTATE = "DeceasedEstate"


class CrmBuyerRelationEstateType(OpenEnum):
    HOUSE = "House"
    HOUSING_COOPERATIVE = "HousingCooperative"
    COTTAGE = "Cottage"
    PLOT = "Plot"
    PROJECT = "Project"
    FARM = "Farm"
    COMMERCIAL_PROPERTY = "CommercialProperty"
    CONDOMINIUM = "Condominium"
    FOREIGNPROPERTY = "Foreignproperty"
    PREMISES = "Premises"


@dataclass(kw_only=True)
class CrmContactAddress:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    country_code: None | str = field(
        default=None,
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmContactReference:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
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


class EstateType(OpenEnum):
    HOUSE = "House"
    ROW_HOUSE = "RowHouse"
    HOUSING_COOPERATIVE = "HousingCooperative"
    COTTAGE = "Cottage"
    PLOT = "Plot"
    AGRICULTURE_PROPERTY = "AgricultureProperty"
    TENANCY = "Tenancy"
    OTHER_HOUSING = "OtherHousing"
    COMMERCIAL_PROPERTY = "CommercialProperty"
    CONDOMINIUM = "Condominium"


class Level(OpenEnum):
    RESERVED = "Reserved"
    BOOKED = "Booked"
    PARTICIPATE_IN_BIDDING = "ParticipateInBidding"
    ON_HOLD_IN_BIDDING = "OnHoldInBidding"
    FOLLOWING_BIDDING = "FollowingBidding"
    VERY_INTERESTED = "VeryInterested"
    BEEN_AT_OR_COMING_TO_VIEWING = "BeenAtOrComingToViewing"
    INTERESTED = "Interested"
    ASSIGNED = "Assigned"
    NOT_INTERESTED = "NotInterested"
    ARCHIVED = "Archived"


@dataclass(kw_only=True)
class PersonTelephoneNumbers:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


@dataclass(kw_only=True)
class ValuationHistory:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    initial_valuation: None | int = field(
        default=None,
        metadata={
            "name": "InitialValuation",
            "type": "Element",
            "nillable": True,
        },
    )
    initial_valuation_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "InitialValuationDate",
            "type": "Element",
            "nillable": True,
        },
    )
    manually_changed: None | bool = field(
        default=None,
        metadata={
            "name": "ManuallyChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    valuation: None | int = field(
        default=None,
        metadata={
            "name": "Valuation",
            "type": "Element",
            "nillable": True,
        },
    )
    valuation_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ValuationDate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmContactReference:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_contact_reference: list[CrmContactReference] = field(
        default_factory=list,
        metadata={
            "name": "CrmContactReference",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfValuationHistory:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    valuation_history: list[ValuationHistory] = field(
        default_factory=list,
        metadata={
            "name": "ValuationHistory",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmBuyerRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | CrmBuyerRelationEstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    address: None | CrmContactAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    advertising_enabled: None | bool = field(
        default=None,
        metadata={
            "name": "AdvertisingEnabled",
            "type": "Element",
            "nillable": True,
        },
    )
    agent_id: None | str = field(
        default=None,
        metadata={
            "name": "AgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    categories: None | ArrayOfCategory = field(
        default=None,
        metadata={
            "name": "Categories",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
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
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "max_length": 40,
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
    type_value: None | ContactType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmPresentAccomodation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    coordinate: None | Wgs84Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | EstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
            "type": "Element",
            "nillable": True,
        },
    )
    has_been_asked: None | bool = field(
        default=None,
        metadata={
            "name": "HasBeenAsked",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmPresentAccomodationStatisticsGroup:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    interest_level: None | Level = field(
        default=None,
        metadata={
            "name": "InterestLevel",
            "type": "Element",
            "nillable": True,
        },
    )
    prospectives: None | int = field(
        default=None,
        metadata={
            "name": "Prospectives",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmSellerRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | CrmBuyerRelationEstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
            "type": "Element",
            "nillable": True,
        },
    )
    share_holding: None | str = field(
        default=None,
        metadata={
            "name": "ShareHolding",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmSpeculatorRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | CrmBuyerRelationEstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
            "type": "Element",
            "nillable": True,
        },
    )
    level: None | Level = field(
        default=None,
        metadata={
            "name": "Level",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmBuyerRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_buyer_relation: list[CrmBuyerRelation] = field(
        default_factory=list,
        metadata={
            "name": "CrmBuyerRelation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_contact: list[CrmContact] = field(
        default_factory=list,
        metadata={
            "name": "CrmContact",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmPresentAccomodation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_present_accomodation: list[CrmPresentAccomodation] = field(
        default_factory=list,
        metadata={
            "name": "CrmPresentAccomodation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmPresentAccomodationStatisticsGroup:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_present_accomodation_statistics_group: list[CrmPresentAccomodationStatisticsGroup] = field(
        default_factory=list,
        metadata={
            "name": "CrmPresentAccomodationStatisticsGroup",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmSellerRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_seller_relation: list[CrmSellerRelation] = field(
        default_factory=list,
        metadata={
            "name": "CrmSellerRelation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmSpeculatorRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_speculator_relation: list[CrmSpeculatorRelation] = field(
        default_factory=list,
        metadata={
            "name": "CrmSpeculatorRelation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmCompanyContact(CrmContact):
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
            "type": "Element",
            "max_length": 20,
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
    is_foreign_corporate_number: None | bool = field(
        default=None,
        metadata={
            "name": "IsForeignCorporateNumber",
            "type": "Element",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "max_length": 100,
            "nillable": True,
        },
    )
    telephone: None | CompanyTelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmContactList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    companies: None | ArrayOfCrmContactReference = field(
        default=None,
        metadata={
            "name": "Companies",
            "type": "Element",
            "nillable": True,
        },
    )
    deceased_estates: None | ArrayOfCrmContactReference = field(
        default=None,
        metadata={
            "name": "DeceasedEstates",
            "type": "Element",
            "nillable": True,
        },
    )
    persons: None | ArrayOfCrmContactReference = field(
        default=None,
        metadata={
            "name": "Persons",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmDeceasedEstateContact(CrmContact):
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    is_foreign_id_social_security_number: None | bool = field(
        default=None,
        metadata={
            "name": "IsForeignIdSocialSecurityNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "max_length": 30,
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "max_length": 20,
            "nillable": True,
        },
    )
    telephone: None | PersonTelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmPersonContact(CrmContact):
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    first_name: None | str = field(
        default=None,
        metadata={
            "name": "FirstName",
            "type": "Element",
            "max_length": 30,
            "nillable": True,
        },
    )
    gdprapproval_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "GDPRApprovalDate",
            "type": "Element",
            "nillable": True,
        },
    )
    is_company_person: None | bool = field(
        default=None,
        metadata={
            "name": "IsCompanyPerson",
            "type": "Element",
            "nillable": True,
        },
    )
    is_deceased: None | bool = field(
        default=None,
        metadata={
            "name": "IsDeceased",
            "type": "Element",
            "nillable": True,
        },
    )
    is_foreign_social_security_number: None | bool = field(
        default=None,
        metadata={
            "name": "IsForeignSocialSecurityNumber",
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
    matching_changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "MatchingChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "max_length": 20,
            "nillable": True,
        },
    )
    telephone: None | PersonTelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )
    wants_to_be_matched: None | str = field(
        default=None,
        metadata={
            "name": "WantsToBeMatched",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ValuedEstate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    end_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EndDate",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    initial_valuation: None | int = field(
        default=None,
        metadata={
            "name": "InitialValuation",
            "type": "Element",
            "nillable": True,
        },
    )
    initial_valuation_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "InitialValuationDate",
            "type": "Element",
            "nillable": True,
        },
    )
    valuation_history: None | ArrayOfValuationHistory = field(
        default=None,
        metadata={
            "name": "ValuationHistory",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmCompanyContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_company_contact: list[CrmCompanyContact] = field(
        default_factory=list,
        metadata={
            "name": "CrmCompanyContact",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmDeceasedEstateContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_deceased_estate_contact: list[CrmDeceasedEstateContact] = field(
        default_factory=list,
        metadata={
            "name": "CrmDeceasedEstateContact",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmPersonContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_person_contact: list[CrmPersonContact] = field(
        default_factory=list,
        metadata={
            "name": "CrmPersonContact",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfValuedEstate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    valued_estate: list[ValuedEstate] = field(
        default_factory=list,
        metadata={
            "name": "ValuedEstate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmBuyerContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    buyer_on: None | ArrayOfCrmBuyerRelation = field(
        default=None,
        metadata={
            "name": "BuyerOn",
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


@dataclass(kw_only=True)
class CrmPresentAccomodationStatisticsUser:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    asked_prospectives: None | ArrayOfCrmPresentAccomodationStatisticsGroup = field(
        default=None,
        metadata={
            "name": "AskedProspectives",
            "type": "Element",
            "nillable": True,
        },
    )
    asked_prospectives_owning_accomodation: None | ArrayOfCrmPresentAccomodationStatisticsGroup = field(
        default=None,
        metadata={
            "name": "AskedProspectivesOwningAccomodation",
            "type": "Element",
            "nillable": True,
        },
    )
    bidders: None | int = field(
        default=None,
        metadata={
            "name": "Bidders",
            "type": "Element",
            "nillable": True,
        },
    )
    estates: None | int = field(
        default=None,
        metadata={
            "name": "Estates",
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
    prospectives: None | ArrayOfCrmPresentAccomodationStatisticsGroup = field(
        default=None,
        metadata={
            "name": "Prospectives",
            "type": "Element",
            "nillable": True,
        },
    )
    showing_participants: None | int = field(
        default=None,
        metadata={
            "name": "ShowingParticipants",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmSellerContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_on: None | ArrayOfCrmSellerRelation = field(
        default=None,
        metadata={
            "name": "SellerOn",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmSpeculatorContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    speculator_on: None | ArrayOfCrmSpeculatorRelation = field(
        default=None,
        metadata={
            "name": "SpeculatorOn",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmBuyerContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_buyer_contact: list[CrmBuyerContact] = field(
        default_factory=list,
        metadata={
            "name": "CrmBuyerContact",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmPresentAccomodationStatisticsUser:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_present_accomodation_statistics_user: list[CrmPresentAccomodationStatisticsUser] = field(
        default_factory=list,
        metadata={
            "name": "CrmPresentAccomodationStatisticsUser",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmSellerContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_seller_contact: list[CrmSellerContact] = field(
        default_factory=list,
        metadata={
            "name": "CrmSellerContact",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmSpeculatorContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_speculator_contact: list[CrmSpeculatorContact] = field(
        default_factory=list,
        metadata={
            "name": "CrmSpeculatorContact",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmEstateValuation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    estates: None | ArrayOfValuedEstate = field(
        default=None,
        metadata={
            "name": "Estates",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmEstateValuation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_estate_valuation: list[CrmEstateValuation] = field(
        default_factory=list,
        metadata={
            "name": "CrmEstateValuation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmPresentAccomodationStatisticsOffice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
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
    users: None | ArrayOfCrmPresentAccomodationStatisticsUser = field(
        default=None,
        metadata={
            "name": "Users",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmPresentAccomodationStatisticsOffice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    crm_present_accomodation_statistics_office: list[CrmPresentAccomodationStatisticsOffice] = field(
        default_factory=list,
        metadata={
            "name": "CrmPresentAccomodationStatisticsOffice",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmPresentAccomodationStatistics:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    office: None | ArrayOfCrmPresentAccomodationStatisticsOffice = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
