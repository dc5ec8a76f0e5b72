"""The XML decoder's fast path (``vitec_connect.xml._fast_read``): it reads what .NET and our encoder write,
and whatever it reads it reads exactly as the tree decoder does; everything else falls back."""

from __future__ import annotations

import subprocess
import sys
import typing

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings
from vitec_connect import DecodeError, models, xml
from vitec_connect._codec import resolve_target
from vitec_connect.xml._fast_read import MISS

from .conftest import SAMPLES, sample_type
from .test_properties import instances

#: Roots the fast path reads (CrmContact is polymorphic: i:type roots always take the tree decoder).
FAST_ROOTS: list[typing.Any] = [
    models.TipsAndLeadsReport,
    models.IncomingLead,
    models.PublicAdvertisingPersonLead,
    models.CrmContactLead,
    list[models.CrmContactLead],
]


def fast(data: bytes | str, tp: typing.Any, *, strict: bool = False) -> typing.Any:
    """The fast path alone: a value, or MISS."""
    target = resolve_target(tp)
    reader = xml._read.fast_reader(target.cls, target.kind == "list", strict)
    assert reader is not None, f"no fast reader for {tp}"
    return reader(data)


def tree(data: bytes | str, tp: typing.Any, *, strict: bool = False) -> typing.Any:
    """The lxml decoder alone: a value, or the DecodeError it raised."""
    xml._read.FAST_PATH = False
    try:
        return xml.decode(data, type=tp, strict=strict)
    except DecodeError as exc:
        return exc
    finally:
        xml._read.FAST_PATH = True


def test_polymorphic_roots_have_no_fast_reader() -> None:
    assert xml._read.fast_reader(models.CrmContact, False, False) is None
    assert xml._read.fast_reader(models.CrmContact, True, False) is None


FAST_SAMPLES = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".xml" and sample_type(p) in FAST_ROOTS)


def test_the_samples_cover_every_fast_root_but_one() -> None:
    assert len({str(sample_type(p)) for p in FAST_SAMPLES}) == 4  # CrmContactLead only comes as a list


@pytest.mark.parametrize("path", FAST_SAMPLES, ids=lambda p: p.name)
def test_every_sample_with_a_monomorphic_root_takes_the_fast_path(path: typing.Any) -> None:
    tp = sample_type(path)
    data = path.read_bytes()  # indented, as on Vitec's pages: whitespace between elements is read
    got = fast(data, tp)
    assert got is not MISS
    assert got == tree(data, tp)


@pytest.mark.parametrize("root", FAST_ROOTS, ids=str)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(data=st.data())
def test_what_the_encoder_writes_takes_the_fast_path_and_reads_as_the_tree_decoder_does(
    root: typing.Any, data: st.DataObject
) -> None:
    item = resolve_target(root).cls
    obj = data.draw(instances(item))
    value = [obj, None, obj] if typing.get_origin(root) is list else obj
    encoded = xml.encode(value, type=root)
    got = fast(encoded, root)
    assert got is not MISS
    assert got == tree(encoded, root) == value
    assert xml.encode(got, type=root) == encoded


