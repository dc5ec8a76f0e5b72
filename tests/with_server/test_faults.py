"""Faults injected by a local server: GETs recover or fail with the right error in time; a POST is
never received twice."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from vitec_connect import APIConnectionError, APITimeoutError, Client, InternalServerError, RateLimitError
from vitec_connect.models import public_advertisement_lead as pal
from vitec_connect.testing import Fault, MockServer

LEAD = pal.PublicAdvertisingPersonLead(person=pal.Person(first_name="Per", social_security_number="19900101-0000"),
                                       lead_source=pal.LeadSource(name="Booli"))  # fmt: skip


def timed(fn: object) -> tuple[object, float]:
    start = time.monotonic()
    try:
        result: object = fn()  # type: ignore[operator]
    except Exception as exc:
        result = exc
    return result, time.monotonic() - start


def gets(server: MockServer) -> int:
    return sum(1 for r in server.requests if r.operation_id == "get_contact")


def posts(server: MockServer) -> int:
    return sum(1 for r in server.requests if r.operation_id == "create_person_lead")


def test_503_with_retry_after_recovers_after_waiting(server: MockServer, client: Client) -> None:
    server.inject("get_contact", Fault(status=503, retry_after=1, times=1))
    result, took = timed(lambda: client.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000"))
    assert not isinstance(result, Exception) and gets(server) == 2
    assert 0.9 <= took < 3


def test_retry_after_is_capped(server: MockServer) -> None:
    c = Client(server.username, server.password, base_url=server.url, max_retries=1)
    c._retry = c._retry.new(retry_after_cap=0.2)  # type: ignore[union-attr]
    server.inject("get_contact", Fault(status=429, retry_after=60, times=1))
    result, took = timed(lambda: c.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000"))
    assert not isinstance(result, Exception) and took < 2


def test_persistent_5xx_gives_up_with_the_status_error(server: MockServer, client: Client) -> None:
    server.inject("get_contact", Fault(status=502, times=10))
    result, took = timed(lambda: client.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000"))
    assert isinstance(result, InternalServerError) and result.status_code == 502
    assert gets(server) == 3 and took < 5  # one try and two retries


def test_429_without_retries_is_a_rate_limit_error(server: MockServer) -> None:
    c = Client(server.username, server.password, base_url=server.url, max_retries=0)
    server.inject("get_contact", Fault(status=429, retry_after=1))
    with pytest.raises(RateLimitError):
        c.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000")


@pytest.mark.parametrize("where", ["request", "response"])
def test_reset_get_recovers(server: MockServer, client: Client, where: str) -> None:
    server.inject("get_contact", Fault(reset=where, times=1))
    result, _ = timed(lambda: client.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000"))
    assert not isinstance(result, Exception)


def test_slow_response_past_the_timeout(server: MockServer) -> None:
    c = Client(server.username, server.password, base_url=server.url, timeout=0.3, max_retries=1)
    server.inject("get_contact", Fault(latency=1.0, times=5))
    result, took = timed(lambda: c.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000"))
    assert isinstance(result, APITimeoutError) and result.may_have_reached_server
    assert took < 0.3 * 2 + 1.5  # two attempts of 0.3 s plus backoff


def test_connection_refused_is_known_not_to_have_reached_the_server() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = Client("u", "p", base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with pytest.raises(APIConnectionError) as e:
        c.public_advertising.create_person_lead(customer_id="k", lead=LEAD)
    assert not e.value.may_have_reached_server and not isinstance(e.value, APITimeoutError)
    assert "could not connect" in str(e.value)


@pytest.mark.parametrize(
    "fault",
    [Fault(reset="response"), Fault(reset="request"), Fault(status=503, retry_after=0), Fault(status=502), Fault(truncate=True), Fault(latency=1.0)],
    ids=["reset-mid-response", "reset-mid-request", "503-retry-after", "502", "truncated", "past-timeout"],
)
def test_a_post_is_never_sent_twice(server: MockServer, fmt: str, fault: Fault) -> None:
    c = Client(server.username, server.password, base_url=server.url, format=fmt, timeout=0.5, max_retries=3)
    server.inject("create_person_lead", fault)
    with pytest.raises((APIConnectionError, InternalServerError)) as e:
        c.public_advertising.create_person_lead(customer_id=server.customer_id, lead=LEAD)
    time.sleep(0.05 if not fault.latency else 0.7)
    assert posts(server) <= 1  # the client sent it at most once
    assert len(server.created_leads) <= 1
    if isinstance(e.value, APIConnectionError) and fault.reset != "request":
        assert e.value.may_have_reached_server


def _open_fds() -> int:
    import os

    return len(os.listdir("/proc/self/fd"))


def test_many_threads_share_one_client_without_cross_talk_or_leaks(server: MockServer, fmt: str) -> None:
    ids = list(server.data.contacts)[:20]
    errors: list[BaseException] = []
    before = _open_fds()
    deadline = time.monotonic() + 3.0  # bounded in time as well as in count
    calls = [0] * 8

    def work(n: int, client: Client) -> None:
        try:
            for i in range(40):
                if time.monotonic() > deadline:
                    break
                cid = ids[(n + i) % len(ids)]
                assert client.crm.get_contact(customer_id=server.customer_id, contact_id=cid).id == cid  # no cross-talk
                calls[n] += 1
        except BaseException as exc:
            errors.append(exc)

    with Client(server.username, server.password, base_url=server.url, format=fmt, maxsize=4) as client:
        threads = [threading.Thread(target=work, args=(n, client)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert errors == [] and gets(server) == sum(calls) > 8
    # The pool closed its sockets; the server (in this process) closes its ends once it sees that.
    deadline = time.monotonic() + 5
    while _open_fds() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _open_fds() <= before
