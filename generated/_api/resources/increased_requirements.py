"""The increased_requirements operations (``client.increased_requirements``): their table rows and resource classes.

Imported on first use of ``client.increased_requirements`` (see ``_api/operations.py``).
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource
from ..._response import raw_response
from ..._schema import Operation, Param
from ...models import increased_requirement

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions

__all__ = ["IncreasedRequirementsResource", "IncreasedRequirementsRawResource", "OPERATIONS"]
INCREASED_REQUIREMENTS_GET = Operation(
    operation_id="increased_requirements_get",
    python_name="get",
    method="GET",
    path="/IncreasedRequirement/{customerId}",
    tag="increased_requirements",
    summary="Increased requirements: get",
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


#: this tag's operations, in the spec's order
OPERATIONS: dict[str, Operation] = {
    "increased_requirements_get": INCREASED_REQUIREMENTS_GET,
}


class IncreasedRequirementsResource(Resource):
    """Operations under /IncreasedRequirement"""

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[increased_requirement.IncreasedRequirementCollection]:
        """Increased requirements: get

        ``GET /IncreasedRequirement/{customerId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            INCREASED_REQUIREMENTS_GET,
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
