"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import housing_models


class Assess(Model, kw_only=True):
    tax_assessment_year: Int32 | None | UnsetType = field(name="taxAssessmentYear", default=UNSET)

    preliminary_assessed_value: bool | None | UnsetType = field(name="preliminaryAssessedValue", default=UNSET)

    assessment_directory: str | None | UnsetType = field(name="assessmentDirectory", default=UNSET)

    building_value: float | None | UnsetType = field(name="buildingValue", default=UNSET)

    land_value: float | None | UnsetType = field(name="landValue", default=UNSET)

    total_assessed_value: float | None | UnsetType = field(name="totalAssessedValue", default=UNSET)

    tax_fee: float | None | UnsetType = field(name="taxFee", default=UNSET)


class Date(Model, kw_only=True):
    possible_access_date: str | None | UnsetType = field(name="possibleAccessDate", default=UNSET)

    access_date: LazyTimestamp | None | UnsetType = field(name="accessDate", default=UNSET)

    access_time: str | None | UnsetType = field(name="accessTime", default=UNSET)

    agreement_date: LazyTimestamp | None | UnsetType = field(name="agreementDate", default=UNSET)

    assignment_date: LazyTimestamp | None | UnsetType = field(name="assignmentDate", default=UNSET)

    sales_start: LazyTimestamp | None | UnsetType = field(name="salesStart", default=UNSET)

    reservation_agreement: LazyTimestamp | None | UnsetType = field(name="reservationAgreement", default=UNSET)

    preliminary_agreement: LazyTimestamp | None | UnsetType = field(name="preliminaryAgreement", default=UNSET)

    all_terms_mett_date: LazyTimestamp | None | UnsetType = field(name="allTermsMettDate", default=UNSET)


class Distance(Model, kw_only=True):
    shopping_centre: Int32 | None | UnsetType = field(name="shoppingCentre", default=UNSET)

    centre: Int32 | None | UnsetType = UNSET

    airport: Int32 | None | UnsetType = UNSET

    golf_cource: Int32 | None | UnsetType = field(name="golfCource", default=UNSET)

    sea: Int32 | None | UnsetType = UNSET

    supermarket: Int32 | None | UnsetType = UNSET

    pool: Int32 | None | UnsetType = UNSET

    hospital: Int32 | None | UnsetType = UNSET

    beach: Int32 | None | UnsetType = UNSET


class Elevator(OpenEnum):
    Yes = "Yes"
    No = "No"
    Unknown = "Unknown"


class Exterior(Model, kw_only=True):
    pool: bool | None | UnsetType = UNSET

    description_of_pool: str | None | UnsetType = field(name="descriptionOfPool", default=UNSET)

    terrace: bool | None | UnsetType = UNSET

    terrace_surface: Int32 | None | UnsetType = field(name="terraceSurface", default=UNSET)

    balcony: bool | None | UnsetType = UNSET

    balcony_surface: Int32 | None | UnsetType = field(name="balconySurface", default=UNSET)

    description_terrace_and_balcony: str | None | UnsetType = field(name="descriptionTerraceAndBalcony", default=UNSET)


class FloorAndElevator(Model, kw_only=True):
    description_of_elevator: str | None | UnsetType = field(name="descriptionOfElevator", default=UNSET)

    elevator: Elevator | None | UnsetType = UNSET

    total_number_floors: Int32 | None | UnsetType = field(name="totalNumberFloors", default=UNSET)

    floor: float | None | UnsetType = UNSET


class ForeignPropertyBuilding(Model, kw_only=True):
    building_type: str | None | UnsetType = field(name="buildingType", default=UNSET)

    building_year: str | None | UnsetType = field(name="buildingYear", default=UNSET)

    commentary_for_building_year: str | None | UnsetType = field(name="commentaryForBuildingYear", default=UNSET)

    facade: str | None | UnsetType = UNSET

    frame: str | None | UnsetType = UNSET

    windows: str | None | UnsetType = UNSET

    beam: str | None | UnsetType = UNSET

    externally_sheet_metal_work: str | None | UnsetType = field(name="externallySheetMetalWork", default=UNSET)

    foundation_wall: str | None | UnsetType = field(name="foundationWall", default=UNSET)

    roof: str | None | UnsetType = UNSET

    foundation: str | None | UnsetType = UNSET

    heating: str | None | UnsetType = UNSET

    other_about_the_buildning: str | None | UnsetType = field(name="otherAboutTheBuildning", default=UNSET)

    other_buildings: str | None | UnsetType = field(name="otherBuildings", default=UNSET)

    renovations: str | None | UnsetType = UNSET


class GeneralDescription(Model, kw_only=True):
    language: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class Operation(Model, kw_only=True):
    heating: float | None | UnsetType = UNSET

    electricity: float | None | UnsetType = UNSET

    water_and_drain: float | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    chimney_sweeping: float | None | UnsetType = field(name="chimneySweeping", default=UNSET)

    road_community: float | None | UnsetType = field(name="roadCommunity", default=UNSET)

    sanitation: float | None | UnsetType = UNSET

    insurance: float | None | UnsetType = UNSET

    other: float | None | UnsetType = UNSET

    sum: float | None | UnsetType = UNSET

    persons_in_the_household: Int32 | None | UnsetType = field(name="personsInTheHousehold", default=UNSET)

    commentary: str | None | UnsetType = UNSET

    road_charge: Int32 | None | UnsetType = field(name="roadCharge", default=UNSET)

    maintenance: Int32 | None | UnsetType = UNSET


class PlotInformation(Model, kw_only=True):
    area: float | None | UnsetType = UNSET

    plot_type: str | None | UnsetType = field(name="plotType", default=UNSET)

    other_plot: str | None | UnsetType = field(name="otherPlot", default=UNSET)


class Price(Model, kw_only=True):
    starting_price: float | None | UnsetType = field(name="startingPrice", default=UNSET)

    final_price: float | None | UnsetType = field(name="finalPrice", default=UNSET)

    exchange_rate: float | None | UnsetType = field(name="exchangeRate", default=UNSET)

    currency: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class Surrounding(Model, kw_only=True):
    language: str | None | UnsetType = UNSET

    general_about_area: str | None | UnsetType = field(name="generalAboutArea", default=UNSET)

    near_service: str | None | UnsetType = field(name="nearService", default=UNSET)

    communication: str | None | UnsetType = UNSET

    parking: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class Address(Model, kw_only=True):
    area: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    post_town: str | None | UnsetType = field(name="postTown", default=UNSET)

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)

    country: str | None | UnsetType = UNSET

    province: str | None | UnsetType = UNSET

    city: str | None | UnsetType = UNSET

    area_id: str | None | UnsetType = field(name="areaId", default=UNSET)


class ForeignPropertyBaseInformation(Model, kw_only=True):
    new_construction: bool | None | UnsetType = field(name="newConstruction", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    buildning_area: float | None | UnsetType = field(name="buildningArea", default=UNSET)

    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    commentary: str | None | UnsetType = UNSET

    owner_register: str | None | UnsetType = field(name="ownerRegister", default=UNSET)

    reference_id: str | None | UnsetType = field(name="referenceId", default=UNSET)

    tenure: str | None | UnsetType = UNSET

    disposal_form: str | None | UnsetType = field(name="disposalForm", default=UNSET)

    increase_seek_conception: list[str] | None | UnsetType = field(name="increaseSeekConception", default=UNSET)

    address: Address | None | UnsetType = UNSET

    area_source: str | None | UnsetType = field(name="areaSource", default=UNSET)

    area_source_comment: str | None | UnsetType = field(name="areaSourceComment", default=UNSET)

    other: str | None | UnsetType = UNSET

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    sensitive_business: bool | None | UnsetType = field(name="sensitiveBusiness", default=UNSET)

    property_type: str | None | UnsetType = field(name="propertyType", default=UNSET)


class ForeignPropertyInterior(Model, kw_only=True):
    number_of_bedrooms: float | None | UnsetType = field(name="numberOfBedrooms", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    max_number_of_bedrooms: float | None | UnsetType = field(name="maxNumberOfBedrooms", default=UNSET)

    number_of_bathrooms: float | None | UnsetType = field(name="numberOfBathrooms", default=UNSET)

    genereal_description_interior: list[GeneralDescription | None] | None | UnsetType = field(
        name="generealDescriptionInterior", default=UNSET
    )
