"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model, OpenEnum
from . import category, housing_models, interest, public_advertisement_lead
from . import custom_field as custom_field_1


class CompanyForSyncList(Model, kw_only=True):
    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)


class CustomerContactIds(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    contact_ids: list[str] | None | UnsetType = field(name="contactIds", default=UNSET)


class EstateForSyncList(Model, kw_only=True):
    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)


class EstateType(OpenEnum):
    House = "House"
    HousingCooperative = "HousingCooperative"
    Cottage = "Cottage"
    Plot = "Plot"
    Project = "Project"
    Farm = "Farm"
    CommercialProperty = "CommercialProperty"
    Condominium = "Condominium"
    Foreignproperty = "Foreignproperty"
    Premises = "Premises"


class InterestLevel(OpenEnum):
    Reserved = "Reserved"
    Booked = "Booked"
    ParticipateInBidding = "ParticipateInBidding"
    OnHoldInBidding = "OnHoldInBidding"
    FollowingBidding = "FollowingBidding"
    VeryInterested = "VeryInterested"
    BeenAtOrComingToViewing = "BeenAtOrComingToViewing"
    Interested = "Interested"
    Assigned = "Assigned"
    NotInterested = "NotInterested"
    Archived = "Archived"


class PersonForSyncList(Model, kw_only=True):
    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)


class Type(OpenEnum):
    House = "House"
    RowHouse = "RowHouse"
    HousingCooperative = "HousingCooperative"
    Cottage = "Cottage"
    Plot = "Plot"
    AgricultureProperty = "AgricultureProperty"
    Tenancy = "Tenancy"
    OtherHousing = "OtherHousing"
    CommercialProperty = "CommercialProperty"
    Condominium = "Condominium"


