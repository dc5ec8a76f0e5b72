"""The note operations (``client.note``): their table rows and resource classes.

Imported on first use of ``client.note`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import note

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["NoteResource", "NoteRawResource", "OPERATIONS"]
NOTE_SAVE_NOTE = Operation(
    operation_id="note_save_note",
    python_name="save_note",
    method="POST",
    path="/Note/{customerId}",
    tag="note",
    summary="Note: save note",
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
    body=note.Note,
    body_name="note",
    response=None,
)
NOTE_GET_NOTES = Operation(
    operation_id="note_get_notes",
    python_name="get_notes",
    method="GET",
    path="/Note/{customerId}/GetNotes",
    tag="note",
    summary="Note: get notes",
    params=(
        Param(
            name="contactId",
            python_name="contact_id",
            location="query",
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
    response=list[note.SimpleNote],
)


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "note_save_note": NOTE_SAVE_NOTE,
    "note_get_notes": NOTE_GET_NOTES,
}


class NoteResource(Resource):
    """Operations under /Note"""

    def save_note(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        note: note.Note,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Note: save note

        ``POST /Note/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            note:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            NOTE_SAVE_NOTE,
            {
                "customerId": customer_id,
            },
            note,
            options,
        )

    def get_notes(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[note.SimpleNote]:
        """Note: get notes

        ``GET /Note/{customerId}/GetNotes``

        Args:
            contact_id: ``contactId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            NOTE_GET_NOTES,
            {
                "contactId": contact_id,
                "customerId": customer_id,
            },
            None,
            options,
        )


class NoteRawResource(Resource):
    """Operations under /Note: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = NoteResource(client)
        self.save_note = raw_response(resource.save_note)
        self.get_notes = raw_response(resource.get_notes)
