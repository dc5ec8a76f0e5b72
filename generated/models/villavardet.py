"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model
from . import public_advertisement_lead


class Buyer(Model, kw_only=True):
    first_name: str | None | UnsetType = field(name="firstName", default=UNSET)

    last_name: str | None | UnsetType = field(name="lastName", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    phone: str | None | UnsetType = UNSET

    cell_phone: str | None | UnsetType = field(name="cellPhone", default=UNSET)

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)

    email: str | None | UnsetType = UNSET


class Estate(Model, kw_only=True):
    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET


class SoldEstate(Model, kw_only=True):
    estate: Estate | None | UnsetType = UNSET

    buyer: Buyer | None | UnsetType = UNSET

    access_date: LazyTimestamp | None | UnsetType = field(name="accessDate", default=UNSET)

    contract_date: LazyTimestamp | None | UnsetType = field(name="contractDate", default=UNSET)

    agent: public_advertisement_lead.Agent | None | UnsetType = UNSET
