"""Every error vitec-connect raises, in one shallow tree::

    VitecError
    ├── DecodeError              a body does not match the spec (path + what was expected)
    │   └── NamespaceMismatchError   strict XML: a type came in another namespace than the spec infers
    ├── EncodeError              an object cannot be written (path + why)
    │   └── InferredNamespaceError   an XML body in a namespace the spec only infers, not opted in
    ├── ValidationError          a documented constraint is violated; raised before sending
    └── APIError                 talking to the API failed
        ├── APIConnectionError   no (complete) response; ``may_have_reached_server`` says if it was sent
        │   └── APITimeoutError
        └── APIStatusError       the API answered with an error status
            ├── BadRequestError          400, ``errors``: field -> messages (also in its text)
            ├── AuthenticationError      401
            ├── PermissionDeniedError    403
            ├── NotFoundError            404
            ├── RateLimitError           429
            └── InternalServerError      5xx

Messages never contain credentials. Every error pickles with its attributes and its message (a call
in a ``ProcessPoolExecutor`` worker raises the same error in the parent).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DecodeError",
    "EncodeError",
    "InferredNamespaceError",
    "InternalServerError",
    "NamespaceMismatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ValidationError",
    "VitecError",
]


class VitecError(Exception):
    """Base of every error vitec-connect raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle calls ``cls(*args)`` by default, and most of our errors take keyword-only arguments that
        # ``args`` (the message) does not hold: rebuild from the message and the attributes instead, so a
        # subclass needs nothing of its own.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[VitecError], args: tuple[Any, ...], state: dict[str, Any]) -> VitecError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class DecodeError(VitecError, ValueError):
    """A body does not match the spec.

    ``path`` locates the problem (``TipsAndLeadsReport/IncomingLeads/IncomingLead[3]/CreatedAt``; JSON
    paths look the same with JSON names), ``reason`` says what was expected.
    """

    def __init__(self, reason: str, path: str = "") -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{reason} (at {path})" if path else reason)


class EncodeError(VitecError, ValueError):
    """An object cannot be encoded; ``path`` locates the value."""

    def __init__(self, reason: str, path: str = "") -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{reason} (at {path})" if path else reason)


class NamespaceMismatchError(DecodeError):
    """Strict XML decoding: the elements of a type whose namespace the spec only infers came in another
    namespace. ``type_name`` is the type, ``expected`` the namespace the spec infers and ``actual`` the
    one the document uses (non-strict decoding reads them and writes them back in ``actual``)."""

    def __init__(self, type_name: str, expected: str, actual: str, path: str = "") -> None:
        self.type_name, self.expected, self.actual = type_name, expected, actual
        super().__init__(
            f"{type_name} came in namespace {actual}; the spec infers {expected} (no document Vitec "
            "published shows it): correct the spec (strict mode)",
            path,
        )


class InferredNamespaceError(EncodeError):
    """An XML body would be written in a namespace that the spec only infers. .NET's reader silently
    drops elements in a namespace it does not expect, so nothing is sent unless the caller opts in
    (``Client.send_inferred_namespaces``, or ``xml.encode(..., allow_inferred_namespaces=True)``).
    ``type_name`` is the type and ``namespace`` the inferred namespace."""

    def __init__(self, type_name: str, namespace: str, path: str = "") -> None:
        self.type_name, self.namespace = type_name, namespace
        super().__init__(
            f"{type_name} would be sent in namespace {namespace}, which the spec infers (no document Vitec "
            "published shows it) and .NET drops elements it does not expect without an error; opt in with "
            "Client.send_inferred_namespaces = True (xml.encode(..., allow_inferred_namespaces=True))",
            path,
        )


class ValidationError(VitecError, ValueError):
    """A documented constraint is violated, or an argument is not of its parameter's type (raised before
    anything is sent).

    ``errors`` maps each argument or field path to its messages (Vitec's own wording where the docs give
    it): ``year``, ``contact_ids[2]``, ``lead.person.firstName``. ``operation`` is the call that was
    refused (``business_intelligence.budget``), empty when the error is not about one call.
    """

    def __init__(self, errors: Mapping[str, Sequence[str]], *, operation: str = "") -> None:
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in errors.items()}
        self.operation = operation
        detail = "; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items())
        call = f" to {operation}()" if operation else ""
        super().__init__(f"invalid request{call}: {detail}")


class APIError(VitecError):
    """Talking to the API failed."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = url
        super().__init__(message)


class APIConnectionError(APIError):
    """No complete response arrived.

    The message says what failed and where, then the request and the attempts: ``could not connect to
    127.0.0.1:1 (connection refused) — GET /CRM/Contact/k/K1, 3 attempts in 1.42 s``. The library's
    own exception is its ``__cause__``.

    ``may_have_reached_server`` is False only when the request certainly never left (for instance the
    connection, to the API or to the proxy, was refused); a POST that failed with it True may have been
    processed. ``kind`` says how it failed (the retry policy decides by it): ``"connect"`` (no
    connection to the API or to the proxy), ``"timeout"``, ``"broken"`` (the connection or the body broke
    off), ``"tls"``, ``"proxy"`` (the proxy did not open a connection to the API), ``"too_large"`` (the
    body exceeded the size limit), ``"invalid_body"`` (it does not match its ``Content-Encoding``) or
    ``"other"``. ``reason`` is what failed, without the request and the attempts; ``attempts`` is how
    many attempts were made and ``elapsed`` the seconds they took in all, waits included (None if not
    known).
    """

    def __init__(
        self,
        message: str,
        *,
        may_have_reached_server: bool,
        method: str = "",
        url: str = "",
        kind: str = "other",
        attempts: int = 1,
        elapsed: float | None = None,
    ) -> None:
        self.may_have_reached_server = may_have_reached_server
        self.kind = kind
        self.reason = message
        self.attempts = attempts
        self.elapsed = elapsed
        super().__init__(message, method=method, url=url)


class APITimeoutError(APIConnectionError):
    """The request or the response took longer than the timeout."""


class APIStatusError(APIError):
    """The API answered with an error status."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: bytes,
        headers: Mapping[str, str],
        method: str = "",
        url: str = "",
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.headers = dict(headers)
        super().__init__(message, method=method, url=url)

    @property
    def request_id(self) -> str | None:
        """The server's request id header, if it sent one."""
        for name in ("x-request-id", "request-id", "x-correlation-id"):
            for key, value in self.headers.items():
                if key.lower() == name:
                    return value
        return None


class BadRequestError(APIStatusError):
    """400: the API rejected the request; ``errors`` maps each field to its messages."""

    def __init__(self, message: str, *, errors: Mapping[str, Sequence[str]] | None = None, **kwargs: Any) -> None:
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in (errors or {}).items()}
        if self.errors:  # the text says what was wrong, not only that something was
            message += " — " + "; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items())
        super().__init__(message, **kwargs)


class AuthenticationError(APIStatusError):
    """401: the credentials were not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the user may not access the requested data (e.g. another customer id)."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the API failed."""
