"""DataContract XML of the new member kinds (fixture spec's ``valuation`` types), as Mono writes it.

The forms are the rows of fixtures/dotnet/wire_facts.tsv: doubles, decimals, Guids, byte[], TimeSpan,
``d2p1:int``/``long``/``double``/``guid``/``boolean`` items, enum items, ``KeyValueOfstringstring``.
"""

from __future__ import annotations

import importlib
from typing import Any

import msgspec
import pytest

from .test_kinds_json import _instance

A = 'xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"'
DOC = (
    '<Valuation xmlns:i="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns="http://schemas.datacontract.org/2004/07/Vitec.Connect.Valuation.Models">'
    "<Amount>-0.0000001</Amount><Area>-70795</Area><AreaRange><Max>2.5</Max><Min>1</Min></AreaRange>"
    f"<Attempts>0</Attempts><Attributes {A}><d2p1:KeyValueOfstringstring><d2p1:Key>a</d2p1:Key>"
    "<d2p1:Value>1</d2p1:Value></d2p1:KeyValueOfstringstring><d2p1:KeyValueOfstringstring><d2p1:Key>b</d2p1:Key>"
    '<d2p1:Value i:nil="true" /></d2p1:KeyValueOfstringstring></Attributes><BasementFloor i:nil="true" />'
    "<CommissionRate>1.10</CommissionRate><Document>AQID+g==</Document><Duration>PT1H30M30S</Duration>"
    f"<Flags {A}><d2p1:boolean>true</d2p1:boolean><d2p1:boolean>false</d2p1:boolean></Flags><Floor>-32768</Floor>"
    f"<Floors {A}><d2p1:int>1</d2p1:int><d2p1:int>-2</d2p1:int></Floors>"
    "<Id>00000000-0000-0000-0000-000000000005</Id><Kind>Desk</Kind>"
    "<Kinds><ValuationKind>Visit</ValuationKind><ValuationKind>Desk</ValuationKind></Kinds>"
    f"<Measurements {A}><d2p1:double>0.1</d2p1:double><d2p1:double>1E+20</d2p1:double><d2p1:double>-0</d2p1:double>"
    "<d2p1:double>INF</d2p1:double><d2p1:double>0.33333333333333331</d2p1:double></Measurements>"
    "<PlotArea>NaN</PlotArea><PriceRange><Max>1.000</Max><Min>100</Min></PriceRange>"
    f"<RelatedIds {A}><d2p1:guid>8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d</d2p1:guid></RelatedIds>"
    "<Reminder>P2DT0.006S</Reminder><Revision>9007199254740993</Revision>"
    f"<Revisions {A}><d2p1:long>9223372036854775807</d2p1:long></Revisions><Rooms>255</Rooms></Valuation>"
).encode()



def test_every_scalar_kind_of_the_spec_has_its_row_in_the_xml_kind_table() -> None:
    """The XML codec knows a kind only through ``xml._kinds.KINDS``: a kind the generators know and the
    table does not is a kind no XML reader or writer can handle."""
    from vitec_connect.xml._kinds import KINDS, STRUCTURES

    from codegen import kinds

    assert set(kinds.BY_NAME) <= set(KINDS)
    assert not STRUCTURES & set(KINDS)
    for name, kind in KINDS.items():
        assert kind.label and kind.types and kind.pattern, name


