"""The API's operations, grouped by tag (``client.crm.get_contact(...)``): the index of ``resources/``.

Each tag's table rows and resource classes live in ``resources/<tag>.py``, imported on first use:
``client.advertising_estate`` imports that tag (and the models it needs) alone; ``OPERATIONS`` and the resource
classes by name (``AdvertisingEstateResource``) import what they name when first asked for. Type
checkers see every name through the imports below.

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._resource import Group, Groups

if TYPE_CHECKING:
    from .._schema import Operation
    from .resources.advertising_estate import AdvertisingEstateRawResource, AdvertisingEstateResource
    from .resources.appointment import AppointmentRawResource, AppointmentResource
    from .resources.area import AreaRawResource, AreaResource
    from .resources.association import AssociationRawResource, AssociationResource
    from .resources.business_intelligence import BusinessIntelligenceRawResource, BusinessIntelligenceResource
    from .resources.category import CategoryRawResource, CategoryResource
    from .resources.contacts import ContactsRawResource, ContactsResource
    from .resources.cottage import CottageRawResource, CottageResource
    from .resources.crm import CrmRawResource, CrmResource
    from .resources.crm_bid import CrmBidRawResource, CrmBidResource
    from .resources.crm_buyer import CrmBuyerRawResource, CrmBuyerResource
    from .resources.crm_contact import CrmContactRawResource, CrmContactResource
    from .resources.crm_economy import CrmEconomyRawResource, CrmEconomyResource
    from .resources.crm_estate import CrmEstateRawResource, CrmEstateResource
    from .resources.crm_file import CrmFileRawResource, CrmFileResource
    from .resources.crm_image import CrmImageRawResource, CrmImageResource
    from .resources.crm_lead import CrmLeadRawResource, CrmLeadResource
    from .resources.crm_link import CrmLinkRawResource, CrmLinkResource
    from .resources.crm_project import CrmProjectRawResource, CrmProjectResource
    from .resources.crm_seller import CrmSellerRawResource, CrmSellerResource
    from .resources.crm_speculator import CrmSpeculatorRawResource, CrmSpeculatorResource
    from .resources.crm_user_groups import CrmUserGroupsRawResource, CrmUserGroupsResource
    from .resources.custom_field import CustomFieldRawResource, CustomFieldResource
    from .resources.document import DocumentRawResource, DocumentResource
    from .resources.estate import EstateRawResource, EstateResource
    from .resources.file import FileRawResource, FileResource
    from .resources.foreign_property import ForeignPropertyRawResource, ForeignPropertyResource
    from .resources.house import HouseRawResource, HouseResource
    from .resources.housing_cooperative import HousingCooperativeRawResource, HousingCooperativeResource
    from .resources.image import ImageRawResource, ImageResource
    from .resources.increased_requirements import IncreasedRequirementsRawResource, IncreasedRequirementsResource
    from .resources.interest import InterestRawResource, InterestResource
    from .resources.lead import LeadRawResource, LeadResource
    from .resources.maklarstatistik import MaklarstatistikRawResource, MaklarstatistikResource
    from .resources.meeting import MeetingRawResource, MeetingResource
    from .resources.municipality import MunicipalityRawResource, MunicipalityResource
    from .resources.note import NoteRawResource, NoteResource
    from .resources.office import OfficeRawResource, OfficeResource
    from .resources.order import OrderRawResource, OrderResource
    from .resources.partner_service_contact_lead import (
        PartnerServiceContactLeadRawResource,
        PartnerServiceContactLeadResource,
    )
    from .resources.plot import PlotRawResource, PlotResource
    from .resources.public_advertising import PublicAdvertisingRawResource, PublicAdvertisingResource
    from .resources.public_advertising_agent import PublicAdvertisingAgentRawResource, PublicAdvertisingAgentResource
    from .resources.public_advertising_association import (
        PublicAdvertisingAssociationRawResource,
        PublicAdvertisingAssociationResource,
    )
    from .resources.public_advertising_commercial_property import (
        PublicAdvertisingCommercialPropertyRawResource,
        PublicAdvertisingCommercialPropertyResource,
    )
    from .resources.public_advertising_condominium import (
        PublicAdvertisingCondominiumRawResource,
        PublicAdvertisingCondominiumResource,
    )
    from .resources.public_advertising_cottage import (
        PublicAdvertisingCottageRawResource,
        PublicAdvertisingCottageResource,
    )
    from .resources.public_advertising_estate import PublicAdvertisingEstateRawResource, PublicAdvertisingEstateResource
    from .resources.public_advertising_farm import PublicAdvertisingFarmRawResource, PublicAdvertisingFarmResource
    from .resources.public_advertising_file import PublicAdvertisingFileRawResource, PublicAdvertisingFileResource
    from .resources.public_advertising_foreign_property import (
        PublicAdvertisingForeignPropertyRawResource,
        PublicAdvertisingForeignPropertyResource,
    )
    from .resources.public_advertising_house import PublicAdvertisingHouseRawResource, PublicAdvertisingHouseResource
    from .resources.public_advertising_housing_cooperative import (
        PublicAdvertisingHousingCooperativeRawResource,
        PublicAdvertisingHousingCooperativeResource,
    )
    from .resources.public_advertising_image import PublicAdvertisingImageRawResource, PublicAdvertisingImageResource
    from .resources.public_advertising_office import PublicAdvertisingOfficeRawResource, PublicAdvertisingOfficeResource
    from .resources.public_advertising_plot import PublicAdvertisingPlotRawResource, PublicAdvertisingPlotResource
    from .resources.public_advertising_premises import (
        PublicAdvertisingPremisesRawResource,
        PublicAdvertisingPremisesResource,
    )
    from .resources.public_advertising_project import (
        PublicAdvertisingProjectRawResource,
        PublicAdvertisingProjectResource,
    )
    from .resources.public_advertising_seller import PublicAdvertisingSellerRawResource, PublicAdvertisingSellerResource
    from .resources.search_profile import SearchProfileRawResource, SearchProfileResource
    from .resources.task import TaskRawResource, TaskResource
    from .resources.user import UserRawResource, UserResource
    from .resources.viewing import ViewingRawResource, ViewingResource
    from .resources.viewing_participant import ViewingParticipantRawResource, ViewingParticipantResource
    from .resources.villa_agarna import VillaAgarnaRawResource, VillaAgarnaResource

    OPERATIONS: dict[str, Operation]

__all__ = [
    "AdvertisingEstateResource",
    "AppointmentResource",
    "AreaResource",
    "AssociationResource",
    "BusinessIntelligenceResource",
    "CategoryResource",
    "ContactsResource",
    "CottageResource",
    "CrmResource",
    "CrmBidResource",
    "CrmBuyerResource",
    "CrmContactResource",
    "CrmEconomyResource",
    "CrmEstateResource",
    "CrmFileResource",
    "CrmImageResource",
    "CrmLeadResource",
    "CrmLinkResource",
    "CrmProjectResource",
    "CrmSellerResource",
    "CrmSpeculatorResource",
    "CrmUserGroupsResource",
    "CustomFieldResource",
    "DocumentResource",
    "EstateResource",
    "FileResource",
    "ForeignPropertyResource",
    "HouseResource",
    "HousingCooperativeResource",
    "ImageResource",
    "IncreasedRequirementsResource",
    "InterestResource",
    "LeadResource",
    "MaklarstatistikResource",
    "MeetingResource",
    "MunicipalityResource",
    "NoteResource",
    "OfficeResource",
    "OrderResource",
    "PartnerServiceContactLeadResource",
    "PlotResource",
    "PublicAdvertisingResource",
    "PublicAdvertisingAgentResource",
    "PublicAdvertisingAssociationResource",
    "PublicAdvertisingCommercialPropertyResource",
    "PublicAdvertisingCondominiumResource",
    "PublicAdvertisingCottageResource",
    "PublicAdvertisingEstateResource",
    "PublicAdvertisingFarmResource",
    "PublicAdvertisingFileResource",
    "PublicAdvertisingForeignPropertyResource",
    "PublicAdvertisingHouseResource",
    "PublicAdvertisingHousingCooperativeResource",
    "PublicAdvertisingImageResource",
    "PublicAdvertisingOfficeResource",
    "PublicAdvertisingPlotResource",
    "PublicAdvertisingPremisesResource",
    "PublicAdvertisingProjectResource",
    "PublicAdvertisingSellerResource",
    "SearchProfileResource",
    "TaskResource",
    "UserResource",
    "ViewingResource",
    "ViewingParticipantResource",
    "VillaAgarnaResource",
    "AdvertisingEstateRawResource",
    "AppointmentRawResource",
    "AreaRawResource",
    "AssociationRawResource",
    "BusinessIntelligenceRawResource",
    "CategoryRawResource",
    "ContactsRawResource",
    "CottageRawResource",
    "CrmRawResource",
    "CrmBidRawResource",
    "CrmBuyerRawResource",
    "CrmContactRawResource",
    "CrmEconomyRawResource",
    "CrmEstateRawResource",
    "CrmFileRawResource",
    "CrmImageRawResource",
    "CrmLeadRawResource",
    "CrmLinkRawResource",
    "CrmProjectRawResource",
    "CrmSellerRawResource",
    "CrmSpeculatorRawResource",
    "CrmUserGroupsRawResource",
    "CustomFieldRawResource",
    "DocumentRawResource",
    "EstateRawResource",
    "FileRawResource",
    "ForeignPropertyRawResource",
    "HouseRawResource",
    "HousingCooperativeRawResource",
    "ImageRawResource",
    "IncreasedRequirementsRawResource",
    "InterestRawResource",
    "LeadRawResource",
    "MaklarstatistikRawResource",
    "MeetingRawResource",
    "MunicipalityRawResource",
    "NoteRawResource",
    "OfficeRawResource",
    "OrderRawResource",
    "PartnerServiceContactLeadRawResource",
    "PlotRawResource",
    "PublicAdvertisingRawResource",
    "PublicAdvertisingAgentRawResource",
    "PublicAdvertisingAssociationRawResource",
    "PublicAdvertisingCommercialPropertyRawResource",
    "PublicAdvertisingCondominiumRawResource",
    "PublicAdvertisingCottageRawResource",
    "PublicAdvertisingEstateRawResource",
    "PublicAdvertisingFarmRawResource",
    "PublicAdvertisingFileRawResource",
    "PublicAdvertisingForeignPropertyRawResource",
    "PublicAdvertisingHouseRawResource",
    "PublicAdvertisingHousingCooperativeRawResource",
    "PublicAdvertisingImageRawResource",
    "PublicAdvertisingOfficeRawResource",
    "PublicAdvertisingPlotRawResource",
    "PublicAdvertisingPremisesRawResource",
    "PublicAdvertisingProjectRawResource",
    "PublicAdvertisingSellerRawResource",
    "SearchProfileRawResource",
    "TaskRawResource",
    "UserRawResource",
    "ViewingRawResource",
    "ViewingParticipantRawResource",
    "VillaAgarnaRawResource",
    "OPERATIONS",
    "RawResources",
    "Resources",
    "operation",
    "resource_class",
]

#: operation id -> its tag, in the spec's order
TAG_OF: dict[str, str] = {
    "advertising_estate_interest_application": "advertising_estate",
    "advertising_estate_interest_restrictive_application": "advertising_estate",
    "lead_add_person_lead": "lead",
    "appointment_post": "appointment",
    "area_get_areas": "area",
    "association_get_association": "association",
    "business_intelligence_budget": "business_intelligence",
    "business_intelligence_estates": "business_intelligence",
    "business_intelligence_get_estate_report_prod_db": "business_intelligence",
    "business_intelligence_get_estates_report": "business_intelligence",
    "business_intelligence_get_sales_report": "business_intelligence",
    "business_intelligence_get_sales_report_for_estate": "business_intelligence",
    "business_intelligence_office_statistics": "business_intelligence",
    "business_intelligence_office_statistics_by_month": "business_intelligence",
    "business_intelligence_realtor_statistics": "business_intelligence",
    "get_tips_and_leads_report": "business_intelligence",
    "crm_bid_add": "crm_bid",
    "crm_bid_delete": "crm_bid",
    "crm_bid_get": "crm_bid",
    "crm_bid_get_list": "crm_bid",
    "crm_buyer_get_economy": "crm_buyer",
    "crm_contact_select": "crm_contact",
    "crm_contact_get_buyer_relations_list": "crm_contact",
    "crm_contact_get_buyer_relations": "crm_contact",
    "crm_contact_get_company_list": "crm_contact",
    "crm_contact_get_company": "crm_contact",
    "crm_contact_get_deceased_estate_list": "crm_contact",
    "crm_contact_get_deceased_estate": "crm_contact",
    "crm_contact_get_estate_valuation_list": "crm_contact",
    "crm_contact_get_estate_valuation": "crm_contact",
    "crm_contact_get_person_list": "crm_contact",
    "crm_contact_get_person": "crm_contact",
    "crm_contact_get_present_accomodation_statistics": "crm_contact",
    "crm_contact_get_present_accomodation_list": "crm_contact",
    "crm_contact_get_present_accomodation": "crm_contact",
    "crm_contact_get_seller_relations_list": "crm_contact",
    "crm_contact_get_seller_relations": "crm_contact",
    "crm_contact_get_speculator_relations_list": "crm_contact",
    "crm_contact_get_speculator_relations": "crm_contact",
    "crm_contact_get_list": "crm_contact",
    "get_contact_leads": "crm",
    "get_contact": "crm",
    "crm_contact_delete_category": "crm_contact",
    "crm_contact_opt_out": "crm_contact",
    "crm_economy_get_deposit": "crm_economy",
    "crm_economy_put_deposit": "crm_economy",
    "crm_economy_create_loan": "crm_economy",
    "crm_economy_update_operating_costs": "crm_economy",
    "crm_estate_get_intakes_sources": "crm_estate",
    "crm_estate_get_marketplaces": "crm_estate",
    "crm_estate_get_invoices": "crm_estate",
    "crm_estate_update_advertising": "crm_estate",
    "crm_estate_get_bidding_settings": "crm_estate",
    "crm_estate_put_bidding_settings": "crm_estate",
    "crm_estate_get_adjustment": "crm_estate",
    "crm_estate_post_adjustment": "crm_estate",
    "crm_estate_get_files": "crm_estate",
    "crm_file_get_file": "crm_file",
    "crm_file_post": "crm_file",
    "crm_file_delete": "crm_file",
    "crm_bid_get_hidden_bids": "crm_bid",
    "crm_image_get_image": "crm_image",
    "crm_image_get_image_categories": "crm_image",
    "crm_image_post": "crm_image",
    "crm_image_delete": "crm_image",
    "crm_image_put": "crm_image",
    "crm_lead_create": "crm_lead",
    "get_incoming_lead": "crm",
    "crm_lead_get_lead_sources": "crm_lead",
    "crm_link_categories": "crm_link",
    "crm_link_create": "crm_link",
    "crm_link_get": "crm_link",
    "crm_project_update": "crm_project",
    "crm_project_add_estate_connections": "crm_project",
    "crm_project_delete_estate_connections": "crm_project",
    "search_profile_create_foreign_search_profile": "search_profile",
    "search_profile_delete_search_profile": "search_profile",
    "search_profile_get_search_profiles": "search_profile",
    "search_profile_match_search_profiles": "search_profile",
    "search_profile_delete_all_search_profiles": "search_profile",
    "search_profile_create_search_profile": "search_profile",
    "search_profile_get_search_profile": "search_profile",
    "search_profile_update_search_profile": "search_profile",
    "crm_seller_get_economy": "crm_seller",
    "crm_speculator_put": "crm_speculator",
    "crm_user_groups_get": "crm_user_groups",
    "category_get_categories": "category",
    "contacts_get_contacts": "contacts",
    "contacts_get_contacts_sync_list": "contacts",
    "contacts_get_contacts_with_phonenumber": "contacts",
    "contacts_update_company": "contacts",
    "contacts_update_person": "contacts",
    "cottage_create": "cottage",
    "cottage_update": "cottage",
    "custom_field_get": "custom_field",
    "document_post": "document",
    "estate_get_commercial_property": "estate",
    "estate_get_condominium": "estate",
    "estate_get_cottage": "estate",
    "estate_get_estate_list": "estate",
    "estate_get_farm": "estate",
    "estate_get_foreign_property": "estate",
    "estate_get_house": "estate",
    "estate_get_housing_cooperative": "estate",
    "estate_get_plot": "estate",
    "estate_get_premises": "estate",
    "estate_get_project": "estate",
    "estate_get_statuses": "estate",
    "file_get_file": "file",
    "file_post": "file",
    "foreign_property_create": "foreign_property",
    "foreign_property_update": "foreign_property",
    "house_create": "house",
    "house_update_house_from_seller_input": "house",
    "house_update": "house",
    "housing_cooperative_create": "housing_cooperative",
    "housing_cooperative_update_housing_cooperative_from_seller_input": "housing_cooperative",
    "housing_cooperative_update": "housing_cooperative",
    "image_get_image": "image",
    "image_get_image_categories": "image",
    "image_post": "image",
    "image_put": "image",
    "increased_requirements_get": "increased_requirements",
    "interest_send_interest_and_contact_on_area": "interest",
    "interest_send_interest_and_contact_on_estate": "interest",
    "interest_send_interest_on_area": "interest",
    "interest_send_interest_on_estate": "interest",
    "maklarstatistik_get_objects_between": "maklarstatistik",
    "meeting_post_assignment_meeting": "meeting",
    "meeting_get_meetings": "meeting",
    "meeting_get_single": "meeting",
    "municipality_get_municipalities": "municipality",
    "note_save_note": "note",
    "note_get_notes": "note",
    "office_get_office": "office",
    "plot_create": "plot",
    "plot_update": "plot",
    "public_advertising_agent_get_list": "public_advertising_agent",
    "public_advertising_agent_get": "public_advertising_agent",
    "public_advertising_association_get_list": "public_advertising_association",
    "public_advertising_association_get": "public_advertising_association",
    "public_advertising_commercial_property_get": "public_advertising_commercial_property",
    "public_advertising_condominium_get": "public_advertising_condominium",
    "public_advertising_cottage_get": "public_advertising_cottage",
    "public_advertising_estate_get_list": "public_advertising_estate",
    "public_advertising_estate_daily_hits": "public_advertising_estate",
    "public_advertising_estate_hourly_hits": "public_advertising_estate",
    "public_advertising_estate_interest_application": "public_advertising_estate",
    "public_advertising_estate_get_sold_reference": "public_advertising_estate",
    "public_advertising_estate_get_advertisement_status": "public_advertising_estate",
    "public_advertising_estate_update_advertisement_status": "public_advertising_estate",
    "public_advertising_estate_get_estate_lookup": "public_advertising_estate",
    "public_advertising_farm_get": "public_advertising_farm",
    "public_advertising_file_get": "public_advertising_file",
    "public_advertising_foreign_property_get": "public_advertising_foreign_property",
    "public_advertising_house_get": "public_advertising_house",
    "public_advertising_housing_cooperative_get": "public_advertising_housing_cooperative",
    "public_advertising_image_get": "public_advertising_image",
    "public_advertising_office_get_list": "public_advertising_office",
    "public_advertising_office_get": "public_advertising_office",
    "public_advertising_plot_get": "public_advertising_plot",
    "public_advertising_premises_get": "public_advertising_premises",
    "public_advertising_project_get": "public_advertising_project",
    "public_advertising_seller_get_invoice_recipient": "public_advertising_seller",
    "create_person_lead": "public_advertising",
    "partner_service_contact_lead_add_person_lead": "partner_service_contact_lead",
    "order_update_status": "order",
    "order_user_interaction": "order",
    "task_get_tasks": "task",
    "user_authenticate_user": "user",
    "user_get_all_users": "user",
    "user_get_user": "user",
    "viewing_get_by_customer_id_estate_id": "viewing",
    "viewing_create_viewing": "viewing",
    "viewing_add_new_viewing_participant_by_customer_id_viewing_id_time_slot_id": "viewing",
    "viewing_remove_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id": "viewing",
    "viewing_add_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id": "viewing",
    "viewing_get_by_estate_id": "viewing",
    "viewing_add_new_viewing_participant_by_viewing_id_time_slot_id": "viewing",
    "viewing_remove_viewing_participant_by_viewing_id_time_slot_id_contact_id": "viewing",
    "viewing_add_viewing_participant_by_viewing_id_time_slot_id_contact_id": "viewing",
    "viewing_participant_put": "viewing_participant",
    "viewing_participant_get": "viewing_participant",
    "villa_agarna_get_objects_between": "villa_agarna",
}
#: tag -> its resource class and raw resource class
_CLASSES: dict[str, tuple[str, str]] = {
    "advertising_estate": ("AdvertisingEstateResource", "AdvertisingEstateRawResource"),
    "appointment": ("AppointmentResource", "AppointmentRawResource"),
    "area": ("AreaResource", "AreaRawResource"),
    "association": ("AssociationResource", "AssociationRawResource"),
    "business_intelligence": ("BusinessIntelligenceResource", "BusinessIntelligenceRawResource"),
    "category": ("CategoryResource", "CategoryRawResource"),
    "contacts": ("ContactsResource", "ContactsRawResource"),
    "cottage": ("CottageResource", "CottageRawResource"),
    "crm": ("CrmResource", "CrmRawResource"),
    "crm_bid": ("CrmBidResource", "CrmBidRawResource"),
    "crm_buyer": ("CrmBuyerResource", "CrmBuyerRawResource"),
    "crm_contact": ("CrmContactResource", "CrmContactRawResource"),
    "crm_economy": ("CrmEconomyResource", "CrmEconomyRawResource"),
    "crm_estate": ("CrmEstateResource", "CrmEstateRawResource"),
    "crm_file": ("CrmFileResource", "CrmFileRawResource"),
    "crm_image": ("CrmImageResource", "CrmImageRawResource"),
    "crm_lead": ("CrmLeadResource", "CrmLeadRawResource"),
    "crm_link": ("CrmLinkResource", "CrmLinkRawResource"),
    "crm_project": ("CrmProjectResource", "CrmProjectRawResource"),
    "crm_seller": ("CrmSellerResource", "CrmSellerRawResource"),
    "crm_speculator": ("CrmSpeculatorResource", "CrmSpeculatorRawResource"),
    "crm_user_groups": ("CrmUserGroupsResource", "CrmUserGroupsRawResource"),
    "custom_field": ("CustomFieldResource", "CustomFieldRawResource"),
    "document": ("DocumentResource", "DocumentRawResource"),
    "estate": ("EstateResource", "EstateRawResource"),
    "file": ("FileResource", "FileRawResource"),
    "foreign_property": ("ForeignPropertyResource", "ForeignPropertyRawResource"),
    "house": ("HouseResource", "HouseRawResource"),
    "housing_cooperative": ("HousingCooperativeResource", "HousingCooperativeRawResource"),
    "image": ("ImageResource", "ImageRawResource"),
    "increased_requirements": ("IncreasedRequirementsResource", "IncreasedRequirementsRawResource"),
    "interest": ("InterestResource", "InterestRawResource"),
    "lead": ("LeadResource", "LeadRawResource"),
    "maklarstatistik": ("MaklarstatistikResource", "MaklarstatistikRawResource"),
    "meeting": ("MeetingResource", "MeetingRawResource"),
    "municipality": ("MunicipalityResource", "MunicipalityRawResource"),
    "note": ("NoteResource", "NoteRawResource"),
    "office": ("OfficeResource", "OfficeRawResource"),
    "order": ("OrderResource", "OrderRawResource"),
    "partner_service_contact_lead": ("PartnerServiceContactLeadResource", "PartnerServiceContactLeadRawResource"),
    "plot": ("PlotResource", "PlotRawResource"),
    "public_advertising": ("PublicAdvertisingResource", "PublicAdvertisingRawResource"),
    "public_advertising_agent": ("PublicAdvertisingAgentResource", "PublicAdvertisingAgentRawResource"),
    "public_advertising_association": (
        "PublicAdvertisingAssociationResource",
        "PublicAdvertisingAssociationRawResource",
    ),
    "public_advertising_commercial_property": (
        "PublicAdvertisingCommercialPropertyResource",
        "PublicAdvertisingCommercialPropertyRawResource",
    ),
    "public_advertising_condominium": (
        "PublicAdvertisingCondominiumResource",
        "PublicAdvertisingCondominiumRawResource",
    ),
    "public_advertising_cottage": ("PublicAdvertisingCottageResource", "PublicAdvertisingCottageRawResource"),
    "public_advertising_estate": ("PublicAdvertisingEstateResource", "PublicAdvertisingEstateRawResource"),
    "public_advertising_farm": ("PublicAdvertisingFarmResource", "PublicAdvertisingFarmRawResource"),
    "public_advertising_file": ("PublicAdvertisingFileResource", "PublicAdvertisingFileRawResource"),
    "public_advertising_foreign_property": (
        "PublicAdvertisingForeignPropertyResource",
        "PublicAdvertisingForeignPropertyRawResource",
    ),
    "public_advertising_house": ("PublicAdvertisingHouseResource", "PublicAdvertisingHouseRawResource"),
    "public_advertising_housing_cooperative": (
        "PublicAdvertisingHousingCooperativeResource",
        "PublicAdvertisingHousingCooperativeRawResource",
    ),
    "public_advertising_image": ("PublicAdvertisingImageResource", "PublicAdvertisingImageRawResource"),
    "public_advertising_office": ("PublicAdvertisingOfficeResource", "PublicAdvertisingOfficeRawResource"),
    "public_advertising_plot": ("PublicAdvertisingPlotResource", "PublicAdvertisingPlotRawResource"),
    "public_advertising_premises": ("PublicAdvertisingPremisesResource", "PublicAdvertisingPremisesRawResource"),
    "public_advertising_project": ("PublicAdvertisingProjectResource", "PublicAdvertisingProjectRawResource"),
    "public_advertising_seller": ("PublicAdvertisingSellerResource", "PublicAdvertisingSellerRawResource"),
    "search_profile": ("SearchProfileResource", "SearchProfileRawResource"),
    "task": ("TaskResource", "TaskRawResource"),
    "user": ("UserResource", "UserRawResource"),
    "viewing": ("ViewingResource", "ViewingRawResource"),
    "viewing_participant": ("ViewingParticipantResource", "ViewingParticipantRawResource"),
    "villa_agarna": ("VillaAgarnaResource", "VillaAgarnaRawResource"),
}


def _tag(tag: str) -> Any:
    return importlib.import_module(f"{__package__}.resources.{tag}")


def operation(operation_id: str) -> Operation:
    """One operation's table row (imports its tag only); ``KeyError`` for an unknown id."""
    row: Operation = _tag(TAG_OF[operation_id]).OPERATIONS[operation_id]
    return row


