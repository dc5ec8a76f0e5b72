"""The retry policy's rules on ``Retry-After`` that tests/test_retry.py does not drive: which statuses it
applies to, and a user's policy that lists no status. Through a transport double, as there."""

from __future__ import annotations

import pytest
from vitec_connect import Response, Retry

from .test_retry import run


@pytest.mark.parametrize("status", [502, 504])
def test_retry_after_is_read_on_429_and_503_only(status: int) -> None:
    """A 502 or 504 is retried after the backoff, whatever its ``Retry-After`` says."""
    script, waits, result = run([status, status, 200], headers={"Retry-After": "7"})
    assert isinstance(result, Response) and result.status_code == 200 and len(script.attempts) == 3
    assert waits and all(w < 7 for w in waits)


def test_a_policy_that_ignores_retry_after_waits_the_backoff() -> None:
    retry = Retry(total=2, status_forcelist=[503], respect_retry_after_header=False, backoff_factor=0.1)
    script, waits, result = run([503, 503, 200], retry=retry, headers={"Retry-After": "7"})
    assert isinstance(result, Response) and result.status_code == 200 and len(script.attempts) == 3
    assert all(w < 1 for w in waits)


@pytest.mark.parametrize("status", [429, 503])
def test_a_status_the_policy_does_not_list_is_retried_when_the_server_says_when(status: int) -> None:
    """A policy listing no status still honours the server's ``Retry-After`` on 429 and 503 (urllib3's rule),
    and does not retry the same status without it."""
    retry = Retry(total=2, status_forcelist=[])
    script, waits, result = run([status, 200], retry=retry, headers={"Retry-After": "2"})
    assert isinstance(result, Response) and result.status_code == 200 and waits == [2.0]
    script, waits, result = run([status, 200], retry=retry)
    assert isinstance(result, Response) and result.status_code == status and len(script.attempts) == 1
