"""Hostile answers and arguments at the client, without sockets: window merging, nil windows, ids
that could change the resource addressed."""

from __future__ import annotations

import datetime as dt
import typing

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings
from vitec_connect import Client, DecodeError, MockTransport, Request, Response, json, xml
from vitec_connect._calls import _new_items
from vitec_connect.models import business_intelligence as bi

SOME = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def reference_new_items(previous: list[typing.Any], current: list[typing.Any]) -> list[typing.Any]:
    """The rule by its definition: drop each item the previous window returned, once per time it did."""
    seen = list(previous)
    out = []
    for item in current:
        if item in seen:
            seen.remove(item)
        else:
            out.append(item)
    return out


def tip(i: int, created: int = 0) -> bi.SentTip:
    return bi.SentTip(tip=bi.Tip(id=f"T{i}"), created_at=dt.datetime(2025, 1, 1) + dt.timedelta(minutes=created))


ITEMS = st.lists(st.builds(tip, st.integers(0, 6), st.integers(0, 2)) | st.none(), max_size=12)


@SOME
@given(previous=ITEMS, current=ITEMS)
def test_dropping_the_previous_windows_items_follows_the_rule(
    previous: list[typing.Any], current: list[typing.Any]
) -> None:
    """Repeats inside a window, None items, items equal but not identical: as many dropped as came before."""
    # decoded copies: equal, never the same objects
    previous = json.decode(json.encode(previous), type=list[bi.SentTip]) if previous else []
    current = json.decode(json.encode(current), type=list[bi.SentTip]) if current else []
    assert _new_items(previous, current) == reference_new_items(previous, current)


@SOME
@given(st.lists(st.lists(st.integers(0, 30), max_size=15), min_size=2, max_size=5), st.sampled_from(["json", "xml"]))
def test_a_windowed_report_keeps_every_item_once_per_window_it_was_new_in(
    windows: list[list[int]], fmt: str
) -> None:
    bodies = iter(
        (json if fmt == "json" else xml).encode(bi.TipsAndLeadsReport(tips=[tip(i) for i in w], incoming_leads=None))
        for w in windows
    )

    def answer(request: Request) -> Response:
        ctype = "application/json" if fmt == "json" else "application/xml"
        return Response(200, {"content-type": ctype}, next(bodies), 0.0, request)

    months = 2 * len(windows) - 1  # exactly len(windows) two-month windows
    start = dt.date(2024, 1, 1)
    end = dt.date(2024 + (months // 12), months % 12 + 1, 1)
    with Client("u", "p", format=fmt, transport=MockTransport(answer)) as client:  # type: ignore[arg-type]
        report = client.business_intelligence.get_tips_and_leads_report("k", start, end)
    expected: list[typing.Any] = []
    previous: list[typing.Any] = []
    for w in windows:
        current = [tip(i) for i in w]
        expected += reference_new_items(previous, current)
        previous = current
    assert report.tips == expected
    assert report.incoming_leads == []  # nil in every window: an empty list, nothing lost


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("nil_window", [0, 1, 2])
def test_a_nil_window_fails_the_call_instead_of_losing_items(fmt: str, nil_window: int) -> None:
    nil = {
        "json": b"null",
        "xml": b'<TipsAndLeadsReport xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true" '
        b'xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense" />',
    }[fmt]
    codec = json if fmt == "json" else xml
    bodies = iter(
        nil if i == nil_window else codec.encode(bi.TipsAndLeadsReport(tips=[tip(i)])) for i in range(3)
    )

    def answer(request: Request) -> Response:
        return Response(200, {"content-type": f"application/{fmt}"}, next(bodies), 0.0, request)

    with Client("u", "p", format=fmt, transport=MockTransport(answer)) as client:  # type: ignore[arg-type]
        with pytest.raises(DecodeError, match=r"null|i:nil"):
            client.business_intelligence.get_tips_and_leads_report("k", dt.date(2024, 1, 1), dt.date(2024, 6, 1))
