"""The crm_contact operations (``client.crm_contact``): their table rows and resource classes.

Imported on first use of ``client.crm_contact`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import Operation, Param

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import BatchOptions, RequestOptions
    from ...models import crm_contact, housing_models

__all__ = ["CrmContactResource", "CrmContactRawResource", "OPERATIONS"]


@functools.cache
def _crm_contact_select_row() -> Operation:
    from ...models import crm_contact, housing_models

    return Operation(
        operation_id="crm_contact_select",
        python_name="select",
        method="GET",
        path="/CRM/Contact/{customerId}",
        tag="crm_contact",
        summary=(
            "Finds contacts (persons, companies, deceased estates) by agent, dates created or changed, a custom field, "
            "lead score or an active service."
        ),
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="criteria.agentId",
                python_name="criteria_agent_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.createdAtFrom",
                python_name="criteria_created_at_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="criteria.createdAtTo",
                python_name="criteria_created_at_to",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="criteria.changedAtFrom",
                python_name="criteria_changed_at_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="criteria.changedAtTo",
                python_name="criteria_changed_at_to",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="criteria.customFieldName",
                python_name="criteria_custom_field_name",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.customFieldValue",
                python_name="criteria_custom_field_value",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="criteria.leadScore",
                python_name="criteria_lead_score",
                location="query",
                kind="int",
                required=False,
            ),
            Param(
                name="criteria.contactScheduledOrderType",
                python_name="criteria_contact_scheduled_order_type",
                location="query",
                kind="enum",
                required=False,
                enum=housing_models.ContactScheduledOrderType,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmContactList,
    )


@functools.cache
def _crm_contact_get_buyer_relations_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_buyer_relations_list",
        python_name="get_buyer_relations_list",
        method="GET",
        path="/CRM/Contact/{customerId}/Buyer/{contactIds}",
        tag="crm_contact",
        summary="Gets the buyer relations of up to 20 contacts at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmBuyerContact],
    )


@functools.cache
def _crm_contact_get_buyer_relations_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_buyer_relations",
        python_name="get_buyer_relations",
        method="GET",
        path="/CRM/Contact/{customerId}/Buyer/{contactId}",
        tag="crm_contact",
        summary="Gets the buyer relations of one contact.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmBuyerContact,
    )


@functools.cache
def _crm_contact_get_company_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_company_list",
        python_name="get_company_list",
        method="GET",
        path="/CRM/Contact/{customerId}/Company/{contactIds}",
        tag="crm_contact",
        summary="Gets up to 20 company contacts at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmCompanyContact],
    )


@functools.cache
def _crm_contact_get_company_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_company",
        python_name="get_company",
        method="GET",
        path="/CRM/Contact/{customerId}/Company/{contactId}",
        tag="crm_contact",
        summary="Gets one company contact.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmCompanyContact,
    )


@functools.cache
def _crm_contact_get_deceased_estate_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_deceased_estate_list",
        python_name="get_deceased_estate_list",
        method="GET",
        path="/CRM/Contact/{customerId}/DeceasedEstate/{contactIds}",
        tag="crm_contact",
        summary="Gets up to 20 deceased-estate contacts (dödsbon) at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmDeceasedEstateContact],
    )


@functools.cache
def _crm_contact_get_deceased_estate_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_deceased_estate",
        python_name="get_deceased_estate",
        method="GET",
        path="/CRM/Contact/{customerId}/DeceasedEstate/{contactId}",
        tag="crm_contact",
        summary="Gets one deceased-estate contact (dödsbo).",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmDeceasedEstateContact,
    )


@functools.cache
def _crm_contact_get_estate_valuation_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_estate_valuation_list",
        python_name="get_estate_valuation_list",
        method="GET",
        path="/CRM/Contact/{customerId}/EstateValuation/{contactIds}",
        tag="crm_contact",
        summary=(
            'Gets, for up to 20 contacts at a time, the estates each has the "Ditt bostadsvärde" (home value) '
            "service for."
        ),
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmEstateValuation],
    )


@functools.cache
def _crm_contact_get_estate_valuation_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_estate_valuation",
        python_name="get_estate_valuation",
        method="GET",
        path="/CRM/Contact/{customerId}/EstateValuation/{contactId}",
        tag="crm_contact",
        summary='Gets the estates one contact has the "Ditt bostadsvärde" (home value) service for.',
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmEstateValuation,
    )


@functools.cache
def _crm_contact_get_person_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_person_list",
        python_name="get_person_list",
        method="GET",
        path="/CRM/Contact/{customerId}/Person/{contactIds}",
        tag="crm_contact",
        summary="Gets up to 20 person contacts at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmPersonContact],
    )


@functools.cache
def _crm_contact_get_person_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_person",
        python_name="get_person",
        method="GET",
        path="/CRM/Contact/{customerId}/Person/{contactId}",
        tag="crm_contact",
        summary="Gets one person contact.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmPersonContact,
    )


@functools.cache
def _crm_contact_get_present_accomodation_statistics_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_present_accomodation_statistics",
        python_name="get_present_accomodation_statistics",
        method="GET",
        path="/CRM/Contact/{customerId}/PresentAccomodation/Statistics",
        tag="crm_contact",
        summary=(
            "Gets statistics per office on the present-home details recorded for prospective buyers of sold estates, "
            "optionally for one user and a date range."
        ),
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="userId",
                python_name="user_id",
                location="query",
                kind="string",
                required=False,
            ),
            Param(
                name="dateFrom",
                python_name="date_from",
                location="query",
                kind="datetime",
                required=False,
            ),
            Param(
                name="dateTo",
                python_name="date_to",
                location="query",
                kind="datetime",
                required=False,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmPresentAccomodationStatistics,
    )


@functools.cache
def _crm_contact_get_present_accomodation_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_present_accomodation_list",
        python_name="get_present_accomodation_list",
        method="GET",
        path="/CRM/Contact/{customerId}/PresentAccomodation/{contactIds}",
        tag="crm_contact",
        summary="Gets the present homes of up to 20 contacts at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmPresentAccomodation],
    )


@functools.cache
def _crm_contact_get_present_accomodation_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_present_accomodation",
        python_name="get_present_accomodation",
        method="GET",
        path="/CRM/Contact/{customerId}/PresentAccomodation/{contactId}",
        tag="crm_contact",
        summary="Gets the present home of one contact: kind, living space, rooms and price.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmPresentAccomodation,
    )


@functools.cache
def _crm_contact_get_seller_relations_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_seller_relations_list",
        python_name="get_seller_relations_list",
        method="GET",
        path="/CRM/Contact/{customerId}/Seller/{contactIds}",
        tag="crm_contact",
        summary="Gets the seller relations of up to 20 contacts at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmSellerContact],
    )


@functools.cache
def _crm_contact_get_seller_relations_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_seller_relations",
        python_name="get_seller_relations",
        method="GET",
        path="/CRM/Contact/{customerId}/Seller/{contactId}",
        tag="crm_contact",
        summary="Gets the seller relations of one contact.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmSellerContact,
    )


@functools.cache
def _crm_contact_get_speculator_relations_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_speculator_relations_list",
        python_name="get_speculator_relations_list",
        method="GET",
        path="/CRM/Contact/{customerId}/Speculator/{contactIds}",
        tag="crm_contact",
        summary="Gets the prospective-buyer (speculator) relations of up to 20 contacts at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmSpeculatorContact],
    )


@functools.cache
def _crm_contact_get_speculator_relations_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_speculator_relations",
        python_name="get_speculator_relations",
        method="GET",
        path="/CRM/Contact/{customerId}/Speculator/{contactId}",
        tag="crm_contact",
        summary="Gets the estates one contact is or was a prospective buyer (speculator) of.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=crm_contact.CrmSpeculatorContact,
    )


@functools.cache
def _crm_contact_get_list_row() -> Operation:
    from ...models import crm_contact

    return Operation(
        operation_id="crm_contact_get_list",
        python_name="get_list",
        method="GET",
        path="/CRM/Contact/{customerId}/{contactIds}",
        tag="crm_contact",
        summary="Gets up to 20 contacts of any kind (person, company, deceased estate) at a time.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactIds",
                python_name="contact_ids",
                location="path",
                kind="string",
                required=True,
                separator=",",
                max_items=20,
            ),
        ),
        body=None,
        body_name=None,
        response=list[crm_contact.CrmContact],
    )


@functools.cache
def _crm_contact_delete_category_row() -> Operation:
    return Operation(
        operation_id="crm_contact_delete_category",
        python_name="delete_category",
        method="DELETE",
        path="/CRM/Contact/{customerId}/{contactId}/Category/{id}",
        tag="crm_contact",
        summary="Takes a category, given its id, off a contact.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="id",
                python_name="id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=None,
    )


@functools.cache
def _crm_contact_opt_out_row() -> Operation:
    return Operation(
        operation_id="crm_contact_opt_out",
        python_name="opt_out",
        method="PUT",
        path="/CRM/Contact/{customerId}/{contactId}/OptOut",
        tag="crm_contact",
        summary="Opts a contact out of mailings.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_contact_select": _crm_contact_select_row,
        "crm_contact_get_buyer_relations_list": _crm_contact_get_buyer_relations_list_row,
        "crm_contact_get_buyer_relations": _crm_contact_get_buyer_relations_row,
        "crm_contact_get_company_list": _crm_contact_get_company_list_row,
        "crm_contact_get_company": _crm_contact_get_company_row,
        "crm_contact_get_deceased_estate_list": _crm_contact_get_deceased_estate_list_row,
        "crm_contact_get_deceased_estate": _crm_contact_get_deceased_estate_row,
        "crm_contact_get_estate_valuation_list": _crm_contact_get_estate_valuation_list_row,
        "crm_contact_get_estate_valuation": _crm_contact_get_estate_valuation_row,
        "crm_contact_get_person_list": _crm_contact_get_person_list_row,
        "crm_contact_get_person": _crm_contact_get_person_row,
        "crm_contact_get_present_accomodation_statistics": _crm_contact_get_present_accomodation_statistics_row,
        "crm_contact_get_present_accomodation_list": _crm_contact_get_present_accomodation_list_row,
        "crm_contact_get_present_accomodation": _crm_contact_get_present_accomodation_row,
        "crm_contact_get_seller_relations_list": _crm_contact_get_seller_relations_list_row,
        "crm_contact_get_seller_relations": _crm_contact_get_seller_relations_row,
        "crm_contact_get_speculator_relations_list": _crm_contact_get_speculator_relations_list_row,
        "crm_contact_get_speculator_relations": _crm_contact_get_speculator_relations_row,
        "crm_contact_get_list": _crm_contact_get_list_row,
        "crm_contact_delete_category": _crm_contact_delete_category_row,
        "crm_contact_opt_out": _crm_contact_opt_out_row,
    }
)


class CrmContactResource(Resource):
    """Operations under /CRM"""

    def select(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_agent_id: str | None = None,
        criteria_created_at_from: datetime.datetime | datetime.date | None = None,
        criteria_created_at_to: datetime.datetime | datetime.date | None = None,
        criteria_changed_at_from: datetime.datetime | datetime.date | None = None,
        criteria_changed_at_to: datetime.datetime | datetime.date | None = None,
        criteria_custom_field_name: str | None = None,
        criteria_custom_field_value: str | None = None,
        criteria_lead_score: int | None = None,
        criteria_contact_scheduled_order_type: housing_models.ContactScheduledOrderType | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmContactList:
        """Finds contacts (persons, companies, deceased estates) by agent, dates created or changed, a custom field, lead score or an active service.

        ``GET /CRM/Contact/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_agent_id: ``criteria.agentId``.
            criteria_created_at_from: ``criteria.createdAtFrom``.
            criteria_created_at_to: ``criteria.createdAtTo``.
            criteria_changed_at_from: ``criteria.changedAtFrom``.
            criteria_changed_at_to: ``criteria.changedAtTo``.
            criteria_custom_field_name: ``criteria.customFieldName``.
            criteria_custom_field_value: ``criteria.customFieldValue``.
            criteria_lead_score: ``criteria.leadScore``.
            criteria_contact_scheduled_order_type: ``criteria.contactScheduledOrderType``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_select_row(),
            {
                "customerId": customer_id,
                "criteria.agentId": criteria_agent_id,
                "criteria.createdAtFrom": criteria_created_at_from,
                "criteria.createdAtTo": criteria_created_at_to,
                "criteria.changedAtFrom": criteria_changed_at_from,
                "criteria.changedAtTo": criteria_changed_at_to,
                "criteria.customFieldName": criteria_custom_field_name,
                "criteria.customFieldValue": criteria_custom_field_value,
                "criteria.leadScore": criteria_lead_score,
                "criteria.contactScheduledOrderType": criteria_contact_scheduled_order_type,
            },
            None,
            options,
        )

    def get_buyer_relations_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmBuyerContact]:
        """Gets the buyer relations of up to 20 contacts at a time.

        ``GET /CRM/Contact/{customerId}/Buyer/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_buyer_relations_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_buyer_relations(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmBuyerContact:
        """Gets the buyer relations of one contact.

        ``GET /CRM/Contact/{customerId}/Buyer/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_buyer_relations_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_company_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmCompanyContact]:
        """Gets up to 20 company contacts at a time.

        ``GET /CRM/Contact/{customerId}/Company/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_company_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_company(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmCompanyContact:
        """Gets one company contact.

        ``GET /CRM/Contact/{customerId}/Company/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_company_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_deceased_estate_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmDeceasedEstateContact]:
        """Gets up to 20 deceased-estate contacts (dödsbon) at a time.

        ``GET /CRM/Contact/{customerId}/DeceasedEstate/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_deceased_estate_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_deceased_estate(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmDeceasedEstateContact:
        """Gets one deceased-estate contact (dödsbo).

        ``GET /CRM/Contact/{customerId}/DeceasedEstate/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_deceased_estate_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_estate_valuation_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmEstateValuation]:
        """Gets, for up to 20 contacts at a time, the estates each has the "Ditt bostadsvärde" (home value) service for.

        ``GET /CRM/Contact/{customerId}/EstateValuation/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_estate_valuation_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_estate_valuation(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmEstateValuation:
        """Gets the estates one contact has the "Ditt bostadsvärde" (home value) service for.

        ``GET /CRM/Contact/{customerId}/EstateValuation/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_estate_valuation_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_person_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmPersonContact]:
        """Gets up to 20 person contacts at a time.

        ``GET /CRM/Contact/{customerId}/Person/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_person_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_person(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmPersonContact:
        """Gets one person contact.

        ``GET /CRM/Contact/{customerId}/Person/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_person_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_present_accomodation_statistics(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        user_id: str | None = None,
        date_from: datetime.datetime | datetime.date | None = None,
        date_to: datetime.datetime | datetime.date | None = None,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmPresentAccomodationStatistics:
        """Gets statistics per office on the present-home details recorded for prospective buyers of sold estates, optionally for one user and a date range.

        ``GET /CRM/Contact/{customerId}/PresentAccomodation/Statistics``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            user_id: ``userId``.
            date_from: ``dateFrom``.
            date_to: ``dateTo``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_present_accomodation_statistics_row(),
            {
                "customerId": customer_id,
                "userId": user_id,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            None,
            options,
        )

    def get_present_accomodation_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmPresentAccomodation]:
        """Gets the present homes of up to 20 contacts at a time.

        ``GET /CRM/Contact/{customerId}/PresentAccomodation/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_present_accomodation_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_present_accomodation(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmPresentAccomodation:
        """Gets the present home of one contact: kind, living space, rooms and price.

        ``GET /CRM/Contact/{customerId}/PresentAccomodation/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_present_accomodation_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_seller_relations_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmSellerContact]:
        """Gets the seller relations of up to 20 contacts at a time.

        ``GET /CRM/Contact/{customerId}/Seller/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_seller_relations_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_seller_relations(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmSellerContact:
        """Gets the seller relations of one contact.

        ``GET /CRM/Contact/{customerId}/Seller/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_seller_relations_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_speculator_relations_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmSpeculatorContact]:
        """Gets the prospective-buyer (speculator) relations of up to 20 contacts at a time.

        ``GET /CRM/Contact/{customerId}/Speculator/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_speculator_relations_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def get_speculator_relations(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> crm_contact.CrmSpeculatorContact:
        """Gets the estates one contact is or was a prospective buyer (speculator) of.

        ``GET /CRM/Contact/{customerId}/Speculator/{contactId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_speculator_relations_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )

    def get_list(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_ids: Sequence[str] | str,
        **options: Unpack[BatchOptions],
    ) -> list[crm_contact.CrmContact]:
        """Gets up to 20 contacts of any kind (person, company, deceased estate) at a time.

        ``GET /CRM/Contact/{customerId}/{contactIds}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_ids: ``contactIds``. At most 20 per request; more are sent in batches of 20 unless
                ``chunk=False``.
            **options: per-call options (``BatchOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_get_list_row(),
            {
                "customerId": customer_id,
                "contactIds": contact_ids,
            },
            None,
            options,
        )

    def delete_category(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Takes a category, given its id, off a contact.

        ``DELETE /CRM/Contact/{customerId}/{contactId}/Category/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_delete_category_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
                "id": id,
            },
            None,
            options,
        )

    def opt_out(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Opts a contact out of mailings.

        ``PUT /CRM/Contact/{customerId}/{contactId}/OptOut``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_contact_opt_out_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
            },
            None,
            options,
        )


class CrmContactRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmContactResource(client)
        self.select = raw_response(resource.select)
        self.get_buyer_relations_list = raw_response(resource.get_buyer_relations_list)
        self.get_buyer_relations = raw_response(resource.get_buyer_relations)
        self.get_company_list = raw_response(resource.get_company_list)
        self.get_company = raw_response(resource.get_company)
        self.get_deceased_estate_list = raw_response(resource.get_deceased_estate_list)
        self.get_deceased_estate = raw_response(resource.get_deceased_estate)
        self.get_estate_valuation_list = raw_response(resource.get_estate_valuation_list)
        self.get_estate_valuation = raw_response(resource.get_estate_valuation)
        self.get_person_list = raw_response(resource.get_person_list)
        self.get_person = raw_response(resource.get_person)
        self.get_present_accomodation_statistics = raw_response(resource.get_present_accomodation_statistics)
        self.get_present_accomodation_list = raw_response(resource.get_present_accomodation_list)
        self.get_present_accomodation = raw_response(resource.get_present_accomodation)
        self.get_seller_relations_list = raw_response(resource.get_seller_relations_list)
        self.get_seller_relations = raw_response(resource.get_seller_relations)
        self.get_speculator_relations_list = raw_response(resource.get_speculator_relations_list)
        self.get_speculator_relations = raw_response(resource.get_speculator_relations)
        self.get_list = raw_response(resource.get_list)
        self.delete_category = raw_response(resource.delete_category)
        self.opt_out = raw_response(resource.opt_out)
