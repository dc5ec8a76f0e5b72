"""xsdata's classes for every DataContract namespace (see the namespace modules).

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from xsdata.models.datatype import XmlDateTime


class LeadType1(Enum):
    """
    Typ av lead. (Kind of lead.).
    """

    OBJECT = "Object"


class LeadType3(Enum):
    """
    Arbetsflöde för en leadskälla. (Lead source workflow.).
    """

    ACCEPT_OBJECT_FLOW = "AcceptObjectFlow"


@dataclass(kw_only=True)
class Office1:
    """
    Kontor. (Office.).
    """

    class Meta:
        name = "Office"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

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


class State3(Enum):
    """
    Status för ett lead. (Lead state.).
    """

    NEW = "New"


@dataclass(kw_only=True)
class UserGroup1:
    """
    Användargrupp. (User group.).
    """

    class Meta:
        name = "UserGroup"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Address:
    """
    Adress. (Address.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
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


class LeadType5(Enum):
    """
    Arbetsflöde för en leadskälla. (Lead source workflow.).
    """

    ACCEPT_OBJECT_FLOW = "AcceptObjectFlow"


@dataclass(kw_only=True)
class Office2:
    """
    Kontor. (Office.).
    """

    class Meta:
        name = "Office"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

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


@dataclass(kw_only=True)
class UserGroup2:
    """
    Användargrupp. (User group.).
    """

    class Meta:
        name = "UserGroup"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TelephoneNumbers:
    """
    Telefonnummer. (Telephone numbers.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models"

    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    cell: None | str = field(
        default=None,
        metadata={
            "name": "Cell",
            "type": "Element",
            "nillable": True,
        },
    )
    home: None | str = field(
        default=None,
        metadata={
            "name": "Home",
            "type": "Element",
            "nillable": True,
        },
    )
    work: None | str = field(
        default=None,
        metadata={
            "name": "Work",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FormMarketingUtmTags:
    """
    En UTM tagg. (One UTM tag.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )


class State1(Enum):
    """
    Status för ett lead. (Lead state.).
    """

    NEW = "New"


@dataclass(kw_only=True)
class Lead2:
    """
    Ett utgående lead. (A sent lead.).
    """

    class Meta:
        name = "Lead"
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing"
        )

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
    title: None | str = field(
        default=None,
        metadata={
            "name": "Title",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


class ActiveStatusTipLead1(Enum):
    """
    Aktiv status. (Active status.).
    """

    ACTIVE = "Active"


@dataclass(kw_only=True)
class Company:
    """
    Företag. (Company.).
    """

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
    """
    Kontakt. (Contact.).
    """

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


class EstateStatus1(Enum):
    """
    Bostadens status. (Estate status.).
    """

    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"


@dataclass(kw_only=True)
class Status:
    """
    Status. (Status.).
    """

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


class TipState1(Enum):
    """
    Status för ett tips. (Tip state.).
    """

    NEW = "New"


class TipType1(Enum):
    """
    Typ av tips. (Kind of tip.).
    """

    FROM_USER = "FromUser"


class UserType1(Enum):
    """
    Typ av användare. (Kind of user.).
    """

    USER = "User"


@dataclass(kw_only=True)
class Category:
    """
    Kategori. (Category.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category"

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
    read_only: None | bool = field(
        default=None,
        metadata={
            "name": "ReadOnly",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CompanyTelephoneNumbers:
    """
    Telefonnummer för ett företag (medlemmar ej dokumenterade). (A
    company's numbers; members undocumented.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


class ContactType1(Enum):
    """
    Kontakttyp (Person, företag eller dödsbo). (Person, company or deceased
    estate.).
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
class MatchingWatched:
    class Meta:
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    value: None | str = field(
        default="",
        metadata={
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PersonTelephoneNumbers:
    """
    Telefonnummer för en person (medlemmar ej dokumenterade). (A person's
    numbers; members undocumented.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"


@dataclass(kw_only=True)
class Email:
    """
    E-postadresser. (Email addresses.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    email_address: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    email_address2: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress2",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class String:
    class Meta:
        name = "string"
        nillable = True
        namespace = "http://schemas.microsoft.com/2003/10/Serialization/"

    value: None | str = field(
        default="",
        metadata={
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadType2:
    class Meta:
        name = "LeadType"
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    value: None | LeadType1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class Agent1:
    """
    Handläggare. (Agent.).
    """

    class Meta:
        name = "Agent"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | Office1 = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadType4:
    class Meta:
        name = "LeadType"
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    value: None | LeadType3 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class State4:
    class Meta:
        name = "State"
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    value: None | State3 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class Agent2:
    """
    Handläggare. (Agent.).
    """

    class Meta:
        name = "Agent"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    email: None | str = field(
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
            "nillable": True,
        },
    )
    office: None | Office2 = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadType6:
    class Meta:
        name = "LeadType"
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    value: None | LeadType5 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class Person:
    """
    Kontaktperson. (Contact person.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    email: None | Email = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    first_name: None | str = field(
        default=None,
        metadata={
            "name": "FirstName",
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
    telephone: None | TelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfFormMarketingUtmTags:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"

    form_marketing_utm_tags: list[FormMarketingUtmTags] = field(
        default_factory=list,
        metadata={
            "name": "FormMarketingUtmTags",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class State2:
    class Meta:
        name = "State"
        nillable = True
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Incomming"
        )

    value: None | State1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class ActiveStatusTipLead:
    class Meta:
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    value: None | ActiveStatusTipLead1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class EstateStatus:
    class Meta:
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    value: None | EstateStatus1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class Party:
    """
    Avsändare eller mottagare. (A sender or receiver.).
    """

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
class TipState:
    class Meta:
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    value: None | TipState1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class TipType:
    class Meta:
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    value: None | TipType1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class UserType:
    class Meta:
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    value: None | UserType1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class ArrayOfCategory:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category"

    category: list[Category] = field(
        default_factory=list,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ContactType:
    class Meta:
        nillable = True
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"

    value: None | ContactType1 = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class CrmLead:
    """
    Info om ett lead. (One lead summary.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    created_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedAt",
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
    lead_type: None | LeadType2 = field(
        default=None,
        metadata={
            "name": "LeadType",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_type_id: None | str = field(
        default=None,
        metadata={
            "name": "LeadTypeId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadReceiver:
    """
    Mottagare av leadet. (Who the lead is with.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    agent: None | Agent1 = field(
        default=None,
        metadata={
            "name": "Agent",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | Office1 = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    user_group: None | UserGroup1 = field(
        default=None,
        metadata={
            "name": "UserGroup",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadSource1:
    """
    Källa till leadet. (Lead source.).
    """

    class Meta:
        name = "LeadSource"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_type: None | LeadType4 = field(
        default=None,
        metadata={
            "name": "LeadType",
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
class LeadSource2:
    """
    Leadskälla. (Lead source.).
    """

    class Meta:
        name = "LeadSource"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    lead_type: None | LeadType6 = field(
        default=None,
        metadata={
            "name": "LeadType",
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
class Receiver2:
    """
    Mottagare av leadet. (Receiver of the lead.).
    """

    class Meta:
        name = "Receiver"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    agent: None | Agent2 = field(
        default=None,
        metadata={
            "name": "Agent",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | Office2 = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    user_group: None | UserGroup2 = field(
        default=None,
        metadata={
            "name": "UserGroup",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FormMarketing:
    """
    Marknadsföringsuppgifter som t ex UTM taggar. (Marketing data such as
    UTM tags.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising"

    referrer: None | str = field(
        default=None,
        metadata={
            "name": "Referrer",
            "type": "Element",
            "nillable": True,
        },
    )
    utm_tags: None | ArrayOfFormMarketingUtmTags = field(
        default=None,
        metadata={
            "name": "UtmTags",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Lead1:
    """
    Ett inkommande lead. (A received lead.).
    """

    class Meta:
        name = "Lead"
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Incomming"
        )

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
    state: None | State2 = field(
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
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Receiver1:
    """
    Mottagare av ett tips. (Receiver of a tip.).
    """

    class Meta:
        name = "Receiver"
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
class Estate:
    """
    Bostad. (Estate.).
    """

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
class Tip:
    """
    Tips. (Tip.).
    """

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
    """
    Användare. (User.).
    """

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
class ArrayOfCrmLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    crm_lead: list[CrmLead] = field(
        default_factory=list,
        metadata={
            "name": "CrmLead",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class IncomingLead2:
    """
    Ett inkommande lead, dvs ett lead som skickats till mäklarsystemet från
    en extern aktör. (An incoming lead, sent to the estate agent system by
    an external party.).
    """

    class Meta:
        name = "IncomingLead"
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    buying_estate_id: None | str = field(
        default=None,
        metadata={
            "name": "BuyingEstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    is_anonymized: None | bool = field(
        default=None,
        metadata={
            "name": "IsAnonymized",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_source: None | LeadSource1 = field(
        default=None,
        metadata={
            "name": "LeadSource",
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
    receiver: None | LeadReceiver = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    selling_estate_id: None | str = field(
        default=None,
        metadata={
            "name": "SellingEstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    sent_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SentAt",
            "type": "Element",
            "nillable": True,
        },
    )
    state: None | State4 = field(
        default=None,
        metadata={
            "name": "State",
            "type": "Element",
            "nillable": True,
        },
    )
    utm_tags: None | ArrayOfFormMarketingUtmTags = field(
        default=None,
        metadata={
            "name": "UtmTags",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PublicAdvertisingPersonLead:
    """
    Uppgifter om ett lead för en kontaktperson. (A lead for a contact
    person.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"

    lead_source: LeadSource2 = field(
        metadata={
            "name": "LeadSource",
            "type": "Element",
        }
    )
    marketing: None | FormMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
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
    person: Person = field(
        metadata={
            "name": "Person",
            "type": "Element",
        }
    )
    receiver: None | Receiver2 = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class IncomingLead1:
    """
    Ett inkommande lead. (A received lead.).
    """

    class Meta:
        name = "IncomingLead"
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
    lead: None | Lead1 = field(
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
    """
    Ett utgående lead. (A sent lead.).
    """

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
    lead: None | Lead2 = field(
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
class SentTip:
    """
    Ett tips mellan kollegor. (A tip between colleagues.).
    """

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
    receiver: None | Receiver1 = field(
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
    wants_to_be_matched: None | MatchingWatched = field(
        default=None,
        metadata={
            "name": "WantsToBeMatched",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmContactLead:
    """
    Info om leads för en kontakt. (Lead summaries for one contact.).
    """

    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    leads: None | ArrayOfCrmLead = field(
        default=None,
        metadata={
            "name": "Leads",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfIncomingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"

    incoming_lead: list[IncomingLead1] = field(
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
class ArrayOfCrmContactLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    crm_contact_lead: list[CrmContactLead] = field(
        default_factory=list,
        metadata={
            "name": "CrmContactLead",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TipsAndLeadsReport:
    """
    Rapport över skickade och mottagna tips och leads. (Sent and received
    tips and leads.).
    """

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
