"""Documented constraints per model: required members and length limits, with Vitec's messages.

One function per namespace builds that namespace's rows, keyed by component (``module.Type``); the
validator calls it when it first checks one of the namespace's types (``_validation.py``), so importing
the package builds none of them.

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable

from .._schema import Constraint

Rows = dict[str, tuple[Constraint, ...]]


def _crm_contact() -> Rows:
    return {
        "crm_contact.CrmCompanyContact": (
            Constraint(
                attr="name",
                json_name="name",
                xml_name="Name",
                max_length=100,
                length_message="Företagsnamn måste vara mellan 0 och 100 tecken",
            ),
            Constraint(
                attr="corporate_number",
                json_name="corporateNumber",
                xml_name="CorporateNumber",
                max_length=20,
                length_message="Organisationsnummer måste vara mellan 0 och 20 tecken",
            ),
            Constraint(
                attr="home_page",
                json_name="homePage",
                xml_name="HomePage",
                max_length=60,
                length_message="Hemsida måste vara mellan 0 och 60 tecken",
            ),
        ),
        "crm_contact.CrmContact": (
            Constraint(
                attr="id",
                json_name="id",
                xml_name="Id",
                max_length=40,
                length_message="Kontaktid måste vara mellan 0 och 40 tecken",
            ),
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                required=True,
                required_message="Kund-id krävs",
                max_length=40,
                length_message="Kund-id måste vara mellan 0 och 40 tecken",
            ),
        ),
        "crm_contact.CrmDeceasedEstateContact": (
            Constraint(
                attr="name",
                json_name="name",
                xml_name="Name",
                max_length=30,
                length_message="Nam måste vara mellan 0 och 30 tecken",
            ),
            Constraint(
                attr="social_security_number",
                json_name="socialSecurityNumber",
                xml_name="SocialSecurityNumber",
                max_length=20,
                length_message="Personnummer måste vara mellan 0 och 20 tecken",
            ),
        ),
        "crm_contact.CrmPersonContact": (
            Constraint(
                attr="first_name",
                json_name="firstName",
                xml_name="FirstName",
                max_length=30,
                length_message="Förnamn måste vara mellan 0 och 30 tecken",
            ),
            Constraint(
                attr="last_name",
                json_name="lastName",
                xml_name="LastName",
                max_length=30,
                length_message="Efternamn måste vara mellan 0 och 30 tecken",
            ),
            Constraint(
                attr="social_security_number",
                json_name="socialSecurityNumber",
                xml_name="SocialSecurityNumber",
                max_length=20,
                length_message="Personnummer måste vara mellan 0 och 20 tecken",
            ),
        ),
    }


def _public_advertisement_lead() -> Rows:
    return {
        "public_advertisement_lead.PublicAdvertisingPersonLead": (
            Constraint(
                attr="person",
                json_name="person",
                xml_name="Person",
                required=True,
                required_message="En kontaktperson måste anges",
            ),
            Constraint(
                attr="lead_source",
                json_name="leadSource",
                xml_name="LeadSource",
                required=True,
                required_message="En leadskälla måste anges",
            ),
        ),
    }


#: namespace module -> the function building its rows
NAMESPACES: dict[str, Callable[[], Rows]] = {
    "crm_contact": _crm_contact,
    "public_advertisement_lead": _public_advertisement_lead,
}
#: type name -> the namespaces with rows for a type of that name
BY_NAME: dict[str, tuple[str, ...]] = {
    "CrmCompanyContact": ("crm_contact",),
    "CrmContact": ("crm_contact",),
    "CrmDeceasedEstateContact": ("crm_contact",),
    "CrmPersonContact": ("crm_contact",),
    "PublicAdvertisingPersonLead": ("public_advertisement_lead",),
}
