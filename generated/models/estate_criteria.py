"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Criteria.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model, OpenEnum
from . import estate_common


class Type(OpenEnum):
    House = "House"
    HousingCooperative = "HousingCooperative"
    Cottage = "Cottage"
    Plot = "Plot"
    Project = "Project"
    Farm = "Farm"
    CommercialProperty = "CommercialProperty"
    Condominium = "Condominium"
    Foreignproperty = "Foreignproperty"
    Premises = "Premises"


class TypeOfDate(OpenEnum):
    None_ = "None"
    DateChanged = "DateChanged"
    ViewingDate = "ViewingDate"
    SignatureDate = "SignatureDate"
    AccessDate = "AccessDate"


class EstateCriteria(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    type_of_date: TypeOfDate | None | UnsetType = field(name="typeOfDate", default=UNSET)

    date_from: LazyTimestamp | None | UnsetType = field(name="dateFrom", default=UNSET)

    date_to: LazyTimestamp | None | UnsetType = field(name="dateTo", default=UNSET)

    type: list[Type] | None | UnsetType = UNSET

    statuses: list[estate_common.Status | None] | None | UnsetType = UNSET

    county_municipality_code: str | None | UnsetType = field(name="countyMunicipalityCode", default=UNSET)
