"""The client against a mock transport: URLs, headers, validation before sending, splitting, errors."""

from __future__ import annotations

import base64
import datetime as dt
import logging

import msgspec
import pytest
from vitec_connect import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    Client,
    DecodeError,
    InternalServerError,
    MockTransport,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Request,
    Response,
    ValidationError,
    json,
    models,
    xml,
)
from vitec_connect.models import public_advertisement_lead as pal

from .conftest import SAMPLES

SECRET = "s3cret-Pässword"


class Recorder:
    def __init__(self, status: int = 200, body: bytes = b"[]", ctype: str = "application/json", headers: dict[str, str] | None = None) -> None:
        self.requests: list[Request] = []
        self.status, self.body, self.ctype, self.headers = status, body, ctype, headers or {}

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        return Response(self.status, {"content-type": self.ctype, **self.headers}, self.body, 0.001, request)


def client(recorder: Recorder, fmt: str = "json", **kw: object) -> Client:
    return Client("user", SECRET, transport=MockTransport(recorder), format=fmt, **kw)  # type: ignore[arg-type]


def test_path_segments_are_percent_encoded_and_flags_written_as_the_api_expects() -> None:
    rec = Recorder()
    client(rec).crm.get_contact_leads(customer_id="kund/1", contact_ids=["a b", "c"], object_lead_type=True, contact_lead_type=False, log_lead_type=False, outgoing_lead_type=True)
    assert rec.requests[0].url == "https://connect.maklare.vitec.net/CRM/Contact/kund%2F1/a%20b%2Cc/True/False/False/True/Lead"


def test_query_dates_and_enums() -> None:
    rec = Recorder(body=b"{}")
    client(rec).business_intelligence.get_tips_and_leads_report(
        customer_id="k", date_from=dt.date(2025, 1, 1), date_to=dt.datetime(2025, 2, 1, 12, 30), active_status_tip_lead=models.ActiveStatusTipLead.Active
    )
    assert rec.requests[0].url.endswith("/BusinessIntelligence/TipsAndLeads/Report?customerId=k&dateFrom=2025-01-01T00%3A00%3A00&dateTo=2025-02-01T12%3A30%3A00&activeStatusTipLead=Active")


def test_aware_dates_are_sent_as_stockholm_time() -> None:
    rec = Recorder(body=b"{}")
    utc = dt.timezone.utc
    client(rec).business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.datetime(2025, 6, 1, 10, tzinfo=utc), date_to=dt.datetime(2025, 7, 1, 10, tzinfo=utc))
    assert "dateFrom=2025-06-01T12%3A00%3A00" in rec.requests[0].url


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_headers_and_body(fmt: str) -> None:
    rec = Recorder(body=(SAMPLES / f"create_person_lead.response.{fmt}").read_bytes(), ctype=f"application/{fmt}; charset=utf-8")
    lead = pal.PublicAdvertisingPersonLead(person=pal.Person(first_name="Åsa"), lead_source=pal.LeadSource(name="Hemnet"))
    assert client(rec, fmt).public_advertising.create_person_lead(customer_id="k", lead=lead) == "sample string 1"
    req = rec.requests[0]
    assert req.method == "POST" and not client(rec)._retry.allows(req)  # a POST is never retried
    assert req.headers["Accept"] == f"application/{fmt}"
    assert req.headers["Content-Type"] == f"application/{fmt}; charset=utf-8"
    assert req.headers["Authorization"].startswith("Basic ")
    codec = json if fmt == "json" else xml
    assert codec.decode(req.body, type=models.PublicAdvertisingPersonLead) == lead


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_same_models_in_both_formats(fmt: str) -> None:
    rec = Recorder(body=(SAMPLES / f"get_tips_and_leads_report.response.{fmt}").read_bytes(), ctype=f"application/{fmt}")
    report = client(rec, fmt).business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 2, 1))
    assert report == json.decode((SAMPLES / "get_tips_and_leads_report.response.json").read_bytes(), type=models.TipsAndLeadsReport)


def test_raw_response() -> None:
    body = (SAMPLES / "get_contact.response.json").read_bytes()
    rec = Recorder(body=body, headers={"x-request-id": "abc"})
    raw = client(rec).with_raw_response.crm.get_contact(customer_id="k", contact_id="c")
    assert (raw.status_code, raw.content, raw.headers["x-request-id"]) == (200, body, "abc")
    assert isinstance(raw.parse(), models.CrmPersonContact)


