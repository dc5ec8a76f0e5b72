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


def _cms_common() -> Rows:
    return {
        "cms_common.CmsEstateAddress": (
            Constraint(
                attr="street_address",
                json_name="streetAddress",
                xml_name="StreetAddress",
                max_length=68,
            ),
            Constraint(
                attr="zip_code",
                json_name="zipCode",
                xml_name="ZipCode",
                max_length=15,
            ),
            Constraint(
                attr="city",
                json_name="city",
                xml_name="City",
                max_length=25,
            ),
            Constraint(
                attr="country_code",
                json_name="countryCode",
                xml_name="CountryCode",
                max_length=2,
            ),
        ),
    }


def _cms_foreign_property() -> Rows:
    return {
        "cms_foreign_property.CmsForeignPropertyAddress": (
            Constraint(
                attr="street_address",
                json_name="streetAddress",
                xml_name="StreetAddress",
                max_length=68,
            ),
            Constraint(
                attr="zip_code",
                json_name="zipCode",
                xml_name="ZipCode",
                max_length=15,
            ),
            Constraint(
                attr="city",
                json_name="city",
                xml_name="City",
                max_length=25,
            ),
            Constraint(
                attr="country_code",
                json_name="countryCode",
                xml_name="CountryCode",
                max_length=2,
            ),
        ),
    }


def _contact() -> Rows:
    return {
        "contact.Company": (
            Constraint(
                attr="company_name",
                json_name="companyName",
                xml_name="CompanyName",
                max_length=50,
            ),
            Constraint(
                attr="corporate_number",
                json_name="corporateNumber",
                xml_name="CorporateNumber",
                max_length=15,
            ),
            Constraint(
                attr="home_page",
                json_name="homePage",
                xml_name="HomePage",
                max_length=60,
            ),
            Constraint(
                attr="switch_phone",
                json_name="switchPhone",
                xml_name="SwitchPhone",
                max_length=17,
            ),
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                max_length=40,
            ),
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                required=True,
                max_length=40,
            ),
            Constraint(
                attr="other_phone",
                json_name="otherPhone",
                xml_name="OtherPhone",
                max_length=17,
            ),
        ),
        "contact.CompanyForSyncList": (
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                max_length=40,
            ),
        ),
        "contact.ContactCriteria": (
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                max_length=40,
            ),
        ),
        "contact.Estate": (
            Constraint(
                attr="name",
                json_name="name",
                xml_name="Name",
                max_length=30,
            ),
            Constraint(
                attr="social_security_number",
                json_name="socialSecurityNumber",
                xml_name="SocialSecurityNumber",
                max_length=15,
            ),
            Constraint(
                attr="tele_phone",
                json_name="telePhone",
                xml_name="TelePhone",
                max_length=17,
            ),
            Constraint(
                attr="work_phone",
                json_name="workPhone",
                xml_name="WorkPhone",
                max_length=17,
            ),
            Constraint(
                attr="cell_phone",
                json_name="cellPhone",
                xml_name="CellPhone",
                max_length=17,
            ),
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                max_length=40,
            ),
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                required=True,
                max_length=40,
            ),
            Constraint(
                attr="other_phone",
                json_name="otherPhone",
                xml_name="OtherPhone",
                max_length=17,
            ),
        ),
        "contact.EstateForSyncList": (
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                max_length=40,
            ),
        ),
        "contact.PersonForSyncList": (
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                max_length=40,
            ),
        ),
    }


def _contact_update() -> Rows:
    return {
        "contact_update.UpdateCompany": (
            Constraint(
                attr="company_name",
                json_name="companyName",
                xml_name="CompanyName",
                max_length=50,
            ),
            Constraint(
                attr="corporate_number",
                json_name="corporateNumber",
                xml_name="CorporateNumber",
                max_length=15,
            ),
            Constraint(
                attr="home_page",
                json_name="homePage",
                xml_name="HomePage",
                max_length=60,
            ),
            Constraint(
                attr="switch_phone",
                json_name="switchPhone",
                xml_name="SwitchPhone",
                max_length=17,
            ),
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                max_length=40,
            ),
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                required=True,
                max_length=40,
            ),
            Constraint(
                attr="other_phone",
                json_name="otherPhone",
                xml_name="OtherPhone",
                max_length=17,
            ),
        ),
        "contact_update.UpdatePerson": (
            Constraint(
                attr="first_name",
                json_name="firstName",
                xml_name="FirstName",
                max_length=30,
            ),
            Constraint(
                attr="last_name",
                json_name="lastName",
                xml_name="LastName",
                max_length=30,
            ),
            Constraint(
                attr="social_security_number",
                json_name="socialSecurityNumber",
                xml_name="SocialSecurityNumber",
                max_length=15,
            ),
            Constraint(
                attr="tele_phone",
                json_name="telePhone",
                xml_name="TelePhone",
                max_length=17,
            ),
            Constraint(
                attr="work_phone",
                json_name="workPhone",
                xml_name="WorkPhone",
                max_length=17,
            ),
            Constraint(
                attr="cell_phone",
                json_name="cellPhone",
                xml_name="CellPhone",
                max_length=17,
            ),
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                max_length=40,
            ),
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                required=True,
                max_length=40,
            ),
            Constraint(
                attr="other_phone",
                json_name="otherPhone",
                xml_name="OtherPhone",
                max_length=17,
            ),
        ),
    }


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


