"""The housing_cooperative operations (``client.housing_cooperative``): their table rows and resource classes.

Imported on first use of ``client.housing_cooperative`` (see ``_api/operations.py``).
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
    from ...models import cms_housing_cooperative, estate_cms

__all__ = ["HousingCooperativeResource", "HousingCooperativeRawResource", "OPERATIONS"]


@functools.cache
def _housing_cooperative_create_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="housing_cooperative_create",
        python_name="create",
        method="POST",
        path="/HousingCooperative/{customerId}",
        tag="housing_cooperative",
        summary="Creates a tenant-owned apartment (bostadsrätt) estate.",
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
        body=estate_cms.CmsHousingCooperative,
        body_name="housing_cooperative",
        response=str,
    )


@functools.cache
def _housing_cooperative_update_housing_cooperative_from_seller_input_row() -> Operation:
    from ...models import cms_housing_cooperative

    return Operation(
        operation_id="housing_cooperative_update_housing_cooperative_from_seller_input",
        python_name="update_housing_cooperative_from_seller_input",
        method="PUT",
        path="/HousingCooperative/{customerId}/SellerInput",
        tag="housing_cooperative",
        summary="Updates a tenant-owned apartment (bostadsrätt) with the details its seller filled in.",
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
                name="id",
                python_name="id",
                location="query",
                kind="string",
                required=True,
            ),
        ),
        body=cms_housing_cooperative.HousingCooperativeSellerInput,
        body_name="housing_cooperative",
        response=None,
    )


@functools.cache
def _housing_cooperative_update_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="housing_cooperative_update",
        python_name="update",
        method="PUT",
        path="/HousingCooperative/{customerId}/{id}",
        tag="housing_cooperative",
        summary="Updates a tenant-owned apartment (bostadsrätt) estate.",
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
                name="id",
                python_name="id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=estate_cms.CmsHousingCooperative,
        body_name="housing_cooperative",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "housing_cooperative_create": _housing_cooperative_create_row,
        "housing_cooperative_update_housing_cooperative_from_seller_input": _housing_cooperative_update_housing_cooperative_from_seller_input_row,
        "housing_cooperative_update": _housing_cooperative_update_row,
    }
)


class HousingCooperativeResource(Resource):
    """Operations under /HousingCooperative"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        housing_cooperative: estate_cms.CmsHousingCooperative,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a tenant-owned apartment (bostadsrätt) estate.

        ``POST /HousingCooperative/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            housing_cooperative:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _housing_cooperative_create_row(),
            {
                "customerId": customer_id,
            },
            housing_cooperative,
            options,
        )

    def update_housing_cooperative_from_seller_input(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        housing_cooperative: cms_housing_cooperative.HousingCooperativeSellerInput,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a tenant-owned apartment (bostadsrätt) with the details its seller filled in.

        ``PUT /HousingCooperative/{customerId}/SellerInput``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            housing_cooperative:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _housing_cooperative_update_housing_cooperative_from_seller_input_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            housing_cooperative,
            options,
        )

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        housing_cooperative: estate_cms.CmsHousingCooperative,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a tenant-owned apartment (bostadsrätt) estate.

        ``PUT /HousingCooperative/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            housing_cooperative:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _housing_cooperative_update_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            housing_cooperative,
            options,
        )


class HousingCooperativeRawResource(Resource):
    """Operations under /HousingCooperative: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = HousingCooperativeResource(client)
        self.create = raw_response(resource.create)
        self.update_housing_cooperative_from_seller_input = raw_response(
            resource.update_housing_cooperative_from_seller_input
        )
        self.update = raw_response(resource.update)
