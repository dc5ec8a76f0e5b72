"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .estate_foreign_property_info import Distance
from .housing_models import (
    ArrayOfPolygon,
    RangeOfdouble,
    RangeOfint,
    RangeOfshort,
)

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"


class EstateType(OpenEnum):
    HOUSE = "House"
    HOUSING_COOPERATIVE = "HousingCooperative"
    COTTAGE = "Cottage"
    PLOT = "Plot"
    FARM = "Farm"


@dataclass(kw_only=True)
class SearchProfileMunicip:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    county: None | str = field(
        default=None,
        metadata={
            "name": "County",
            "type": "Element",
            "nillable": True,
        },
    )
    county_municipality_code: None | str = field(
        default=None,
        metadata={
            "name": "CountyMunicipalityCode",
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
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSearchProfileMunicip:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    search_profile_municip: list[SearchProfileMunicip] = field(
        default_factory=list,
        metadata={
            "name": "SearchProfileMunicip",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignSearchProfileCreate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    apartment: None | bool = field(
        default=None,
        metadata={
            "name": "Apartment",
            "type": "Element",
            "nillable": True,
        },
    )
    area_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "AreaIds",
            "type": "Element",
            "nillable": True,
        },
    )
    balcony: None | bool = field(
        default=None,
        metadata={
            "name": "Balcony",
            "type": "Element",
            "nillable": True,
        },
    )
    currency: None | str = field(
        default=None,
        metadata={
            "name": "Currency",
            "type": "Element",
            "nillable": True,
        },
    )
    distance: None | Distance = field(
        default=None,
        metadata={
            "name": "Distance",
            "type": "Element",
            "nillable": True,
        },
    )
    drawn_areas: None | ArrayOfPolygon = field(
        default=None,
        metadata={
            "name": "DrawnAreas",
            "type": "Element",
            "nillable": True,
        },
    )
    exchange_rate: None | float = field(
        default=None,
        metadata={
            "name": "ExchangeRate",
            "type": "Element",
            "nillable": True,
        },
    )
    house: None | bool = field(
        default=None,
        metadata={
            "name": "House",
            "type": "Element",
            "nillable": True,
        },
    )
    increased_requirement_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreasedRequirementIds",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | RangeOfshort = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | RangeOfdouble = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | bool = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    special_request: None | str = field(
        default=None,
        metadata={
            "name": "SpecialRequest",
            "type": "Element",
            "nillable": True,
        },
    )
    swimming_pool: None | bool = field(
        default=None,
        metadata={
            "name": "SwimmingPool",
            "type": "Element",
            "nillable": True,
        },
    )
    terrace: None | bool = field(
        default=None,
        metadata={
            "name": "Terrace",
            "type": "Element",
            "nillable": True,
        },
    )
    terrace_house: None | bool = field(
        default=None,
        metadata={
            "name": "TerraceHouse",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SearchProfileArea:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    county: None | str = field(
        default=None,
        metadata={
            "name": "County",
            "type": "Element",
            "nillable": True,
        },
    )
    county_municipality_code: None | str = field(
        default=None,
        metadata={
            "name": "CountyMunicipalityCode",
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
    municipality: None | str = field(
        default=None,
        metadata={
            "name": "Municipality",
            "type": "Element",
            "nillable": True,
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
    polygons: None | ArrayOfPolygon = field(
        default=None,
        metadata={
            "name": "Polygons",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SearchProfileCreate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    area_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "AreaIds",
            "type": "Element",
            "nillable": True,
        },
    )
    bedrooms: None | float = field(
        default=None,
        metadata={
            "name": "Bedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    drawn_areas: None | ArrayOfPolygon = field(
        default=None,
        metadata={
            "name": "DrawnAreas",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_type: None | EstateType = field(
        default=None,
        metadata={
            "name": "EstateType",
            "type": "Element",
            "nillable": True,
        },
    )
    increased_requirement_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreasedRequirementIds",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | RangeOfshort = field(
        default=None,
        metadata={
            "name": "LivingSpace",
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
    municip_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "MunicipIds",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | RangeOfdouble = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_area: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "PlotArea",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    special_request: None | str = field(
        default=None,
        metadata={
            "name": "SpecialRequest",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SearchProfileUpdate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    area_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "AreaIds",
            "type": "Element",
            "nillable": True,
        },
    )
    bedrooms: None | float = field(
        default=None,
        metadata={
            "name": "Bedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    drawn_areas: None | ArrayOfPolygon = field(
        default=None,
        metadata={
            "name": "DrawnAreas",
            "type": "Element",
            "nillable": True,
        },
    )
    increased_requirement_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreasedRequirementIds",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | RangeOfshort = field(
        default=None,
        metadata={
            "name": "LivingSpace",
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
    municip_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "MunicipIds",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | RangeOfdouble = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_area: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "PlotArea",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    special_request: None | str = field(
        default=None,
        metadata={
            "name": "SpecialRequest",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSearchProfileArea:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    search_profile_area: list[SearchProfileArea] = field(
        default_factory=list,
        metadata={
            "name": "SearchProfileArea",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class SearchProfile:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    areas: None | ArrayOfSearchProfileArea = field(
        default=None,
        metadata={
            "name": "Areas",
            "type": "Element",
            "nillable": True,
        },
    )
    bedrooms: None | float = field(
        default=None,
        metadata={
            "name": "Bedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    cottage: None | bool = field(
        default=None,
        metadata={
            "name": "Cottage",
            "type": "Element",
            "nillable": True,
        },
    )
    drawn_areas: None | ArrayOfPolygon = field(
        default=None,
        metadata={
            "name": "DrawnAreas",
            "type": "Element",
            "nillable": True,
        },
    )
    farm: None | bool = field(
        default=None,
        metadata={
            "name": "Farm",
            "type": "Element",
            "nillable": True,
        },
    )
    foreign: None | bool = field(
        default=None,
        metadata={
            "name": "Foreign",
            "type": "Element",
            "nillable": True,
        },
    )
    house: None | bool = field(
        default=None,
        metadata={
            "name": "House",
            "type": "Element",
            "nillable": True,
        },
    )
    housing_cooperative: None | bool = field(
        default=None,
        metadata={
            "name": "HousingCooperative",
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
    increased_requirement_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreasedRequirementIds",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | RangeOfshort = field(
        default=None,
        metadata={
            "name": "LivingSpace",
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
    municips: None | ArrayOfSearchProfileMunicip = field(
        default=None,
        metadata={
            "name": "Municips",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | RangeOfdouble = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | bool = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_area: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "PlotArea",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | RangeOfint = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    rowhouse: None | bool = field(
        default=None,
        metadata={
            "name": "Rowhouse",
            "type": "Element",
            "nillable": True,
        },
    )
    special_request: None | str = field(
        default=None,
        metadata={
            "name": "SpecialRequest",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSearchProfile:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.SearchProfile"

    search_profile: list[SearchProfile] = field(
        default_factory=list,
        metadata={
            "name": "SearchProfile",
            "type": "Element",
            "nillable": True,
        },
    )
