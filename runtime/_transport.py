"""The transport seam: ``handle_request(Request) -> Response``.

``Urllib3Transport`` sends over one thread-safe urllib3 pool and is the only place urllib3's errors are
turned into ours; ``MockTransport`` answers from a function, for unit tests.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    ResponseError,
    SSLError,
    TimeoutError,
)

from ._retry import Retry
from .errors import APIConnectionError, APITimeoutError

__all__ = ["BaseTransport", "MockTransport", "Request", "Response", "Urllib3Transport"]

log = logging.getLogger("vitec_connect")


class Request(NamedTuple):
    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes | None = None
    timeout: float | None = None
    retry: Retry | None = None  #: None: do not retry (always for non-idempotent requests)


class Response(NamedTuple):
    status_code: int
    headers: Mapping[str, str]
    content: bytes
    elapsed: float
    request: Request


class BaseTransport:
    def handle_request(self, request: Request) -> Response:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        return None


class MockTransport(BaseTransport):
    """Answers every request with ``handler(request)`` (a ``Response``, or raises)."""

    def __init__(self, handler: Callable[[Request], Response]) -> None:
        self.handler = handler

    def handle_request(self, request: Request) -> Response:
        return self.handler(request)


class ResponseTooLarge(Exception):
    """The body exceeded the configured limit (raised before it is all read)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"response body larger than {limit} bytes")


class Urllib3Transport(BaseTransport):
    """HTTP(S) over one urllib3 ``PoolManager`` shared by all threads.

    ``max_response_bytes`` bounds how much of a body is read (streamed, refused before it is all read).
    Extra keyword arguments go to ``urllib3.PoolManager`` (``maxsize``, ``ca_certs``, ...). TLS
    certificates are verified unless ``cert_reqs="CERT_NONE"`` is passed explicitly.
    """

    def __init__(self, *, max_response_bytes: int = 64 * 1024 * 1024, **pool_options: Any) -> None:
        pool_options.setdefault("maxsize", 10)
        pool_options.setdefault("block", False)
        self.max_response_bytes = max_response_bytes
        self._pool = urllib3.PoolManager(retries=False, **pool_options)

    def handle_request(self, request: Request) -> Response:
        started = time.monotonic()
        timeout = (
            urllib3.Timeout(connect=min(request.timeout, 10.0), read=request.timeout)
            if request.timeout is not None
            else urllib3.Timeout(connect=10.0, read=None)
        )
        retry = request.retry
        while True:
            try:
                resp = self._pool.urlopen(
                    request.method,
                    request.url,
                    body=request.body,
                    headers=dict(request.headers),
                    retries=retry if retry is not None else False,
                    timeout=timeout,
                    preload_content=False,
                    redirect=False,
                )
            except Exception as exc:  # urllib3's errors become ours here, and only here
                raise self._map(exc, request, time.monotonic() - started) from None
            try:
                content = self._read(resp)
            except ResponseTooLarge as exc:
                resp.close()
                raise APIConnectionError(
                    f"{exc}; refused (raise max_response_bytes to accept it)",
                    may_have_reached_server=True,
                    method=request.method,
                    url=request.url,
                ) from None
            except (ProtocolError, ReadTimeoutError, TimeoutError, OSError) as exc:
                # The body broke off. urllib3 retries only what fails before the response; for an
                # idempotent request, the same policy decides whether to send it again.
                resp.close()
                if retry is None:
                    raise self._map(exc, request, time.monotonic() - started) from None
                try:
                    retry = retry.increment(request.method, request.url, error=exc)  # type: ignore[arg-type]
                except MaxRetryError:
                    raise self._map(exc, request, time.monotonic() - started) from None
                retry.sleep()
                continue
            resp.release_conn()
            break
        elapsed = time.monotonic() - started
        headers = {k.lower(): v for k, v in resp.headers.items()}
        return Response(resp.status, headers, content, elapsed, request)

    def _read(self, resp: Any) -> bytes:
        limit = self.max_response_bytes
        length = resp.headers.get("content-length")
        if length is not None and length.isdigit():
            if int(length) > limit:
                raise ResponseTooLarge(limit)  # refused before reading any of it
            if not resp.headers.get("content-encoding"):
                data: bytes = resp.read()  # bounded by its length, which is within the limit
                return data
        chunks = []  # no length, or compressed (a small body may inflate): stream, and stop past the limit
        total = 0
        for chunk in resp.stream(256 * 1024, decode_content=True):
            total += len(chunk)
            if total > limit:
                raise ResponseTooLarge(limit)
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _map(exc: Exception, request: Request, elapsed: float) -> APIConnectionError:
        reason: BaseException = exc
        if isinstance(exc, MaxRetryError) and exc.reason is not None:
            reason = exc.reason
        where = {"method": request.method, "url": request.url}
        took = f" after {elapsed:.2f}s"
        # NewConnectionError subclasses ConnectTimeoutError in urllib3: test it first.
        if isinstance(reason, NewConnectionError):
            return APIConnectionError(
                f"could not connect: {_plain(reason)}{took}", may_have_reached_server=False, **where
            )
        if isinstance(reason, (ConnectTimeoutError,)):
            return APITimeoutError(f"timed out connecting{took}", may_have_reached_server=False, **where)
        if isinstance(reason, (ReadTimeoutError, TimeoutError)):
            return APITimeoutError(f"timed out waiting for the response{took}", may_have_reached_server=True, **where)
        if isinstance(reason, SSLError):
            return APIConnectionError(f"TLS failed: {_plain(reason)}", may_have_reached_server=False, **where)
        if isinstance(reason, ResponseError):
            return APIConnectionError(
                f"gave up after retries: {_plain(reason)}{took}", may_have_reached_server=True, **where
            )
        if isinstance(reason, ProtocolError) or isinstance(exc, ProtocolError):
            return APIConnectionError(
                f"connection broken: {_plain(reason)}{took}", may_have_reached_server=True, **where
            )
        return APIConnectionError(f"request failed: {_plain(reason)}{took}", may_have_reached_server=True, **where)

    def close(self) -> None:
        self._pool.clear()


def _plain(exc: BaseException) -> str:
    """An exception's text without object reprs (which may hold connection details)."""
    text = str(exc)
    return text.split(": ", 1)[-1] if text.startswith("<") else text
