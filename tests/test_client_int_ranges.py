""".NET's integer ranges hold for the items of an Int32 list and for integer results, not only for members.

``int`` is .NET's Int32 wherever it is a type the codecs read: a member, a list's items, a result. A result
of another integer kind carries its range in the operation table (``Annotated[int, Meta(ge, le)]``, as a
long, short or byte member does). Out of range is our ``DecodeError`` with the path, in both codecs' paths
(msgspec's fast one and the lossless one) and through the client.
"""

from __future__ import annotations

import importlib
import types
import typing
from typing import Annotated, Any

import msgspec
import pytest

from .conftest import SPEC
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


# ---------------------------------------------------------------------------------------------------
# Int32 members: msgspec checks the range (the models say ``Int32``), our DecodeError says where


HITS = b'[{"estateId":"E1","count":1},{"estateId":"E2","count":2},{"estateId":"E3","count":3},{"count":4}]'
COMPARABLE = b'{"rank":%d,"isVerified":true,"price":1.5,"soldAfter":"1.00:00:00"}'  # (%d: the rank)


def _valuation_with_comparables(*ranks: int) -> bytes:
    assert VALUATION_JSON.endswith(b"}")
    items = b",".join(COMPARABLE % r for r in ranks)
    return VALUATION_JSON[:-1] + b',"comparables":[' + items + b"]}"


