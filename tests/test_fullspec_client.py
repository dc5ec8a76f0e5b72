"""The fixture spec's operation shapes through the client (the fixture package, a mock transport).

204 returns None; scalar results (bool, int, long, a list of Guids) and bodies (a list of strings, of
models) in both formats; a file download is its bytes; PUT and DELETE are never resent; dotted query
names are the spec's wire names behind Python arguments.
"""

from __future__ import annotations

import importlib
import uuid
from typing import Any

import pytest

from .test_kinds_json import DOC as VALUATION_JSON
from .test_kinds_xml import DOC as VALUATION_XML

SER = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
GUID = uuid.UUID("8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d")



class Server:
    """Answers each request with the next (status, content type, body); records the requests."""

    def __init__(self, full: Any, *answers: tuple[int, str, bytes]) -> None:
        self.full, self.answers, self.requests = full, list(answers), []

    def __call__(self, request: Any) -> Any:
        self.requests.append(request)
        status, ctype, body = self.answers.pop(0)
        headers = {"content-type": ctype} if ctype else {}
        return self.full._transport.Response(status, headers, body, 0.01, request)


def client(full: Any, fmt: str, *answers: tuple[int, str, bytes]) -> tuple[Any, Server]:
    server = Server(full, *answers)
    return full.Client("u", "p", transport=full._transport.MockTransport(server), format=fmt), server


JSON, XML = "application/json; charset=utf-8", "application/xml; charset=utf-8"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_no_content_is_none_and_put_is_never_resent(full: Any, fmt: str) -> None:
    v = importlib.import_module("fullconnect.models.valuation")
    doc, decode = (VALUATION_JSON, full.json) if fmt == "json" else (VALUATION_XML, full.xml)
    body = decode.decode(doc, type=v.Valuation)
    c, server = client(full, fmt, (204, "", b""))
    assert c.valuation.update(customer_id="k", valuation_id=GUID, valuation=body) is None
    (request,) = server.requests
    assert request.method == "PUT" and request.url.endswith(f"/Valuation/k/{GUID}") and request.body == doc
    c, server = client(full, fmt, (503, "", b""), (204, "", b""))
    with pytest.raises(full.errors.InternalServerError):
        c.valuation.update(customer_id="k", valuation_id=GUID, valuation=body)
    assert len(server.requests) == 1  # never resent
    c, server = client(full, fmt, (503, "", b""), (200, JSON if fmt == "json" else XML, doc))
    assert c.valuation.get(customer_id="k", valuation_id=GUID) == body and len(server.requests) == 2  # a GET is resent


@pytest.mark.parametrize(
    ("fmt", "answer", "expected"),
    [
        ("json", b"true", True),
        ("xml", f'<boolean xmlns="{SER}">false</boolean>'.encode(), False),
    ],
)
def test_a_boolean_result_and_delete_is_never_resent(full: Any, fmt: str, answer: bytes, expected: bool) -> None:
    c, server = client(full, fmt, (503, "", b""), (200, JSON if fmt == "json" else XML, answer))
    with pytest.raises(full.errors.InternalServerError):
        c.valuation.delete(customer_id="k", valuation_id=GUID)
    assert len(server.requests) == 1 and server.requests[0].method == "DELETE"  # not resent
    c, server = client(full, fmt, (200, JSON if fmt == "json" else XML, answer))
    assert c.valuation.delete(customer_id="k", valuation_id=GUID) is expected


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_integer_results_and_dotted_query_names(full: Any, fmt: str) -> None:
    v = importlib.import_module("fullconnect.models.valuation")
    count = b"12" if fmt == "json" else f'<int xmlns="{SER}">12</int>'.encode()
    rev = b"9007199254740993" if fmt == "json" else f'<long xmlns="{SER}">9007199254740993</long>'.encode()
    ctype = JSON if fmt == "json" else XML
    c, server = client(full, fmt, (200, ctype, count), (200, ctype, rev))
    assert c.valuation.count(customer_id="k", criteria_min_area=1e20, criteria_kind=v.ValuationKind.Visit) == 12
    assert c.valuation.latest_revision(customer_id="k") == 2**53 + 1
    assert server.requests[0].url.endswith("/Valuation/k/Count?criteria.minArea=1E%2B20&criteria.kind=Visit")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_list_of_guids_result(full: Any, fmt: str) -> None:
    body = (
        f'["{GUID}"]'.encode()
        if fmt == "json"
        else f'<ArrayOfguid xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="{ARRAYS}"><guid>{GUID}</guid></ArrayOfguid>'.encode()
    )
    c, _ = client(full, fmt, (200, JSON if fmt == "json" else XML, body))
    assert c.valuation.get_ids(customer_id="k") == [GUID]


