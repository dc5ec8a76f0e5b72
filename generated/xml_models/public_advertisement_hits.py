"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits"


@dataclass(kw_only=True)
class DailyEstateHit:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits"

    count: None | int = field(
        default=None,
        metadata={
            "name": "Count",
            "type": "Element",
            "nillable": True,
        },
    )
    date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "Date",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HourlyEstateHit:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits"

    count: None | int = field(
        default=None,
        metadata={
            "name": "Count",
            "type": "Element",
            "nillable": True,
        },
    )
    date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "Date",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    hour: None | int = field(
        default=None,
        metadata={
            "name": "Hour",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfDailyEstateHit:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits"

    daily_estate_hit: list[DailyEstateHit] = field(
        default_factory=list,
        metadata={
            "name": "DailyEstateHit",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfHourlyEstateHit:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits"

    hourly_estate_hit: list[HourlyEstateHit] = field(
        default_factory=list,
        metadata={
            "name": "HourlyEstateHit",
            "type": "Element",
            "nillable": True,
        },
    )
