"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"


@dataclass(kw_only=True)
class Address:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "max_length": 25,
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


class Assignment(OpenEnum):
    WRITING = "Writing"
    VALUATION = "Valuation"
    SALE = "Sale"


class ContactScheduledOrderType(OpenEnum):
    ESTATE_VALUE = "EstateValue"
    FINAL_PRICES_IN_AREA = "FinalPricesInArea"


@dataclass(kw_only=True)
class Coordinate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    latitud: None | float = field(
        default=None,
        metadata={
            "name": "Latitud",
            "type": "Element",
            "nillable": True,
        },
    )
    longitud: None | float = field(
        default=None,
        metadata={
            "name": "Longitud",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class DescriptiveIdOfint:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    id: None | int = field(
        default=None,
        metadata={
            "name": "Id",
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
class DescriptiveIdOfshort:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    id: None | int = field(
        default=None,
        metadata={
            "name": "Id",
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
class Email:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    email_address: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    email_address2: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress2",
            "type": "Element",
            "nillable": True,
        },
    )


class EstateType(OpenEnum):
    FOREIGN_PROPERTY = "ForeignProperty"


@dataclass(kw_only=True)
class IncludedInFee:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    cable_tv: None | bool = field(
        default=None,
        metadata={
            "name": "CableTV",
            "type": "Element",
            "nillable": True,
        },
    )
    heat: None | bool = field(
        default=None,
        metadata={
            "name": "Heat",
            "type": "Element",
            "nillable": True,
        },
    )
    water: None | bool = field(
        default=None,
        metadata={
            "name": "Water",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class MoneyValue:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    currency: None | str = field(
        default=None,
        metadata={
            "name": "Currency",
            "type": "Element",
            "nillable": True,
        },
    )
    value: None | float = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PersonTelephoneNumbers:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    cell: None | str = field(
        default=None,
        metadata={
            "name": "Cell",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    home: None | str = field(
        default=None,
        metadata={
            "name": "Home",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )
    work: None | str = field(
        default=None,
        metadata={
            "name": "Work",
            "type": "Element",
            "max_length": 17,
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Range:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    max_value: None | float = field(
        default=None,
        metadata={
            "name": "MaxValue",
            "type": "Element",
            "nillable": True,
        },
    )
    min_value: None | float = field(
        default=None,
        metadata={
            "name": "MinValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class RangeOfdouble:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    max_value: None | float = field(
        default=None,
        metadata={
            "name": "MaxValue",
            "type": "Element",
            "nillable": True,
        },
    )
    min_value: None | float = field(
        default=None,
        metadata={
            "name": "MinValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class RangeOfint:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    max_value: None | int = field(
        default=None,
        metadata={
            "name": "MaxValue",
            "type": "Element",
            "nillable": True,
        },
    )
    min_value: None | int = field(
        default=None,
        metadata={
            "name": "MinValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class RangeOfshort:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    max_value: None | int = field(
        default=None,
        metadata={
            "name": "MaxValue",
            "type": "Element",
            "nillable": True,
        },
    )
    min_value: None | int = field(
        default=None,
        metadata={
            "name": "MinValue",
            "type": "Element",
            "nillable": True,
        },
    )


class SelectionType(OpenEnum):
    CREATE = "Create"
    ACCESS = "Access"
    AGREEMENT = "Agreement"
    CHANGED = "Changed"
    LATEST_PROPERTY_CHANGE_DATE = "LatestPropertyChangeDate"


@dataclass(kw_only=True)
class Wgs84Coordinate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    latitude: None | float = field(
        default=None,
        metadata={
            "name": "Latitude",
            "type": "Element",
            "nillable": True,
        },
    )
    longitude: None | float = field(
        default=None,
        metadata={
            "name": "Longitude",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCoordinate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    coordinate: list[Coordinate] = field(
        default_factory=list,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Polygon:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    coordinates: None | ArrayOfCoordinate = field(
        default=None,
        metadata={
            "name": "Coordinates",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPolygon:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models"

    polygon: list[Polygon] = field(
        default_factory=list,
        metadata={
            "name": "Polygon",
            "type": "Element",
            "nillable": True,
        },
    )