def test_more_than_20_ids_are_batched_in_order() -> None:
    ids = [f"K{i}" for i in range(45)]

    def answer(request: Request) -> Response:
        sent = request.url.split("/")[6].split("%2C")
        return Response(200, {"content-type": "application/json"}, json.encode([models.CrmContactLead(contact_id=i, leads=[]) for i in sent]), 0.0, request)

    seen: list[tuple[int, int]] = []
    c = Client("u", SECRET, transport=MockTransport(answer))
    result = c.crm.get_contact_leads(customer_id="k", contact_ids=ids, object_lead_type=True, contact_lead_type=True, log_lead_type=True, outgoing_lead_type=True, progress=lambda a, b: seen.append((a, b)))
    assert [r.contact_id for r in result] == ids
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_six_months_become_windows_of_at_most_two() -> None:
    rec = Recorder(body=b'{"incomingLeads":[],"outgoingLeads":[],"tips":[]}')
    client(rec).business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.date(2025, 1, 31), date_to=dt.date(2025, 7, 31))
    windows = [(r.url.split("dateFrom=")[1][:10], r.url.split("dateTo=")[1][:10]) for r in rec.requests]
    assert windows == [("2025-01-31", "2025-03-31"), ("2025-03-31", "2025-05-31"), ("2025-05-31", "2025-07-31")]


def test_window_edges_are_not_counted_twice() -> None:
    from vitec_connect.models import business_intelligence as bi

    edge = bi.SentTip(tip=bi.Tip(id="edge"))
    parts = iter([bi.TipsAndLeadsReport(tips=[bi.SentTip(tip=bi.Tip(id="a")), edge]), bi.TipsAndLeadsReport(tips=[edge, bi.SentTip(tip=bi.Tip(id="b"))])])

    def answer(request: Request) -> Response:
        return Response(200, {"content-type": "application/json"}, json.encode(next(parts)), 0.0, request)

    report = Client("u", SECRET, transport=MockTransport(answer)).business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 4, 1))
    assert [t.tip.id for t in report.tips] == ["a", "edge", "b"]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.crm.get_contact_leads(customer_id="k", contact_ids=[str(i) for i in range(21)], object_lead_type=True, contact_lead_type=True, log_lead_type=True, outgoing_lead_type=True, chunk=False), "contact_ids"),
        (lambda c: c.business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 3, 2), window=False), "date_to"),
        (lambda c: c.business_intelligence.get_tips_and_leads_report(customer_id="k", date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 1, 1)), "date_to"),
        (lambda c: c.crm.get_contact(customer_id=None, contact_id="x"), "customer_id"),
        (lambda c: c.crm.get_contact_leads(customer_id="k", contact_ids=["a", ""], object_lead_type=True, contact_lead_type=True, log_lead_type=True, outgoing_lead_type=True), "contact_ids"),
        (lambda c: c.public_advertising.create_person_lead(customer_id="k", lead=pal.PublicAdvertisingPersonLead(person=None, lead_source=pal.LeadSource())), "lead.person"),
    ],
    ids=["21-ids", "over-two-months", "reversed-range", "missing-customer", "empty-id", "missing-person"],
)
def test_documented_constraints_fail_before_sending(call: object, field: str) -> None:
    rec = Recorder()
    with pytest.raises(ValidationError) as e:
        call(client(rec))  # type: ignore[operator]
    assert field in e.value.errors and rec.requests == []


def test_length_limits_use_vitecs_messages() -> None:
    from vitec_connect._validation import check

    assert check(models.CrmCompanyContact(customer_id="k" * 41, home_page="h" * 61)) == [
        ("CrmCompanyContact.customerId", "Kund-id måste vara mellan 0 och 40 tecken (got 41)"),
        ("CrmCompanyContact.homePage", "Hemsida måste vara mellan 0 och 60 tecken (got 61)"),
    ]


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, AuthenticationError), (403, PermissionDeniedError), (404, NotFoundError), (429, RateLimitError), (500, InternalServerError), (503, InternalServerError), (418, APIStatusError)],
)
def test_status_codes_map_to_error_classes(status: int, cls: type[APIStatusError]) -> None:
    rec = Recorder(status=status, body=b'{"message":"nope"}', headers={"x-request-id": "r-1"})
    with pytest.raises(cls) as e:
        client(rec).crm.get_contact(customer_id="k", contact_id="c")
    assert e.value.status_code == status and e.value.body == b'{"message":"nope"}' and e.value.request_id == "r-1"


