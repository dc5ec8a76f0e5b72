"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"


@dataclass(kw_only=True)
class FieldValue:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    label: None | str = field(
        default=None,
        metadata={
            "name": "Label",
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
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FieldValueCriteria:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )


class ValidFor(OpenEnum):
    HOUSE = "House"
    ROW_HOUSE = "RowHouse"
    HOUSING_COOPERATIVE = "HousingCooperative"
    COTTAGE = "Cottage"
    PLOT = "Plot"
    FARM = "Farm"
    TENANCY = "Tenancy"
    GARAGE = "Garage"
    ASSOCIATION = "Association"
    BUILDING = "Building"
    PROPERTY = "Property"
    COMPANY = "Company"
    LOCAL = "Local"
    AREA = "Area"
    PERSON = "Person"
    PRODUCT = "Product"
    PROJECT = "Project"
    CONDOMINIUM = "Condominium"
    USER = "User"


@dataclass(kw_only=True)
class ArrayOfFieldValue:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    field_value: list[FieldValue] = field(
        default_factory=list,
        metadata={
            "name": "FieldValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfValidFor:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    valid_for: list[ValidFor] = field(
        default_factory=list,
        metadata={
            "name": "ValidFor",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class Field:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    label: None | str = field(
        default=None,
        metadata={
            "name": "Label",
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
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    valid_for: None | ArrayOfValidFor = field(
        default=None,
        metadata={
            "name": "ValidFor",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfField:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    field_value: list[Field] = field(
        default_factory=list,
        metadata={
            "name": "Field",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CustomFields:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    fields: None | ArrayOfField = field(
        default=None,
        metadata={
            "name": "Fields",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCustomFields:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.CustomField"

    custom_fields: list[CustomFields] = field(
        default_factory=list,
        metadata={
            "name": "CustomFields",
            "type": "Element",
            "nillable": True,
        },
    )
