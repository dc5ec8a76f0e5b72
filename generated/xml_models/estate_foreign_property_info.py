"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .housing_models import Coordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"


@dataclass(kw_only=True)
class Assess:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    assessment_directory: None | str = field(
        default=None,
        metadata={
            "name": "AssessmentDirectory",
            "type": "Element",
            "nillable": True,
        },
    )
    building_value: None | float = field(
        default=None,
        metadata={
            "name": "BuildingValue",
            "type": "Element",
            "nillable": True,
        },
    )
    land_value: None | float = field(
        default=None,
        metadata={
            "name": "LandValue",
            "type": "Element",
            "nillable": True,
        },
    )
    preliminary_assessed_value: None | bool = field(
        default=None,
        metadata={
            "name": "PreliminaryAssessedValue",
            "type": "Element",
            "nillable": True,
        },
    )
    tax_assessment_year: None | int = field(
        default=None,
        metadata={
            "name": "TaxAssessmentYear",
            "type": "Element",
            "nillable": True,
        },
    )
    tax_fee: None | float = field(
        default=None,
        metadata={
            "name": "TaxFee",
            "type": "Element",
            "nillable": True,
        },
    )
    total_assessed_value: None | float = field(
        default=None,
        metadata={
            "name": "TotalAssessedValue",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Date:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    access_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AccessDate",
            "type": "Element",
            "nillable": True,
        },
    )
    access_time: None | str = field(
        default=None,
        metadata={
            "name": "AccessTime",
            "type": "Element",
            "nillable": True,
        },
    )
    agreement_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AgreementDate",
            "type": "Element",
            "nillable": True,
        },
    )
    all_terms_mett_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AllTermsMettDate",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AssignmentDate",
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
    preliminary_agreement: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "PreliminaryAgreement",
            "type": "Element",
            "nillable": True,
        },
    )
    reservation_agreement: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ReservationAgreement",
            "type": "Element",
            "nillable": True,
        },
    )
    sales_start: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SalesStart",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Distance:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    airport: None | int = field(
        default=None,
        metadata={
            "name": "Airport",
            "type": "Element",
            "nillable": True,
        },
    )
    beach: None | int = field(
        default=None,
        metadata={
            "name": "Beach",
            "type": "Element",
            "nillable": True,
        },
    )
    centre: None | int = field(
        default=None,
        metadata={
            "name": "Centre",
            "type": "Element",
            "nillable": True,
        },
    )
    golf_cource: None | int = field(
        default=None,
        metadata={
            "name": "GolfCource",
            "type": "Element",
            "nillable": True,
        },
    )
    hospital: None | int = field(
        default=None,
        metadata={
            "name": "Hospital",
            "type": "Element",
            "nillable": True,
        },
    )
    pool: None | int = field(
        default=None,
        metadata={
            "name": "Pool",
            "type": "Element",
            "nillable": True,
        },
    )
    sea: None | int = field(
        default=None,
        metadata={
            "name": "Sea",
            "type": "Element",
            "nillable": True,
        },
    )
    shopping_centre: None | int = field(
        default=None,
        metadata={
            "name": "ShoppingCentre",
            "type": "Element",
            "nillable": True,
        },
    )
    supermarket: None | int = field(
        default=None,
        metadata={
            "name": "Supermarket",
            "type": "Element",
            "nillable": True,
        },
    )


class Elevator(OpenEnum):
    YES = "Yes"
    NO = "No"
    UNKNOWN = "Unknown"


