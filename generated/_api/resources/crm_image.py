"""The crm_image operations (``client.crm_image``): their table rows and resource classes.

Imported on first use of ``client.crm_image`` (see ``_api/operations.py``).
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
    from ...models import image

__all__ = ["CrmImageResource", "CrmImageRawResource", "OPERATIONS"]


@functools.cache
def _crm_image_get_image_row() -> Operation:
    return Operation(
        operation_id="crm_image_get_image",
        python_name="get_image",
        method="GET",
        path="/CRM/Image/GetImage",
        tag="crm_image",
        summary="Downloads an image by its id.",
        params=(
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=True,
                customer=True,
            ),
            Param(
                name="imageId",
                python_name="image_id",
                location="query",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=bytes,
    )


@functools.cache
def _crm_image_get_image_categories_row() -> Operation:
    from ...models import image

    return Operation(
        operation_id="crm_image_get_image_categories",
        python_name="get_image_categories",
        method="GET",
        path="/CRM/Image/GetImageCategories",
        tag="crm_image",
        summary="Lists the image categories.",
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
        response=list[image.ImageCategories],
    )


@functools.cache
def _crm_image_post_row() -> Operation:
    from ...models import image

    return Operation(
        operation_id="crm_image_post",
        python_name="create",
        method="POST",
        path="/CRM/Image/{customerId}/{estateId}",
        tag="crm_image",
        summary="Attaches a new image (GIF, JPEG, TIFF, BMP or PNG) to an estate.",
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
        body=image.ImageData,
        body_name="image_data",
        response=str,
    )


@functools.cache
def _crm_image_delete_row() -> Operation:
    return Operation(
        operation_id="crm_image_delete",
        python_name="delete",
        method="DELETE",
        path="/CRM/Image/{customerId}/{imageId}",
        tag="crm_image",
        summary="Deletes an image, given its id.",
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
                name="imageId",
                python_name="image_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=None,
        body_name=None,
        response=None,
    )


@functools.cache
def _crm_image_put_row() -> Operation:
    from ...models import image

    return Operation(
        operation_id="crm_image_put",
        python_name="update",
        method="PUT",
        path="/CRM/Image/{customerId}/{imageId}",
        tag="crm_image",
        summary="Replaces an image's data (GIF, JPEG, TIFF, BMP or PNG), given its id.",
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
                name="imageId",
                python_name="image_id",
                location="path",
                kind="string",
                required=True,
            ),
        ),
        body=image.ImageData,
        body_name="image_data",
        response=None,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "crm_image_get_image": _crm_image_get_image_row,
        "crm_image_get_image_categories": _crm_image_get_image_categories_row,
        "crm_image_post": _crm_image_post_row,
        "crm_image_delete": _crm_image_delete_row,
        "crm_image_put": _crm_image_put_row,
    }
)


class CrmImageResource(Resource):
    """Operations under /CRM"""

    def get_image(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        image_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Downloads an image by its id.

        ``GET /CRM/Image/GetImage``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            image_id: ``imageId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_image_get_image_row(),
            {
                "customerId": customer_id,
                "imageId": image_id,
            },
            None,
            options,
        )

    def get_image_categories(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> list[image.ImageCategories]:
        """Lists the image categories.

        ``GET /CRM/Image/GetImageCategories``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_image_get_image_categories_row(),
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
        image_data: image.ImageData,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Attaches a new image (GIF, JPEG, TIFF, BMP or PNG) to an estate.

        ``POST /CRM/Image/{customerId}/{estateId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            estate_id: ``estateId``.
            image_data:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_image_post_row(),
            {
                "customerId": customer_id,
                "estateId": estate_id,
            },
            image_data,
            options,
        )

    def delete(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        image_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deletes an image, given its id.

        ``DELETE /CRM/Image/{customerId}/{imageId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            image_id: ``imageId``.
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_image_delete_row(),
            {
                "customerId": customer_id,
                "imageId": image_id,
            },
            None,
            options,
        )

    def update(
        self,
        *,
        customer_id: str | NotGiven = NOT_GIVEN,
        image_id: str,
        image_data: image.ImageData,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replaces an image's data (GIF, JPEG, TIFF, BMP or PNG), given its id.

        ``PUT /CRM/Image/{customerId}/{imageId}``

        Args:
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            image_id: ``imageId``.
            image_data:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _crm_image_put_row(),
            {
                "customerId": customer_id,
                "imageId": image_id,
            },
            image_data,
            options,
        )


class CrmImageRawResource(Resource):
    """Operations under /CRM: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = CrmImageResource(client)
        self.get_image = raw_response(resource.get_image)
        self.get_image_categories = raw_response(resource.get_image_categories)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
