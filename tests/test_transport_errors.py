"""urllib3's errors in our words (``_transport_errors``), and the request and its attempts named on the
error the retry policy gives up with; no sockets (tests/with_server/test_connection_failures.py has them)."""

from __future__ import annotations

import logging
import pickle
import re
import ssl

import pytest
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ProtocolError, ProxyError, SSLError
from vitec_connect import APIConnectionError, APITimeoutError, MockTransport, Request, Response
from vitec_connect._retry import default_retry, send
from vitec_connect._transport_errors import endpoint, failed_attempt, request_line

REQUEST = Request("POST", "https://connect.example.test/BusinessIntelligence/Budget/c/O/U/2024/3?x=1", {}, b"{}", 5.0)


def _mapped(exc: BaseException, *, reading: bool = False) -> APIConnectionError:
    return failed_attempt(exc, REQUEST, proxy="proxy.example.test:3128", reading=reading)


def _refused() -> NewConnectionError:
    error = NewConnectionError(None, "Failed to establish a new connection: [Errno 111] Connection refused")  # type: ignore[arg-type]
    error.__cause__ = ConnectionRefusedError(111, "Connection refused")
    return error


@pytest.mark.parametrize(
    ("url", "where"),
    [
        ("https://connect.maklare.vitec.net/x", "connect.maklare.vitec.net:443"),
        ("http://127.0.0.1/x", "127.0.0.1:80"),
        ("http://127.0.0.1:8080/x", "127.0.0.1:8080"),
        ("https://[::1]:8443/x", "[::1]:8443"),
    ],
)
def test_an_address_is_host_and_port(url: str, where: str) -> None:
    assert endpoint(url) == where


def test_the_request_is_named_as_a_status_error_names_it() -> None:
    assert request_line(REQUEST) == "POST /BusinessIntelligence/Budget/c/O/U/2024/3?x=1"


def test_every_proxy_failure_says_nothing_was_sent() -> None:
    refused = _mapped(ProxyError("Unable to connect to proxy", _refused()))
    assert (type(refused), refused.kind, refused.may_have_reached_server) == (APIConnectionError, "connect", False)
    assert str(refused) == "could not connect to the proxy proxy.example.test:3128 (connection refused)"

    slow = _mapped(ProxyError("Unable to connect to proxy", ConnectTimeoutError(None, "timed out")))
    assert (type(slow), slow.kind, slow.may_have_reached_server) == (APITimeoutError, "connect", False)
    assert str(slow) == "timed out connecting to the proxy proxy.example.test:3128"

    tls = SSLError(ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"))
    tls.args[0].reason = "WRONG_VERSION_NUMBER"
    handshake = _mapped(ProxyError("Unable to connect to proxy", tls))
    assert (handshake.kind, handshake.may_have_reached_server) == ("tls", False)
    assert str(handshake) == "TLS with the proxy proxy.example.test:3128 failed (wrong version number)"

    tunnel = _mapped(ProxyError("Unable to connect to proxy", OSError("Tunnel connection failed: 403 Forbidden")))
    assert (tunnel.kind, tunnel.may_have_reached_server) == ("proxy", False)
    assert str(tunnel) == (
        "the proxy proxy.example.test:3128 did not open a connection to connect.example.test:443: it answered 403 Forbidden"
    )


def test_a_refused_connection_to_the_api() -> None:
    error = _mapped(_refused())
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    assert str(error) == "could not connect to connect.example.test:443 (connection refused)"


def test_a_broken_connection_says_when() -> None:
    aborted = _mapped(ProtocolError("Connection aborted.", ConnectionResetError(104, "Connection reset by peer")))
    assert (aborted.kind, aborted.may_have_reached_server) == ("broken", True)
    assert str(aborted) == "the connection to connect.example.test:443 broke off before the response arrived (connection reset)"
    body = _mapped(ProtocolError("Connection broken", ConnectionResetError(104, "reset")), reading=True)
    assert str(body) == "the connection to connect.example.test:443 broke off while the response body was read (connection reset)"


def test_an_unknown_failure_names_its_type_not_its_text() -> None:
    class Odd(Exception):
        pass

    error = _mapped(Odd("<object at 0x7f> internals"))
    assert (error.kind, error.may_have_reached_server) == ("other", True)
    assert str(error) == "the request to connect.example.test:443 failed (Odd)"


class Failing:
    """A transport whose every attempt fails with ``kind``."""

    def __init__(self, kind: str) -> None:
        self.kind, self.attempts = kind, 0

    def __call__(self, request: Request) -> Response:
        self.attempts += 1
        raise APIConnectionError(f"failed: {self.kind}", may_have_reached_server=True, kind=self.kind)


@pytest.mark.parametrize(("kind", "budget", "attempts"), [("timeout", 2, 3), ("timeout", 0, 1), ("tls", 2, 1)])
def test_the_error_given_up_with_names_the_request_and_counts_every_attempt(
    kind: str, budget: int, attempts: int, caplog: pytest.LogCaptureFixture
) -> None:
    transport = Failing(kind)
    request = Request("GET", "https://connect.example.test/CRM/Contact/c/K", {}, None, 5.0)
    waits: list[float] = []
    caplog.set_level(logging.DEBUG, logger="vitec_connect")
    with pytest.raises(APIConnectionError) as info:
        send(MockTransport(transport), request, default_retry(budget) if budget else None, sleep=waits.append)
    error = info.value
    assert transport.attempts == error.attempts == attempts
    assert str(error) == f"failed: {kind} — GET /CRM/Contact/c/K, {attempts} attempt{'s' * (attempts > 1)} in {error.elapsed:.2f} s"
    retried = [r for r in caplog.records if r.getMessage().startswith("retrying GET")]
    assert len(retried) == attempts - 1  # the log and the error tell the same story
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.attempts, copy.elapsed, str(copy)) == (error.attempts, error.elapsed, str(error))


def test_an_error_instance_raised_again_is_worded_the_same() -> None:
    shared = APIConnectionError("failed: tls", may_have_reached_server=False, kind="tls")

    def fail(request: Request) -> Response:
        raise shared

    request = Request("GET", "https://connect.example.test/CRM/Contact/c/K", {}, None, 5.0)
    texts = []
    for _ in range(2):
        with pytest.raises(APIConnectionError) as info:
            send(MockTransport(fail), request, None)
        texts.append(str(info.value))
        assert info.value.reason == "failed: tls"
    for text in texts:
        assert re.fullmatch(r"failed: tls — GET /CRM/Contact/c/K, 1 attempt in \d+\.\d\d s", text), text
