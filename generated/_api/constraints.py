"""Documented constraints per model: required members and length limits, with Vitec's messages.

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import Any

from ..models import crm_contact, public_advertisement_lead

# (python attribute, JSON name, XML element, required, required message, max length, length message)
CONSTRAINTS: dict[Any, tuple[tuple[str, str, str, bool, str | None, int | None, str | None], ...]] = {
    crm_contact.CrmCompanyContact: (
        ("name", "name", "Name", False, None, 100, "Företagsnamn måste vara mellan 0 och 100 tecken"),
        (
            "corporate_number",
            "corporateNumber",
            "CorporateNumber",
            False,
            None,
            20,
            "Organisationsnummer måste vara mellan 0 och 20 tecken",
        ),
        ("home_page", "homePage", "HomePage", False, None, 60, "Hemsida måste vara mellan 0 och 60 tecken"),
    ),
    crm_contact.CrmContact: (
        ("id", "id", "Id", False, None, 40, "Kontaktid måste vara mellan 0 och 40 tecken"),
        (
            "customer_id",
            "customerId",
            "CustomerId",
            True,
            "Kund-id krävs",
            40,
            "Kund-id måste vara mellan 0 och 40 tecken",
        ),
    ),
    crm_contact.CrmDeceasedEstateContact: (
        ("name", "name", "Name", False, None, 30, "Nam måste vara mellan 0 och 30 tecken"),
        (
            "social_security_number",
            "socialSecurityNumber",
            "SocialSecurityNumber",
            False,
            None,
            20,
            "Personnummer måste vara mellan 0 och 20 tecken",
        ),
    ),
    crm_contact.CrmPersonContact: (
        ("first_name", "firstName", "FirstName", False, None, 30, "Förnamn måste vara mellan 0 och 30 tecken"),
        ("last_name", "lastName", "LastName", False, None, 30, "Efternamn måste vara mellan 0 och 30 tecken"),
        (
            "social_security_number",
            "socialSecurityNumber",
            "SocialSecurityNumber",
            False,
            None,
            20,
            "Personnummer måste vara mellan 0 och 20 tecken",
        ),
    ),
    public_advertisement_lead.PublicAdvertisingPersonLead: (
        ("person", "person", "Person", True, "En kontaktperson måste anges", None, None),
        ("lead_source", "leadSource", "LeadSource", True, "En leadskälla måste anges", None, None),
    ),
}