ENCODED = xml.encode(
    models.IncomingLead(
        contact_id="L1",
        sent_at=None,
        utm_tags=[models.FormMarketingUtmTags(name="utm_source", value="a & b")],
        message="hej <du>\r\n",
        is_anonymized=False,
    )
)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ((b"<ContactId>", b"<!-- c --><ContactId>"), "a comment"),
        ((b"<ContactId>L1</ContactId>", b"<ContactId>L1</ContactId><Extra>x</Extra>"), "an unknown element"),
        ((b"<ContactId>L1</ContactId>", b""), "fine: an absent member"),
        ((b"L1", b"L\r1"), "a raw carriage return (the parser turns it into a line feed)"),
        ((b"L1", b"L]]>1"), "]]> in character data"),
        ((b"L1", b"L&#0;1"), "a character reference to a non-character"),
        ((b"L1", b"L&nbsp;1"), "an undeclared entity"),
        ((b"L1", b"L\xff1"), "invalid UTF-8"),
        ((b"L1", b"L\xed\xa0\x801"), "an encoded surrogate"),
        ((b"L1", b"L\xef\xbf\xbe1"), "U+FFFE"),
        ((b"L1", b"L\x0b1"), "a control character"),
        ((b"L1", "L åäö 🏡 1".encode()), "fine: UTF-8 text, up to four bytes a character"),
        ((b"L1", b"L&amp1"), "an unterminated reference"),
        ((b'xmlns:i="', b'xmlns:x="'), "another prefix for XMLSchema-instance"),
        ((b"<IncomingLead ", b'<?xml version="1.0" encoding="utf-8"?>\n<IncomingLead '), "fine: an XML declaration"),
        ((b"<IncomingLead ", b'<?xml version="1.0" encoding="iso-8859-1"?><IncomingLead '), "another encoding"),
        ((b"<IncomingLead ", b"<!DOCTYPE x><IncomingLead "), "a DTD"),
        ((b"</IncomingLead>", b"</IncomingLead>junk"), "content after the root"),
        ((b"</IncomingLead>", b"</IncomingLead>\n"), "fine: whitespace after the root"),
        ((b"<ContactId>L1</ContactId>", b"<ContactId> L1 </ContactId>"), "fine: a string keeps its spaces"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_document_the_fast_path_does_not_read_falls_back_to_the_tree_decoder(
    change: tuple[bytes, bytes], why: str
) -> None:
    assert fast(ENCODED, models.IncomingLead) is not MISS
    data = ENCODED.replace(*change, 1)
    assert data != ENCODED
    expected = tree(data, models.IncomingLead)
    got = fast(data, models.IncomingLead)
    if why.startswith("fine"):
        assert got == expected
    else:
        assert got is MISS
    if isinstance(expected, DecodeError):
        with pytest.raises(DecodeError) as e:
            xml.decode(data, type=models.IncomingLead)
        assert str(e.value) == str(expected)
    else:
        assert xml.decode(data, type=models.IncomingLead) == expected


def test_entities_and_carriage_returns_written_as_references_are_read() -> None:
    got = fast(ENCODED, models.IncomingLead)
    assert got.message == "hej <du>\r\n"
    assert got.utm_tags == [models.FormMarketingUtmTags(name="utm_source", value="a & b")]
    data = ENCODED.replace(b"a &amp; b", b"&#229;&#xE4;&quot;&apos;&gt;")
    assert fast(data, models.IncomingLead).utm_tags[0].value == "åä\"'>"


def test_values_that_do_not_convert_fall_back_and_raise_from_the_tree_decoder() -> None:
    report = xml.encode(
        models.TipsAndLeadsReport(incoming_leads=[models.business_intelligence.IncomingLead(created_at=None)])
    )
    bad = report.replace(b'<CreatedAt i:nil="true" />', b"<CreatedAt>2024-13-01T00:00:00</CreatedAt>")
    assert bad != report
    assert fast(bad, models.TipsAndLeadsReport, strict=True) is MISS  # (lenient: kept as text until read)
    with pytest.raises(DecodeError, match="IncomingLead\\[1\\]/CreatedAt"):
        xml.decode(bad, type=models.TipsAndLeadsReport, strict=True)


def test_strict_mode_misses_on_an_unknown_enum_value_even_once_cached() -> None:
    lead = xml.encode(
        [models.CrmContactLead(leads=[models.CrmLead(lead_type=models.crm_contact_lead.LeadType("Valuation"))])]
    )
    assert fast(lead, list[models.CrmContactLead]) is not MISS  # caches the unknown member
    assert fast(lead, list[models.CrmContactLead], strict=True) is MISS
    with pytest.raises(DecodeError, match="no member 'Valuation'"):
        xml.decode(lead, type=list[models.CrmContactLead], strict=True)


SEEDS = [ENCODED, *(p.read_bytes() for p in sorted(SAMPLES.iterdir()) if p.suffix == ".xml")]


@settings(max_examples=400, deadline=None)
@given(
    seed=st.sampled_from(SEEDS),
    edits=st.lists(
        st.tuples(st.integers(0, 10_000), st.sampled_from(list(b'<>/&;"= \r\nx:i#')) | st.integers(0, 255)), max_size=3
    ),
    tp=st.sampled_from(FAST_ROOTS),
)
def test_whatever_the_fast_path_reads_the_tree_decoder_reads_the_same(
    seed: bytes, edits: list[tuple[int, int]], tp: typing.Any
) -> None:
    data = bytearray(seed)
    for pos, byte in edits:
        data[pos % len(data)] = byte
    got = fast(bytes(data), tp)
    if got is not MISS:
        assert got == tree(bytes(data), tp)


def test_a_roots_fast_reader_is_compiled_once_its_documents_come_to_the_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = (SAMPLES / "get_incoming_lead.response.xml").read_bytes()
    key = (models.IncomingLead, False, False)
    monkeypatch.setattr(xml._read, "_FAST", {})
    monkeypatch.setattr(xml._read, "_READ_AS_TREES", {})
    monkeypatch.setattr(xml._read, "FAST_AFTER_BYTES", 3 * len(doc))
    expected = tree(doc, models.IncomingLead)
    for _ in range(2):  # 1x, then 2x the document's size: below the threshold, read as trees
        assert xml.decode(doc, type=models.IncomingLead) == expected
        assert key not in xml._read._FAST
    assert xml.decode(doc, type=models.IncomingLead) == expected  # 3x: compiled, and read by it
    assert xml._read._FAST[key] is not None
    assert fast(doc, models.IncomingLead) == expected


def test_a_fresh_process_reads_a_small_answer_without_compiling_and_a_large_one_with() -> None:
    code = (
        "from vitec_connect import models, xml\n"
        "from vitec_connect.xml import _read\n"
        f"small = open({str(SAMPLES / 'get_incoming_lead.response.xml')!r}, 'rb').read()\n"
        "xml.decode(small, type=models.IncomingLead)\n"
        "print(len(_read._FAST), _read.FAST_AFTER_BYTES > 64 * 1024)\n"
        "bi = models.business_intelligence\n"
        "report = models.TipsAndLeadsReport(incoming_leads=[bi.IncomingLead(contact=bi.Contact("
        "first_name='x' * 1000))] * (_read.FAST_AFTER_BYTES // 1000))\n"
        "xml.decode(xml.encode(report), type=models.TipsAndLeadsReport)\n"
        "print(sorted(k[0].__name__ for k in _read._FAST))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["0 True", "['TipsAndLeadsReport']"]
