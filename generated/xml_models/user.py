"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .arrays import ArrayOfstring
from .image import Image

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"


@dataclass(kw_only=True)
class CustomerIdWithOrderNumber:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    main_business: None | bool = field(
        default=None,
        metadata={
            "name": "MainBusiness",
            "type": "Element",
            "nillable": True,
        },
    )
    order_number: None | int = field(
        default=None,
        metadata={
            "name": "OrderNumber",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class DirectPhoneNumber:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    phonenumber: None | str = field(
        default=None,
        metadata={
            "name": "Phonenumber",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCustomerIdWithOrderNumber:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"

    customer_id_with_order_number: list[CustomerIdWithOrderNumber] = field(
        default_factory=list,
        metadata={
            "name": "CustomerIdWithOrderNumber",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfDirectPhoneNumber:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"

    direct_phone_number: list[DirectPhoneNumber] = field(
        default_factory=list,
        metadata={
            "name": "DirectPhoneNumber",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class User:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"

    account: None | str = field(
        default=None,
        metadata={
            "name": "Account",
            "type": "Element",
            "nillable": True,
        },
    )
    allow_log_on: None | bool = field(
        default=None,
        metadata={
            "name": "AllowLogOn",
            "type": "Element",
            "nillable": True,
        },
    )
    archived: None | bool = field(
        default=None,
        metadata={
            "name": "Archived",
            "type": "Element",
            "nillable": True,
        },
    )
    bank: None | str = field(
        default=None,
        metadata={
            "name": "Bank",
            "type": "Element",
            "nillable": True,
        },
    )
    category: None | str = field(
        default=None,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )
    cell_phone: None | str = field(
        default=None,
        metadata={
            "name": "CellPhone",
            "type": "Element",
            "nillable": True,
        },
    )
    clering_number: None | str = field(
        default=None,
        metadata={
            "name": "CleringNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    comment: None | str = field(
        default=None,
        metadata={
            "name": "Comment",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_ids_with_sort_order: None | ArrayOfCustomerIdWithOrderNumber = field(
        default=None,
        metadata={
            "name": "CustomerIdsWithSortOrder",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    department: None | str = field(
        default=None,
        metadata={
            "name": "Department",
            "type": "Element",
            "nillable": True,
        },
    )
    direct_phonenumbers: None | ArrayOfDirectPhoneNumber = field(
        default=None,
        metadata={
            "name": "DirectPhonenumbers",
            "type": "Element",
            "nillable": True,
        },
    )
    email_address: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    external_user_id: None | str = field(
        default=None,
        metadata={
            "name": "ExternalUserId",
            "type": "Element",
            "nillable": True,
        },
    )
    extra_title: None | str = field(
        default=None,
        metadata={
            "name": "ExtraTitle",
            "type": "Element",
            "nillable": True,
        },
    )
    iban: None | str = field(
        default=None,
        metadata={
            "name": "Iban",
            "type": "Element",
            "nillable": True,
        },
    )
    image: None | Image = field(
        default=None,
        metadata={
            "name": "Image",
            "type": "Element",
            "nillable": True,
        },
    )
    internal_employee_number: None | int = field(
        default=None,
        metadata={
            "name": "InternalEmployeeNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    order_number: None | int = field(
        default=None,
        metadata={
            "name": "OrderNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    public: None | bool = field(
        default=None,
        metadata={
            "name": "Public",
            "type": "Element",
            "nillable": True,
        },
    )
    public_phonenumber: None | str = field(
        default=None,
        metadata={
            "name": "PublicPhonenumber",
            "type": "Element",
            "nillable": True,
        },
    )
    published_on_office: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "PublishedOnOffice",
            "type": "Element",
            "nillable": True,
        },
    )
    spoken_languages: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "SpokenLanguages",
            "type": "Element",
            "nillable": True,
        },
    )
    swift: None | str = field(
        default=None,
        metadata={
            "name": "Swift",
            "type": "Element",
            "nillable": True,
        },
    )
    tele_phone: None | str = field(
        default=None,
        metadata={
            "name": "TelePhone",
            "type": "Element",
            "nillable": True,
        },
    )
    title: None | str = field(
        default=None,
        metadata={
            "name": "Title",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
    user_name: None | str = field(
        default=None,
        metadata={
            "name": "UserName",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfUser:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User"

    user: list[User] = field(
        default_factory=list,
        metadata={
            "name": "User",
            "type": "Element",
            "nillable": True,
        },
    )
