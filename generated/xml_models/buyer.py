"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Buyer.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Buyer"


@dataclass(kw_only=True)
class Bank:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Buyer"

    account_number: None | str = field(
        default=None,
        metadata={
            "name": "AccountNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    clearing_number: None | str = field(
        default=None,
        metadata={
            "name": "ClearingNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class InsuranceCompany:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Buyer"

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class BuyerEconomy:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Buyer"

    bank: None | Bank = field(
        default=None,
        metadata={
            "name": "Bank",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance_company: None | InsuranceCompany = field(
        default=None,
        metadata={
            "name": "InsuranceCompany",
            "type": "Element",
            "nillable": True,
        },
    )
