"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .estate_common import Surrounding
from .housing_models import ArrayOfCoordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area"


@dataclass(kw_only=True)
class AreaImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area"

    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    extension: None | str = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "nillable": True,
        },
    )
    image_id: None | str = field(
        default=None,
        metadata={
            "name": "ImageId",
            "type": "Element",
            "nillable": True,
        },
    )
    url: None | str = field(
        default=None,
        metadata={
            "name": "Url",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfAreaImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area"

    area_image: list[AreaImage] = field(
        default_factory=list,
        metadata={
            "name": "AreaImage",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Area:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area"

    archived: None | bool = field(
        default=None,
        metadata={
            "name": "Archived",
            "type": "Element",
            "nillable": True,
        },
    )
    area_id: None | str = field(
        default=None,
        metadata={
            "name": "AreaId",
            "type": "Element",
            "nillable": True,
        },
    )
    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    county: None | str = field(
        default=None,
        metadata={
            "name": "County",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    external_id: None | str = field(
        default=None,
        metadata={
            "name": "ExternalId",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfAreaImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    polygon: None | ArrayOfCoordinate = field(
        default=None,
        metadata={
            "name": "Polygon",
            "type": "Element",
            "nillable": True,
        },
    )
    polygon_wgs84: None | ArrayOfCoordinate = field(
        default=None,
        metadata={
            "name": "PolygonWGS84",
            "type": "Element",
            "nillable": True,
        },
    )
    show_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    surrounding: None | Surrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfArea:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Area"

    area: list[Area] = field(
        default_factory=list,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
