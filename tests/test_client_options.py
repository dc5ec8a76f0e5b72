"""Client settings and per-call options: pool options, proxies, timeout, extra headers and query,
with_options, raw responses, status error texts, window-by-window reports, model conveniences."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
import urllib.request
from collections.abc import Iterator
from typing import ClassVar

import pytest
import urllib3
from vitec_connect import (
    BadRequestError,
    Client,
    MockTransport,
    NotFoundError,
    Request,
    Response,
    json,
    models,
)
from vitec_connect.models import business_intelligence as bi
from vitec_connect.testing import MockServer

from .test_client import Recorder, client


def test_an_unknown_pool_option_is_refused_at_construction() -> None:
    with pytest.raises(TypeError, match=r"unknown pool options: 'maxsze' \(did you mean 'maxsize'\?\)"):
        Client("u", "p", maxsze=4)
    with pytest.raises(TypeError, match="'colour'"):
        Client("u", "p", colour="red")
    Client("u", "p", maxsize=4, block=True, num_pools=2, ca_certs="/dev/null").close()


def test_per_call_timeout_extra_headers_and_query() -> None:
    rec = Recorder(body=b"{}")
    c = client(rec, timeout=7, default_headers={"X-Team": "a"})
    c.crm.get_incoming_lead(customer_id="k", id="i")
    c.crm.get_incoming_lead(customer_id="k", id="i", timeout=1.5, extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"})
    first, second = rec.requests
    assert first.timeout == 7 and second.timeout == 1.5
    assert second.headers["X-Trace"] == "t1" and second.headers["X-Team"] == "a" and "X-Trace" not in first.headers
    assert second.url.endswith("/CRM/Lead/k/Incoming/i?debug=1") and "?" not in first.url
    with pytest.raises(ValueError, match="'Authorization' header itself"):
        c.crm.get_incoming_lead(customer_id="k", id="i", extra_headers={"Authorization": "Basic eA=="})


def test_with_options_is_a_copy_sharing_the_pool() -> None:
    rec = Recorder(body=b"{}")
    c = client(rec, timeout=30)
    quick = c.with_options(timeout=2, max_retries=0, format="xml", default_headers={"X-A": "1"})
    assert (quick.timeout, quick.max_retries, quick.format, c.timeout, c.format) == (2, 0, "xml", 30, "json")
    assert quick._transport is c._transport and quick._retry is None and c._retry is not None
    quick.with_raw_response.crm.get_contact_leads(customer_id="k", contact_ids=["1"], object_lead_type=True, contact_lead_type=True, log_lead_type=True, outgoing_lead_type=True)
    assert rec.requests[0].timeout == 2 and rec.requests[0].headers["Accept"] == "application/xml"
    assert rec.requests[0].headers["X-A"] == "1" and len(rec.requests) == 1
    with pytest.raises(ValueError, match="format must be 'json' or 'xml'"):
        c.with_options(format="yaml")  # type: ignore[arg-type]


def test_closing_a_copy_leaves_the_pool_open() -> None:
    closed: list[bool] = []

    class Transport(MockTransport):
        def close(self) -> None:
            closed.append(True)

    c = Client("u", "p", transport=Transport(Recorder()))
    c.with_options(timeout=1).close()
    assert closed == []
    c.close()
    assert closed == [True]


class _ForwardProxy(http.server.BaseHTTPRequestHandler):
    """A plain HTTP forward proxy: takes ``GET http://host/path``, fetches it, answers with it."""

    seen: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        self.seen.append(self.path)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-authorization", "host")}
        try:
            with urllib.request.urlopen(urllib.request.Request(self.path, headers=headers), timeout=10) as r:
                status, body, ctype = r.status, r.read(), r.headers["Content-Type"]
        except urllib.error.HTTPError as e:
            status, body, ctype = e.code, e.read(), e.headers["Content-Type"]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def forward_proxy() -> Iterator[str]:
    _ForwardProxy.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ForwardProxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_requests_go_through_an_explicit_proxy(forward_proxy: str) -> None:
    with MockServer() as server, Client(server.username, server.password, base_url=server.url, proxy=forward_proxy) as c:
        contact = c.crm.get_contact(customer_id=server.customer_id, contact_id="KON10000")
        assert contact.id == "KON10000"
    assert _ForwardProxy.seen == [f"{server.url}/CRM/Contact/{server.customer_id}/KON10000"]


def test_environment_proxies_apply_unless_no_proxy_or_trust_env_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    c = Client("u", "p")
    pool = c._transport._pool  # type: ignore[attr-defined]
    assert isinstance(pool, urllib3.ProxyManager) and pool.proxy.host == "proxy.example"
    assert pool.proxy_headers["proxy-authorization"].startswith("Basic ")
    assert c.proxy == "http://***@proxy.example:3128" and "secret" not in repr(c.proxy)
    assert not isinstance(Client("u", "p", trust_env=False)._transport._pool, urllib3.ProxyManager)  # type: ignore[attr-defined]
    assert not isinstance(Client("u", "p", base_url="http://127.0.0.1:9")._transport._pool, urllib3.ProxyManager)  # type: ignore[attr-defined]
    monkeypatch.setenv("NO_PROXY", ".maklare.vitec.net")
    assert not isinstance(Client("u", "p")._transport._pool, urllib3.ProxyManager)  # type: ignore[attr-defined]


