"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .arrays import ArrayOfstring
from .connect_api import ArrayOfCdnImageReference

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image"


@dataclass(kw_only=True)
class ImageData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image"

    advertise: None | bool = field(
        default=None,
        metadata={
            "name": "Advertise",
            "type": "Element",
            "nillable": True,
        },
    )
    caption: None | str = field(
        default=None,
        metadata={
            "name": "Caption",
            "type": "Element",
            "nillable": True,
        },
    )
    category: None | str = field(
        default=None,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )
    data: None | bytes = field(
        default=None,
        metadata={
            "name": "Data",
            "type": "Element",
            "nillable": True,
            "format": "base64",
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


@dataclass(kw_only=True)
class Image:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image"

    cdn_references: None | ArrayOfCdnImageReference = field(
        default=None,
        metadata={
            "name": "CdnReferences",
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
    date_changed_image_data: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChangedImageData",
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
    show_image_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowImageOnInternet",
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
class ImageCategories:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image"

    categories: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Categories",
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


@dataclass(kw_only=True)
class ArrayOfImageCategories:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image"

    image_categories: list[ImageCategories] = field(
        default_factory=list,
        metadata={
            "name": "ImageCategories",
            "type": "Element",
            "nillable": True,
        },
    )
