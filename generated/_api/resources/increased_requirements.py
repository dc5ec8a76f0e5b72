"""The increased_requirements operations (``client.increased_requirements``): their table rows and resource classes.

Imported on first use of ``client.increased_requirements`` (see ``_api/operations.py``).
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
    from ...models import increased_requirement

__all__ = ["IncreasedRequirementsResource", "IncreasedRequirementsRawResource", "OPERATIONS"]


@functools.cache
def _increased_requirements_get_row() -> Operation:
    from ...models import increased_requirement

    return Operation(
        operation_id="increased_requirements_get",
        python_name="get",
        method="GET",
        path="/IncreasedRequirement/{customerId}",
        tag="increased_requirements",
        summary="Lists the increased requirements (utökade krav) that apply to a customer.",
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
        body=None,
        body_name=None,
        response=list[increased_requirement.IncreasedRequirementCollection],
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "increased_requirements_get": _increased_requirements_get_row,
    }
)


class IncreasedRequirementsResource(Resource):
    """Operations under /IncreasedRequirement"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[increased_requirement.IncreasedRequirementCollection]:
        """Lists the increased requirements (utökade krav) that apply to a customer.

        ``GET /IncreasedRequirement/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _increased_requirements_get_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )


class IncreasedRequirementsRawResource(Resource):
    """Operations under /IncreasedRequirement: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = IncreasedRequirementsResource(client)
        self.get = raw_response(resource.get)
