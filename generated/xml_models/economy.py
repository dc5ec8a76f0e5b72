"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy"


@dataclass(kw_only=True)
class Deposit:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy"

    admission_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionDay",
            "type": "Element",
            "nillable": True,
        },
    )
    amount: None | float = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_received_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CommissionReceivedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    contract_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDay",
            "type": "Element",
            "nillable": True,
        },
    )
    paid_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "PaidAt",
            "type": "Element",
            "nillable": True,
        },
    )
    pay_day: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "PayDay",
            "type": "Element",
            "nillable": True,
        },
    )
    reported_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ReportedAt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class DepositData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy"

    commission_received_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CommissionReceivedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    paid_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "PaidAt",
            "type": "Element",
            "nillable": True,
        },
    )
    reported_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ReportedAt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Operation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy"

    chimney_sweeping: None | int = field(
        default=None,
        metadata={
            "name": "ChimneySweeping",
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
    electricity: None | int = field(
        default=None,
        metadata={
            "name": "Electricity",
            "type": "Element",
            "nillable": True,
        },
    )
    heating: None | int = field(
        default=None,
        metadata={
            "name": "Heating",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | int = field(
        default=None,
        metadata={
            "name": "Insurance",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | int = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    persons_in_household: None | int = field(
        default=None,
        metadata={
            "name": "PersonsInHousehold",
            "type": "Element",
            "nillable": True,
        },
    )
    road_community: None | int = field(
        default=None,
        metadata={
            "name": "RoadCommunity",
            "type": "Element",
            "nillable": True,
        },
    )
    sanitation: None | int = field(
        default=None,
        metadata={
            "name": "Sanitation",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | int = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )
