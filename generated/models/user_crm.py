"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User.CRM.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model
from . import image as image_1
from . import user


class User(Model, kw_only=True):
    deleted: bool | None | UnsetType = UNSET

    archived: bool | None | UnsetType = UNSET

    public: bool | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    customer_id: list[str] | None | UnsetType = field(name="customerId", default=UNSET)

    order_number: Int32 | None | UnsetType = field(name="orderNumber", default=UNSET)

    user_name: str | None | UnsetType = field(name="userName", default=UNSET)

    department: str | None | UnsetType = UNSET

    category: str | None | UnsetType = UNSET

    title: str | None | UnsetType = UNSET

    extra_title: str | None | UnsetType = field(name="extraTitle", default=UNSET)

    allow_log_on: bool | None | UnsetType = field(name="allowLogOn", default=UNSET)

    email_address: str | None | UnsetType = field(name="emailAddress", default=UNSET)

    tele_phone: str | None | UnsetType = field(name="telePhone", default=UNSET)

    cell_phone: str | None | UnsetType = field(name="cellPhone", default=UNSET)

    direct_phonenumbers: list[user.DirectPhoneNumber | None] | None | UnsetType = field(
        name="directPhonenumbers", default=UNSET
    )

    public_phonenumber: str | None | UnsetType = field(name="publicPhonenumber", default=UNSET)

    spoken_languages: list[str] | None | UnsetType = field(name="spokenLanguages", default=UNSET)

    bank: str | None | UnsetType = UNSET

    clering_number: str | None | UnsetType = field(name="cleringNumber", default=UNSET)

    account: str | None | UnsetType = UNSET

    iban: str | None | UnsetType = UNSET

    swift: str | None | UnsetType = UNSET

    comment: str | None | UnsetType = UNSET

    image: image_1.Image | None | UnsetType = UNSET

    published_on_office: list[str] | None | UnsetType = field(name="publishedOnOffice", default=UNSET)

    internal_employee_number: Int32 | None | UnsetType = field(name="internalEmployeeNumber", default=UNSET)

    external_user_id: str | None | UnsetType = field(name="externalUserId", default=UNSET)

    customer_ids_with_sort_order: list[user.CustomerIdWithOrderNumber | None] | None | UnsetType = field(
        name="customerIdsWithSortOrder", default=UNSET
    )

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)
