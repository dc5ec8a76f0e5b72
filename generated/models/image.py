"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Image.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model
from . import connect_api


class Image(Model, kw_only=True):
    image_id: str | None | UnsetType = field(name="imageId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    date_changed_image_data: LazyTimestamp | None | UnsetType = field(name="dateChangedImageData", default=UNSET)

    url: str | None | UnsetType = UNSET

    show_image_on_internet: bool | None | UnsetType = field(name="showImageOnInternet", default=UNSET)

    extension: str | None | UnsetType = UNSET

    cdn_references: list[connect_api.CdnImageReference | None] | None | UnsetType = field(
        name="cdnReferences", default=UNSET
    )


class ImageCategories(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    categories: list[str] | None | UnsetType = UNSET


class ImageData(Model, kw_only=True):
    data: bytes | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    caption: str | None | UnsetType = UNSET

    advertise: bool | None | UnsetType = UNSET

    category: str | None | UnsetType = UNSET
