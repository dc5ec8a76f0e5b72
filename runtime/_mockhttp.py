"""The mock server's HTTP hardening: a bounded thread pool, and error bodies that hold data only as text."""

from __future__ import annotations

import http.server
import re
import threading
from typing import Any

__all__ = ["BoundedServer", "xml_name", "xml_text"]

_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NAME_CHAR = re.compile(
    r"[A-Za-z_0-9.\-\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]"
)


def xml_text(text: str) -> str:
    """Text as XML character data (characters XML cannot hold become U+FFFD)."""
    text = _NOT_XML_CHAR.sub("\ufffd", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_name(key: str) -> str:
    """A ModelState key as an element name, the way .NET's ``XmlConvert.EncodeLocalName`` writes one:
    each character a name cannot hold as ``_xHHHH_`` (a key is data, never markup)."""
    out = []
    for i, c in enumerate(key):
        if _NAME_CHAR.fullmatch(c) and not (i == 0 and (c.isdigit() or c in ".-\u00b7")):
            out.append(c)
        else:
            out.append("".join(f"_x{unit:04X}_" for unit in _utf16(c)))
    return "".join(out) or "_x0000_"


def _utf16(c: str) -> list[int]:
    data = c.encode("utf-16-be", "surrogatepass")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


class BoundedServer(http.server.ThreadingHTTPServer):
    """A thread per connection, at most ``limit`` at once: the next one gets 503 and is closed."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: Any, limit: int) -> None:
        self._slots = threading.BoundedSemaphore(limit)
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(_BUSY)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer (a timeout, a test's reset) is not an error of the server's."""
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


_BUSY = b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"
