"""Hostile input: refused with a typed error, fast, in bounded memory; oversized bodies refused while streaming."""

from __future__ import annotations

import json as stdjson
import socket
import subprocess
import sys
import threading

import pytest
from vitec_connect import APIConnectionError, Client

SER = b'<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">'
REPORT = b'<TipsAndLeadsReport xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense">'

PAYLOADS = {
    "xxe-file": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + SER + b"&x;</string>",
    "xxe-network": b'<!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>' + SER + b"&x;</string>",
    "external-dtd": b'<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd">' + SER + b"x</string>",
    "billion-laughs": b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10) for i in range(1, 12))
    + b"]>" + SER + b"&a11;</string>",
    "quadratic-blowup": b'<!DOCTYPE q [<!ENTITY x "' + b"x" * 100_000 + b'">]>' + SER + b"&x;" * 20_000 + b"</string>",
    "deep-nesting": REPORT + b"<Tips>" + b"<SentTip><Contact>" * 60_000 + b"</Contact></SentTip>" * 60_000 + b"</Tips></TipsAndLeadsReport>",
    "huge-text-node": SER + b"x" * 30_000_000 + b"</string>",
    "many-elements": REPORT + b"<Tips>" + b"<SentTip/>" * 300_000 + b"</Tips></TipsAndLeadsReport>",
}

#: How each is refused (the start of our DecodeError's text).
REFUSED = {
    **dict.fromkeys(["xxe-file", "xxe-network", "external-dtd", "billion-laughs", "quadratic-blowup"], "a DTD (<!DOCTYPE>) is not accepted"),
    "deep-nesting": "elements nested more than 256 levels deep; the limit is 256",
    "huge-text-node": "a text, name or value at line 1, column ",
}

CHILD = r"""
import resource, sys, time
from vitec_connect import xml, models, DecodeError
data = sys.stdin.buffer.read()
tp = {"str": str, "report": models.TipsAndLeadsReport}[sys.argv[1]]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    result = xml.decode(data, type=tp)
    outcome = "decoded"
except DecodeError as exc:
    outcome = "DecodeError: " + str(exc)[:80]
took = time.perf_counter() - start
grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(outcome); print(took); print(grew * 1024 - len(data))
"""


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_hostile_xml_is_refused_fast_in_bounded_memory(name: str) -> None:
    data = PAYLOADS[name]
    kind = "report" if data.startswith(REPORT) else "str"
    done = subprocess.run([sys.executable, "-c", CHILD, kind], input=data, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    outcome, took, grew = done.stdout.decode().splitlines()
    if name == "many-elements":
        assert outcome == "decoded"  # large but legitimate: 300 000 empty tips decode
    else:
        assert outcome.startswith(f"DecodeError: {REFUSED[name]}"), outcome
        assert float(took) < 1.0
    assert int(grew) < 100 * 1024 * 1024  # beyond the input itself


class _Server(threading.Thread):
    """A socket server that answers with headers and then a body stream of a chosen size."""

    def __init__(self, length_header: int | None, stream: int) -> None:
        super().__init__(daemon=True)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.length_header, self.stream = length_header, stream
        self.sent = 0

    def run(self) -> None:
        conn, _ = self.sock.accept()
        self.sock.close()
        with conn:
            conn.recv(65536)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            head += b"Content-Length: %d\r\n" % self.length_header if self.length_header is not None else b"Connection: close\r\n"
            conn.sendall(head + b"\r\n" + b'["')
            chunk = b"x" * 65536
            try:
                while self.sent < self.stream:
                    conn.sendall(chunk)
                    self.sent += len(chunk)
            except OSError:
                pass  # the client hung up: what we want


def test_a_200_mb_body_is_refused_from_its_length() -> None:
    server = _Server(length_header=200 * 1024 * 1024, stream=200 * 1024 * 1024)
    server.start()
    with Client("u", "p", base_url=f"http://127.0.0.1:{server.port}", max_retries=0) as client, pytest.raises(APIConnectionError, match="larger than"):
        client.crm.get_contact(customer_id="k", contact_id="c")
    server.join(10)
    assert server.sent < 50 * 1024 * 1024  # refused long before it was all sent


def test_a_body_without_length_is_refused_while_streaming() -> None:
    server = _Server(length_header=None, stream=300 * 1024 * 1024)
    server.start()
    with Client("u", "p", base_url=f"http://127.0.0.1:{server.port}", max_retries=0, max_response_bytes=8 * 1024 * 1024) as client, pytest.raises(APIConnectionError, match="larger than 8388608 bytes"):
        client.crm.get_contact(customer_id="k", contact_id="c")
    server.join(10)
    assert server.sent < 100 * 1024 * 1024


class _GzipServer(threading.Thread):
    """Answers once with a gzip body: ``inflated`` bytes of JSON compressed."""

    def __init__(self, inflated: int) -> None:
        super().__init__(daemon=True)
        import gzip

        body = b'{"id":"' + b"x" * inflated + b'"}'
        self.payload = gzip.compress(body, compresslevel=9)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.request = b""

    def run(self) -> None:
        conn, _ = self.sock.accept()
        self.sock.close()
        with conn:
            self.request = conn.recv(65536)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            conn.sendall(head + b"Content-Length: %d\r\n\r\n" % len(self.payload) + self.payload)


def test_gzip_is_asked_for_and_inflated() -> None:
    server = _GzipServer(inflated=10_000)
    server.start()
    with Client("u", "p", base_url=f"http://127.0.0.1:{server.port}", max_retries=0) as client:
        raw = client.with_raw_response.crm.get_contact(customer_id="k", contact_id="c")
    server.join(5)
    assert b"accept-encoding: gzip" in server.request.lower()
    assert raw.content.startswith(b'{"id":"xxx') and len(raw.content) == 10_009


def test_a_gzip_bomb_is_refused_while_inflating() -> None:
    """200 MB of JSON compressed to about 200 KB: the limit applies to the inflated body."""
    server = _GzipServer(inflated=200 * 1024 * 1024)
    server.start()
    with Client("u", "p", base_url=f"http://127.0.0.1:{server.port}", max_retries=0, max_response_bytes=8 * 1024 * 1024) as client, pytest.raises(APIConnectionError, match="larger than 8388608 bytes"):
        client.crm.get_contact(customer_id="k", contact_id="c")
    server.join(5)


def test_credentials_and_tls() -> None:
    c = Client("u", "topsecret-123", base_url="https://example.invalid")
    pool = c._transport._pool  # type: ignore[attr-defined]
    assert pool.connection_pool_kw.get("cert_reqs") in (None, "CERT_REQUIRED")  # verification is urllib3's default: on
    assert "topsecret-123" not in repr(c) and "topsecret-123" not in stdjson.dumps(vars(c), default=repr)
