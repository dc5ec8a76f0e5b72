"""The interest operations (``client.interest``): their table rows and resource classes.

Imported on first use of ``client.interest`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation
from ...models import interest

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["InterestResource", "InterestRawResource", "OPERATIONS"]
INTEREST_SEND_INTEREST_AND_CONTACT_ON_AREA = Operation(
    operation_id="interest_send_interest_and_contact_on_area",
    python_name="send_interest_and_contact_on_area",
    method="POST",
    path="/Interest/SendInterestAndContactOnArea",
    tag="interest",
    summary="Interest: send interest and contact on area",
    params=(),
    body=interest.InterestAndContactOnArea,
    body_name="interest",
    response=None,
)
INTEREST_SEND_INTEREST_AND_CONTACT_ON_ESTATE = Operation(
    operation_id="interest_send_interest_and_contact_on_estate",
    python_name="send_interest_and_contact_on_estate",
    method="POST",
    path="/Interest/SendInterestAndContactOnEstate",
    tag="interest",
    summary="Interest: send interest and contact on estate",
    params=(),
    body=interest.InterestOnEstateAndContact,
    body_name="interest",
    response=None,
)
INTEREST_SEND_INTEREST_ON_AREA = Operation(
    operation_id="interest_send_interest_on_area",
    python_name="send_interest_on_area",
    method="POST",
    path="/Interest/SendInterestOnArea",
    tag="interest",
    summary="Interest: send interest on area",
    params=(),
    body=interest.InterestOnArea,
    body_name="interest",
    response=None,
)
INTEREST_SEND_INTEREST_ON_ESTATE = Operation(
    operation_id="interest_send_interest_on_estate",
    python_name="send_interest_on_estate",
    method="POST",
    path="/Interest/SendInterestOnEstate",
    tag="interest",
    summary="Interest: send interest on estate",
    params=(),
    body=interest.InterestOnEstate,
    body_name="interest",
    response=None,
)


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "interest_send_interest_and_contact_on_area": INTEREST_SEND_INTEREST_AND_CONTACT_ON_AREA,
    "interest_send_interest_and_contact_on_estate": INTEREST_SEND_INTEREST_AND_CONTACT_ON_ESTATE,
    "interest_send_interest_on_area": INTEREST_SEND_INTEREST_ON_AREA,
    "interest_send_interest_on_estate": INTEREST_SEND_INTEREST_ON_ESTATE,
}


class InterestResource(Resource):
    """Operations under /Interest"""

    def send_interest_and_contact_on_area(
        self,
        *,
        interest: interest.InterestAndContactOnArea,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Interest: send interest and contact on area

        ``POST /Interest/SendInterestAndContactOnArea``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            INTEREST_SEND_INTEREST_AND_CONTACT_ON_AREA,
            {},
            interest,
            options,
        )

    def send_interest_and_contact_on_estate(
        self,
        *,
        interest: interest.InterestOnEstateAndContact,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Interest: send interest and contact on estate

        ``POST /Interest/SendInterestAndContactOnEstate``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            INTEREST_SEND_INTEREST_AND_CONTACT_ON_ESTATE,
            {},
            interest,
            options,
        )

    def send_interest_on_area(
        self,
        *,
        interest: interest.InterestOnArea,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Interest: send interest on area

        ``POST /Interest/SendInterestOnArea``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            INTEREST_SEND_INTEREST_ON_AREA,
            {},
            interest,
            options,
        )

    def send_interest_on_estate(
        self,
        *,
        interest: interest.InterestOnEstate,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Interest: send interest on estate

        ``POST /Interest/SendInterestOnEstate``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            INTEREST_SEND_INTEREST_ON_ESTATE,
            {},
            interest,
            options,
        )


class InterestRawResource(Resource):
    """Operations under /Interest: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = InterestResource(client)
        self.send_interest_and_contact_on_area = raw_response(resource.send_interest_and_contact_on_area)
        self.send_interest_and_contact_on_estate = raw_response(resource.send_interest_and_contact_on_estate)
        self.send_interest_on_area = raw_response(resource.send_interest_on_area)
        self.send_interest_on_estate = raw_response(resource.send_interest_on_estate)