@pytest.fixture(scope="module")
def hits(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.hits_public_advertisement")


@pytest.mark.parametrize(
    ("lossless", "strict"), [(False, False), (False, True), (True, False)], ids=["fast", "fast-strict", "lossless"]
)
@pytest.mark.parametrize("bad", [INT32_MAX + 1, INT32_MIN - 1, 10**30])
def test_an_int32_member_out_of_range_is_refused_with_its_path(
    full: Any, hits: Any, bad: int, lossless: bool, strict: bool
) -> None:
    doc = HITS.replace(b'"count":4', b'"count":%d' % bad)
    if lossless:  # an unknown member in the first item: the lossless path reads the document
        doc = doc.replace(b'"count":1,', b'"count":1,"views":7,', 1)
    with pytest.raises(full.errors.DecodeError) as info:
        full.json.decode(doc, type=list[hits.DailyEstateHit], strict=strict)
    assert (info.value.path, info.value.reason) == ("$[3].count", f"{bad} is outside the 32-bit integer range")
    assert full.json.decode(doc.replace(b"%d" % bad, b"%d" % INT32_MAX), type=list[hits.DailyEstateHit])[3].count == (
        INT32_MAX
    )


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_an_int32_member_of_a_nested_model_in_a_list_is_refused_with_its_path(full: Any, v: Any, strict: bool) -> None:
    assert (
        full.json.decode(_valuation_with_comparables(1, INT32_MAX, INT32_MIN), type=v.Valuation).comparables[1].rank
        == INT32_MAX
    )
    with pytest.raises(full.errors.DecodeError) as info:
        full.json.decode(_valuation_with_comparables(1, 2, INT32_MAX + 1), type=v.Valuation, strict=strict)
    assert str(info.value) == f"{INT32_MAX + 1} is outside the 32-bit integer range (at $.comparables[2].rank)"


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_an_int32_member_of_a_subtype_is_refused_with_its_path(strict: bool) -> None:
    """A polymorphic type (the shipped API's ``CrmContact``) always takes the lossless path: it checks the
    range itself."""
    from vitec_connect import errors, json, models

    doc = b'{"type":"Person","id":"C1","customerId":"K","leadScore":%d}'
    assert json.decode(doc % INT32_MAX, type=models.CrmContact, strict=strict).lead_score == INT32_MAX
    with pytest.raises(errors.DecodeError) as info:
        json.decode(doc % (INT32_MAX + 1), type=models.CrmContact, strict=strict)
    assert (info.value.path, info.value.reason) == ("$.leadScore", "2147483648 is outside the 32-bit integer range")


def test_the_first_problem_in_the_document_is_the_one_reported(full: Any, hits: Any) -> None:
    """An out-of-range Int32 before an unknown member (strict mode) is reported, and after it the unknown
    member is: the lossless path reads the document in order."""
    before = b'[{"count":2147483648,"extra":1}]'
    after = b'[{"extra":1,"count":2147483648}]'
    tp = list[hits.DailyEstateHit]
    with pytest.raises(full.errors.DecodeError, match=r"outside the 32-bit integer range \(at \$\[0\]\.count\)"):
        full.json.decode(before, type=tp, strict=True)
    with pytest.raises(full.errors.DecodeError, match=r"has no member 'extra' \(strict mode\) \(at \$\[0\]\.extra\)"):
        full.json.decode(after, type=tp, strict=True)


@pytest.mark.parametrize(
    ("data", "tp"), [(b"2147483648", "Int32"), (b"[1,-2147483649]", "list[Int32]")], ids=["root", "list"]
)
def test_the_int32_alias_as_a_result_type_is_an_int32(full: Any, data: bytes, tp: str) -> None:
    types = importlib.import_module("fullconnect._types")
    result_type = types.Int32 if tp == "Int32" else list[types.Int32]
    with pytest.raises(full.errors.DecodeError, match="is outside the 32-bit integer range"):
        full.json.decode(data, type=result_type)
    assert full.json.decode(b"[1,-2147483648]", type=list[types.Int32]) == [1, INT32_MIN]


def test_the_codecs_see_an_int32_member_as_int(full: Any, v: Any, hits: Any) -> None:
    """msgspec reads the range from the annotation; the codecs' own field lists keep ``int`` for an Int32
    (``int`` is .NET's Int32 wherever they read a type) and the range of the other kinds."""
    codec = importlib.import_module("fullconnect._codec")
    by_attr = {f.attr: f.hint for f in codec.fields_of(v.Valuation)}
    assert by_attr["floors"] == list[int] and by_attr["revisions"] == list[LONG]
    assert by_attr["floor"] == SHORT and by_attr["rooms"] == BYTE
    assert {f.attr: f.hint for f in codec.fields_of(hits.DailyEstateHit)}["count"] is int
    assert {f.attr: f.hint for f in codec.fields_of(v.Comparable)}["rank"] is int


def test_type_checkers_see_an_int(hits: Any, v: Any) -> None:
    """``Annotated`` metadata is for msgspec: without extras (what a type checker reads) a member is ``int``."""
    assert typing.get_type_hints(hits.DailyEstateHit)["count"] == int | None | msgspec.UnsetType
    assert typing.get_type_hints(v.Valuation)["floors"] == list[int] | None | msgspec.UnsetType
    assert typing.get_type_hints(v.Valuation)["revision"] is int


# ---------------------------------------------------------------------------------------------------
# XML: the reader checks each integer's range itself, whatever the annotation


XML_NS = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/'


@pytest.mark.parametrize("bad", [INT32_MAX + 1, INT32_MIN - 1])
def test_xml_int32_member_out_of_range_is_refused_with_its_path(full: Any, hits: Any, bad: int) -> None:
    doc = (
        f'<DailyEstateHit {XML_NS}Vitec.Connect.Hits.PublicAdvertisement">'
        f"<Count>{bad}</Count><Date>2024-01-01T00:00:00</Date><EstateId>E1</EstateId></DailyEstateHit>"
    ).encode()
    with pytest.raises(full.errors.DecodeError) as info:
        full.xml.decode(doc, type=hits.DailyEstateHit)
    assert (info.value.path, info.value.reason) == (
        "DailyEstateHit/Count",
        f"{bad} is outside the 32-bit integer range",
    )


def _xml_valuation(old: bytes, new: bytes) -> bytes:
    from .test_kinds_xml import DOC as VALUATION_XML

    assert old in VALUATION_XML
    return VALUATION_XML.replace(old, new, 1)


_XML_COMPARABLE = (
    b"<Comparable><IsVerified>true</IsVerified><Price>1</Price><Rank>%d</Rank><SoldAfter>P1D</SoldAfter></Comparable>"
)


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        (b"<d2p1:int>-2</d2p1:int>", b"<d2p1:int>2147483648</d2p1:int>", "Valuation/Floors/int[2]"),
        (
            b"<Document>",  # (members in .NET's order: Comparables after CommissionRate)
            b"<Comparables>" + _XML_COMPARABLE % 1 + _XML_COMPARABLE % 2147483648 + b"</Comparables><Document>",
            "Valuation/Comparables/Comparable[2]/Rank",
        ),
    ],
    ids=["list item", "nested"],
)
def test_xml_int32_out_of_range_in_a_list_or_a_nested_model_is_refused_with_its_path(
    full: Any, v: Any, old: bytes, new: bytes, path: str
) -> None:
    doc = _xml_valuation(old, new)
    with pytest.raises(full.errors.DecodeError) as info:
        full.xml.decode(doc, type=v.Valuation)
    assert (info.value.path, info.value.reason) == (path, "2147483648 is outside the 32-bit integer range")
    read = full.xml.decode(doc.replace(b"2147483648", b"2147483647"), type=v.Valuation)
    assert INT32_MAX in (read.floors if path.startswith("Valuation/Floors") else [c.rank for c in read.comparables])


