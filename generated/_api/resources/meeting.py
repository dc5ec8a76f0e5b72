"""The meeting operations (``client.meeting``): their table rows and resource classes.

Imported on first use of ``client.meeting`` (see ``_api/operations.py``).
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
    from ...models import meeting

__all__ = ["MeetingResource", "MeetingRawResource", "OPERATIONS"]


@functools.cache
def _meeting_post_assignment_meeting_row() -> Operation:
    from ...models import meeting

    return Operation(
        operation_id="meeting_post_assignment_meeting",
        python_name="post_assignment_meeting",
        method="POST",
        path="/Meeting/Assignment/{customerId}/{estateId}",
        tag="meeting",
        summary="Books an intake meeting about an estate with a contact, at a time and place.",
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
        body=meeting.AssignmentMeeting,
        body_name="assignment_meeting",
        response=str,
    )


@functools.cache
def _meeting_get_meetings_row() -> Operation:
    from ...models import meeting

    return Operation(
        operation_id="meeting_get_meetings",
        python_name="get_meetings",
        method="POST",
        path="/Meeting/GetMeetings",
        tag="meeting",
        summary="Lists the booked meetings that match criteria (dates, kind of meeting).",
        params=(),
        body=meeting.MeetingCreateria,
        body_name="criteria",
        response=list[meeting.Meeting],
    )


@functools.cache
def _meeting_get_single_row() -> Operation:
    from ...models import meeting

    return Operation(
        operation_id="meeting_get_single",
        python_name="get_single",
        method="GET",
        path="/Meeting/{customerId}/{id}",
        tag="meeting",
        summary="Gets one booked meeting by its id.",
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
        body=None,
        body_name=None,
        response=meeting.Meeting,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "meeting_post_assignment_meeting": _meeting_post_assignment_meeting_row,
        "meeting_get_meetings": _meeting_get_meetings_row,
        "meeting_get_single": _meeting_get_single_row,
    }
)


class MeetingResource(Resource):
    """Operations under /Meeting"""

    def post_assignment_meeting(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        assignment_meeting: meeting.AssignmentMeeting,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Books an intake meeting about an estate with a contact, at a time and place.

        ``POST /Meeting/Assignment/{customerId}/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            assignment_meeting:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _meeting_post_assignment_meeting_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            assignment_meeting,
            options,
        )

    def get_meetings(
        self,
        *,
        criteria: meeting.MeetingCreateria,
        **options: Unpack[RequestOptions],
    ) -> list[meeting.Meeting]:
        """Lists the booked meetings that match criteria (dates, kind of meeting).

        ``POST /Meeting/GetMeetings``

        Args:
            criteria:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _meeting_get_meetings_row(),
            {},
            criteria,
            options,
        )

    def get_single(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> meeting.Meeting:
        """Gets one booked meeting by its id.

        ``GET /Meeting/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _meeting_get_single_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            None,
            options,
        )


class MeetingRawResource(Resource):
    """Operations under /Meeting: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = MeetingResource(client)
        self.post_assignment_meeting = raw_response(resource.post_assignment_meeting)
        self.get_meetings = raw_response(resource.get_meetings)
        self.get_single = raw_response(resource.get_single)
