"""Connection failures over real local sockets (no network): each is classed by what happened (did the
request leave? is it retried?) and worded in our terms: what failed, where, the request, the attempts.

Proxies are local too: a closed port, a listener whose queue is full (connecting times out), and one that
refuses the tunnel; the client reaches them through urllib3's ProxyManager as it would a real proxy."""

from __future__ import annotations

import contextlib
import re
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import urllib3
from vitec_connect import APIConnectionError, APITimeoutError, Client, models

BUDGET = {"customer_id": "c", "office_id": "O", "user_id": "U", "year": 2024, "month": 3}
#: a host that is never resolved: every request to it goes through the (local) proxy
REMOTE = "https://connect.example.test"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def full_listener() -> Iterator[int]:
    """A port whose accept queue is full: a new connection is never completed (connecting times out)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(3):
        s = socket.socket()
        s.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            s.connect(("127.0.0.1", port))
        fillers.append(s)
    try:
        yield port
    finally:
        for s in [*fillers, server]:
            s.close()


@contextlib.contextmanager
def serving(handle: Callable[[socket.socket], None], *, read_head: bool = True) -> Iterator[int]:
    """A local server calling ``handle`` with each connection (after reading the request head, unless
    ``read_head`` is False)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn, contextlib.suppress(OSError):  # the client may give up first
                conn.settimeout(5)
                data = b""
                while read_head and b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                handle(conn)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        server.close()


def reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with RST


def failure(call: Callable[[Client], Any], **client: Any) -> APIConnectionError:
    with Client("u", "p", customer_id="c", **client) as c, pytest.raises(APIConnectionError) as info:
        call(c)
    return info.value


def get(c: Client) -> Any:
    return c.crm.get_contact(contact_id="K")


def post(c: Client) -> Any:
    return c.business_intelligence.budget(**BUDGET, realtor_budget=models.RealtorBudget())


ATTEMPTS = r"(\d) attempts? in (\d+\.\d\d) s$"


def assert_ours(error: APIConnectionError, head: str, request: str, attempts: int) -> None:
    """The message: ``<head> — <request>, <n> attempts in <t> s``; no urllib3 internals; the library's
    exception kept as the cause; the count and time the same as the attributes."""
    text = str(error)
    assert text.startswith(f"{head} — {request}, "), text
    match = re.search(ATTEMPTS, text)
    assert match, text
    assert int(match[1]) == error.attempts == attempts
    assert error.elapsed is not None and match[2] == f"{error.elapsed:.2f}"
    for internal in ("Connection(", "NewConnectionError", "ProxyError", "('", "urllib3"):
        assert internal not in text
    assert isinstance(error.__cause__, urllib3.exceptions.HTTPError)


# -------------------------------------------------------------------------------------------------
# the API's own address


def test_a_refused_connection_names_the_address_the_request_and_every_attempt() -> None:
    port = closed_port()
    error = failure(get, base_url=f"http://127.0.0.1:{port}", max_retries=2)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    assert_ours(error, f"could not connect to 127.0.0.1:{port} (connection refused)", "GET /CRM/Contact/c/K", 3)
    assert error.elapsed >= 0.5  # the time of all three attempts and the backoff between them, not the last one's


def test_a_refused_post_is_sent_once_and_says_it_did_not_leave() -> None:
    port = closed_port()
    error = failure(post, base_url=f"http://127.0.0.1:{port}", max_retries=2)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    request = "POST /BusinessIntelligence/Budget/c/O/U/2024/3"
    assert_ours(error, f"could not connect to 127.0.0.1:{port} (connection refused)", request, 1)


