"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .crm_contact import ContactType
from .custom_field import ArrayOfFieldValue
from .estate_commercial_property_info import (
    ArrayOfCommercialPropertyAssessment,
    ArrayOfPropertyBuilding,
    CommercialBaseInformation,
    CommercialCompanyTransfer,
    CommercialOperation,
    CommercialPropertyBusiness,
    CommercialPropertyPlotInformation,
    CommercialPropertyPrice,
    PropertytypeDescription,
    RenovationInfo,
    SharedSpaces,
)
from .estate_commercial_property_info import (
    CompilationAreas as EstateCommercialPropertyInfoCompilationAreas,
)
from .estate_commercial_property_info import (
    TechnicalData as EstateCommercialPropertyInfoTechnicalData,
)
from .estate_common import (
    AdvertiseOn,
    AdvertiseOnProject,
    AppartmentInterior,
    ArrayOfBid,
    ArrayOfDescription,
    ArrayOfMortage,
    ArrayOfObjectImage,
    ArrayOfProjectViewing,
    ArrayOfViewing,
    Assignment,
    BalconyPatio,
    CottageAdvertiseOn,
    Description,
    Electricity,
    EnergyDeclaration,
    Enrollments,
    HouseAdvertiseOn,
    HousePlotInformation,
    Insurance,
    InternetSettings,
    Lease,
    Leasehold,
    ObjectAddress,
    Plan,
    Surrounding,
    TVAndBroadband,
    Ventilation,
    ViewingSettings,
    WaterAndDrain,
)
from .estate_common import (
    Assess as EstateCommonAssess,
)
from .estate_common import (
    Date as EstateCommonDate,
)
from .estate_common import (
    FloorAndElevator as EstateCommonFloorAndElevator,
)
from .estate_common import (
    Operation as EstateCommonOperation,
)
from .estate_common import (
    PlotInformation as EstateCommonPlotInformation,
)
from .estate_common import (
    Price as EstateCommonPrice,
)
from .estate_condominium_info import (
    CarSpaceOtherBuildings,
    Community,
    CondominiumAssess,
    CondominiumBalconyPatio,
    CondominiumBaseInformation,
    CondominiumBuilding,
    CondominiumInterior,
    CondominiumOperation,
    OtherAreas,
)
from .estate_farm_info import (
    ArrayOfAssessment,
    ArrayOfEconomyBuilding,
    ArrayOfOtherData,
    ArrayOfOtherResidentialBuilding,
    FarmBaseInformation,
    FarmInsurance,
    FarmOperation,
    MainResidentialBuilding,
    PropertyTypeAndAreas,
)
from .estate_foreign_property_info import (
    ArrayOfSurrounding,
    Distance,
    Exterior,
    ForeignPropertyBaseInformation,
    ForeignPropertyBuilding,
    ForeignPropertyInterior,
)
from .estate_foreign_property_info import (
    Assess as EstateForeignPropertyInfoAssess,
)
from .estate_foreign_property_info import (
    Date as EstateForeignPropertyInfoDate,
)
from .estate_foreign_property_info import (
    FloorAndElevator as EstateForeignPropertyInfoFloorAndElevator,
)
from .estate_foreign_property_info import (
    Operation as EstateForeignPropertyInfoOperation,
)
from .estate_foreign_property_info import (
    PlotInformation as EstateForeignPropertyInfoPlotInformation,
)
from .estate_foreign_property_info import (
    Price as EstateForeignPropertyInfoPrice,
)
from .estate_house_info import (
    HouseBaseInformation,
    HouseBuilding,
    HouseInterior,
)
from .estate_housing_cooperative_info import (
    Association,
    GroundIncludetToHousingCooperative,
    HousingCooperativeBaseInformation,
    HousingCooperativeBuilding,
    ParticipationAndRepairFund,
)
from .estate_plot_info import PlotBaseInformation
from .housing_models import Range

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"


