"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative.

Its classes are defined in ``cms_house`` (the namespaces refer to each other).

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from .cms_house import (
    CmsBalconyPatio,
    CmsHousingCooperativBaseInformation,
    CmsHousingCooperativeBaseInformation,
    CmsHousingCooperativeBuilding,
    CmsHousingCooperativeInterior,
    CmsHousingCooperativInterior,
    HousingCooperativeSellerInput,
)
from .cms_house import CmsHousingCooperativeStatus as Status

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
