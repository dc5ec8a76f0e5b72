"""A server over a real socket that answers every connection slowly: the tests of deadlines and retries."""

from __future__ import annotations

import socket
import threading
import time


class Trickler(threading.Thread):
    """Answers every connection with a valid response, ``chunk`` bytes every ``every`` seconds, from
    ``start_at`` on (0: the headers trickle too)."""

    def __init__(self, response: bytes, start_at: int, every: float = 0.2, chunk: int = 1) -> None:
        super().__init__(daemon=True)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.response, self.start_at, self.every, self.chunk = response, start_at, every, chunk
        self.connections = 0
        self.stopped = False

    def run(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def accepted(self, at_least: int) -> int:
        """The connections accepted, once ``at_least`` have been (or after 5 s): the client's connect can
        complete before this thread, on a loaded machine, gets to count it."""
        deadline = time.monotonic() + 5
        while self.connections < at_least and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.connections

    def serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(self.response[: self.start_at])
                for i in range(self.start_at, len(self.response), self.chunk):
                    time.sleep(self.every)
                    conn.sendall(self.response[i : i + self.chunk])
            except OSError:
                pass

    def stop(self) -> None:
        self.stopped = True
        self.join(2)
        self.sock.close()