def test_a_name_that_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(host: str, *args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    error = failure(get, base_url="https://connect.example.test", trust_env=False, max_retries=1)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    head = "could not connect to connect.example.test:443 (the host name does not resolve)"
    assert_ours(error, head, "GET /CRM/Contact/c/K", 2)


def test_connecting_past_the_timeout_is_a_connect_timeout_not_a_request_that_may_have_left() -> None:
    with full_listener() as port:
        error = failure(get, base_url=f"http://127.0.0.1:{port}", timeout=0.3, max_retries=0)
    assert isinstance(error, APITimeoutError)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    assert_ours(error, f"timed out connecting to 127.0.0.1:{port}", "GET /CRM/Contact/c/K", 1)


def test_a_connection_reset_before_the_response() -> None:
    with serving(reset) as port:
        error = failure(post, base_url=f"http://127.0.0.1:{port}", max_retries=2)
    assert (error.kind, error.may_have_reached_server) == ("broken", True)
    text = str(error)
    why = "connection reset" if "(connection reset)" in text else "closed by the server without a response"  # racy
    head = f"the connection to 127.0.0.1:{port} broke off before the response arrived ({why})"
    assert_ours(error, head, "POST /BusinessIntelligence/Budget/c/O/U/2024/3", 1)


def test_a_body_that_ends_early() -> None:
    def truncated(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{\"id\"")

    with serving(truncated) as port:
        error = failure(get, base_url=f"http://127.0.0.1:{port}", max_retries=1)
    assert (error.kind, error.may_have_reached_server) == ("broken", True)
    head = (
        f"the connection to 127.0.0.1:{port} broke off while the response body was read "
        "(the body ended after 5 bytes, 5 more expected)"
    )
    assert_ours(error, head, "GET /CRM/Contact/c/K", 2)


def test_a_response_past_the_timeout_names_the_address_and_the_request() -> None:
    gate = threading.Event()
    with serving(lambda conn: gate.wait(3)) as port:
        error = failure(get, base_url=f"http://127.0.0.1:{port}", timeout=0.3, max_retries=0)
        gate.set()
    assert isinstance(error, APITimeoutError)
    assert (error.kind, error.may_have_reached_server) == ("timeout", True)
    text = str(error)
    # the attempt's deadline and the socket's read timeout are both 0.3 s: either may be first
    assert text.startswith(
        (
            f"timed out talking to 127.0.0.1:{port}: the attempt took longer than 0.3s",
            f"timed out waiting for the response from 127.0.0.1:{port} — ",
        )
    ), text
    assert text.endswith(" — GET /CRM/Contact/c/K, 1 attempt in " + f"{error.elapsed:.2f} s")


def test_tls_with_a_server_that_speaks_plain_http() -> None:
    def plain(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    with serving(plain, read_head=False) as port:
        error = failure(get, base_url=f"https://127.0.0.1:{port}", max_retries=2)
    assert (error.kind, error.may_have_reached_server) == ("tls", False)
    assert str(error).startswith(f"TLS with 127.0.0.1:{port} failed (")
    assert error.attempts == 1  # a TLS failure is not retried


# -------------------------------------------------------------------------------------------------
# a proxy


@pytest.mark.parametrize("given", ["argument", "environment"])
def test_a_refused_proxy_is_a_connect_error_retried_for_a_get(given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    port = closed_port()
    proxy = f"http://pu:secret@127.0.0.1:{port}"
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    if given == "environment":
        monkeypatch.setenv("HTTPS_PROXY", proxy)
        options: dict[str, Any] = {}
    else:
        options = {"proxy": proxy, "trust_env": False}
    error = failure(get, base_url=REMOTE, max_retries=2, **options)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    assert_ours(error, f"could not connect to the proxy 127.0.0.1:{port} (connection refused)", "GET /CRM/Contact/c/K", 3)
    assert "secret" not in str(error)


def test_a_refused_proxy_tells_a_post_that_nothing_was_sent() -> None:
    port = closed_port()
    error = failure(post, base_url=REMOTE, proxy=f"http://127.0.0.1:{port}", max_retries=2)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    request = "POST /BusinessIntelligence/Budget/c/O/U/2024/3"
    assert_ours(error, f"could not connect to the proxy 127.0.0.1:{port} (connection refused)", request, 1)


def test_a_refused_forwarding_proxy_for_a_plain_http_address() -> None:
    port, api = closed_port(), closed_port()
    error = failure(get, base_url=f"http://127.0.0.1:{api}", proxy=f"http://127.0.0.1:{port}", max_retries=0)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    assert_ours(error, f"could not connect to the proxy 127.0.0.1:{port} (connection refused)", "GET /CRM/Contact/c/K", 1)


def test_a_proxy_name_that_does_not_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(host: str, *args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    error = failure(get, base_url=REMOTE, proxy="http://proxy.example.test:3128", max_retries=0)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    head = "could not connect to the proxy proxy.example.test:3128 (the host name does not resolve)"
    assert_ours(error, head, "GET /CRM/Contact/c/K", 1)


def test_connecting_to_a_proxy_past_the_timeout() -> None:
    with full_listener() as port:
        error = failure(post, base_url=REMOTE, proxy=f"http://127.0.0.1:{port}", timeout=0.3, max_retries=2)
    assert isinstance(error, APITimeoutError)
    assert (error.kind, error.may_have_reached_server) == ("connect", False)
    assert_ours(error, f"timed out connecting to the proxy 127.0.0.1:{port}", "POST /BusinessIntelligence/Budget/c/O/U/2024/3", 1)


def test_a_proxy_that_refuses_the_tunnel_is_not_retried_and_nothing_was_sent() -> None:
    def refuse(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")

    with serving(refuse) as port:
        error = failure(get, base_url=REMOTE, proxy=f"http://127.0.0.1:{port}", max_retries=2)
    assert (error.kind, error.may_have_reached_server) == ("proxy", False)
    head = (
        f"the proxy 127.0.0.1:{port} did not open a connection to connect.example.test:443: "
        "it answered 407 Proxy Authentication Required"
    )
    assert_ours(error, head, "GET /CRM/Contact/c/K", 1)