def _estate_cms() -> Rows:
    return {
        "estate_cms.Description": (
            Constraint(
                attr="sell_phrase",
                json_name="sellPhrase",
                xml_name="SellPhrase",
                max_length=20,
            ),
            Constraint(
                attr="selling_heading",
                json_name="sellingHeading",
                xml_name="SellingHeading",
                max_length=100,
            ),
        ),
    }


def _estate_common() -> Rows:
    return {
        "estate_common.ObjectAddress": (
            Constraint(
                attr="street_address",
                json_name="streetAddress",
                xml_name="StreetAddress",
                max_length=68,
            ),
            Constraint(
                attr="zip_code",
                json_name="zipCode",
                xml_name="ZipCode",
                max_length=15,
            ),
            Constraint(
                attr="city",
                json_name="city",
                xml_name="City",
                max_length=25,
            ),
            Constraint(
                attr="country_code",
                json_name="countryCode",
                xml_name="CountryCode",
                max_length=2,
            ),
        ),
    }


def _housing_models() -> Rows:
    return {
        "housing_models.Address": (
            Constraint(
                attr="street_address",
                json_name="streetAddress",
                xml_name="StreetAddress",
                max_length=68,
            ),
            Constraint(
                attr="zip_code",
                json_name="zipCode",
                xml_name="ZipCode",
                max_length=15,
            ),
            Constraint(
                attr="city",
                json_name="city",
                xml_name="City",
                max_length=25,
            ),
            Constraint(
                attr="country_code",
                json_name="countryCode",
                xml_name="CountryCode",
                max_length=2,
            ),
        ),
        "housing_models.PersonTelephoneNumbers": (
            Constraint(
                attr="home",
                json_name="home",
                xml_name="Home",
                max_length=17,
            ),
            Constraint(
                attr="work",
                json_name="work",
                xml_name="Work",
                max_length=17,
            ),
            Constraint(
                attr="cell",
                json_name="cell",
                xml_name="Cell",
                max_length=17,
            ),
            Constraint(
                attr="other",
                json_name="other",
                xml_name="Other",
                max_length=17,
            ),
        ),
    }


def _interest() -> Rows:
    return {
        "interest.InterestAndContactOnArea": (
            Constraint(
                attr="update_person",
                json_name="updatePerson",
                xml_name="UpdatePerson",
                required=True,
            ),
            Constraint(
                attr="looking_for_accommodations",
                json_name="lookingForAccommodations",
                xml_name="LookingForAccommodations",
                required=True,
            ),
        ),
        "interest.InterestOnArea": (
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                required=True,
                max_length=40,
            ),
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                required=True,
            ),
            Constraint(
                attr="looking_for_accommodations",
                json_name="lookingForAccommodations",
                xml_name="LookingForAccommodations",
                required=True,
            ),
        ),
        "interest.InterestOnEstate": (
            Constraint(
                attr="customer_id",
                json_name="customerId",
                xml_name="CustomerId",
                required=True,
                max_length=40,
            ),
            Constraint(
                attr="estate_id",
                json_name="estateId",
                xml_name="EstateId",
                required=True,
                max_length=40,
            ),
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                required=True,
            ),
        ),
        "interest.InterestOnEstateAndContact": (
            Constraint(
                attr="update_person",
                json_name="updatePerson",
                xml_name="UpdatePerson",
                required=True,
            ),
            Constraint(
                attr="estate_id",
                json_name="estateId",
                xml_name="EstateId",
                required=True,
                max_length=40,
            ),
        ),
    }


def _interest_application() -> Rows:
    return {
        "interest_application.ContactAddress": (
            Constraint(
                attr="street_address",
                json_name="streetAddress",
                xml_name="StreetAddress",
                max_length=68,
            ),
            Constraint(
                attr="zip_code",
                json_name="zipCode",
                xml_name="ZipCode",
                max_length=15,
            ),
            Constraint(
                attr="city",
                json_name="city",
                xml_name="City",
                max_length=25,
            ),
        ),
    }


def _lead() -> Rows:
    return {
        "lead.Lead": (
            Constraint(
                attr="contact_id",
                json_name="contactId",
                xml_name="ContactId",
                required=True,
            ),
            Constraint(
                attr="assigned_to_id",
                json_name="assignedToId",
                xml_name="AssignedToId",
                required=True,
            ),
            Constraint(
                attr="lead_source_id",
                json_name="leadSourceId",
                xml_name="LeadSourceId",
                required=True,
            ),
        ),
    }


