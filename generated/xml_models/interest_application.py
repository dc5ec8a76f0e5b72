"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.InterestApplication.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum
from .housing_models import Coordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.InterestApplication"


@dataclass(kw_only=True)
class ContactAddress:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.InterestApplication"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "max_length": 25,
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


class EstateType(OpenEnum):
    HOUSE = "House"
    ROW_HOUSE = "RowHouse"
    HOUSING_COOPERATIVE = "HousingCooperative"
    COTTAGE = "Cottage"
    PLOT = "Plot"
    AGRICULTURE_PROPERTY = "AgricultureProperty"
    TENANCY = "Tenancy"
    OTHER_HOUSING = "OtherHousing"
    COMMERCIAL_PROPERTY = "CommercialProperty"
    CONDOMINIUM = "Condominium"


@dataclass(kw_only=True)
class ContactPresentAccommodation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.InterestApplication"

    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | EstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
