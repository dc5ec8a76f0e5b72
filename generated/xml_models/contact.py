"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .category import ArrayOfCategory
from .custom_field import (
    ArrayOfFieldValue,
    FieldValueCriteria,
)
from .housing_models import (
    Address,
    Coordinate,
    Email,
)
from .interest import (
    ArrayOfLookingForAccommodation,
    PresentAccommodation,
)
from .public_advertisement_lead import ArrayOfPerson

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"


@dataclass(kw_only=True)
class CompanyForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )


class EstateType(OpenEnum):
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


class InterestLevel(OpenEnum):
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
class PersonForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )


class Type(OpenEnum):
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


@dataclass(kw_only=True)
class ArrayOfCompanyForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    company_for_sync_list: list[CompanyForSyncList] = field(
        default_factory=list,
        metadata={
            "name": "CompanyForSyncList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    estate_for_sync_list: list[EstateForSyncList] = field(
        default_factory=list,
        metadata={
            "name": "EstateForSyncList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPersonForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    person_for_sync_list: list[PersonForSyncList] = field(
        default_factory=list,
        metadata={
            "name": "PersonForSyncList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class BuyerOnObject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | Type = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactCriteria:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    bidding_date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "BiddingDateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding_date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "BiddingDateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    buyer_relation_date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "BuyerRelationDateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    buyer_relation_date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "BuyerRelationDateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    categories: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Categories",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedDateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedDateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_id: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    contract_date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    contract_date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    created_date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedDateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    created_date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedDateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_field: None | FieldValueCriteria = field(
        default=None,
        metadata={
            "name": "CustomField",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    email_addresses: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "EmailAddresses",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_relation_date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SellerRelationDateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_relation_date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SellerRelationDateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ViewingDateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ViewingDateTo",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CustomerContactIds:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    contact_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "ContactIds",
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


@dataclass(kw_only=True)
class IntrestOnObject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    bidder: None | bool = field(
        default=None,
        metadata={
            "name": "Bidder",
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
    estate_type: None | EstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
            "type": "Element",
            "nillable": True,
        },
    )
    interest_level: None | InterestLevel = field(
        default=None,
        metadata={
            "name": "InterestLevel",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | Type = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing: None | bool = field(
        default=None,
        metadata={
            "name": "Viewing",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SellerOnObject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | Type = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfBuyerOnObject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    buyer_on_object: list[BuyerOnObject] = field(
        default_factory=list,
        metadata={
            "name": "BuyerOnObject",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCustomerContactIds:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    customer_contact_ids: list[CustomerContactIds] = field(
        default_factory=list,
        metadata={
            "name": "CustomerContactIds",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfIntrestOnObject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    intrest_on_object: list[IntrestOnObject] = field(
        default_factory=list,
        metadata={
            "name": "IntrestOnObject",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSellerOnObject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    seller_on_object: list[SellerOnObject] = field(
        default_factory=list,
        metadata={
            "name": "SellerOnObject",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactCollectionForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    companies: None | ArrayOfCompanyForSyncList = field(
        default=None,
        metadata={
            "name": "Companies",
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
    estates: None | ArrayOfEstateForSyncList = field(
        default=None,
        metadata={
            "name": "Estates",
            "type": "Element",
            "nillable": True,
        },
    )
    persons: None | ArrayOfPersonForSyncList = field(
        default=None,
        metadata={
            "name": "Persons",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfContactCollectionForSyncList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    contact_collection_for_sync_list: list[ContactCollectionForSyncList] = field(
        default_factory=list,
        metadata={
            "name": "ContactCollectionForSyncList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Company:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    broker_id: None | str = field(
        default=None,
        metadata={
            "name": "BrokerId",
            "type": "Element",
            "nillable": True,
        },
    )
    buyer_on_objects: None | ArrayOfBuyerOnObject = field(
        default=None,
        metadata={
            "name": "BuyerOnObjects",
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
    company_name: None | str = field(
        default=None,
        metadata={
            "name": "CompanyName",
            "type": "Element",
            "max_length": 50,
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
            "type": "Element",
            "max_length": 15,
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
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    home_page: None | str = field(
        default=None,
        metadata={
            "name": "HomePage",
            "type": "Element",
            "max_length": 60,
            "nillable": True,
        },
    )
    interest_on_objects: None | ArrayOfIntrestOnObject = field(
        default=None,
        metadata={
            "name": "InterestOnObjects",
            "type": "Element",
            "nillable": True,
        },
    )
    looking_for_accommodation: None | ArrayOfLookingForAccommodation = field(
        default=None,
        metadata={
            "name": "LookingForAccommodation",
            "type": "Element",
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
    other_phone: None | str = field(
        default=None,
        metadata={
            "name": "OtherPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    present_accommodation: None | PresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_on_objects: None | ArrayOfSellerOnObject = field(
        default=None,
        metadata={
            "name": "SellerOnObjects",
            "type": "Element",
            "nillable": True,
        },
    )
    switch_phone: None | str = field(
        default=None,
        metadata={
            "name": "SwitchPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    wish_advertising: None | bool = field(
        default=None,
        metadata={
            "name": "WishAdvertising",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Estate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    broker_id: None | str = field(
        default=None,
        metadata={
            "name": "BrokerId",
            "type": "Element",
            "nillable": True,
        },
    )
    buyer_on_objects: None | ArrayOfBuyerOnObject = field(
        default=None,
        metadata={
            "name": "BuyerOnObjects",
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
    cell_phone: None | str = field(
        default=None,
        metadata={
            "name": "CellPhone",
            "type": "Element",
            "max_length": 17,
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
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "max_length": 40,
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    interest_on_objects: None | ArrayOfIntrestOnObject = field(
        default=None,
        metadata={
            "name": "InterestOnObjects",
            "type": "Element",
            "nillable": True,
        },
    )
    looking_for_accommodation: None | ArrayOfLookingForAccommodation = field(
        default=None,
        metadata={
            "name": "LookingForAccommodation",
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
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    other_phone: None | str = field(
        default=None,
        metadata={
            "name": "OtherPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    present_accommodation: None | PresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_on_objects: None | ArrayOfSellerOnObject = field(
        default=None,
        metadata={
            "name": "SellerOnObjects",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )
    tele_phone: None | str = field(
        default=None,
        metadata={
            "name": "TelePhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    wish_advertising: None | bool = field(
        default=None,
        metadata={
            "name": "WishAdvertising",
            "type": "Element",
            "nillable": True,
        },
    )
    work_phone: None | str = field(
        default=None,
        metadata={
            "name": "WorkPhone",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCompany:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    company: list[Company] = field(
        default_factory=list,
        metadata={
            "name": "Company",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    estate: list[Estate] = field(
        default_factory=list,
        metadata={
            "name": "Estate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactCollection:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    companies: None | ArrayOfCompany = field(
        default=None,
        metadata={
            "name": "Companies",
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
    estates: None | ArrayOfEstate = field(
        default=None,
        metadata={
            "name": "Estates",
            "type": "Element",
            "nillable": True,
        },
    )
    persons: None | ArrayOfPerson = field(
        default=None,
        metadata={
            "name": "Persons",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfContactCollection:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact"

    contact_collection: list[ContactCollection] = field(
        default_factory=list,
        metadata={
            "name": "ContactCollection",
            "type": "Element",
            "nillable": True,
        },
    )
