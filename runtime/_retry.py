"""The retry policy: urllib3's ``Retry`` (an immutable value; ``increment()`` returns a new one) with
our defaults, a cap on ``Retry-After``, and a debug record of every decision.

Only idempotent requests are retried (the client passes no policy for a POST): on connection errors,
timeouts, 429 and 502/503/504, with exponential backoff and jitter, honouring ``Retry-After`` up to
``retry_after_cap`` seconds.
"""

from __future__ import annotations

import logging
from typing import Any

from urllib3.util.retry import Retry as _Urllib3Retry

__all__ = ["Retry", "default_retry"]

log = logging.getLogger("vitec_connect")


class Retry(_Urllib3Retry):
    #: longest wait a server's Retry-After may impose (urllib3 >= 2.5 has its own, 6 h, cap as well)
    RETRY_AFTER_CAP: float = 30.0
    DEFAULT_ALLOWED_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
    RETRY_AFTER_STATUS_CODES = frozenset({429, 503})

    def __init__(self, *args: Any, retry_after_cap: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after_cap: float = self.RETRY_AFTER_CAP if retry_after_cap is None else retry_after_cap

    def new(self, **kwargs: Any) -> Retry:
        kwargs.setdefault("retry_after_cap", self.retry_after_cap)
        return super().new(**kwargs)  # type: ignore[return-value]

    def get_retry_after(self, response: Any) -> float | None:
        value = super().get_retry_after(response)
        if value is None:
            return None
        return min(value, self.retry_after_cap)

    def increment(self, method: str | None = None, url: str | None = None, *args: Any, **kwargs: Any) -> Retry:
        new = super().increment(method, url, *args, **kwargs)
        response = kwargs.get("response")
        error = kwargs.get("error")
        cause = f"status {response.status}" if response is not None else type(error).__name__ if error else "?"
        log.debug(
            "retrying %s %s after %s (%s left); waiting %.2fs", method, url, cause, new.total, new.get_backoff_time()
        )
        return new  # type: ignore[return-value]


def default_retry(max_retries: int, *, backoff_factor: float = 0.5, backoff_max: float = 8.0) -> Retry:
    """The policy for idempotent requests."""
    return Retry(
        total=max_retries,
        connect=max_retries,
        read=max_retries,
        status=max_retries,
        other=0,
        redirect=0,
        allowed_methods=Retry.DEFAULT_ALLOWED_METHODS,
        status_forcelist=frozenset({429, 502, 503, 504}),
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        backoff_jitter=backoff_factor,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )
