"""The advertising_estate operations (``client.advertising_estate``): their table rows and resource classes.

Imported on first use of ``client.advertising_estate`` (see ``_api/operations.py``).
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
    from ...models import vitec_advertising

__all__ = ["AdvertisingEstateResource", "AdvertisingEstateRawResource", "OPERATIONS"]


@functools.cache
def _advertising_estate_interest_application_row() -> Operation:
    from ...models import vitec_advertising

    return Operation(
        operation_id="advertising_estate_interest_application",
        python_name="interest_application",
        method="POST",
        path="/Advertising/Estate/{customerId}/{estateId}/interest",
        tag="advertising_estate",
        summary=(
            "Registers a person's interest in an estate, matching them against the existing contacts before a new one "
            "is added."
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
        body=vitec_advertising.AdvertisingInterestApplication,
        body_name="application",
        response=None,
    )


@functools.cache
def _advertising_estate_interest_restrictive_application_row() -> Operation:
    from ...models import vitec_advertising

    return Operation(
        operation_id="advertising_estate_interest_restrictive_application",
        python_name="interest_restrictive_application",
        method="POST",
        path="/Advertising/Estate/{customerId}/{estateId}/interestRestrictive",
        tag="advertising_estate",
        summary=(
            "Registers a person's interest in an estate, looking for an existing contact among the calling firm's "
            "contacts only, not the whole database."
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
        body=vitec_advertising.AdvertisingInterestApplication,
        body_name="application",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "advertising_estate_interest_application": _advertising_estate_interest_application_row,
        "advertising_estate_interest_restrictive_application": _advertising_estate_interest_restrictive_application_row,
    }
)


class AdvertisingEstateResource(Resource):
    """Operations under /Advertising"""

    def interest_application(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        application: vitec_advertising.AdvertisingInterestApplication,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Registers a person's interest in an estate, matching them against the existing contacts before a new one is added.

        ``POST /Advertising/Estate/{customerId}/{estateId}/interest``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            application:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _advertising_estate_interest_application_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            application,
            options,
        )

    def interest_restrictive_application(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        application: vitec_advertising.AdvertisingInterestApplication,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Registers a person's interest in an estate, looking for an existing contact among the calling firm's contacts only, not the whole database.

        ``POST /Advertising/Estate/{customerId}/{estateId}/interestRestrictive``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            application:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _advertising_estate_interest_restrictive_application_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            application,
            options,
        )


class AdvertisingEstateRawResource(Resource):
    """Operations under /Advertising: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = AdvertisingEstateResource(client)
        self.interest_application = raw_response(resource.interest_application)
        self.interest_restrictive_application = raw_response(resource.interest_restrictive_application)
