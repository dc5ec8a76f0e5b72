"""Types of namespaces that refer to each other (re-exported by their own modules).

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Int64, LazyTimestamp, Model, OpenEnum
from . import business_intelligence_incoming, business_intelligence_outgoing, housing_models


class ActiveStatusTipLead(OpenEnum):
    """Aktiv status. (Active status.)"""

    Active = "Active"


class Company(Model, kw_only=True):
    """Företag. (Company.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    customer_number: str | None | UnsetType = field(name="customerNumber", default=UNSET)
    """Kundnummer. (Customer number.)"""


class Contact(Model, kw_only=True):
    """Kontakt. (Contact.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    first_name: str | None | UnsetType = field(name="firstName", default=UNSET)
    """Förnamn. (First name.)"""

    last_name: str | None | UnsetType = field(name="lastName", default=UNSET)
    """Efternamn. (Last name.)"""


class EconomicAddress(Model, kw_only=True):
    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)


class EconomicEstateAgentChangeEntry(Model, kw_only=True):
    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    commission: float | None | UnsetType = UNSET

    commission_foreign: float | None | UnsetType = field(name="commissionForeign", default=UNSET)

    percentage_of_total: float | None | UnsetType = field(name="percentageOfTotal", default=UNSET)


class EconomicEstateAgentCommission(Model, kw_only=True):
    value: float | None | UnsetType = UNSET

    value_foreign: float | None | UnsetType = field(name="valueForeign", default=UNSET)

    percentage_of_total: float | None | UnsetType = field(name="percentageOfTotal", default=UNSET)


class EstateStatus(OpenEnum):
    """Bostadens status. (Estate status.)"""

    AssignmentAttempt = "AssignmentAttempt"


class Party(Model, kw_only=True):
    """Avsändare eller mottagare. (A sender or receiver.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    company: Company | None | UnsetType = UNSET
    """Företaget. (The company.)"""


class SalesReportOffice(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    name: str | None | UnsetType = UNSET

    city: str | None | UnsetType = UNSET


class Status(Model, kw_only=True):
    """Status. (Status.)"""

    id: Int32 | None | UnsetType = UNSET
    """Statusens id. (Status id.)"""

    text: str | None | UnsetType = UNSET
    """Statusens text. (Status text.)"""


class TipState(OpenEnum):
    """Status för ett tips. (Tip state.)"""

    New = "New"


class TipType(OpenEnum):
    """Typ av tips. (Kind of tip.)"""

    FromUser = "FromUser"


class UserType(OpenEnum):
    """Typ av användare. (Kind of user.)"""

    User = "User"


class EconomicEstateChangeEntry(Model, kw_only=True):
    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    status: housing_models.DescriptiveIdOfshort | None | UnsetType = UNSET

    commission: float | None | UnsetType = UNSET

    commission_foreign: float | None | UnsetType = field(name="commissionForeign", default=UNSET)

    starting_price: Int64 | None | UnsetType = field(name="startingPrice", default=UNSET)

    final_price: Int64 | None | UnsetType = field(name="finalPrice", default=UNSET)

    starting_price_foreign: Int64 | None | UnsetType = field(name="startingPriceForeign", default=UNSET)

    final_price_foreign: Int64 | None | UnsetType = field(name="finalPriceForeign", default=UNSET)

    currency_code: str | None | UnsetType = field(name="currencyCode", default=UNSET)

    currency_exchange_rate: float | None | UnsetType = field(name="currencyExchangeRate", default=UNSET)


class Estate(Model, kw_only=True):
    """Bostad. (Estate.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    estate_status: EstateStatus | None | UnsetType = field(name="estateStatus", default=UNSET)
    """Bostadens status. (The estate's status.)"""

    status: Status | None | UnsetType = UNSET
    """Status med id och text. (Status as id and text.)"""


class EstateReference(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    status: housing_models.DescriptiveIdOfshort | None | UnsetType = UNSET

    address: EconomicAddress | None | UnsetType = UNSET

    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    responsible_agent_name: str | None | UnsetType = field(name="responsibleAgentName", default=UNSET)

    contract_day: LazyTimestamp | None | UnsetType = field(name="contractDay", default=UNSET)

    advertised_at: LazyTimestamp | None | UnsetType = field(name="advertisedAt", default=UNSET)


class EstateReferences(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    city: str | None | UnsetType = UNSET

    houses: list[EstateReference | None] | None | UnsetType = UNSET

    housing_cooperatives: list[EstateReference | None] | None | UnsetType = field(
        name="housingCooperatives", default=UNSET
    )

    cottages: list[EstateReference | None] | None | UnsetType = UNSET

    plots: list[EstateReference | None] | None | UnsetType = UNSET

    farms: list[EstateReference | None] | None | UnsetType = UNSET

    condominiums: list[EstateReference | None] | None | UnsetType = UNSET

    commercial_properties: list[EstateReference | None] | None | UnsetType = field(
        name="commercialProperties", default=UNSET
    )

    foreign_properties: list[EstateReference | None] | None | UnsetType = field(name="foreignProperties", default=UNSET)


class SaleReportEstateAgent(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    initials: str | None | UnsetType = UNSET

    employee_id: str | None | UnsetType = field(name="employeeId", default=UNSET)

    responsible: bool | None | UnsetType = UNSET

    primary_office: SalesReportOffice | None | UnsetType = field(name="primaryOffice", default=UNSET)

    commission: EconomicEstateAgentCommission | None | UnsetType = UNSET

    changes: list[EconomicEstateAgentChangeEntry | None] | None | UnsetType = UNSET


class Tip(Model, kw_only=True):
    """Tips. (Tip.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    title: str | None | UnsetType = UNSET
    """Rubrik. (Title.)"""

    state: TipState | None | UnsetType = UNSET
    """Status. (State.)"""

    message: str | None | UnsetType = UNSET
    """Meddelande. (Message.)"""

    type: TipType | None | UnsetType = UNSET
    """Typ av tips. (Kind of tip.)"""


class User(Model, kw_only=True):
    """Användare. (User.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    type: UserType | None | UnsetType = UNSET
    """Typ av användare. (Kind of user.)"""

    employee_number: str | None | UnsetType = field(name="employeeNumber", default=UNSET)
    """Anställningsnummer. (Employee number.)"""


class EstateSaleReport(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    estate_number: str | None | UnsetType = field(name="estateNumber", default=UNSET)

    status: housing_models.DescriptiveIdOfshort | None | UnsetType = UNSET

    type: housing_models.DescriptiveIdOfshort | None | UnsetType = UNSET

    assignment: housing_models.DescriptiveIdOfshort | None | UnsetType = UNSET

    address: EconomicAddress | None | UnsetType = UNSET

    agents: list[SaleReportEstateAgent | None] | None | UnsetType = UNSET

    contract_day: LazyTimestamp | None | UnsetType = field(name="contractDay", default=UNSET)

    access_day: LazyTimestamp | None | UnsetType = field(name="accessDay", default=UNSET)

    deposit_reported_at: LazyTimestamp | None | UnsetType = field(name="depositReportedAt", default=UNSET)

    commission: float | None | UnsetType = UNSET

    commission_foreign: float | None | UnsetType = field(name="commissionForeign", default=UNSET)

    commission_text: str | None | UnsetType = field(name="commissionText", default=UNSET)

    commission_received_at: LazyTimestamp | None | UnsetType = field(name="commissionReceivedAt", default=UNSET)

    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    wgs84_coordinate: housing_models.Coordinate | None | UnsetType = field(name="wgs84Coordinate", default=UNSET)

    intake_source: housing_models.DescriptiveIdOfint | None | UnsetType = field(name="intakeSource", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    changes: list[EconomicEstateChangeEntry | None] | None | UnsetType = UNSET

    starting_price: Int64 | None | UnsetType = field(name="startingPrice", default=UNSET)

    final_price: Int64 | None | UnsetType = field(name="finalPrice", default=UNSET)

    starting_price_foreign: Int64 | None | UnsetType = field(name="startingPriceForeign", default=UNSET)

    final_price_foreign: Int64 | None | UnsetType = field(name="finalPriceForeign", default=UNSET)

    currency_code: str | None | UnsetType = field(name="currencyCode", default=UNSET)

    currency_exchange_rate: float | None | UnsetType = field(name="currencyExchangeRate", default=UNSET)


class IncomingLead(Model, kw_only=True):
    """Ett inkommande lead. (A received lead.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    sender: Party | None | UnsetType = UNSET
    """Avsändare. (Sender.)"""

    receiver: Party | None | UnsetType = UNSET
    """Mottagare. (Receiver.)"""

    lead: business_intelligence_incoming.Lead | None | UnsetType = UNSET
    """Leadet. (The lead.)"""

    contact: Contact | None | UnsetType = UNSET
    """Kontakten. (The contact.)"""

    estate: Estate | None | UnsetType = UNSET
    """Bostaden. (The estate.)"""


class OfficeMonthReport(Model, kw_only=True):
    month: str | None | UnsetType = UNSET

    estate_sale_reports: list[EstateSaleReport | None] | None | UnsetType = field(
        name="estateSaleReports", default=UNSET
    )


class OfficeYearReport(Model, kw_only=True):
    year: str | None | UnsetType = UNSET

    months: list[OfficeMonthReport | None] | None | UnsetType = UNSET


class OfficeYearlyReport(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_name: str | None | UnsetType = field(name="officeName", default=UNSET)

    years: list[OfficeYearReport | None] | None | UnsetType = UNSET


class OutgoingLead(Model, kw_only=True):
    """Ett utgående lead. (A sent lead.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    user: User | None | UnsetType = UNSET
    """Användaren. (The user.)"""

    sender: Party | None | UnsetType = UNSET
    """Avsändare. (Sender.)"""

    receiver: Party | None | UnsetType = UNSET
    """Mottagare. (Receiver.)"""

    lead: business_intelligence_outgoing.Lead | None | UnsetType = UNSET
    """Leadet. (The lead.)"""

    contact: Contact | None | UnsetType = UNSET
    """Kontakten. (The contact.)"""


class SalesReportForEstateResponse(Model, kw_only=True):
    estates: list[EstateSaleReport | None] | None | UnsetType = UNSET


class SalesReportResponse(Model, kw_only=True):
    office_sale_reports: list[OfficeYearlyReport | None] | None | UnsetType = field(
        name="officeSaleReports", default=UNSET
    )


class SentTip(Model, kw_only=True):
    """Ett tips mellan kollegor. (A tip between colleagues.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    sender: Party | None | UnsetType = UNSET
    """Avsändare. (Sender.)"""

    receiver: Receiver | None | UnsetType = UNSET
    """Mottagare. (Receiver.)"""

    tip: Tip | None | UnsetType = UNSET
    """Tipset. (The tip.)"""

    contact: Contact | None | UnsetType = UNSET
    """Kontakten. (The contact.)"""

    estate: Estate | None | UnsetType = UNSET
    """Bostaden. (The estate.)"""


class TipsAndLeadsReport(Model, kw_only=True):
    """Rapport över skickade och mottagna tips och leads. (Sent and received tips and leads.)"""

    incoming_leads: list[IncomingLead | None] | None | UnsetType = field(name="incomingLeads", default=UNSET)
    """Inkommande leads. (Incoming leads.)"""

    outgoing_leads: list[OutgoingLead | None] | None | UnsetType = field(name="outgoingLeads", default=UNSET)
    """Utgående leads. (Outgoing leads.)"""

    tips: list[SentTip | None] | None | UnsetType = UNSET
    """Tips mellan kollegor. (Tips between colleagues.)"""


class Receiver(Model, kw_only=True):
    """Mottagare av ett tips. (Receiver of a tip.)"""

    id: str | None | UnsetType = UNSET
    """Id. (Id.)"""

    name: str | None | UnsetType = UNSET
    """Namn. (Name.)"""

    employee_number: str | None | UnsetType = field(name="employeeNumber", default=UNSET)
    """Anställningsnummer. (Employee number.)"""

    type: UserType | None | UnsetType = UNSET
    """Typ av mottagare. (Kind of receiver.)"""

    company: Company | None | UnsetType = UNSET
    """Företaget. (The company.)"""
