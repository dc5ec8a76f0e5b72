"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.CommercialPropertyInfo.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import estate_common, housing_models


class CommercialCompanyTransfer(Model, kw_only=True):
    business_arrangement: str | None | UnsetType = field(name="businessArrangement", default=UNSET)

    transfer_as_company: bool | None | UnsetType = field(name="transferAsCompany", default=UNSET)


class CommercialPropertyAreas(Model, kw_only=True):
    pass


class CommercialPropertyAssessValue(Model, kw_only=True):
    evaluation_unit: str | None | UnsetType = field(name="evaluationUnit", default=UNSET)

    value: float | None | UnsetType = UNSET

    value_year: str | None | UnsetType = field(name="valueYear", default=UNSET)


class CommercialPropertyAssessment(Model, kw_only=True):
    assess_values: list[CommercialPropertyAssessValue | None] | None | UnsetType = field(
        name="assessValues", default=UNSET
    )

    type_code: str | None | UnsetType = field(name="typeCode", default=UNSET)

    preliminary_assessed_value: bool | None | UnsetType = field(name="preliminaryAssessedValue", default=UNSET)

    tax_year: Int32 | None | UnsetType = field(name="taxYear", default=UNSET)

    tax_fee: float | None | UnsetType = field(name="taxFee", default=UNSET)


class CommercialPropertyPlotInformation(Model, kw_only=True):
    area: float | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET

    patio: str | None | UnsetType = UNSET

    parking: str | None | UnsetType = UNSET


class CommercialPropertyPrice(Model, kw_only=True):
    price: float | None | UnsetType = UNSET

    price_text: str | None | UnsetType = field(name="priceText", default=UNSET)

    offer: bool | None | UnsetType = UNSET

    offer_no_later_then: LazyTimestamp | None | UnsetType = field(name="offerNoLaterThen", default=UNSET)


class CompilationArea(Model, kw_only=True):
    number: float | None | UnsetType = UNSET

    area: float | None | UnsetType = UNSET

    rental_income: float | None | UnsetType = field(name="rentalIncome", default=UNSET)

    price_per_square_meter: float | None | UnsetType = field(name="pricePerSquareMeter", default=UNSET)

    other_income: float | None | UnsetType = field(name="otherIncome", default=UNSET)

    other_income_per_square_meter: float | None | UnsetType = field(name="otherIncomePerSquareMeter", default=UNSET)

    flat_operating_cost: float | None | UnsetType = field(name="flatOperatingCost", default=UNSET)

    flat_operating_cost_square_meter: float | None | UnsetType = field(
        name="flatOperatingCostSquareMeter", default=UNSET
    )


