"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from ._internal_1 import (
    CmsHouseBaseInformation,
    CmsHouseBuilding,
    CmsHouseInterior,
    CmsHousePlotInformation,
    CmsInsurance,
    CmsWaterAndDrain,
    HouseSellerInput,
    Status,
)

__all__ = [
    "CmsHouseBaseInformation",
    "CmsHouseBuilding",
    "CmsHouseInterior",
    "CmsHousePlotInformation",
    "CmsInsurance",
    "CmsWaterAndDrain",
    "HouseSellerInput",
    "Status",
]
