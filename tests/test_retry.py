"""The retry policy, driven rule by rule through a transport double: no sockets, no real waits."""

from __future__ import annotations

import email.utils
import logging
import time

import hypothesis.strategies as st
import pytest
import urllib3
from hypothesis import given, settings
from vitec_connect import (
    APIConnectionError,
    APITimeoutError,
    Client,
    InternalServerError,
    MockTransport,
    Request,
    Response,
    Retry,
)
from vitec_connect._retry import default_retry, send

URL = "https://api.example/x"
KINDS_RETRIED = ["connect", "timeout", "broken"]
KINDS_NOT_RETRIED = ["tls", "proxy", "too_large", "invalid_body", "other"]
NOT_IDEMPOTENT = ["POST", "PUT", "DELETE", "PATCH"]


class Script:
    """A transport double: answers each attempt with the next outcome (a status, or an error kind)."""

    def __init__(self, outcomes: list[int | str], headers: dict[str, str] | None = None) -> None:
        self.outcomes = list(outcomes)
        self.headers = headers or {}
        self.attempts: list[Request] = []

    def __call__(self, request: Request) -> Response:
        self.attempts.append(request)
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, str):
            cls = APITimeoutError if outcome == "timeout" else APIConnectionError
            raise cls(f"failed: {outcome}", may_have_reached_server=outcome != "connect", kind=outcome)
        return Response(outcome, {"content-type": "application/json", **self.headers}, b"{}", 0.0, request)


def run(
    outcomes: list[int | str],
    *,
    method: str = "GET",
    retry: Retry | None = None,
    headers: dict[str, str] | None = None,
    idempotent: bool | None = None,
) -> tuple[Script, list[float], Response | APIConnectionError]:
    script = Script(outcomes, headers)
    waits: list[float] = []
    request = Request(method, URL, {}, None, 5.0, idempotent)
    try:
        result: Response | APIConnectionError = send(
            MockTransport(script), request, retry or default_retry(2), sleep=waits.append
        )
    except APIConnectionError as exc:
        result = exc
    return script, waits, result


# -- statuses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retried_statuses_recover(status: int) -> None:
    script, _, result = run([status, 200])
    assert len(script.attempts) == 2 and isinstance(result, Response) and result.status_code == 200


@pytest.mark.parametrize("status", [429, 502, 503, 504])
@pytest.mark.parametrize("budget", [0, 1, 2, 5])
def test_a_retried_status_stops_after_the_budget(status: int, budget: int) -> None:
    script, waits, result = run([status], retry=default_retry(budget) if budget else Retry(total=0))
    assert len(script.attempts) == 1 + budget
    assert isinstance(result, Response) and result.status_code == status  # the last answer, for the client to raise
    assert len(waits) <= budget


@pytest.mark.parametrize("status", [200, 201, 204, 400, 401, 403, 404, 409, 500, 501, 505])
def test_other_statuses_are_not_retried(status: int) -> None:
    script, waits, _ = run([status, 200])
    assert len(script.attempts) == 1 and waits == []


# -- failures ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS_RETRIED)
def test_failed_connections_timeouts_and_broken_bodies_are_retried(kind: str) -> None:
    script, _, result = run([kind, 200])
    assert len(script.attempts) == 2 and isinstance(result, Response)
    script, _, result = run([kind])
    assert len(script.attempts) == 3 and isinstance(result, APIConnectionError) and result.kind == kind


@pytest.mark.parametrize("kind", KINDS_NOT_RETRIED)
def test_tls_failures_oversized_and_undecodable_bodies_are_not_retried(kind: str) -> None:
    script, _, result = run([kind, 200])
    assert len(script.attempts) == 1 and isinstance(result, APIConnectionError) and result.kind == kind


# -- methods ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", NOT_IDEMPOTENT)
@pytest.mark.parametrize("outcome", [429, 502, 503, 504, *KINDS_RETRIED])
@pytest.mark.parametrize("policy", ["default", "urllib3 default (allows PUT, DELETE)", "everything allowed"])
def test_a_request_that_is_not_idempotent_is_never_sent_twice(method: str, outcome: int | str, policy: str) -> None:
    retry = {
        "default": default_retry(5),
        "urllib3 default (allows PUT, DELETE)": Retry.of(urllib3.Retry(total=5, status_forcelist=[429, 502, 503, 504])),
        "everything allowed": Retry.of(urllib3.Retry(total=5, allowed_methods=None, status_forcelist=[429, 502, 503, 504])),
    }[policy]
    script, waits, _ = run([outcome, 200], method=method, retry=retry, headers={"Retry-After": "0"})
    assert len(script.attempts) == 1 and waits == []


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS"])
def test_idempotent_methods_are_retried(method: str) -> None:
    script, _, _ = run([503, 200], method=method)
    assert len(script.attempts) == 2