def test_raw_response_parses_into_the_operations_model() -> None:
    rec = Recorder(status=404, body=b'{"message":"Kontakten x finns inte."}')
    raw = client(rec).with_raw_response.crm.get_contact(customer_id="k", contact_id="x")  # a status error is returned, not raised
    assert raw.status_code == 404 and raw.url.endswith("/CRM/Contact/k/x") and "404" in repr(raw)
    body = json.encode(models.CrmPersonContact(customer_id="k", id="x", first_name="Åsa"))
    raw = client(Recorder(body=body)).with_raw_response.crm.get_contact(customer_id="k", contact_id="x", timeout=3)
    assert isinstance(raw.parse(), models.CrmContact) and raw.parse().id == "x"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_status_errors_show_the_real_path_and_the_servers_message(fmt: str) -> None:
    with MockServer() as server, Client(server.username, server.password, base_url=server.url, format=fmt, max_retries=0) as c:  # type: ignore[arg-type]
        with pytest.raises(NotFoundError) as e:
            c.crm.get_contact(customer_id=server.customer_id, contact_id="NOPE")
        assert str(e.value) == f"404 Not Found: Kontakten NOPE finns inte. (GET /CRM/Contact/{server.customer_id}/NOPE)"


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (b'{"message":"The request is invalid.","modelState":{"lead.Person.FirstName":["F\xc3\xb6rnamn m\xc3\xa5ste vara mellan 0 och 30 tecken"],"lead.LeadSource":["Saknas"]}}', "application/json"),
        (b"<Error><Message>The request is invalid.</Message><ModelState><lead.Person.FirstName>F\xc3\xb6rnamn m\xc3\xa5ste vara mellan 0 och 30 tecken</lead.Person.FirstName><lead.LeadSource>Saknas</lead.LeadSource></ModelState></Error>", "application/xml"),
    ],
)
def test_a_bad_request_says_what_was_wrong(body: bytes, ctype: str) -> None:
    lead = models.PublicAdvertisingPersonLead(person=models.public_advertisement_lead.Person(first_name="Åsa"), lead_source=models.public_advertisement_lead.LeadSource(name="x"))
    with pytest.raises(BadRequestError) as bad:
        client(Recorder(status=400, body=body, ctype=ctype)).public_advertising.create_person_lead(customer_id="k 1", lead=lead)
    assert bad.value.errors == {"lead.Person.FirstName": ["Förnamn måste vara mellan 0 och 30 tecken"], "lead.LeadSource": ["Saknas"]}
    assert str(bad.value) == (
        "400 Bad Request: The request is invalid. (POST /PublicAdvertising/k%201/Contact/Person/Lead) — "
        "lead.Person.FirstName: Förnamn måste vara mellan 0 och 30 tecken; lead.LeadSource: Saknas"
    )


def _report(*ids: str) -> bi.TipsAndLeadsReport:
    return bi.TipsAndLeadsReport(tips=[bi.SentTip(tip=bi.Tip(id=i)) for i in ids], incoming_leads=[], outgoing_leads=[])


def test_a_long_report_window_by_window() -> None:
    answers = iter([_report("a", "edge"), _report("edge", "b"), _report("c")])
    sent: list[str] = []

    def answer(request: Request) -> Response:
        sent.append(request.url)
        return Response(200, {"content-type": "application/json"}, json.encode(next(answers)), 0.0, request)

    c = Client("u", "p", transport=MockTransport(answer))
    report = c.business_intelligence.get_tips_and_leads_report
    parts = c.iter_windows(report, customer_id="k", date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 6, 1))
    assert sent == []  # nothing is sent before the iteration starts
    first = next(parts)
    assert len(sent) == 1 and [t.tip.id for t in first.tips or [] if t.tip] == ["a", "edge"]
    rest = list(parts)
    assert [[t.tip.id for t in p.tips or [] if t.tip] for p in rest] == [["b"], ["c"]]  # the edge once
    with pytest.raises(TypeError, match="an operation of this client"):
        Client("u", "p").iter_windows(report, customer_id="k", date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 6, 1))


def test_models_to_dict_and_to_json_use_wire_names() -> None:
    contact = json.decode(b'{"type":"Person","customerId":"k","firstName":"\xc3\x85sa","createdAt":"2024-01-02T03:04:05.1234567+01:00","shoeSize":44}', type=models.CrmContact)
    assert contact.to_dict() == {"type": "Person", "customerId": "k", "firstName": "Åsa", "createdAt": "2024-01-02T03:04:05.1234567+01:00", "shoeSize": 44}
    assert contact.to_json(indent=0) == '{"type":"Person","customerId":"k","createdAt":"2024-01-02T03:04:05.1234567+01:00","firstName":"Åsa","shoeSize":44}'
    assert contact.to_json().startswith('{\n  "type": "Person",\n')
