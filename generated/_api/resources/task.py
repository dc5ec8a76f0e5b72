"""The task operations (``client.task``): their table rows and resource classes.

Imported on first use of ``client.task`` (see ``_api/operations.py``).
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
    from ...models import task

__all__ = ["TaskResource", "TaskRawResource", "OPERATIONS"]


@functools.cache
def _task_get_tasks_row() -> Operation:
    from ...models import task

    return Operation(
        operation_id="task_get_tasks",
        python_name="get_tasks",
        method="GET",
        path="/Task/GetTasks",
        tag="task",
        summary="Lists the predefined tasks, each an id and a description.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=True,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[task.PredefinedTask],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "task_get_tasks": _task_get_tasks_row,
    }
)


class TaskResource(Resource):
    """Operations under /Task"""

    def get_tasks(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[task.PredefinedTask]:
        """Lists the predefined tasks, each an id and a description.

        ``GET /Task/GetTasks``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _task_get_tasks_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )


class TaskRawResource(Resource):
    """Operations under /Task: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = TaskResource(client)
        self.get_tasks = raw_response(resource.get_tasks)
