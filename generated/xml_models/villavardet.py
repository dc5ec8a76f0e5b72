"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .public_advertisement_lead import Agent

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet"


@dataclass(kw_only=True)
class Buyer:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet"

    cell_phone: None | str = field(
        default=None,
        metadata={
            "name": "CellPhone",
            "type": "Element",
            "nillable": True,
        },
    )
    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    email: None | str = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    first_name: None | str = field(
        default=None,
        metadata={
            "name": "FirstName",
            "type": "Element",
            "nillable": True,
        },
    )
    last_name: None | str = field(
        default=None,
        metadata={
            "name": "LastName",
            "type": "Element",
            "nillable": True,
        },
    )
    phone: None | str = field(
        default=None,
        metadata={
            "name": "Phone",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Estate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SoldEstate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet"

    access_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AccessDate",
            "type": "Element",
            "nillable": True,
        },
    )
    agent: None | Agent = field(
        default=None,
        metadata={
            "name": "Agent",
            "type": "Element",
            "nillable": True,
        },
    )
    buyer: None | Buyer = field(
        default=None,
        metadata={
            "name": "Buyer",
            "type": "Element",
            "nillable": True,
        },
    )
    contract_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDate",
            "type": "Element",
            "nillable": True,
        },
    )
    estate: None | Estate = field(
        default=None,
        metadata={
            "name": "Estate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSoldEstate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Villavardet"

    sold_estate: list[SoldEstate] = field(
        default_factory=list,
        metadata={
            "name": "SoldEstate",
            "type": "Element",
            "nillable": True,
        },
    )
