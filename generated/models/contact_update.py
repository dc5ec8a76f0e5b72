"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Update.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import custom_field as custom_field_1
from . import housing_models
from . import task as task_1


class ObtainThrough(OpenEnum):
    Interest = "Interest"
    Phone = "Phone"
    Visit = "Visit"
    Agreement = "Agreement"
    Other = "Other"
    Email = "Email"
    NotAsked = "NotAsked"


class UpdateCompany(Model, kw_only=True):
    company_name: str | None | UnsetType = field(name="companyName", default=UNSET)

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)

    home_page: str | None | UnsetType = field(name="homePage", default=UNSET)

    switch_phone: str | None | UnsetType = field(name="switchPhone", default=UNSET)

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    customer_id: str = field(name="customerId")

    category_ids: list[str] | None | UnsetType = field(name="categoryIds", default=UNSET)

    address: housing_models.Address | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    other_phone: str | None | UnsetType = field(name="otherPhone", default=UNSET)

    wish_advertising: bool | None | UnsetType = field(name="wishAdvertising", default=UNSET)

    note: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    task: task_1.Task | None | UnsetType = UNSET

    custom_field: custom_field_1.FieldValueCriteria | None | UnsetType = field(name="customField", default=UNSET)

    lead_score: Int32 | None | UnsetType = field(name="leadScore", default=UNSET)


class UpdatePerson(Model, kw_only=True):
    first_name: str | None | UnsetType = field(name="firstName", default=UNSET)

    last_name: str | None | UnsetType = field(name="lastName", default=UNSET)

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)

    tele_phone: str | None | UnsetType = field(name="telePhone", default=UNSET)

    work_phone: str | None | UnsetType = field(name="workPhone", default=UNSET)

    cell_phone: str | None | UnsetType = field(name="cellPhone", default=UNSET)

    approval: bool | None | UnsetType = UNSET

    approval_date: LazyTimestamp | None | UnsetType = field(name="approvalDate", default=UNSET)

    gdpr_approval_date: LazyTimestamp | None | UnsetType = field(name="gdprApprovalDate", default=UNSET)

    obtain_through: ObtainThrough | None | UnsetType = field(name="obtainThrough", default=UNSET)

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    customer_id: str = field(name="customerId")

    category_ids: list[str] | None | UnsetType = field(name="categoryIds", default=UNSET)

    address: housing_models.Address | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    other_phone: str | None | UnsetType = field(name="otherPhone", default=UNSET)

    wish_advertising: bool | None | UnsetType = field(name="wishAdvertising", default=UNSET)

    note: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    task: task_1.Task | None | UnsetType = UNSET

    custom_field: custom_field_1.FieldValueCriteria | None | UnsetType = field(name="customField", default=UNSET)

    lead_score: Int32 | None | UnsetType = field(name="leadScore", default=UNSET)