def _partner_service() -> Rows:
    return {
        "partner_service.ContactAddress": (
            Constraint(
                attr="street_address",
                json_name="streetAddress",
                xml_name="StreetAddress",
                max_length=68,
            ),
            Constraint(
                attr="zip_code",
                json_name="zipCode",
                xml_name="ZipCode",
                max_length=15,
            ),
            Constraint(
                attr="city",
                json_name="city",
                xml_name="City",
                max_length=25,
            ),
        ),
        "partner_service.PersonLead": (
            Constraint(
                attr="first_name",
                json_name="firstName",
                xml_name="FirstName",
                max_length=30,
            ),
            Constraint(
                attr="last_name",
                json_name="lastName",
                xml_name="LastName",
                max_length=30,
            ),
            Constraint(
                attr="social_security_number",
                json_name="socialSecurityNumber",
                xml_name="SocialSecurityNumber",
                max_length=15,
            ),
            Constraint(
                attr="message",
                json_name="message",
                xml_name="Message",
                required=True,
            ),
            Constraint(
                attr="type_id",
                json_name="typeId",
                xml_name="TypeId",
                required=True,
            ),
        ),
    }


def _public_advertisement() -> Rows:
    return {
        "public_advertisement.PublicAdvertisingInterestApplication": (
            Constraint(
                attr="first_name",
                json_name="firstName",
                xml_name="FirstName",
                required=True,
                max_length=30,
            ),
            Constraint(
                attr="last_name",
                json_name="lastName",
                xml_name="LastName",
                required=True,
                max_length=30,
            ),
            Constraint(
                attr="social_security_number",
                json_name="socialSecurityNumber",
                xml_name="SocialSecurityNumber",
                max_length=15,
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


def _viewing() -> Rows:
    return {
        "viewing.AddViewing": (
            Constraint(
                attr="start_at",
                json_name="startAt",
                xml_name="StartAt",
                required=True,
            ),
            Constraint(
                attr="ends_at",
                json_name="endsAt",
                xml_name="EndsAt",
                required=True,
            ),
        ),
    }


def _vitec_advertising() -> Rows:
    return {
        "vitec_advertising.AdvertisingInterestApplication": (
            Constraint(
                attr="first_name",
                json_name="firstName",
                xml_name="FirstName",
                required=True,
                max_length=30,
            ),
            Constraint(
                attr="last_name",
                json_name="lastName",
                xml_name="LastName",
                required=True,
                max_length=30,
            ),
            Constraint(
                attr="social_security_number",
                json_name="socialSecurityNumber",
                xml_name="SocialSecurityNumber",
                max_length=15,
            ),
        ),
    }


#: namespace module -> the function building its rows
NAMESPACES: dict[str, Callable[[], Rows]] = {
    "cms_common": _cms_common,
    "cms_foreign_property": _cms_foreign_property,
    "contact": _contact,
    "contact_update": _contact_update,
    "crm_contact": _crm_contact,
    "estate_cms": _estate_cms,
    "estate_common": _estate_common,
    "housing_models": _housing_models,
    "interest": _interest,
    "interest_application": _interest_application,
    "lead": _lead,
    "partner_service": _partner_service,
    "public_advertisement": _public_advertisement,
    "public_advertisement_lead": _public_advertisement_lead,
    "viewing": _viewing,
    "vitec_advertising": _vitec_advertising,
}
#: type name -> the namespaces with rows for a type of that name
BY_NAME: dict[str, tuple[str, ...]] = {
    "AddViewing": ("viewing",),
    "Address": ("housing_models",),
    "AdvertisingInterestApplication": ("vitec_advertising",),
    "CmsEstateAddress": ("cms_common",),
    "CmsForeignPropertyAddress": ("cms_foreign_property",),
    "Company": ("contact",),
    "CompanyForSyncList": ("contact",),
    "ContactAddress": (
        "interest_application",
        "partner_service",
    ),
    "ContactCriteria": ("contact",),
    "CrmCompanyContact": ("crm_contact",),
    "CrmContact": ("crm_contact",),
    "CrmDeceasedEstateContact": ("crm_contact",),
    "CrmPersonContact": ("crm_contact",),
    "Description": ("estate_cms",),
    "Estate": ("contact",),
    "EstateForSyncList": ("contact",),
    "InterestAndContactOnArea": ("interest",),
    "InterestOnArea": ("interest",),
    "InterestOnEstate": ("interest",),
    "InterestOnEstateAndContact": ("interest",),
    "Lead": ("lead",),
    "ObjectAddress": ("estate_common",),
    "PersonForSyncList": ("contact",),
    "PersonLead": ("partner_service",),
    "PersonTelephoneNumbers": ("housing_models",),
    "PublicAdvertisingInterestApplication": ("public_advertisement",),
    "PublicAdvertisingPersonLead": ("public_advertisement_lead",),
    "UpdateCompany": ("contact_update",),
    "UpdatePerson": ("contact_update",),
}
