"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum
from .housing_models import Coordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"


@dataclass(kw_only=True)
class CmsElectricity:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    company: None | str = field(
        default=None,
        metadata={
            "name": "Company",
            "type": "Element",
            "nillable": True,
        },
    )
    distributor: None | str = field(
        default=None,
        metadata={
            "name": "Distributor",
            "type": "Element",
            "nillable": True,
        },
    )
    power_consumption_kwh: None | int = field(
        default=None,
        metadata={
            "name": "PowerConsumptionKWH",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsPlotInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsPrice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    starting_price: None | float = field(
        default=None,
        metadata={
            "name": "StartingPrice",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsRoom:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    heading: None | str = field(
        default=None,
        metadata={
            "name": "Heading",
            "type": "Element",
            "nillable": True,
        },
    )
    text: None | str = field(
        default=None,
        metadata={
            "name": "Text",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsSurrounding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    general_about_area: None | str = field(
        default=None,
        metadata={
            "name": "GeneralAboutArea",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsVentilation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Loan:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    amount: None | float = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    lender: None | str = field(
        default=None,
        metadata={
            "name": "Lender",
            "type": "Element",
            "nillable": True,
        },
    )
    loan_number: None | str = field(
        default=None,
        metadata={
            "name": "LoanNumber",
            "type": "Element",
            "nillable": True,
        },
    )


class Status(OpenEnum):
    NOT_PERFORMED = "NotPerformed"
    PERFORMED = "Performed"
    NOT_NEEDED = "NotNeeded"
    ORDERED = "Ordered"


@dataclass(kw_only=True)
class ArrayOfCmsRoom:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    cms_room: list[CmsRoom] = field(
        default_factory=list,
        metadata={
            "name": "CmsRoom",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsEnergyDeclaration:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsEstateAddress:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "max_length": 25,
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    country_code: None | str = field(
        default=None,
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "max_length": 2,
            "nillable": True,
        },
    )
    municipality: None | str = field(
        default=None,
        metadata={
            "name": "Municipality",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "max_length": 68,
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )
