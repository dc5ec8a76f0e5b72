"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.Common.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import connect_api, housing_models


class Assess(Model, kw_only=True):
    tax_assessment_year: Int32 | None | UnsetType = field(name="taxAssessmentYear", default=UNSET)

    preliminary_assessed_value: bool | None | UnsetType = field(name="preliminaryAssessedValue", default=UNSET)

    type_code: str | None | UnsetType = field(name="typeCode", default=UNSET)

    building_value: float | None | UnsetType = field(name="buildingValue", default=UNSET)

    land_value: float | None | UnsetType = field(name="landValue", default=UNSET)

    value_year: float | None | UnsetType = field(name="valueYear", default=UNSET)

    total_assessed_value: float | None | UnsetType = field(name="totalAssessedValue", default=UNSET)

    tax_fee: float | None | UnsetType = field(name="taxFee", default=UNSET)


class AssociationImage(Model, kw_only=True):
    category: str | None | UnsetType = UNSET

    headning: str | None | UnsetType = UNSET

    description: str | None | UnsetType = UNSET

    order_number: Int32 | None | UnsetType = field(name="orderNumber", default=UNSET)

    image_id: str | None | UnsetType = field(name="imageId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    date_changed_image_data: LazyTimestamp | None | UnsetType = field(name="dateChangedImageData", default=UNSET)

    url: str | None | UnsetType = UNSET

    show_image_on_internet: bool | None | UnsetType = field(name="showImageOnInternet", default=UNSET)

    extension: str | None | UnsetType = UNSET

    cdn_references: list[connect_api.CdnImageReference | None] | None | UnsetType = field(
        name="cdnReferences", default=UNSET
    )


class BalconyPatio(Model, kw_only=True):
    squere_meterype: Int32 | None | UnsetType = field(name="squereMeterype", default=UNSET)

    type: str | None | UnsetType = UNSET

    summary: str | None | UnsetType = UNSET

    parking: str | None | UnsetType = UNSET

    balcony: bool | None | UnsetType = UNSET

    patio: bool | None | UnsetType = UNSET

    parking_lot: bool | None | UnsetType = field(name="parkingLot", default=UNSET)


class Bid(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    alias: str | None | UnsetType = UNSET

    amount: float | None | UnsetType = UNSET

    date_and_time: LazyTimestamp | None | UnsetType = field(name="dateAndTime", default=UNSET)

    cancelled: bool | None | UnsetType = UNSET

    status: str | None | UnsetType = UNSET


class BidSetting(OpenEnum):
    DontShowBidding = "DontShowBidding"
    ShowBidding = "ShowBidding"
    ShowHighestBid = "ShowHighestBid"
    ShowBiddhistory = "ShowBiddhistory"


class Date(Model, kw_only=True):
    possible_access_date: str | None | UnsetType = field(name="possibleAccessDate", default=UNSET)

    access_date: LazyTimestamp | None | UnsetType = field(name="accessDate", default=UNSET)

    access_time: str | None | UnsetType = field(name="accessTime", default=UNSET)

    agreement_date: LazyTimestamp | None | UnsetType = field(name="agreementDate", default=UNSET)

    assignment_date: LazyTimestamp | None | UnsetType = field(name="assignmentDate", default=UNSET)

    all_terms_mett_date: LazyTimestamp | None | UnsetType = field(name="allTermsMettDate", default=UNSET)


class Description(Model, kw_only=True):
    sell_phrase: str | None | UnsetType = field(name="sellPhrase", default=UNSET)

    generally: str | None | UnsetType = UNSET

    selling_heading: str | None | UnsetType = field(name="sellingHeading", default=UNSET)

    short_selling_description: str | None | UnsetType = field(name="shortSellingDescription", default=UNSET)

    long_selling_description: str | None | UnsetType = field(name="longSellingDescription", default=UNSET)

    way_description: str | None | UnsetType = field(name="wayDescription", default=UNSET)

    language: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class Document(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    extension: str | None | UnsetType = UNSET

    url: str | None | UnsetType = UNSET

    date_changed_data: LazyTimestamp | None | UnsetType = field(name="dateChangedData", default=UNSET)

    category: str | None | UnsetType = UNSET


class Electricity(Model, kw_only=True):
    companie: str | None | UnsetType = UNSET

    distributor: str | None | UnsetType = UNSET

    power_consumption_kwh: float | None | UnsetType = field(name="powerConsumptionKWH", default=UNSET)


class EnergyDeclaration(Model, kw_only=True):
    completed: str | None | UnsetType = UNSET

    energy_declaration_date: LazyTimestamp | None | UnsetType = field(name="energyDeclarationDate", default=UNSET)

    energy_consumption: str | None | UnsetType = field(name="energyConsumption", default=UNSET)

    energy_class: str | None | UnsetType = field(name="energyClass", default=UNSET)

    primary_energy_number: str | None | UnsetType = field(name="primaryEnergyNumber", default=UNSET)


class Enrollments(Model, kw_only=True):
    preferential_and_community: str | None | UnsetType = field(name="preferentialAndCommunity", default=UNSET)

    enrolled_easement: str | None | UnsetType = field(name="enrolledEasement", default=UNSET)

    plan_regulations: str | None | UnsetType = field(name="planRegulations", default=UNSET)

    easements_benefits: str | None | UnsetType = field(name="easementsBenefits", default=UNSET)

    easements_load: str | None | UnsetType = field(name="easementsLoad", default=UNSET)

    community_facilities: str | None | UnsetType = field(name="communityFacilities", default=UNSET)


class FullValue(OpenEnum):
    Yes = "Yes"
    No = "No"
    Unknown = "Unknown"


class HousePlotInformation(Model, kw_only=True):
    parking: str | None | UnsetType = UNSET

    area: float | None | UnsetType = UNSET

    plot_type: str | None | UnsetType = field(name="plotType", default=UNSET)

    other_plot: str | None | UnsetType = field(name="otherPlot", default=UNSET)

    patio: str | None | UnsetType = UNSET

    building_permission: str | None | UnsetType = field(name="buildingPermission", default=UNSET)


class Insurance(Model, kw_only=True):
    company: str | None | UnsetType = UNSET

    amount: float | None | UnsetType = UNSET

    full_value: FullValue | None | UnsetType = field(name="fullValue", default=UNSET)


class InternetSettings(Model, kw_only=True):
    bid_setting: BidSetting | None | UnsetType = field(name="bidSetting", default=UNSET)


class Landlord(Model, kw_only=True):
    address: str | None | UnsetType = UNSET

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)

    name: str | None | UnsetType = UNSET

    phone: str | None | UnsetType = UNSET


class Lease(Model, kw_only=True):
    lease_fee: float | None | UnsetType = field(name="leaseFee", default=UNSET)

    lease_fee_comment: str | None | UnsetType = field(name="leaseFeeComment", default=UNSET)

    lease_until: LazyTimestamp | None | UnsetType = field(name="leaseUntil", default=UNSET)

    landlord: Landlord | None | UnsetType = UNSET


class Leasehold(Model, kw_only=True):
    leasehold_fee: float | None | UnsetType = field(name="leaseholdFee", default=UNSET)

    leasehold_until: LazyTimestamp | None | UnsetType = field(name="leaseholdUntil", default=UNSET)

    leasehold_period: Int32 | None | UnsetType = field(name="leaseholdPeriod", default=UNSET)


class Link(Model, kw_only=True):
    links: list[str] | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET

    category: str | None | UnsetType = UNSET


class Mortage(Model, kw_only=True):
    act_number: str | None | UnsetType = field(name="actNumber", default=UNSET)

    date: LazyTimestamp | None | UnsetType = UNSET

    amount: float | None | UnsetType = UNSET

    written_mortgages: bool | None | UnsetType = field(name="writtenMortgages", default=UNSET)

    note: str | None | UnsetType = UNSET

    within: float | None | UnsetType = UNSET


class ObjectImage(Model, kw_only=True):
    category: str | None | UnsetType = UNSET

    supplier: str | None | UnsetType = UNSET

    supplier_id: str | None | UnsetType = field(name="supplierId", default=UNSET)

    text: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    text_extended: str | None | UnsetType = field(name="textExtended", default=UNSET)

    order_number: Int32 | None | UnsetType = field(name="orderNumber", default=UNSET)

    hemnet_order_number: Int32 | None | UnsetType = field(name="hemnetOrderNumber", default=UNSET)

    image_id: str | None | UnsetType = field(name="imageId", default=UNSET)

    date_changed: LazyTimestamp | None | UnsetType = field(name="dateChanged", default=UNSET)

    date_changed_image_data: LazyTimestamp | None | UnsetType = field(name="dateChangedImageData", default=UNSET)

    url: str | None | UnsetType = UNSET

    show_image_on_internet: bool | None | UnsetType = field(name="showImageOnInternet", default=UNSET)

    extension: str | None | UnsetType = UNSET

    cdn_references: list[connect_api.CdnImageReference | None] | None | UnsetType = field(
        name="cdnReferences", default=UNSET
    )


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


class Plan(Model, kw_only=True):
    type: str | None | UnsetType = UNSET

    implemetation_period: str | None | UnsetType = field(name="implemetationPeriod", default=UNSET)


class PlotInformation(Model, kw_only=True):
    area: float | None | UnsetType = UNSET

    plot_type: str | None | UnsetType = field(name="plotType", default=UNSET)

    other_plot: str | None | UnsetType = field(name="otherPlot", default=UNSET)

    patio: str | None | UnsetType = UNSET

    building_permission: str | None | UnsetType = field(name="buildingPermission", default=UNSET)


class Price(Model, kw_only=True):
    starting_price: float | None | UnsetType = field(name="startingPrice", default=UNSET)

    final_price: float | None | UnsetType = field(name="finalPrice", default=UNSET)

    price_in_other_currencie: float | None | UnsetType = field(name="priceInOtherCurrencie", default=UNSET)

    other_currency: str | None | UnsetType = field(name="otherCurrency", default=UNSET)

    text: str | None | UnsetType = UNSET


class ProjectViewing(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)

    estate_type: str | None | UnsetType = field(name="estateType", default=UNSET)

    id: str | None | UnsetType = UNSET

    date: LazyTimestamp | None | UnsetType = UNSET

    start_time: LazyTimestamp | None | UnsetType = field(name="startTime", default=UNSET)

    end_time: LazyTimestamp | None | UnsetType = field(name="endTime", default=UNSET)

    commentary: str | None | UnsetType = UNSET

    bookable_from_internet: bool | None | UnsetType = field(name="bookableFromInternet", default=UNSET)

    booking_url: str | None | UnsetType = field(name="bookingUrl", default=UNSET)

    show_on_internet: bool | None | UnsetType = field(name="showOnInternet", default=UNSET)

    participants: list[str] | None | UnsetType = UNSET


class Room(Model, kw_only=True):
    heading: str | None | UnsetType = UNSET

    text: str | None | UnsetType = UNSET


class Status(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET


class Surrounding(Model, kw_only=True):
    general_about_area: str | None | UnsetType = field(name="generalAboutArea", default=UNSET)

    near_service: str | None | UnsetType = field(name="nearService", default=UNSET)

    communication: str | None | UnsetType = UNSET

    parking: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class TVAndBroadband(Model, kw_only=True):
    tv: str | None | UnsetType = UNSET

    broadband: str | None | UnsetType = UNSET


class Ventilation(Model, kw_only=True):
    type: str | None | UnsetType = UNSET

    inspection: str | None | UnsetType = UNSET


class Viewing(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    date: LazyTimestamp | None | UnsetType = UNSET

    start_time: LazyTimestamp | None | UnsetType = field(name="startTime", default=UNSET)

    end_time: LazyTimestamp | None | UnsetType = field(name="endTime", default=UNSET)

    commentary: str | None | UnsetType = UNSET

    bookable_from_internet: bool | None | UnsetType = field(name="bookableFromInternet", default=UNSET)

    booking_url: str | None | UnsetType = field(name="bookingUrl", default=UNSET)

    show_on_internet: bool | None | UnsetType = field(name="showOnInternet", default=UNSET)

    participants: list[str] | None | UnsetType = UNSET


class ViewingSettings(Model, kw_only=True):
    show_one_viewing_time_on_internet: bool | None | UnsetType = field(
        name="showOneViewingTimeOnInternet", default=UNSET
    )

    missing_viewing_time_description: str | None | UnsetType = field(
        name="missingViewingTimeDescription", default=UNSET
    )


class WaterAndDrain(Model, kw_only=True):
    info: str | None | UnsetType = UNSET


class AdvertiseOn(Model, kw_only=True):
    homepage: bool | None | UnsetType = UNSET

    first_publishing_date_on_homepage: LazyTimestamp | None | UnsetType = field(
        name="firstPublishingDateOnHomepage", default=UNSET
    )

    show_as_comming: bool | None | UnsetType = field(name="showAsComming", default=UNSET)

    show_as_soon_for_sale: bool | None | UnsetType = field(name="showAsSoonForSale", default=UNSET)

    show_todays_housing: bool | None | UnsetType = field(name="showTodaysHousing", default=UNSET)

    hide_price: bool | None | UnsetType = field(name="hidePrice", default=UNSET)

    hide_address: bool | None | UnsetType = field(name="hideAddress", default=UNSET)

    show_in_image_loop: bool | None | UnsetType = field(name="showInImageLoop", default=UNSET)

    show_as_reference_housing: bool | None | UnsetType = field(name="showAsReferenceHousing", default=UNSET)

    changing_requirements_text: str | None | UnsetType = field(name="changingRequirementsText", default=UNSET)

    image_ids: list[str] | None | UnsetType = field(name="imageIds", default=UNSET)

    documents: list[Document | None] | None | UnsetType = UNSET

    links: list[Link | None] | None | UnsetType = UNSET

    marketplaces: list[str] | None | UnsetType = UNSET

    show_as_preview: bool | None | UnsetType = field(name="showAsPreview", default=UNSET)


class AdvertiseOnProject(Model, kw_only=True):
    homepage: bool | None | UnsetType = UNSET

    first_publishing_date_on_homepage: LazyTimestamp | None | UnsetType = field(
        name="firstPublishingDateOnHomepage", default=UNSET
    )

    show_as_comming: bool | None | UnsetType = field(name="showAsComming", default=UNSET)

    image_ids: list[str] | None | UnsetType = field(name="imageIds", default=UNSET)

    documents: list[Document | None] | None | UnsetType = UNSET

    links: list[Link | None] | None | UnsetType = UNSET

    show_as_preview: bool | None | UnsetType = field(name="showAsPreview", default=UNSET)


class AppartmentInterior(Model, kw_only=True):
    kitchen_type: str | None | UnsetType = field(name="kitchenType", default=UNSET)

    number_of_bedroom: float | None | UnsetType = field(name="numberOfBedroom", default=UNSET)

    max_number_of_bedroom: float | None | UnsetType = field(name="maxNumberOfBedroom", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    genereal_description: str | None | UnsetType = field(name="generealDescription", default=UNSET)

    compiled_description: bool | None | UnsetType = field(name="compiledDescription", default=UNSET)

    rooms: list[Room | None] | None | UnsetType = UNSET


class Assignment(Model, kw_only=True):
    status: Status | None | UnsetType = UNSET

    marketing_methods: list[str] | None | UnsetType = field(name="marketingMethods", default=UNSET)

    responsible_broker: str | None | UnsetType = field(name="responsibleBroker", default=UNSET)

    additional_contact: str | None | UnsetType = field(name="additionalContact", default=UNSET)

    estatenumber: str | None | UnsetType = UNSET

    producer: str | None | UnsetType = UNSET


class CottageAdvertiseOn(Model, kw_only=True):
    all_year: bool | None | UnsetType = field(name="allYear", default=UNSET)

    visible_during_production: bool | None | UnsetType = field(name="visibleDuringProduction", default=UNSET)

    homepage: bool | None | UnsetType = UNSET

    first_publishing_date_on_homepage: LazyTimestamp | None | UnsetType = field(
        name="firstPublishingDateOnHomepage", default=UNSET
    )

    show_as_comming: bool | None | UnsetType = field(name="showAsComming", default=UNSET)

    show_as_soon_for_sale: bool | None | UnsetType = field(name="showAsSoonForSale", default=UNSET)

    show_todays_housing: bool | None | UnsetType = field(name="showTodaysHousing", default=UNSET)

    hide_price: bool | None | UnsetType = field(name="hidePrice", default=UNSET)

    hide_address: bool | None | UnsetType = field(name="hideAddress", default=UNSET)

    show_in_image_loop: bool | None | UnsetType = field(name="showInImageLoop", default=UNSET)

    show_as_reference_housing: bool | None | UnsetType = field(name="showAsReferenceHousing", default=UNSET)

    changing_requirements_text: str | None | UnsetType = field(name="changingRequirementsText", default=UNSET)

    image_ids: list[str] | None | UnsetType = field(name="imageIds", default=UNSET)

    documents: list[Document | None] | None | UnsetType = UNSET

    links: list[Link | None] | None | UnsetType = UNSET

    marketplaces: list[str] | None | UnsetType = UNSET

    show_as_preview: bool | None | UnsetType = field(name="showAsPreview", default=UNSET)


class FloorAndElevator(Model, kw_only=True):
    description_of_elevator: str | None | UnsetType = field(name="descriptionOfElevator", default=UNSET)

    elevator: FullValue | None | UnsetType = UNSET

    total_number_floors: Int32 | None | UnsetType = field(name="totalNumberFloors", default=UNSET)

    floor: float | None | UnsetType = UNSET

    floor_commentary: str | None | UnsetType = field(name="floorCommentary", default=UNSET)


class HouseAdvertiseOn(Model, kw_only=True):
    visible_during_production: bool | None | UnsetType = field(name="visibleDuringProduction", default=UNSET)

    homepage: bool | None | UnsetType = UNSET

    first_publishing_date_on_homepage: LazyTimestamp | None | UnsetType = field(
        name="firstPublishingDateOnHomepage", default=UNSET
    )

    show_as_comming: bool | None | UnsetType = field(name="showAsComming", default=UNSET)

    show_as_soon_for_sale: bool | None | UnsetType = field(name="showAsSoonForSale", default=UNSET)

    show_todays_housing: bool | None | UnsetType = field(name="showTodaysHousing", default=UNSET)

    hide_price: bool | None | UnsetType = field(name="hidePrice", default=UNSET)

    hide_address: bool | None | UnsetType = field(name="hideAddress", default=UNSET)

    show_in_image_loop: bool | None | UnsetType = field(name="showInImageLoop", default=UNSET)

    show_as_reference_housing: bool | None | UnsetType = field(name="showAsReferenceHousing", default=UNSET)

    changing_requirements_text: str | None | UnsetType = field(name="changingRequirementsText", default=UNSET)

    image_ids: list[str] | None | UnsetType = field(name="imageIds", default=UNSET)

    documents: list[Document | None] | None | UnsetType = UNSET

    links: list[Link | None] | None | UnsetType = UNSET

    marketplaces: list[str] | None | UnsetType = UNSET

    show_as_preview: bool | None | UnsetType = field(name="showAsPreview", default=UNSET)


class ObjectAddress(Model, kw_only=True):
    municipality: str | None | UnsetType = UNSET

    area: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    county_municipality_parish_code: str | None | UnsetType = field(name="countyMunicipalityParishCode", default=UNSET)

    district_code: str | None | UnsetType = field(name="districtCode", default=UNSET)

    district: str | None | UnsetType = UNSET

    local_income_tax: str | None | UnsetType = field(name="localIncomeTax", default=UNSET)

    parish: str | None | UnsetType = UNSET

    county: str | None | UnsetType = UNSET

    area_id: str | None | UnsetType = field(name="areaId", default=UNSET)

    area_archived: bool | None | UnsetType = field(name="areaArchived", default=UNSET)

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)
