"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model
from . import housing_models


class Chain(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET


class Office(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    customer_name: str | None | UnsetType = field(name="customerName", default=UNSET)

    legal_customer_name: str | None | UnsetType = field(name="legalCustomerName", default=UNSET)

    address: str | None | UnsetType = UNSET

    postal_address: str | None | UnsetType = field(name="postalAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    telephone: str | None | UnsetType = UNSET

    company_place: str | None | UnsetType = field(name="companyPlace", default=UNSET)

    email_address: str | None | UnsetType = field(name="emailAddress", default=UNSET)

    home_page: str | None | UnsetType = field(name="homePage", default=UNSET)

    description: str | None | UnsetType = UNSET

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)

    bankgiro: str | None | UnsetType = UNSET

    postalgiro: str | None | UnsetType = UNSET

    vat: str | None | UnsetType = UNSET

    tax_certificate: str | None | UnsetType = field(name="taxCertificate", default=UNSET)

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    region: Int32 | None | UnsetType = UNSET

    office_number: Int32 | None | UnsetType = field(name="officeNumber", default=UNSET)

    office_name: str | None | UnsetType = field(name="officeName", default=UNSET)

    chain: Chain | None | UnsetType = UNSET

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    primary_lead_receiver_id: str | None | UnsetType = field(name="primaryLeadReceiverId", default=UNSET)
