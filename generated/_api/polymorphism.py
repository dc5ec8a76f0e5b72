"""Polymorphic types: the JSON property that names the subtype, and its values (from the OpenAPI
discriminators). In XML the subtype is ``i:type`` (see xml_tables).

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import Any

from .._schema import Discriminator
from ..models import crm_contact

DISCRIMINATORS: dict[Any, Discriminator] = {
    crm_contact.CrmContact: Discriminator(
        property="type",
        subtypes={
            "Person": crm_contact.CrmPersonContact,
            "Company": crm_contact.CrmCompanyContact,
            "DeceasedEstate": crm_contact.CrmDeceasedEstateContact,
        },
    ),
}
