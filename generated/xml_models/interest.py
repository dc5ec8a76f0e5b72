"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .contact_update import UpdatePerson
from .housing_models import (
    ArrayOfCoordinate,
    Coordinate,
)
from .task import Task

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"


class EstateType(OpenEnum):
    HOUSE = "House"
    ROW_HOUSE = "RowHouse"
    HOUSING_COOPERATIVE = "HousingCooperative"
    COTTAGE = "Cottage"
    PLOT = "Plot"
    AGRICULTURE_PROPERTY = "AgricultureProperty"
    TENANCY = "Tenancy"
    OTHER_HOUSING = "OtherHousing"
    COMMERCIAL_PROPERTY = "CommercialProperty"
    CONDOMINIUM = "Condominium"


@dataclass(kw_only=True)
class Interval:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    max: None | float = field(
        default=None,
        metadata={
            "name": "Max",
            "type": "Element",
            "nillable": True,
        },
    )
    min: None | float = field(
        default=None,
        metadata={
            "name": "Min",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LookingForAccommodation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    active: None | bool = field(
        default=None,
        metadata={
            "name": "Active",
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
    cottage: None | bool = field(
        default=None,
        metadata={
            "name": "Cottage",
            "type": "Element",
            "nillable": True,
        },
    )
    country_code: None | str = field(
        default=None,
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "nillable": True,
        },
    )
    countys: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Countys",
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
    foreign_property: None | bool = field(
        default=None,
        metadata={
            "name": "ForeignProperty",
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
            "name": "IncreasedRequirementIDs",
            "type": "Element",
            "nillable": True,
        },
    )
    living_space: None | Interval = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | Interval = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    other_housing: None | bool = field(
        default=None,
        metadata={
            "name": "OtherHousing",
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
    plot_area: None | Interval = field(
        default=None,
        metadata={
            "name": "PlotArea",
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
    premises: None | bool = field(
        default=None,
        metadata={
            "name": "Premises",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Interval = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    row_house: None | bool = field(
        default=None,
        metadata={
            "name": "RowHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    special_requset: None | str = field(
        default=None,
        metadata={
            "name": "SpecialRequset",
            "type": "Element",
            "nillable": True,
        },
    )
    tenancy: None | bool = field(
        default=None,
        metadata={
            "name": "Tenancy",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PresentAccommodation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
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
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_rooms: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | str = field(
        default=None,
        metadata={
            "name": "Other",
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


@dataclass(kw_only=True)
class ArrayOfLookingForAccommodation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    looking_for_accommodation: list[LookingForAccommodation] = field(
        default_factory=list,
        metadata={
            "name": "LookingForAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class InterestOnEstate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    contact_id: str = field(
        metadata={
            "name": "ContactId",
            "type": "Element",
        }
    )
    customer_id: str = field(
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "max_length": 40,
        }
    )
    estate_id: str = field(
        metadata={
            "name": "EstateId",
            "type": "Element",
            "max_length": 40,
        }
    )
    interest_note: None | str = field(
        default=None,
        metadata={
            "name": "InterestNote",
            "type": "Element",
            "nillable": True,
        },
    )
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    notify_user: None | bool = field(
        default=None,
        metadata={
            "name": "NotifyUser",
            "type": "Element",
            "nillable": True,
        },
    )
    present_accommodation: None | PresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )
    task: None | Task = field(
        default=None,
        metadata={
            "name": "Task",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class InterestOnEstateAndContact:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    estate_id: str = field(
        metadata={
            "name": "EstateId",
            "type": "Element",
            "max_length": 40,
        }
    )
    interest_note: None | str = field(
        default=None,
        metadata={
            "name": "InterestNote",
            "type": "Element",
            "nillable": True,
        },
    )
    notify_user: None | bool = field(
        default=None,
        metadata={
            "name": "NotifyUser",
            "type": "Element",
            "nillable": True,
        },
    )
    present_accommodation: None | PresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )
    update_person: UpdatePerson = field(
        metadata={
            "name": "UpdatePerson",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class InterestAndContactOnArea:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    looking_for_accommodations: ArrayOfLookingForAccommodation = field(
        metadata={
            "name": "LookingForAccommodations",
            "type": "Element",
        }
    )
    notify_user: None | bool = field(
        default=None,
        metadata={
            "name": "NotifyUser",
            "type": "Element",
            "nillable": True,
        },
    )
    present_accommodation: None | PresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )
    update_person: UpdatePerson = field(
        metadata={
            "name": "UpdatePerson",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class InterestOnArea:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Interest"

    contact_id: str = field(
        metadata={
            "name": "ContactId",
            "type": "Element",
        }
    )
    customer_id: str = field(
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "max_length": 40,
        }
    )
    looking_for_accommodations: ArrayOfLookingForAccommodation = field(
        metadata={
            "name": "LookingForAccommodations",
            "type": "Element",
        }
    )
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    notify_user: None | bool = field(
        default=None,
        metadata={
            "name": "NotifyUser",
            "type": "Element",
            "nillable": True,
        },
    )
    present_accommodation: None | PresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )
    task: None | Task = field(
        default=None,
        metadata={
            "name": "Task",
            "type": "Element",
            "nillable": True,
        },
    )
