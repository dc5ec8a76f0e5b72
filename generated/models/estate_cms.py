"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from ._internal_1 import (
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
from ._internal_1 import Status_2 as Status

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
