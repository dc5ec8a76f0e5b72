"""The note operations (``client.note``): their table rows and resource classes.

Imported on first use of ``client.note`` (see ``_api/operations.py``).
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
    from ...models import note

__all__ = ["NoteResource", "NoteRawResource", "OPERATIONS"]


@functools.cache
def _note_save_note_row() -> Operation:
    from ...models import note

    return Operation(
        operation_id="note_save_note",
        python_name="save_note",
        method="POST",
        path="/Note/{customerId}",
        tag="note",
        summary="Saves a note (date, user, text) on a contact or an estate.",
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


@functools.cache
def _note_get_notes_row() -> Operation:
    from ...models import note

    return Operation(
        operation_id="note_get_notes",
        python_name="get_notes",
        method="GET",
        path="/Note/{customerId}/GetNotes",
        tag="note",
        summary="Lists the notes on a contact.",
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


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "note_save_note": _note_save_note_row,
        "note_get_notes": _note_get_notes_row,
    }
)


class NoteResource(Resource):
    """Operations under /Note"""

    def save_note(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        note: note.Note,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Saves a note (date, user, text) on a contact or an estate.

        ``POST /Note/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            note:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _note_save_note_row(),
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
        """Lists the notes on a contact.

        ``GET /Note/{customerId}/GetNotes``

        Args:
            contact_id: ``contactId``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _note_get_notes_row(),
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
