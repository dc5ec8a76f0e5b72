"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import (
    crm_contact,
    custom_field,
    estate_commercial_property_info,
    estate_common,
    estate_condominium_info,
    estate_farm_info,
    estate_foreign_property_info,
    estate_house_info,
    estate_housing_cooperative_info,
    estate_plot_info,
    housing_models,
)


class AreaInfo(Model, kw_only=True):
    type: str | None | UnsetType = UNSET

    area: float | None | UnsetType = UNSET

    rental_income: float | None | UnsetType = field(name="rentalIncome", default=UNSET)

    operating_cost: str | None | UnsetType = field(name="operatingCost", default=UNSET)

    rental_income_per_sqm: float | None | UnsetType = field(name="rentalIncomePerSqm", default=UNSET)


class CommissionType(OpenEnum):
    Sale = "Sale"
    Valuation = "Valuation"
    Writing = "Writing"


class CompilationAreas(Model, kw_only=True):
    areas: list[AreaInfo | None] | None | UnsetType = UNSET

    area: float | None | UnsetType = UNSET

    rent: float | None | UnsetType = UNSET

    operating_costs: float | None | UnsetType = field(name="operatingCosts", default=UNSET)


class EstateInformation(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)


class Inspection(Model, kw_only=True):
    inspected: bool | None | UnsetType = UNSET

    seller_insurence: bool | None | UnsetType = field(name="sellerInsurence", default=UNSET)


class Interval(Model, kw_only=True):
    min: float | None | UnsetType = UNSET

    max: float | None | UnsetType = UNSET


