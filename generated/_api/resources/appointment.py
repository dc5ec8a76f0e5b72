"""The appointment operations (``client.appointment``): their table rows and resource classes.

Imported on first use of ``client.appointment`` (see ``_api/operations.py``).
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
    from ...models import appointment

__all__ = ["AppointmentResource", "AppointmentRawResource", "OPERATIONS"]


@functools.cache
def _appointment_post_row() -> Operation:
    from ...models import appointment

    return Operation(
        operation_id="appointment_post",
        python_name="create",
        method="POST",
        path="/Appointment/{customerId}/{id}",
        tag="appointment",
        summary="Creates a calendar event (appointment): subject, place, start and end, all day or recurring.",
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
        body=appointment.Appointment,
        body_name="appointment",
        response=str,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "appointment_post": _appointment_post_row,
    }
)


class AppointmentResource(Resource):
    """Operations under /Appointment"""

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        id: str,
        appointment: appointment.Appointment,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a calendar event (appointment): subject, place, start and end, all day or recurring.

        ``POST /Appointment/{customerId}/{id}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            id: ``id``.
            appointment:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _appointment_post_row(),
            {
                "customerId": customer_id,
                "id": id,
            },
            appointment,
            options,
        )


class AppointmentRawResource(Resource):
    """Operations under /Appointment: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = AppointmentResource(client)
        self.create = raw_response(resource.create)
