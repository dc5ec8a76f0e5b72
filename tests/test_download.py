"""File downloads streamed to a file: ``Client.stream`` against the mock server (real sockets).

The body goes from the connection to the file in chunks and is never held whole; an error status is our
typed error with the server's message; a failure before the headers is retried as a call's; a body that
breaks off is not sent again, and leaves no partial file behind.
"""

from __future__ import annotations

import importlib
import io
import pathlib
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

from .trickler import Trickler

OP = "crm_file_get_file"
ARGS = {"customer_id": "M1", "file_id": "f1"}
BIG = 24 * 1024 * 1024


@pytest.fixture(scope="module")
def testing(full: Any) -> Any:
    return importlib.import_module("fullconnect.testing")


@pytest.fixture
def server(testing: Any) -> Iterator[Any]:
    with testing.MockServer(customer_id="M1") as s:
        yield s


@pytest.fixture
def client(full: Any, server: Any) -> Iterator[Any]:
    with full.Client(server.username, server.password, base_url=server.url, timeout=10) as c:
        yield c


def _download(client: Any) -> Any:
    return client.stream(client.crm_file.get_file, **ARGS)


def test_a_download_is_written_to_a_path(client: Any, server: Any, tmp_path: pathlib.Path) -> None:
    expected = client.crm_file.get_file(**ARGS)
    target = tmp_path / "contract.pdf"
    with _download(client) as body:
        assert body.status_code == 200 and body.headers["content-type"] == "application/octet-stream"
        assert body.write_to(target) == len(expected) == body.bytes_read
    assert target.read_bytes() == expected and expected.startswith(b"%PDF-1.4\n")
    assert [p.name for p in tmp_path.iterdir()] == ["contract.pdf"]  # no partial file left
    assert server.requests[-1].headers["accept"] == "application/octet-stream"
    assert server.requests[-1].path == "/CRM/File/GetFile?customerId=M1&fileId=f1"


def test_a_download_is_written_to_a_file_object_or_iterated(client: Any) -> None:
    expected = client.crm_file.get_file(**ARGS)
    out = io.BytesIO()
    assert _download(client).write_to(out) == len(expected) and out.getvalue() == expected
    with _download(client) as body:
        chunks = list(body.iter_bytes(chunk_size=100))
    assert b"".join(chunks) == expected and max(map(len, chunks)) <= 100 and len(chunks) > 1
    assert _download(client).read() == expected


def test_a_body_is_read_only_once(client: Any) -> None:
    with _download(client) as body:
        body.read()
        with pytest.raises(RuntimeError, match="being read or was read already"):
            body.write_to(io.BytesIO())


