"""The crm_estate operations (``client.crm_estate``): their table rows and resource classes.

Imported on first use of ``client.crm_estate`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import Operation, Param

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions
    from ...models import bid, file, housing_models, intake_source, invoice, marketplace

__all__ = ["CrmEstateResource", "CrmEstateRawResource", "OPERATIONS"]


@functools.cache
def _crm_estate_get_intakes_sources_row() -> Operation:
    from ...models import intake_source

    return Operation(
        operation_id="crm_estate_get_intakes_sources",
        python_name="get_intakes_sources",
        method="GET",
        path="/CRM/Estate/{customerId}/AssignmentSources",
        tag="crm_estate",
        summary="Lists the customer's assignment sources (intagskällor), each an id and a description.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[intake_source.AssignmentSource],
    )


@functools.cache
def _crm_estate_get_marketplaces_row() -> Operation:
    from ...models import housing_models, marketplace

    return Operation(
        operation_id="crm_estate_get_marketplaces",
        python_name="get_marketplaces",
        method="GET",
        path="/CRM/Estate/{customerId}/marketplace",
        tag="crm_estate",
        summary=("Lists the marketplaces foreign properties can be advertised on, optionally for one kind of estate."),
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
                name="criteria.estateType",
                python_name="criteria_estate_type",
                location="query",
                kind="enum",
                required=False,
                enum=housing_models.EstateType,
            ),
        ),
        body=None,
        body_name=None,
        response=list[marketplace.CrmEstateMarketplace],
    )


@functools.cache
def _crm_estate_get_invoices_row() -> Operation:
    from ...models import invoice

    return Operation(
        operation_id="crm_estate_get_invoices",
        python_name="get_invoices",
        method="GET",
        path="/CRM/Estate/{customerId}/{estateId}/Invoices",
        tag="crm_estate",
        summary="Lists the invoice numbers of an estate.",
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[invoice.Invoice],
    )


@functools.cache
def _crm_estate_update_advertising_row() -> Operation:
    from ...models import marketplace

    return Operation(
        operation_id="crm_estate_update_advertising",
        python_name="update_advertising",
        method="PUT",
        path="/CRM/Estate/{customerId}/{estateId}/advertising",
        tag="crm_estate",
        summary="Chooses the marketplaces a foreign property is advertised on.",
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=marketplace.CrmEstateAdvertising,
        body_name="estate_advertising",
        response=None,
    )


@functools.cache
def _crm_estate_get_bidding_settings_row() -> Operation:
    from ...models import bid

    return Operation(
        operation_id="crm_estate_get_bidding_settings",
        python_name="get_bidding_settings",
        method="GET",
        path="/CRM/Estate/{customerId}/{estateId}/biddingSettings",
        tag="crm_estate",
        summary=("Gets an estate's bidding settings: how bids show on the internet and whether bids can come by SMS."),
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=bid.BiddingSettings,
    )


@functools.cache
def _crm_estate_put_bidding_settings_row() -> Operation:
    from ...models import bid

    return Operation(
        operation_id="crm_estate_put_bidding_settings",
        python_name="put_bidding_settings",
        method="PUT",
        path="/CRM/Estate/{customerId}/{estateId}/biddingSettings",
        tag="crm_estate",
        summary="Changes an estate's bidding settings.",
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=bid.BiddingSettings,
        body_name="bidding_settings",
        response=bool,
    )


@functools.cache
def _crm_estate_get_adjustment_row() -> Operation:
    from ...models import invoice

    return Operation(
        operation_id="crm_estate_get_adjustment",
        python_name="get_adjustment",
        method="GET",
        path="/CRM/Estate/{customerId}/{estateId}/commission/adjustment",
        tag="crm_estate",
        summary="Lists the additions to and deductions from an estate's commission.",
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[invoice.CommissionAdjustment],
    )


@functools.cache
def _crm_estate_post_adjustment_row() -> Operation:
    from ...models import invoice

    return Operation(
        operation_id="crm_estate_post_adjustment",
        python_name="post_adjustment",
        method="POST",
        path="/CRM/Estate/{customerId}/{estateId}/commission/adjustment",
        tag="crm_estate",
        summary="Adds an addition to an estate's commission, or a deduction given as a negative amount.",
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=invoice.CommissionAdjustment,
        body_name="commision_adjustments",
        response=str,
    )


@functools.cache
def _crm_estate_get_files_row() -> Operation:
    from ...models import file

    return Operation(
        operation_id="crm_estate_get_files",
        python_name="get_files",
        method="GET",
        path="/CRM/Estate/{customerId}/{estateId}/file",
        tag="crm_estate",
        summary="Lists the files of an estate or a project.",
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[file.FileInfo],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_estate_get_intakes_sources": _crm_estate_get_intakes_sources_row,
        "crm_estate_get_marketplaces": _crm_estate_get_marketplaces_row,
        "crm_estate_get_invoices": _crm_estate_get_invoices_row,
        "crm_estate_update_advertising": _crm_estate_update_advertising_row,
        "crm_estate_get_bidding_settings": _crm_estate_get_bidding_settings_row,
        "crm_estate_put_bidding_settings": _crm_estate_put_bidding_settings_row,
        "crm_estate_get_adjustment": _crm_estate_get_adjustment_row,
        "crm_estate_post_adjustment": _crm_estate_post_adjustment_row,
        "crm_estate_get_files": _crm_estate_get_files_row,
    }
)


class CrmEstateResource(Resource):
    """Operations under /CRM"""

    def get_intakes_sources(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[intake_source.AssignmentSource]:
        """Lists the customer's assignment sources (intagskällor), each an id and a description.

        ``GET /CRM/Estate/{customerId}/AssignmentSources``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_get_intakes_sources_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )

    def get_marketplaces(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        criteria_estate_type: housing_models.EstateType | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[marketplace.CrmEstateMarketplace]:
        """Lists the marketplaces foreign properties can be advertised on, optionally for one kind of estate.

        ``GET /CRM/Estate/{customerId}/marketplace``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            criteria_estate_type: ``criteria.estateType``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_get_marketplaces_row(),
            {
                "customerId": customer_id,
                "criteria.estateType": criteria_estate_type,
            },
            None,
            options,
        )

    def get_invoices(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[invoice.Invoice]:
        """Lists the invoice numbers of an estate.

        ``GET /CRM/Estate/{customerId}/{estateId}/Invoices``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_get_invoices_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            None,
            options,
        )

    def update_advertising(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        estate_advertising: marketplace.CrmEstateAdvertising,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Chooses the marketplaces a foreign property is advertised on.

        ``PUT /CRM/Estate/{customerId}/{estateId}/advertising``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            estate_advertising:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_update_advertising_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            estate_advertising,
            options,
        )

    def get_bidding_settings(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> bid.BiddingSettings:
        """Gets an estate's bidding settings: how bids show on the internet and whether bids can come by SMS.

        ``GET /CRM/Estate/{customerId}/{estateId}/biddingSettings``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_get_bidding_settings_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            None,
            options,
        )

    def put_bidding_settings(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        bidding_settings: bid.BiddingSettings,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Changes an estate's bidding settings.

        ``PUT /CRM/Estate/{customerId}/{estateId}/biddingSettings``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            bidding_settings:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_put_bidding_settings_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            bidding_settings,
            options,
        )

    def get_adjustment(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[invoice.CommissionAdjustment]:
        """Lists the additions to and deductions from an estate's commission.

        ``GET /CRM/Estate/{customerId}/{estateId}/commission/adjustment``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_get_adjustment_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            None,
            options,
        )

    def post_adjustment(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        commision_adjustments: invoice.CommissionAdjustment,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Adds an addition to an estate's commission, or a deduction given as a negative amount.

        ``POST /CRM/Estate/{customerId}/{estateId}/commission/adjustment``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            commision_adjustments:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_post_adjustment_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            commision_adjustments,
            options,
        )

    def get_files(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[file.FileInfo]:
        """Lists the files of an estate or a project.

        ``GET /CRM/Estate/{customerId}/{estateId}/file``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_estate_get_files_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            None,
            options,
        )


class CrmEstateRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmEstateResource(client)
        self.get_intakes_sources = raw_response(resource.get_intakes_sources)
        self.get_marketplaces = raw_response(resource.get_marketplaces)
        self.get_invoices = raw_response(resource.get_invoices)
        self.update_advertising = raw_response(resource.update_advertising)
        self.get_bidding_settings = raw_response(resource.get_bidding_settings)
        self.put_bidding_settings = raw_response(resource.put_bidding_settings)
        self.get_adjustment = raw_response(resource.get_adjustment)
        self.post_adjustment = raw_response(resource.post_adjustment)
        self.get_files = raw_response(resource.get_files)
