"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfKeyValueOfstringstring
from .connect_api import ArrayOfCdnImageReference
from .housing_models import (
    Email,
    MoneyValue,
    PersonTelephoneNumbers,
    RangeOfdouble,
)
from .interest_application import (
    ContactAddress,
    ContactPresentAccommodation,
)
from .public_advertisement_media import ArrayOfFile

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"


@dataclass(kw_only=True)
class AppartmentExterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    balcony: None | bool = field(
        default=None,
        metadata={
            "name": "Balcony",
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
    pool: None | bool = field(
        default=None,
        metadata={
            "name": "Pool",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Association:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
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
class Building:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    gross_floor_area: None | float = field(
        default=None,
        metadata={
            "name": "GrossFloorArea",
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
    room_description: None | str = field(
        default=None,
        metadata={
            "name": "RoomDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    year_built: None | int = field(
        default=None,
        metadata={
            "name": "YearBuilt",
            "type": "Element",
            "nillable": True,
        },
    )


class Category(OpenEnum):
    LAYOUT = "Layout"
    INTERIOR = "Interior"
    EXTERIOR = "Exterior"
    MAP = "Map"
    OTHER = "Other"


@dataclass(kw_only=True)
class CommercialPropertyExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    business: None | bool = field(
        default=None,
        metadata={
            "name": "Business",
            "type": "Element",
            "nillable": True,
        },
    )
    industrial: None | bool = field(
        default=None,
        metadata={
            "name": "Industrial",
            "type": "Element",
            "nillable": True,
        },
    )
    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | bool = field(
        default=None,
        metadata={
            "name": "Office",
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
    premises: None | bool = field(
        default=None,
        metadata={
            "name": "Premises",
            "type": "Element",
            "nillable": True,
        },
    )
    residental: None | bool = field(
        default=None,
        metadata={
            "name": "Residental",
            "type": "Element",
            "nillable": True,
        },
    )
    retail: None | bool = field(
        default=None,
        metadata={
            "name": "Retail",
            "type": "Element",
            "nillable": True,
        },
    )
    warehouse: None | bool = field(
        default=None,
        metadata={
            "name": "Warehouse",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )
    yearly_community_fee: None | float = field(
        default=None,
        metadata={
            "name": "YearlyCommunityFee",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CondominiumMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    swap_demanded: None | bool = field(
        default=None,
        metadata={
            "name": "SwapDemanded",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CottageMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    all_year: None | bool = field(
        default=None,
        metadata={
            "name": "AllYear",
            "type": "Element",
            "nillable": True,
        },
    )
    is_farm: None | bool = field(
        default=None,
        metadata={
            "name": "IsFarm",
            "type": "Element",
            "nillable": True,
        },
    )
    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_housing_cooperative: None | bool = field(
        default=None,
        metadata={
            "name": "IsHousingCooperative",
            "type": "Element",
            "nillable": True,
        },
    )
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    is_other_type: None | bool = field(
        default=None,
        metadata={
            "name": "IsOtherType",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    swap_demanded: None | bool = field(
        default=None,
        metadata={
            "name": "SwapDemanded",
            "type": "Element",
            "nillable": True,
        },
    )


class CottageType(OpenEnum):
    DUPLEX_HOUSE = "DuplexHouse"
    TERRACE_HOUSE = "TerraceHouse"
    DETACHED_HOUSE = "DetachedHouse"
    LINKED_HOUSE = "LinkedHouse"
    COTTAGE = "Cottage"
    FARM = "Farm"
    PARCELED_FARM = "ParceledFarm"
    OTHER = "Other"
    HOUSE = "House"
    PLOT = "Plot"


class Elevator(OpenEnum):
    EXISTS = "Exists"
    NONE = "None"
    NOT_SET = "NotSet"


@dataclass(kw_only=True)
class EnergyDeclaration:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    energy_class: None | str = field(
        default=None,
        metadata={
            "name": "EnergyClass",
            "type": "Element",
            "nillable": True,
        },
    )
    energy_performance: None | float = field(
        default=None,
        metadata={
            "name": "EnergyPerformance",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateAgentOfficeAffiliation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
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
    work_phone: None | str = field(
        default=None,
        metadata={
            "name": "WorkPhone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FarmExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_leasehold: None | bool = field(
        default=None,
        metadata={
            "name": "IsLeasehold",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_rent: None | float = field(
        default=None,
        metadata={
            "name": "PlotRent",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FarmMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_agriculture: None | bool = field(
        default=None,
        metadata={
            "name": "IsAgriculture",
            "type": "Element",
            "nillable": True,
        },
    )
    is_forest_farm: None | bool = field(
        default=None,
        metadata={
            "name": "IsForestFarm",
            "type": "Element",
            "nillable": True,
        },
    )
    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_horse_farm: None | bool = field(
        default=None,
        metadata={
            "name": "IsHorseFarm",
            "type": "Element",
            "nillable": True,
        },
    )
    is_house_farm: None | bool = field(
        default=None,
        metadata={
            "name": "IsHouseFarm",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    parceled_farm: None | bool = field(
        default=None,
        metadata={
            "name": "ParceledFarm",
            "type": "Element",
            "nillable": True,
        },
    )


class FarmType(OpenEnum):
    HORSES = "Horses"
    AGRICULTURE = "Agriculture"
    FOREST = "Forest"
    FARM = "Farm"
    HOUSE = "House"


@dataclass(kw_only=True)
class ForeignExterior:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    balcony: None | bool = field(
        default=None,
        metadata={
            "name": "Balcony",
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
    pool: None | bool = field(
        default=None,
        metadata={
            "name": "Pool",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignLanguage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    language_code: None | str = field(
        default=None,
        metadata={
            "name": "LanguageCode",
            "type": "Element",
            "nillable": True,
        },
    )
    sale_description: None | str = field(
        default=None,
        metadata={
            "name": "SaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    sale_heading: None | str = field(
        default=None,
        metadata={
            "name": "SaleHeading",
            "type": "Element",
            "nillable": True,
        },
    )
    sale_phrase: None | str = field(
        default=None,
        metadata={
            "name": "SalePhrase",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignPropertyMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_appartment: None | bool = field(
        default=None,
        metadata={
            "name": "IsAppartment",
            "type": "Element",
            "nillable": True,
        },
    )
    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    is_other_type: None | bool = field(
        default=None,
        metadata={
            "name": "IsOtherType",
            "type": "Element",
            "nillable": True,
        },
    )
    is_plot: None | bool = field(
        default=None,
        metadata={
            "name": "IsPlot",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_terrace_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsTerraceHouse",
            "type": "Element",
            "nillable": True,
        },
    )


class ForeignPropertyType(OpenEnum):
    OTHER = "Other"
    HOUSE = "House"
    PLOT = "Plot"
    CONDOMINIUM = "Condominium"
    TERRACE_HOUSE = "TerraceHouse"


@dataclass(kw_only=True)
class HouseMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_condominium: None | bool = field(
        default=None,
        metadata={
            "name": "IsCondominium",
            "type": "Element",
            "nillable": True,
        },
    )
    is_cottage: None | bool = field(
        default=None,
        metadata={
            "name": "IsCottage",
            "type": "Element",
            "nillable": True,
        },
    )
    is_detached_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsDetachedHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    is_duplex_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsDuplexHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    is_farm: None | bool = field(
        default=None,
        metadata={
            "name": "IsFarm",
            "type": "Element",
            "nillable": True,
        },
    )
    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_linked_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsLinkedHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    is_other_type: None | bool = field(
        default=None,
        metadata={
            "name": "IsOtherType",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_terrace_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsTerraceHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    swap_demanded: None | bool = field(
        default=None,
        metadata={
            "name": "SwapDemanded",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HousingCooperativeExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    monthly_fee: None | float = field(
        default=None,
        metadata={
            "name": "MonthlyFee",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class HousingCooperativeMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_cottage: None | bool = field(
        default=None,
        metadata={
            "name": "IsCottage",
            "type": "Element",
            "nillable": True,
        },
    )
    is_duplex_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsDuplexHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    is_linked_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsLinkedHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    is_new_home: None | bool = field(
        default=None,
        metadata={
            "name": "IsNewHome",
            "type": "Element",
            "nillable": True,
        },
    )
    is_other_type: None | bool = field(
        default=None,
        metadata={
            "name": "IsOtherType",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_terrace_house: None | bool = field(
        default=None,
        metadata={
            "name": "IsTerraceHouse",
            "type": "Element",
            "nillable": True,
        },
    )
    share: None | bool = field(
        default=None,
        metadata={
            "name": "Share",
            "type": "Element",
            "nillable": True,
        },
    )
    share_in_housing_society: None | bool = field(
        default=None,
        metadata={
            "name": "ShareInHousingSociety",
            "type": "Element",
            "nillable": True,
        },
    )
    swap_demanded: None | bool = field(
        default=None,
        metadata={
            "name": "SwapDemanded",
            "type": "Element",
            "nillable": True,
        },
    )


class HousingCooperativeTenure(OpenEnum):
    SHARE = "Share"
    SHARE_IN_ASSOCIATION = "ShareInAssociation"
    TENANT_OWNERSHIP = "TenantOwnership"


class HousingCooperativeType(OpenEnum):
    DUPLEX_HOUSE = "DuplexHouse"
    TERRACE_HOUSE = "TerraceHouse"
    HOUSE = "House"
    LINKED_HOUSE = "LinkedHouse"
    COTTAGE = "Cottage"
    OTHER = "Other"
    APARTMENT = "Apartment"


@dataclass(kw_only=True)
class HousingExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_leasehold: None | bool = field(
        default=None,
        metadata={
            "name": "IsLeasehold",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_rent: None | float = field(
        default=None,
        metadata={
            "name": "PlotRent",
            "type": "Element",
            "nillable": True,
        },
    )


class InvoiceRecipientType(OpenEnum):
    PERSON = "Person"
    COMPANY = "Company"
    DECEASED_ESTATE = "DeceasedEstate"


class LineOfBusiness(OpenEnum):
    SHOP = "Shop"
    CONSTRUCTION = "Construction"
    COMMERCE = "Commerce"
    HOTEL = "Hotel"
    RESTAURANT = "Restaurant"
    MANUFACTURING = "Manufacturing"
    SERVICE = "Service"
    TRANSPORTATION = "Transportation"
    HEALTH_CARE = "HealthCare"
    OTHER = "Other"


@dataclass(kw_only=True)
class LogotypeImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    data_changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DataChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    extension: None | str = field(
        default=None,
        metadata={
            "name": "Extension",
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
class Marketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_future_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsFutureSale",
            "type": "Element",
            "nillable": True,
        },
    )
    is_soon_for_sale: None | bool = field(
        default=None,
        metadata={
            "name": "IsSoonForSale",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class OfficeAffiliation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
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


@dataclass(kw_only=True)
class PlotExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    is_leasehold: None | bool = field(
        default=None,
        metadata={
            "name": "IsLeasehold",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_cost: None | float = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_rent: None | float = field(
        default=None,
        metadata={
            "name": "PlotRent",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PlotInfo:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    plot_size: None | float = field(
        default=None,
        metadata={
            "name": "PlotSize",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    yearly_fee_per_square_meter: None | float = field(
        default=None,
        metadata={
            "name": "YearlyFeePerSquareMeter",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    industrial: None | bool = field(
        default=None,
        metadata={
            "name": "Industrial",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | bool = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    office_hotel: None | bool = field(
        default=None,
        metadata={
            "name": "OfficeHotel",
            "type": "Element",
            "nillable": True,
        },
    )
    retail: None | bool = field(
        default=None,
        metadata={
            "name": "Retail",
            "type": "Element",
            "nillable": True,
        },
    )
    storage: None | bool = field(
        default=None,
        metadata={
            "name": "Storage",
            "type": "Element",
            "nillable": True,
        },
    )
    swap_demanded: None | bool = field(
        default=None,
        metadata={
            "name": "SwapDemanded",
            "type": "Element",
            "nillable": True,
        },
    )
    workshop: None | bool = field(
        default=None,
        metadata={
            "name": "Workshop",
            "type": "Element",
            "nillable": True,
        },
    )


class PremisesSurfaceType(OpenEnum):
    RETAIL = "Retail"
    INDUSTRIAL = "Industrial"
    OFFICE = "Office"
    STORAGE = "Storage"
    WORKSHOP = "Workshop"
    OTHER = "Other"
    NOT_SET = "NotSet"


class PremisesType(OpenEnum):
    PREMISES = "Premises"
    RETAIL = "Retail"
    OFFICE = "Office"
    INDUSTRIAL = "Industrial"
    WORKSHOP = "Workshop"
    OFFICE_HOTEL = "OfficeHotel"
    STORAGE = "Storage"


class Profitable(OpenEnum):
    UNSPECIFIED = "Unspecified"
    PROFIT = "Profit"
    LOSS = "Loss"


@dataclass(kw_only=True)
class ProjectEstateRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ProjectMarketing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"


class ProjectStatus(OpenEnum):
    FUTURE = "Future"
    ACTIVE = "Active"
    SOLD_OUT = "SoldOut"


@dataclass(kw_only=True)
class Province:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
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
class PublicAdvertisingEstateInList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
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


class PublicAdvertisingEstateStatusInfoType(OpenEnum):
    WARNING = "Warning"
    VALIDATION = "Validation"
    INFORMATION = "Information"


class Status(OpenEnum):
    SOON_FOR_SALE = "SoonForSale"
    FUTURE = "Future"
    FOR_SALE = "ForSale"
    FOR_RENTAL = "ForRental"
    RESERVED = "Reserved"
    SOLD = "Sold"


@dataclass(kw_only=True)
class SurfaceSize:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    unit: None | str = field(
        default=None,
        metadata={
            "name": "Unit",
            "type": "Element",
            "nillable": True,
        },
    )
    value: None | float = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Surroundings:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

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
    service: None | str = field(
        default=None,
        metadata={
            "name": "Service",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Taxation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    building_value: None | float = field(
        default=None,
        metadata={
            "name": "BuildingValue",
            "type": "Element",
            "nillable": True,
        },
    )
    code: None | str = field(
        default=None,
        metadata={
            "name": "Code",
            "type": "Element",
            "nillable": True,
        },
    )
    total_value: None | float = field(
        default=None,
        metadata={
            "name": "TotalValue",
            "type": "Element",
            "nillable": True,
        },
    )
    year: None | int = field(
        default=None,
        metadata={
            "name": "Year",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TelephoneNumbers:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    cell: None | str = field(
        default=None,
        metadata={
            "name": "Cell",
            "type": "Element",
            "nillable": True,
        },
    )
    public: None | str = field(
        default=None,
        metadata={
            "name": "Public",
            "type": "Element",
            "nillable": True,
        },
    )
    work: None | str = field(
        default=None,
        metadata={
            "name": "Work",
            "type": "Element",
            "nillable": True,
        },
    )


class Tenure(OpenEnum):
    OWNED = "Owned"
    LEASEHOLD = "Leasehold"
    SITE_LEASEHOLD = "SiteLeasehold"


@dataclass(kw_only=True)
class Texts:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    sale_description: None | str = field(
        default=None,
        metadata={
            "name": "SaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    sale_heading: None | str = field(
        default=None,
        metadata={
            "name": "SaleHeading",
            "type": "Element",
            "nillable": True,
        },
    )
    sale_phrase: None | str = field(
        default=None,
        metadata={
            "name": "SalePhrase",
            "type": "Element",
            "nillable": True,
        },
    )
    short_sale_description: None | str = field(
        default=None,
        metadata={
            "name": "ShortSaleDescription",
            "type": "Element",
            "nillable": True,
        },
    )


class Type(OpenEnum):
    INDUSTRIAL = "Industrial"
    OFFICE = "Office"
    PLOT = "Plot"
    RESIDENTAL = "Residental"
    BUSINESS = "Business"
    COMMERCIAL_PROPERTY = "CommercialProperty"
    PREMISES = "Premises"
    RETAIL = "Retail"
    WAREHOUSE = "Warehouse"


@dataclass(kw_only=True)
class Urls:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    image_list: None | str = field(
        default=None,
        metadata={
            "name": "ImageList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Viewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    comment: None | str = field(
        default=None,
        metadata={
            "name": "Comment",
            "type": "Element",
            "nillable": True,
        },
    )
    ends_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EndsAt",
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
    starts_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "StartsAt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Wgs84Coordinate:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    latitude: None | float = field(
        default=None,
        metadata={
            "name": "Latitude",
            "type": "Element",
            "nillable": True,
        },
    )
    longitude: None | float = field(
        default=None,
        metadata={
            "name": "Longitude",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Address:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    area_name: None | str = field(
        default=None,
        metadata={
            "name": "AreaName",
            "type": "Element",
            "nillable": True,
        },
    )
    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
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
    county_municipality_parish_code: None | str = field(
        default=None,
        metadata={
            "name": "CountyMunicipalityParishCode",
            "type": "Element",
            "nillable": True,
        },
    )
    directions: None | str = field(
        default=None,
        metadata={
            "name": "Directions",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    wgs84_coordinate: None | Wgs84Coordinate = field(
        default=None,
        metadata={
            "name": "Wgs84Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AppartmentBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    elevator: None | Elevator = field(
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
    gross_floor_area: None | float = field(
        default=None,
        metadata={
            "name": "GrossFloorArea",
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
    number_of_floors: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfFloors",
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
    room_description: None | str = field(
        default=None,
        metadata={
            "name": "RoomDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    year_built: None | int = field(
        default=None,
        metadata={
            "name": "YearBuilt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfAssociation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    association: list[Association] = field(
        default_factory=list,
        metadata={
            "name": "Association",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateAgentOfficeAffiliation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    estate_agent_office_affiliation: list[EstateAgentOfficeAffiliation] = field(
        default_factory=list,
        metadata={
            "name": "EstateAgentOfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfForeignLanguage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    foreign_language: list[ForeignLanguage] = field(
        default_factory=list,
        metadata={
            "name": "ForeignLanguage",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfProjectEstateRelation:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    project_estate_relation: list[ProjectEstateRelation] = field(
        default_factory=list,
        metadata={
            "name": "ProjectEstateRelation",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPublicAdvertisingEstateInList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    public_advertising_estate_in_list: list[PublicAdvertisingEstateInList] = field(
        default_factory=list,
        metadata={
            "name": "PublicAdvertisingEstateInList",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfViewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    viewing: list[Viewing] = field(
        default_factory=list,
        metadata={
            "name": "Viewing",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    elevator: None | Elevator = field(
        default=None,
        metadata={
            "name": "Elevator",
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
    number_of_floors: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfFloors",
            "type": "Element",
            "nillable": True,
        },
    )
    year_built: None | int = field(
        default=None,
        metadata={
            "name": "YearBuilt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertyBusiness:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    activity: None | str = field(
        default=None,
        metadata={
            "name": "Activity",
            "type": "Element",
            "nillable": True,
        },
    )
    equipment: None | str = field(
        default=None,
        metadata={
            "name": "Equipment",
            "type": "Element",
            "nillable": True,
        },
    )
    established_year: None | int = field(
        default=None,
        metadata={
            "name": "EstablishedYear",
            "type": "Element",
            "nillable": True,
        },
    )
    line_of_business: None | LineOfBusiness = field(
        default=None,
        metadata={
            "name": "LineOfBusiness",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_employees: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfEmployees",
            "type": "Element",
            "nillable": True,
        },
    )
    profitable: None | Profitable = field(
        default=None,
        metadata={
            "name": "Profitable",
            "type": "Element",
            "nillable": True,
        },
    )
    revenue: None | MoneyValue = field(
        default=None,
        metadata={
            "name": "Revenue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialPropertySurfaces:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    living_space: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    retail: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Retail",
            "type": "Element",
            "nillable": True,
        },
    )
    storage: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Storage",
            "type": "Element",
            "nillable": True,
        },
    )
    total: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Total",
            "type": "Element",
            "nillable": True,
        },
    )
    workshop: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Workshop",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateSoldReference:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    contract_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ContractDate",
            "type": "Element",
            "nillable": True,
        },
    )
    final_price: None | MoneyValue = field(
        default=None,
        metadata={
            "name": "FinalPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    parts_approve_final_price_visible: None | bool = field(
        default=None,
        metadata={
            "name": "PartsApproveFinalPriceVisible",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FarmSurfaces:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    field_value: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Field",
            "type": "Element",
            "nillable": True,
        },
    )
    forest: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Forest",
            "type": "Element",
            "nillable": True,
        },
    )
    impediment: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Impediment",
            "type": "Element",
            "nillable": True,
        },
    )
    infield: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Infield",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    pasture: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Pasture",
            "type": "Element",
            "nillable": True,
        },
    )
    plot: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Plot",
            "type": "Element",
            "nillable": True,
        },
    )
    water: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Water",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignPropertyBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    constructed_area: None | float = field(
        default=None,
        metadata={
            "name": "ConstructedArea",
            "type": "Element",
            "nillable": True,
        },
    )
    elevator: None | Elevator = field(
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
    living_space: None | float = field(
        default=None,
        metadata={
            "name": "LivingSpace",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bath_rooms: None | int = field(
        default=None,
        metadata={
            "name": "NumberOfBathRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bed_rooms: None | RangeOfdouble = field(
        default=None,
        metadata={
            "name": "NumberOfBedRooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_floors: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfFloors",
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
    room_description: None | str = field(
        default=None,
        metadata={
            "name": "RoomDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    year_built: None | int = field(
        default=None,
        metadata={
            "name": "YearBuilt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignPropertyExpenses:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    monthly_fee: None | MoneyValue = field(
        default=None,
        metadata={
            "name": "MonthlyFee",
            "type": "Element",
            "nillable": True,
        },
    )
    operating_cost: None | MoneyValue = field(
        default=None,
        metadata={
            "name": "OperatingCost",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Image:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    category: None | Category = field(
        default=None,
        metadata={
            "name": "Category",
            "type": "Element",
            "nillable": True,
        },
    )
    cdn_references: None | ArrayOfCdnImageReference = field(
        default=None,
        metadata={
            "name": "CdnReferences",
            "type": "Element",
            "nillable": True,
        },
    )
    data_changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DataChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    extension: None | str = field(
        default=None,
        metadata={
            "name": "Extension",
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
    tags: None | str = field(
        default=None,
        metadata={
            "name": "Tags",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class InvoiceRecipient:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    email: None | str = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    identification_number: None | str = field(
        default=None,
        metadata={
            "name": "IdentificationNumber",
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
    postal_address: None | str = field(
        default=None,
        metadata={
            "name": "PostalAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | InvoiceRecipientType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Office:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    corporate_name: None | str = field(
        default=None,
        metadata={
            "name": "CorporateName",
            "type": "Element",
            "nillable": True,
        },
    )
    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
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
    email_address: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    homepage_url: None | str = field(
        default=None,
        metadata={
            "name": "HomepageUrl",
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
    logotype: None | LogotypeImage = field(
        default=None,
        metadata={
            "name": "Logotype",
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
    postal_address: None | str = field(
        default=None,
        metadata={
            "name": "PostalAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    street_address: None | str = field(
        default=None,
        metadata={
            "name": "StreetAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    telephone: None | str = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    elevator: None | Elevator = field(
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
    number_of_floors: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfFloors",
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
    room_description: None | str = field(
        default=None,
        metadata={
            "name": "RoomDescription",
            "type": "Element",
            "nillable": True,
        },
    )
    year_built: None | int = field(
        default=None,
        metadata={
            "name": "YearBuilt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesSurface:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )
    size: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Size",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | PremisesSurfaceType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    yearly_fee: None | float = field(
        default=None,
        metadata={
            "name": "YearlyFee",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PremisesSurfaces:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    industrial: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Industrial",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    retail: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Retail",
            "type": "Element",
            "nillable": True,
        },
    )
    storage: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Storage",
            "type": "Element",
            "nillable": True,
        },
    )
    total: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Total",
            "type": "Element",
            "nillable": True,
        },
    )
    workshop: None | SurfaceSize = field(
        default=None,
        metadata={
            "name": "Workshop",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Price:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    foreign_currency: None | MoneyValue = field(
        default=None,
        metadata={
            "name": "ForeignCurrency",
            "type": "Element",
            "nillable": True,
        },
    )
    swedish_currency: None | float = field(
        default=None,
        metadata={
            "name": "SwedishCurrency",
            "type": "Element",
            "nillable": True,
        },
    )
    text: None | str = field(
        default=None,
        metadata={
            "name": "Text",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PublicAdvertisingEstateStatusInfo:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    message: None | str = field(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | PublicAdvertisingEstateStatusInfoType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PublicAdvertisingInterestApplication:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    address: None | ContactAddress = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_message: None | str = field(
        default=None,
        metadata={
            "name": "ContactMessage",
            "type": "Element",
            "nillable": True,
        },
    )
    email: None | Email = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    first_name: str = field(
        metadata={
            "name": "FirstName",
            "type": "Element",
            "max_length": 30,
        }
    )
    gdpr_approval_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "GdprApprovalDate",
            "type": "Element",
            "nillable": True,
        },
    )
    last_name: str = field(
        metadata={
            "name": "LastName",
            "type": "Element",
            "max_length": 30,
        }
    )
    present_accommodation: None | ContactPresentAccommodation = field(
        default=None,
        metadata={
            "name": "PresentAccommodation",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "max_length": 15,
            "nillable": True,
        },
    )
    telephone: None | PersonTelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCommercialPropertyBuilding:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    commercial_property_building: list[CommercialPropertyBuilding] = field(
        default_factory=list,
        metadata={
            "name": "CommercialPropertyBuilding",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfImage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    image: list[Image] = field(
        default_factory=list,
        metadata={
            "name": "Image",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOffice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    office: list[Office] = field(
        default_factory=list,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPremisesSurface:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    premises_surface: list[PremisesSurface] = field(
        default_factory=list,
        metadata={
            "name": "PremisesSurface",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfPublicAdvertisingEstateStatusInfo:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    public_advertising_estate_status_info: list[PublicAdvertisingEstateStatusInfo] = field(
        default_factory=list,
        metadata={
            "name": "PublicAdvertisingEstateStatusInfo",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class EstateAgent:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    email_address: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress",
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
    image: None | Image = field(
        default=None,
        metadata={
            "name": "Image",
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
    office_affiliations: None | ArrayOfEstateAgentOfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliations",
            "type": "Element",
            "nillable": True,
        },
    )
    telephone: None | TelephoneNumbers = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )
    title: None | str = field(
        default=None,
        metadata={
            "name": "Title",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PublicAdvertisingEstateList:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    commercial_properties: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "CommercialProperties",
            "type": "Element",
            "nillable": True,
        },
    )
    condominiums: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "Condominiums",
            "type": "Element",
            "nillable": True,
        },
    )
    cottages: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "Cottages",
            "type": "Element",
            "nillable": True,
        },
    )
    farms: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "Farms",
            "type": "Element",
            "nillable": True,
        },
    )
    foreign_properties: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "ForeignProperties",
            "type": "Element",
            "nillable": True,
        },
    )
    houses: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "Houses",
            "type": "Element",
            "nillable": True,
        },
    )
    housing_cooperatives: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "HousingCooperatives",
            "type": "Element",
            "nillable": True,
        },
    )
    plots: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "Plots",
            "type": "Element",
            "nillable": True,
        },
    )
    premises: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "Premises",
            "type": "Element",
            "nillable": True,
        },
    )
    projects: None | ArrayOfPublicAdvertisingEstateInList = field(
        default=None,
        metadata={
            "name": "Projects",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfEstateAgent:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    estate_agent: list[EstateAgent] = field(
        default_factory=list,
        metadata={
            "name": "EstateAgent",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CommercialProperty:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    buildings: None | ArrayOfCommercialPropertyBuilding = field(
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
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
            "type": "Element",
            "nillable": True,
        },
    )
    expenses: None | CommercialPropertyExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | CommercialPropertyMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surfaces: None | CommercialPropertySurfaces = field(
        default=None,
        metadata={
            "name": "Surfaces",
            "type": "Element",
            "nillable": True,
        },
    )
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | Type = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class Condominium:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    appartment_number_in_register: None | str = field(
        default=None,
        metadata={
            "name": "AppartmentNumberInRegister",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | AppartmentBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
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
    expenses: None | CondominiumExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    exterior: None | AppartmentExterior = field(
        default=None,
        metadata={
            "name": "Exterior",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | CondominiumMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    taxation: None | Taxation = field(
        default=None,
        metadata={
            "name": "Taxation",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class Cottage:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | Building = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
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
    expenses: None | HousingExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | CottageMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_info: None | PlotInfo = field(
        default=None,
        metadata={
            "name": "PlotInfo",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    taxation: None | Taxation = field(
        default=None,
        metadata={
            "name": "Taxation",
            "type": "Element",
            "nillable": True,
        },
    )
    tenure: None | Tenure = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | CottageType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class Farm:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | Building = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
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
    expenses: None | FarmExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | FarmMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surfaces: None | FarmSurfaces = field(
        default=None,
        metadata={
            "name": "Surfaces",
            "type": "Element",
            "nillable": True,
        },
    )
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    taxation: None | Taxation = field(
        default=None,
        metadata={
            "name": "Taxation",
            "type": "Element",
            "nillable": True,
        },
    )
    tenure: None | Tenure = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | FarmType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class ForeignProperty:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    appartment_number: None | str = field(
        default=None,
        metadata={
            "name": "AppartmentNumber",
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
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
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
    expenses: None | ForeignPropertyExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    exterior: None | ForeignExterior = field(
        default=None,
        metadata={
            "name": "Exterior",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
            "type": "Element",
            "nillable": True,
        },
    )
    foreign_languages: None | ArrayOfForeignLanguage = field(
        default=None,
        metadata={
            "name": "ForeignLanguages",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | ForeignPropertyMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_info: None | PlotInfo = field(
        default=None,
        metadata={
            "name": "PlotInfo",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    province: None | Province = field(
        default=None,
        metadata={
            "name": "Province",
            "type": "Element",
            "nillable": True,
        },
    )
    reference_code: None | str = field(
        default=None,
        metadata={
            "name": "ReferenceCode",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | ForeignPropertyType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class House:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | Building = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
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
    expenses: None | HousingExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | HouseMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_info: None | PlotInfo = field(
        default=None,
        metadata={
            "name": "PlotInfo",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    taxation: None | Taxation = field(
        default=None,
        metadata={
            "name": "Taxation",
            "type": "Element",
            "nillable": True,
        },
    )
    tenure: None | Tenure = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | CottageType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class HousingCooperative:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    appartment_number: None | str = field(
        default=None,
        metadata={
            "name": "AppartmentNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    appartment_number_in_register: None | str = field(
        default=None,
        metadata={
            "name": "AppartmentNumberInRegister",
            "type": "Element",
            "nillable": True,
        },
    )
    association_id: None | str = field(
        default=None,
        metadata={
            "name": "AssociationId",
            "type": "Element",
            "nillable": True,
        },
    )
    building: None | AppartmentBuilding = field(
        default=None,
        metadata={
            "name": "Building",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
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
    expenses: None | HousingCooperativeExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    exterior: None | AppartmentExterior = field(
        default=None,
        metadata={
            "name": "Exterior",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | HousingCooperativeMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    tenure: None | HousingCooperativeTenure = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | HousingCooperativeType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class Plot:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
            "type": "Element",
            "nillable": True,
        },
    )
    expenses: None | PlotExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | Marketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    plot_info: None | PlotInfo = field(
        default=None,
        metadata={
            "name": "PlotInfo",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    taxation: None | Taxation = field(
        default=None,
        metadata={
            "name": "Taxation",
            "type": "Element",
            "nillable": True,
        },
    )
    tenure: None | Tenure = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class Premises:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    accepting_bids: None | bool = field(
        default=None,
        metadata={
            "name": "AcceptingBids",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    admission_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AdmissionAt",
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
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_attributes: None | ArrayOfKeyValueOfstringstring = field(
        default=None,
        metadata={
            "name": "CustomAttributes",
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
    expenses: None | PremisesExpenses = field(
        default=None,
        metadata={
            "name": "Expenses",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | PremisesMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
            "type": "Element",
            "nillable": True,
        },
    )
    number: None | str = field(
        default=None,
        metadata={
            "name": "Number",
            "type": "Element",
            "nillable": True,
        },
    )
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    project_id: None | str = field(
        default=None,
        metadata={
            "name": "ProjectId",
            "type": "Element",
            "nillable": True,
        },
    )
    property_designation: None | str = field(
        default=None,
        metadata={
            "name": "PropertyDesignation",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
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
    surface_list: None | ArrayOfPremisesSurface = field(
        default=None,
        metadata={
            "name": "SurfaceList",
            "type": "Element",
            "nillable": True,
        },
    )
    surfaces: None | PremisesSurfaces = field(
        default=None,
        metadata={
            "name": "Surfaces",
            "type": "Element",
            "nillable": True,
        },
    )
    surroundings: None | Surroundings = field(
        default=None,
        metadata={
            "name": "Surroundings",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | PremisesType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class Project:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    changed_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ChangedAt",
            "type": "Element",
            "nillable": True,
        },
    )
    condominiums: None | ArrayOfProjectEstateRelation = field(
        default=None,
        metadata={
            "name": "Condominiums",
            "type": "Element",
            "nillable": True,
        },
    )
    cottages: None | ArrayOfProjectEstateRelation = field(
        default=None,
        metadata={
            "name": "Cottages",
            "type": "Element",
            "nillable": True,
        },
    )
    files: None | ArrayOfFile = field(
        default=None,
        metadata={
            "name": "Files",
            "type": "Element",
            "nillable": True,
        },
    )
    foreign_properties: None | ArrayOfProjectEstateRelation = field(
        default=None,
        metadata={
            "name": "ForeignProperties",
            "type": "Element",
            "nillable": True,
        },
    )
    houses: None | ArrayOfProjectEstateRelation = field(
        default=None,
        metadata={
            "name": "Houses",
            "type": "Element",
            "nillable": True,
        },
    )
    housing_cooperatives: None | ArrayOfProjectEstateRelation = field(
        default=None,
        metadata={
            "name": "HousingCooperatives",
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
    images: None | ArrayOfImage = field(
        default=None,
        metadata={
            "name": "Images",
            "type": "Element",
            "nillable": True,
        },
    )
    marketing: None | ProjectMarketing = field(
        default=None,
        metadata={
            "name": "Marketing",
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
    office_affiliation: None | OfficeAffiliation = field(
        default=None,
        metadata={
            "name": "OfficeAffiliation",
            "type": "Element",
            "nillable": True,
        },
    )
    plots: None | ArrayOfProjectEstateRelation = field(
        default=None,
        metadata={
            "name": "Plots",
            "type": "Element",
            "nillable": True,
        },
    )
    possible_admission_date: None | str = field(
        default=None,
        metadata={
            "name": "PossibleAdmissionDate",
            "type": "Element",
            "nillable": True,
        },
    )
    premises: None | ArrayOfProjectEstateRelation = field(
        default=None,
        metadata={
            "name": "Premises",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    secondary_agent_id: None | str = field(
        default=None,
        metadata={
            "name": "SecondaryAgentId",
            "type": "Element",
            "nillable": True,
        },
    )
    sellstart_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SellstartDate",
            "type": "Element",
            "nillable": True,
        },
    )
    status: None | ProjectStatus = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "nillable": True,
        },
    )
    texts: None | Texts = field(
        default=None,
        metadata={
            "name": "Texts",
            "type": "Element",
            "nillable": True,
        },
    )
    urls: None | Urls = field(
        default=None,
        metadata={
            "name": "Urls",
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


@dataclass(kw_only=True)
class PublicAdvertisingEstateStatus:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement"

    advertisement_id: None | str = field(
        default=None,
        metadata={
            "name": "AdvertisementId",
            "type": "Element",
            "nillable": True,
        },
    )
    advertisement_url: None | str = field(
        default=None,
        metadata={
            "name": "AdvertisementUrl",
            "type": "Element",
            "nillable": True,
        },
    )
    status_information: None | ArrayOfPublicAdvertisingEstateStatusInfo = field(
        default=None,
        metadata={
            "name": "StatusInformation",
            "type": "Element",
            "nillable": True,
        },
    )
