"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from msgspec import UNSET, Meta, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import category, housing_models


class CompanyTelephoneNumbers(Model, kw_only=True):
    """Telefonnummer för ett företag (medlemmar ej dokumenterade). (A company's numbers; members undocumented.)"""


class ContactType(OpenEnum):
    """Kontakttyp (Person, företag eller dödsbo). (Person, company or deceased estate.)"""

    Person = "Person"
    Company = "Company"
    DeceasedEstate = "DeceasedEstate"


class CrmBuyerRelationEstateType(OpenEnum):
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


class CrmContactAddress(Model, kw_only=True):
    """Adress. (Address.)"""

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)
    """Gatuadress. (Street address.)"""

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)
    """Postnummer. (Postal code.)"""

    city: str | None | UnsetType = UNSET
    """Ort. (City.)"""

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)
    """Landskod. (Country code.)"""


class CrmContactReference(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)


class CrmSellerRelation(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    estate_type: CrmBuyerRelationEstateType | None | UnsetType = field(name="estateType", default=UNSET)

    share_holding: str | None | UnsetType = field(name="shareHolding", default=UNSET)


class EstateType(OpenEnum):
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


class Level(OpenEnum):
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


MatchingWatched: TypeAlias = Annotated[
    str, Meta(description="Ska matchas/bevakas (värden ej dokumenterade). (Matching/watching; values undocumented.)")
]


class PersonTelephoneNumbers(Model, kw_only=True):
    """Telefonnummer för en person (medlemmar ej dokumenterade). (A person's numbers; members undocumented.)"""


class ValuationHistory(Model, kw_only=True):
    initial_valuation_date: LazyTimestamp | None | UnsetType = field(name="initialValuationDate", default=UNSET)

    initial_valuation: Int32 | None | UnsetType = field(name="initialValuation", default=UNSET)

    valuation: Int32 | None | UnsetType = UNSET

    valuation_date: LazyTimestamp | None | UnsetType = field(name="valuationDate", default=UNSET)

    manually_changed: bool | None | UnsetType = field(name="manuallyChanged", default=UNSET)


class ValuedEstate(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    initial_valuation_date: LazyTimestamp | None | UnsetType = field(name="initialValuationDate", default=UNSET)

    initial_valuation: Int32 | None | UnsetType = field(name="initialValuation", default=UNSET)

    end_date: LazyTimestamp | None | UnsetType = field(name="endDate", default=UNSET)

    valuation_history: list[ValuationHistory | None] | None | UnsetType = field(name="valuationHistory", default=UNSET)


class CrmBuyerRelation(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    estate_type: CrmBuyerRelationEstateType | None | UnsetType = field(name="estateType", default=UNSET)


class CrmContact(Model, kw_only=True):
    """En kontakt i CRM. (A CRM contact.)"""

    id: str | None | UnsetType = UNSET
    """Kontakt id. (Contact id.)"""

    type: ContactType | None | UnsetType = UNSET
    """Kontakttyp (Person, företag eller dödsbo). (Person, company or deceased estate.)"""

    customer_id: str = field(name="customerId")
    """Kund-id. (Customer id.)"""

    agent_id: str | None | UnsetType = field(name="agentId", default=UNSET)
    """Mäklarens id. (The agent's id.)"""

    address: CrmContactAddress | None | UnsetType = UNSET
    """Adress. (Address.)"""

    email: housing_models.Email | None | UnsetType = UNSET
    """E-post. (Email.)"""

    advertising_enabled: bool | None | UnsetType = field(name="advertisingEnabled", default=UNSET)
    """Reklamutskick tillåts. (Advertising mail allowed.)"""

    note: str | None | UnsetType = UNSET
    """Anteckning. (Note.)"""

    categories: list[category.Category | None] | None | UnsetType = UNSET
    """Kategorier. (Categories.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)
    """Ändrad. (Changed.)"""


class CrmContactList(Model, kw_only=True):
    persons: list[CrmContactReference | None] | None | UnsetType = UNSET

    companies: list[CrmContactReference | None] | None | UnsetType = UNSET

    deceased_estates: list[CrmContactReference | None] | None | UnsetType = field(name="deceasedEstates", default=UNSET)


class CrmDeceasedEstateContact(CrmContact, kw_only=True):
    """En dödsbokontakt. (A deceased estate.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)
    """Personnummer. (Personal identity number.)"""

    is_foreign_id_social_security_number: bool | None | UnsetType = field(
        name="isForeignIdSocialSecurityNumber", default=UNSET
    )
    """Annat format/utländskt personnummer. (Foreign or other-format identity number.)"""

    telephone: PersonTelephoneNumbers | None | UnsetType = UNSET
    """Telefonnummer. (Telephone numbers.)"""


class CrmEstateValuation(Model, kw_only=True):
    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    estates: list[ValuedEstate | None] | None | UnsetType = UNSET


class CrmPersonContact(CrmContact, kw_only=True):
    """En personkontakt. (A person.)"""

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

    telephone: PersonTelephoneNumbers | None | UnsetType = UNSET
    """Telefonnummer. (Telephone numbers.)"""

    lead_score: Int32 | None | UnsetType = field(name="leadScore", default=UNSET)
    """Antal lead score stjärnor. (Lead score stars.)"""

    wants_to_be_matched: MatchingWatched | None | UnsetType = field(name="wantsToBeMatched", default=UNSET)
    """Ska matchas/bevakas. (To be matched/watched.)"""

    matching_changed_at: LazyTimestamp | None | UnsetType = field(name="matchingChangedAt", default=UNSET)
    """Senast uppdaterad angående matchning. (Matching last changed.)"""

    is_deceased: bool | None | UnsetType = field(name="isDeceased", default=UNSET)
    """Avliden. (Deceased.)"""

    is_company_person: bool | None | UnsetType = field(name="isCompanyPerson", default=UNSET)
    """Är kopplad till företag. (Linked to a company.)"""

    gdpr_approval_date: LazyTimestamp | None | UnsetType = field(name="gdprApprovalDate", default=UNSET)
    """GDPR informerad den. (Date informed under GDPR.)"""


class CrmPresentAccomodation(Model, kw_only=True):
    has_been_asked: bool | None | UnsetType = field(name="hasBeenAsked", default=UNSET)

    estate_type: EstateType | None | UnsetType = field(name="estateType", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    price: float | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET

    coordinate: housing_models.Wgs84Coordinate | None | UnsetType = UNSET


class CrmPresentAccomodationStatisticsGroup(Model, kw_only=True):
    prospectives: Int32 | None | UnsetType = UNSET

    interest_level: Level | None | UnsetType = field(name="interestLevel", default=UNSET)


class CrmPresentAccomodationStatisticsUser(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    estates: Int32 | None | UnsetType = UNSET

    prospectives: list[CrmPresentAccomodationStatisticsGroup | None] | None | UnsetType = UNSET

    showing_participants: Int32 | None | UnsetType = field(name="showingParticipants", default=UNSET)

    bidders: Int32 | None | UnsetType = UNSET

    asked_prospectives: list[CrmPresentAccomodationStatisticsGroup | None] | None | UnsetType = field(
        name="askedProspectives", default=UNSET
    )

    asked_prospectives_owning_accomodation: list[CrmPresentAccomodationStatisticsGroup | None] | None | UnsetType = (
        field(name="askedProspectivesOwningAccomodation", default=UNSET)
    )


class CrmSellerContact(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    seller_on: list[CrmSellerRelation | None] | None | UnsetType = field(name="sellerOn", default=UNSET)


class CrmSpeculatorRelation(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    estate_type: CrmBuyerRelationEstateType | None | UnsetType = field(name="estateType", default=UNSET)

    level: Level | None | UnsetType = UNSET


class CrmBuyerContact(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    buyer_on: list[CrmBuyerRelation | None] | None | UnsetType = field(name="buyerOn", default=UNSET)


class CrmCompanyContact(CrmContact, kw_only=True):
    """En företagskontakt. (A company.)"""

    name: str | None | UnsetType = UNSET
    """Företagsnamn. (Company name.)"""

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)
    """Organisationsnummer. (Corporate identity number.)"""

    is_foreign_corporate_number: bool | None | UnsetType = field(name="isForeignCorporateNumber", default=UNSET)
    """Annat format/utländskt organisationsnummer. (Foreign or other-format corporate number.)"""

    home_page: str | None | UnsetType = field(name="homePage", default=UNSET)
    """Hemsida. (Home page.)"""

    telephone: CompanyTelephoneNumbers | None | UnsetType = UNSET
    """Telefonnummer. (Telephone numbers.)"""

    lead_score: Int32 | None | UnsetType = field(name="leadScore", default=UNSET)
    """Antal lead score stjärnor. (Lead score stars.)"""


class CrmPresentAccomodationStatisticsOffice(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    name: str | None | UnsetType = UNSET

    users: list[CrmPresentAccomodationStatisticsUser | None] | None | UnsetType = UNSET


class CrmSpeculatorContact(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    speculator_on: list[CrmSpeculatorRelation | None] | None | UnsetType = field(name="speculatorOn", default=UNSET)


class CrmPresentAccomodationStatistics(Model, kw_only=True):
    office: list[CrmPresentAccomodationStatisticsOffice | None] | None | UnsetType = UNSET
