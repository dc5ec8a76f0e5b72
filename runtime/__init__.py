"""vitec-connect: a client and lossless JSON / DataContract XML toolkit for the Vitec Express Connect API.

    from vitec_connect import Client, models
    with Client(customer_id="M123") as client:    # VITEC_USERNAME / VITEC_PASSWORD
        contact = client.crm.get_contact(contact_id="contact-id")

Codecs: ``vitec_connect.json`` and ``vitec_connect.xml`` (``encode`` / ``decode``); models:
``vitec_connect.models``; errors: ``vitec_connect.errors`` (all under ``VitecError``).
"""

from . import json, models, xml
from ._client import DEFAULT_BASE_URL, NOT_GIVEN, Client, NotGiven, RawResponse
from ._options import BatchOptions, RequestOptions, WindowOptions
from ._retry import Retry
from ._scalars import Duration
from ._stream import StreamedResponse
from ._transport import BaseTransport, MockTransport, Request, Response, StreamResponse, Urllib3Transport
from ._types import UNSET, Model, OpenEnum, Timestamp, UnsetType
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DecodeError,
    EncodeError,
    InferredNamespaceError,
    InternalServerError,
    NamespaceMismatchError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
    VitecError,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BaseTransport",
    "BatchOptions",
    "Client",
    "DecodeError",
    "Duration",
    "EncodeError",
    "InferredNamespaceError",
    "InternalServerError",
    "MockTransport",
    "Model",
    "NamespaceMismatchError",
    "NotFoundError",
    "NotGiven",
    "OpenEnum",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Request",
    "RequestOptions",
    "Response",
    "Retry",
    "StreamResponse",
    "StreamedResponse",
    "Timestamp",
    "UnsetType",
    "Urllib3Transport",
    "ValidationError",
    "VitecError",
    "WindowOptions",
    "__version__",
    "json",
    "models",
    "xml",
]
