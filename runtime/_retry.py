"""The retry policy: the one place that decides whether a request is sent again, and after how long.

``Retry`` is urllib3's policy (an immutable value: ``increment()`` returns a new one, counting every
attempt against one budget) with our defaults. The transport sends each attempt once and reports what
happened (a ``Response``, or an ``APIConnectionError`` whose ``kind`` says how it failed); ``send``
asks ``Retry.decide`` what follows, waits, and sends again. Nothing else retries: urllib3's own retries
are off.

The rules, each logged at debug level with the real wait:

- only idempotent requests are resent (``GET``, ``HEAD``, ``OPTIONS`` if ``allowed_methods`` has
  them; an operation the spec marks ``x-retry-safe: true``, sent as ``Request.idempotent=True``):
  ``POST``, ``PUT``, ``DELETE`` are never sent twice, whatever fails, even under a user's policy that
  allows them (``x-retry-safe: false`` keeps a GET from being resent too);
- on a failed connection (``kind="connect"``, to the API or to a proxy: the request never left), a
  timeout or a body that broke off (``"timeout"``, ``"broken"``), and on statuses 429, 502, 503, 504;
  never on TLS failures, a proxy that refuses the tunnel (``"proxy"``), a body over the size limit or
  anything else;
- at most ``total`` retries in all, whatever their causes;
- the wait: ``Retry-After`` (seconds, fractional too, or an HTTP date) on 429 and 503, capped at
  ``retry_after_cap``; otherwise exponential backoff with jitter (urllib3's: none before the first
  retry, then ``backoff_factor * 2**(n-1)`` plus up to ``backoff_jitter``, at most ``backoff_max``).

The error given up with is the last attempt's, naming the request, the number of attempts and the time
they took in all.
"""

from __future__ import annotations

import copy
import email.utils
import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from urllib3 import HTTPHeaderDict
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError, ProtocolError, ReadTimeoutError
from urllib3.util.retry import Retry as _Urllib3Retry

from ._transport_errors import after_attempts
from .errors import APIConnectionError

if TYPE_CHECKING:
    from ._transport import BaseTransport, Request, Response, StreamResponse

__all__ = ["Decision", "Retry", "default_retry", "open_stream", "send"]

log = logging.getLogger("vitec_connect")


class Decision(NamedTuple):
    """What follows one attempt: ``retry`` is the policy for the next attempt (None: stop here), to be
    sent after ``wait`` seconds; ``reason`` says why, for the log."""

    retry: Retry | None
    wait: float
    reason: str


class _Seen:
    """One response as urllib3's ``Retry`` reads it (status and headers; never a redirect)."""

    def __init__(self, response: Response | StreamResponse) -> None:
        self.status = response.status_code
        self.headers = HTTPHeaderDict(response.headers)

    def get_redirect_location(self) -> bool:
        return False


#: The exception urllib3's ``Retry`` counts for each ``APIConnectionError.kind`` it may retry.
_AS_URLLIB3: dict[str, Callable[[str], Exception]] = {
    "connect": lambda url: ConnectTimeoutError(f"could not connect to {url}"),
    "timeout": lambda url: ReadTimeoutError(None, url, "timed out"),  # type: ignore[arg-type]
    "broken": lambda url: ProtocolError("the response broke off"),
}


#: Methods resent without the spec's word (urllib3's default also lists PUT and DELETE: not here).
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})


