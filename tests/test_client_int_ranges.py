""".NET's integer ranges hold for the items of an Int32 list and for integer results, not only for members.

``int`` is .NET's Int32 wherever it is a type the codecs read: a member, a list's items, a result. A result
of another integer kind carries its range in the operation table (``Annotated[int, Meta(ge, le)]``, as a
long, short or byte member does). Out of range is our ``DecodeError`` with the path, in both codecs' paths
(msgspec's fast one and the lossless one) and through the client.
"""

from __future__ import annotations

import importlib
from typing import Annotated, Any

import msgspec
import pytest

from .test_kinds_json import DOC as VALUATION_JSON

SER = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
INT32_MAX, INT32_MIN = 2**31 - 1, -(2**31)
LONG = Annotated[int, msgspec.Meta(ge=-(2**63), le=2**63 - 1)]
SHORT = Annotated[int, msgspec.Meta(ge=-(2**15), le=2**15 - 1)]
BYTE = Annotated[int, msgspec.Meta(ge=0, le=255)]


@pytest.fixture(scope="module")
def v(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.valuation")


def _floors(doc: bytes, floors: str) -> bytes:
    assert b'"floors":[1,-2]' in doc
    return doc.replace(b'"floors":[1,-2]', f'"floors":{floors}'.encode())


@pytest.mark.parametrize("lossless", [False, True], ids=["fast", "lossless"])
@pytest.mark.parametrize(
    ("floors", "bad"), [(f"[1,{INT32_MAX + 1}]", INT32_MAX + 1), (f"[{INT32_MIN - 1}]", INT32_MIN - 1)]
)
def test_an_int32_list_item_out_of_range_is_refused_with_its_path(
    full: Any, v: Any, floors: str, bad: int, lossless: bool
) -> None:
    doc = _floors(VALUATION_JSON, floors)
    if lossless:  # an unknown member: the lossless path reads the document
        doc = doc.replace(b'{"id":', b'{"unknownMember":1,"id":', 1)
    index = floors.strip("[]").split(",").index(str(bad))
    with pytest.raises(full.errors.DecodeError) as info:
        full.json.decode(doc, type=v.Valuation)
    assert str(info.value) == f"{bad} is outside the 32-bit integer range (at $.floors[{index}])"
    assert info.value.path == f"$.floors[{index}]"


def test_an_int32_list_item_at_the_edges_is_read(full: Any, v: Any) -> None:
    doc = _floors(VALUATION_JSON, f"[{INT32_MIN},{INT32_MAX},null]")
    assert full.json.decode(doc, type=v.Valuation).floors == [INT32_MIN, INT32_MAX, None]


def test_a_long_list_item_beyond_int32_is_not_an_int32(full: Any, v: Any) -> None:
    """``revisions`` is a list of longs: ten digits there are no Int32 overflow."""
    assert b'"revisions":[9223372036854775807]' in VALUATION_JSON
    assert full.json.decode(VALUATION_JSON, type=v.Valuation).revisions == [2**63 - 1]
    doc = VALUATION_JSON.replace(b'"revisions":[9223372036854775807]', b'"revisions":[9223372036854775808]')
    with pytest.raises(full.errors.DecodeError, match=r"out of range for a long \(Int64\).*\(at \$\.revisions\[0\]\)$"):
        full.json.decode(doc, type=v.Valuation)


@pytest.mark.parametrize(
    ("data", "tp", "message"),
    [
        (b"2147483648", int, "$: 2147483648 is outside the 32-bit integer range"),
        (b"-2147483649", int, "$: -2147483649 is outside the 32-bit integer range"),
        (b"[0,2147483648]", list[int], "$[1]: 2147483648 is outside the 32-bit integer range"),
        (
            b"9223372036854775808",
            LONG,
            "$: 9223372036854775808 is out of range for a long (Int64) (-9223372036854775808..9223372036854775807)",
        ),
        (b"32768", SHORT, "$: 32768 is out of range for a short (Int16) (-32768..32767)"),
        (b"[1,-1]", list[BYTE], "$[1]: -1 is out of range for a byte (0..255)"),
    ],
)
def test_an_integer_result_out_of_range_is_refused(full: Any, data: bytes, tp: Any, message: str) -> None:
    with pytest.raises(full.errors.DecodeError) as info:
        full.json.decode(data, type=tp)
    path, _, reason = message.partition(": ")
    assert (info.value.path, info.value.reason) == (path, reason)
    assert str(info.value) == f"{reason} (at {path})"


@pytest.mark.parametrize(
    ("data", "tp", "value"),
    [
        (b"2147483647", int, INT32_MAX),
        (b"[-2147483648]", list[int], [INT32_MIN]),
        (b"9007199254740993", LONG, 2**53 + 1),
        (b"-32768", SHORT, -32768),
        (b"[0,255]", list[BYTE], [0, 255]),
    ],
)
def test_an_integer_result_in_range_is_read(full: Any, data: bytes, tp: Any, value: Any) -> None:
    assert full.json.decode(data, type=tp) == value


@pytest.mark.parametrize(
    ("data", "tp", "message"),
    [
        (f'<int xmlns="{SER}">2147483648</int>', int, "int: 2147483648 is outside the 32-bit integer range"),
        (f'<long xmlns="{SER}">2147483648</long>', int, None),  # .NET names the root by its type: a long
        (
            f'<short xmlns="{SER}">40000</short>',
            int,
            "short: 40000 is out of range for a short (Int16) (-32768..32767)",
        ),
        (
            f'<long xmlns="{SER}">2147483648</long>',
            SHORT,
            "long: 2147483648 is out of range for a short (Int16) (-32768..32767)",
        ),
        (
            f'<ArrayOfint xmlns="{ARRAYS}"><int>1</int><int>2147483648</int></ArrayOfint>',
            list[int],
            "ArrayOfint/int[2]: 2147483648 is outside the 32-bit integer range",
        ),
    ],
)
def test_xml_integer_results_keep_their_range(full: Any, data: str, tp: Any, message: str | None) -> None:
    if message is None:
        assert full.xml.decode(data.encode(), type=tp) == 2147483648
        return
    with pytest.raises(full.errors.DecodeError) as info:
        full.xml.decode(data.encode(), type=tp)
    path, _, reason = message.partition(": ")
    assert (info.value.path, info.value.reason) == (path, reason)


def test_a_ranged_result_is_written_under_its_own_root(full: Any) -> None:
    assert full.xml.encode(5, type=LONG) == f'<long xmlns="{SER}">5</long>'.encode()
    assert full.xml.encode([1], type=list[BYTE]).endswith(b"<unsignedByte>1</unsignedByte></ArrayOfunsignedByte>")


def test_the_operation_table_carries_the_range_of_a_result(full: Any) -> None:
    ops = importlib.import_module("fullconnect._api.operations")
    count, revision = ops.operation("valuation_count"), ops.operation("valuation_latest_revision")
    assert (count.response, count.response_range) == (int, None)  # an Int32
    assert (revision.response, revision.response_range) == (int, "long")
    calls = importlib.import_module("fullconnect._calls")
    assert calls.result_type(count) is int and calls.result_type(revision) == LONG
    assert calls.result_type(revision._replace(response=list[int], response_range="byte")) == list[BYTE]
    resources = importlib.import_module("fullconnect._api.resources.valuation")
    hints = resources.ValuationResource.latest_revision.__annotations__
    assert hints["return"] == "int"  # what the caller sees


JSON, XML = "application/json; charset=utf-8", "application/xml; charset=utf-8"


@pytest.mark.parametrize(
    ("fmt", "count", "revision"),
    [
        ("json", b"2147483648", b"9223372036854775808"),
        (
            "xml",
            f'<int xmlns="{SER}">2147483648</int>'.encode(),
            f'<long xmlns="{SER}">9223372036854775808</long>'.encode(),
        ),
    ],
)
def test_integer_results_out_of_range_through_the_client(full: Any, fmt: str, count: bytes, revision: bytes) -> None:
    answers = [count, revision]

    def server(request: Any) -> Any:
        return full._transport.Response(
            200, {"content-type": JSON if fmt == "json" else XML}, answers.pop(0), 0.0, request
        )

    c = full.Client("u", "p", transport=full._transport.MockTransport(server), format=fmt)
    with pytest.raises(full.errors.DecodeError, match="2147483648 is outside the 32-bit integer range"):
        c.valuation.count(customer_id="k")
    with pytest.raises(full.errors.DecodeError, match=r"9223372036854775808 is out of range for a long \(Int64\)"):
        c.valuation.latest_revision(customer_id="k")
