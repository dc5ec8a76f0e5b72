"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PartnerService.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model
from . import housing_models


class CompanyLeadSender(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET


class ContactAddress(Model, kw_only=True):
    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET


class ContactAgent(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    external_id: str | None | UnsetType = field(name="externalId", default=UNSET)

    email: str | None | UnsetType = UNSET


class ContactOffice(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    external_id: str | None | UnsetType = field(name="externalId", default=UNSET)


class UserLeadSender(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET


class ContactLeadSender(Model, kw_only=True):
    user: UserLeadSender | None | UnsetType = UNSET

    company: CompanyLeadSender | None | UnsetType = UNSET


class PersonLead(Model, kw_only=True):
    first_name: str | None | UnsetType = field(name="firstName", default=UNSET)

    last_name: str | None | UnsetType = field(name="lastName", default=UNSET)

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)

    telephone: housing_models.PersonTelephoneNumbers | None | UnsetType = UNSET

    message: str

    type_id: str = field(name="typeId")

    assignment_source_id: str | None | UnsetType = field(name="assignmentSourceId", default=UNSET)

    address: ContactAddress | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    office: ContactOffice | None | UnsetType = UNSET

    agent: ContactAgent | None | UnsetType = UNSET

    sender: ContactLeadSender | None | UnsetType = UNSET
