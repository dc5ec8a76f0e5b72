"""A body file's members the spec does not know: refused with --strict, refused where the wire format could
not carry them, sent unchanged where it can; never dropped without a word."""

from __future__ import annotations

import pathlib

import pytest
from vitec_connect._cli import main
from vitec_connect.testing import MockServer

LEAD_NS = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead"
HITS_NS = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.PublicAdvertisement.Hits"
TYPO_JSON = '{"person":{"firstname":"Åsa","lastName":"Öberg"},"leadSource":{"leadType":"AcceptObjectFlow","name":"Hemnet"}}'
TYPO_XML = (
    f'<PublicAdvertisingPersonLead xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="{LEAD_NS}">'
    "<LeadSource><Name>Hemnet</Name></LeadSource>"
    "<Person><Firstname>Åsa</Firstname><LastName>Öberg</LastName><Zebra>z</Zebra></Person>"
    "</PublicAdvertisingPersonLead>"
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> MockServer:
    server = MockServer().start()
    for name, value in [("USERNAME", server.username), ("PASSWORD", server.password), ("BASE_URL", server.url),
                        ("CUSTOMER_ID", server.customer_id)]:  # fmt: skip
        monkeypatch.setenv(f"VITEC_{name}", value)
    yield server  # type: ignore[misc]
    server.stop()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) <= 1 and "Traceback" not in captured.err, captured.err
    return code, captured.out, captured.err.strip()


def body_file(tmp_path: pathlib.Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_strict_refuses_an_unknown_member_of_the_body_before_sending(env: MockServer, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = body_file(tmp_path, "typo.json", TYPO_JSON)
    for fmt in ("json", "xml"):
        code, out, err = run(["public-advertising", "create-person-lead", typo, "--format", fmt, "--strict"], capsys)
        assert (code, out) == (3, "")
        assert err == (
            f"error: invalid request body in {typo}: Person has no member 'firstname' (strict mode) (at $.person.firstname)"
        )
    assert env.requests == []


def test_strict_refuses_an_unknown_element_of_an_xml_body(env: MockServer, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = body_file(tmp_path, "typo.xml", TYPO_XML)
    code, _, err = run(["public-advertising", "create-person-lead", typo, "--format", "xml", "--strict"], capsys)
    assert code == 3 and err.startswith(f"error: invalid request body in {typo}: ")
    assert "<Firstname>" in err and "(at PublicAdvertisingPersonLead/Person/Firstname)" in err
    assert env.requests == []


def test_a_json_member_that_xml_cannot_carry_is_refused_naming_it(env: MockServer, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = body_file(tmp_path, "typo.json", TYPO_JSON)
    code, out, err = run(["public-advertising", "create-person-lead", typo, "--format", "xml"], capsys)
    assert (code, out) == (3, "")
    assert err == (
        f"error: the request body in {typo} holds a member the spec does not know, which cannot be sent as XML: "
        "$.person.firstname; correct the file, or send it as JSON (--format json)"
    )
    assert env.requests == [] and env.created_leads == []


def test_xml_elements_that_json_cannot_carry_are_refused_naming_each(env: MockServer, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = body_file(tmp_path, "typo.xml", TYPO_XML)
    code, _, err = run(["public-advertising", "create-person-lead", typo], capsys)  # --format json is the default
    assert code == 3
    assert err == (
        f"error: the request body in {typo} holds 2 members the spec does not know, which cannot be sent as JSON: "
        "PublicAdvertisingPersonLead/Person/Firstname, PublicAdvertisingPersonLead/Person/Zebra; "
        "correct the file, or send it as XML (--format xml)"
    )
    assert env.requests == []


def test_unknown_members_in_list_items_are_named_by_position(env: MockServer, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    hits = body_file(tmp_path, "hits.json", '[{"estateId":"OBJ1"},{"estateId":"OBJ2","hitz":3}]')
    code, _, err = run(["public-advertising-estate", "daily-hits", hits, "--format", "xml"], capsys)
    assert code == 3 and "cannot be sent as XML: $[1].hitz;" in err
    hits = body_file(
        tmp_path, "hits.xml", f'<ArrayOfDailyEstateHit xmlns="{HITS_NS}"><DailyEstateHit /><DailyEstateHit><Hitz>3</Hitz></DailyEstateHit></ArrayOfDailyEstateHit>'
    )
    code, _, err = run(["public-advertising-estate", "daily-hits", hits], capsys)
    assert code == 3 and "cannot be sent as JSON: ArrayOfDailyEstateHit/DailyEstateHit[2]/Hitz;" in err
    assert env.requests == []


def test_an_unknown_member_in_the_wire_format_is_sent_as_the_file_has_it(env: MockServer, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = body_file(tmp_path, "typo.json", TYPO_JSON)
    code, out, _ = run(["public-advertising", "create-person-lead", typo], capsys)
    assert code == 0 and out.strip().strip('"') in env.created_leads
    (sent,) = env.requests
    assert b'"firstname":"\xc3\x85sa"' in sent.body
    typo = body_file(tmp_path, "typo.xml", TYPO_XML)
    assert run(["public-advertising", "create-person-lead", typo, "--format", "xml"], capsys)[0] == 0
    assert b"<Firstname>\xc3\x85sa</Firstname>" in env.requests[-1].body and b"<Zebra>z</Zebra>" in env.requests[-1].body