def test_400_validation_messages_from_json() -> None:
    body = msgspec.json.encode({"message": "The request is invalid.", "modelState": {"lead.Person": ["En kontaktperson måste anges"]}})
    with pytest.raises(BadRequestError) as e:
        client(Recorder(status=400, body=body)).crm.get_contact(customer_id="k", contact_id="c")
    assert e.value.errors == {"lead.Person": ["En kontaktperson måste anges"]}


def test_400_validation_messages_from_xml() -> None:
    body = "<Error><Message>The request is invalid.</Message><ModelState><lead.Person>En kontaktperson måste anges</lead.Person><lead.LeadSource>En leadskälla måste anges</lead.LeadSource></ModelState></Error>".encode()
    with pytest.raises(BadRequestError) as e:
        client(Recorder(status=400, body=body, ctype="application/xml"), "xml").crm.get_contact(customer_id="k", contact_id="c")
    assert e.value.errors == {"lead.Person": ["En kontaktperson måste anges"], "lead.LeadSource": ["En leadskälla måste anges"]}


@pytest.mark.parametrize(
    ("body", "ctype", "reason"),
    [
        (b"<html><body>Bad gateway</body></html>", "text/html", "expected application/json, got content type 'text/html'"),
        (b"", "application/json", "empty body"),
        (b'{"id":', "application/json", "malformed JSON"),
    ],
)
def test_bodies_that_do_not_match_are_decode_errors(body: bytes, ctype: str, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        client(Recorder(body=body, ctype=ctype)).crm.get_contact(customer_id="k", contact_id="c")


@pytest.mark.parametrize(
    ("fmt", "body", "ctype"),
    [("xml", b'{"id":"1"}', "application/xml"), ("json", b"<CrmContact/>", "application/json")],
    ids=["json-under-xml-type", "xml-under-json-type"],
)
def test_a_body_in_the_other_format_is_a_decode_error(fmt: str, body: bytes, ctype: str) -> None:
    with pytest.raises(DecodeError, match="malformed"):
        client(Recorder(body=body, ctype=ctype), fmt).crm.get_contact(customer_id="k", contact_id="c")


def test_https_required_except_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="https"):
        Client("u", "p", base_url="http://connect.maklare.vitec.net")
    for ok in ("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:2", "https://example.com"):
        Client("u", "p", base_url=ok).close()
    with pytest.raises(ValueError, match="credentials"):
        Client("u", "p", base_url="https://user:pw@example.com")


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITEC_USERNAME", "envuser")
    monkeypatch.setenv("VITEC_PASSWORD", SECRET)
    monkeypatch.setenv("VITEC_BASE_URL", "https://vitec.example")
    rec = Recorder(body=b"{}")
    c = Client(transport=MockTransport(rec))
    c.crm.get_incoming_lead(customer_id="k", id="i")
    assert c.base_url == "https://vitec.example" and rec.requests[0].url.startswith("https://vitec.example/")
    assert rec.requests[0].headers["Authorization"] == "Basic " + base64.b64encode(f"envuser:{SECRET}".encode()).decode()
    assert "envuser" not in repr(c)  # neither half of the credentials is shown
    monkeypatch.delenv("VITEC_USERNAME")
    with pytest.raises(ValueError, match="no credentials"):
        Client()


def test_credentials_never_in_reprs_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="vitec_connect")
    rec = Recorder(status=401, body=b'{"message":"Authorization has been denied for this request."}')
    c = client(rec)
    with pytest.raises(AuthenticationError) as e:
        c.crm.get_contact(customer_id="k", contact_id="c")
    auth = rec.requests[0].headers["Authorization"]
    texts = [repr(c), str(e.value), repr(e.value), caplog.text, repr(e.value.headers)]
    for text in texts:
        assert SECRET not in text and auth.split()[1] not in text
    assert "GET https://connect.maklare.vitec.net/CRM/Contact/k/c" in caplog.text


def test_unexpected_options_are_refused() -> None:
    with pytest.raises(TypeError, match="unexpected options: colour"):
        client(Recorder()).crm.get_contact(customer_id="k", contact_id="c", colour="red")