class Land(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET


class MarketedAs(OpenEnum):
    OneFamilyDetachedHouse = "OneFamilyDetachedHouse"
    TwoFamilyDetachedHouse = "TwoFamilyDetachedHouse"
    Townhouse = "Townhouse"
    TerraceHouse = "TerraceHouse"
    TwinHouse = "TwinHouse"
    Cottage = "Cottage"
    Apartment = "Apartment"
    Plot = "Plot"
    Farm = "Farm"
    ParceledFarm = "ParceledFarm"
    Other = "Other"
    Project = "Project"
    HorseFarm = "HorseFarm"
    Agriculture = "Agriculture"
    Forestry = "Forestry"
    ResidentialProperty = "ResidentialProperty"
    OfficeProperty = "OfficeProperty"
    RetailProperty = "RetailProperty"
    IndustrialProperty = "IndustrialProperty"
    WarehouseProperty = "WarehouseProperty"
    PremisesProperty = "PremisesProperty"
    Condominium = "Condominium"
    House = "House"
    IngetBruk = "IngetBruk"


class Owner(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    contact_type: crm_contact.ContactType | None | UnsetType = field(name="contactType", default=UNSET)


class PaidBy(OpenEnum):
    NotSet = "NotSet"
    Seller = "Seller"
    Buyer = "Buyer"
    Broker = "Broker"


class Predge(Model, kw_only=True):
    pawned: bool | None | UnsetType = UNSET

    task_controlled: LazyTimestamp | None | UnsetType = field(name="taskControlled", default=UNSET)

    notes: str | None | UnsetType = UNSET


class PremisesBuilding(Model, kw_only=True):
    construction_year: str | None | UnsetType = field(name="constructionYear", default=UNSET)

    renovation_year: str | None | UnsetType = field(name="renovationYear", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    heating: str | None | UnsetType = UNSET

    ventilation: str | None | UnsetType = UNSET

    renovation: str | None | UnsetType = UNSET

    plan: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class PremisesFloorAndElevator(Model, kw_only=True):
    description_of_elevator: str | None | UnsetType = field(name="descriptionOfElevator", default=UNSET)

    elevator: bool | None | UnsetType = UNSET

    floors: str | None | UnsetType = UNSET


class PremisesSurrounding(Model, kw_only=True):
    general_about_area: str | None | UnsetType = field(name="generalAboutArea", default=UNSET)

    near_service: str | None | UnsetType = field(name="nearService", default=UNSET)

    communication: str | None | UnsetType = UNSET

    parking: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class TechnicalData(Model, kw_only=True):
    description: str | None | UnsetType = UNSET


class Tenant(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    contact_type: crm_contact.ContactType | None | UnsetType = field(name="contactType", default=UNSET)


class FarmInspection(Model, kw_only=True):
    company: str | None | UnsetType = UNSET

    buyers_inspection: bool | None | UnsetType = field(name="buyersInspection", default=UNSET)

    paid_by: PaidBy | None | UnsetType = field(name="paidBy", default=UNSET)

    inspected: bool | None | UnsetType = UNSET

    seller_insurence: bool | None | UnsetType = field(name="sellerInsurence", default=UNSET)


class HouseInspection(Model, kw_only=True):
    company: str | None | UnsetType = UNSET

    buyers_inspection: bool | None | UnsetType = field(name="buyersInspection", default=UNSET)

    paid_by: PaidBy | None | UnsetType = field(name="paidBy", default=UNSET)

    inspected: bool | None | UnsetType = UNSET

    seller_insurence: bool | None | UnsetType = field(name="sellerInsurence", default=UNSET)


class Condominium(Model, kw_only=True):
    advertise_on: estate_common.AdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    assess: estate_condominium_info.CondominiumAssess | None | UnsetType = UNSET

    balcony_patio: estate_condominium_info.CondominiumBalconyPatio | None | UnsetType = field(
        name="balconyPatio", default=UNSET
    )

    base_information: estate_condominium_info.CondominiumBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    building: estate_condominium_info.CondominiumBuilding | None | UnsetType = UNSET

    car_space_other_buildings: estate_condominium_info.CarSpaceOtherBuildings | None | UnsetType = field(
        name="carSpaceOtherBuildings", default=UNSET
    )

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    community: estate_condominium_info.Community | None | UnsetType = UNSET

    date: estate_common.Date | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    enrollments: estate_common.Enrollments | None | UnsetType = UNSET

    floor_and_elevator: estate_common.FloorAndElevator | None | UnsetType = field(
        name="floorAndElevator", default=UNSET
    )

    insurance: estate_common.Insurance | None | UnsetType = UNSET

    interior: estate_condominium_info.CondominiumInterior | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    mortages: list[estate_common.Mortage | None] | None | UnsetType = UNSET

    operation: estate_condominium_info.CondominiumOperation | None | UnsetType = UNSET

    other_areas: estate_condominium_info.OtherAreas | None | UnsetType = field(name="otherAreas", default=UNSET)

    price: estate_common.Price | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    tv_and_broadband: estate_common.TVAndBroadband | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    inspection: Inspection | None | UnsetType = UNSET

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class Cottage(Model, kw_only=True):
    advertise_on: estate_common.CottageAdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    base_information: estate_house_info.HouseBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    price: estate_common.Price | None | UnsetType = UNSET

    date: estate_common.Date | None | UnsetType = UNSET

    house_interior: estate_house_info.HouseInterior | None | UnsetType = field(name="houseInterior", default=UNSET)

    building: estate_house_info.HouseBuilding | None | UnsetType = UNSET

    ventilation: estate_common.Ventilation | None | UnsetType = UNSET

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    plot: estate_common.HousePlotInformation | None | UnsetType = UNSET

    assess: estate_common.Assess | None | UnsetType = UNSET

    water_and_drain: estate_common.WaterAndDrain | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    plan: estate_common.Plan | None | UnsetType = UNSET

    enrollments: estate_common.Enrollments | None | UnsetType = UNSET

    operation: estate_common.Operation | None | UnsetType = UNSET

    insurance: estate_common.Insurance | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    mortages: list[estate_common.Mortage | None] | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    tv_and_broadband: estate_common.TVAndBroadband | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    inspection: HouseInspection | None | UnsetType = UNSET

    leasehold: estate_common.Leasehold | None | UnsetType = UNSET

    lease: estate_common.Lease | None | UnsetType = UNSET

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class Farm(Model, kw_only=True):
    advertise_on: estate_common.AdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    assessments: list[estate_farm_info.Assessment | None] | None | UnsetType = UNSET

    inspection: FarmInspection | None | UnsetType = UNSET

    base_information: estate_farm_info.FarmBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    price: estate_common.Price | None | UnsetType = UNSET

    date: estate_common.Date | None | UnsetType = UNSET

    operation: estate_farm_info.FarmOperation | None | UnsetType = UNSET

    lease: estate_common.Lease | None | UnsetType = UNSET

    insurance: estate_farm_info.FarmInsurance | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    enrollments: estate_common.Enrollments | None | UnsetType = UNSET

    property_type_and_areas: estate_farm_info.PropertyTypeAndAreas | None | UnsetType = field(
        name="propertyTypeAndAreas", default=UNSET
    )

    main_residential_building: estate_farm_info.MainResidentialBuilding | None | UnsetType = field(
        name="mainResidentialBuilding", default=UNSET
    )

    other_residential_buildings: list[estate_farm_info.OtherResidentialBuilding | None] | None | UnsetType = field(
        name="otherResidentialBuildings", default=UNSET
    )

    economy_buildings: list[estate_farm_info.EconomyBuilding | None] | None | UnsetType = field(
        name="economyBuildings", default=UNSET
    )

    mortages: list[estate_common.Mortage | None] | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    lands: list[Land | None] | None | UnsetType = UNSET

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    other_data: list[estate_farm_info.OtherData | None] | None | UnsetType = field(name="otherData", default=UNSET)

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class ForeignProperty(Model, kw_only=True):
    descriptions: list[estate_common.Description | None] | None | UnsetType = UNSET

    advertise_on: estate_common.AdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    base_information: estate_foreign_property_info.ForeignPropertyBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    price: estate_foreign_property_info.Price | None | UnsetType = UNSET

    dates: estate_foreign_property_info.Date | None | UnsetType = UNSET

    interior: estate_foreign_property_info.ForeignPropertyInterior | None | UnsetType = UNSET

    building: estate_foreign_property_info.ForeignPropertyBuilding | None | UnsetType = UNSET

    floor_and_elevator: estate_foreign_property_info.FloorAndElevator | None | UnsetType = field(
        name="floorAndElevator", default=UNSET
    )

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    plot: estate_foreign_property_info.PlotInformation | None | UnsetType = UNSET

    assess: estate_foreign_property_info.Assess | None | UnsetType = UNSET

    distance: estate_foreign_property_info.Distance | None | UnsetType = UNSET

    water_and_drain: estate_common.WaterAndDrain | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    operation: estate_foreign_property_info.Operation | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    surrounding: list[estate_foreign_property_info.Surrounding | None] | None | UnsetType = UNSET

    exterior: estate_foreign_property_info.Exterior | None | UnsetType = UNSET

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class House(Model, kw_only=True):
    advertise_on: estate_common.HouseAdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    base_information: estate_house_info.HouseBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    price: estate_common.Price | None | UnsetType = UNSET

    date: estate_common.Date | None | UnsetType = UNSET

    house_interior: estate_house_info.HouseInterior | None | UnsetType = field(name="houseInterior", default=UNSET)

    building: estate_house_info.HouseBuilding | None | UnsetType = UNSET

    ventilation: estate_common.Ventilation | None | UnsetType = UNSET

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    plot: estate_common.HousePlotInformation | None | UnsetType = UNSET

    assess: estate_common.Assess | None | UnsetType = UNSET

    water_and_drain: estate_common.WaterAndDrain | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    plan: estate_common.Plan | None | UnsetType = UNSET

    enrollments: estate_common.Enrollments | None | UnsetType = UNSET

    operation: estate_common.Operation | None | UnsetType = UNSET

    insurance: estate_common.Insurance | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    mortages: list[estate_common.Mortage | None] | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    tv_and_broadband: estate_common.TVAndBroadband | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    inspection: HouseInspection | None | UnsetType = UNSET

    leasehold: estate_common.Leasehold | None | UnsetType = UNSET

    lease: estate_common.Lease | None | UnsetType = UNSET

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class HousingCooperative(Model, kw_only=True):
    advertise_on: estate_common.AdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    base_information: estate_housing_cooperative_info.HousingCooperativeBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    interior: estate_common.AppartmentInterior | None | UnsetType = UNSET

    building: estate_housing_cooperative_info.HousingCooperativeBuilding | None | UnsetType = UNSET

    ventilation: estate_common.Ventilation | None | UnsetType = UNSET

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    ground_includet_to_housing_cooperative: (
        estate_housing_cooperative_info.GroundIncludetToHousingCooperative | None | UnsetType
    ) = field(name="groundIncludetToHousingCooperative", default=UNSET)

    floor_and_elevator: estate_common.FloorAndElevator | None | UnsetType = field(
        name="floorAndElevator", default=UNSET
    )

    price: estate_common.Price | None | UnsetType = UNSET

    date: estate_common.Date | None | UnsetType = UNSET

    participation_and_repair_fund: estate_housing_cooperative_info.ParticipationAndRepairFund | None | UnsetType = (
        field(name="participationAndRepairFund", default=UNSET)
    )

    association: estate_housing_cooperative_info.Association | None | UnsetType = UNSET

    inspection: Inspection | None | UnsetType = UNSET

    predge: Predge | None | UnsetType = UNSET

    operation: estate_common.Operation | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    balcony_patio: estate_common.BalconyPatio | None | UnsetType = field(name="balconyPatio", default=UNSET)

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    tv_and_broadband: estate_common.TVAndBroadband | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class Plot(Model, kw_only=True):
    advertise_on: estate_common.AdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    plot_base_information: estate_plot_info.PlotBaseInformation | None | UnsetType = field(
        name="plotBaseInformation", default=UNSET
    )

    price: estate_common.Price | None | UnsetType = UNSET

    date: estate_common.Date | None | UnsetType = UNSET

    plot_info: estate_common.PlotInformation | None | UnsetType = field(name="plotInfo", default=UNSET)

    assess: estate_common.Assess | None | UnsetType = UNSET

    water_and_drain: estate_common.WaterAndDrain | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    plan: estate_common.Plan | None | UnsetType = UNSET

    enrollments: estate_common.Enrollments | None | UnsetType = UNSET

    operation: estate_common.Operation | None | UnsetType = UNSET

    insurance: estate_common.Insurance | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    mortages: list[estate_common.Mortage | None] | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    leasehold: estate_common.Leasehold | None | UnsetType = UNSET

    lease: estate_common.Lease | None | UnsetType = UNSET

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class PremisesBaseInformation(Model, kw_only=True):
    alignment: str | None | UnsetType = UNSET

    disposal_form: str | None | UnsetType = field(name="disposalForm", default=UNSET)

    object_address: estate_common.ObjectAddress | None | UnsetType = field(name="objectAddress", default=UNSET)

    property_type: str | None | UnsetType = field(name="propertyType", default=UNSET)

    sensitive_business: bool | None | UnsetType = field(name="sensitiveBusiness", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)


class ProjectBaseInformation(Model, kw_only=True):
    project_name: str | None | UnsetType = field(name="projectName", default=UNSET)

    address: estate_common.ObjectAddress | None | UnsetType = UNSET


class CommercialProperty(Model, kw_only=True):
    advertise_on: estate_common.AdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    assessments: list[estate_commercial_property_info.CommercialPropertyAssessment | None] | None | UnsetType = UNSET

    base_information: estate_commercial_property_info.CommercialBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    bids: list[estate_common.Bid | None] | None | UnsetType = UNSET

    buildings: list[estate_commercial_property_info.PropertyBuilding | None] | None | UnsetType = UNSET

    business: estate_commercial_property_info.CommercialPropertyBusiness | None | UnsetType = UNSET

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    compilation_areas: estate_commercial_property_info.CompilationAreas | None | UnsetType = field(
        name="compilationAreas", default=UNSET
    )

    date: estate_common.Date | None | UnsetType = UNSET

    price: estate_commercial_property_info.CommercialPropertyPrice | None | UnsetType = UNSET

    electricity: estate_common.Electricity | None | UnsetType = UNSET

    renovation_info: estate_commercial_property_info.RenovationInfo | None | UnsetType = field(
        name="renovationInfo", default=UNSET
    )

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    enrollments: estate_common.Enrollments | None | UnsetType = UNSET

    insurance: estate_common.Insurance | None | UnsetType = UNSET

    marketed_as: MarketedAs | None | UnsetType = field(name="marketedAs", default=UNSET)

    mortages: list[estate_common.Mortage | None] | None | UnsetType = UNSET

    operation: estate_commercial_property_info.CommercialOperation | None | UnsetType = UNSET

    plot_information: estate_commercial_property_info.CommercialPropertyPlotInformation | None | UnsetType = field(
        name="plotInformation", default=UNSET
    )

    propertytype_description: estate_commercial_property_info.PropertytypeDescription | None | UnsetType = field(
        name="propertytypeDescription", default=UNSET
    )

    sellers: list[str] | None | UnsetType = UNSET

    shared_spaces: estate_commercial_property_info.SharedSpaces | None | UnsetType = field(
        name="sharedSpaces", default=UNSET
    )

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    technical_data: estate_commercial_property_info.TechnicalData | None | UnsetType = field(
        name="technicalData", default=UNSET
    )

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    company_transfer: estate_commercial_property_info.CommercialCompanyTransfer | None | UnsetType = field(
        name="companyTransfer", default=UNSET
    )

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class Premises(Model, kw_only=True):
    advertise_on: estate_common.AdvertiseOn | None | UnsetType = field(name="advertiseOn", default=UNSET)

    base_information: PremisesBaseInformation | None | UnsetType = field(name="baseInformation", default=UNSET)

    compilation_areas: CompilationAreas | None | UnsetType = field(name="compilationAreas", default=UNSET)

    date: estate_common.Date | None | UnsetType = UNSET

    price: estate_common.Price | None | UnsetType = UNSET

    balcony_patio: estate_common.BalconyPatio | None | UnsetType = field(name="balconyPatio", default=UNSET)

    floor_and_elevator: PremisesFloorAndElevator | None | UnsetType = field(name="floorAndElevator", default=UNSET)

    surrounding: PremisesSurrounding | None | UnsetType = UNSET

    technical_data: TechnicalData | None | UnsetType = field(name="technicalData", default=UNSET)

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.Viewing | None] | None | UnsetType = UNSET

    owners: list[Owner | None] | None | UnsetType = UNSET

    tenants: list[Tenant | None] | None | UnsetType = UNSET

    building: PremisesBuilding | None | UnsetType = UNSET

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)


class Project(Model, kw_only=True):
    advertise_on: estate_common.AdvertiseOnProject | None | UnsetType = field(name="advertiseOn", default=UNSET)

    number_of_objects: Int32 | None | UnsetType = field(name="numberOfObjects", default=UNSET)

    sales_start_date: LazyTimestamp | None | UnsetType = field(name="salesStartDate", default=UNSET)

    moving_in: str | None | UnsetType = field(name="movingIn", default=UNSET)

    price_range: housing_models.Range | None | UnsetType = field(name="priceRange", default=UNSET)

    living_space_range: housing_models.Range | None | UnsetType = field(name="livingSpaceRange", default=UNSET)

    number_of_rooms_range: housing_models.Range | None | UnsetType = field(name="numberOfRoomsRange", default=UNSET)

    base_information: ProjectBaseInformation | None | UnsetType = field(name="baseInformation", default=UNSET)

    houses: list[str] | None | UnsetType = UNSET

    housing_cooperatives: list[str] | None | UnsetType = field(name="housingCooperatives", default=UNSET)

    cottages: list[str] | None | UnsetType = UNSET

    plots: list[str] | None | UnsetType = UNSET

    viewing_settings: estate_common.ViewingSettings | None | UnsetType = field(name="viewingSettings", default=UNSET)

    viewings: list[estate_common.ProjectViewing | None] | None | UnsetType = UNSET

    surrounding: estate_common.Surrounding | None | UnsetType = UNSET

    condominiums: list[str] | None | UnsetType = UNSET

    buyers: list[str] | None | UnsetType = UNSET

    internet_settings: estate_common.InternetSettings | None | UnsetType = field(name="internetSettings", default=UNSET)

    webb_id: str | None | UnsetType = field(name="webbId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    assignment: estate_common.Assignment | None | UnsetType = UNSET

    description: estate_common.Description | None | UnsetType = UNSET

    images: list[estate_common.ObjectImage | None] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    custom_fields: list[custom_field.FieldValue | None] | None | UnsetType = field(name="customFields", default=UNSET)
