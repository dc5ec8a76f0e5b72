"""The benchmark's HTTP server: ``vitec_connect.testing.MockServer`` in its own process.

    python -m bench.server --items 3000

plants ``bench.data``'s report (``--items`` of each kind, all inside one two-month window), contact,
contact leads and incoming lead, starts the server on loopback, prints one JSON line (``url``,
``username``, ``password``, ``customer_id``, ...), and serves until its standard input closes.

Answers to GET requests are cached per (target, Accept, Authorization) after the first: the server
would otherwise re-encode the 3000-item report for every request, and that cost (the same for every
client) would drown the differences between clients that the benchmark is after. Its own process keeps
its threads off the client's GIL.

Nagle's algorithm is turned off on the server's sockets (``disable_nagle_algorithm``):
``http.server`` sends the headers and a small body in two writes, and with Nagle on, the body waits
for the client's delayed ACK, about 40 ms on Linux, which would make every small call measure the
ACK timer instead of the client. (``--nagle`` keeps it on, to see that.)
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from vitec_connect.testing import MockServer

from . import data


class CachedMockServer(MockServer):
    """A ``MockServer`` that answers a repeated GET from a cache."""

    def __init__(self, *, nagle: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._answers: dict[tuple[str, str, str], Any] = {}
        self._httpd.RequestHandlerClass.disable_nagle_algorithm = not nagle  # type: ignore[attr-defined]

    def _handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Any:
        if method != "GET":
            return super()._handle(method, target, headers, body)
        key = (target, headers.get("accept", ""), headers.get("authorization", ""))
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = super()._handle(method, target, headers, body)
        return answer


def plant(server: MockServer, items: int, seed: int) -> None:
    report = data.report(items, seed)
    server.data.report_incoming = list(report.incoming_leads or [])
    server.data.report_outgoing = list(report.outgoing_leads or [])
    server.data.report_tips = list(report.tips or [])
    server.data.contacts[data.CONTACT_ID] = data.contact(seed)
    server.data.incoming["INL90001"] = data.incoming_lead(seed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--nagle", action="store_true", help="keep Nagle's algorithm on (MockServer's default)")
    args = parser.parse_args(argv)
    server = CachedMockServer(max_months=2, seed=args.seed, nagle=args.nagle)
    plant(server, args.items, args.seed)
    server.start()
    info = {
        "url": server.url,
        "username": server.username,
        "password": server.password,
        "customer_id": server.customer_id,
        "contact_id": data.CONTACT_ID,
        "incoming_lead_id": "INL90001",
    }
    print(json.dumps(info), flush=True)
    try:
        sys.stdin.read()  # until the parent closes our stdin (or goes away)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
