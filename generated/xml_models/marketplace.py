"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .arrays import ArrayOfint

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace"


@dataclass(kw_only=True)
class CrmEstateMarketplace:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace"

    id: None | int = field(
        default=None,
        metadata={
            "name": "Id",
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
class ArrayOfCrmEstateMarketplace:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace"

    crm_estate_marketplace: list[CrmEstateMarketplace] = field(
        default_factory=list,
        metadata={
            "name": "CrmEstateMarketplace",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmEstateAdvertising:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Marketplace"

    marketplace_ids: None | ArrayOfint = field(
        default=None,
        metadata={
            "name": "MarketplaceIds",
            "type": "Element",
            "nillable": True,
        },
    )
