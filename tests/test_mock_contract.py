"""What the mock server refuses and answers where the contract fuzzing found it parting from the spec
(spec/README.md, "The mock server's contract"): null list items and timestamp texts in bodies, ``2.0`` for
an integer, and the ``Allow`` of a 405 by the routing rule."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from vitec_connect.testing import MockServer


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(password="p", open_access=True) as s:
        yield s


def _call(server: MockServer, method: str, path: str, body: str | None = None) -> tuple[int, Any, dict[str, str]]:
    auth = "Basic " + base64.b64encode(b"demo:p").decode()
    headers = {"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"}
    data = body.encode() if body is not None else None
    request = urllib.request.Request(server.url + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request) as r:
            status, text, got = r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        status, text, got = e.code, e.read(), dict(e.headers)
    return status, json.loads(text) if text else None, got


COMPANY = '{"companyName": "AB", "customerId": "k", %s}'


@pytest.mark.parametrize(
    ("path", "body", "key", "message"),
    [
        (
            "/Contacts/UpdateCompany",
            COMPANY % '"categoryIds": ["a", null]',
            "contact.CategoryIds[1]",
            "The value null is not valid: the items may not be null.",
        ),
        ("/CRM/Project/k/p1/Estate", '["e1", null]', "estate_ids[1]", "The value null is not valid: the items may not be null."),
        (
            "/Advertising/Estate/k/e1/interestRestrictive",
            '{"gdprApprovalDate": "igår", "firstName": "A", "lastName": "B"}',
            "application.GdprApprovalDate",
            "The value 'igår' is not a valid date and time.",
        ),
        ("/Contacts/UpdateCompany", COMPANY % '"leadScore": 2.0', "contact", "expected an integer, got a number ($.leadScore)"),
    ],
)  # fmt: skip
def test_a_body_the_spec_does_not_allow_is_refused_with_where_and_why(
    server: MockServer, path: str, body: str, key: str, message: str
) -> None:
    status, answer, _ = _call(server, "POST", path, body)
    assert status == 400
    assert answer == {"message": "The request is invalid.", "modelState": {key: [message]}}


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/Contacts/UpdateCompany", COMPANY % '"categoryIds": [], "leadScore": 2'),
        (
            "/Advertising/Estate/k/e1/interestRestrictive",
            '{"gdprApprovalDate": "2025-01-31T12:00:00+01:00", "firstName": "A", "lastName": "B"}',
        ),
    ],
)
def test_the_same_bodies_as_the_spec_allows_them_are_answered(server: MockServer, path: str, body: str) -> None:
    assert _call(server, "POST", path, body)[0] in (200, 204)


@pytest.mark.parametrize(
    ("path", "allow"),
    [
        ("/CRM/Link/k/Category", "POST"),  # the literal template wins over POST/GET .../{estateId}, {linkId}
        ("/CRM/File/k/f1", "DELETE, POST"),  # two templates, one path: POST {estateId}, DELETE {fileId}
        ("/CRM/SearchProfile/k/x", "DELETE, GET, POST, PUT"),
    ],
)
def test_a_405_allows_the_methods_of_the_templates_that_win_for_the_path(
    server: MockServer, path: str, allow: str
) -> None:
    status, answer, headers = _call(server, "PATCH", path, "{}")
    assert status == 405 and headers["Allow"] == allow
    assert answer == {"message": "The requested resource does not support http method 'PATCH'."}
