"""The crm_economy operations (``client.crm_economy``): their table rows and resource classes.

Imported on first use of ``client.crm_economy`` (see ``_api/operations.py``).
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
    from ...models import cms_common, economy

__all__ = ["CrmEconomyResource", "CrmEconomyRawResource", "OPERATIONS"]


@functools.cache
def _crm_economy_get_deposit_row() -> Operation:
    from ...models import economy

    return Operation(
        operation_id="crm_economy_get_deposit",
        python_name="get_deposit",
        method="GET",
        path="/CRM/Economy/{customerId}/CRM/Estate/{estateId}/deposit",
        tag="crm_economy",
        summary="Gets the deposit (handpenning) on an estate: amount, when it is due, paid and reported.",
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
        response=economy.Deposit,
    )


@functools.cache
def _crm_economy_put_deposit_row() -> Operation:
    from ...models import economy

    return Operation(
        operation_id="crm_economy_put_deposit",
        python_name="put_deposit",
        method="PUT",
        path="/CRM/Economy/{customerId}/Estate/{estateId}/deposit",
        tag="crm_economy",
        summary="Records when an estate's deposit was paid and reported and when the commission was received.",
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
        body=economy.DepositData,
        body_name="data",
        response=str,
    )


@functools.cache
def _crm_economy_create_loan_row() -> Operation:
    from ...models import cms_common

    return Operation(
        operation_id="crm_economy_create_loan",
        python_name="create_loan",
        method="POST",
        path="/CRM/Economy/{customerId}/Estate/{estateId}/loan",
        tag="crm_economy",
        summary="Records an existing loan on an estate: lender, loan number and amount.",
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
        body=cms_common.Loan,
        body_name="loan",
        response=str,
    )


@functools.cache
def _crm_economy_update_operating_costs_row() -> Operation:
    from ...models import economy

    return Operation(
        operation_id="crm_economy_update_operating_costs",
        python_name="update_operating_costs",
        method="PUT",
        path="/CRM/Economy/{customerId}/Estate/{estateId}/operatingCosts",
        tag="crm_economy",
        summary=(
            "Updates an estate's operating costs (heating, electricity, water and drainage, insurance and others)."
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
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=economy.Operation,
        body_name="operation",
        response=str,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_economy_get_deposit": _crm_economy_get_deposit_row,
        "crm_economy_put_deposit": _crm_economy_put_deposit_row,
        "crm_economy_create_loan": _crm_economy_create_loan_row,
        "crm_economy_update_operating_costs": _crm_economy_update_operating_costs_row,
    }
)


class CrmEconomyResource(Resource):
    """Operations under /CRM"""

    def get_deposit(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> economy.Deposit:
        """Gets the deposit (handpenning) on an estate: amount, when it is due, paid and reported.

        ``GET /CRM/Economy/{customerId}/CRM/Estate/{estateId}/deposit``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_economy_get_deposit_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            None,
            options,
        )

    def put_deposit(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        data: economy.DepositData,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Records when an estate's deposit was paid and reported and when the commission was received.

        ``PUT /CRM/Economy/{customerId}/Estate/{estateId}/deposit``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            data:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_economy_put_deposit_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            data,
            options,
        )

    def create_loan(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        loan: cms_common.Loan,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Records an existing loan on an estate: lender, loan number and amount.

        ``POST /CRM/Economy/{customerId}/Estate/{estateId}/loan``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            loan:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_economy_create_loan_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            loan,
            options,
        )

    def update_operating_costs(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        operation: economy.Operation,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Updates an estate's operating costs (heating, electricity, water and drainage, insurance and others).

        ``PUT /CRM/Economy/{customerId}/Estate/{estateId}/operatingCosts``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            operation:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_economy_update_operating_costs_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            operation,
            options,
        )


class CrmEconomyRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmEconomyResource(client)
        self.get_deposit = raw_response(resource.get_deposit)
        self.put_deposit = raw_response(resource.put_deposit)
        self.create_loan = raw_response(resource.create_loan)
        self.update_operating_costs = raw_response(resource.update_operating_costs)
