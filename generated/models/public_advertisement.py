"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import connect_api, housing_models, interest_application, public_advertisement_media


class AppartmentExterior(Model, kw_only=True):
    balcony: bool | None | UnsetType = UNSET

    patio: bool | None | UnsetType = UNSET

    pool: bool | None | UnsetType = UNSET


class Association(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    name: str | None | UnsetType = UNSET

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)


class Building(Model, kw_only=True):
    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    room_description: str | None | UnsetType = field(name="roomDescription", default=UNSET)

    year_built: Int32 | None | UnsetType = field(name="yearBuilt", default=UNSET)

    gross_floor_area: float | None | UnsetType = field(name="grossFloorArea", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)


class Category(OpenEnum):
    Layout = "Layout"
    Interior = "Interior"
    Exterior = "Exterior"
    Map = "Map"
    Other = "Other"


class CommercialPropertyExpenses(Model, kw_only=True):
    operating_cost: float | None | UnsetType = field(name="operatingCost", default=UNSET)


class CommercialPropertyMarketing(Model, kw_only=True):
    residental: bool | None | UnsetType = UNSET

    retail: bool | None | UnsetType = UNSET

    industrial: bool | None | UnsetType = UNSET

    office: bool | None | UnsetType = UNSET

    warehouse: bool | None | UnsetType = UNSET

    premises: bool | None | UnsetType = UNSET

    plot: bool | None | UnsetType = UNSET

    business: bool | None | UnsetType = UNSET

    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class CondominiumExpenses(Model, kw_only=True):
    yearly_community_fee: float | None | UnsetType = field(name="yearlyCommunityFee", default=UNSET)

    operating_cost: float | None | UnsetType = field(name="operatingCost", default=UNSET)


class CondominiumMarketing(Model, kw_only=True):
    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    swap_demanded: bool | None | UnsetType = field(name="swapDemanded", default=UNSET)

    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class CottageMarketing(Model, kw_only=True):
    all_year: bool | None | UnsetType = field(name="allYear", default=UNSET)

    is_farm: bool | None | UnsetType = field(name="isFarm", default=UNSET)

    is_housing_cooperative: bool | None | UnsetType = field(name="isHousingCooperative", default=UNSET)

    is_other_type: bool | None | UnsetType = field(name="isOtherType", default=UNSET)

    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    swap_demanded: bool | None | UnsetType = field(name="swapDemanded", default=UNSET)

    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class CottageType(OpenEnum):
    DuplexHouse = "DuplexHouse"
    TerraceHouse = "TerraceHouse"
    DetachedHouse = "DetachedHouse"
    LinkedHouse = "LinkedHouse"
    Cottage = "Cottage"
    Farm = "Farm"
    ParceledFarm = "ParceledFarm"
    Other = "Other"
    House = "House"
    Plot = "Plot"


class Elevator(OpenEnum):
    Exists = "Exists"
    None_ = "None"
    NotSet = "NotSet"


class EnergyDeclaration(Model, kw_only=True):
    energy_performance: float | None | UnsetType = field(name="energyPerformance", default=UNSET)

    energy_class: str | None | UnsetType = field(name="energyClass", default=UNSET)


class EstateAgentOfficeAffiliation(Model, kw_only=True):
    work_phone: str | None | UnsetType = field(name="workPhone", default=UNSET)

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)


class EstateSoldReference(Model, kw_only=True):
    parts_approve_final_price_visible: bool | None | UnsetType = field(
        name="partsApproveFinalPriceVisible", default=UNSET
    )

    contract_date: LazyTimestamp | None | UnsetType = field(name="contractDate", default=UNSET)

    final_price: housing_models.MoneyValue | None | UnsetType = field(name="finalPrice", default=UNSET)


class FarmExpenses(Model, kw_only=True):
    operating_cost: float | None | UnsetType = field(name="operatingCost", default=UNSET)

    plot_rent: float | None | UnsetType = field(name="plotRent", default=UNSET)

    is_leasehold: bool | None | UnsetType = field(name="isLeasehold", default=UNSET)