@pytest.fixture(scope="module")
def v(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.valuation")


def test_every_kind_is_written_as_dotnet_writes_it(full: Any, v: Any) -> None:
    assert full.xml.encode(_instance(full, v)) == DOC


def test_what_dotnet_wrote_is_read_and_written_back_unchanged(full: Any, v: Any) -> None:
    obj = full.xml.decode(DOC, type=v.Valuation, strict=True)
    assert obj.attributes == {"a": "1", "b": None} and obj.kinds == [v.ValuationKind.Visit, v.ValuationKind.Desk]
    assert obj.reminder.ticks == 1_728_000_060_000 and obj.revisions == [2**63 - 1]
    assert full.xml.encode(obj) == DOC
    assert full.xml.canonicalize(DOC) == DOC
    assert full.json.decode(full.json.encode(obj), type=v.Valuation) is not None


def test_empty_and_nil_shapes(full: Any, v: Any) -> None:
    obj = _instance(full, v)
    obj.document, obj.attributes, obj.floors, obj.related_ids = b"", {}, None, []
    data = full.xml.encode(obj)
    assert b"<Document />" in data
    assert f"<Attributes {A} />".encode() in data
    assert f'<Floors {A} i:nil="true" />'.encode() in data
    assert f"<RelatedIds {A} />".encode() in data
    back = full.xml.decode(data, type=v.Valuation)
    assert (back.document, back.attributes, back.floors, back.related_ids) == (b"", {}, None, [])


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            b"<Floor>-32768</Floor>",
            b"<Floor>-32769</Floor>",
            "-32769 is out of range for a short (Int16) (-32768..32767) (at Valuation/Floor)",
        ),
        (b"<Rooms>255</Rooms>", b"<Rooms>256</Rooms>", "256 is out of range for a byte (0..255) (at Valuation/Rooms)"),
        (b"<Amount>-0.0000001</Amount>", b"<Amount>1E+20</Amount>", "no exponent), got '1E+20' (at Valuation/Amount)"),
        (
            b"<Area>-70795</Area>",
            b"<Area>lots</Area>",
            "expected a double like 0.1, 1E+20, NaN or INF, got 'lots' (at Valuation/Area)",
        ),
        (b"<Duration>PT1H30M30S</Duration>", b"<Duration>01:30:30</Duration>", "expected a duration like PT1H30M30S"),
        (b"<d2p1:long>9223372036854775807", b"<d2p1:long>9223372036854775808", "out of range for a long (Int64)"),
        (b"<d2p1:Key>a</d2p1:Key>", b'<d2p1:Key i:nil="true" />', "a dictionary key cannot be nil"),
    ],
)
def test_bad_values_are_refused_in_our_words(full: Any, v: Any, old: bytes, new: bytes, message: str) -> None:
    assert old in DOC
    with pytest.raises(full.errors.DecodeError) as info:
        full.xml.decode(DOC.replace(old, new), type=v.Valuation)
    assert message in str(info.value)


def test_values_dotnet_cannot_hold_are_not_written(full: Any, v: Any) -> None:
    obj = _instance(full, v)
    obj.floor = 40000
    with pytest.raises(full.errors.EncodeError, match=r"40000 is out of range for a short"):
        full.xml.encode(obj)
    obj = _instance(full, v)
    obj.id = "not a uuid"
    with pytest.raises(full.errors.EncodeError, match=r"expected a UUID, got str \(at Valuation/Id\)"):
        full.xml.encode(obj)


def test_the_fast_path_reads_the_new_kinds(full: Any, v: Any) -> None:
    """A type of only text kinds is read without a tree (``xml._fast_read``), to the same object."""
    doc = (
        b'<Comparable xmlns:i="http://www.w3.org/2001/XMLSchema-instance" '
        b'xmlns="http://schemas.datacontract.org/2004/07/Vitec.Connect.Valuation.Models">'
        b"<Distance>1E+20</Distance><EstateId>8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d</EstateId>"
        b"<IsVerified>true</IsVerified><Price>1.10</Price><PricePerSquareMeter>NaN</PricePerSquareMeter>"
        b"<Rank>-3</Rank><SoldAfter>-P1DT2H3M4.005S</SoldAfter></Comparable>"
    )
    fast = full.xml._read.fast_reader(v.Comparable, False, False)
    obj = fast(doc)
    assert obj is not full.xml._fast_read.MISS
    assert obj.sold_after.ticks == -937_840_050_000 and str(obj.price) == "1.10" and obj.distance == 1e20
    assert full.xml.encode(obj) == doc
    bad = doc.replace(b"<Rank>-3</Rank>", b"<Rank>x</Rank>")
    assert fast(bad) is full.xml._fast_read.MISS
    with pytest.raises(full.errors.DecodeError, match=r"Comparable/Rank"):
        full.xml.decode(bad, type=v.Comparable)


