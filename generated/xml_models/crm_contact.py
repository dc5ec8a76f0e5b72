"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import CompanyTelephoneNumbers as CompanyTelephoneNumbers
from ._dataclasses import ContactType as ContactType
from ._dataclasses import CrmCompanyContact as CrmCompanyContact
from ._dataclasses import CrmContact as CrmContact
from ._dataclasses import CrmContactAddress as CrmContactAddress
from ._dataclasses import CrmDeceasedEstateContact as CrmDeceasedEstateContact
from ._dataclasses import CrmPersonContact as CrmPersonContact
from ._dataclasses import MatchingWatched as MatchingWatched
from ._dataclasses import PersonTelephoneNumbers as PersonTelephoneNumbers

__all__ = [
    "CompanyTelephoneNumbers",
    "ContactType",
    "CrmCompanyContact",
    "CrmContact",
    "CrmContactAddress",
    "CrmDeceasedEstateContact",
    "CrmPersonContact",
    "MatchingWatched",
    "PersonTelephoneNumbers",
]
