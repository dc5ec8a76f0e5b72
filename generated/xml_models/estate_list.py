"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .estate_common import Status
from .housing_models import (
    Coordinate,
    Range,
)
from .image import Image

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"


@dataclass(kw_only=True)
class ViewingBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    end_time: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EndTime",
            "type": "Element",
            "nillable": True,
        },
    )
    start_time: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "StartTime",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfViewingBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    viewing_basic: list[ViewingBasic] = field(
        default_factory=list,
        metadata={
            "name": "ViewingBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    rooms: None | float = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FarmBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    rooms: None | float = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignPropertyBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    rooms: None | float = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HouseBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    rooms: None | float = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HousingCooperativesBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    monthly_fee: None | float = field(
        default=None,
        metadata={
            "name": "MonthlyFee",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    rooms: None | float = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PlotBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_size: None | float = field(
        default=None,
        metadata={
            "name": "PlotSize",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | float = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    rent: None | float = field(
        default=None,
        metadata={
            "name": "Rent",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ProjectBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    bidding: None | bool = field(
        default=None,
        metadata={
            "name": "Bidding",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space_range: None | Range = field(
        default=None,
        metadata={
            "name": "LivingSpaceRange",
            "type": "Element",
            "nillable": True,
        },
    )
    main_image: None | Image = field(
        default=None,
        metadata={
            "name": "MainImage",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms_range: None | Range = field(
        default=None,
        metadata={
            "name": "NumberOfRoomsRange",
            "type": "Element",
            "nillable": True,
        },
    )
    object_number: None | str = field(
        default=None,
        metadata={
            "name": "ObjectNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    price_range: None | Range = field(
        default=None,
        metadata={
            "name": "PriceRange",
            "type": "Element",
            "nillable": True,
        },
    )
    project_name: None | str = field(
        default=None,
        metadata={
            "name": "ProjectName",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | Status = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings_list: None | ArrayOfViewingBasic = field(
        default=None,
        metadata={
            "name": "ViewingsList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCommercialPropertyBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    commercial_property_basic: list[CommercialPropertyBasic] = field(
        default_factory=list,
        metadata={
            "name": "CommercialPropertyBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCondominiumBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    condominium_basic: list[CondominiumBasic] = field(
        default_factory=list,
        metadata={
            "name": "CondominiumBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfFarmBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    farm_basic: list[FarmBasic] = field(
        default_factory=list,
        metadata={
            "name": "FarmBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfForeignPropertyBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    foreign_property_basic: list[ForeignPropertyBasic] = field(
        default_factory=list,
        metadata={
            "name": "ForeignPropertyBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfHouseBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    house_basic: list[HouseBasic] = field(
        default_factory=list,
        metadata={
            "name": "HouseBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfHousingCooperativesBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    housing_cooperatives_basic: list[HousingCooperativesBasic] = field(
        default_factory=list,
        metadata={
            "name": "HousingCooperativesBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPlotBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    plot_basic: list[PlotBasic] = field(
        default_factory=list,
        metadata={
            "name": "PlotBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPremisesBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    premises_basic: list[PremisesBasic] = field(
        default_factory=list,
        metadata={
            "name": "PremisesBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfProjectBasic:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    project_basic: list[ProjectBasic] = field(
        default_factory=list,
        metadata={
            "name": "ProjectBasic",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    commercial_propertys: None | ArrayOfCommercialPropertyBasic = field(
        default=None,
        metadata={
            "name": "CommercialPropertys",
            "type": "Element",
            "nillable": True,
        },
    )
    condominiums: None | ArrayOfCondominiumBasic = field(
        default=None,
        metadata={
            "name": "Condominiums",
            "type": "Element",
            "nillable": True,
        },
    )
    cottages: None | ArrayOfHouseBasic = field(
        default=None,
        metadata={
            "name": "Cottages",
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
    farms: None | ArrayOfFarmBasic = field(
        default=None,
        metadata={
            "name": "Farms",
            "type": "Element",
            "nillable": True,
        },
    )
    foreign_properties: None | ArrayOfForeignPropertyBasic = field(
        default=None,
        metadata={
            "name": "ForeignProperties",
            "type": "Element",
            "nillable": True,
        },
    )
    houses: None | ArrayOfHouseBasic = field(
        default=None,
        metadata={
            "name": "Houses",
            "type": "Element",
            "nillable": True,
        },
    )
    housing_cooperativeses: None | ArrayOfHousingCooperativesBasic = field(
        default=None,
        metadata={
            "name": "HousingCooperativeses",
            "type": "Element",
            "nillable": True,
        },
    )
    plots: None | ArrayOfPlotBasic = field(
        default=None,
        metadata={
            "name": "Plots",
            "type": "Element",
            "nillable": True,
        },
    )
    premises: None | ArrayOfPremisesBasic = field(
        default=None,
        metadata={
            "name": "Premises",
            "type": "Element",
            "nillable": True,
        },
    )
    projects: None | ArrayOfProjectBasic = field(
        default=None,
        metadata={
            "name": "Projects",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.List"

    estate_list: list[EstateList] = field(
        default_factory=list,
        metadata={
            "name": "EstateList",
            "type": "Element",
            "nillable": True,
        },
    )