class FarmMarketing(Model, kw_only=True):
    parceled_farm: bool | None | UnsetType = field(name="parceledFarm", default=UNSET)

    is_agriculture: bool | None | UnsetType = field(name="isAgriculture", default=UNSET)

    is_forest_farm: bool | None | UnsetType = field(name="isForestFarm", default=UNSET)

    is_horse_farm: bool | None | UnsetType = field(name="isHorseFarm", default=UNSET)

    is_house_farm: bool | None | UnsetType = field(name="isHouseFarm", default=UNSET)

    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class FarmType(OpenEnum):
    Horses = "Horses"
    Agriculture = "Agriculture"
    Forest = "Forest"
    Farm = "Farm"
    House = "House"


class ForeignExterior(Model, kw_only=True):
    balcony: bool | None | UnsetType = UNSET

    patio: bool | None | UnsetType = UNSET

    pool: bool | None | UnsetType = UNSET


class ForeignLanguage(Model, kw_only=True):
    language_code: str | None | UnsetType = field(name="languageCode", default=UNSET)

    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    sale_description: str | None | UnsetType = field(name="saleDescription", default=UNSET)

    sale_phrase: str | None | UnsetType = field(name="salePhrase", default=UNSET)

    sale_heading: str | None | UnsetType = field(name="saleHeading", default=UNSET)


class ForeignPropertyBuilding(Model, kw_only=True):
    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    room_description: str | None | UnsetType = field(name="roomDescription", default=UNSET)

    year_built: Int32 | None | UnsetType = field(name="yearBuilt", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)

    constructed_area: float | None | UnsetType = field(name="constructedArea", default=UNSET)

    floor: float | None | UnsetType = UNSET

    number_of_floors: float | None | UnsetType = field(name="numberOfFloors", default=UNSET)

    elevator: Elevator | None | UnsetType = UNSET

    number_of_bed_rooms: housing_models.RangeOfdouble | None | UnsetType = field(name="numberOfBedRooms", default=UNSET)

    number_of_bath_rooms: Int32 | None | UnsetType = field(name="numberOfBathRooms", default=UNSET)


class ForeignPropertyExpenses(Model, kw_only=True):
    monthly_fee: housing_models.MoneyValue | None | UnsetType = field(name="monthlyFee", default=UNSET)

    operating_cost: housing_models.MoneyValue | None | UnsetType = field(name="operatingCost", default=UNSET)


class ForeignPropertyMarketing(Model, kw_only=True):
    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    is_appartment: bool | None | UnsetType = field(name="isAppartment", default=UNSET)

    is_terrace_house: bool | None | UnsetType = field(name="isTerraceHouse", default=UNSET)

    is_plot: bool | None | UnsetType = field(name="isPlot", default=UNSET)

    is_house: bool | None | UnsetType = field(name="isHouse", default=UNSET)

    is_other_type: bool | None | UnsetType = field(name="isOtherType", default=UNSET)

    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class ForeignPropertyType(OpenEnum):
    Other = "Other"
    House = "House"
    Plot = "Plot"
    Condominium = "Condominium"
    TerraceHouse = "TerraceHouse"


class HouseMarketing(Model, kw_only=True):
    is_duplex_house: bool | None | UnsetType = field(name="isDuplexHouse", default=UNSET)

    is_terrace_house: bool | None | UnsetType = field(name="isTerraceHouse", default=UNSET)

    is_linked_house: bool | None | UnsetType = field(name="isLinkedHouse", default=UNSET)

    is_detached_house: bool | None | UnsetType = field(name="isDetachedHouse", default=UNSET)

    is_farm: bool | None | UnsetType = field(name="isFarm", default=UNSET)

    is_condominium: bool | None | UnsetType = field(name="isCondominium", default=UNSET)

    is_cottage: bool | None | UnsetType = field(name="isCottage", default=UNSET)

    is_other_type: bool | None | UnsetType = field(name="isOtherType", default=UNSET)

    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    swap_demanded: bool | None | UnsetType = field(name="swapDemanded", default=UNSET)

    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class HousingCooperativeExpenses(Model, kw_only=True):
    monthly_fee: float | None | UnsetType = field(name="monthlyFee", default=UNSET)

    operating_cost: float | None | UnsetType = field(name="operatingCost", default=UNSET)


