"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from ._internal_1 import (
    CmsBalconyPatio,
    CmsHousingCooperativBaseInformation,
    CmsHousingCooperativeBaseInformation,
    CmsHousingCooperativeBuilding,
    CmsHousingCooperativeInterior,
    CmsHousingCooperativInterior,
    HousingCooperativeSellerInput,
)
from ._internal_1 import Status_1 as Status

__all__ = [
    "CmsBalconyPatio",
    "CmsHousingCooperativBaseInformation",
    "CmsHousingCooperativInterior",
    "CmsHousingCooperativeBaseInformation",
    "CmsHousingCooperativeBuilding",
    "CmsHousingCooperativeInterior",
    "HousingCooperativeSellerInput",
    "Status",
]