@dataclass(kw_only=True)
class Exterior:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    balcony: None | bool = field(
        default=None,
        metadata={
            "name": "Balcony",
            "type": "Element",
            "nillable": True,
        },
    )
    balcony_surface: None | int = field(
        default=None,
        metadata={
            "name": "BalconySurface",
            "type": "Element",
            "nillable": True,
        },
    )
    description_of_pool: None | str = field(
        default=None,
        metadata={
            "name": "DescriptionOfPool",
            "type": "Element",
            "nillable": True,
        },
    )
    description_terrace_and_balcony: None | str = field(
        default=None,
        metadata={
            "name": "DescriptionTerraceAndBalcony",
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
    terrace: None | bool = field(
        default=None,
        metadata={
            "name": "Terrace",
            "type": "Element",
            "nillable": True,
        },
    )
    terrace_surface: None | int = field(
        default=None,
        metadata={
            "name": "TerraceSurface",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignPropertyBuilding:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

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
    building_year: None | str = field(
        default=None,
        metadata={
            "name": "BuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary_for_building_year: None | str = field(
        default=None,
        metadata={
            "name": "CommentaryForBuildingYear",
            "type": "Element",
            "nillable": True,
        },
    )
    externally_sheet_metal_work: None | str = field(
        default=None,
        metadata={
            "name": "ExternallySheetMetalWork",
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
    foundation_wall: None | str = field(
        default=None,
        metadata={
            "name": "FoundationWall",
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
    renovations: None | str = field(
        default=None,
        metadata={
            "name": "Renovations",
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
class GeneralDescription:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    language: None | str = field(
        default=None,
        metadata={
            "name": "Language",
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
class Operation:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    chimney_sweeping: None | float = field(
        default=None,
        metadata={
            "name": "ChimneySweeping",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
            "type": "Element",
            "nillable": True,
        },
    )
    electricity: None | float = field(
        default=None,
        metadata={
            "name": "Electricity",
            "type": "Element",
            "nillable": True,
        },
    )
    heating: None | float = field(
        default=None,
        metadata={
            "name": "Heating",
            "type": "Element",
            "nillable": True,
        },
    )
    insurance: None | float = field(
        default=None,
        metadata={
            "name": "Insurance",
            "type": "Element",
            "nillable": True,
        },
    )
    maintenance: None | int = field(
        default=None,
        metadata={
            "name": "Maintenance",
            "type": "Element",
            "nillable": True,
        },
    )
    other: None | float = field(
        default=None,
        metadata={
            "name": "Other",
            "type": "Element",
            "nillable": True,
        },
    )
    persons_in_the_household: None | int = field(
        default=None,
        metadata={
            "name": "PersonsInTheHousehold",
            "type": "Element",
            "nillable": True,
        },
    )
    road_charge: None | int = field(
        default=None,
        metadata={
            "name": "RoadCharge",
            "type": "Element",
            "nillable": True,
        },
    )
    road_community: None | float = field(
        default=None,
        metadata={
            "name": "RoadCommunity",
            "type": "Element",
            "nillable": True,
        },
    )
    sanitation: None | float = field(
        default=None,
        metadata={
            "name": "Sanitation",
            "type": "Element",
            "nillable": True,
        },
    )
    sum: None | float = field(
        default=None,
        metadata={
            "name": "Sum",
            "type": "Element",
            "nillable": True,
        },
    )
    water_and_drain: None | float = field(
        default=None,
        metadata={
            "name": "WaterAndDrain",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class PlotInformation:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    area: None | float = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    other_plot: None | str = field(
        default=None,
        metadata={
            "name": "OtherPlot",
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
class Price:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    currency: None | str = field(
        default=None,
        metadata={
            "name": "Currency",
            "type": "Element",
            "nillable": True,
        },
    )
    exchange_rate: None | float = field(
        default=None,
        metadata={
            "name": "ExchangeRate",
            "type": "Element",
            "nillable": True,
        },
    )
    final_price: None | float = field(
        default=None,
        metadata={
            "name": "FinalPrice",
            "type": "Element",
            "nillable": True,
        },
    )
    starting_price: None | float = field(
        default=None,
        metadata={
            "name": "StartingPrice",
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
class Surrounding:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

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
    language: None | str = field(
        default=None,
        metadata={
            "name": "Language",
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
class Address:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    area: None | str = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "nillable": True,
        },
    )
    area_id: None | str = field(
        default=None,
        metadata={
            "name": "AreaId",
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
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    country: None | str = field(
        default=None,
        metadata={
            "name": "Country",
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
    post_town: None | str = field(
        default=None,
        metadata={
            "name": "PostTown",
            "type": "Element",
            "nillable": True,
        },
    )
    province: None | str = field(
        default=None,
        metadata={
            "name": "Province",
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
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfGeneralDescription:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    general_description: list[GeneralDescription] = field(
        default_factory=list,
        metadata={
            "name": "GeneralDescription",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfSurrounding:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    surrounding: list[Surrounding] = field(
        default_factory=list,
        metadata={
            "name": "Surrounding",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class FloorAndElevator:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    description_of_elevator: None | str = field(
        default=None,
        metadata={
            "name": "DescriptionOfElevator",
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
    total_number_floors: None | int = field(
        default=None,
        metadata={
            "name": "TotalNumberFloors",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignPropertyBaseInformation:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
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
    area_source_comment: None | str = field(
        default=None,
        metadata={
            "name": "AreaSourceComment",
            "type": "Element",
            "nillable": True,
        },
    )
    buildning_area: None | float = field(
        default=None,
        metadata={
            "name": "BuildningArea",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
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
    increase_seek_conception: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "IncreaseSeekConception",
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
    new_construction: None | bool = field(
        default=None,
        metadata={
            "name": "NewConstruction",
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
    owner_register: None | str = field(
        default=None,
        metadata={
            "name": "OwnerRegister",
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
    property_type: None | str = field(
        default=None,
        metadata={
            "name": "PropertyType",
            "type": "Element",
            "nillable": True,
        },
    )
    reference_id: None | str = field(
        default=None,
        metadata={
            "name": "ReferenceId",
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
    tenure: None | str = field(
        default=None,
        metadata={
            "name": "Tenure",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ForeignPropertyInterior:
    class Meta:
        namespace = (
            "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Estate.ForeignPropertyInfo"
        )

    genereal_description_interior: None | ArrayOfGeneralDescription = field(
        default=None,
        metadata={
            "name": "GenerealDescriptionInterior",
            "type": "Element",
            "nillable": True,
        },
    )
    max_number_of_bedrooms: None | float = field(
        default=None,
        metadata={
            "name": "MaxNumberOfBedrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bathrooms: None | float = field(
        default=None,
        metadata={
            "name": "NumberOfBathrooms",
            "type": "Element",
            "nillable": True,
        },
    )
    number_of_bedrooms: None | float = field(
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
