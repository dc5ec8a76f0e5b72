"""The crm_project operations (``client.crm_project``): their table rows and resource classes.

Imported on first use of ``client.crm_project`` (see ``_api/operations.py``).
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
    from ...models import estate_cms

__all__ = ["CrmProjectResource", "CrmProjectRawResource", "OPERATIONS"]


@functools.cache
def _crm_project_update_row() -> Operation:
    from ...models import estate_cms

    return Operation(
        operation_id="crm_project_update",
        python_name="update",
        method="PUT",
        path="/CRM/Project/{customerId}/{projectId}",
        tag="crm_project",
        summary="Updates a project's base information, selling heading and description.",
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
                name="projectId",
                python_name="project_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=estate_cms.CmsProject,
        body_name="project",
        response=None,
    )


@functools.cache
def _crm_project_add_estate_connections_row() -> Operation:
    return Operation(
        operation_id="crm_project_add_estate_connections",
        python_name="add_estate_connections",
        method="POST",
        path="/CRM/Project/{customerId}/{projectId}/Estate",
        tag="crm_project",
        summary="Connects existing estates to a project.",
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
                name="projectId",
                python_name="project_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=list[str],
        body_name="estate_ids",
        response=None,
    )


@functools.cache
def _crm_project_delete_estate_connections_row() -> Operation:
    return Operation(
        operation_id="crm_project_delete_estate_connections",
        python_name="delete_estate_connections",
        method="DELETE",
        path="/CRM/Project/{customerId}/{projectId}/Estate/{estateId}",
        tag="crm_project",
        summary="Disconnects an estate from a project.",
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
                name="projectId",
                python_name="project_id",
                location="path",
                kind="string",
                required=True,
            ),
            Param(
                name="estateId",
                python_name="estate_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_project_update": _crm_project_update_row,
        "crm_project_add_estate_connections": _crm_project_add_estate_connections_row,
        "crm_project_delete_estate_connections": _crm_project_delete_estate_connections_row,
    }
)


class CrmProjectResource(Resource):
    """Operations under /CRM"""

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        project_id: str,
        project: estate_cms.CmsProject,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Updates a project's base information, selling heading and description.

        ``PUT /CRM/Project/{customerId}/{projectId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            project_id: ``projectId``.
            project:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_project_update_row(),
            {
                "customerId": customer_id,
                "projectId": project_id,
            },
            project,
            options,
        )

    def add_estate_connections(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        project_id: str,
        estate_ids: list[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Connects existing estates to a project.

        ``POST /CRM/Project/{customerId}/{projectId}/Estate``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            project_id: ``projectId``.
            estate_ids:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_project_add_estate_connections_row(),
            {
                "customerId": customer_id,
                "projectId": project_id,
            },
            estate_ids,
            options,
        )

    def delete_estate_connections(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        project_id: str,
        estate_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disconnects an estate from a project.

        ``DELETE /CRM/Project/{customerId}/{projectId}/Estate/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            project_id: ``projectId``.
            estate_id: ``estateId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_project_delete_estate_connections_row(),
            {
                "customerId": customer_id,
                "projectId": project_id,
                "estateId": estate_id,
            },
            None,
            options,
        )


class CrmProjectRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmProjectResource(client)
        self.update = raw_response(resource.update)
        self.add_estate_connections = raw_response(resource.add_estate_connections)
        self.delete_estate_connections = raw_response(resource.delete_estate_connections)