def test_an_operation_the_spec_marks_idempotent_is_retried_whatever_its_method() -> None:
    script, _, result = run([503, "broken", 200], method="PUT", idempotent=True)
    assert len(script.attempts) == 3 and isinstance(result, Response)
    script, _, _ = run([503, 200], method="GET", idempotent=False)
    assert len(script.attempts) == 1


# -- one budget -------------------------------------------------------------------------------------

OUTCOMES = st.sampled_from([429, 502, 503, 504, *KINDS_RETRIED])


@settings(max_examples=100, deadline=None)
@given(st.lists(OUTCOMES, min_size=1, max_size=12), st.integers(0, 6))
def test_every_attempt_counts_against_one_budget(failures: list[int | str], budget: int) -> None:
    """Whatever the mix of statuses, timeouts and broken bodies: at most 1 + max_retries attempts."""
    script, waits, _ = run([*failures, 200], retry=default_retry(budget) if budget else Retry(total=0))
    assert len(script.attempts) == min(len(failures) + 1, budget + 1)
    assert len(waits) <= len(script.attempts) - 1


# -- waits ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [("1", 1.0), ("0.2", 0.2), ("2.5", 2.5), (" 3 ", 3.0), ("0", 0.0), ("30", 30.0), ("31", 30.0), ("86400", 30.0),
     ("1e2", 30.0), ("-5", 0.0)],
)  # fmt: skip
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_in_seconds_is_honoured_up_to_the_cap(header: str, expected: float, status: int) -> None:
    _, waits, result = run([status, 200], headers={"Retry-After": header})
    assert isinstance(result, Response) and result.status_code == 200
    assert waits == ([expected] if expected > 0 else [])


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    _, waits, _ = run([503, 200], headers={"Retry-After": when})
    assert len(waits) == 1 and 8.0 <= waits[0] <= 10.5


@pytest.mark.parametrize("header", ["soon", "", "NaN", "inf", "1,5", "Tue, 99 Foo 2024"])
def test_an_invalid_retry_after_falls_back_to_backoff(header: str) -> None:
    script, waits, result = run([503, 503, 200], headers={"Retry-After": header})
    assert isinstance(result, Response) and result.status_code == 200 and len(script.attempts) == 3
    assert all(0 <= w <= 8.5 for w in waits)


def test_backoff_grows_and_is_capped() -> None:
    retry = default_retry(8, backoff_factor=0.5, backoff_max=3.0)
    _, waits, _ = run([502] * 8 + [200], retry=retry)
    # urllib3's schedule: none before the first retry, then factor * 2**(n-1) plus jitter, at most the max
    assert len(waits) == 7 and waits[0] >= 1.0 and all(w <= 3.0 for w in waits) and waits[-1] == 3.0


def test_the_log_states_the_real_wait(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="vitec_connect"):
        run([503, 503, 200], headers={"Retry-After": "1.5"})
    lines = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(lines) == 2 and all("waiting 1.50s" in line and "status 503" in line for line in lines)
    assert "attempt 1, 1 retries left" in lines[0] and "attempt 2, 0 retries left" in lines[1]


def test_a_decision_is_a_new_value_and_the_policy_is_unchanged() -> None:
    retry = default_retry(2)
    request = Request("GET", URL, {}, None, 5.0)
    decision = retry.decide(request, response=Response(503, {}, b"", 0.0, request))
    assert decision.retry is not None and decision.retry is not retry
    assert (retry.total, decision.retry.total) == (2, 1)


# -- through the client -----------------------------------------------------------------------------


def test_the_client_accepts_a_policy_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    script = Script([503, 503, 503, 200], {"Retry-After": "0.2"})
    with Client("u", "p", transport=MockTransport(script), retry=urllib3.Retry(total=3, status_forcelist=[503])) as c:
        assert c.with_raw_response.crm.get_contact(customer_id="k", contact_id="c").status_code == 200
    assert len(script.attempts) == 4 and waits == [0.2, 0.2, 0.2]  # a fractional Retry-After, honoured
    script = Script([503, 200])
    with Client("u", "p", transport=MockTransport(script), retry=Retry(total=0)) as c, pytest.raises(InternalServerError):
        c.crm.get_contact(customer_id="k", contact_id="c")
    assert len(script.attempts) == 1
    with pytest.raises(TypeError, match="urllib3 Retry"):
        Client("u", "p", retry=3)  # type: ignore[arg-type]


def test_max_retries_bounds_every_attempt_of_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda s: None)
    script = Script(["broken", 503, "timeout", "connect", 502, 200])
    with Client("u", "p", transport=MockTransport(script), max_retries=2) as c, pytest.raises(APITimeoutError):
        c.crm.get_contact(customer_id="k", contact_id="c")
    assert len(script.attempts) == 3  # the old transport's own loop allowed 6
