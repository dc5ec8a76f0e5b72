"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum


class FieldValue(Model, kw_only=True):
    label: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    value: str | None | UnsetType = UNSET


class FieldValueCriteria(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    value: str | None | UnsetType = UNSET


class ValidFor(OpenEnum):
    House = "House"
    RowHouse = "RowHouse"
    HousingCooperative = "HousingCooperative"
    Cottage = "Cottage"
    Plot = "Plot"
    Farm = "Farm"
    Tenancy = "Tenancy"
    Garage = "Garage"
    Association = "Association"
    Building = "Building"
    Property = "Property"
    Company = "Company"
    Local = "Local"
    Area = "Area"
    Person = "Person"
    Product = "Product"
    Project = "Project"
    Condominium = "Condominium"
    User = "User"


class Field(Model, kw_only=True):
    label: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    type: str | None | UnsetType = UNSET

    valid_for: list[ValidFor] | None | UnsetType = field(name="validFor", default=UNSET)


class CustomFields(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    fields: list[Field | None] | None | UnsetType = UNSET