class CompilationAreaOther(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    number: float | None | UnsetType = UNSET

    area: float | None | UnsetType = UNSET

    rental_income: float | None | UnsetType = field(name="rentalIncome", default=UNSET)

    price_per_square_meter: float | None | UnsetType = field(name="pricePerSquareMeter", default=UNSET)

    other_income: float | None | UnsetType = field(name="otherIncome", default=UNSET)

    other_income_per_square_meter: float | None | UnsetType = field(name="otherIncomePerSquareMeter", default=UNSET)

    flat_operating_cost: float | None | UnsetType = field(name="flatOperatingCost", default=UNSET)

    flat_operating_cost_square_meter: float | None | UnsetType = field(
        name="flatOperatingCostSquareMeter", default=UNSET
    )


class Elevator(OpenEnum):
    Yes = "Yes"
    No = "No"
    Unknown = "Unknown"


class Income(Model, kw_only=True):
    comment: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET


class LineOfBusiness(OpenEnum):
    Stores = "Stores"
    Construction = "Construction"
    Commerce = "Commerce"
    Hotell = "Hotell"
    Restaurant = "Restaurant"
    Manufacturing = "Manufacturing"
    Service = "Service"
    Transport = "Transport"
    Healtcare = "Healtcare"
    Other = "Other"


class OwnInput(Model, kw_only=True):
    heading: str | None | UnsetType = UNSET

    amount: float | None | UnsetType = UNSET


class Profit(OpenEnum):
    Unspecified = "Unspecified"
    Profit = "Profit"
    Loss = "Loss"


class PropertytypeDescription(Model, kw_only=True):
    description: str | None | UnsetType = UNSET


class RenovationInfo(Model, kw_only=True):
    renovation: Int32 | None | UnsetType = UNSET

    comment: str | None | UnsetType = UNSET


class SharedSpaces(Model, kw_only=True):
    courtyard: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET


class TechnicalData(Model, kw_only=True):
    description: str | None | UnsetType = UNSET


class CommercialFloorAndElevator(Model, kw_only=True):
    number_of_floors: Int32 | None | UnsetType = field(name="numberOfFloors", default=UNSET)

    elevator: Elevator | None | UnsetType = UNSET

    description_of_elevator: str | None | UnsetType = field(name="descriptionOfElevator", default=UNSET)


class CommercialOperation(Model, kw_only=True):
    heating: float | None | UnsetType = UNSET

    insurance: float | None | UnsetType = UNSET

    water_and_drain: float | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    sanitation: float | None | UnsetType = UNSET

    chimney_sweeping: float | None | UnsetType = field(name="chimneySweeping", default=UNSET)

    road_snow_charge: Int32 | None | UnsetType = field(name="roadSnowCharge", default=UNSET)

    management: float | None | UnsetType = UNSET

    caretaking: float | None | UnsetType = UNSET

    electricity: float | None | UnsetType = UNSET

    tv_system: float | None | UnsetType = field(name="tvSystem", default=UNSET)

    periodic_maintenance: float | None | UnsetType = field(name="periodicMaintenance", default=UNSET)

    ongoing_maintenance: float | None | UnsetType = field(name="ongoingMaintenance", default=UNSET)

    other: float | None | UnsetType = UNSET

    own_input1: OwnInput | None | UnsetType = field(name="ownInput1", default=UNSET)

    own_input2: OwnInput | None | UnsetType = field(name="ownInput2", default=UNSET)

    sum: float | None | UnsetType = UNSET

    comment_operational_cost: str | None | UnsetType = field(name="commentOperationalCost", default=UNSET)

    complete_or_partial_vat_registered: bool | None | UnsetType = field(
        name="completeOrPartialVATRegistered", default=UNSET
    )


class CommercialPropertyBuilding(Model, kw_only=True):
    foundation_wall: str | None | UnsetType = field(name="foundationWall", default=UNSET)

    foundation: str | None | UnsetType = UNSET

    frame: str | None | UnsetType = UNSET

    beam: str | None | UnsetType = UNSET

    facade: str | None | UnsetType = UNSET

    roof: str | None | UnsetType = UNSET

    externally_metal_work: str | None | UnsetType = field(name="externallyMetalWork", default=UNSET)

    windows: str | None | UnsetType = UNSET

    ventilation: estate_common.Ventilation | None | UnsetType = UNSET

    cold: str | None | UnsetType = UNSET

    cold_comment: str | None | UnsetType = field(name="coldComment", default=UNSET)

    control_monitoring: str | None | UnsetType = field(name="controlMonitoring", default=UNSET)

    water_and_drain: str | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    heating: str | None | UnsetType = UNSET

    others: str | None | UnsetType = UNSET


class CommercialPropertyBusiness(Model, kw_only=True):
    business: str | None | UnsetType = UNSET

    employees: Int32 | None | UnsetType = UNSET

    equipment: str | None | UnsetType = UNSET

    hidden_location: bool | None | UnsetType = field(name="hiddenLocation", default=UNSET)

    line_of_business: LineOfBusiness | None | UnsetType = field(name="lineOfBusiness", default=UNSET)

    profit: Profit | None | UnsetType = UNSET

    revenue: float | None | UnsetType = UNSET

    starting_year: Int32 | None | UnsetType = field(name="startingYear", default=UNSET)


class CompilationAreas(Model, kw_only=True):
    area_source: str | None | UnsetType = field(name="areaSource", default=UNSET)

    residential: CompilationArea | None | UnsetType = UNSET

    garage: CompilationArea | None | UnsetType = UNSET

    parking_lot: CompilationArea | None | UnsetType = field(name="parkingLot", default=UNSET)

    office: CompilationArea | None | UnsetType = UNSET

    stores: CompilationArea | None | UnsetType = UNSET

    industry: CompilationArea | None | UnsetType = UNSET

    warm_stockroom: CompilationArea | None | UnsetType = field(name="warmStockroom", default=UNSET)

    cold_stockroom: CompilationArea | None | UnsetType = field(name="coldStockroom", default=UNSET)

    other1: CompilationAreaOther | None | UnsetType = UNSET

    other2: CompilationAreaOther | None | UnsetType = UNSET

    others: list[CompilationAreaOther | None] | None | UnsetType = UNSET

    areas: CommercialPropertyAreas | None | UnsetType = UNSET

    income: Income | None | UnsetType = UNSET

    vacancies: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET

    area: float | None | UnsetType = UNSET

    rent_incomes: float | None | UnsetType = field(name="rentIncomes", default=UNSET)

    other_incomes: float | None | UnsetType = field(name="otherIncomes", default=UNSET)

    operating_costs: float | None | UnsetType = field(name="operatingCosts", default=UNSET)


class PropertyBuilding(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    main_building: bool | None | UnsetType = field(name="mainBuilding", default=UNSET)

    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    building_year_comment: str | None | UnsetType = field(name="buildingYearComment", default=UNSET)

    floor_and_elevator: CommercialFloorAndElevator | None | UnsetType = field(name="floorAndElevator", default=UNSET)

    year_built: str | None | UnsetType = field(name="yearBuilt", default=UNSET)

    renovations: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET

    energy_declaration: estate_common.EnergyDeclaration | None | UnsetType = field(
        name="energyDeclaration", default=UNSET
    )

    building: CommercialPropertyBuilding | None | UnsetType = UNSET

    tv_and_broadband: estate_common.TVAndBroadband | None | UnsetType = field(name="tvAndBroadband", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    number_of_bed_rooms: housing_models.RangeOfint | None | UnsetType = field(name="numberOfBedRooms", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    building_space: float | None | UnsetType = field(name="buildingSpace", default=UNSET)

    bi_area: float | None | UnsetType = field(name="biArea", default=UNSET)

    general_description: str | None | UnsetType = field(name="generalDescription", default=UNSET)

    rooms: list[estate_common.Room | None] | None | UnsetType = UNSET


class CommercialBaseInformation(Model, kw_only=True):
    area_source: str | None | UnsetType = field(name="areaSource", default=UNSET)

    area_source_comment: str | None | UnsetType = field(name="areaSourceComment", default=UNSET)

    disposal_form: str | None | UnsetType = field(name="disposalForm", default=UNSET)

    object_address: estate_common.ObjectAddress | None | UnsetType = field(name="objectAddress", default=UNSET)

    other: str | None | UnsetType = UNSET

    property_type: str | None | UnsetType = field(name="propertyType", default=UNSET)

    property_unit_designation: str | None | UnsetType = field(name="propertyUnitDesignation", default=UNSET)

    sensitive_business: bool | None | UnsetType = field(name="sensitiveBusiness", default=UNSET)

    key_number: str | None | UnsetType = field(name="keyNumber", default=UNSET)