def test_a_file_download_is_its_bytes(full: Any) -> None:
    data = bytes(range(256))
    c, server = client(full, "json", (200, "application/octet-stream", data))
    assert c.crm_file.get_file(customer_id="k", file_id="f1") == data
    assert server.requests[0].headers["Accept"] == "application/octet-stream"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_raw_responses_parse_as_the_operation_returns(full: Any, fmt: str) -> None:
    """``with_raw_response``'s ``parse()`` gives what the call itself gives: None, bytes, a bool."""
    ctype = JSON if fmt == "json" else XML
    answer = b"true" if fmt == "json" else f'<boolean xmlns="{SER}">true</boolean>'.encode()
    data = bytes(range(256))
    v = importlib.import_module("fullconnect.models.valuation")
    body = full.json.decode(VALUATION_JSON, type=v.Valuation)
    c, _ = client(full, fmt, (204, "", b""), (200, "application/octet-stream", data), (200, ctype, answer))
    raw = c.with_raw_response.valuation.update(customer_id="k", valuation_id=GUID, valuation=body)
    assert raw.status_code == 204 and raw.parse() is None
    raw = c.with_raw_response.crm_file.get_file(customer_id="k", file_id="f1")
    assert raw.parse() == data
    raw = c.with_raw_response.valuation.delete(customer_id="k", valuation_id=GUID)
    assert raw.parse() is True


@pytest.mark.parametrize(
    ("fmt", "sent"),
    [
        ("json", b'["e1","e2"]'),
        (
            "xml",
            f'<ArrayOfstring xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="{ARRAYS}">'
            "<string>e1</string><string>e2</string></ArrayOfstring>".encode(),
        ),
    ],
)
def test_an_array_body_of_strings(full: Any, fmt: str, sent: bytes) -> None:
    c, server = client(full, fmt, (204, "", b""))
    assert c.crm_project.add_estate_connections(customer_id="k", project_id="p1", estate_ids=["e1", "e2"]) is None
    assert server.requests[0].method == "POST" and server.requests[0].body == sent
    with pytest.raises(TypeError, match="needs a list of str"):
        c.crm_project.add_estate_connections(customer_id="k", project_id="p1", estate_ids="e1")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_an_array_body_of_models(full: Any, fmt: str) -> None:
    hits = importlib.import_module("fullconnect.models.hits_public_advertisement")
    items = [hits.DailyEstateHit(estate_id="e1", count=3), hits.DailyEstateHit(estate_id="e2", count=None)]
    c, server = client(full, fmt, (204, "", b""))
    assert c.public_advertising_estate.daily_hits(customer_id="k", daily_estate_hits=items) is None
    sent = server.requests[0].body
    codec = full.json if fmt == "json" else full.xml
    assert codec.decode(sent, type=list[hits.DailyEstateHit]) == items


def test_values_dotnet_cannot_hold_are_refused_before_sending(full: Any) -> None:
    v = importlib.import_module("fullconnect.models.valuation")
    body = full.json.decode(VALUATION_JSON, type=v.Valuation)
    body.floor, body.rooms = 40000, 256
    body.revisions = [1, 2**63]
    c, server = client(full, "json", (204, "", b""))
    with pytest.raises(full.errors.ValidationError) as info:
        c.valuation.update(customer_id="k", valuation_id=GUID, valuation=body)
    text = str(info.value)
    assert "40000 is out of range for a short (Int16)" in text and "256 is out of range for a byte" in text
    assert "valuation.revisions[2]" in text and not server.requests


def test_an_error_body_of_only_a_line_separator_is_our_error(full: Any) -> None:
    c, _ = client(full, "json", (302, JSON, b"\x1c"))
    with pytest.raises(full.errors.APIStatusError, match="unexpected status 302"):
        c.valuation.count(customer_id="k")
