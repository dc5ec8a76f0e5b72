"""Hostile answers and arguments at the client, without sockets: window merging, nil windows, ids
that could change the resource addressed."""

from __future__ import annotations

import datetime as dt
import typing
import urllib.parse

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings
from vitec_connect import Client, DecodeError, MockTransport, Request, Response, ValidationError, VitecError, json, xml
from vitec_connect._calls import _new_items
from vitec_connect.models import business_intelligence as bi
from vitec_connect.models import public_advertisement_lead as pal

from .conftest import ROOT

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
        report = client.business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=start, date_to=end)
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
            client.business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 6, 1))


# -- 3. whatever a server answers, only our errors ----------------------------------------------------

SAMPLE_BODIES = [p.read_bytes() for p in sorted((ROOT / "spec" / "samples").iterdir()) if p.suffix in (".json", ".xml")]
CALLS: list[typing.Callable[[Client], typing.Any]] = [
    lambda c: c.crm.get_contact(customer_id="k", contact_id="c"),
    lambda c: c.crm.get_contact_leads(customer_id="k", contact_ids=["a", "b"], object_lead_type=True, contact_lead_type=True, log_lead_type=True, outgoing_lead_type=True),
    lambda c: c.crm.get_incoming_lead(customer_id="k", id="i"),
    lambda c: c.business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 5, 1)),
    lambda c: c.public_advertising.create_person_lead(customer_id="k", lead=pal.PublicAdvertisingPersonLead(person=pal.Person(first_name="Å"), lead_source=pal.LeadSource(name="x"))),
    lambda c: c.with_raw_response.crm.get_contact(customer_id="k", contact_id="c").parse(),
]  # fmt: skip


@st.composite
def server_answers(draw: st.DrawFn) -> tuple[int, dict[str, str], bytes]:
    status = draw(st.sampled_from([200, 200, 200, 201, 204, 302, 400, 401, 403, 404, 409, 429, 500, 502, 503, 599]))
    headers = {
        "content-type": draw(st.sampled_from(["application/json", "application/xml", "text/xml", "text/html", "", "application/json; charset=latin-1"])),
        **draw(st.dictionaries(st.sampled_from(["retry-after", "x-request-id", "content-encoding"]), st.text(max_size=12), max_size=2)),
    }  # fmt: skip
    kind = draw(st.sampled_from(["sample", "mutated", "noise", "empty"]))
    if kind == "empty":
        body = b""
    elif kind == "noise":
        body = draw(st.binary(max_size=120))
    else:
        body = draw(st.sampled_from(SAMPLE_BODIES))
        if kind == "mutated":
            at = draw(st.integers(0, len(body)))
            body = body[:at] + draw(st.sampled_from([b"", b"<", b"\xff", b'"', b"]]>", b"&#0;", b"{", b"null"])) + body[at + draw(st.integers(0, 30)) :]
    return status, headers, body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=st.lists(server_answers(), min_size=1, max_size=4), which=st.integers(0, len(CALLS) - 1), fmt=st.sampled_from(["json", "xml"]))
def test_any_server_answer_gives_a_result_or_our_error(answers: list[tuple[int, dict[str, str], bytes]], which: int, fmt: str) -> None:
    queue = list(answers)

    def answer(request: Request) -> Response:
        status, headers, body = queue.pop(0) if len(queue) > 1 else queue[0]
        return Response(status, headers, body, 0.0, request)

    with Client("u", "p", format=fmt, transport=MockTransport(answer), max_retries=1, retry=None) as client:  # type: ignore[arg-type]
        try:
            CALLS[which](client)
        except VitecError:
            pass
        except Exception as exc:  # pragma: no cover - what this test exists to find
            pytest.fail(f"{type(exc).__name__}: {exc}")


# -- 6. an id never changes which resource is addressed ----------------------------------------------

BAD_SEGMENTS = [".", "..", ""]
PATH_CALLS: dict[str, typing.Callable[[Client, str], typing.Any]] = {
    "get_contact customer": lambda c, v: c.crm.get_contact(customer_id=v, contact_id="c"),
    "get_contact contact": lambda c, v: c.crm.get_contact(customer_id="k", contact_id=v),
    "get_incoming_lead id": lambda c, v: c.crm.get_incoming_lead(customer_id="k", id=v),
    "get_incoming_lead raw": lambda c, v: c.with_raw_response.crm.get_incoming_lead(customer_id=v, id="i"),
    "create_person_lead customer": lambda c, v: c.public_advertising.create_person_lead(customer_id=v, lead=pal.PublicAdvertisingPersonLead(person=pal.Person(first_name="Å"), lead_source=pal.LeadSource(name="x"))),
}  # fmt: skip


@pytest.mark.parametrize("value", BAD_SEGMENTS)
@pytest.mark.parametrize("call", sorted(PATH_CALLS))
def test_dot_segments_and_empty_ids_are_refused_before_sending(call: str, value: str) -> None:
    sent: list[Request] = []

    def answer(request: Request) -> Response:  # pragma: no cover - must not be reached
        sent.append(request)
        return Response(200, {}, b"", 0.0, request)

    with Client("u", "p", transport=MockTransport(answer)) as client:
        with pytest.raises(ValidationError, match="path segment"):
            PATH_CALLS[call](client, value)
    assert sent == []


@pytest.mark.parametrize("value", ["...", ".a", "a.", "a..b", "%2E%2E", "KON10000", "ä ö", "a?b#c", "../x", "a/b", "/", "x/..", "a\\b", " .."])
def test_ids_that_only_look_odd_are_sent_percent_encoded(value: str) -> None:
    sent: list[Request] = []

    def answer(request: Request) -> Response:
        sent.append(request)
        return Response(404, {"content-type": "application/json"}, b"{}", 0.0, request)

    with Client("u", "p", transport=MockTransport(answer), base_url="https://h") as client:
        with pytest.raises(VitecError):
            client.crm.get_contact(customer_id="k", contact_id=value)
    assert sent[0].url == "https://h/CRM/Contact/k/" + urllib.parse.quote(value, safe="")
