"""The models of the Vitec Express Connect API, as msgspec structs.

Each DataContract namespace is a module here (``advertising``, ``business_intelligence``, ``business_intelligence_incoming``, ``business_intelligence_outgoing``, ``business_intelligence_tips``, ``category``, ``crm_contact``, ``crm_contact_lead``, ``existing_lead``, ``express_models``, ``housing_models``, ``public_advertisement_lead``, ``errors``).
This package also names, plainly, every endpoint's request and response types and each type whose name
no other namespace uses: ``models.CrmContact`` is what ``get_contact`` returns, ``models.IncomingLead``
what ``get_incoming_lead`` returns; the report's ``IncomingLead`` is ``models.business_intelligence.IncomingLead``.

A namespace module is imported when first used (``models.CrmContact``, ``from .models import crm_contact``),
so importing the package costs the same however many types the API has; type checkers see every name
through the imports below.

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        advertising,
        business_intelligence,
        business_intelligence_incoming,
        business_intelligence_outgoing,
        business_intelligence_tips,
        category,
        crm_contact,
        crm_contact_lead,
        errors,
        existing_lead,
        express_models,
        housing_models,
        public_advertisement_lead,
    )
    from .advertising import FormMarketing, FormMarketingUtmTags
    from .business_intelligence import (
        ActiveStatusTipLead,
        Company,
        Contact,
        Estate,
        EstateStatus,
        OutgoingLead,
        Party,
        SentTip,
        Status,
        Tip,
        TipsAndLeadsReport,
        TipState,
        TipType,
        User,
        UserType,
    )
    from .category import Category
    from .crm_contact import (
        CompanyTelephoneNumbers,
        ContactType,
        CrmCompanyContact,
        CrmContact,
        CrmContactAddress,
        CrmDeceasedEstateContact,
        CrmPersonContact,
        MatchingWatched,
        PersonTelephoneNumbers,
    )
    from .crm_contact_lead import CrmContactLead, CrmLead
    from .existing_lead import IncomingLead, LeadReceiver
    from .express_models import TelephoneNumbers
    from .housing_models import Email
    from .public_advertisement_lead import Address, Person, PublicAdvertisingPersonLead

#: the namespace modules
_MODULES = frozenset(
    {
        "advertising",
        "business_intelligence",
        "business_intelligence_incoming",
        "business_intelligence_outgoing",
        "business_intelligence_tips",
        "category",
        "crm_contact",
        "crm_contact_lead",
        "existing_lead",
        "express_models",
        "housing_models",
        "public_advertisement_lead",
        "errors",
    }
)
#: each plain name -> the namespace module it comes from
_EXPORTED = {
    "ActiveStatusTipLead": "business_intelligence",
    "Address": "public_advertisement_lead",
    "Category": "category",
    "Company": "business_intelligence",
    "CompanyTelephoneNumbers": "crm_contact",
    "Contact": "business_intelligence",
    "ContactType": "crm_contact",
    "CrmCompanyContact": "crm_contact",
    "CrmContact": "crm_contact",
    "CrmContactAddress": "crm_contact",
    "CrmContactLead": "crm_contact_lead",
    "CrmDeceasedEstateContact": "crm_contact",
    "CrmLead": "crm_contact_lead",
    "CrmPersonContact": "crm_contact",
    "Email": "housing_models",
    "Estate": "business_intelligence",
    "EstateStatus": "business_intelligence",
    "FormMarketing": "advertising",
    "FormMarketingUtmTags": "advertising",
    "IncomingLead": "existing_lead",
    "LeadReceiver": "existing_lead",
    "MatchingWatched": "crm_contact",
    "OutgoingLead": "business_intelligence",
    "Party": "business_intelligence",
    "Person": "public_advertisement_lead",
    "PersonTelephoneNumbers": "crm_contact",
    "PublicAdvertisingPersonLead": "public_advertisement_lead",
    "SentTip": "business_intelligence",
    "Status": "business_intelligence",
    "TelephoneNumbers": "express_models",
    "Tip": "business_intelligence",
    "TipState": "business_intelligence",
    "TipType": "business_intelligence",
    "TipsAndLeadsReport": "business_intelligence",
    "User": "business_intelligence",
    "UserType": "business_intelligence",
}

__all__ = [
    "advertising",
    "business_intelligence",
    "business_intelligence_incoming",
    "business_intelligence_outgoing",
    "business_intelligence_tips",
    "category",
    "crm_contact",
    "crm_contact_lead",
    "existing_lead",
    "express_models",
    "housing_models",
    "public_advertisement_lead",
    "errors",
    "ActiveStatusTipLead",
    "Address",
    "Category",
    "Company",
    "CompanyTelephoneNumbers",
    "Contact",
    "ContactType",
    "CrmCompanyContact",
    "CrmContact",
    "CrmContactAddress",
    "CrmContactLead",
    "CrmDeceasedEstateContact",
    "CrmLead",
    "CrmPersonContact",
    "Email",
    "Estate",
    "EstateStatus",
    "FormMarketing",
    "FormMarketingUtmTags",
    "IncomingLead",
    "LeadReceiver",
    "MatchingWatched",
    "OutgoingLead",
    "Party",
    "Person",
    "PersonTelephoneNumbers",
    "PublicAdvertisingPersonLead",
    "SentTip",
    "Status",
    "TelephoneNumbers",
    "Tip",
    "TipState",
    "TipType",
    "TipsAndLeadsReport",
    "User",
    "UserType",
]


if not TYPE_CHECKING:  # (to a type checker, an unknown name stays an error)

    def __getattr__(name: str) -> Any:
        """A namespace module, or a plain name from one, imported on first use (then an ordinary attribute)."""
        if name in _MODULES:
            value: Any = importlib.import_module(f"{__name__}.{name}")
        elif name in _EXPORTED:
            value = getattr(importlib.import_module(f"{__name__}.{_EXPORTED[name]}"), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
