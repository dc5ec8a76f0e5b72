"""Types of namespaces that refer to each other (re-exported by their own modules).

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import cms_common, cms_cottage, cms_foreign_property, cms_plot, estate_foreign_property_info


class CmsHouseBuilding(Model, kw_only=True):
    facade: str | None | UnsetType = UNSET

    frame: str | None | UnsetType = UNSET

    beam: str | None | UnsetType = UNSET

    roof: str | None | UnsetType = UNSET

    foundation: str | None | UnsetType = UNSET

    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    windows: str | None | UnsetType = UNSET

    heating: str | None | UnsetType = UNSET

    other_about_the_buildning: str | None | UnsetType = field(name="otherAboutTheBuildning", default=UNSET)

    other_buildings: str | None | UnsetType = field(name="otherBuildings", default=UNSET)


class CmsHouseInterior(Model, kw_only=True):
    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    number_of_bedrooms: Int32 | None | UnsetType = field(name="numberOfBedrooms", default=UNSET)

    max_number_of_bedrooms: Int32 | None | UnsetType = field(name="maxNumberOfBedrooms", default=UNSET)

    description: str | None | UnsetType = UNSET

    rooms: list[cms_common.CmsRoom | None] | None | UnsetType = UNSET


class CmsHousePlotInformation(Model, kw_only=True):
    plot_type: str | None | UnsetType = field(name="plotType", default=UNSET)

    other_info_about_plot: str | None | UnsetType = field(name="otherInfoAboutPlot", default=UNSET)

    patio_description: str | None | UnsetType = field(name="patioDescription", default=UNSET)

    parking_description: str | None | UnsetType = field(name="parkingDescription", default=UNSET)

    area: float | None | UnsetType = UNSET


class CmsInsurance(Model, kw_only=True):
    company: str | None | UnsetType = UNSET

    amount: float | None | UnsetType = UNSET


class CmsWaterAndDrain(Model, kw_only=True):
    description: str | None | UnsetType = UNSET


class Status(OpenEnum):
    AssignmentAttempt = "AssignmentAttempt"
    AssignmentAccepted = "AssignmentAccepted"
    NoAssignment = "NoAssignment"


class CmsHouseBaseInformation(Model, kw_only=True):
    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

    status: Status | None | UnsetType = UNSET

    address: cms_common.CmsEstateAddress | None | UnsetType = UNSET


class HouseSellerInput(Model, kw_only=True):
    building: CmsHouseBuilding | None | UnsetType = UNSET

    ventilation: cms_common.CmsVentilation | None | UnsetType = UNSET

    energy_declaration: cms_common.CmsEnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    plot: CmsHousePlotInformation | None | UnsetType = UNSET

    water_and_drain: CmsWaterAndDrain | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    surrounding: cms_common.CmsSurrounding | None | UnsetType = UNSET

    insurance: CmsInsurance | None | UnsetType = UNSET

    electricity: cms_common.CmsElectricity | None | UnsetType = UNSET

    area_source: str | None | UnsetType = field(name="areaSource", default=UNSET)

    area_id: str | None | UnsetType = field(name="areaId", default=UNSET)

    possible_access_date: str | None | UnsetType = field(name="possibleAccessDate", default=UNSET)

    base_information: CmsHouseBaseInformation | None | UnsetType = field(name="baseInformation", default=UNSET)

    interior: CmsHouseInterior | None | UnsetType = UNSET

    price: cms_common.CmsPrice | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    description: Description | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)


class CmsBalconyPatio(Model, kw_only=True):
    ground_included: float | None | UnsetType = field(name="groundIncluded", default=UNSET)

    balcony: bool | None | UnsetType = UNSET

    patio: bool | None | UnsetType = UNSET

    parking: bool | None | UnsetType = UNSET

    patio_description: str | None | UnsetType = field(name="patioDescription", default=UNSET)

    parking_description: str | None | UnsetType = field(name="parkingDescription", default=UNSET)


class CmsHousingCooperativInterior(Model, kw_only=True):
    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    description: str | None | UnsetType = UNSET

    rooms: list[cms_common.CmsRoom | None] | None | UnsetType = UNSET

    kitchen_type: str | None | UnsetType = field(name="kitchenType", default=UNSET)


class CmsHousingCooperativeBuilding(Model, kw_only=True):
    building_year: str | None | UnsetType = field(name="buildingYear", default=UNSET)

    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    windows: str | None | UnsetType = UNSET

    heating: str | None | UnsetType = UNSET

    other_about_the_buildning: str | None | UnsetType = field(name="otherAboutTheBuildning", default=UNSET)

    other_buildings: str | None | UnsetType = field(name="otherBuildings", default=UNSET)


class CmsHousingCooperativeInterior(Model, kw_only=True):
    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    description: str | None | UnsetType = UNSET

    rooms: list[cms_common.CmsRoom | None] | None | UnsetType = UNSET

    kitchen_type: str | None | UnsetType = field(name="kitchenType", default=UNSET)


class Status_1(OpenEnum):
    AssignmentAttempt = "AssignmentAttempt"
    AssignmentAccepted = "AssignmentAccepted"
    NoAssignment = "NoAssignment"


class CmsHousingCooperativBaseInformation(Model, kw_only=True):
    apartment_number: str | None | UnsetType = field(name="apartmentNumber", default=UNSET)

    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    monthly_fee_description: str | None | UnsetType = field(name="monthlyFeeDescription", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    port_code: str | None | UnsetType = field(name="portCode", default=UNSET)

    status: Status_1 | None | UnsetType = UNSET

    address: cms_common.CmsEstateAddress | None | UnsetType = UNSET


class CmsHousingCooperativeBaseInformation(Model, kw_only=True):
    apartment_number: str | None | UnsetType = field(name="apartmentNumber", default=UNSET)

    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    monthly_fee_description: str | None | UnsetType = field(name="monthlyFeeDescription", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    other_space: float | None | UnsetType = field(name="otherSpace", default=UNSET)

    port_code: str | None | UnsetType = field(name="portCode", default=UNSET)

    status: Status_1 | None | UnsetType = UNSET

    address: cms_common.CmsEstateAddress | None | UnsetType = UNSET


class HousingCooperativeSellerInput(Model, kw_only=True):
    base_information: CmsHousingCooperativeBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    interior: CmsHousingCooperativeInterior | None | UnsetType = UNSET

    building: CmsHousingCooperativeBuilding | None | UnsetType = UNSET

    ventilation: cms_common.CmsVentilation | None | UnsetType = UNSET

    energy_declaration: cms_common.CmsEnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    balcony_patio: CmsBalconyPatio | None | UnsetType = field(name="balconyPatio", default=UNSET)

    surrounding: cms_common.CmsSurrounding | None | UnsetType = UNSET

    electricity: cms_common.CmsElectricity | None | UnsetType = UNSET

    area_source: str | None | UnsetType = field(name="areaSource", default=UNSET)

    area_id: str | None | UnsetType = field(name="areaId", default=UNSET)

    possible_access_date: str | None | UnsetType = field(name="possibleAccessDate", default=UNSET)

    share_in_association: float | None | UnsetType = field(name="shareInAssociation", default=UNSET)

    share_of_annual_fee: float | None | UnsetType = field(name="shareOfAnnualFee", default=UNSET)

    floor_and_elevator: FloorAndElevator | None | UnsetType = field(name="floorAndElevator", default=UNSET)

    price: cms_common.CmsPrice | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    description: Description | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)


class BalconyPatio(Model, kw_only=True):
    summary_balcony_patio: str | None | UnsetType = field(name="summaryBalconyPatio", default=UNSET)


class CmsForeignPropertyPrice(Model, kw_only=True):
    swedish_starting_price: float | None | UnsetType = field(name="swedishStartingPrice", default=UNSET)

    starting_price: float | None | UnsetType = field(name="startingPrice", default=UNSET)


class Currency(Model, kw_only=True):
    exchange_rate: str | None | UnsetType = field(name="exchangeRate", default=UNSET)

    currency_code: str | None | UnsetType = field(name="currencyCode", default=UNSET)


class Description(Model, kw_only=True):
    sell_phrase: str | None | UnsetType = field(name="sellPhrase", default=UNSET)

    selling_heading: str | None | UnsetType = field(name="sellingHeading", default=UNSET)

    short_selling_description: str | None | UnsetType = field(name="shortSellingDescription", default=UNSET)

    long_selling_description: str | None | UnsetType = field(name="longSellingDescription", default=UNSET)

    other: str | None | UnsetType = UNSET


class FloorAndElevator(Model, kw_only=True):
    floor: float | None | UnsetType = UNSET

    total_number_floors: Int32 | None | UnsetType = field(name="totalNumberFloors", default=UNSET)

    floor_commentary: str | None | UnsetType = field(name="floorCommentary", default=UNSET)

    elevator: bool | None | UnsetType = UNSET

    description_of_elevator: str | None | UnsetType = field(name="descriptionOfElevator", default=UNSET)


class Status_2(OpenEnum):
    Coming = "Coming"
    Running = "Running"
    Resting = "Resting"
    Soldout = "Soldout"


class CmsCottage(Model, kw_only=True):
    base_information: cms_cottage.CmsCottageBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    interior: cms_cottage.CmsCottageInterior | None | UnsetType = UNSET

    plot: cms_common.CmsPlotInformation | None | UnsetType = UNSET

    price: cms_common.CmsPrice | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    description: Description | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)


class CmsForeignProperty(Model, kw_only=True):
    base_information: cms_foreign_property.CmsForeignPropertyBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    interior: cms_foreign_property.CmsForeignPropertyInterior | None | UnsetType = UNSET

    price: CmsForeignPropertyPrice | None | UnsetType = UNSET

    descriptions: list[cms_foreign_property.ForeignPropertyDescription | None] | None | UnsetType = UNSET

    energy_declaration: cms_foreign_property.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    plot: cms_common.CmsPlotInformation | None | UnsetType = UNSET

    exterior: estate_foreign_property_info.Exterior | None | UnsetType = UNSET

    distance: estate_foreign_property_info.Distance | None | UnsetType = UNSET

    currency: Currency | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)


class CmsHouse(Model, kw_only=True):
    plot: cms_common.CmsPlotInformation | None | UnsetType = UNSET

    base_information: CmsHouseBaseInformation | None | UnsetType = field(name="baseInformation", default=UNSET)

    interior: CmsHouseInterior | None | UnsetType = UNSET

    price: cms_common.CmsPrice | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    description: Description | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)


class CmsHousingCooperative(Model, kw_only=True):
    base_information: CmsHousingCooperativBaseInformation | None | UnsetType = field(
        name="baseInformation", default=UNSET
    )

    interior: CmsHousingCooperativInterior | None | UnsetType = UNSET

    balcony_patio: BalconyPatio | None | UnsetType = field(name="balconyPatio", default=UNSET)

    floor_and_elevator: FloorAndElevator | None | UnsetType = field(name="floorAndElevator", default=UNSET)

    price: cms_common.CmsPrice | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    description: Description | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)


class CmsPlot(Model, kw_only=True):
    base_information: cms_plot.CmsPlotBaseInformation | None | UnsetType = field(name="baseInformation", default=UNSET)

    plot: cms_common.CmsPlotInformation | None | UnsetType = UNSET

    price: cms_common.CmsPrice | None | UnsetType = UNSET

    sellers: list[str] | None | UnsetType = UNSET

    interests: list[str] | None | UnsetType = UNSET

    description: Description | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)


class CmsProjectBaseInformation(Model, kw_only=True):
    status: Status_2 | None | UnsetType = UNSET

    project_name: str | None | UnsetType = field(name="projectName", default=UNSET)

    sale_start: LazyTimestamp | None | UnsetType = field(name="saleStart", default=UNSET)

    preliminary_access: str | None | UnsetType = field(name="preliminaryAccess", default=UNSET)

    producer: str | None | UnsetType = UNSET

    address: cms_common.CmsEstateAddress | None | UnsetType = UNSET


class CmsProject(Model, kw_only=True):
    base_information: CmsProjectBaseInformation | None | UnsetType = field(name="baseInformation", default=UNSET)

    selling_heading: str | None | UnsetType = field(name="sellingHeading", default=UNSET)

    long_selling_description: str | None | UnsetType = field(name="longSellingDescription", default=UNSET)