class _BigServer:
    """The mock server, answering the download with ``BIG`` bytes made once."""

    def __init__(self, testing: Any) -> None:
        body = bytes(range(256)) * (BIG // 256)

        class Big(testing.MockServer):  # type: ignore[misc]
            def answer(self, operation_id: str, args: dict[str, Any], payload: Any = None) -> Any:
                return body if operation_id == OP else super().answer(operation_id, args, payload)

        self.body, self.cls = body, Big


class _Recorder(io.RawIOBase):
    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.digest = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self.sizes.append(len(b))
        self.digest = hash((self.digest, bytes(b[:16])))
        return len(b)


def test_a_large_download_is_never_held_in_memory(full: Any, testing: Any, tmp_path: pathlib.Path) -> None:
    big = _BigServer(testing)
    with big.cls(customer_id="M1") as server, full.Client(server.username, server.password, base_url=server.url) as c:
        target = tmp_path / "big.bin"
        tracemalloc.start()
        try:
            with c.stream(c.crm_file.get_file, **ARGS) as body:
                written = body.write_to(target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        recorder = _Recorder()
        with c.stream(c.crm_file.get_file, **ARGS) as body:
            body.write_to(recorder)
    assert written == BIG and target.read_bytes() == big.body
    assert peak < BIG // 8, f"peak {peak} bytes while streaming {BIG}"  # chunks, not the body
    assert max(recorder.sizes) <= 64 * 1024 and sum(recorder.sizes) == BIG


def test_an_error_status_raises_our_error_with_the_servers_message(
    full: Any, client: Any, tmp_path: pathlib.Path
) -> None:
    files = client.public_advertising_file
    with pytest.raises(full.errors.NotFoundError) as info:
        client.stream(files.get, customer_id="M1", file_id="NOPE1")
    assert str(info.value) == "404 Not Found: fileId NOPE1 finns inte. (GET /PublicAdvertising/File/M1/NOPE1)"
    assert info.value.body == b'{"message":"fileId NOPE1 finns inte."}' and list(tmp_path.iterdir()) == []
    with pytest.raises(full.errors.PermissionDeniedError, match=r"^403 Forbidden: Begärt data som det saknas"):
        client.stream(files.get, customer_id="OTHER", file_id="f1")


def test_a_failure_before_the_headers_is_retried(
    full: Any, testing: Any, client: Any, server: Any, tmp_path: pathlib.Path
) -> None:
    server.inject(OP, testing.Fault(status=503, retry_after=0))
    target = tmp_path / "f.pdf"
    with _download(client) as body:
        body.write_to(target)
    assert len(server.requests) == 2 and target.read_bytes() == client.crm_file.get_file(**ARGS)


@pytest.mark.parametrize("fault", [{"reset": "response"}, {"truncate": True}])
def test_a_body_that_breaks_off_is_not_sent_again_and_leaves_no_partial_file(
    full: Any, testing: Any, client: Any, server: Any, tmp_path: pathlib.Path, fault: dict[str, Any]
) -> None:
    target = tmp_path / "f.pdf"
    target.write_bytes(b"the earlier version")
    server.inject(OP, testing.Fault(**fault))
    with pytest.raises(full.errors.APIConnectionError) as info:
        _download(client).write_to(target)
    assert info.value.kind == "broken" and info.value.may_have_reached_server
    assert "bytes of the body had arrived; the request is not sent again" in str(info.value)
    assert len(server.requests) == 1  # sent once: part of the body had been written
    assert target.read_bytes() == b"the earlier version"  # left as it was
    assert [p.name for p in tmp_path.iterdir()] == ["f.pdf"]  # the partial file removed


def test_a_body_that_breaks_off_keeps_what_a_file_object_got(full: Any, testing: Any) -> None:
    big = _BigServer(testing)
    with big.cls(customer_id="M1") as server, full.Client(server.username, server.password, base_url=server.url) as c:
        server.inject(OP, testing.Fault(reset="response"))  # half the body, then a reset
        out = io.BytesIO()
        with pytest.raises(full.errors.APIConnectionError) as info:
            with c.stream(c.crm_file.get_file, **ARGS) as body:
                body.write_to(out)
        assert len(server.requests) == 1
    assert 0 < len(out.getvalue()) == body.bytes_read < BIG
    assert out.getvalue() == big.body[: body.bytes_read]
    assert f"({body.bytes_read} bytes of the body had arrived; the request is not sent again)" in str(info.value)


def test_a_transport_without_streaming_is_streamed_from_its_response(full: Any, tmp_path: pathlib.Path) -> None:
    data = bytes(range(256)) * 1000

    def answer(request: Any) -> Any:
        return full._transport.Response(200, {"content-type": "application/octet-stream"}, data, 0.0, request)

    c = full.Client("u", "p", transport=full._transport.MockTransport(answer))
    assert c.stream(c.crm_file.get_file, **ARGS).write_to(tmp_path / "f") == len(data)
    assert (tmp_path / "f").read_bytes() == data


def test_stream_takes_an_operation_of_its_own_client(full: Any, client: Any) -> None:
    other = full.Client("u", "p", base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match=r"stream\(\) takes an operation of this client"):
        client.stream(other.crm_file.get_file, **ARGS)
    with pytest.raises(full.errors.ValidationError, match="customer_id"):  # checked before anything is sent
        nobody = other.with_options(customer_id=None)
        nobody.stream(nobody.crm_file.get_file, file_id="f1")


def test_the_command_streams_a_download_to_save(
    full: Any, server: Any, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in (("USERNAME", server.username), ("PASSWORD", server.password), ("BASE_URL", server.url)):
        monkeypatch.setenv(f"VITEC_{name}", value)
    cli = importlib.import_module("fullconnect._cli")
    target = tmp_path / "saved.pdf"
    argv = ["crm-file", cli.command_name(cli_op(full)), "f1", "--customer-id", "M1", "--save", str(target)]
    assert cli.main(argv) == 0, capsys.readouterr().err
    with full.Client(server.username, server.password, base_url=server.url) as c:
        assert target.read_bytes() == c.crm_file.get_file(**ARGS)
    assert capsys.readouterr().err.strip() == f"{target.stat().st_size} bytes written to {target}"
    server.inject(OP, importlib.import_module("fullconnect.testing").Fault(reset="response"))
    assert cli.main(argv) != 0
    assert target.read_bytes() == (tmp_path / "saved.pdf").read_bytes()


def cli_op(full: Any) -> Any:
    return importlib.import_module("fullconnect._api.operations").operation(OP)


def _file_response(body: bytes) -> bytes:
    """A whole HTTP response carrying ``body`` as a file download."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: %d\r\n\r\n" % len(body)
    return head + body


def test_the_timeout_bounds_a_streamed_body_too_and_it_is_not_sent_again(full: Any, tmp_path: pathlib.Path) -> None:
    body = bytes(range(256)) * 64  # 16 KiB, 1 KiB every 0.1 s after the headers: 1.6 s in all
    server = Trickler(_file_response(body), start_at=len(b"HTTP/1.1 200 OK\r\n") + 80, every=0.1, chunk=1024)
    server.start()
    target = tmp_path / "slow.bin"
    try:
        with full.Client("u", "p", base_url=server.url, timeout=0.6, max_retries=2) as c:
            started = time.monotonic()
            with pytest.raises(full.errors.APITimeoutError) as info:
                c.stream(c.crm_file.get_file, **ARGS).write_to(target)
            took = time.monotonic() - started
        connections = server.accepted(1)
    finally:
        server.stop()
    assert "longer than 0.6s" in str(info.value) and "bytes of the body had arrived" in str(info.value)
    assert took < 2.0 and connections == 1  # one attempt, cut at its deadline; not sent again
    assert list(tmp_path.iterdir()) == []


def test_headers_that_do_not_come_in_time_are_retried_as_a_calls(full: Any) -> None:
    server = Trickler(_file_response(b"x" * 100), start_at=0, every=0.1, chunk=4)  # the headers trickle
    server.start()
    try:
        with full.Client("u", "p", base_url=server.url, timeout=0.3, max_retries=1) as c:
            with pytest.raises(full.errors.APITimeoutError, match=r"longer than 0\.3s"):
                c.stream(c.crm_file.get_file, **ARGS)
        connections = server.accepted(2)
    finally:
        server.stop()
    assert connections == 2  # a GET whose headers never came: sent again, as a call would be
