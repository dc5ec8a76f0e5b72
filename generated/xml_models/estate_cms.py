"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms.

Its classes are defined in ``cms_house`` (the namespaces refer to each other).

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from .cms_house import (
    BalconyPatio,
    CmsCottage,
    CmsForeignProperty,
    CmsForeignPropertyPrice,
    CmsHouse,
    CmsHousingCooperative,
    CmsPlot,
    CmsProject,
    CmsProjectBaseInformation,
    Currency,
    Description,
    FloorAndElevator,
)
from .cms_house import EstateCmsStatus as Status

__all__ = [
    "BalconyPatio",
    "CmsCottage",
    "CmsForeignProperty",
    "CmsForeignPropertyPrice",
    "CmsHouse",
    "CmsHousingCooperative",
    "CmsPlot",
    "CmsProject",
    "CmsProjectBaseInformation",
    "Currency",
    "Description",
    "FloorAndElevator",
    "Status",
]
