"""spec/'s every operation (the whole API) served by the mock server and called through the client and the
command, in JSON and XML, with no code written for any of them.

The fixture spec's suite (tests/test_fullspec_mock.py) covers the shapes; this one holds the shipped
package to all of spec/. The same answer in both formats is asked of every operation the mock answers
from its seeded data; the stateful overrides (``_mockops.OVERRIDES``: a created lead gets a new id per
call) are called in both formats and checked for their result type only.
"""

from __future__ import annotations

import json
import pathlib
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from vitec_connect import Client, _cli
from vitec_connect import json as vjson
from vitec_connect import xml as vxml
from vitec_connect._api.operations import OPERATIONS
from vitec_connect._mockops import OVERRIDES
from vitec_connect.testing import MockServer

from .test_fullspec_mock import command_line


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer() as s:
        yield s


def call(server: MockServer, fmt: str, op: Any, args: dict[str, Any]) -> Any:
    # strict: the made-up data holds no member, enum value or subtype the spec lacks
    with Client(server.username, server.password, base_url=server.url, format=fmt, strict=True) as client:
        client.send_inferred_namespaces = True  # the mock reads the namespaces the spec infers
        return getattr(getattr(client, op.tag), op.python_name)(**args)


def test_the_whole_api_is_there() -> None:
    assert len(OPERATIONS) >= 184  # the 2020 description's 181 and the pages' three it lacks
    assert set(OVERRIDES) < set(OPERATIONS)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_every_operation_is_served_and_callable_through_the_client(server: MockServer, fmt: str) -> None:
    other = "xml" if fmt == "json" else "json"
    for op in OPERATIONS.values():
        args = server.example_arguments(op.operation_id)
        result = call(server, fmt, op, args)
        again = call(server, other, op, args)
        if op.operation_id not in OVERRIDES:
            assert result == again, op.operation_id  # the same answer in the other format
        if op.response is None:
            assert result is None and again is None, op.operation_id
        elif typing.get_origin(op.response) is list:
            assert isinstance(result, list) and isinstance(again, list), op.operation_id
        else:
            assert isinstance(result, op.response) and isinstance(again, op.response), op.operation_id


def _argv(op: Any, args: dict[str, Any], body: pathlib.Path | None) -> list[str]:
    """The command line for ``op`` with ``args`` (Python names), as its help describes it."""
    return command_line(_cli, op, args, body)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_every_operation_through_the_command(
    server: MockServer, fmt: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    for name, value in (("USERNAME", server.username), ("PASSWORD", server.password), ("BASE_URL", server.url)):
        monkeypatch.setenv(f"VITEC_{name}", value)
    for op in OPERATIONS.values():
        args = server.example_arguments(op.operation_id)
        body = None
        if op.body is not None:
            value = args[op.body_name]
            body = tmp_path / f"{op.operation_id}.{fmt}"
            body.write_bytes(vjson.encode(value) if fmt == "json" else vxml.encode(value, type=op.body))
        argv = [*_argv(op, args, body), "--format", fmt, "--send-inferred-namespaces"]
        if op.response is bytes:
            saved = tmp_path / "download"
            assert _cli.main([*argv, "--save", str(saved)]) == 0, (op.operation_id, capsys.readouterr().err)
            assert saved.read_bytes() == call(server, fmt, op, args)
            continue
        expected = call(server, fmt, op, args)
        for output in ("json", "xml"):
            assert _cli.main([*argv, "--output", output]) == 0, (op.operation_id, argv, capsys.readouterr().err)
            out = capsys.readouterr().out
            if op.operation_id in OVERRIDES:
                assert out.strip() or expected is None, op.operation_id  # a new answer per call
            elif output == "json":
                assert json.loads(out) == json.loads(vjson.encode(expected)), op.operation_id
            elif expected is not None:
                assert out.strip() == vxml.encode(expected, type=op.response).decode(), op.operation_id


def test_the_help_of_every_command_comes_from_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    for op in OPERATIONS.values():
        with pytest.raises(SystemExit):
            _cli.main([op.tag.replace("_", "-"), _cli.command_name(op), "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert f"{op.method} {op.path}" in out and "VITEC_USERNAME, VITEC_PASSWORD" in out, op.operation_id
        for p in op.params:
            assert p.name in out or p.python_name.replace("_", "-") in out, (op.operation_id, p.name)
