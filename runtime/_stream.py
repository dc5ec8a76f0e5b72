"""``StreamedResponse``: a response whose body is read as it arrives (``Client.stream``), for file downloads.

    with client.stream(client.crm_file.get_file, file_id="f1") as download:
        download.write_to("contract.pdf")       # or a binary file object; returns the bytes written

The body is read in chunks straight from the connection and never held whole. An error status raises
before this object exists, as the call would; a failure before the headers arrive is retried as the call
would be; once the body is being read, nothing is sent again.
"""

from __future__ import annotations

import os
import pathlib
import secrets
from collections.abc import Iterator, Mapping
from typing import IO

from ._transport import CHUNK_SIZE, StreamResponse
from .errors import APIConnectionError, APITimeoutError

__all__ = ["StreamedResponse"]


class StreamedResponse:
    """One HTTP exchange with a 2xx status whose body is still to be read, once, by ``write_to``,
    ``iter_bytes`` or ``read``. ``status_code``, ``headers`` (lower-case names), ``url``; ``bytes_read``
    counts what has arrived. Close it (or use ``with``) if the body is not read to its end."""

    __slots__ = ("_stream", "bytes_read", "headers", "status_code", "url")

    def __init__(self, stream: StreamResponse) -> None:
        self._stream = stream
        self.status_code = stream.status_code
        self.headers: Mapping[str, str] = stream.headers
        self.url = stream.request.url
        self.bytes_read = 0

    def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks of at most ``chunk_size`` bytes, as they arrive. If the connection breaks
        off, ``APIConnectionError`` (``kind="broken"``, or ``APITimeoutError``) says how many bytes had
        arrived; the request is not sent again."""
        try:
            for chunk in self._stream.iter_bytes(chunk_size):
                self.bytes_read += len(chunk)
                yield chunk
        except APIConnectionError as exc:
            cls = APITimeoutError if isinstance(exc, APITimeoutError) else APIConnectionError
            raise cls(
                f"{exc} ({self.bytes_read} bytes of the body had arrived; the request is not sent again)",
                may_have_reached_server=True,
                method=exc.method,
                url=exc.url,
                kind=exc.kind,
            ) from None
        finally:
            self.close()

    def read(self) -> bytes:
        """The whole body in memory, as the call itself returns it (refused past ``max_response_bytes``)."""
        try:
            data = self._stream.read()
        finally:
            self.close()
        self.bytes_read = len(data)
        return data

    def write_to(self, target: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the body to ``target`` chunk by chunk and return the number of bytes written.

        A path is written through a temporary file in the same folder, renamed into place only once the
        whole body has arrived: a download that breaks off leaves no partial file, and a file already at
        that path is left as it was. A file object gets each chunk as it arrives (and keeps what arrived
        if the body breaks off)."""
        if not isinstance(target, (str, os.PathLike)):
            for chunk in self.iter_bytes():
                target.write(chunk)
            return self.bytes_read
        path = pathlib.Path(target)
        partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            with partial.open("xb") as out:  # (created with the usual permissions, unlike a tempfile's)
                for chunk in self.iter_bytes():
                    out.write(chunk)
            os.replace(partial, path)
        except BaseException:
            self.close()
            partial.unlink(missing_ok=True)
            raise
        return self.bytes_read

    def close(self) -> None:
        """Release the connection (the unread rest of the body is dropped, and the connection with it)."""
        self._stream.close()

    def __enter__(self) -> StreamedResponse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<StreamedResponse {self.status_code}, {self.bytes_read} bytes read>"