def resource_class(tag: str) -> type:
    """The resource class of a tag (``"advertising_estate"`` -> ``AdvertisingEstateResource``)."""
    cls: type = getattr(_tag(tag), _CLASSES[tag][0])
    return cls


if not TYPE_CHECKING:  # (to a type checker, an unknown name stays an error)

    def __getattr__(name: str) -> Any:
        """``OPERATIONS`` (every tag, in the spec's order) or a resource class, imported on first use."""
        if name == "OPERATIONS":
            value: Any = {op_id: operation(op_id) for op_id in TAG_OF}
        else:
            tag = next((tag for tag, names in _CLASSES.items() if name in names), None)
            if tag is None:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
            value = getattr(_tag(tag), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class Resources(Groups):
    """The operations grouped by tag, as attributes (``client.crm``, ...), each imported on first use."""

    #: Operations under /Advertising
    advertising_estate: Group[AdvertisingEstateResource] = Group("AdvertisingEstateResource")
    #: Operations under /Appointment
    appointment: Group[AppointmentResource] = Group("AppointmentResource")
    #: Operations under /Area
    area: Group[AreaResource] = Group("AreaResource")
    #: Operations under /Association
    association: Group[AssociationResource] = Group("AssociationResource")
    #: BusinessIntelligence (rapporter / reports)
    business_intelligence: Group[BusinessIntelligenceResource] = Group("BusinessIntelligenceResource")
    #: Operations under /Category
    category: Group[CategoryResource] = Group("CategoryResource")
    #: Operations under /Contacts
    contacts: Group[ContactsResource] = Group("ContactsResource")
    #: Operations under /Cottage
    cottage: Group[CottageResource] = Group("CottageResource")
    #: CRM (kontakter och leads / contacts and leads)
    crm: Group[CrmResource] = Group("CrmResource")
    #: Operations under /CRM
    crm_bid: Group[CrmBidResource] = Group("CrmBidResource")
    #: Operations under /CRM
    crm_buyer: Group[CrmBuyerResource] = Group("CrmBuyerResource")
    #: Operations under /CRM
    crm_contact: Group[CrmContactResource] = Group("CrmContactResource")
    #: Operations under /CRM
    crm_economy: Group[CrmEconomyResource] = Group("CrmEconomyResource")
    #: Operations under /CRM
    crm_estate: Group[CrmEstateResource] = Group("CrmEstateResource")
    #: Operations under /CRM
    crm_file: Group[CrmFileResource] = Group("CrmFileResource")
    #: Operations under /CRM
    crm_image: Group[CrmImageResource] = Group("CrmImageResource")
    #: Operations under /CRM
    crm_lead: Group[CrmLeadResource] = Group("CrmLeadResource")
    #: Operations under /CRM
    crm_link: Group[CrmLinkResource] = Group("CrmLinkResource")
    #: Operations under /CRM
    crm_project: Group[CrmProjectResource] = Group("CrmProjectResource")
    #: Operations under /CRM
    crm_seller: Group[CrmSellerResource] = Group("CrmSellerResource")
    #: Operations under /CRM
    crm_speculator: Group[CrmSpeculatorResource] = Group("CrmSpeculatorResource")
    #: Operations under /CRM
    crm_user_groups: Group[CrmUserGroupsResource] = Group("CrmUserGroupsResource")
    #: Operations under /CustomField
    custom_field: Group[CustomFieldResource] = Group("CustomFieldResource")
    #: Operations under /Document
    document: Group[DocumentResource] = Group("DocumentResource")
    #: Operations under /Estate
    estate: Group[EstateResource] = Group("EstateResource")
    #: Operations under /File
    file: Group[FileResource] = Group("FileResource")
    #: Operations under /ForeignProperty
    foreign_property: Group[ForeignPropertyResource] = Group("ForeignPropertyResource")
    #: Operations under /House
    house: Group[HouseResource] = Group("HouseResource")
    #: Operations under /HousingCooperative
    housing_cooperative: Group[HousingCooperativeResource] = Group("HousingCooperativeResource")
    #: Operations under /Image
    image: Group[ImageResource] = Group("ImageResource")
    #: Operations under /IncreasedRequirement
    increased_requirements: Group[IncreasedRequirementsResource] = Group("IncreasedRequirementsResource")
    #: Operations under /Interest
    interest: Group[InterestResource] = Group("InterestResource")
    #: Operations under /Advertising
    lead: Group[LeadResource] = Group("LeadResource")
    #: Operations under /MaklarStatistik
    maklarstatistik: Group[MaklarstatistikResource] = Group("MaklarstatistikResource")
    #: Operations under /Meeting
    meeting: Group[MeetingResource] = Group("MeetingResource")
    #: Operations under /Municipality
    municipality: Group[MunicipalityResource] = Group("MunicipalityResource")
    #: Operations under /Note
    note: Group[NoteResource] = Group("NoteResource")
    #: Operations under /Office
    office: Group[OfficeResource] = Group("OfficeResource")
    #: Operations under /Service
    order: Group[OrderResource] = Group("OrderResource")
    #: Operations under /Service
    partner_service_contact_lead: Group[PartnerServiceContactLeadResource] = Group("PartnerServiceContactLeadResource")
    #: Operations under /Plot
    plot: Group[PlotResource] = Group("PlotResource")
    #: PublicAdvertising (leads från marknadsplatser / leads from market places)
    public_advertising: Group[PublicAdvertisingResource] = Group("PublicAdvertisingResource")
    #: Operations under /PublicAdvertising
    public_advertising_agent: Group[PublicAdvertisingAgentResource] = Group("PublicAdvertisingAgentResource")
    #: Operations under /PublicAdvertising
    public_advertising_association: Group[PublicAdvertisingAssociationResource] = Group(
        "PublicAdvertisingAssociationResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_commercial_property: Group[PublicAdvertisingCommercialPropertyResource] = Group(
        "PublicAdvertisingCommercialPropertyResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_condominium: Group[PublicAdvertisingCondominiumResource] = Group(
        "PublicAdvertisingCondominiumResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_cottage: Group[PublicAdvertisingCottageResource] = Group("PublicAdvertisingCottageResource")
    #: Operations under /PublicAdvertising
    public_advertising_estate: Group[PublicAdvertisingEstateResource] = Group("PublicAdvertisingEstateResource")
    #: Operations under /PublicAdvertising
    public_advertising_farm: Group[PublicAdvertisingFarmResource] = Group("PublicAdvertisingFarmResource")
    #: Operations under /PublicAdvertising
    public_advertising_file: Group[PublicAdvertisingFileResource] = Group("PublicAdvertisingFileResource")
    #: Operations under /PublicAdvertising
    public_advertising_foreign_property: Group[PublicAdvertisingForeignPropertyResource] = Group(
        "PublicAdvertisingForeignPropertyResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_house: Group[PublicAdvertisingHouseResource] = Group("PublicAdvertisingHouseResource")
    #: Operations under /PublicAdvertising
    public_advertising_housing_cooperative: Group[PublicAdvertisingHousingCooperativeResource] = Group(
        "PublicAdvertisingHousingCooperativeResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_image: Group[PublicAdvertisingImageResource] = Group("PublicAdvertisingImageResource")
    #: Operations under /PublicAdvertising
    public_advertising_office: Group[PublicAdvertisingOfficeResource] = Group("PublicAdvertisingOfficeResource")
    #: Operations under /PublicAdvertising
    public_advertising_plot: Group[PublicAdvertisingPlotResource] = Group("PublicAdvertisingPlotResource")
    #: Operations under /PublicAdvertising
    public_advertising_premises: Group[PublicAdvertisingPremisesResource] = Group("PublicAdvertisingPremisesResource")
    #: Operations under /PublicAdvertising
    public_advertising_project: Group[PublicAdvertisingProjectResource] = Group("PublicAdvertisingProjectResource")
    #: Operations under /PublicAdvertising
    public_advertising_seller: Group[PublicAdvertisingSellerResource] = Group("PublicAdvertisingSellerResource")
    #: Operations under /CRM
    search_profile: Group[SearchProfileResource] = Group("SearchProfileResource")
    #: Operations under /Task
    task: Group[TaskResource] = Group("TaskResource")
    #: Operations under /User
    user: Group[UserResource] = Group("UserResource")
    #: Operations under /Viewing
    viewing: Group[ViewingResource] = Group("ViewingResource")
    #: Operations under /ViewingParticipant
    viewing_participant: Group[ViewingParticipantResource] = Group("ViewingParticipantResource")
    #: Operations under /VillaAgarna
    villa_agarna: Group[VillaAgarnaResource] = Group("VillaAgarnaResource")


class RawResources(Groups):
    """``client.with_raw_response``: the same groups and operations, returning ``RawResponse``."""

    #: Operations under /Advertising
    advertising_estate: Group[AdvertisingEstateRawResource] = Group("AdvertisingEstateRawResource")
    #: Operations under /Appointment
    appointment: Group[AppointmentRawResource] = Group("AppointmentRawResource")
    #: Operations under /Area
    area: Group[AreaRawResource] = Group("AreaRawResource")
    #: Operations under /Association
    association: Group[AssociationRawResource] = Group("AssociationRawResource")
    #: BusinessIntelligence (rapporter / reports)
    business_intelligence: Group[BusinessIntelligenceRawResource] = Group("BusinessIntelligenceRawResource")
    #: Operations under /Category
    category: Group[CategoryRawResource] = Group("CategoryRawResource")
    #: Operations under /Contacts
    contacts: Group[ContactsRawResource] = Group("ContactsRawResource")
    #: Operations under /Cottage
    cottage: Group[CottageRawResource] = Group("CottageRawResource")
    #: CRM (kontakter och leads / contacts and leads)
    crm: Group[CrmRawResource] = Group("CrmRawResource")
    #: Operations under /CRM
    crm_bid: Group[CrmBidRawResource] = Group("CrmBidRawResource")
    #: Operations under /CRM
    crm_buyer: Group[CrmBuyerRawResource] = Group("CrmBuyerRawResource")
    #: Operations under /CRM
    crm_contact: Group[CrmContactRawResource] = Group("CrmContactRawResource")
    #: Operations under /CRM
    crm_economy: Group[CrmEconomyRawResource] = Group("CrmEconomyRawResource")
    #: Operations under /CRM
    crm_estate: Group[CrmEstateRawResource] = Group("CrmEstateRawResource")
    #: Operations under /CRM
    crm_file: Group[CrmFileRawResource] = Group("CrmFileRawResource")
    #: Operations under /CRM
    crm_image: Group[CrmImageRawResource] = Group("CrmImageRawResource")
    #: Operations under /CRM
    crm_lead: Group[CrmLeadRawResource] = Group("CrmLeadRawResource")
    #: Operations under /CRM
    crm_link: Group[CrmLinkRawResource] = Group("CrmLinkRawResource")
    #: Operations under /CRM
    crm_project: Group[CrmProjectRawResource] = Group("CrmProjectRawResource")
    #: Operations under /CRM
    crm_seller: Group[CrmSellerRawResource] = Group("CrmSellerRawResource")
    #: Operations under /CRM
    crm_speculator: Group[CrmSpeculatorRawResource] = Group("CrmSpeculatorRawResource")
    #: Operations under /CRM
    crm_user_groups: Group[CrmUserGroupsRawResource] = Group("CrmUserGroupsRawResource")
    #: Operations under /CustomField
    custom_field: Group[CustomFieldRawResource] = Group("CustomFieldRawResource")
    #: Operations under /Document
    document: Group[DocumentRawResource] = Group("DocumentRawResource")
    #: Operations under /Estate
    estate: Group[EstateRawResource] = Group("EstateRawResource")
    #: Operations under /File
    file: Group[FileRawResource] = Group("FileRawResource")
    #: Operations under /ForeignProperty
    foreign_property: Group[ForeignPropertyRawResource] = Group("ForeignPropertyRawResource")
    #: Operations under /House
    house: Group[HouseRawResource] = Group("HouseRawResource")
    #: Operations under /HousingCooperative
    housing_cooperative: Group[HousingCooperativeRawResource] = Group("HousingCooperativeRawResource")
    #: Operations under /Image
    image: Group[ImageRawResource] = Group("ImageRawResource")
    #: Operations under /IncreasedRequirement
    increased_requirements: Group[IncreasedRequirementsRawResource] = Group("IncreasedRequirementsRawResource")
    #: Operations under /Interest
    interest: Group[InterestRawResource] = Group("InterestRawResource")
    #: Operations under /Advertising
    lead: Group[LeadRawResource] = Group("LeadRawResource")
    #: Operations under /MaklarStatistik
    maklarstatistik: Group[MaklarstatistikRawResource] = Group("MaklarstatistikRawResource")
    #: Operations under /Meeting
    meeting: Group[MeetingRawResource] = Group("MeetingRawResource")
    #: Operations under /Municipality
    municipality: Group[MunicipalityRawResource] = Group("MunicipalityRawResource")
    #: Operations under /Note
    note: Group[NoteRawResource] = Group("NoteRawResource")
    #: Operations under /Office
    office: Group[OfficeRawResource] = Group("OfficeRawResource")
    #: Operations under /Service
    order: Group[OrderRawResource] = Group("OrderRawResource")
    #: Operations under /Service
    partner_service_contact_lead: Group[PartnerServiceContactLeadRawResource] = Group(
        "PartnerServiceContactLeadRawResource"
    )
    #: Operations under /Plot
    plot: Group[PlotRawResource] = Group("PlotRawResource")
    #: PublicAdvertising (leads från marknadsplatser / leads from market places)
    public_advertising: Group[PublicAdvertisingRawResource] = Group("PublicAdvertisingRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_agent: Group[PublicAdvertisingAgentRawResource] = Group("PublicAdvertisingAgentRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_association: Group[PublicAdvertisingAssociationRawResource] = Group(
        "PublicAdvertisingAssociationRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_commercial_property: Group[PublicAdvertisingCommercialPropertyRawResource] = Group(
        "PublicAdvertisingCommercialPropertyRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_condominium: Group[PublicAdvertisingCondominiumRawResource] = Group(
        "PublicAdvertisingCondominiumRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_cottage: Group[PublicAdvertisingCottageRawResource] = Group(
        "PublicAdvertisingCottageRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_estate: Group[PublicAdvertisingEstateRawResource] = Group("PublicAdvertisingEstateRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_farm: Group[PublicAdvertisingFarmRawResource] = Group("PublicAdvertisingFarmRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_file: Group[PublicAdvertisingFileRawResource] = Group("PublicAdvertisingFileRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_foreign_property: Group[PublicAdvertisingForeignPropertyRawResource] = Group(
        "PublicAdvertisingForeignPropertyRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_house: Group[PublicAdvertisingHouseRawResource] = Group("PublicAdvertisingHouseRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_housing_cooperative: Group[PublicAdvertisingHousingCooperativeRawResource] = Group(
        "PublicAdvertisingHousingCooperativeRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_image: Group[PublicAdvertisingImageRawResource] = Group("PublicAdvertisingImageRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_office: Group[PublicAdvertisingOfficeRawResource] = Group("PublicAdvertisingOfficeRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_plot: Group[PublicAdvertisingPlotRawResource] = Group("PublicAdvertisingPlotRawResource")
    #: Operations under /PublicAdvertising
    public_advertising_premises: Group[PublicAdvertisingPremisesRawResource] = Group(
        "PublicAdvertisingPremisesRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_project: Group[PublicAdvertisingProjectRawResource] = Group(
        "PublicAdvertisingProjectRawResource"
    )
    #: Operations under /PublicAdvertising
    public_advertising_seller: Group[PublicAdvertisingSellerRawResource] = Group("PublicAdvertisingSellerRawResource")
    #: Operations under /CRM
    search_profile: Group[SearchProfileRawResource] = Group("SearchProfileRawResource")
    #: Operations under /Task
    task: Group[TaskRawResource] = Group("TaskRawResource")
    #: Operations under /User
    user: Group[UserRawResource] = Group("UserRawResource")
    #: Operations under /Viewing
    viewing: Group[ViewingRawResource] = Group("ViewingRawResource")
    #: Operations under /ViewingParticipant
    viewing_participant: Group[ViewingParticipantRawResource] = Group("ViewingParticipantRawResource")
    #: Operations under /VillaAgarna
    villa_agarna: Group[VillaAgarnaRawResource] = Group("VillaAgarnaRawResource")
