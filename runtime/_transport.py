"""The transport seam: ``handle_request(Request) -> Response``.

A transport sends one attempt and reports what happened: a ``Response`` (whatever its status), or an
``APIConnectionError`` whose ``kind`` says how it failed. It never retries; ``_retry`` decides that.
``open(Request) -> StreamResponse`` is the same attempt returned once the headers are in, its body read
afterwards in chunks (file downloads; ``BaseTransport`` gives it to any transport, reading the body first).
``Urllib3Transport`` sends over one thread-safe urllib3 pool and is the only place urllib3's errors are
turned into ours; ``MockTransport`` answers from a function, for unit tests (retries included).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from ._transport_errors import endpoint, failed_attempt, named, too_large
from ._transport_errors import expired as _expired
from .errors import APIConnectionError

__all__ = ["BaseTransport", "MockTransport", "Request", "Response", "StreamResponse", "Urllib3Transport"]

log = logging.getLogger("vitec_connect")


class Request(NamedTuple):
    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes | None = None
    timeout: float | None = None  #: seconds for the whole attempt: connect, headers and body
    idempotent: bool | None = None  #: the spec's x-retry-safe: True, resent; False, never; None: by its method


class Response(NamedTuple):
    status_code: int
    headers: Mapping[str, str]
    content: bytes
    elapsed: float
    request: Request


#: How much of a streamed body is read at a time.
CHUNK_SIZE = 64 * 1024


class StreamResponse:
    """One attempt's response whose body is still to be read: ``iter_bytes()`` reads it chunk by chunk
    (once), ``read()`` all of it (at most the transport's size limit), ``close()`` drops what is unread
    (the connection is then not reused). A failure while reading is an ``APIConnectionError``, as from
    ``handle_request``; the body is read to its end or closed, never both left open."""

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        elapsed: float,
        request: Request,
        chunks: Callable[[int], Iterator[bytes]],
        close: Callable[[], None] = lambda: None,
        max_bytes: int | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.elapsed = elapsed  #: seconds until the headers were in
        self.request = request
        self._chunks = chunks
        self._close = close
        self._max_bytes = max_bytes
        self._started = False

    def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        if self._started:
            raise RuntimeError("the body of this response is being read or was read already")
        self._started = True
        return self._chunks(chunk_size)

    def read(self) -> bytes:
        """The whole body (an error's, say), refused past the transport's size limit."""
        chunks, total = [], 0
        for chunk in self.iter_bytes():
            total += len(chunk)
            if self._max_bytes is not None and total > self._max_bytes:
                self.close()
                raise named(too_large(self._max_bytes, self.request), self.request)
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self._close()


class BaseTransport:
    def handle_request(self, request: Request) -> Response:  # pragma: no cover - interface
        raise NotImplementedError

    def open(self, request: Request) -> StreamResponse:
        """Send one attempt and return its response with the body to be read. This default reads the
        whole body first (through ``handle_request``); ``Urllib3Transport`` reads it as it arrives."""
        response = self.handle_request(request)
        content = response.content

        def chunks(size: int) -> Iterator[bytes]:
            for i in range(0, len(content), size):
                yield content[i : i + size]

        return StreamResponse(response.status_code, response.headers, response.elapsed, request, chunks)

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


# ---------------------------------------------------------------------------------------------------
# One deadline per attempt. urllib3's timeouts bound each socket operation, so a server sending a byte
# a second holds a call forever; a watchdog thread shuts the attempt's socket down at its deadline,
# whatever phase it is in (connecting is bounded by the connect timeout, which never exceeds it).


class _Attempt:
    """One attempt's deadline and, once connected, its socket."""

    __slots__ = ("deadline", "done", "expired", "sock")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.sock: socket.socket | None = None
        self.expired = False
        self.done = False


class _Watchdog:
    """A daemon thread that cuts off attempts past their deadline."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Attempt]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, attempt: _Attempt) -> None:
        with self._cond:
            heapq.heappush(self._heap, (attempt.deadline, next(self._seq), attempt))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="vitec-connect-deadlines", daemon=True)
                self._thread.start()
            self._cond.notify()

    def bind(self, attempt: _Attempt, sock: socket.socket | None) -> None:
        with self._cond:
            if attempt.done or sock is None:
                return
            attempt.sock = sock
            if attempt.expired:
                _cut(sock)

    def finish(self, attempt: _Attempt) -> bool:
        """The attempt is over (its socket may go back to the pool); True if it ran out of time."""
        with self._cond:
            attempt.done = True
            attempt.sock = None
            return attempt.expired

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                deadline, _, attempt = self._heap[0]
                now = time.monotonic()
                if deadline > now:
                    self._cond.wait(deadline - now)
                    continue
                heapq.heappop(self._heap)
                attempt.expired = True
                if attempt.sock is not None:
                    _cut(attempt.sock)


def _cut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv or send in the attempt's thread
    except OSError:
        pass


_WATCHDOG = _Watchdog()
_CURRENT = threading.local()  # the attempt this thread is making, for the connection classes below


def _bind_current(conn: Any) -> None:
    attempt = getattr(_CURRENT, "attempt", None)
    if attempt is not None:
        _WATCHDOG.bind(attempt, conn.sock)


class _HTTPConnection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _bind_current(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _bind_current(self)  # a connection reused from the pool
        super().request(*args, **kwargs)


class _HTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _bind_current(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _bind_current(self)
        super().request(*args, **kwargs)


class _HTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOL_CLASSES = {"http": _HTTPConnectionPool, "https": _HTTPSConnectionPool}


class Urllib3Transport(BaseTransport):
    """HTTP(S) over one urllib3 ``PoolManager`` shared by all threads.

    ``max_response_bytes`` bounds how much of a body is read (streamed, refused before it is all read).
    ``request.timeout`` bounds each attempt as a whole: connecting (at most 10 s), sending, the headers
    and the body. Extra keyword arguments go to ``urllib3.PoolManager`` (``maxsize``, ``ca_certs``, ...).
    TLS certificates are verified unless ``cert_reqs="CERT_NONE"`` is passed explicitly.
    """

    def __init__(self, *, max_response_bytes: int = 64 * 1024 * 1024, **pool_options: Any) -> None:
        pool_options.setdefault("maxsize", 10)
        pool_options.setdefault("block", False)
        self.max_response_bytes = max_response_bytes
        self._pool = urllib3.PoolManager(retries=False, **pool_options)

    @property
    def _pool(self) -> urllib3.PoolManager:
        return self._manager

    @_pool.setter
    def _pool(self, manager: urllib3.PoolManager) -> None:
        """Any pool manager given (a ``ProxyManager`` too) makes connections whose deadline is watched."""
        manager.pool_classes_by_scheme = _POOL_CLASSES
        self._manager = manager

    def handle_request(self, request: Request) -> Response:
        resp, attempt, started = self._urlopen(request)
        limit = request.timeout
        try:
            try:
                content = self._read(resp)
            finally:
                expired = attempt is not None and _WATCHDOG.finish(attempt)
        except ResponseTooLarge as exc:
            self._discard(resp)
            raise too_large(exc.limit, request) from None
        except Exception as exc:  # urllib3's errors become ours here, and only here
            self._discard(resp)
            if expired:
                raise _expired(request, limit) from exc
            raise self._map(exc, request, reading=True) from exc
        if expired:  # cut off, though what was read looked complete (a body without a length)
            self._discard(resp)
            raise _expired(request, limit)
        resp.release_conn()
        elapsed = time.monotonic() - started
        headers = {k.lower(): v for k, v in resp.headers.items()}
        return Response(resp.status, headers, content, elapsed, request)

    def open(self, request: Request) -> StreamResponse:
        """The attempt, returned once the headers are in; its body is read from the socket as the caller
        asks for it, never held whole (``max_response_bytes`` bounds only ``read()``). ``request.timeout``
        still bounds the attempt as a whole, the body included."""
        resp, attempt, started = self._urlopen(request)
        body = _Body(self, resp, request, attempt, started)
        headers = {k.lower(): v for k, v in resp.headers.items()}
        elapsed = time.monotonic() - started
        return StreamResponse(resp.status, headers, elapsed, request, body.chunks, body.close, self.max_response_bytes)

    def _urlopen(self, request: Request) -> tuple[Any, _Attempt | None, float]:
        """Send the request and read the headers, under the attempt's deadline (which holds on for the body)."""
        started = time.monotonic()
        limit = request.timeout
        attempt = None
        if limit is not None:
            attempt = _Attempt(started + limit)
            _WATCHDOG.arm(attempt)
            _CURRENT.attempt = attempt
            timeout = urllib3.Timeout(connect=min(limit, 10.0), read=limit)
        else:
            timeout = urllib3.Timeout(connect=10.0, read=None)
        resp = None
        try:
            try:
                resp = self._pool.urlopen(
                    request.method,
                    request.url,
                    body=request.body,
                    headers=dict(request.headers),
                    retries=False,
                    timeout=timeout,
                    preload_content=False,
                    redirect=False,
                )
            finally:
                _CURRENT.attempt = None
        except Exception as exc:  # urllib3's errors become ours here, and only here
            expired = attempt is not None and _WATCHDOG.finish(attempt)
            self._discard(resp)
            failure = self._map(exc, request, reading=False)
            if expired and failure.may_have_reached_server:  # (a connection never made says so, deadline or not)
                raise _expired(request, limit) from exc
            raise failure from exc
        return resp, attempt, started

    @staticmethod
    def _discard(resp: Any) -> None:
        if resp is not None:
            resp.close()  # the connection is not reused: its state is unknown

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

    def _map(self, exc: Exception, request: Request, *, reading: bool) -> APIConnectionError:
        """One attempt's failure as ours (``_transport_errors`` words it), naming the proxy if there is one."""
        proxy = getattr(self._manager, "proxy", None)  # a ProxyManager's
        return failed_attempt(exc, request, proxy=endpoint(str(proxy)) if proxy else None, reading=reading)

    def close(self) -> None:
        self._pool.clear()


class _Body:
    """The body of an attempt ``Urllib3Transport.open`` returned: read in chunks as asked, its failures
    mapped like ``handle_request``'s; the attempt's deadline holds until it is read or closed."""

    def __init__(
        self, transport: Urllib3Transport, resp: Any, request: Request, attempt: _Attempt | None, started: float
    ) -> None:
        self.transport, self.resp, self.request, self.attempt, self.started = transport, resp, request, attempt, started
        self.done = False

    def _finish(self) -> bool:
        """The attempt is over; True if it ran out of time."""
        self.done = True
        return self.attempt is not None and _WATCHDOG.finish(self.attempt)

    def chunks(self, size: int) -> Iterator[bytes]:
        try:
            yield from self.resp.stream(size, decode_content=True)
        except Exception as exc:  # after the call returned: nothing retries it, so the request is named here
            expired = self._finish()
            self.resp.close()
            if expired:
                raise named(_expired(self.request, self.request.timeout), self.request) from exc
            raise named(self.transport._map(exc, self.request, reading=True), self.request) from exc
        if self._finish():  # cut off, though what was read looked complete (a body without a length)
            self.resp.close()
            raise named(_expired(self.request, self.request.timeout), self.request)
        self.resp.release_conn()

    def close(self) -> None:
        if not self.done:
            self._finish()
            self.resp.close()  # unread: the connection is not reused