class HousingCooperativeMarketing(Model, kw_only=True):
    share: bool | None | UnsetType = UNSET

    share_in_housing_society: bool | None | UnsetType = field(name="shareInHousingSociety", default=UNSET)

    is_house: bool | None | UnsetType = field(name="isHouse", default=UNSET)

    is_cottage: bool | None | UnsetType = field(name="isCottage", default=UNSET)

    is_duplex_house: bool | None | UnsetType = field(name="isDuplexHouse", default=UNSET)

    is_terrace_house: bool | None | UnsetType = field(name="isTerraceHouse", default=UNSET)

    is_linked_house: bool | None | UnsetType = field(name="isLinkedHouse", default=UNSET)

    is_other_type: bool | None | UnsetType = field(name="isOtherType", default=UNSET)

    is_new_home: bool | None | UnsetType = field(name="isNewHome", default=UNSET)

    swap_demanded: bool | None | UnsetType = field(name="swapDemanded", default=UNSET)

    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class HousingCooperativeTenure(OpenEnum):
    Share = "Share"
    ShareInAssociation = "ShareInAssociation"
    TenantOwnership = "TenantOwnership"


class HousingCooperativeType(OpenEnum):
    DuplexHouse = "DuplexHouse"
    TerraceHouse = "TerraceHouse"
    House = "House"
    LinkedHouse = "LinkedHouse"
    Cottage = "Cottage"
    Other = "Other"
    Apartment = "Apartment"


class HousingExpenses(Model, kw_only=True):
    operating_cost: float | None | UnsetType = field(name="operatingCost", default=UNSET)

    plot_rent: float | None | UnsetType = field(name="plotRent", default=UNSET)

    is_leasehold: bool | None | UnsetType = field(name="isLeasehold", default=UNSET)


class Image(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    data_changed_at: LazyTimestamp | None | UnsetType = field(name="dataChangedAt", default=UNSET)

    description: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    category: Category | None | UnsetType = UNSET

    tags: str | None | UnsetType = UNSET

    extension: str | None | UnsetType = UNSET

    cdn_references: list[connect_api.CdnImageReference | None] | None | UnsetType = field(
        name="cdnReferences", default=UNSET
    )


class InvoiceRecipientType(OpenEnum):
    Person = "Person"
    Company = "Company"
    DeceasedEstate = "DeceasedEstate"


class LineOfBusiness(OpenEnum):
    Shop = "Shop"
    Construction = "Construction"
    Commerce = "Commerce"
    Hotel = "Hotel"
    Restaurant = "Restaurant"
    Manufacturing = "Manufacturing"
    Service = "Service"
    Transportation = "Transportation"
    HealthCare = "HealthCare"
    Other = "Other"


class LogotypeImage(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    data_changed_at: LazyTimestamp | None | UnsetType = field(name="dataChangedAt", default=UNSET)

    extension: str | None | UnsetType = UNSET


class Marketing(Model, kw_only=True):
    is_future_sale: bool | None | UnsetType = field(name="isFutureSale", default=UNSET)

    is_soon_for_sale: bool | None | UnsetType = field(name="isSoonForSale", default=UNSET)


class Office(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    name: str | None | UnsetType = UNSET

    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    postal_address: str | None | UnsetType = field(name="postalAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    telephone: str | None | UnsetType = UNSET

    email_address: str | None | UnsetType = field(name="emailAddress", default=UNSET)

    homepage_url: str | None | UnsetType = field(name="homepageUrl", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    corporate_name: str | None | UnsetType = field(name="corporateName", default=UNSET)

    corporate_number: str | None | UnsetType = field(name="corporateNumber", default=UNSET)

    logotype: LogotypeImage | None | UnsetType = UNSET


class OfficeAffiliation(Model, kw_only=True):
    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)


class PlotExpenses(Model, kw_only=True):
    operating_cost: float | None | UnsetType = field(name="operatingCost", default=UNSET)

    plot_rent: float | None | UnsetType = field(name="plotRent", default=UNSET)

    is_leasehold: bool | None | UnsetType = field(name="isLeasehold", default=UNSET)


class PlotInfo(Model, kw_only=True):
    plot_size: float | None | UnsetType = field(name="plotSize", default=UNSET)


class PremisesBuilding(Model, kw_only=True):
    year_built: Int32 | None | UnsetType = field(name="yearBuilt", default=UNSET)

    floor: float | None | UnsetType = UNSET

    number_of_floors: float | None | UnsetType = field(name="numberOfFloors", default=UNSET)

    elevator: Elevator | None | UnsetType = UNSET

    room_description: str | None | UnsetType = field(name="roomDescription", default=UNSET)

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)


class PremisesExpenses(Model, kw_only=True):
    yearly_fee_per_square_meter: float | None | UnsetType = field(name="yearlyFeePerSquareMeter", default=UNSET)


class PremisesMarketing(Model, kw_only=True):
    swap_demanded: bool | None | UnsetType = field(name="swapDemanded", default=UNSET)

    retail: bool | None | UnsetType = UNSET

    office: bool | None | UnsetType = UNSET

    industrial: bool | None | UnsetType = UNSET

    workshop: bool | None | UnsetType = UNSET

    office_hotel: bool | None | UnsetType = field(name="officeHotel", default=UNSET)

    storage: bool | None | UnsetType = UNSET


class PremisesSurfaceType(OpenEnum):
    Retail = "Retail"
    Industrial = "Industrial"
    Office = "Office"
    Storage = "Storage"
    Workshop = "Workshop"
    Other = "Other"
    NotSet = "NotSet"


class PremisesType(OpenEnum):
    Premises = "Premises"
    Retail = "Retail"
    Office = "Office"
    Industrial = "Industrial"
    Workshop = "Workshop"
    OfficeHotel = "OfficeHotel"
    Storage = "Storage"


class Price(Model, kw_only=True):
    swedish_currency: float | None | UnsetType = field(name="swedishCurrency", default=UNSET)

    foreign_currency: housing_models.MoneyValue | None | UnsetType = field(name="foreignCurrency", default=UNSET)

    text: str | None | UnsetType = UNSET


class Profitable(OpenEnum):
    Unspecified = "Unspecified"
    Profit = "Profit"
    Loss = "Loss"


class ProjectEstateRelation(Model, kw_only=True):
    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)


class ProjectMarketing(Model, kw_only=True):
    pass


class ProjectStatus(OpenEnum):
    Future = "Future"
    Active = "Active"
    SoldOut = "SoldOut"


class Province(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    city: str | None | UnsetType = UNSET


class PublicAdvertisingEstateInList(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)


class PublicAdvertisingEstateList(Model, kw_only=True):
    houses: list[PublicAdvertisingEstateInList | None] | None | UnsetType = UNSET

    cottages: list[PublicAdvertisingEstateInList | None] | None | UnsetType = UNSET

    housing_cooperatives: list[PublicAdvertisingEstateInList | None] | None | UnsetType = field(
        name="housingCooperatives", default=UNSET
    )

    plots: list[PublicAdvertisingEstateInList | None] | None | UnsetType = UNSET

    farms: list[PublicAdvertisingEstateInList | None] | None | UnsetType = UNSET

    commercial_properties: list[PublicAdvertisingEstateInList | None] | None | UnsetType = field(
        name="commercialProperties", default=UNSET
    )

    condominiums: list[PublicAdvertisingEstateInList | None] | None | UnsetType = UNSET

    foreign_properties: list[PublicAdvertisingEstateInList | None] | None | UnsetType = field(
        name="foreignProperties", default=UNSET
    )

    premises: list[PublicAdvertisingEstateInList | None] | None | UnsetType = UNSET

    projects: list[PublicAdvertisingEstateInList | None] | None | UnsetType = UNSET


class PublicAdvertisingEstateStatusInfoType(OpenEnum):
    Warning = "Warning"
    Validation = "Validation"
    Information = "Information"


class Status(OpenEnum):
    SoonForSale = "SoonForSale"
    Future = "Future"
    ForSale = "ForSale"
    ForRental = "ForRental"
    Reserved = "Reserved"
    Sold = "Sold"


class SurfaceSize(Model, kw_only=True):
    value: float | None | UnsetType = UNSET

    unit: str | None | UnsetType = UNSET


class Surroundings(Model, kw_only=True):
    service: str | None | UnsetType = UNSET

    communication: str | None | UnsetType = UNSET

    general_about_area: str | None | UnsetType = field(name="generalAboutArea", default=UNSET)

    parking: str | None | UnsetType = UNSET

    other: str | None | UnsetType = UNSET


class Taxation(Model, kw_only=True):
    building_value: float | None | UnsetType = field(name="buildingValue", default=UNSET)

    code: str | None | UnsetType = UNSET

    total_value: float | None | UnsetType = field(name="totalValue", default=UNSET)

    year: Int32 | None | UnsetType = UNSET


class TelephoneNumbers(Model, kw_only=True):
    work: str | None | UnsetType = UNSET

    cell: str | None | UnsetType = UNSET

    public: str | None | UnsetType = UNSET


class Tenure(OpenEnum):
    Owned = "Owned"
    Leasehold = "Leasehold"
    SiteLeasehold = "SiteLeasehold"


class Texts(Model, kw_only=True):
    short_sale_description: str | None | UnsetType = field(name="shortSaleDescription", default=UNSET)

    sale_description: str | None | UnsetType = field(name="saleDescription", default=UNSET)

    sale_phrase: str | None | UnsetType = field(name="salePhrase", default=UNSET)

    sale_heading: str | None | UnsetType = field(name="saleHeading", default=UNSET)


class Type(OpenEnum):
    Industrial = "Industrial"
    Office = "Office"
    Plot = "Plot"
    Residental = "Residental"
    Business = "Business"
    CommercialProperty = "CommercialProperty"
    Premises = "Premises"
    Retail = "Retail"
    Warehouse = "Warehouse"


class Urls(Model, kw_only=True):
    description: str | None | UnsetType = UNSET

    image_list: str | None | UnsetType = field(name="imageList", default=UNSET)


class Viewing(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    starts_at: LazyTimestamp | None | UnsetType = field(name="startsAt", default=UNSET)

    ends_at: LazyTimestamp | None | UnsetType = field(name="endsAt", default=UNSET)

    comment: str | None | UnsetType = UNSET


class Wgs84Coordinate(Model, kw_only=True):
    longitude: float | None | UnsetType = UNSET

    latitude: float | None | UnsetType = UNSET


class Address(Model, kw_only=True):
    street_address: str | None | UnsetType = field(name="streetAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET

    area_name: str | None | UnsetType = field(name="areaName", default=UNSET)

    country_code: str | None | UnsetType = field(name="countryCode", default=UNSET)

    county_municipality_parish_code: str | None | UnsetType = field(name="countyMunicipalityParishCode", default=UNSET)

    wgs84_coordinate: Wgs84Coordinate | None | UnsetType = field(name="wgs84Coordinate", default=UNSET)

    directions: str | None | UnsetType = UNSET


class AppartmentBuilding(Model, kw_only=True):
    floor: float | None | UnsetType = UNSET

    number_of_floors: float | None | UnsetType = field(name="numberOfFloors", default=UNSET)

    elevator: Elevator | None | UnsetType = UNSET

    number_of_rooms: float | None | UnsetType = field(name="numberOfRooms", default=UNSET)

    room_description: str | None | UnsetType = field(name="roomDescription", default=UNSET)

    year_built: Int32 | None | UnsetType = field(name="yearBuilt", default=UNSET)

    gross_floor_area: float | None | UnsetType = field(name="grossFloorArea", default=UNSET)

    living_space: float | None | UnsetType = field(name="livingSpace", default=UNSET)


class CommercialPropertyBuilding(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    year_built: Int32 | None | UnsetType = field(name="yearBuilt", default=UNSET)

    number_of_floors: float | None | UnsetType = field(name="numberOfFloors", default=UNSET)

    elevator: Elevator | None | UnsetType = UNSET


class CommercialPropertyBusiness(Model, kw_only=True):
    line_of_business: LineOfBusiness | None | UnsetType = field(name="lineOfBusiness", default=UNSET)

    revenue: housing_models.MoneyValue | None | UnsetType = UNSET

    profitable: Profitable | None | UnsetType = UNSET

    activity: str | None | UnsetType = UNSET

    number_of_employees: Int32 | None | UnsetType = field(name="numberOfEmployees", default=UNSET)

    equipment: str | None | UnsetType = UNSET

    established_year: Int32 | None | UnsetType = field(name="establishedYear", default=UNSET)


class CommercialPropertySurfaces(Model, kw_only=True):
    living_space: SurfaceSize | None | UnsetType = field(name="livingSpace", default=UNSET)

    office: SurfaceSize | None | UnsetType = UNSET

    workshop: SurfaceSize | None | UnsetType = UNSET

    retail: SurfaceSize | None | UnsetType = UNSET

    storage: SurfaceSize | None | UnsetType = UNSET

    plot: SurfaceSize | None | UnsetType = UNSET

    other: SurfaceSize | None | UnsetType = UNSET

    total: SurfaceSize | None | UnsetType = UNSET


class Condominium(Model, kw_only=True):
    property_designation: str | None | UnsetType = field(name="propertyDesignation", default=UNSET)

    taxation: Taxation | None | UnsetType = UNSET

    marketing: CondominiumMarketing | None | UnsetType = UNSET

    expenses: CondominiumExpenses | None | UnsetType = UNSET

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    price: Price | None | UnsetType = UNSET

    building: AppartmentBuilding | None | UnsetType = UNSET

    energy_declaration: EnergyDeclaration | None | UnsetType = field(name="energyDeclaration", default=UNSET)

    exterior: AppartmentExterior | None | UnsetType = UNSET

    appartment_number_in_register: str | None | UnsetType = field(name="appartmentNumberInRegister", default=UNSET)

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class Cottage(Model, kw_only=True):
    marketing: CottageMarketing | None | UnsetType = UNSET

    property_designation: str | None | UnsetType = field(name="propertyDesignation", default=UNSET)

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    type: CottageType | None | UnsetType = UNSET

    tenure: Tenure | None | UnsetType = UNSET

    building: Building | None | UnsetType = UNSET

    taxation: Taxation | None | UnsetType = UNSET

    expenses: HousingExpenses | None | UnsetType = UNSET

    plot_info: PlotInfo | None | UnsetType = field(name="plotInfo", default=UNSET)

    price: Price | None | UnsetType = UNSET

    energy_declaration: EnergyDeclaration | None | UnsetType = field(name="energyDeclaration", default=UNSET)

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class EstateAgent(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    email_address: str | None | UnsetType = field(name="emailAddress", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    telephone: TelephoneNumbers | None | UnsetType = UNSET

    office_affiliations: list[EstateAgentOfficeAffiliation | None] | None | UnsetType = field(
        name="officeAffiliations", default=UNSET
    )

    title: str | None | UnsetType = UNSET

    image: Image | None | UnsetType = UNSET


class FarmSurfaces(Model, kw_only=True):
    plot: SurfaceSize | None | UnsetType = UNSET

    forest: SurfaceSize | None | UnsetType = UNSET

    impediment: SurfaceSize | None | UnsetType = UNSET

    field_: SurfaceSize | None | UnsetType = field(name="field", default=UNSET)

    infield: SurfaceSize | None | UnsetType = UNSET

    pasture: SurfaceSize | None | UnsetType = UNSET

    water: SurfaceSize | None | UnsetType = UNSET

    other: SurfaceSize | None | UnsetType = UNSET


class ForeignProperty(Model, kw_only=True):
    appartment_number: str | None | UnsetType = field(name="appartmentNumber", default=UNSET)

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    reference_code: str | None | UnsetType = field(name="referenceCode", default=UNSET)

    building: ForeignPropertyBuilding | None | UnsetType = UNSET

    province: Province | None | UnsetType = UNSET

    price: Price | None | UnsetType = UNSET

    energy_declaration: EnergyDeclaration | None | UnsetType = field(name="energyDeclaration", default=UNSET)

    marketing: ForeignPropertyMarketing | None | UnsetType = UNSET

    expenses: ForeignPropertyExpenses | None | UnsetType = UNSET

    plot_info: PlotInfo | None | UnsetType = field(name="plotInfo", default=UNSET)

    type: ForeignPropertyType | None | UnsetType = UNSET

    foreign_languages: list[ForeignLanguage | None] | None | UnsetType = field(name="foreignLanguages", default=UNSET)

    exterior: ForeignExterior | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class House(Model, kw_only=True):
    marketing: HouseMarketing | None | UnsetType = UNSET

    property_designation: str | None | UnsetType = field(name="propertyDesignation", default=UNSET)

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    type: CottageType | None | UnsetType = UNSET

    tenure: Tenure | None | UnsetType = UNSET

    building: Building | None | UnsetType = UNSET

    taxation: Taxation | None | UnsetType = UNSET

    expenses: HousingExpenses | None | UnsetType = UNSET

    plot_info: PlotInfo | None | UnsetType = field(name="plotInfo", default=UNSET)

    price: Price | None | UnsetType = UNSET

    energy_declaration: EnergyDeclaration | None | UnsetType = field(name="energyDeclaration", default=UNSET)

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class HousingCooperative(Model, kw_only=True):
    appartment_number: str | None | UnsetType = field(name="appartmentNumber", default=UNSET)

    association_id: str | None | UnsetType = field(name="associationId", default=UNSET)

    marketing: HousingCooperativeMarketing | None | UnsetType = UNSET

    expenses: HousingCooperativeExpenses | None | UnsetType = UNSET

    type: HousingCooperativeType | None | UnsetType = UNSET

    tenure: HousingCooperativeTenure | None | UnsetType = UNSET

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    price: Price | None | UnsetType = UNSET

    building: AppartmentBuilding | None | UnsetType = UNSET

    energy_declaration: EnergyDeclaration | None | UnsetType = field(name="energyDeclaration", default=UNSET)

    exterior: AppartmentExterior | None | UnsetType = UNSET

    appartment_number_in_register: str | None | UnsetType = field(name="appartmentNumberInRegister", default=UNSET)

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class InvoiceRecipient(Model, kw_only=True):
    type: InvoiceRecipientType | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    email: str | None | UnsetType = UNSET

    identification_number: str | None | UnsetType = field(name="identificationNumber", default=UNSET)

    postal_address: str | None | UnsetType = field(name="postalAddress", default=UNSET)

    zip_code: str | None | UnsetType = field(name="zipCode", default=UNSET)

    city: str | None | UnsetType = UNSET


class Plot(Model, kw_only=True):
    property_designation: str | None | UnsetType = field(name="propertyDesignation", default=UNSET)

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    marketing: Marketing | None | UnsetType = UNSET

    expenses: PlotExpenses | None | UnsetType = UNSET

    taxation: Taxation | None | UnsetType = UNSET

    plot_info: PlotInfo | None | UnsetType = field(name="plotInfo", default=UNSET)

    price: Price | None | UnsetType = UNSET

    tenure: Tenure | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class PremisesSurface(Model, kw_only=True):
    name: str | None | UnsetType = UNSET

    type: PremisesSurfaceType | None | UnsetType = UNSET

    size: SurfaceSize | None | UnsetType = UNSET

    yearly_fee: float | None | UnsetType = field(name="yearlyFee", default=UNSET)


class PremisesSurfaces(Model, kw_only=True):
    industrial: SurfaceSize | None | UnsetType = UNSET

    office: SurfaceSize | None | UnsetType = UNSET

    other: SurfaceSize | None | UnsetType = UNSET

    retail: SurfaceSize | None | UnsetType = UNSET

    storage: SurfaceSize | None | UnsetType = UNSET

    total: SurfaceSize | None | UnsetType = UNSET

    workshop: SurfaceSize | None | UnsetType = UNSET


class Project(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    status: ProjectStatus | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET

    marketing: ProjectMarketing | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    sellstart_date: LazyTimestamp | None | UnsetType = field(name="sellstartDate", default=UNSET)

    possible_admission_date: str | None | UnsetType = field(name="possibleAdmissionDate", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    houses: list[ProjectEstateRelation | None] | None | UnsetType = UNSET

    plots: list[ProjectEstateRelation | None] | None | UnsetType = UNSET

    housing_cooperatives: list[ProjectEstateRelation | None] | None | UnsetType = field(
        name="housingCooperatives", default=UNSET
    )

    condominiums: list[ProjectEstateRelation | None] | None | UnsetType = UNSET

    premises: list[ProjectEstateRelation | None] | None | UnsetType = UNSET

    foreign_properties: list[ProjectEstateRelation | None] | None | UnsetType = field(
        name="foreignProperties", default=UNSET
    )

    cottages: list[ProjectEstateRelation | None] | None | UnsetType = UNSET


class PublicAdvertisingEstateStatusInfo(Model, kw_only=True):
    message: str | None | UnsetType = UNSET

    type: PublicAdvertisingEstateStatusInfoType | None | UnsetType = UNSET


class PublicAdvertisingInterestApplication(Model, kw_only=True):
    first_name: str = field(name="firstName")

    last_name: str = field(name="lastName")

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)

    address: interest_application.ContactAddress | None | UnsetType = UNSET

    telephone: housing_models.PersonTelephoneNumbers | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    gdpr_approval_date: LazyTimestamp | None | UnsetType = field(name="gdprApprovalDate", default=UNSET)

    present_accommodation: interest_application.ContactPresentAccommodation | None | UnsetType = field(
        name="presentAccommodation", default=UNSET
    )

    contact_message: str | None | UnsetType = field(name="contactMessage", default=UNSET)


class CommercialProperty(Model, kw_only=True):
    property_designation: str | None | UnsetType = field(name="propertyDesignation", default=UNSET)

    marketing: CommercialPropertyMarketing | None | UnsetType = UNSET

    price: Price | None | UnsetType = UNSET

    buildings: list[CommercialPropertyBuilding | None] | None | UnsetType = UNSET

    surfaces: CommercialPropertySurfaces | None | UnsetType = UNSET

    business: CommercialPropertyBusiness | None | UnsetType = UNSET

    expenses: CommercialPropertyExpenses | None | UnsetType = UNSET

    type: Type | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class Farm(Model, kw_only=True):
    property_designation: str | None | UnsetType = field(name="propertyDesignation", default=UNSET)

    marketing: FarmMarketing | None | UnsetType = UNSET

    taxation: Taxation | None | UnsetType = UNSET

    building: Building | None | UnsetType = UNSET

    expenses: FarmExpenses | None | UnsetType = UNSET

    surfaces: FarmSurfaces | None | UnsetType = UNSET

    price: Price | None | UnsetType = UNSET

    energy_declaration: EnergyDeclaration | None | UnsetType = field(name="energyDeclaration", default=UNSET)

    type: FarmType | None | UnsetType = UNSET

    tenure: Tenure | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class Premises(Model, kw_only=True):
    number: str | None | UnsetType = UNSET

    property_designation: str | None | UnsetType = field(name="propertyDesignation", default=UNSET)

    project_id: str | None | UnsetType = field(name="projectId", default=UNSET)

    marketing: PremisesMarketing | None | UnsetType = UNSET

    building: PremisesBuilding | None | UnsetType = UNSET

    energy_declaration: EnergyDeclaration | None | UnsetType = field(name="energyDeclaration", default=UNSET)

    expenses: PremisesExpenses | None | UnsetType = UNSET

    price: Price | None | UnsetType = UNSET

    surfaces: PremisesSurfaces | None | UnsetType = UNSET

    surface_list: list[PremisesSurface | None] | None | UnsetType = field(name="surfaceList", default=UNSET)

    type: PremisesType | None | UnsetType = UNSET

    id: str | None | UnsetType = UNSET

    status: Status | None | UnsetType = UNSET

    office_affiliation: OfficeAffiliation | None | UnsetType = field(name="officeAffiliation", default=UNSET)

    custom_attributes: dict[str, str | None] | None | UnsetType = field(name="customAttributes", default=UNSET)

    primary_agent_id: str | None | UnsetType = field(name="primaryAgentId", default=UNSET)

    secondary_agent_id: str | None | UnsetType = field(name="secondaryAgentId", default=UNSET)

    address: Address | None | UnsetType = UNSET

    texts: Texts | None | UnsetType = UNSET

    surroundings: Surroundings | None | UnsetType = UNSET

    accepting_bids: bool | None | UnsetType = field(name="acceptingBids", default=UNSET)

    changed_at: LazyTimestamp | None | UnsetType = field(name="changedAt", default=UNSET)

    admission_at: LazyTimestamp | None | UnsetType = field(name="admissionAt", default=UNSET)

    urls: Urls | None | UnsetType = UNSET

    files: list[public_advertisement_media.File | None] | None | UnsetType = UNSET

    viewings: list[Viewing | None] | None | UnsetType = UNSET

    images: list[Image | None] | None | UnsetType = UNSET


class PublicAdvertisingEstateStatus(Model, kw_only=True):
    advertisement_id: str | None | UnsetType = field(name="advertisementId", default=UNSET)

    advertisement_url: str | None | UnsetType = field(name="advertisementUrl", default=UNSET)

    status_information: list[PublicAdvertisingEstateStatusInfo | None] | None | UnsetType = field(
        name="statusInformation", default=UNSET
    )
