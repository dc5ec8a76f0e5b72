"""The viewing_participant operations (``client.viewing_participant``): their table rows and resource classes.

Imported on first use of ``client.viewing_participant`` (see ``_api/operations.py``).
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
    from ...models import participant_follow_up

__all__ = ["ViewingParticipantResource", "ViewingParticipantRawResource", "OPERATIONS"]


@functools.cache
def _viewing_participant_put_row() -> Operation:
    from ...models import participant_follow_up

    return Operation(
        operation_id="viewing_participant_put",
        python_name="update",
        method="PUT",
        path="/ViewingParticipant/{customerId}",
        tag="viewing_participant",
        summary=(
            "Records the follow-up of a viewing participant: whether they took part and whether they were contacted."
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
        ),
        body=participant_follow_up.ParticipantFollowUp,
        body_name="participant_follow_up",
        response=bool,
    )


@functools.cache
def _viewing_participant_get_row() -> Operation:
    from ...models import participant_follow_up

    return Operation(
        operation_id="viewing_participant_get",
        python_name="get",
        method="GET",
        path="/ViewingParticipant/{customerId}/{contactId}/{viewingId}",
        tag="viewing_participant",
        summary="Gets the follow-up of a contact's participation in a viewing.",
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
                name="viewingId",
                python_name="viewing_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[participant_follow_up.ParticipantFollowUp],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "viewing_participant_put": _viewing_participant_put_row,
        "viewing_participant_get": _viewing_participant_get_row,
    }
)


class ViewingParticipantResource(Resource):
    """Operations under /ViewingParticipant"""

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        participant_follow_up: participant_follow_up.ParticipantFollowUp,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Records the follow-up of a viewing participant: whether they took part and whether they were contacted.

        ``PUT /ViewingParticipant/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            participant_follow_up:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_participant_put_row(),
            {
                "customerId": customer_id,
            },
            participant_follow_up,
            options,
        )

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        viewing_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[participant_follow_up.ParticipantFollowUp]:
        """Gets the follow-up of a contact's participation in a viewing.

        ``GET /ViewingParticipant/{customerId}/{contactId}/{viewingId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            contact_id: ``contactId``.
            viewing_id: ``viewingId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _viewing_participant_get_row(),
            {
                "customerId": customer_id,
                "contactId": contact_id,
                "viewingId": viewing_id,
            },
            None,
            options,
        )


class ViewingParticipantRawResource(Resource):
    """Operations under /ViewingParticipant: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = ViewingParticipantResource(client)
        self.update = raw_response(resource.update)
        self.get = raw_response(resource.get)
