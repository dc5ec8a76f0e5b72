"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.Common.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model, OpenEnum
from . import housing_models


class CmsElectricity(Model, kw_only=True):
    company: str | None | UnsetType = UNSET

    distributor: str | None | UnsetType = UNSET

    power_consumption_kwh: Int32 | None | UnsetType = field(name="powerConsumptionKWH", default=UNSET)


class CmsPlotInformation(Model, kw_only=True):
    area: float | None | UnsetType = UNSET


class CmsPrice(Model, kw_only=True):
    starting_price: float | None | UnsetType = field(name="startingPrice", default=UNSET)


class CmsRoom(Model, kw_only=True):
    heading: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class CmsSurrounding(Model, kw_only=True):
    general_about_area: str | None | UnsetType = field(name="generalAboutArea", default=UNSET)


class CmsVentilation(Model, kw_only=True):
    type: str | None | UnsetType = UNSET


class Loan(Model, kw_only=True):
    lender: str | None | UnsetType = UNSET

    loan_number: str | None | UnsetType = field(name="loanNumber", default=UNSET)

    amount: float | None | UnsetType = UNSET


class Status(OpenEnum):
    NotPerformed = "NotPerformed"
    Performed = "Performed"
    NotNeeded = "NotNeeded"
    Ordered = "Ordered"


class CmsEnergyDeclaration(Model, kw_only=True):
    status: Status | None | UnsetType = UNSET


class CmsEstateAddress(Model, kw_only=True):
    municipality: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)
