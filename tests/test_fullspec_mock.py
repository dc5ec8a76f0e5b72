"""The fixture spec (62 operations of every shape) served by the mock server and called through the client
and the command, in JSON and XML, with no code written for any of its operations.

Also: the mock's data is the same for the same seed; its statuses (401, 403, 404, 400 with ASP.NET's
ModelState, 405); the routing rule for templates that differ only in a parameter's name; and the fixture
package's mock server and command pass ``mypy --strict``.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import os
import pathlib
import subprocess
import sys
import typing
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from .conftest import ROOT


@pytest.fixture(scope="module")
def server(full: Any) -> Iterator[Any]:
    with importlib.import_module("fullconnect.testing").MockServer() as s:
        yield s


def operations(full: Any) -> list[Any]:
    return list(importlib.import_module("fullconnect._api.operations").OPERATIONS.values())


def call(full: Any, server: Any, fmt: str, op: Any, args: dict[str, Any]) -> Any:
    # strict: the made-up data holds no member, enum value or subtype the spec lacks
    with full.Client(server.username, server.password, base_url=server.url, format=fmt, strict=True) as client:
        client.send_inferred_namespaces = True  # the mock reads the namespaces the spec infers
        return getattr(getattr(client, op.tag), op.python_name)(**args)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_every_operation_is_served_and_callable_through_the_client(full: Any, server: Any, fmt: str) -> None:
    ops = operations(full)
    assert len(ops) >= 60
    shapes = set()
    for op in ops:
        args = server.example_arguments(op.operation_id)
        result = call(full, server, fmt, op, args)
        again = call(full, server, "xml" if fmt == "json" else "json", op, args)
        assert result == again, op.operation_id  # the same answer in the other format
        if op.response is None:
            assert result is None
        elif typing.get_origin(op.response) is list:
            assert isinstance(result, list) and result, op.operation_id
        else:
            assert isinstance(result, op.response), op.operation_id
        shapes.add(op.method if op.response is not None else f"{op.method} 204")
        if op.response is not None:
            shapes.add(getattr(op.response, "__name__", "list"))
    assert {"GET", "POST", "PUT 204", "DELETE 204", "bytes", "bool", "int", "str", "list"} <= shapes


def _argv(op: Any, args: dict[str, Any], body: pathlib.Path | None) -> list[str]:
    """The command line for ``op`` with ``args`` (Python names), as its help describes it."""
    return command_line(importlib.import_module("fullconnect._cli"), op, args, body)


def command_line(cli: Any, op: Any, args: dict[str, Any], body: pathlib.Path | None) -> list[str]:
    """The command line of ``cli`` (a package's ``_cli`` module) for ``op`` with ``args`` (Python names)."""
    argv = [op.tag.replace("_", "-"), cli.command_name(op)]
    for p in op.params:
        value = args.get(p.python_name)
        flag = "--" + p.python_name.replace("_", "-")
        if value is None:
            continue
        if p.kind == "boolean":
            argv.append(flag if value else "--no-" + flag[2:])
            continue
        texts = [str(v) for v in value] if isinstance(value, list) else [_text(value)]
        argv += texts if p.required and not p.customer else [flag, *texts]  # the customer is an option
    if body is not None:
        argv.append(str(body))
    return argv


def _text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_every_operation_through_the_command(
    full: Any, server: Any, fmt: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    for name, value in (("USERNAME", server.username), ("PASSWORD", server.password), ("BASE_URL", server.url)):
        monkeypatch.setenv(f"VITEC_{name}", value)
    main = importlib.import_module("fullconnect._cli").main
    for op in operations(full):
        args = server.example_arguments(op.operation_id)
        body = None
        if op.body is not None:
            value = args[op.body_name]
            body = tmp_path / f"{op.operation_id}.{fmt}"
            body.write_bytes(full.json.encode(value) if fmt == "json" else full.xml.encode(value, type=op.body))
        expected = call(full, server, fmt, op, args)
        argv = [*_argv(op, args, body), "--format", fmt, "--send-inferred-namespaces"]
        if op.response is bytes:
            saved = tmp_path / "download"
            assert main([*argv, "--save", str(saved)]) == 0, (op.operation_id, capsys.readouterr().err)
            assert saved.read_bytes() == expected
            continue
        for output in ("json", "xml", "table"):
            assert main([*argv, "--output", output]) == 0, (op.operation_id, argv, capsys.readouterr().err)
            out = capsys.readouterr().out
            if output == "json":
                assert json.loads(out) == json.loads(full.json.encode(expected)), op.operation_id
            elif output == "xml" and expected is not None:
                assert out.strip() == full.xml.encode(expected, type=op.response).decode(), op.operation_id
            elif output == "table" and expected is not None:
                assert out.strip(), op.operation_id


def test_the_help_of_every_command_comes_from_the_spec(full: Any, capsys: pytest.CaptureFixture[str]) -> None:
    cli = importlib.import_module("fullconnect._cli")
    for op in operations(full):
        with pytest.raises(SystemExit):
            cli.main([op.tag.replace("_", "-"), cli.command_name(op), "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert f"{op.method} {op.path}" in out and "VITEC_USERNAME, VITEC_PASSWORD" in out
        for p in op.params:
            assert p.name in out or p.python_name.replace("_", "-") in out, (op.operation_id, p.name)
    with pytest.raises(SystemExit):
        cli.main(["valuation", "count", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "One of: Desk, Visit, Statistical." in out and "(a number)" in out
    with pytest.raises(SystemExit):
        cli.main(["valuation", "get", "--customer-id", "k", "not-a-guid"])
    assert "valuationId: expected a Guid" in capsys.readouterr().err


def test_the_same_seed_gives_the_same_data(full: Any) -> None:
    testing = importlib.import_module("fullconnect.testing")
    bodies = []
    for seed in (7, 7, 8):
        with testing.MockServer(seed=seed) as s:
            http = urllib3.PoolManager(headers=urllib3.make_headers(basic_auth=f"{s.username}:{s.password}"))
            got = []
            for path in (
                f"/Valuation/{s.customer_id}/{uuid.UUID(int=5)}",
                f"/PublicAdvertising/House/{s.customer_id}/H1",
            ):
                for accept in ("application/json", "application/xml"):
                    r = http.request("GET", s.url + path, headers={**http.headers, "Accept": accept})
                    assert r.status == 200
                    got.append(r.data)
            bodies.append(got)
    assert bodies[0] == bodies[1] and bodies[0] != bodies[2]


def test_an_answer_is_about_what_was_asked(full: Any, server: Any) -> None:
    """Members named like the request's arguments hold them (within their type and length limit)."""
    ops = {op.operation_id: op for op in operations(full)}
    bid = call(full, server, "json", ops["crm_bid_get"], {"customer_id": server.customer_id, "id": "BUD-7"})
    assert bid.id == "BUD-7"
    contact = call(full, server, "xml", ops["crm_contact_get"], {"customer_id": server.customer_id, "contact_id": "K" * 41})
    assert contact.customer_id == server.customer_id and contact.id != "K" * 41  # id: at most 40 characters


def test_statuses(full: Any, server: Any) -> None:
    auth = urllib3.make_headers(basic_auth=f"{server.username}:{server.password}")
    http = urllib3.PoolManager()
    base, cid = server.url, server.customer_id

    def get(path: str, **kw: Any) -> Any:
        return http.request(kw.pop("method", "GET"), base + path, headers={**auth, **kw.pop("headers", {})}, **kw)

    assert get(f"/CRM/Bid/{cid}/B1", headers=urllib3.make_headers(basic_auth="demo:wrong")).status == 401
    assert get("/CRM/Bid/annan-kund/B1").status == 403
    assert get("/Office/GetOffice?criteria.customerId=annan-kund").status == 403
    r = get(f"/CRM/Bid/{cid}/NOPE1", headers={"Accept": "application/xml"})
    assert r.status == 404 and b"<Message>id NOPE1 finns inte.</Message>" in r.data
    assert get(f"/Valuation/{cid}/{uuid.UUID(int=0)}").status == 404
    r = get(f"/Valuation/{cid}/not-a-guid")
    assert r.status == 400 and "valuationId" in json.loads(r.data)["modelState"]
    r = get(f"/Valuation/{cid}/Count?criteria.minArea=many")
    assert r.status == 400 and "criteria.minArea" in json.loads(r.data)["modelState"]
    assert get(f"/Valuation/{cid}/Count").status == 200
    r = get(f"/CRM/SearchProfile/{cid}", method="PATCH")
    assert r.status == 405 and r.headers["Allow"] == "DELETE, GET"
    # a body against the spec's constraints: a required member missing, a length over its limit
    v = importlib.import_module("fullconnect.models.valuation")
    good = server.example_arguments("valuation_put")["valuation"]
    r = get(f"/Valuation/{cid}/{uuid.UUID(int=9)}", method="PUT", body=full.json.encode(good),
            headers={"Content-Type": "application/json"})  # fmt: skip
    assert r.status == 204 and r.data == b""
    bad = json.loads(full.json.encode(good))
    del bad["commissionRate"]
    r = get(f"/Valuation/{cid}/{uuid.UUID(int=9)}", method="PUT", body=json.dumps(bad).encode(),
            headers={"Content-Type": "application/json"})  # fmt: skip
    assert r.status == 400 and json.loads(r.data)["message"] == "The request is invalid."
    assert any("commissionRate" in m for ms in json.loads(r.data)["modelState"].values() for m in ms)
    assert v.Valuation is type(good)


def test_templates_that_differ_in_a_parameter_name_are_routed_by_the_spec(full: Any, server: Any) -> None:
    ops = {op.operation_id: op for op in operations(full)}
    one, many = ops["crm_contact_get"], ops["crm_contact_get_list"]
    assert one.path.replace("contactId", "contactIds") == many.path and many.params[1].separator == ","
    assert server._match("GET", f"/CRM/Contact/{server.customer_id}/K1")[0] is one
    assert server._match("GET", f"/CRM/Contact/{server.customer_id}/K1%2CK2")[0] is many
    assert server._match("GET", f"/CRM/Contact/{server.customer_id}/K1,K2")[0] is many
    route = importlib.import_module("fullconnect._mockroute")
    contacts = call(full, server, "json", many, {"customer_id": server.customer_id, "contact_ids": ["K1", "K2"]})
    assert isinstance(contacts, list)
    assert route.ambiguities(operations(full)) == []
    # without the spec's x-separator the two cannot be told apart: named, and answered as ASP.NET does
    plain = many._replace(params=(many.params[0], many.params[1]._replace(separator=None)))
    (problem,) = route.ambiguities([one, plain])
    assert "(crm_contact_get, crm_contact_get_list)" in problem and "x-separator" in problem
    with pytest.raises(route.Ambiguous, match="crm_contact_get, crm_contact_get_list"):
        route.match(route.routes([one, plain]), "GET", "/CRM/Contact/k/K1")
    server._routes = route.routes([one, plain])
    try:
        _, answer = server._handle("GET", f"/CRM/Contact/{server.customer_id}/K1", {}, b"")
    finally:
        server._routes = route.routes(ops.values())
    assert answer.status == 500 and b"Multiple actions were found that match the request" in answer.body
    # a typed parameter takes only what reads as its kind: a Guid route next to a string one
    guid = one._replace(operation_id="by_guid", params=(one.params[0], one.params[1]._replace(kind="guid")))
    routes = route.routes([one, guid])
    assert route.match(routes, "GET", f"/CRM/Contact/k/{uuid.UUID(int=3)}")[0] is guid
    assert route.match(routes, "GET", "/CRM/Contact/k/KON1")[0] is one


def test_the_fixture_package_passes_mypy_strict(fullspec_package: pathlib.Path) -> None:
    """Models, tables, operations, codecs, and the spec-driven mock server and command: no code per operation
    means nothing there can name an operation or type the fixture spec lacks."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir",
         str(fullspec_package / ".mypy_cache"), "fullconnect"],
        capture_output=True, text=True, cwd=fullspec_package, timeout=900, env={**os.environ, "MYPYPATH": ""},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.parametrize("output", ["table", "xml"])
def test_the_demo_calls_every_operation(full: Any, output: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert importlib.import_module("fullconnect._cli").main(["demo", "--output", output]) == 0
    out = capsys.readouterr().out
    assert out.count("\n▸ ") == 2 * len(operations(full)) and "(204 No Content)" in out and "a file of " in out
    assert out.rstrip().endswith("every operation answered in JSON and in XML.")