class Retry(_Urllib3Retry):
    #: longest wait a server's Retry-After may impose
    RETRY_AFTER_CAP: float = 30.0
    DEFAULT_ALLOWED_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
    RETRY_AFTER_STATUS_CODES = frozenset({429, 503})
    #: statuses retried by ``default_retry``
    STATUS_FORCELIST = frozenset({429, 502, 503, 504})

    def __init__(self, *args: Any, retry_after_cap: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after_cap: float = self.RETRY_AFTER_CAP if retry_after_cap is None else retry_after_cap

    @classmethod
    def of(cls, policy: _Urllib3Retry) -> Retry:
        """``policy`` as our ``Retry`` (a plain urllib3 ``Retry`` given by a user keeps its settings)."""
        if isinstance(policy, cls):
            return policy
        if not isinstance(policy, _Urllib3Retry):
            raise TypeError(f"retry must be a urllib3 Retry (or vitec_connect.Retry), not {type(policy).__name__}")
        ours: Any = copy.copy(policy)
        ours.__class__ = cls
        ours.retry_after_cap = cls.RETRY_AFTER_CAP
        return cast("Retry", ours)

    def new(self, **kwargs: Any) -> Retry:
        kwargs.setdefault("retry_after_cap", self.retry_after_cap)
        return super().new(**kwargs)  # type: ignore[return-value]

    def increment(self, *args: Any, **kwargs: Any) -> Retry:
        """urllib3's count of one more attempt, typed as ours on every urllib3 (it builds the value with ``new``)."""
        counted = super().increment(*args, **kwargs)
        assert isinstance(counted, Retry)
        return counted

    def parse_retry_after(self, retry_after: str) -> float:
        """Seconds from a ``Retry-After`` value: a number of seconds (fractional too) or an HTTP date.
        Raises ``ValueError`` for anything else (``decide`` then falls back to backoff)."""
        text = retry_after.strip()
        try:
            seconds = float(text)
        except ValueError:
            when = email.utils.parsedate_to_datetime(text)  # ValueError or TypeError if not a date
            seconds = when.timestamp() - time.time()
        if not math.isfinite(seconds):
            raise ValueError(f"Retry-After {retry_after!r} is not a number of seconds")
        return max(0.0, seconds)

    def get_retry_after(self, response: Any) -> float | None:
        value = response.headers.get("Retry-After")
        if value is None:
            return None
        try:
            return min(self.parse_retry_after(value), self.retry_after_cap)
        except (ValueError, TypeError):
            return None  # not a valid header: backoff decides

    def allows(self, request: Request) -> bool:
        """May this request be sent again at all? Only if it is idempotent: its method is one of
        ``allowed_methods``, or the spec marks the operation idempotent (``request.idempotent``)."""
        if request.idempotent is not None:
            return request.idempotent
        method = request.method.upper()
        return method in _IDEMPOTENT and method in (self.allowed_methods or ())

    def retries_status(self, response: Response | StreamResponse) -> bool:
        """Is this status one to retry (``status_forcelist``, or 429 / 503 with ``Retry-After``)?"""
        status = response.status_code
        if self.status_forcelist and status in self.status_forcelist:
            return True
        return bool(
            self.respect_retry_after_header
            and status in self.RETRY_AFTER_STATUS_CODES
            and "retry-after" in {k.lower() for k in response.headers}
        )

    def decide(
        self,
        request: Request,
        *,
        response: Response | StreamResponse | None = None,
        error: APIConnectionError | None = None,
    ) -> Decision:
        """The decision after one attempt of ``request`` that gave ``response`` or failed with ``error``."""
        if response is not None and not self.retries_status(response):
            return Decision(None, 0.0, f"status {response.status_code}")
        if not self.allows(request):
            return Decision(None, 0.0, f"{request.method} is not idempotent: never sent twice")
        # urllib3 counts the attempt (one budget: ``total``) and keeps the history the backoff grows with.
        counter = self if request.idempotent is None else self.new(allowed_methods=None)
        if error is not None:
            make = _AS_URLLIB3.get(error.kind)
            if make is None:
                return Decision(None, 0.0, f"{error.kind} failure, not retried")
            cause = f"{error.kind} failure"
            try:
                new = counter.increment(request.method, request.url, error=make(request.url))
            except (MaxRetryError, ConnectTimeoutError, ReadTimeoutError, ProtocolError):
                return Decision(None, 0.0, f"{cause}, no retries left")
            return Decision(new, new.get_backoff_time(), cause)
        assert response is not None
        seen = _Seen(response)
        cause = f"status {response.status_code}"
        try:
            new = counter.increment(request.method, request.url, response=seen)  # type: ignore[arg-type]
        except MaxRetryError:
            return Decision(None, 0.0, f"{cause}, no retries left")
        wait = None
        if self.respect_retry_after_header and response.status_code in self.RETRY_AFTER_STATUS_CODES:
            wait = self.get_retry_after(seen)
        return Decision(new, new.get_backoff_time() if wait is None else wait, cause)


def default_retry(max_retries: int, *, backoff_factor: float = 0.5, backoff_max: float = 8.0) -> Retry:
    """The policy for idempotent requests: ``max_retries`` retries in all, for any of the causes."""
    return Retry(
        total=max_retries,
        connect=None,
        read=None,
        status=None,
        other=0,
        redirect=0,
        allowed_methods=Retry.DEFAULT_ALLOWED_METHODS,
        status_forcelist=Retry.STATUS_FORCELIST,
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        backoff_jitter=backoff_factor,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )


def send(
    transport: BaseTransport,
    request: Request,
    retry: Retry | None,
    *,
    sleep: Callable[[float], None] | None = None,
) -> Response:
    """Send ``request`` through ``transport``, again as long as ``retry`` decides so; the last response,
    or the last attempt's ``APIConnectionError``. ``sleep`` waits (default ``time.sleep``)."""
    return _attempts(transport.handle_request, request, retry, sleep)


def open_stream(
    transport: BaseTransport,
    request: Request,
    retry: Retry | None,
    *,
    sleep: Callable[[float], None] | None = None,
) -> StreamResponse:
    """``send`` for a body read afterwards (``transport.open``): the same decisions on each attempt's
    failure or status and headers (a response that is retried is closed unread). Once a response is
    returned nothing is sent again: a failure while its body is read is the caller's, never retried
    (part of the body may already have been written somewhere)."""
    return _attempts(transport.open, request, retry, sleep)


_R = TypeVar("_R", "Response", "StreamResponse")


def _attempts(
    attempt_once: Callable[[Request], _R], request: Request, retry: Retry | None, sleep: Callable[[float], None] | None
) -> _R:
    attempt = 1
    started = time.monotonic()
    while True:
        try:
            response = attempt_once(request)
        except APIConnectionError as exc:
            decision = retry.decide(request, error=exc) if retry is not None else None
            if decision is None or decision.retry is None:
                if decision is not None:
                    log.debug("%s %s: attempt %d: %s", request.method, request.url, attempt, decision.reason)
                # the last attempt's error, naming the request and every attempt (not only the last one's time)
                after_attempts(exc, request, attempt, time.monotonic() - started)
                raise
        else:
            if retry is None:
                return response
            decision = retry.decide(request, response=response)
            if decision.retry is None:
                return response
            close = getattr(response, "close", None)
            if close is not None:
                close()  # a body not read (a streamed response's): its connection is not reused
        left = decision.retry.total
        log.debug(
            "retrying %s %s after %s (attempt %d, %s retries left); waiting %.2fs",
            request.method, request.url, decision.reason, attempt, left, decision.wait,
        )  # fmt: skip
        if decision.wait > 0:
            (sleep or time.sleep)(decision.wait)
        retry = decision.retry
        attempt += 1