@dataclass(kw_only=True)
class AreaInfo:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_cost: None | str = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )
    rental_income: None | float = field(
        default=None,
        metadata={
            "name": "RentalIncome",
            "type": "Element",
            "nillable": True,
        },
    )
    rental_income_per_sqm: None | float = field(
        default=None,
        metadata={
            "name": "RentalIncomePerSqm",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


class CommissionType(OpenEnum):
    SALE = "Sale"
    VALUATION = "Valuation"
    WRITING = "Writing"


@dataclass(kw_only=True)
class EstateInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Inspection:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    inspected: None | bool = field(
        default=None,
        metadata={
            "name": "Inspected",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_insurence: None | bool = field(
        default=None,
        metadata={
            "name": "SellerInsurence",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Interval:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

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
class Land:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
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


class MarketedAs(OpenEnum):
    ONE_FAMILY_DETACHED_HOUSE = "OneFamilyDetachedHouse"
    TWO_FAMILY_DETACHED_HOUSE = "TwoFamilyDetachedHouse"
    TOWNHOUSE = "Townhouse"
    TERRACE_HOUSE = "TerraceHouse"
    TWIN_HOUSE = "TwinHouse"
    COTTAGE = "Cottage"
    APARTMENT = "Apartment"
    PLOT = "Plot"
    FARM = "Farm"
    PARCELED_FARM = "ParceledFarm"
    OTHER = "Other"
    PROJECT = "Project"
    HORSE_FARM = "HorseFarm"
    AGRICULTURE = "Agriculture"
    FORESTRY = "Forestry"
    RESIDENTIAL_PROPERTY = "ResidentialProperty"
    OFFICE_PROPERTY = "OfficeProperty"
    RETAIL_PROPERTY = "RetailProperty"
    INDUSTRIAL_PROPERTY = "IndustrialProperty"
    WAREHOUSE_PROPERTY = "WarehouseProperty"
    PREMISES_PROPERTY = "PremisesProperty"
    CONDOMINIUM = "Condominium"
    HOUSE = "House"
    INGET_BRUK = "IngetBruk"


class PaidBy(OpenEnum):
    NOT_SET = "NotSet"
    SELLER = "Seller"
    BUYER = "Buyer"
    BROKER = "Broker"


@dataclass(kw_only=True)
class Predge:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    notes: None | str = field(
        default=None,
        metadata={
            "name": "Notes",
            "type": "Element",
            "nillable": True,
        },
    )
    pawned: None | bool = field(
        default=None,
        metadata={
            "name": "Pawned",
            "type": "Element",
            "nillable": True,
        },
    )
    task_controlled: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "TaskControlled",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    construction_year: None | str = field(
        default=None,
        metadata={
            "name": "ConstructionYear",
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
    plan: None | str = field(
        default=None,
        metadata={
            "name": "Plan",
            "type": "Element",
            "nillable": True,
        },
    )
    renovation: None | str = field(
        default=None,
        metadata={
            "name": "Renovation",
            "type": "Element",
            "nillable": True,
        },
    )
    renovation_year: None | str = field(
        default=None,
        metadata={
            "name": "RenovationYear",
            "type": "Element",
            "nillable": True,
        },
    )
    ventilation: None | str = field(
        default=None,
        metadata={
            "name": "Ventilation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesFloorAndElevator:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

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
    floors: None | str = field(
        default=None,
        metadata={
            "name": "Floors",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesSurrounding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    communication: None | str = field(
        default=None,
        metadata={
            "name": "Communication",
            "type": "Element",
            "nillable": True,
        },
    )
    general_about_area: None | str = field(
        default=None,
        metadata={
            "name": "GeneralAboutArea",
            "type": "Element",
            "nillable": True,
        },
    )
    near_service: None | str = field(
        default=None,
        metadata={
            "name": "NearService",
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
    parking: None | str = field(
        default=None,
        metadata={
            "name": "Parking",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TechnicalData:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfAreaInfo:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    area_info: list[AreaInfo] = field(
        default_factory=list,
        metadata={
            "name": "AreaInfo",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfLand:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    land: list[Land] = field(
        default_factory=list,
        metadata={
            "name": "Land",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialProperty:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assessments: None | ArrayOfCommercialPropertyAssessment = field(
        default=None,
        metadata={
            "name": "Assessments",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | CommercialBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    buildings: None | ArrayOfPropertyBuilding = field(
        default=None,
        metadata={
            "name": "Buildings",
            "type": "Element",
            "nillable": True,
        },
    )
    business: None | CommercialPropertyBusiness = field(
        default=None,
        metadata={
            "name": "Business",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    company_transfer: None | CommercialCompanyTransfer = field(
        default=None,
        metadata={
            "name": "CompanyTransfer",
            "type": "Element",
            "nillable": True,
        },
    )
    compilation_areas: None | EstateCommercialPropertyInfoCompilationAreas = field(
        default=None,
        metadata={
            "name": "CompilationAreas",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    enrollments: None | Enrollments = field(
        default=None,
        metadata={
            "name": "Enrollments",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | Insurance = field(
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
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    mortages: None | ArrayOfMortage = field(
        default=None,
        metadata={
            "name": "Mortages",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | CommercialOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_information: None | CommercialPropertyPlotInformation = field(
        default=None,
        metadata={
            "name": "PlotInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | CommercialPropertyPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    propertytype_description: None | PropertytypeDescription = field(
        default=None,
        metadata={
            "name": "PropertytypeDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    renovation_info: None | RenovationInfo = field(
        default=None,
        metadata={
            "name": "RenovationInfo",
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
    shared_spaces: None | SharedSpaces = field(
        default=None,
        metadata={
            "name": "SharedSpaces",
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
    technical_data: None | EstateCommercialPropertyInfoTechnicalData = field(
        default=None,
        metadata={
            "name": "TechnicalData",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Condominium:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assess: None | CondominiumAssess = field(
        default=None,
        metadata={
            "name": "Assess",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    balcony_patio: None | CondominiumBalconyPatio = field(
        default=None,
        metadata={
            "name": "BalconyPatio",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | CondominiumBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | CondominiumBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    car_space_other_buildings: None | CarSpaceOtherBuildings = field(
        default=None,
        metadata={
            "name": "CarSpaceOtherBuildings",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    community: None | Community = field(
        default=None,
        metadata={
            "name": "Community",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    enrollments: None | Enrollments = field(
        default=None,
        metadata={
            "name": "Enrollments",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_and_elevator: None | EstateCommonFloorAndElevator = field(
        default=None,
        metadata={
            "name": "FloorAndElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    inspection: None | Inspection = field(
        default=None,
        metadata={
            "name": "Inspection",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | Insurance = field(
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
    interior: None | CondominiumInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    mortages: None | ArrayOfMortage = field(
        default=None,
        metadata={
            "name": "Mortages",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | CondominiumOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    other_areas: None | OtherAreas = field(
        default=None,
        metadata={
            "name": "OtherAreas",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateCommonPrice = field(
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
    surrounding: None | Surrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    tv_and_broadband: None | TVAndBroadband = field(
        default=None,
        metadata={
            "name": "TvAndBroadband",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FarmInspection:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    buyers_inspection: None | bool = field(
        default=None,
        metadata={
            "name": "BuyersInspection",
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
    inspected: None | bool = field(
        default=None,
        metadata={
            "name": "Inspected",
            "type": "Element",
            "nillable": True,
        },
    )
    paid_by: None | PaidBy = field(
        default=None,
        metadata={
            "name": "PaidBy",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_insurence: None | bool = field(
        default=None,
        metadata={
            "name": "SellerInsurence",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignProperty:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assess: None | EstateForeignPropertyInfoAssess = field(
        default=None,
        metadata={
            "name": "Assess",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | ForeignPropertyBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | ForeignPropertyBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    dates: None | EstateForeignPropertyInfoDate = field(
        default=None,
        metadata={
            "name": "Dates",
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
    descriptions: None | ArrayOfDescription = field(
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
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
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
    floor_and_elevator: None | EstateForeignPropertyInfoFloorAndElevator = field(
        default=None,
        metadata={
            "name": "FloorAndElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
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
    interior: None | ForeignPropertyInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | EstateForeignPropertyInfoOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | EstateForeignPropertyInfoPlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateForeignPropertyInfoPrice = field(
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
    surrounding: None | ArrayOfSurrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | WaterAndDrain = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HouseInspection:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    buyers_inspection: None | bool = field(
        default=None,
        metadata={
            "name": "BuyersInspection",
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
    inspected: None | bool = field(
        default=None,
        metadata={
            "name": "Inspected",
            "type": "Element",
            "nillable": True,
        },
    )
    paid_by: None | PaidBy = field(
        default=None,
        metadata={
            "name": "PaidBy",
            "type": "Element",
            "nillable": True,
        },
    )
    seller_insurence: None | bool = field(
        default=None,
        metadata={
            "name": "SellerInsurence",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HousingCooperative:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    association: None | Association = field(
        default=None,
        metadata={
            "name": "Association",
            "type": "Element",
            "nillable": True,
        },
    )
    balcony_patio: None | BalconyPatio = field(
        default=None,
        metadata={
            "name": "BalconyPatio",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | HousingCooperativeBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | HousingCooperativeBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_and_elevator: None | EstateCommonFloorAndElevator = field(
        default=None,
        metadata={
            "name": "FloorAndElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    ground_includet_to_housing_cooperative: None | GroundIncludetToHousingCooperative = field(
        default=None,
        metadata={
            "name": "GroundIncludetToHousingCooperative",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    inspection: None | Inspection = field(
        default=None,
        metadata={
            "name": "Inspection",
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
    interior: None | AppartmentInterior = field(
        default=None,
        metadata={
            "name": "Interior",
            "type": "Element",
            "nillable": True,
        },
    )
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | EstateCommonOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    participation_and_repair_fund: None | ParticipationAndRepairFund = field(
        default=None,
        metadata={
            "name": "ParticipationAndRepairFund",
            "type": "Element",
            "nillable": True,
        },
    )
    predge: None | Predge = field(
        default=None,
        metadata={
            "name": "Predge",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateCommonPrice = field(
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
    surrounding: None | Surrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    tv_and_broadband: None | TVAndBroadband = field(
        default=None,
        metadata={
            "name": "TvAndBroadband",
            "type": "Element",
            "nillable": True,
        },
    )
    ventilation: None | Ventilation = field(
        default=None,
        metadata={
            "name": "Ventilation",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Owner:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    contact_type: None | ContactType = field(
        default=None,
        metadata={
            "name": "ContactType",
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


@dataclass(kw_only=True)
class Plot:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assess: None | EstateCommonAssess = field(
        default=None,
        metadata={
            "name": "Assess",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
            "type": "Element",
            "nillable": True,
        },
    )
    enrollments: None | Enrollments = field(
        default=None,
        metadata={
            "name": "Enrollments",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | Insurance = field(
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
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    lease: None | Lease = field(
        default=None,
        metadata={
            "name": "Lease",
            "type": "Element",
            "nillable": True,
        },
    )
    leasehold: None | Leasehold = field(
        default=None,
        metadata={
            "name": "Leasehold",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    mortages: None | ArrayOfMortage = field(
        default=None,
        metadata={
            "name": "Mortages",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | EstateCommonOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    plan: None | Plan = field(
        default=None,
        metadata={
            "name": "Plan",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_base_information: None | PlotBaseInformation = field(
        default=None,
        metadata={
            "name": "PlotBaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_info: None | EstateCommonPlotInformation = field(
        default=None,
        metadata={
            "name": "PlotInfo",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateCommonPrice = field(
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
    surrounding: None | Surrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | WaterAndDrain = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    alignment: None | str = field(
        default=None,
        metadata={
            "name": "Alignment",
            "type": "Element",
            "nillable": True,
        },
    )
    disposal_form: None | str = field(
        default=None,
        metadata={
            "name": "DisposalForm",
            "type": "Element",
            "nillable": True,
        },
    )
    object_address: None | ObjectAddress = field(
        default=None,
        metadata={
            "name": "ObjectAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    property_type: None | str = field(
        default=None,
        metadata={
            "name": "PropertyType",
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
    sensitive_business: None | bool = field(
        default=None,
        metadata={
            "name": "SensitiveBusiness",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ProjectBaseInformation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    address: None | ObjectAddress = field(
        default=None,
        metadata={
            "name": "Address",
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


@dataclass(kw_only=True)
class Tenant:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    contact_type: None | ContactType = field(
        default=None,
        metadata={
            "name": "ContactType",
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


@dataclass(kw_only=True)
class ArrayOfOwner:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    owner: list[Owner] = field(
        default_factory=list,
        metadata={
            "name": "Owner",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfTenant:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    tenant: list[Tenant] = field(
        default_factory=list,
        metadata={
            "name": "Tenant",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CompilationAreas:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    areas: None | ArrayOfAreaInfo = field(
        default=None,
        metadata={
            "name": "Areas",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_costs: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCosts",
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


@dataclass(kw_only=True)
class Cottage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | CottageAdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assess: None | EstateCommonAssess = field(
        default=None,
        metadata={
            "name": "Assess",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | HouseBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | HouseBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    enrollments: None | Enrollments = field(
        default=None,
        metadata={
            "name": "Enrollments",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    house_interior: None | HouseInterior = field(
        default=None,
        metadata={
            "name": "HouseInterior",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    inspection: None | HouseInspection = field(
        default=None,
        metadata={
            "name": "Inspection",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | Insurance = field(
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
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    lease: None | Lease = field(
        default=None,
        metadata={
            "name": "Lease",
            "type": "Element",
            "nillable": True,
        },
    )
    leasehold: None | Leasehold = field(
        default=None,
        metadata={
            "name": "Leasehold",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    mortages: None | ArrayOfMortage = field(
        default=None,
        metadata={
            "name": "Mortages",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | EstateCommonOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    plan: None | Plan = field(
        default=None,
        metadata={
            "name": "Plan",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | HousePlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateCommonPrice = field(
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
    surrounding: None | Surrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    tv_and_broadband: None | TVAndBroadband = field(
        default=None,
        metadata={
            "name": "TvAndBroadband",
            "type": "Element",
            "nillable": True,
        },
    )
    ventilation: None | Ventilation = field(
        default=None,
        metadata={
            "name": "Ventilation",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | WaterAndDrain = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Farm:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assessments: None | ArrayOfAssessment = field(
        default=None,
        metadata={
            "name": "Assessments",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | FarmBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    economy_buildings: None | ArrayOfEconomyBuilding = field(
        default=None,
        metadata={
            "name": "EconomyBuildings",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
            "type": "Element",
            "nillable": True,
        },
    )
    enrollments: None | Enrollments = field(
        default=None,
        metadata={
            "name": "Enrollments",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    inspection: None | FarmInspection = field(
        default=None,
        metadata={
            "name": "Inspection",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | FarmInsurance = field(
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
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    lands: None | ArrayOfLand = field(
        default=None,
        metadata={
            "name": "Lands",
            "type": "Element",
            "nillable": True,
        },
    )
    lease: None | Lease = field(
        default=None,
        metadata={
            "name": "Lease",
            "type": "Element",
            "nillable": True,
        },
    )
    main_residential_building: None | MainResidentialBuilding = field(
        default=None,
        metadata={
            "name": "MainResidentialBuilding",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    mortages: None | ArrayOfMortage = field(
        default=None,
        metadata={
            "name": "Mortages",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | FarmOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    other_data: None | ArrayOfOtherData = field(
        default=None,
        metadata={
            "name": "OtherData",
            "type": "Element",
            "nillable": True,
        },
    )
    other_residential_buildings: None | ArrayOfOtherResidentialBuilding = field(
        default=None,
        metadata={
            "name": "OtherResidentialBuildings",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateCommonPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    property_type_and_areas: None | PropertyTypeAndAreas = field(
        default=None,
        metadata={
            "name": "PropertyTypeAndAreas",
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
    surrounding: None | Surrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class House:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | HouseAdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assess: None | EstateCommonAssess = field(
        default=None,
        metadata={
            "name": "Assess",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | HouseBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    bids: None | ArrayOfBid = field(
        default=None,
        metadata={
            "name": "Bids",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | HouseBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | Electricity = field(
        default=None,
        metadata={
            "name": "Electricity",
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
    enrollments: None | Enrollments = field(
        default=None,
        metadata={
            "name": "Enrollments",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    house_interior: None | HouseInterior = field(
        default=None,
        metadata={
            "name": "HouseInterior",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    inspection: None | HouseInspection = field(
        default=None,
        metadata={
            "name": "Inspection",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | Insurance = field(
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
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    lease: None | Lease = field(
        default=None,
        metadata={
            "name": "Lease",
            "type": "Element",
            "nillable": True,
        },
    )
    leasehold: None | Leasehold = field(
        default=None,
        metadata={
            "name": "Leasehold",
            "type": "Element",
            "nillable": True,
        },
    )
    marketed_as: None | MarketedAs = field(
        default=None,
        metadata={
            "name": "MarketedAs",
            "type": "Element",
            "nillable": True,
        },
    )
    mortages: None | ArrayOfMortage = field(
        default=None,
        metadata={
            "name": "Mortages",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    operation: None | EstateCommonOperation = field(
        default=None,
        metadata={
            "name": "Operation",
            "type": "Element",
            "nillable": True,
        },
    )
    plan: None | Plan = field(
        default=None,
        metadata={
            "name": "Plan",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | HousePlotInformation = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateCommonPrice = field(
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
    surrounding: None | Surrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    tv_and_broadband: None | TVAndBroadband = field(
        default=None,
        metadata={
            "name": "TvAndBroadband",
            "type": "Element",
            "nillable": True,
        },
    )
    ventilation: None | Ventilation = field(
        default=None,
        metadata={
            "name": "Ventilation",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | WaterAndDrain = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Project:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOnProject = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | ProjectBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    buyers: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Buyers",
            "type": "Element",
            "nillable": True,
        },
    )
    condominiums: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Condominiums",
            "type": "Element",
            "nillable": True,
        },
    )
    cottages: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Cottages",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    houses: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Houses",
            "type": "Element",
            "nillable": True,
        },
    )
    housing_cooperatives: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "HousingCooperatives",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
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
    internet_settings: None | InternetSettings = field(
        default=None,
        metadata={
            "name": "InternetSettings",
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
    moving_in: None | str = field(
        default=None,
        metadata={
            "name": "MovingIn",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_objects: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfObjects",
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
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    plots: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "Plots",
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
    sales_start_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SalesStartDate",
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
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfProjectViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Premises:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate"

    advertise_on: None | AdvertiseOn = field(
        default=None,
        metadata={
            "name": "AdvertiseOn",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment: None | Assignment = field(
        default=None,
        metadata={
            "name": "Assignment",
            "type": "Element",
            "nillable": True,
        },
    )
    balcony_patio: None | BalconyPatio = field(
        default=None,
        metadata={
            "name": "BalconyPatio",
            "type": "Element",
            "nillable": True,
        },
    )
    base_information: None | PremisesBaseInformation = field(
        default=None,
        metadata={
            "name": "BaseInformation",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | PremisesBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    compilation_areas: None | CompilationAreas = field(
        default=None,
        metadata={
            "name": "CompilationAreas",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_fields: None | ArrayOfFieldValue = field(
        default=None,
        metadata={
            "name": "CustomFields",
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
    date: None | EstateCommonDate = field(
        default=None,
        metadata={
            "name": "Date",
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
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    floor_and_elevator: None | PremisesFloorAndElevator = field(
        default=None,
        metadata={
            "name": "FloorAndElevator",
            "type": "Element",
            "nillable": True,
        },
    )
    images: None | ArrayOfObjectImage = field(
        default=None,
        metadata={
            "name": "Images",
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
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    owners: None | ArrayOfOwner = field(
        default=None,
        metadata={
            "name": "Owners",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | EstateCommonPrice = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    surrounding: None | PremisesSurrounding = field(
        default=None,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )
    technical_data: None | TechnicalData = field(
        default=None,
        metadata={
            "name": "TechnicalData",
            "type": "Element",
            "nillable": True,
        },
    )
    tenants: None | ArrayOfTenant = field(
        default=None,
        metadata={
            "name": "Tenants",
            "type": "Element",
            "nillable": True,
        },
    )
    viewing_settings: None | ViewingSettings = field(
        default=None,
        metadata={
            "name": "ViewingSettings",
            "type": "Element",
            "nillable": True,
        },
    )
    viewings: None | ArrayOfViewing = field(
        default=None,
        metadata={
            "name": "Viewings",
            "type": "Element",
            "nillable": True,
        },
    )
    webb_id: None | str = field(
        default=None,
        metadata={
            "name": "WebbId",
            "type": "Element",
            "nillable": True,
        },
    )