def test_the_generated_writer_writes_the_new_kinds(full: Any, v: Any) -> None:
    """The generated (fast) writer writes the text kinds of a Valuation as the reference writer does."""
    obj = _instance(full, v)
    obj.attributes = msgspec.UNSET
    plan = full.xml._plans.PLANS[v.Valuation]
    fast = full.xml._fast_write.encode_object(obj, plan)
    assert fast is not None and fast == full.xml._write.encode_with(obj, v.Valuation, fast=False)
    assert fast == DOC.replace(DOC[DOC.index(b"<Attributes ") : DOC.index(b"<BasementFloor")], b"")
    obj.document = b""
    assert b"<Document />" in full.xml._fast_write.encode_object(obj, plan)
    obj.floor = 40000  # out of range: the reference writer says so
    assert full.xml._fast_write.encode_object(obj, plan) is None


@pytest.mark.parametrize(
    "attributes",
    [{"a": "1", "b": None}, {}, None, {"": ""}, {"a&b<c>": 'x\r\ny "é" €', "k": None, "z": ""}],
    ids=["dotnet", "empty", "nil", "empty-strings", "escaped"],
)
def test_dictionaries_take_both_fast_paths(full: Any, v: Any, attributes: Any, monkeypatch: Any) -> None:
    """A ``Dictionary<string,string>`` member is written by the generated writer and read without a tree,
    to what the reference writer and the tree reader give."""
    obj = _instance(full, v)
    obj.attributes = attributes
    plan = full.xml._plans.PLANS[v.Valuation]
    written = full.xml._fast_write.encode_object(obj, plan)
    assert written is not None and written == full.xml._write.encode_with(obj, v.Valuation, fast=False)
    fast = full.xml._read.fast_reader(v.Valuation, False, False)
    read = fast(written)
    assert read is not full.xml._fast_read.MISS and read.attributes == attributes
    monkeypatch.setattr(full.xml._read, "FAST_PATH", False)
    assert full.xml.encode(full.xml.decode(written, type=v.Valuation)) == full.xml.encode(read) == written


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"<d2p1:Key>a</d2p1:Key>", b'<d2p1:Key i:nil="true" />'),  # refused: the tree reader says why
        (b"<d2p1:Value>1</d2p1:Value>", b"<d2p1:Value>1</d2p1:Value><d2p1:Extra />"),
        (b"<d2p1:Key>a</d2p1:Key><d2p1:Value>1</d2p1:Value>", b"<d2p1:Value>1</d2p1:Value><d2p1:Key>a</d2p1:Key>"),
    ],
)
def test_dictionaries_not_in_dotnet_form_are_left_to_the_tree_reader(
    full: Any, v: Any, old: bytes, new: bytes, monkeypatch: Any
) -> None:
    doc = DOC.replace(old, new)
    assert full.xml._read.fast_reader(v.Valuation, False, False)(doc) is full.xml._fast_read.MISS
    with pytest.raises(full.errors.DecodeError) as fast_then_tree:
        full.xml.decode(doc, type=v.Valuation)
    monkeypatch.setattr(full.xml._read, "FAST_PATH", False)
    with pytest.raises(full.errors.DecodeError) as tree:
        full.xml.decode(doc, type=v.Valuation)
    assert str(fast_then_tree.value) == str(tree.value)
    assert "KeyValueOfstringstring[1]" in str(tree.value)


def test_an_empty_key_not_written_as_dotnet_does_is_read_by_the_tree_reader(full: Any, v: Any) -> None:
    doc = DOC.replace(b"<d2p1:Key>a</d2p1:Key>", b"<d2p1:Key />")
    assert full.xml._read.fast_reader(v.Valuation, False, False)(doc) is full.xml._fast_read.MISS
    assert full.xml.decode(doc, type=v.Valuation).attributes == {"": "1", "b": None}


def test_indented_dictionaries_are_read_by_the_fast_reader(full: Any, v: Any) -> None:
    doc = DOC.replace(b"<d2p1:KeyValueOfstringstring>", b"\n  <d2p1:KeyValueOfstringstring>")
    obj = full.xml._read.fast_reader(v.Valuation, False, False)(doc)
    assert obj is not full.xml._fast_read.MISS and obj.attributes == {"a": "1", "b": None}
    assert full.xml.encode(obj) == DOC
