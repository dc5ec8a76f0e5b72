from __future__ import annotations

from collections.abc import Iterator

import pytest
from vitec_connect import Client
from vitec_connect.testing import MockServer


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer() as s:
        yield s


@pytest.fixture(params=["json", "xml"])
def fmt(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(server: MockServer, fmt: str) -> Iterator[Client]:
    with Client(server.username, server.password, base_url=server.url, format=fmt, timeout=5, max_retries=2) as c:
        yield c
