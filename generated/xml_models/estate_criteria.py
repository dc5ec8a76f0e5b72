"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Criteria.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .estate_common import ArrayOfStatus

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Criteria"


class Type(OpenEnum):
    HOUSE = "House"
    HOUSING_COOPERATIVE = "HousingCooperative"
    COTTAGE = "Cottage"
    PLOT = "Plot"
    PROJECT = "Project"
    FARM = "Farm"
    COMMERCIAL_PROPERTY = "CommercialProperty"
    CONDOMINIUM = "Condominium"
    FOREIGNPROPERTY = "Foreignproperty"
    PREMISES = "Premises"


class TypeOfDate(OpenEnum):
    NONE = "None"
    DATE_CHANGED = "DateChanged"
    VIEWING_DATE = "ViewingDate"
    SIGNATURE_DATE = "SignatureDate"
    ACCESS_DATE = "AccessDate"


@dataclass(kw_only=True)
class ArrayOfType:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Criteria"

    type_value: list[Type] = field(
        default_factory=list,
        metadata={
            "name": "Type",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class EstateCriteria:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Criteria"

    county_municipality_code: None | str = field(
        default=None,
        metadata={
            "name": "CountyMunicipalityCode",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    statuses: None | ArrayOfStatus = field(
        default=None,
        metadata={
            "name": "Statuses",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | ArrayOfType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    type_of_date: None | TypeOfDate = field(
        default=None,
        metadata={
            "name": "TypeOfDate",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
