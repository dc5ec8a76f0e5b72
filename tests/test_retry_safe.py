"""``x-retry-safe``: the spec, not the method, says when a PUT or DELETE may be sent twice.

The fixture spec marks one PUT (``crm_estate_put_bidding_settings``) safe; another (``crm_image_put``) is
not. Both are driven through the fixture package's client over a transport double that fails the first
attempt after the request was sent (the server may have acted on it).
"""

from __future__ import annotations

import importlib
import pathlib
import shutil
from typing import Any

import pytest

from codegen import consistency
from codegen.spec import load

from .conftest import FULLSPEC

JSON = "application/json; charset=utf-8"


class FailFirst:
    """A transport double: the first attempt breaks off after it was sent, the next ones are answered."""

    def __init__(self, full: Any, kind: str, answer: bytes) -> None:
        self.full, self.kind, self.answer, self.requests = full, kind, answer, []

    def __call__(self, request: Any) -> Any:
        self.requests.append(request)
        if len(self.requests) == 1:
            raise self.full.errors.APIConnectionError(
                f"failed: {self.kind}", may_have_reached_server=True, kind=self.kind
            )
        return self.full._transport.Response(200, {"content-type": JSON}, self.answer, 0.01, request)


def client(full: Any, kind: str, answer: bytes) -> tuple[Any, FailFirst]:
    server = FailFirst(full, kind, answer)
    return full.Client("u", "p", transport=full._transport.MockTransport(server)), server


def bidding_settings(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.bid_models").BiddingSettings()


def image_data(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.image_models").ImageData()


@pytest.mark.parametrize("kind", ["broken", "timeout"])
def test_a_put_is_not_resent_after_it_was_sent_by_default(full: Any, kind: str) -> None:
    c, server = client(full, kind, b"")
    with pytest.raises(full.errors.APIConnectionError) as info:
        c.crm_image.update(customer_id="k", image_id="i1", image_data=image_data(full))
    assert info.value.kind == kind and info.value.may_have_reached_server
    assert [r.method for r in server.requests] == ["PUT"]  # sent once
    assert server.requests[0].idempotent is None  # by its method: a PUT is not resent


@pytest.mark.parametrize("kind", ["broken", "timeout", "connect"])
def test_a_put_the_spec_marks_retry_safe_is_resent(full: Any, kind: str) -> None:
    c, server = client(full, kind, b"true")
    result = c.crm_estate.put_bidding_settings(
        customer_id="k", estate_id="e1", bidding_settings=bidding_settings(full)
    )
    assert result is True
    assert [r.method for r in server.requests] == ["PUT", "PUT"]
    assert server.requests[0].body == server.requests[1].body  # the same request again
    assert all(r.idempotent is True for r in server.requests)


def test_a_get_is_resent_as_before(full: Any) -> None:
    c, server = client(full, "broken", b"12")
    assert c.valuation.count(customer_id="k") == 12
    assert [r.method for r in server.requests] == ["GET", "GET"] and server.requests[0].idempotent is None


def test_a_retry_safe_put_still_keeps_the_budget(full: Any) -> None:
    """Marked safe, a PUT is retried like a GET: at most ``max_retries`` times."""

    def always_broken(request: Any) -> Any:
        attempts.append(request)
        raise full.errors.APIConnectionError("failed", may_have_reached_server=True, kind="broken")

    attempts: list[Any] = []
    c = full.Client("u", "p", transport=full._transport.MockTransport(always_broken), max_retries=1)
    with pytest.raises(full.errors.APIConnectionError):
        c.crm_estate.put_bidding_settings(
            customer_id="k", estate_id="e1", bidding_settings=bidding_settings(full)
        )
    assert len(attempts) == 2


def test_retry_safe_false_keeps_a_get_from_being_resent(full: Any) -> None:
    """``x-retry-safe: false`` is carried like true: the request says never (here on the count operation's row)."""
    from fullconnect._api.resources import valuation

    c, server = client(full, "broken", b"12")
    op = valuation.OPERATIONS["valuation_count"]._replace(retry_safe=False)
    with pytest.raises(full.errors.APIConnectionError):
        c._call(op, {"customerId": "k"}, None, {})
    assert len(server.requests) == 1 and server.requests[0].idempotent is False


def test_the_operation_table_carries_the_flag(full: Any) -> None:
    ops = importlib.import_module("fullconnect._api.operations")
    assert ops.operation("crm_estate_put_bidding_settings").retry_safe is True
    assert ops.operation("crm_image_put").retry_safe is None
    assert ops.operation("valuation_count").retry_safe is None
    marked = {op.operation_id for op in ops.OPERATIONS.values() if op.retry_safe is not None}
    assert marked == {"crm_estate_put_bidding_settings"}


@pytest.mark.parametrize("value", ['"yes"', "1", "null"])
def test_the_consistency_check_accepts_only_a_boolean(tmp_path: pathlib.Path, value: str) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(FULLSPEC, spec, ignore=shutil.ignore_patterns("*.py"))
    path = spec / "openapi.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("x-retry-safe: true", f"x-retry-safe: {value}"), encoding="utf-8")
    problems = consistency.check(load(spec))
    if value == "null":  # the same as leaving it out
        assert problems == []
    else:
        shown = {'"yes"': "'yes'", "1": "1"}[value]
        assert problems == [f"crm_estate_put_bidding_settings: x-retry-safe must be true or false, not {shown}"]
