"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .category import ArrayOfCategory
from .housing_models import Email

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


@dataclass(kw_only=True)
class CompanyTelephoneNumbers:
    """
    Telefonnummer för ett företag (medlemmar ej dokumenterade). (A company's numbers; members undocumented.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


class ContactType(OpenEnum):
    """
    Kontakttyp (Person, företag eller dödsbo). (Person, company or deceased estate.).
    """

    PERSON = "Person"
    COMPANY = "Company"
    DECEASED_ESTATE = "DeceasedEstate"


@dataclass(kw_only=True)
class CrmContactAddress:
    """
    Adress. (Address.).
    """

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
class PersonTelephoneNumbers:
    """
    Telefonnummer för en person (medlemmar ej dokumenterade). (A person's numbers; members undocumented.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


@dataclass(kw_only=True)
class CrmContact:
    """
    En kontakt i CRM. (A CRM contact.).
    """

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
class CrmCompanyContact(CrmContact):
    """
    En företagskontakt. (A company.).
    """

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
class CrmDeceasedEstateContact(CrmContact):
    """
    En dödsbokontakt. (A deceased estate.).
    """

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
    """
    En personkontakt. (A person.).
    """

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
