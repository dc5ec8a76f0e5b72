"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .business_intelligence_incoming import Lead as BusinessIntelligenceIncomingLead
from .business_intelligence_outgoing import Lead as BusinessIntelligenceOutgoingLead
from .housing_models import (
    Coordinate,
    DescriptiveIdOfint,
    DescriptiveIdOfshort,
)


class ActiveStatusTipLead(OpenEnum):
    ACTIVE = "Active"


@dataclass(kw_only=True)
class Company:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    customer_number: None | str = field(
        default=None,
        metadata={
            "name": "CustomerNumber",
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


@dataclass(kw_only=True)
class Contact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    first_name: None | str = field(
        default=None,
        metadata={
            "name": "FirstName",
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
    last_name: None | str = field(
        default=None,
        metadata={
            "name": "LastName",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EconomicAddress:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

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
class EconomicEstateAgentChangeEntry:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    commission: None | float = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_foreign: None | float = field(
        default=None,
        metadata={
            "name": "CommissionForeign",
            "type": "Element",
            "nillable": True,
        },
    )
    percentage_of_total: None | float = field(
        default=None,
        metadata={
            "name": "PercentageOfTotal",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EconomicEstateAgentCommission:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    percentage_of_total: None | float = field(
        default=None,
        metadata={
            "name": "PercentageOfTotal",
            "type": "Element",
            "nillable": True,
        },
    )
    value: None | float = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )
    value_foreign: None | float = field(
        default=None,
        metadata={
            "name": "ValueForeign",
            "type": "Element",
            "nillable": True,
        },
    )


class EstateStatus(OpenEnum):
    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"


@dataclass(kw_only=True)
class SalesReportOffice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Status:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    id: None | int = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    text: None | str = field(
        default=None,
        metadata={
            "name": "Text",
            "type": "Element",
            "nillable": True,
        },
    )


class TipState(OpenEnum):
    NEW = "New"


class TipType(OpenEnum):
    FROM_USER = "FromUser"


class UserType(OpenEnum):
    USER = "User"


@dataclass(kw_only=True)
class Receiver:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Tips"

    company: None | Company = field(
        default=None,
        metadata={
            "name": "Company",
            "type": "Element",
            "nillable": True,
        },
    )
    employee_number: None | str = field(
        default=None,
        metadata={
            "name": "EmployeeNumber",
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
    type_value: None | UserType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEconomicEstateAgentChangeEntry:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    economic_estate_agent_change_entry: list[EconomicEstateAgentChangeEntry] = field(
        default_factory=list,
        metadata={
            "name": "EconomicEstateAgentChangeEntry",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EconomicEstateChangeEntry:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    commission: None | float = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_foreign: None | float = field(
        default=None,
        metadata={
            "name": "CommissionForeign",
            "type": "Element",
            "nillable": True,
        },
    )
    currency_code: None | str = field(
        default=None,
        metadata={
            "name": "CurrencyCode",
            "type": "Element",
            "nillable": True,
        },
    )
    currency_exchange_rate: None | float = field(
        default=None,
        metadata={
            "name": "CurrencyExchangeRate",
            "type": "Element",
            "nillable": True,
        },
    )
    final_price: None | int = field(
        default=None,
        metadata={
            "name": "FinalPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    final_price_foreign: None | int = field(
        default=None,
        metadata={
            "name": "FinalPriceForeign",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_price: None | int = field(
        default=None,
        metadata={
            "name": "StartingPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_price_foreign: None | int = field(
        default=None,
        metadata={
            "name": "StartingPriceForeign",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | DescriptiveIdOfshort = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Estate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    estate_status: None | EstateStatus = field(
        default=None,
        metadata={
            "name": "EstateStatus",
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
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateReference:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    address: None | EconomicAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    advertised_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdvertisedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    contract_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDay",
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
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    responsible_agent_name: None | str = field(
        default=None,
        metadata={
            "name": "ResponsibleAgentName",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | DescriptiveIdOfshort = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Party:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    company: None | Company = field(
        default=None,
        metadata={
            "name": "Company",
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


@dataclass(kw_only=True)
class Tip:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    message: None | str = field(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "nillable": True,
        },
    )
    state: None | TipState = field(
        default=None,
        metadata={
            "name": "State",
            "type": "Element",
            "nillable": True,
        },
    )
    title: None | str = field(
        default=None,
        metadata={
            "name": "Title",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | TipType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class User:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    employee_number: None | str = field(
        default=None,
        metadata={
            "name": "EmployeeNumber",
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
    type_value: None | UserType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEconomicEstateChangeEntry:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    economic_estate_change_entry: list[EconomicEstateChangeEntry] = field(
        default_factory=list,
        metadata={
            "name": "EconomicEstateChangeEntry",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateReference:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    estate_reference: list[EstateReference] = field(
        default_factory=list,
        metadata={
            "name": "EstateReference",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class IncomingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    contact: None | Contact = field(
        default=None,
        metadata={
            "name": "Contact",
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
    estate: None | Estate = field(
        default=None,
        metadata={
            "name": "Estate",
            "type": "Element",
            "nillable": True,
        },
    )
    lead: None | BusinessIntelligenceIncomingLead = field(
        default=None,
        metadata={
            "name": "Lead",
            "type": "Element",
            "nillable": True,
        },
    )
    receiver: None | Party = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    sender: None | Party = field(
        default=None,
        metadata={
            "name": "Sender",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OutgoingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    contact: None | Contact = field(
        default=None,
        metadata={
            "name": "Contact",
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
    lead: None | BusinessIntelligenceOutgoingLead = field(
        default=None,
        metadata={
            "name": "Lead",
            "type": "Element",
            "nillable": True,
        },
    )
    receiver: None | Party = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    sender: None | Party = field(
        default=None,
        metadata={
            "name": "Sender",
            "type": "Element",
            "nillable": True,
        },
    )
    user: None | User = field(
        default=None,
        metadata={
            "name": "User",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SaleReportEstateAgent:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    changes: None | ArrayOfEconomicEstateAgentChangeEntry = field(
        default=None,
        metadata={
            "name": "Changes",
            "type": "Element",
            "nillable": True,
        },
    )
    commission: None | EconomicEstateAgentCommission = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    employee_id: None | str = field(
        default=None,
        metadata={
            "name": "EmployeeId",
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
    initials: None | str = field(
        default=None,
        metadata={
            "name": "Initials",
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
    primary_office: None | SalesReportOffice = field(
        default=None,
        metadata={
            "name": "PrimaryOffice",
            "type": "Element",
            "nillable": True,
        },
    )
    responsible: None | bool = field(
        default=None,
        metadata={
            "name": "Responsible",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SentTip:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    contact: None | Contact = field(
        default=None,
        metadata={
            "name": "Contact",
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
    estate: None | Estate = field(
        default=None,
        metadata={
            "name": "Estate",
            "type": "Element",
            "nillable": True,
        },
    )
    receiver: None | Receiver = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    sender: None | Party = field(
        default=None,
        metadata={
            "name": "Sender",
            "type": "Element",
            "nillable": True,
        },
    )
    tip: None | Tip = field(
        default=None,
        metadata={
            "name": "Tip",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfIncomingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    incoming_lead: list[IncomingLead] = field(
        default_factory=list,
        metadata={
            "name": "IncomingLead",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOutgoingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    outgoing_lead: list[OutgoingLead] = field(
        default_factory=list,
        metadata={
            "name": "OutgoingLead",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSaleReportEstateAgent:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    sale_report_estate_agent: list[SaleReportEstateAgent] = field(
        default_factory=list,
        metadata={
            "name": "SaleReportEstateAgent",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSentTip:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    sent_tip: list[SentTip] = field(
        default_factory=list,
        metadata={
            "name": "SentTip",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateReferences:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    commercial_properties: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "CommercialProperties",
            "type": "Element",
            "nillable": True,
        },
    )
    condominiums: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "Condominiums",
            "type": "Element",
            "nillable": True,
        },
    )
    cottages: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "Cottages",
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
    farms: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "Farms",
            "type": "Element",
            "nillable": True,
        },
    )
    foreign_properties: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "ForeignProperties",
            "type": "Element",
            "nillable": True,
        },
    )
    houses: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "Houses",
            "type": "Element",
            "nillable": True,
        },
    )
    housing_cooperatives: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "HousingCooperatives",
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
    plots: None | ArrayOfEstateReference = field(
        default=None,
        metadata={
            "name": "Plots",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateReferences:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    estate_references: list[EstateReferences] = field(
        default_factory=list,
        metadata={
            "name": "EstateReferences",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateSaleReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    access_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AccessDay",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | EconomicAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    agents: None | ArrayOfSaleReportEstateAgent = field(
        default=None,
        metadata={
            "name": "Agents",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | DescriptiveIdOfshort = field(
        default=None,
        metadata={
            "name": "Assignment",
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
    changes: None | ArrayOfEconomicEstateChangeEntry = field(
        default=None,
        metadata={
            "name": "Changes",
            "type": "Element",
            "nillable": True,
        },
    )
    commission: None | float = field(
        default=None,
        metadata={
            "name": "Commission",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_foreign: None | float = field(
        default=None,
        metadata={
            "name": "CommissionForeign",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_received_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CommissionReceivedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_text: None | str = field(
        default=None,
        metadata={
            "name": "CommissionText",
            "type": "Element",
            "nillable": True,
        },
    )
    contract_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDay",
            "type": "Element",
            "nillable": True,
        },
    )
    currency_code: None | str = field(
        default=None,
        metadata={
            "name": "CurrencyCode",
            "type": "Element",
            "nillable": True,
        },
    )
    currency_exchange_rate: None | float = field(
        default=None,
        metadata={
            "name": "CurrencyExchangeRate",
            "type": "Element",
            "nillable": True,
        },
    )
    deposit_reported_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DepositReportedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_number: None | str = field(
        default=None,
        metadata={
            "name": "EstateNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    final_price: None | int = field(
        default=None,
        metadata={
            "name": "FinalPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    final_price_foreign: None | int = field(
        default=None,
        metadata={
            "name": "FinalPriceForeign",
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
    intake_source: None | DescriptiveIdOfint = field(
        default=None,
        metadata={
            "name": "IntakeSource",
            "type": "Element",
            "nillable": True,
        },
    )
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_price: None | int = field(
        default=None,
        metadata={
            "name": "StartingPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_price_foreign: None | int = field(
        default=None,
        metadata={
            "name": "StartingPriceForeign",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | DescriptiveIdOfshort = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | DescriptiveIdOfshort = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    wgs84_coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Wgs84Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TipsAndLeadsReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    incoming_leads: None | ArrayOfIncomingLead = field(
        default=None,
        metadata={
            "name": "IncomingLeads",
            "type": "Element",
            "nillable": True,
        },
    )
    outgoing_leads: None | ArrayOfOutgoingLead = field(
        default=None,
        metadata={
            "name": "OutgoingLeads",
            "type": "Element",
            "nillable": True,
        },
    )
    tips: None | ArrayOfSentTip = field(
        default=None,
        metadata={
            "name": "Tips",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateSaleReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    estate_sale_report: list[EstateSaleReport] = field(
        default_factory=list,
        metadata={
            "name": "EstateSaleReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeMonthReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    estate_sale_reports: None | ArrayOfEstateSaleReport = field(
        default=None,
        metadata={
            "name": "EstateSaleReports",
            "type": "Element",
            "nillable": True,
        },
    )
    month: None | str = field(
        default=None,
        metadata={
            "name": "Month",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SalesReportForEstateResponse:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    estates: None | ArrayOfEstateSaleReport = field(
        default=None,
        metadata={
            "name": "Estates",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOfficeMonthReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    office_month_report: list[OfficeMonthReport] = field(
        default_factory=list,
        metadata={
            "name": "OfficeMonthReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeYearReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    months: None | ArrayOfOfficeMonthReport = field(
        default=None,
        metadata={
            "name": "Months",
            "type": "Element",
            "nillable": True,
        },
    )
    year: None | str = field(
        default=None,
        metadata={
            "name": "Year",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOfficeYearReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    office_year_report: list[OfficeYearReport] = field(
        default_factory=list,
        metadata={
            "name": "OfficeYearReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeYearlyReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    office_name: None | str = field(
        default=None,
        metadata={
            "name": "OfficeName",
            "type": "Element",
            "nillable": True,
        },
    )
    years: None | ArrayOfOfficeYearReport = field(
        default=None,
        metadata={
            "name": "Years",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOfficeYearlyReport:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    office_yearly_report: list[OfficeYearlyReport] = field(
        default_factory=list,
        metadata={
            "name": "OfficeYearlyReport",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SalesReportResponse:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    office_sale_reports: None | ArrayOfOfficeYearlyReport = field(
        default=None,
        metadata={
            "name": "OfficeSaleReports",
            "type": "Element",
            "nillable": True,
        },
    )
