"""xsdata dataclasses of the DataContract XSDs, one module per namespace (needs ``vitec-connect[xsdata]``; read and write them with ``vitec_connect.xsdata_support``).

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from .. import xsdata_support  # noqa: F401  (fails clearly without xsdata; registers converters)
from . import (
    advertising,
    business_intelligence,
    business_intelligence_incoming,
    business_intelligence_outgoing,
    business_intelligence_tips,
    category,
    crm_contact,
    crm_contact_lead,
    existing_lead,
    express_models,
    housing_models,
    public_advertisement_lead,
    serialization,
)

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
    "serialization",
]