class BuyerOnObject(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    type: Type | None | UnsetType = UNSET


class ContactCollectionForSyncList(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    persons: list[PersonForSyncList | None] | None | UnsetType = UNSET

    companies: list[CompanyForSyncList | None] | None | UnsetType = UNSET

    estates: list[EstateForSyncList | None] | None | UnsetType = UNSET


class ContactCriteria(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    contact_id: list[str] | None | UnsetType = field(name="contactId", default=UNSET)

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    categories: list[str] | None | UnsetType = UNSET

    email_addresses: list[str] | None | UnsetType = field(name="emailAddresses", default=UNSET)

    contract_date_from: LazyTimestamp | None | UnsetType = field(name="contractDateFrom", default=UNSET)

    contract_date_to: LazyTimestamp | None | UnsetType = field(name="contractDateTo", default=UNSET)

    viewing_date_from: LazyTimestamp | None | UnsetType = field(name="viewingDateFrom", default=UNSET)

    viewing_date_to: LazyTimestamp | None | UnsetType = field(name="viewingDateTo", default=UNSET)

    bidding_date_from: LazyTimestamp | None | UnsetType = field(name="biddingDateFrom", default=UNSET)

    bidding_date_to: LazyTimestamp | None | UnsetType = field(name="biddingDateTo", default=UNSET)

    created_date_from: LazyTimestamp | None | UnsetType = field(name="createdDateFrom", default=UNSET)

    created_date_to: LazyTimestamp | None | UnsetType = field(name="createdDateTo", default=UNSET)

    changed_date_from: LazyTimestamp | None | UnsetType = field(name="changedDateFrom", default=UNSET)

    changed_date_to: LazyTimestamp | None | UnsetType = field(name="changedDateTo", default=UNSET)

    seller_relation_date_from: LazyTimestamp | None | UnsetType = field(name="sellerRelationDateFrom", default=UNSET)

    seller_relation_date_to: LazyTimestamp | None | UnsetType = field(name="sellerRelationDateTo", default=UNSET)

    buyer_relation_date_from: LazyTimestamp | None | UnsetType = field(name="buyerRelationDateFrom", default=UNSET)

    buyer_relation_date_to: LazyTimestamp | None | UnsetType = field(name="buyerRelationDateTo", default=UNSET)

    custom_field: custom_field_1.FieldValueCriteria | None | UnsetType = field(name="customField", default=UNSET)

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)


class IntrestOnObject(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    type: Type | None | UnsetType = UNSET

    estate_type: EstateType | None | UnsetType = field(name="estateType", default=UNSET)

    viewing: bool | None | UnsetType = UNSET

    bidder: bool | None | UnsetType = UNSET

    interest_level: InterestLevel | None | UnsetType = field(name="interestLevel", default=UNSET)


class SellerOnObject(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    type: Type | None | UnsetType = UNSET


class Company(Model, kw_only=True):
    looking_for_accommodation: list[interest.LookingForAccommodation | None] | None | UnsetType = field(
        name="lookingForAccommodation", default=UNSET
    )

    present_accommodation: interest.PresentAccommodation | None | UnsetType = field(
        name="presentAccommodation", default=UNSET
    )

    buyer_on_objects: list[BuyerOnObject | None] | None | UnsetType = field(name="buyerOnObjects", default=UNSET)

    seller_on_objects: list[SellerOnObject | None] | None | UnsetType = field(name="sellerOnObjects", default=UNSET)

    interest_on_objects: list[IntrestOnObject | None] | None | UnsetType = field(
        name="interestOnObjects", default=UNSET
    )

    company_name: str | None | UnsetType = field(name="companyName", default=UNSET)

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)

    home_page: str | None | UnsetType = field(name="homePage", default=UNSET)

    switch_phone: str | None | UnsetType = field(name="switchPhone", default=UNSET)

    broker_id: str | None | UnsetType = field(name="brokerId", default=UNSET)

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    customer_id: str = field(name="customerId")

    custom_fields: list[custom_field_1.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)

    categories: list[category.Category | None] | None | UnsetType = UNSET

    address: housing_models.Address | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    other_phone: str | None | UnsetType = field(name="otherPhone", default=UNSET)

    wish_advertising: bool | None | UnsetType = field(name="wishAdvertising", default=UNSET)

    note: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)


class Estate(Model, kw_only=True):
    looking_for_accommodation: list[interest.LookingForAccommodation | None] | None | UnsetType = field(
        name="lookingForAccommodation", default=UNSET
    )

    present_accommodation: interest.PresentAccommodation | None | UnsetType = field(
        name="presentAccommodation", default=UNSET
    )

    buyer_on_objects: list[BuyerOnObject | None] | None | UnsetType = field(name="buyerOnObjects", default=UNSET)

    seller_on_objects: list[SellerOnObject | None] | None | UnsetType = field(name="sellerOnObjects", default=UNSET)

    interest_on_objects: list[IntrestOnObject | None] | None | UnsetType = field(
        name="interestOnObjects", default=UNSET
    )

    name: str | None | UnsetType = UNSET

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)

    tele_phone: str | None | UnsetType = field(name="telePhone", default=UNSET)

    work_phone: str | None | UnsetType = field(name="workPhone", default=UNSET)

    cell_phone: str | None | UnsetType = field(name="cellPhone", default=UNSET)

    broker_id: str | None | UnsetType = field(name="brokerId", default=UNSET)

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    customer_id: str = field(name="customerId")

    custom_fields: list[custom_field_1.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)

    categories: list[category.Category | None] | None | UnsetType = UNSET

    address: housing_models.Address | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    other_phone: str | None | UnsetType = field(name="otherPhone", default=UNSET)

    wish_advertising: bool | None | UnsetType = field(name="wishAdvertising", default=UNSET)

    note: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)


class ContactCollection(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    persons: list[public_advertisement_lead.Person | None] | None | UnsetType = UNSET

    estates: list[Estate | None] | None | UnsetType = UNSET

    companies: list[Company | None] | None | UnsetType = UNSET
