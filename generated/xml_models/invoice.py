"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice"


@dataclass(kw_only=True)
class CommissionAdjustment:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice"

    amount: None | int = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    vat_included: None | bool = field(
        default=None,
        metadata={
            "name": "VatIncluded",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Invoice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice"

    number: None | str = field(
        default=None,
        metadata={
            "name": "Number",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCommissionAdjustment:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice"

    commission_adjustment: list[CommissionAdjustment] = field(
        default_factory=list,
        metadata={
            "name": "CommissionAdjustment",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfInvoice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Invoice"

    invoice: list[Invoice] = field(
        default_factory=list,
        metadata={
            "name": "Invoice",
            "type": "Element",
            "nillable": True,
        },
    )
