"""The interest operations (``client.interest``): their table rows and resource classes.

Imported on first use of ``client.interest`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import Operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions
    from ...models import interest

__all__ = ["InterestResource", "InterestRawResource", "OPERATIONS"]


@functools.cache
def _interest_send_interest_and_contact_on_area_row() -> Operation:
    from ...models import interest

    return Operation(
        operation_id="interest_send_interest_and_contact_on_area",
        python_name="send_interest_and_contact_on_area",
        method="POST",
        path="/Interest/SendInterestAndContactOnArea",
        tag="interest",
        summary=(
            "Registers a person's interest in one or more areas with their contact details, matching them against the "
            "existing contacts first."
        ),
        params=(),
        body=interest.InterestAndContactOnArea,
        body_name="interest",
        response=None,
    )


@functools.cache
def _interest_send_interest_and_contact_on_estate_row() -> Operation:
    from ...models import interest

    return Operation(
        operation_id="interest_send_interest_and_contact_on_estate",
        python_name="send_interest_and_contact_on_estate",
        method="POST",
        path="/Interest/SendInterestAndContactOnEstate",
        tag="interest",
        summary=(
            "Registers a new contact's interest in an estate with their contact details, matching them against the "
            "existing contacts first."
        ),
        params=(),
        body=interest.InterestOnEstateAndContact,
        body_name="interest",
        response=None,
    )


@functools.cache
def _interest_send_interest_on_area_row() -> Operation:
    from ...models import interest

    return Operation(
        operation_id="interest_send_interest_on_area",
        python_name="send_interest_on_area",
        method="POST",
        path="/Interest/SendInterestOnArea",
        tag="interest",
        summary=(
            "Registers a contact's interest in one or more areas, optionally with a task and a notice to the contact's "
            "agent."
        ),
        params=(),
        body=interest.InterestOnArea,
        body_name="interest",
        response=None,
    )


@functools.cache
def _interest_send_interest_on_estate_row() -> Operation:
    from ...models import interest

    return Operation(
        operation_id="interest_send_interest_on_estate",
        python_name="send_interest_on_estate",
        method="POST",
        path="/Interest/SendInterestOnEstate",
        tag="interest",
        summary=(
            "Registers an existing contact's interest in an estate, optionally with a task and a notice to the "
            "estate's agent."
        ),
        params=(),
        body=interest.InterestOnEstate,
        body_name="interest",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "interest_send_interest_and_contact_on_area": _interest_send_interest_and_contact_on_area_row,
        "interest_send_interest_and_contact_on_estate": _interest_send_interest_and_contact_on_estate_row,
        "interest_send_interest_on_area": _interest_send_interest_on_area_row,
        "interest_send_interest_on_estate": _interest_send_interest_on_estate_row,
    }
)


class InterestResource(Resource):
    """Operations under /Interest"""

    def send_interest_and_contact_on_area(
        self,
        *,
        interest: interest.InterestAndContactOnArea,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Registers a person's interest in one or more areas with their contact details, matching them against the existing contacts first.

        ``POST /Interest/SendInterestAndContactOnArea``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _interest_send_interest_and_contact_on_area_row(),
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
        """Registers a new contact's interest in an estate with their contact details, matching them against the existing contacts first.

        ``POST /Interest/SendInterestAndContactOnEstate``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _interest_send_interest_and_contact_on_estate_row(),
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
        """Registers a contact's interest in one or more areas, optionally with a task and a notice to the contact's agent.

        ``POST /Interest/SendInterestOnArea``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _interest_send_interest_on_area_row(),
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
        """Registers an existing contact's interest in an estate, optionally with a task and a notice to the estate's agent.

        ``POST /Interest/SendInterestOnEstate``

        Args:
            interest:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _interest_send_interest_on_estate_row(),
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
