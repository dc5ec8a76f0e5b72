"""urllib3's errors as ours, in our words: what failed (the connection refused, a name that does not
resolve, a timeout, TLS, the proxy), where (``host:port``), and, once the retry policy has given up,
which request it was and how many attempts took how long::

    could not connect to 127.0.0.1:1 (connection refused) — GET /CRM/Contact/c/K, 3 attempts in 1.42 s

The transport maps each failed attempt here (``failed_attempt``); ``_retry`` names the request and the
attempts on the error it raises (``after_attempts``). The library's own exception stays the error's
``__cause__``; its text (private class names, tuple reprs) is never the message.
"""

from __future__ import annotations

import errno
import http.client
import re
import ssl
import urllib.parse
from collections.abc import Iterator
from typing import TYPE_CHECKING

from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
    TimeoutError,
)
from urllib3.exceptions import IncompleteRead as _Urllib3IncompleteRead

from .errors import APIConnectionError, APITimeoutError

if TYPE_CHECKING:
    from ._transport import Request

__all__ = ["after_attempts", "endpoint", "expired", "failed_attempt", "named", "request_line", "too_large"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def endpoint(url: str) -> str:
    """``host:port`` of a URL, the port the scheme's default when none is written (IPv6 in brackets)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port or _DEFAULT_PORTS.get(parts.scheme, '?')}"


def request_line(request: Request) -> str:
    """The request as a status error names it: ``GET /CRM/Contact/k/K1?x=1`` (the host is the client's)."""
    split = urllib.parse.urlsplit(request.url)
    return f"{request.method} {split.path or '/'}{'?' + split.query if split.query else ''}"


def named(error: APIConnectionError, request: Request) -> APIConnectionError:
    """``error`` with the request named in its message (a failure while a returned body is read)."""
    error.args = (f"{error.reason} — {request_line(request)}",)
    return error


def after_attempts(error: APIConnectionError, request: Request, attempts: int, elapsed: float) -> APIConnectionError:
    """``error``, the last attempt's, once no attempt follows: the request, the number of attempts and the
    time they took in all (backoff included) are added to its message and set as attributes."""
    error.attempts, error.elapsed = attempts, elapsed
    counted = f"{attempts} attempt{'' if attempts == 1 else 's'} in {elapsed:.2f} s"
    error.args = (f"{error.reason} — {request_line(request)}, {counted}",)  # the same if raised again
    return error


def expired(request: Request, limit: float | None) -> APITimeoutError:
    """The attempt's deadline passed (the watchdog cut it off, whatever phase it was in)."""
    return APITimeoutError(
        f"timed out talking to {endpoint(request.url)}: the attempt took longer than {limit:g}s "
        "(connecting, sending, the headers and the body)",
        may_have_reached_server=True,
        method=request.method,
        url=request.url,
        kind="timeout",
    )


def too_large(limit: int, request: Request) -> APIConnectionError:
    text = (
        f"the response from {endpoint(request.url)} is larger than {limit} bytes; refused (raise "
        "max_response_bytes to accept it)"
    )
    return _error(request, text, "too_large", reached=True)


def failed_attempt(exc: BaseException, request: Request, *, proxy: str | None, reading: bool) -> APIConnectionError:
    """One attempt's failure as ours. ``proxy`` is the ``host:port`` of the proxy the transport sends
    through (None: none); ``reading`` says the headers were in and the body was being read."""
    reason: BaseException = exc
    if isinstance(exc, MaxRetryError) and exc.reason is not None:
        reason = exc.reason
    target = endpoint(request.url)
    if isinstance(reason, ProxyError):
        return _proxy_failure(reason, request, target, proxy or "?")
    # NewConnectionError subclasses ConnectTimeoutError in urllib3: test it first.
    if isinstance(reason, NewConnectionError):
        return _error(request, f"could not connect to {target} ({_not_connected(reason)})", "connect", reached=False)
    if isinstance(reason, ConnectTimeoutError):
        return _error(request, f"timed out connecting to {target}", "connect", reached=False, timeout=True)
    if isinstance(reason, (ReadTimeoutError, TimeoutError)):
        waiting = "the rest of the response body" if reading else "the response"
        return _error(request, f"timed out waiting for {waiting} from {target}", "timeout", reached=True, timeout=True)
    if isinstance(reason, SSLError):
        return _error(request, f"TLS with {target} failed ({_tls_failure(reason)})", "tls", reached=False)
    if isinstance(reason, DecodeError):  # a body that does not match its Content-Encoding
        text = f"the response body from {target} does not match its Content-Encoding"
        return _error(request, text, "invalid_body", reached=True)
    if isinstance(reason, (ProtocolError, OSError)) or isinstance(exc, ProtocolError):
        phase = "while the response body was read" if reading else "before the response arrived"
        text = f"the connection to {target} broke off {phase} ({_broken(reason)})"
        return _error(request, text, "broken", reached=True)
    return _error(request, f"the request to {target} failed ({type(reason).__name__})", "other", reached=True)


def _proxy_failure(err: ProxyError, request: Request, target: str, proxy: str) -> APIConnectionError:
    """urllib3 raises ``ProxyError`` only before the connection through the proxy is made (connecting to
    it, TLS with it, or the tunnel it was asked to open): the request itself was never sent."""
    inner = getattr(err, "original_error", None)
    if inner is None:
        inner = next((a for a in err.args if isinstance(a, BaseException)), err)
    if isinstance(inner, NewConnectionError):
        text = f"could not connect to the proxy {proxy} ({_not_connected(inner)})"
        return _error(request, text, "connect", reached=False)
    if isinstance(inner, (ConnectTimeoutError, TimeoutError)):
        return _error(request, f"timed out connecting to the proxy {proxy}", "connect", reached=False, timeout=True)
    if isinstance(inner, (SSLError, ssl.SSLError)):
        return _error(request, f"TLS with the proxy {proxy} failed ({_tls_failure(inner)})", "tls", reached=False)
    status = re.search(r"\b([1-5][0-9][0-9])\b(.*)", str(inner))  # the status the proxy answered CONNECT with
    said = f"answered {status[1]}{status[2].rstrip()}" if status else f"failed ({_broken(inner)})"
    text = f"the proxy {proxy} did not open a connection to {target}: it {said}"
    return _error(request, text, "proxy", reached=False)


def _error(request: Request, text: str, kind: str, *, reached: bool, timeout: bool = False) -> APIConnectionError:
    cls = APITimeoutError if timeout else APIConnectionError
    return cls(text, may_have_reached_server=reached, kind=kind, method=request.method, url=request.url)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, the exceptions it wraps (urllib3 puts them in ``args``) and its causes, each once."""
    todo: list[BaseException] = [exc]
    seen: set[int] = set()
    while todo and len(seen) < 16:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo.extend(a for a in e.args if isinstance(a, BaseException))
        todo.extend(c for c in (e.__cause__, e.__context__) if c is not None)


_ERRNO_WORDS = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset",
    errno.ENETUNREACH: "network unreachable",
    errno.EHOSTUNREACH: "host unreachable",
    errno.ETIMEDOUT: "timed out",
    errno.EADDRNOTAVAIL: "address not available",
    errno.EPIPE: "connection closed while sending",
}


def _os_words(exc: BaseException) -> str | None:
    for e in _causes(exc):
        if isinstance(e, OSError) and e.errno in _ERRNO_WORDS:
            return _ERRNO_WORDS[e.errno]
    return None


def _not_connected(exc: NewConnectionError) -> str:
    if isinstance(exc, NameResolutionError):
        return "the host name does not resolve"
    return _os_words(exc) or "no connection"


def _tls_failure(exc: BaseException) -> str:
    for e in _causes(exc):
        if isinstance(e, ssl.SSLCertVerificationError):
            return f"certificate not accepted: {e.verify_message}" if e.verify_message else "certificate not accepted"
    for e in _causes(exc):
        if isinstance(e, ssl.SSLError) and e.reason:
            return str(e.reason).lower().replace("_", " ")
    return _os_words(exc) or "the handshake did not complete"


def _broken(exc: BaseException) -> str:
    for e in _causes(exc):
        if isinstance(e, (http.client.IncompleteRead, _Urllib3IncompleteRead)):
            got = len(e.partial) if isinstance(e.partial, bytes) else e.partial
            more = f", {e.expected} more expected" if e.expected else ""
            return f"the body ended after {got} bytes{more}"
        if isinstance(e, http.client.RemoteDisconnected):
            return "closed by the server without a response"
    return _os_words(exc) or "connection closed"
