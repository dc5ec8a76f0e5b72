"""What the README promises that no other test pins down."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from vitec_connect import json, models, xml

from .conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # nox brings tomli on 3.10
    import tomli as tomllib


def test_an_xml_contact_without_i_type_is_the_base_class_as_in_dotnet() -> None:
    person = models.CrmPersonContact(customer_id="k", first_name="Åsa", type=models.ContactType("Person"))
    assert type(json.decode(json.encode(person), type=models.CrmContact)) is models.CrmPersonContact
    data = xml.encode(person, type=models.CrmContact)
    assert b' i:type="CrmPersonContact"' in data
    assert type(xml.decode(data, type=models.CrmContact)) is models.CrmPersonContact
    bare = xml.decode(data.replace(b' i:type="CrmPersonContact"', b""), type=models.CrmContact)
    assert type(bare) is models.CrmContact and bare.customer_id == "k"
    assert xml.encode(bare) == data.replace(b' i:type="CrmPersonContact"', b"")  # the subtype's members kept


def test_the_development_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert 'pytest -m "not slow" -n 0' in readme and any(m.startswith("slow:") for m in config["tool"]["pytest"]["ini_options"]["markers"])
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    for session in ("def tests(", "def lowest(", "def lint("):
        assert session in noxfile
    assert "-n auto" in config["tool"]["pytest"]["ini_options"]["addopts"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License") and config["project"]["license"] == "MIT"
    assert config["project"]["urls"]


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def one_line(text: str) -> str:
    return " ".join(text.split())


#: the mock server the README says its client example runs against, as the README writes it
CLIENT_MOCK = re.compile(r"client example above runs as written against `(MockServer\([^`]*\))`")


def readme_mock() -> Any:
    """The mock server configured as the README says its client example needs."""
    from vitec_connect.testing import MockServer

    (expression,) = CLIENT_MOCK.findall(one_line(readme()))
    return eval(expression, {"MockServer": MockServer})  # (the README's own text)


def test_the_client_example_runs_as_written(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's client block, verbatim, against the mock server the README names (its base URL from
    VITEC_BASE_URL)."""
    block = readme().split("## The client", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    with readme_mock() as server:
        monkeypatch.setenv("VITEC_BASE_URL", server.url)
        monkeypatch.delenv("VITEC_CUSTOMER_ID", raising=False)
        ids = list(server.data.contacts)[:45]
        namespace: dict[str, object] = {"ids": ids}
        exec(compile(block, "README.md", "exec"), namespace)
    assert isinstance(namespace["contact"], models.CrmContact) and namespace["lead_id"] == server.created_leads[0]
    assert len(namespace["leads"]) == len(ids)  # type: ignore[arg-type]
    paths = [r.path for r in server.requests]
    batches = -(-len(ids) // 20)  # at most 20 ids per request
    assert batches > 1 and sum(p.startswith("/CRM/Contact/kund-id/") and p.endswith("/Lead") for p in paths) == batches
    assert all("kund-id" in p for p in paths)  # every call's customer: the client's or its own
    assert "1 6" in capsys.readouterr().out  # progress of the year's six windows


def test_the_mock_example_runs_as_written() -> None:
    """The README's MockServer block, verbatim, against the default server: the client it makes is the
    server's customer's, and the injected 503s are retried."""
    block = readme().split("## The mock server and the CLI", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    assert "MockServer()" in block
    namespace: dict[str, Any] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    assert isinstance(namespace["contact"], models.CrmContact) and namespace["contact"].id == "KON10000"
    server = namespace["server"]
    assert [r.path for r in server.requests] == ["/CRM/Contact/demo-kund/KON10000"] * 3


def test_the_errors_the_readme_shows_are_the_mocks() -> None:
    """Each status error the Errors section quotes is, word for word, what the client raises against the
    mock (with the client example's customer)."""
    from vitec_connect import Client, errors
    from vitec_connect.models import public_advertisement_lead as pal

    section = one_line(readme().split("### Errors", 1)[1].split("\n### ", 1)[0])
    quoted = re.findall(r"`((?:404 Not Found|400 Bad Request): [^`]*)`", section)
    assert len(quoted) == 2
    lead = pal.PublicAdvertisingPersonLead(
        person=pal.Person(first_name="Åsa", last_name="Öberg"),
        lead_source=pal.LeadSource(lead_type=pal.LeadType.AcceptObjectFlow, name="Hemnet"),
        receiver=pal.Receiver(),  # "names no agent, user group or office"
    )
    with readme_mock() as server, Client(server.username, server.password, customer_id=server.customer_id,
                                         base_url=server.url) as client:  # fmt: skip
        with pytest.raises(errors.NotFoundError) as not_found:
            client.crm.get_contact(contact_id="NOPE")
        for fmt in ("json", "xml"):
            with pytest.raises(errors.BadRequestError) as bad:
                client.with_options(format=fmt).public_advertising.create_person_lead(lead=lead)
            assert quoted[1] == str(bad.value)
    assert quoted[0] == str(not_found.value)


def test_unknown_members_are_written_back_where_the_readme_says() -> None:
    """An unknown XML element where it stood; an unknown JSON field after the known members, as the README's
    example shows it."""
    (before, after) = re.findall(r"`(\{\"zebra\"[^`]*)` comes back as `([^`]*)`", one_line(readme()))[0]
    assert json.encode(json.decode(before, type=models.CrmContact)).decode() == after
    ns = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"'
    data = f"<CrmContact {ns}><CustomerId>c</CustomerId><Zebra>z</Zebra><Id>K</Id></CrmContact>".encode()
    assert xml.encode(xml.decode(data, type=models.CrmContact)) == data


def test_the_mocks_access_and_not_found_rules_are_as_the_readme_says() -> None:
    """"403 for every customer but its own" and "404 ... an id naming what is asked for, a path segment or a
    required query parameter such as `fileId`, starting with `NOPE`", against the default mock."""
    from vitec_connect import Client, errors
    from vitec_connect.testing import MockServer

    text = one_line(readme())
    assert "customer access (403 for every customer but its own, `server.customer_id`: `demo-kund` unless given)" in text
    assert "a path segment or a required query parameter such as `fileId`, starting with `NOPE`" in text
    with MockServer() as server, Client(server.username, server.password, base_url=server.url) as client:
        assert server.customer_id == "demo-kund"
        client.crm.get_contact(customer_id="demo-kund", contact_id="KON10000")
        for other in ("annan-kund", "kund-id", "x"):
            with pytest.raises(errors.PermissionDeniedError):
                client.crm.get_contact(customer_id=other, contact_id="KON10000")
        for call in (lambda: client.crm_file.get_file(customer_id="demo-kund", file_id="NOPE1"),
                     lambda: client.crm_contact.get_person(customer_id="demo-kund", contact_id="NOPE2")):  # fmt: skip
            with pytest.raises(errors.NotFoundError):
                call()


def test_the_validation_and_connection_errors_the_readme_shows_are_ours() -> None:
    """The Errors section's ValidationError word for word, and its connection error with only the address's
    port and the time differing."""
    import socket

    from vitec_connect import Client, errors

    section = one_line(readme().split("### Errors", 1)[1].split("\n### ", 1)[0])
    (invalid,) = re.findall(r"`(invalid request to [^`]*)`", section)
    (refused,) = re.findall(r"`(could not connect to [^`]*)`", section)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Client("user", "password", customer_id="kund-id", base_url=f"http://127.0.0.1:{port}") as client:
        with pytest.raises(errors.ValidationError) as bad:
            client.business_intelligence.budget(office_id="O", user_id="U", year="abc", month=3,  # type: ignore[arg-type]
                                                realtor_budget=models.RealtorBudget())  # fmt: skip
        with pytest.raises(errors.APIConnectionError) as failed:
            client.crm.get_contact(contact_id="KON10000")
    assert str(bad.value) == invalid
    shown = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:1", re.sub(r"in \d+\.\d\d s", "in 1.42 s", str(failed.value)))
    assert shown == refused
