"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model, OpenEnum


class Address(Model, kw_only=True):
    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)


class Assignment(OpenEnum):
    Writing = "Writing"
    Valuation = "Valuation"
    Sale = "Sale"


class ContactScheduledOrderType(OpenEnum):
    EstateValue = "EstateValue"
    FinalPricesInArea = "FinalPricesInArea"


class Coordinate(Model, kw_only=True):
    longitud: float | None | UnsetType = UNSET

    latitud: float | None | UnsetType = UNSET


class DescriptiveIdOfint(Model, kw_only=True):
    id: Int32 | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class DescriptiveIdOfshort(Model, kw_only=True):
    id: Int32 | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class Email(Model, kw_only=True):
    """E-postadresser. (Email addresses.)"""

    email_address: str | None | UnsetType = field(name="emailAddress", default=UNSET)
    """E-postadress. (Email address.)"""

    email_address2: str | None | UnsetType = field(name="emailAddress2", default=UNSET)
    """Alternativ e-postadress. (Second email address.)"""


class EstateType(OpenEnum):
    ForeignProperty = "ForeignProperty"


class IncludedInFee(Model, kw_only=True):
    heat: bool | None | UnsetType = UNSET

    water: bool | None | UnsetType = UNSET

    cable_tv: bool | None | UnsetType = field(name="cableTV", default=UNSET)


class MoneyValue(Model, kw_only=True):
    value: float | None | UnsetType = UNSET

    currency: str | None | UnsetType = UNSET


class PersonTelephoneNumbers(Model, kw_only=True):
    home: str | None | UnsetType = UNSET

    work: str | None | UnsetType = UNSET

    cell: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class Polygon(Model, kw_only=True):
    coordinates: list[Coordinate | None] | None | UnsetType = UNSET


class Range(Model, kw_only=True):
    max_value: float | None | UnsetType = field(name="maxValue", default=UNSET)

    min_value: float | None | UnsetType = field(name="minValue", default=UNSET)


class RangeOfdouble(Model, kw_only=True):
    max_value: float | None | UnsetType = field(name="maxValue", default=UNSET)

    min_value: float | None | UnsetType = field(name="minValue", default=UNSET)


class RangeOfint(Model, kw_only=True):
    max_value: Int32 | None | UnsetType = field(name="maxValue", default=UNSET)

    min_value: Int32 | None | UnsetType = field(name="minValue", default=UNSET)


class RangeOfshort(Model, kw_only=True):
    max_value: Int32 | None | UnsetType = field(name="maxValue", default=UNSET)

    min_value: Int32 | None | UnsetType = field(name="minValue", default=UNSET)


class SelectionType(OpenEnum):
    Create = "Create"
    Access = "Access"
    Agreement = "Agreement"
    Changed = "Changed"
    LatestPropertyChangeDate = "LatestPropertyChangeDate"


class Wgs84Coordinate(Model, kw_only=True):
    longitude: float | None | UnsetType = UNSET

    latitude: float | None | UnsetType = UNSET
