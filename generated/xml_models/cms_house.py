"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .cms_common import (
    ArrayOfCmsRoom,
    CmsElectricity,
    CmsEnergyDeclaration,
    CmsEstateAddress,
    CmsPlotInformation,
    CmsPrice,
    CmsSurrounding,
    CmsVentilation,
)
from .cms_cottage import (
    CmsCottageBaseInformation,
    CmsCottageInterior,
)
from .cms_foreign_property import (
    ArrayOfForeignPropertyDescription,
    CmsForeignPropertyBaseInformation,
    CmsForeignPropertyInterior,
    EnergyDeclaration,
)
from .cms_plot import CmsPlotBaseInformation
from .estate_foreign_property_info import (
    Distance,
    Exterior,
)


@dataclass(kw_only=True)
class CmsHouseBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"

    beam: None | str = field(
        default=None,
        metadata={
            "name": "Beam",
            "type": "Element",
            "nillable": True,
        },
    )
    building_type: None | str = field(
        default=None,
        metadata={
            "name": "BuildingType",
            "type": "Element",
            "nillable": True,
        },
    )
    facade: None | str = field(
        default=None,
        metadata={
            "name": "Facade",
            "type": "Element",
            "nillable": True,
        },
    )
    foundation: None | str = field(
        default=None,
        metadata={
            "name": "Foundation",
            "type": "Element",
            "nillable": True,
        },
    )
    frame: None | str = field(
        default=None,
        metadata={
            "name": "Frame",
            "type": "Element",
            "nillable": True,
        },
    )
    heating: None | str = field(
        default=None,
        metadata={
            "name": "Heating",
            "type": "Element",
            "nillable": True,
        },
    )
    other_about_the_buildning: None | str = field(
        default=None,
        metadata={
            "name": "OtherAboutTheBuildning",
            "type": "Element",
            "nillable": True,
        },
    )
    other_buildings: None | str = field(
        default=None,
        metadata={
            "name": "OtherBuildings",
            "type": "Element",
            "nillable": True,
        },
    )
    roof: None | str = field(
        default=None,
        metadata={
            "name": "Roof",
            "type": "Element",
            "nillable": True,
        },
    )
    windows: None | str = field(
        default=None,
        metadata={
            "name": "Windows",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHousePlotInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    other_info_about_plot: None | str = field(
        default=None,
        metadata={
            "name": "OtherInfoAboutPlot",
            "type": "Element",
            "nillable": True,
        },
    )
    parking_description: None | str = field(
        default=None,
        metadata={
            "name": "ParkingDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    patio_description: None | str = field(
        default=None,
        metadata={
            "name": "PatioDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_type: None | str = field(
        default=None,
        metadata={
            "name": "PlotType",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsInsurance:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"

    amount: None | float = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "nillable": True,
        },
    )
    company: None | str = field(
        default=None,
        metadata={
            "name": "Company",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsWaterAndDrain:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )


class Status(OpenEnum):
    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"
    ASSIGNMENT_ACCEPTED = "AssignmentAccepted"
    NO_ASSIGNMENT = "NoAssignment"


@dataclass(kw_only=True)
class CmsBalconyPatio:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"

    balcony: None | bool = field(
        default=None,
        metadata={
            "name": "Balcony",
            "type": "Element",
            "nillable": True,
        },
    )
    ground_included: None | float = field(
        default=None,
        metadata={
            "name": "GroundIncluded",
            "type": "Element",
            "nillable": True,
        },
    )
    parking: None | bool = field(
        default=None,
        metadata={
            "name": "Parking",
            "type": "Element",
            "nillable": True,
        },
    )
    parking_description: None | str = field(
        default=None,
        metadata={
            "name": "ParkingDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    patio: None | bool = field(
        default=None,
        metadata={
            "name": "Patio",
            "type": "Element",
            "nillable": True,
        },
    )
    patio_description: None | str = field(
        default=None,
        metadata={
            "name": "PatioDescription",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHousingCooperativeBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"

    building_type: None | str = field(
        default=None,
        metadata={
            "name": "BuildingType",
            "type": "Element",
            "nillable": True,
        },
    )
    building_year: None | str = field(
        default=None,
        metadata={
            "name": "BuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    heating: None | str = field(
        default=None,
        metadata={
            "name": "Heating",
            "type": "Element",
            "nillable": True,
        },
    )
    other_about_the_buildning: None | str = field(
        default=None,
        metadata={
            "name": "OtherAboutTheBuildning",
            "type": "Element",
            "nillable": True,
        },
    )
    other_buildings: None | str = field(
        default=None,
        metadata={
            "name": "OtherBuildings",
            "type": "Element",
            "nillable": True,
        },
    )
    windows: None | str = field(
        default=None,
        metadata={
            "name": "Windows",
            "type": "Element",
            "nillable": True,
        },
    )


class CmsHousingCooperativeStatus(OpenEnum):
    ASSIGNMENT_ATTEMPT = "AssignmentAttempt"
    ASSIGNMENT_ACCEPTED = "AssignmentAccepted"
    NO_ASSIGNMENT = "NoAssignment"


@dataclass(kw_only=True)
class BalconyPatio:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    summary_balcony_patio: None | str = field(
        default=None,
        metadata={
            "name": "SummaryBalconyPatio",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsForeignPropertyPrice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    starting_price: None | float = field(
        default=None,
        metadata={
            "name": "StartingPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    swedish_starting_price: None | float = field(
        default=None,
        metadata={
            "name": "SwedishStartingPrice",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Currency:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    currency_code: None | str = field(
        default=None,
        metadata={
            "name": "CurrencyCode",
            "type": "Element",
            "nillable": True,
        },
    )
    exchange_rate: None | str = field(
        default=None,
        metadata={
            "name": "ExchangeRate",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Description:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    long_selling_description: None | str = field(
        default=None,
        metadata={
            "name": "LongSellingDescription",
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
    sell_phrase: None | str = field(
        default=None,
        metadata={
            "name": "SellPhrase",
            "type": "Element",
            "max_length": 20,
            "nillable": True,
        },
    )
    selling_heading: None | str = field(
        default=None,
        metadata={
            "name": "SellingHeading",
            "type": "Element",
            "max_length": 100,
            "nillable": True,
        },
    )
    short_selling_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSellingDescription",
            "type": "Element",
            "nillable": True,
        },
    )


class EstateCmsStatus(OpenEnum):
    COMING = "Coming"
    RUNNING = "Running"
    RESTING = "Resting"
    SOLDOUT = "Soldout"


@dataclass(kw_only=True)
class FloorAndElevator:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    description_of_elevator: None | str = field(
        default=None,
        metadata={
            "name": "DescriptionOfElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    elevator: None | bool = field(
        default=None,
        metadata={
            "name": "Elevator",
            "type": "Element",
            "nillable": True,
        },
    )
    floor: None | float = field(
        default=None,
        metadata={
            "name": "Floor",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_commentary: None | str = field(
        default=None,
        metadata={
            "name": "FloorCommentary",
            "type": "Element",
            "nillable": True,
        },
    )
    total_number_floors: None | int = field(
        default=None,
        metadata={
            "name": "TotalNumberFloors",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHouseBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"

    address: None | CmsEstateAddress = field(
        default=None,
        metadata={
            "name": "Address",
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
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    property_unit_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyUnitDesignation",
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


@dataclass(kw_only=True)
class CmsHouseInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    max_number_of_bedrooms: None | int = field(
        default=None,
        metadata={
            "name": "MaxNumberOfBedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bedrooms: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfBedrooms",
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
    rooms: None | ArrayOfCmsRoom = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHousingCooperativBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"

    address: None | CmsEstateAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    apartment_number: None | str = field(
        default=None,
        metadata={
            "name": "ApartmentNumber",
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
    monthly_fee: None | float = field(
        default=None,
        metadata={
            "name": "MonthlyFee",
            "type": "Element",
            "nillable": True,
        },
    )
    monthly_fee_description: None | str = field(
        default=None,
        metadata={
            "name": "MonthlyFeeDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    port_code: None | str = field(
        default=None,
        metadata={
            "name": "PortCode",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | CmsHousingCooperativeStatus = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHousingCooperativInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    kitchen_type: None | str = field(
        default=None,
        metadata={
            "name": "KitchenType",
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
    rooms: None | ArrayOfCmsRoom = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHousingCooperativeBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"

    address: None | CmsEstateAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    apartment_number: None | str = field(
        default=None,
        metadata={
            "name": "ApartmentNumber",
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
    monthly_fee: None | float = field(
        default=None,
        metadata={
            "name": "MonthlyFee",
            "type": "Element",
            "nillable": True,
        },
    )
    monthly_fee_description: None | str = field(
        default=None,
        metadata={
            "name": "MonthlyFeeDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    other_space: None | float = field(
        default=None,
        metadata={
            "name": "OtherSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    port_code: None | str = field(
        default=None,
        metadata={
            "name": "PortCode",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | CmsHousingCooperativeStatus = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHousingCooperativeInterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    kitchen_type: None | str = field(
        default=None,
        metadata={
            "name": "KitchenType",
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
    rooms: None | ArrayOfCmsRoom = field(
        default=None,
        metadata={
            "name": "Rooms",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsCottage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    base_information: None | CmsCottageBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    interests: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Interests",
            "type": "Element",
            "nillable": True,
        },
    )
    interior: None | CmsCottageInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | CmsPlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CmsPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    sellers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Sellers",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsForeignProperty:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    base_information: None | CmsForeignPropertyBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    currency: None | Currency = field(
        default=None,
        metadata={
            "name": "Currency",
            "type": "Element",
            "nillable": True,
        },
    )
    descriptions: None | ArrayOfForeignPropertyDescription = field(
        default=None,
        metadata={
            "name": "Descriptions",
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
    energy_declaration: None | EnergyDeclaration = field(
        default=None,
        metadata={
            "name": "EnergyDeclaration",
            "type": "Element",
            "nillable": True,
        },
    )
    exterior: None | Exterior = field(
        default=None,
        metadata={
            "name": "Exterior",
            "type": "Element",
            "nillable": True,
        },
    )
    interior: None | CmsForeignPropertyInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | CmsPlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CmsForeignPropertyPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsPlot:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    base_information: None | CmsPlotBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    interests: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Interests",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | CmsPlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CmsPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    sellers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Sellers",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsProjectBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    address: None | CmsEstateAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    preliminary_access: None | str = field(
        default=None,
        metadata={
            "name": "PreliminaryAccess",
            "type": "Element",
            "nillable": True,
        },
    )
    producer: None | str = field(
        default=None,
        metadata={
            "name": "Producer",
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
    sale_start: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SaleStart",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | EstateCmsStatus = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HouseSellerInput:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.House"

    area_id: None | str = field(
        default=None,
        metadata={
            "name": "AreaId",
            "type": "Element",
            "nillable": True,
        },
    )
    area_source: None | str = field(
        default=None,
        metadata={
            "name": "AreaSource",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | CmsHouseBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | CmsHouseBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | CmsElectricity = field(
        default=None,
        metadata={
            "name": "Electricity",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_declaration: None | CmsEnergyDeclaration = field(
        default=None,
        metadata={
            "name": "EnergyDeclaration",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | CmsInsurance = field(
        default=None,
        metadata={
            "name": "Insurance",
            "type": "Element",
            "nillable": True,
        },
    )
    interests: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Interests",
            "type": "Element",
            "nillable": True,
        },
    )
    interior: None | CmsHouseInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | CmsHousePlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    possible_access_date: None | str = field(
        default=None,
        metadata={
            "name": "PossibleAccessDate",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CmsPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    sellers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Sellers",
            "type": "Element",
            "nillable": True,
        },
    )
    surrounding: None | CmsSurrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
    ventilation: None | CmsVentilation = field(
        default=None,
        metadata={
            "name": "Ventilation",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | CmsWaterAndDrain = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HousingCooperativeSellerInput:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Cms.HousingCooperative"

    area_id: None | str = field(
        default=None,
        metadata={
            "name": "AreaId",
            "type": "Element",
            "nillable": True,
        },
    )
    area_source: None | str = field(
        default=None,
        metadata={
            "name": "AreaSource",
            "type": "Element",
            "nillable": True,
        },
    )
    balcony_patio: None | CmsBalconyPatio = field(
        default=None,
        metadata={
            "name": "BalconyPatio",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | CmsHousingCooperativeBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | CmsHousingCooperativeBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | CmsElectricity = field(
        default=None,
        metadata={
            "name": "Electricity",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_declaration: None | CmsEnergyDeclaration = field(
        default=None,
        metadata={
            "name": "EnergyDeclaration",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_and_elevator: None | FloorAndElevator = field(
        default=None,
        metadata={
            "name": "FloorAndElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    interests: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Interests",
            "type": "Element",
            "nillable": True,
        },
    )
    interior: None | CmsHousingCooperativeInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    possible_access_date: None | str = field(
        default=None,
        metadata={
            "name": "PossibleAccessDate",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CmsPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    sellers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Sellers",
            "type": "Element",
            "nillable": True,
        },
    )
    share_in_association: None | float = field(
        default=None,
        metadata={
            "name": "ShareInAssociation",
            "type": "Element",
            "nillable": True,
        },
    )
    share_of_annual_fee: None | float = field(
        default=None,
        metadata={
            "name": "ShareOfAnnualFee",
            "type": "Element",
            "nillable": True,
        },
    )
    surrounding: None | CmsSurrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
    ventilation: None | CmsVentilation = field(
        default=None,
        metadata={
            "name": "Ventilation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHouse:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    base_information: None | CmsHouseBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    interests: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Interests",
            "type": "Element",
            "nillable": True,
        },
    )
    interior: None | CmsHouseInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | CmsPlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CmsPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    sellers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Sellers",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsHousingCooperative:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    balcony_patio: None | BalconyPatio = field(
        default=None,
        metadata={
            "name": "BalconyPatio",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | CmsHousingCooperativBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_and_elevator: None | FloorAndElevator = field(
        default=None,
        metadata={
            "name": "FloorAndElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    interests: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Interests",
            "type": "Element",
            "nillable": True,
        },
    )
    interior: None | CmsHousingCooperativInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CmsPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    sellers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Sellers",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CmsProject:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Cms"

    base_information: None | CmsProjectBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    long_selling_description: None | str = field(
        default=None,
        metadata={
            "name": "LongSellingDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    selling_heading: None | str = field(
        default=None,
        metadata={
            "name": "SellingHeading",
            "type": "Element",
            "nillable": True,
        },
    )
