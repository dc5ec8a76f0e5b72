"""The crm_link operations (``client.crm_link``): their table rows and resource classes.

Imported on first use of ``client.crm_link`` (see ``_api/operations.py``).
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
    from ...models import link

__all__ = ["CrmLinkResource", "CrmLinkRawResource", "OPERATIONS"]


@functools.cache
def _crm_link_categories_row() -> Operation:
    from ...models import link

    return Operation(
        operation_id="crm_link_categories",
        python_name="categories",
        method="POST",
        path="/CRM/Link/{customerId}/Category",
        tag="crm_link",
        summary="Lists the link categories.",
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
        response=list[link.LinkCategories],
    )


@functools.cache
def _crm_link_create_row() -> Operation:
    from ...models import link

    return Operation(
        operation_id="crm_link_create",
        python_name="create",
        method="POST",
        path="/CRM/Link/{customerId}/{estateId}",
        tag="crm_link",
        summary="Attaches a new link (URL, name, category) to an estate.",
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
        body=link.LinkData,
        body_name="link_data",
        response=str,
    )


@functools.cache
def _crm_link_get_row() -> Operation:
    from ...models import link

    return Operation(
        operation_id="crm_link_get",
        python_name="get",
        method="GET",
        path="/CRM/Link/{customerId}/{linkId}",
        tag="crm_link",
        summary="Gets one link by its id.",
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
                name="linkId",
                python_name="link_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=link.Link,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_link_categories": _crm_link_categories_row,
        "crm_link_create": _crm_link_create_row,
        "crm_link_get": _crm_link_get_row,
    }
)


class CrmLinkResource(Resource):
    """Operations under /CRM"""

    def categories(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[link.LinkCategories]:
        """Lists the link categories.

        ``POST /CRM/Link/{customerId}/Category``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_link_categories_row(),
            {
                "customerId": customer_id,
            },
            None,
            options,
        )

    def create(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        estate_id: str,
        link_data: link.LinkData,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Attaches a new link (URL, name, category) to an estate.

        ``POST /CRM/Link/{customerId}/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            link_data:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_link_create_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            link_data,
            options,
        )

    def get(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        link_id: str,
        **options: Unpack[RequestOptions],
    ) -> link.Link:
        """Gets one link by its id.

        ``GET /CRM/Link/{customerId}/{linkId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            link_id: ``linkId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_link_get_row(),
            {
                "customerId": customer_id,
                "linkId": link_id,
            },
            None,
            options,
        )


class CrmLinkRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmLinkResource(client)
        self.categories = raw_response(resource.categories)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