# ---------------------------------------------------------------------------------------------------
# Every integer member of the shipped API, from the spec


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        (hint,) = [a for a in typing.get_args(hint) if a not in (type(None), msgspec.UnsetType)]
    return hint


def _integer_members() -> list[tuple[Any, Any, Any]]:
    """(model class, spec member, its integer kind) for every member or list of an integer kind."""
    from codegen import kinds
    from codegen.spec import load

    out = []
    for t in load(SPEC).openapi.types.values():
        if t.kind != "object":
            continue
        cls = getattr(importlib.import_module(f"vitec_connect.models.{t.module}"), t.name)
        for m in t.members:
            kind = kinds.BY_NAME.get(m.item_kind if m.kind == "list" else m.kind)
            if kind is not None and kind.minimum is not None:
                out.append((cls, m, kind))
    return out


def test_every_integer_member_of_every_generated_model_carries_its_range() -> None:
    """Read from the spec, not from the models: a member (or a list's items) of each .NET integer kind is
    annotated with the runtime's alias of that kind (``Int32``...), ``int`` with the kind's range, so a new
    integer member cannot reach msgspec's decoder as a plain ``int``."""
    from vitec_connect import _types

    from codegen.naming import member_name

    members = _integer_members()
    assert len({k.name for _, _, k in members}) >= 2 and len(members) > 100, len(members)
    for cls, m, kind in members:
        hint = _without_none(typing.get_type_hints(cls, include_extras=True)[member_name(m)])
        if m.kind == "list":
            assert typing.get_origin(hint) is list, (cls, m.json_name)
            hint = _without_none(typing.get_args(hint)[0])
        assert hint == Annotated[int, msgspec.Meta(ge=kind.minimum, le=kind.maximum)], (cls, m.json_name, hint)
        assert hint == getattr(_types, kind.alias), (cls, m.json_name)


def test_every_integer_member_of_every_generated_model_is_refused_out_of_range() -> None:
    """Each of those members, one past its kind's largest value: our DecodeError at the member's path."""
    from vitec_connect import errors, json

    for cls, m, kind in _integer_members():
        value = str(kind.maximum + 1)
        doc, path = (f"[{value}]", f"$.{m.json_name}[0]") if m.kind == "list" else (value, f"$.{m.json_name}")
        with pytest.raises(errors.DecodeError) as info:
            json.decode(f'{{"{m.json_name}":{doc}}}', type=cls)
        words = "is outside the 32-bit integer range" if kind.name == "int" else "is out of range for"
        assert info.value.path == path and info.value.reason.startswith(f"{value} {words}"), (cls, m.json_name)


def test_the_aliases_hold_the_ranges_the_codecs_check() -> None:
    """The models' aliases, the generator's kind table and the codecs' range table say the same ranges."""
    from vitec_connect import _scalars, _types

    from codegen import kinds

    integer_kinds = [k for k in kinds.KINDS if k.minimum is not None]
    assert {k.name for k in integer_kinds} == set(_scalars.INT_RANGES)
    for k in integer_kinds:
        base, meta = typing.get_args(getattr(_types, str(k.alias)))
        assert base is int and (meta.ge, meta.le) == (k.minimum, k.maximum) == _scalars.INT_RANGES[k.name]


def test_an_int32_member_out_of_range_is_refused_before_sending_and_by_validating_encoders() -> None:
    """.NET's reader cannot hold it either: the client refuses the body (nothing sent), as do
    ``json.encode(..., validate=True)`` and ``xml.encode(..., validate=True)``, naming the member."""
    from vitec_connect import Client, MockTransport, errors, json, xml
    from vitec_connect.models import contact_update

    sent: list[Any] = []
    c = Client("u", "p", transport=MockTransport(lambda request: sent.append(request)))
    person = contact_update.UpdatePerson(customer_id="k", contact_id="c", first_name="Åsa", lead_score=2**31)
    with pytest.raises(errors.ValidationError) as info:
        c.contacts.update_person(contact=person)
    assert "contact.leadScore" in info.value.errors and not sent
    assert "2147483648 is out of range for an int (Int32)" in str(info.value)
    for codec in (json, xml):
        with pytest.raises(errors.EncodeError) as enc:
            codec.encode(person, validate=True)
        assert enc.value.path == "UpdatePerson.leadScore" and enc.value.reason.startswith("2147483648 is out of range")
    person.lead_score = -(2**31)
    assert json.decode(json.encode(person, validate=True), type=contact_update.UpdatePerson) == person
