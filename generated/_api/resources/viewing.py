"""The viewing operations (``client.viewing``): their table rows and resource classes.

Imported on first use of ``client.viewing`` (see ``_api/operations.py``).
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
    from ...models import viewing

__all__ = ["ViewingResource", "ViewingRawResource", "OPERATIONS"]


@functools.cache
def _viewing_get_by_customer_id_estate_id_row() -> Operation:
    from ...models import viewing

    return Operation(
        operation_id="viewing_get_by_customer_id_estate_id",
        python_name="get",
        method="GET",
        path="/Viewing/{customerId}/{estateId}",
        tag="viewing",
        summary="Lists the viewings of an estate.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
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
        response=list[viewing.Viewing],
    )


@functools.cache
def _viewing_create_viewing_row() -> Operation:
    from ...models import viewing

    return Operation(
        operation_id="viewing_create_viewing",
        python_name="create_viewing",
        method="POST",
        path="/Viewing/{customerId}/{estateId}",
        tag="viewing",
        summary=(
            "Creates a viewing of an estate: start and end, comment, and whether it shows and can be booked on the "
            "internet."
        ),
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=viewing.AddViewing,
        body_name="viewing",
        response=str,
    )


@functools.cache
def _viewing_add_new_viewing_participant_by_customer_id_viewing_id_time_slot_id_row() -> Operation:
    from ...models import viewing

    return Operation(
        operation_id="viewing_add_new_viewing_participant_by_customer_id_viewing_id_time_slot_id",
        python_name="add_new_viewing_participant",
        method="POST",
        path="/Viewing/{customerId}/{viewingId}/{timeSlotId}/Participant",
        tag="viewing",
        summary="Adds a new person to a time slot of a viewing, with reminders and confirmations as chosen.",
        params=(
            Param(
                name="viewingId",
                python_name="viewing_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="timeSlotId",
                python_name="time_slot_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=viewing.AddNewViewingParticipant,
        body_name="participant",
        response=str,
    )


@functools.cache
def _viewing_remove_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id_row() -> Operation:
    return Operation(
        operation_id="viewing_remove_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id",
        python_name="remove_viewing_participant",
        method="DELETE",
        path="/Viewing/{customerId}/{viewingId}/{timeSlotId}/Participant/{contactId}",
        tag="viewing",
        summary="Removes a participant (a contact) from a time slot of a viewing.",
        params=(
            Param(
                name="viewingId",
                python_name="viewing_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="timeSlotId",
                python_name="time_slot_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
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
        response=None,
    )


@functools.cache
def _viewing_add_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id_row() -> Operation:
    from ...models import viewing

    return Operation(
        operation_id="viewing_add_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id",
        python_name="add_viewing_participant",
        method="POST",
        path="/Viewing/{customerId}/{viewingId}/{timeSlotId}/Participant/{contactId}",
        tag="viewing",
        summary="Adds an existing contact to a time slot of a viewing.",
        params=(
            Param(
                name="viewingId",
                python_name="viewing_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="timeSlotId",
                python_name="time_slot_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="path",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=viewing.AddViewingParticipant,
        body_name="participant",
        response=None,
    )


@functools.cache
def _viewing_get_by_estate_id_row() -> Operation:
    from ...models import viewing

    return Operation(
        operation_id="viewing_get_by_estate_id",
        python_name="get_without_customer",
        method="GET",
        path="/Viewing/{estateId}",
        tag="viewing",
        summary="Lists the viewings of an estate, with the customer id given in the query.",
        params=(
            Param(
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[viewing.Viewing],
    )


@functools.cache
def _viewing_add_new_viewing_participant_by_viewing_id_time_slot_id_row() -> Operation:
    from ...models import viewing

    return Operation(
        operation_id="viewing_add_new_viewing_participant_by_viewing_id_time_slot_id",
        python_name="add_new_viewing_participant_without_customer",
        method="POST",
        path="/Viewing/{viewingId}/{timeSlotId}/Participant",
        tag="viewing",
        summary="Adds a new person to a time slot of a viewing, with the customer id given in the query.",
        params=(
            Param(
                name="viewingId",
                python_name="viewing_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="timeSlotId",
                python_name="time_slot_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=viewing.AddNewViewingParticipant,
        body_name="participant",
        response=str,
    )


@functools.cache
def _viewing_remove_viewing_participant_by_viewing_id_time_slot_id_contact_id_row() -> Operation:
    return Operation(
        operation_id="viewing_remove_viewing_participant_by_viewing_id_time_slot_id_contact_id",
        python_name="remove_viewing_participant_without_customer",
        method="DELETE",
        path="/Viewing/{viewingId}/{timeSlotId}/Participant/{contactId}",
        tag="viewing",
        summary=(
            "Removes a participant (a contact) from a time slot of a viewing, with the customer id given in the query."
        ),
        params=(
            Param(
                name="viewingId",
                python_name="viewing_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="timeSlotId",
                python_name="time_slot_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=None,
    )


@functools.cache
def _viewing_add_viewing_participant_by_viewing_id_time_slot_id_contact_id_row() -> Operation:
    from ...models import viewing

    return Operation(
        operation_id="viewing_add_viewing_participant_by_viewing_id_time_slot_id_contact_id",
        python_name="add_viewing_participant_without_customer",
        method="POST",
        path="/Viewing/{viewingId}/{timeSlotId}/Participant/{contactId}",
        tag="viewing",
        summary="Adds an existing contact to a time slot of a viewing, with the customer id given in the query.",
        params=(
            Param(
                name="viewingId",
                python_name="viewing_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="timeSlotId",
                python_name="time_slot_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="contactId",
                python_name="contact_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=viewing.AddViewingParticipant,
        body_name="participant",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "viewing_get_by_customer_id_estate_id": _viewing_get_by_customer_id_estate_id_row,
        "viewing_create_viewing": _viewing_create_viewing_row,
        "viewing_add_new_viewing_participant_by_customer_id_viewing_id_time_slot_id": _viewing_add_new_viewing_participant_by_customer_id_viewing_id_time_slot_id_row,
        "viewing_remove_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id": _viewing_remove_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id_row,
        "viewing_add_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id": _viewing_add_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id_row,
        "viewing_get_by_estate_id": _viewing_get_by_estate_id_row,
        "viewing_add_new_viewing_participant_by_viewing_id_time_slot_id": _viewing_add_new_viewing_participant_by_viewing_id_time_slot_id_row,
        "viewing_remove_viewing_participant_by_viewing_id_time_slot_id_contact_id": _viewing_remove_viewing_participant_by_viewing_id_time_slot_id_contact_id_row,
        "viewing_add_viewing_participant_by_viewing_id_time_slot_id_contact_id": _viewing_add_viewing_participant_by_viewing_id_time_slot_id_contact_id_row,
    }
)


class ViewingResource(Resource):
    """Operations under /Viewing"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[viewing.Viewing]:
        """Lists the viewings of an estate.

        ``GET /Viewing/{customerId}/{estateId}``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_get_by_customer_id_estate_id_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
            },
            None,
            options,
        )

    def create_viewing(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        viewing: viewing.AddViewing,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a viewing of an estate: start and end, comment, and whether it shows and can be booked on the internet.

        ``POST /Viewing/{customerId}/{estateId}``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            viewing:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_create_viewing_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
            },
            viewing,
            options,
        )

    def add_new_viewing_participant(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        viewing_id: str,
        time_slot_id: str,
        participant: viewing.AddNewViewingParticipant,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Adds a new person to a time slot of a viewing, with reminders and confirmations as chosen.

        ``POST /Viewing/{customerId}/{viewingId}/{timeSlotId}/Participant``

        Args:
            viewing_id: ``viewingId``.
            time_slot_id: ``timeSlotId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            participant:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_add_new_viewing_participant_by_customer_id_viewing_id_time_slot_id_row(),
            {
                "viewingId": viewing_id,
                "timeSlotId": time_slot_id,
                "customerId": customer_id,
            },
            participant,
            options,
        )

    def remove_viewing_participant(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        viewing_id: str,
        time_slot_id: str,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Removes a participant (a contact) from a time slot of a viewing.

        ``DELETE /Viewing/{customerId}/{viewingId}/{timeSlotId}/Participant/{contactId}``

        Args:
            viewing_id: ``viewingId``.
            time_slot_id: ``timeSlotId``.
            contact_id: ``contactId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_remove_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id_row(),
            {
                "viewingId": viewing_id,
                "timeSlotId": time_slot_id,
                "contactId": contact_id,
                "customerId": customer_id,
            },
            None,
            options,
        )

    def add_viewing_participant(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        viewing_id: str,
        time_slot_id: str,
        contact_id: str,
        participant: viewing.AddViewingParticipant,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Adds an existing contact to a time slot of a viewing.

        ``POST /Viewing/{customerId}/{viewingId}/{timeSlotId}/Participant/{contactId}``

        Args:
            viewing_id: ``viewingId``.
            time_slot_id: ``timeSlotId``.
            contact_id: ``contactId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            participant:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_add_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id_row(),
            {
                "viewingId": viewing_id,
                "timeSlotId": time_slot_id,
                "contactId": contact_id,
                "customerId": customer_id,
            },
            participant,
            options,
        )

    def get_without_customer(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[viewing.Viewing]:
        """Lists the viewings of an estate, with the customer id given in the query.

        ``GET /Viewing/{estateId}``

        Args:
            estate_id: ``estateId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_get_by_estate_id_row(),
            {
                "estateId": estate_id,
                "customerId": customer_id,
            },
            None,
            options,
        )

    def add_new_viewing_participant_without_customer(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        viewing_id: str,
        time_slot_id: str,
        participant: viewing.AddNewViewingParticipant,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Adds a new person to a time slot of a viewing, with the customer id given in the query.

        ``POST /Viewing/{viewingId}/{timeSlotId}/Participant``

        Args:
            viewing_id: ``viewingId``.
            time_slot_id: ``timeSlotId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            participant:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_add_new_viewing_participant_by_viewing_id_time_slot_id_row(),
            {
                "viewingId": viewing_id,
                "timeSlotId": time_slot_id,
                "customerId": customer_id,
            },
            participant,
            options,
        )

    def remove_viewing_participant_without_customer(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        viewing_id: str,
        time_slot_id: str,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Removes a participant (a contact) from a time slot of a viewing, with the customer id given in the query.

        ``DELETE /Viewing/{viewingId}/{timeSlotId}/Participant/{contactId}``

        Args:
            viewing_id: ``viewingId``.
            time_slot_id: ``timeSlotId``.
            contact_id: ``contactId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_remove_viewing_participant_by_viewing_id_time_slot_id_contact_id_row(),
            {
                "viewingId": viewing_id,
                "timeSlotId": time_slot_id,
                "contactId": contact_id,
                "customerId": customer_id,
            },
            None,
            options,
        )

    def add_viewing_participant_without_customer(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        viewing_id: str,
        time_slot_id: str,
        contact_id: str,
        participant: viewing.AddViewingParticipant,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Adds an existing contact to a time slot of a viewing, with the customer id given in the query.

        ``POST /Viewing/{viewingId}/{timeSlotId}/Participant/{contactId}``

        Args:
            viewing_id: ``viewingId``.
            time_slot_id: ``timeSlotId``.
            contact_id: ``contactId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            participant:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_add_viewing_participant_by_viewing_id_time_slot_id_contact_id_row(),
            {
                "viewingId": viewing_id,
                "timeSlotId": time_slot_id,
                "contactId": contact_id,
                "customerId": customer_id,
            },
            participant,
            options,
        )


class ViewingRawResource(Resource):
    """Operations under /Viewing: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = ViewingResource(client)
        self.get = raw_response(resource.get)
        self.create_viewing = raw_response(resource.create_viewing)
        self.add_new_viewing_participant = raw_response(resource.add_new_viewing_participant)
        self.remove_viewing_participant = raw_response(resource.remove_viewing_participant)
        self.add_viewing_participant = raw_response(resource.add_viewing_participant)
        self.get_without_customer = raw_response(resource.get_without_customer)
        self.add_new_viewing_participant_without_customer = raw_response(
            resource.add_new_viewing_participant_without_customer
        )
        self.remove_viewing_participant_without_customer = raw_response(
            resource.remove_viewing_participant_without_customer
        )
        self.add_viewing_participant_without_customer = raw_response(resource.add_viewing_participant_without_customer)
