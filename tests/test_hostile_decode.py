"""Hostile input to the codecs, generated in many variants: only our errors, the same answer on every
path and in both formats, references resolved exactly, unknown content written back as text, never
as markup."""

from __future__ import annotations

import re
import subprocess
import sys
import typing

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree
from vitec_connect import DecodeError, EncodeError, RawResponse, VitecError, json, models, xml
from vitec_connect._api.operations import OPERATIONS
from vitec_connect._client import _decode
from vitec_connect._codec import resolve_target

from .conftest import ROOT, SAMPLES, sample_type, strip_ws


def _decodable(tp: typing.Any) -> bool:
    """A result the codecs decode (a model, a list of one, a string); nothing, a file's bytes and the
    other scalars go through RawResponse.parse below."""
    try:
        resolve_target(tp)
    except TypeError:
        return False
    return True


RESPONSE_TYPES: list[typing.Any] = sorted({op.response for op in OPERATIONS.values() if _decodable(op.response)}, key=str)
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xml", ".json") and "code-example" not in p.name)
BI = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"
EL = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SOME = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def tree(data: bytes | str, tp: typing.Any) -> typing.Any:
    """The lxml decoder alone: a value, or the DecodeError it raised."""
    xml._read.FAST_PATH = False
    try:
        return xml.decode(data, type=tp)
    except DecodeError as exc:
        return exc
    finally:
        xml._read.FAST_PATH = True


def either(data: bytes | str, tp: typing.Any) -> typing.Any:
    try:
        return xml.decode(data, type=tp)
    except DecodeError as exc:
        return exc


def same(a: typing.Any, b: typing.Any) -> bool:
    if isinstance(a, DecodeError) or isinstance(b, DecodeError):
        return type(a) is type(b)
    return bool(a == b)


def report_with(member_xml: str) -> bytes:
    """A report whose one incoming lead's estate has the given members (in DataContract order)."""
    return (
        f'<TipsAndLeadsReport xmlns:i="{XSI}" xmlns="{BI}"><IncomingLeads><IncomingLead>'
        f"<Estate>{member_xml}</Estate></IncomingLead></IncomingLeads></TipsAndLeadsReport>"
    ).encode()


def lead(members: str) -> bytes:
    """An incoming lead (``get_incoming_lead``'s response) with the given members."""
    return f'<IncomingLead xmlns:i="{XSI}" xmlns="{EL}">{members}</IncomingLead>'.encode()


def lead_with_message(text: str) -> bytes:
    return lead(f"<Message>{text}</Message>")


def message_of(result: typing.Any) -> str:
    return result.message  # type: ignore[no-any-return]


# -- 1. references: resolved exactly, by both paths, in bounded memory ------------------------------

_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
CHARS = st.characters(codec="utf-8", exclude_categories=["Cs"]).filter(
    lambda c: c in "\t\n" or (c >= " " and c not in "\ufffe\uffff")
)


@st.composite
def referenced(draw: st.DrawFn) -> tuple[str, str]:
    """(text, the same text written with entity and character references chosen at random)."""
    text = draw(st.text(CHARS | st.sampled_from("&<>\"'ä😀\r"), max_size=40))
    out = []
    for c in text:
        how = draw(st.sampled_from(["named", "dec", "hex", "HEX", "raw"]))
        if how == "raw" and c in "&<\r":  # must be a reference ("\r" raw would read as "\n")
            how = "named" if c in "&<" else "dec"
        if how == "named" and c in _NAMED:
            out.append(_NAMED[c])
        elif how == "dec" or (how == "named" and c == "\r"):
            out.append(f"&#{ord(c)};")
        elif how in ("hex", "HEX"):
            out.append(f"&#x{ord(c):x};" if how == "hex" else f"&#x{ord(c):X};")
        else:
            out.append(c)
    return text, "".join(out)


@SOME
@given(referenced())
def test_references_resolve_to_the_text_on_every_path(case: tuple[str, str]) -> None:
    text, written = case
    doc = lead_with_message(written)
    assert message_of(xml.decode(doc, type=models.IncomingLead)) == text
    assert message_of(tree(doc, models.IncomingLead)) == text


@pytest.mark.parametrize(
    "bad",
    ["&", "a & b", "&amp", "&foo;", "&#;", "&#x;", "&#0;", "&#x1F;", "&#xD800;", "&#xFFFE;", "&#1114112;",
     "&#12345678;", "&#x1234567;", "&#-1;", "&AMP;", "&#x 41;", "&amp ;"],
)  # fmt: skip
def test_malformed_references_are_refused_on_every_path(bad: str) -> None:
    doc = lead_with_message(f"before {bad} after")
    assert isinstance(either(doc, models.IncomingLead), DecodeError)
    assert isinstance(tree(doc, models.IncomingLead), DecodeError)


def test_the_fast_path_reads_entity_heavy_text() -> None:
    """Text that is nothing but references takes the fast path (it used to cost memory per reference)."""
    doc = lead_with_message("&lt;b&gt;&#228;&amp;&#x1F600;" * 50_000)
    reader = xml._read.fast_reader(models.IncomingLead, False, False)
    got = reader(doc)
    assert message_of(got) == "<b>ä&😀" * 50_000
    assert got == tree(doc, models.IncomingLead)


MEMORY_CHILD = r"""
import sys
sys.path.insert(0, sys.argv[1])
from bench.hostile import entity_heavy_report
from bench.memory import _Peak
from vitec_connect import models, xml
body = entity_heavy_report(4 * 1024 * 1024)
peak = _Peak()
report = xml.decode(body, type=models.TipsAndLeadsReport)
print(peak.growth() / len(body), body.count(b"&"), len(report.incoming_leads))
"""


def test_entity_heavy_valid_xml_decodes_within_five_times_the_body() -> None:
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, str(ROOT)], capture_output=True, text=True, timeout=120, check=True
    )
    ratio, references, leads = done.stdout.split()
    assert int(references) > 400_000 and int(leads) > 100
    assert float(ratio) < 5.0  # before: 2.6 GiB for 4 MB


# -- one text-length limit: libxml2's 10,000,000 bytes, on every path --------------------------------


def test_one_text_length_limit_for_every_path() -> None:
    over = lead_with_message("x" * 10_000_001)
    assert isinstance(either(over, models.IncomingLead), DecodeError)
    assert isinstance(tree(over, models.IncomingLead), DecodeError)
    # The limit is on the text, not on how it is written: 10.5 MB of "&amp;" is 2.1 MB of text.
    long_written = lead_with_message("&amp;" * 2_100_000)
    assert message_of(either(long_written, models.IncomingLead)) == "&" * 2_100_000
    at_limit = lead_with_message("ä" * 5_000_000)  # 10,000,000 bytes
    assert message_of(either(at_limit, models.IncomingLead)) == "ä" * 5_000_000


# -- 3. whatever the data, only our errors -----------------------------------------------------------


def decoders() -> list[tuple[str, typing.Callable[[typing.Any], typing.Any]]]:
    out: list[tuple[str, typing.Callable[[typing.Any], typing.Any]]] = []
    for tp in RESPONSE_TYPES:
        for strict in (False, True):
            out.append((f"xml {tp} strict={strict}", lambda d, tp=tp, s=strict: xml.decode(d, type=tp, strict=s)))
            out.append((f"json {tp} strict={strict}", lambda d, tp=tp, s=strict: json.decode(d, type=tp, strict=s)))
    out.append(
        ("xml.canonicalize", lambda d: xml.canonicalize(d if isinstance(d, bytes) else d.encode("utf-8", "replace")))
    )
    for op in OPERATIONS.values():
        for fmt in ("json", "xml"):
            out.append((f"RawResponse.parse {op.operation_id} {fmt}",
                        lambda d, op=op, fmt=fmt: RawResponse(200, {}, d if isinstance(d, bytes) else d.encode("utf-8", "replace"), 0.0, op.path,
                                                              lambda c, s, op=op, fmt=fmt: _decode(c, op.response, fmt, s)).parse()))  # fmt: skip
    return out


DECODERS = decoders()
SAMPLE_BODIES = [p.read_bytes() for p in SAMPLE_FILES]


@st.composite
def hostile_bodies(draw: st.DrawFn) -> bytes | str:
    """Samples cut, spliced, repeated, nested, with bytes and characters inserted; or noise."""
    kind = draw(st.sampled_from(["noise", "mutated", "nested", "surrogate", "text"]))
    if kind == "noise":
        return draw(st.binary(max_size=200))
    base = draw(st.sampled_from(SAMPLE_BODIES))
    if kind == "nested":
        depth = draw(st.integers(200, 3000))
        opener, closer = draw(
            st.sampled_from([(b"[", b"]"), (b'{"a":', b"}"), (b"<a>", b"</a>"), (b'{"tips":[', b"]}")])
        )
        return opener * depth + closer * depth
    if kind == "surrogate":
        text = base.decode("utf-8")
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from(["\ud800", "\udfff", "\udc80x"])) + text[at:]
    if kind == "text":
        return base.decode("utf-8")
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["cut", "insert", "delete", "repeat"]))
        at = draw(st.integers(0, len(data)))
        if op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b"<", b"&", b"\x00", b"\xff", b'"', b"<zz:X/>", b"]]>", b"\xed\xa0\x80",
                                                b'i:nil="true"', b" zz:a='1'", b"&#0;", b"<!DOCTYPE x>", b"9" * 30]))  # fmt: skip
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * draw(st.integers(2, 5))
    return bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(body=hostile_bodies(), which=st.integers(0, len(DECODERS) - 1))
def test_every_public_decoder_raises_only_our_errors(body: bytes | str, which: int) -> None:
    name, decode = DECODERS[which]
    try:
        decode(body)
    except VitecError:
        pass
    except Exception as exc:  # pragma: no cover - the failure this test exists to find
        pytest.fail(f"{name} raised {type(exc).__name__}: {exc}")


@pytest.mark.parametrize("where", ["item", "member", "attribute", "root-attribute", "i:type", "end"])
def test_a_large_document_with_an_undeclared_prefix_is_a_decode_error(where: str) -> None:
    """Over 1 MiB the report decodes while it is parsed: the same error as under it."""
    bad = {
        "item": "<zz:SentTip/>",
        "member": "<SentTip><zz:CreatedAt/></SentTip>",
        "attribute": '<SentTip zz:a="1"/>',
        "root-attribute": "",
        "i:type": '<SentTip i:type="zz:SentTip"/>',
        "end": "<SentTip/><zz:X/>",
    }[where]
    root_attr = ' zz:b="2"' if where == "root-attribute" else ""
    for items in (3, 120_000):  # under and over the streaming threshold
        doc = f'<TipsAndLeadsReport xmlns:i="{XSI}" xmlns="{BI}"{root_attr}><Tips>{"<SentTip/>" * items}{bad}</Tips></TipsAndLeadsReport>'
        with pytest.raises(DecodeError):
            xml.decode(doc.encode(), type=models.TipsAndLeadsReport)


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("at", [0, 1, 17, -1])
def test_a_text_body_with_a_lone_surrogate_is_a_decode_error(fmt: str, at: int) -> None:
    text = next(p for p in SAMPLE_FILES if p.name.startswith("get_incoming_lead") and p.suffix == "." + fmt).read_text()
    at = at if at >= 0 else len(text)
    with pytest.raises(DecodeError, match="U\\+D800 at index"):
        (json if fmt == "json" else xml).decode(text[:at] + "\ud800" + text[at:], type=models.IncomingLead)


@pytest.mark.parametrize("depth", [1000, 1001, 5000, 50_000])
@pytest.mark.parametrize("shape", ["[", '{"a":', '{"incomingLeads":[{"lead":', '{"tips":[{"x":['])
def test_deeply_nested_json_is_a_decode_error(depth: int, shape: str) -> None:
    closer = {"[": "]", '{"a":': "}", '{"incomingLeads":[{"lead":': "}]}", '{"tips":[{"x":[': "]}]}"}[shape]
    with pytest.raises(DecodeError, match=r"nested too deeply|malformed"):
        json.decode((shape * depth + "1" + closer * depth).encode(), type=models.TipsAndLeadsReport)


@pytest.mark.parametrize("tp", [bool, int, str, list[int], list[str]], ids=lambda t: str(t))
@pytest.mark.parametrize("depth", [1001, 50_000])
def test_a_scalar_result_nested_deeply_is_a_decode_error(tp: typing.Any, depth: int) -> None:
    """An operation's scalar result (``bool``, ``int``, a list of them) is read apart from models: the same
    errors, deep nesting and text that is not Unicode included."""
    with pytest.raises(DecodeError, match=r"nested too deeply|malformed|expected"):
        json.decode(("[" * depth + "]" * depth).encode(), type=tp)
    with pytest.raises(DecodeError, match=r"U\+D800 at index 1"):
        json.decode('"\ud800"', type=tp)


def test_a_string_that_is_not_unicode_is_an_encode_error_in_both_codecs() -> None:
    lead = models.IncomingLead(message="x\udc80y")
    with pytest.raises(EncodeError):
        json.encode(lead)
    with pytest.raises(EncodeError):
        xml.encode(lead)


# -- 5. what is written back is text, never markup ----------------------------------------------------

ATTR_TEXT = st.text(CHARS | st.sampled_from("\"'<>&\t\n\r ="), min_size=1, max_size=20)
NAME_TEXT = st.text(CHARS | st.sampled_from("\"'<>&\t\n ="), min_size=1, max_size=20).filter(lambda s: ":" not in s)


def attr_ref(value: str) -> str:
    """``value`` as a double-quoted attribute's content."""
    return "".join(
        {"&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}.get(c, c) for c in value
    )


def text_ref(value: str) -> str:
    return "".join({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}.get(c, c) for c in value)


def assert_written_back(doc: bytes, tp: typing.Any) -> bytes:
    first = xml.decode(doc, type=tp)
    out = xml.encode(first)
    etree.fromstring(out)  # well-formed
    again = xml.decode(out, type=tp)
    assert again == first
    assert xml.encode(again) == out  # a fixed point: nothing added, nothing lost
    return out


@SOME
@given(name=NAME_TEXT, prefixed=st.booleans())
def test_an_unknown_i_type_is_written_back_as_the_same_text(name: str, prefixed: bool) -> None:
    itype = f"p:{attr_ref(name)}" if prefixed else attr_ref(name)
    decl = ' xmlns:p="urn:elsewhere"' if prefixed else ""
    doc = f'<IncomingLead xmlns:i="{XSI}"{decl} i:type="{itype}" xmlns="{EL}"><Message i:nil="true" /></IncomingLead>'
    out = assert_written_back(doc.encode(), models.IncomingLead)
    root = etree.fromstring(out)
    value = root.get(f"{{{XSI}}}type")
    local = value.rpartition(":")[2]
    assert local == name
    assert root.nsmap[value.rpartition(":")[0] or None] == ("urn:elsewhere" if prefixed else EL)
    assert len(root.attrib) == 1  # nothing injected


@SOME
@given(value=ATTR_TEXT, text=ATTR_TEXT, ns=st.sampled_from(["urn:x", "urn:a&b?c='d'", EL]), attr_ns=st.booleans())
def test_unknown_elements_are_written_back_escaped(value: str, text: str, ns: str, attr_ns: bool) -> None:
    q = "q:" if attr_ns else ""
    qdecl = ' xmlns:q="urn:attrs"' if attr_ns else ""
    unknown = f'<u:Extra xmlns:u="{attr_ref(ns)}"{qdecl} {q}note="{attr_ref(value)}">{text_ref(text)}</u:Extra>'
    doc = f'<IncomingLead xmlns:i="{XSI}" xmlns="{EL}">{unknown}<Message i:nil="true" /></IncomingLead>'
    out = assert_written_back(doc.encode(), models.IncomingLead)
    extra = etree.fromstring(out)[0]
    assert etree.QName(extra).namespace == ns
    assert extra.get("{urn:attrs}note" if attr_ns else "note") == value
    assert extra.text == text


def test_the_reported_injection_stays_an_attribute_value() -> None:
    doc = (
        f'<IncomingLead xmlns:i="{XSI}" i:type="X&quot; injected=&quot;1" xmlns="{EL}"><Message i:nil="true" /></IncomingLead>'
    ).encode()
    out = assert_written_back(doc, models.IncomingLead)
    assert b"injected=&quot;1" in out and b' injected="1"' not in out


# -- 8. nil roots: refused as JSON's null is ---------------------------------------------------------


def root_name(tp: typing.Any) -> tuple[str, str]:
    if tp is str:
        return "string", "http://schemas.microsoft.com/2003/10/Serialization/"
    target = resolve_target(tp)
    plan = xml._plans.PLANS[target.cls]
    return (f"ArrayOf{plan.name}" if target.kind == "list" else plan.name), plan.ns


@pytest.mark.parametrize("tp", RESPONSE_TYPES, ids=str)
@pytest.mark.parametrize("form", ['i:nil="true" />', 'i:nil="1" />', 'i:nil="true"></R>', 'i:nil="true">  </R>'])
def test_a_nil_root_is_refused_like_null(tp: typing.Any, form: str) -> None:
    name, ns = root_name(tp)
    doc = f'<{name} xmlns:i="{XSI}" xmlns="{ns}" {form.replace("R", name)}'.encode()
    for result in (either(doc, tp), tree(doc, tp)):
        assert isinstance(result, DecodeError) and "i:nil" in str(result)
    with pytest.raises(DecodeError, match="got null"):
        json.decode(b"null", type=tp)


def test_a_nil_root_over_the_streaming_threshold_is_refused() -> None:
    doc = f'<TipsAndLeadsReport xmlns:i="{XSI}" i:nil="true" xmlns="{BI}">{" " * (2 << 20)}</TipsAndLeadsReport>'
    with pytest.raises(DecodeError, match="i:nil"):
        xml.decode(doc.encode(), type=models.TipsAndLeadsReport)


# -- 9. the lexical forms .NET accepts, no more, the same on every path and in both formats ----------

INTEGERS_ACCEPTED = {"0": 0, "7": 7, "-7": -7, "+7": 7, "007": 7, " 7": 7, "7\n": 7, "\t7\r\n": 7,
                     "2147483647": 2**31 - 1, "-2147483648": -(2**31), "0000000000042": 42}  # fmt: skip
INTEGERS_REFUSED = ["1_000", "١٢٣", "７", "\u00a07", "7\u00a0", "\u20037", "7\u2028", "0x10", "1e3", "7.0", "--7", "+-7",
                    "2147483648", "-2147483649", "9" * 5000, "", " ", "٣", "7 7", "¹"]  # fmt: skip


@pytest.mark.parametrize("text", sorted(INTEGERS_ACCEPTED))
def test_integer_forms_net_accepts_are_read_on_every_path(text: str) -> None:
    doc = report_with(f"<Status><Id>{text_ref(text)}</Id></Status>")
    for result in (either(doc, models.TipsAndLeadsReport), tree(doc, models.TipsAndLeadsReport)):
        assert result.incoming_leads[0].estate.status.id == INTEGERS_ACCEPTED[text]


@pytest.mark.parametrize("text", INTEGERS_REFUSED)
def test_integer_forms_net_refuses_are_refused_on_every_path(text: str) -> None:
    doc = report_with(f"<Status><Id>{text_ref(text)}</Id></Status>")
    assert isinstance(either(doc, models.TipsAndLeadsReport), DecodeError)
    assert isinstance(tree(doc, models.TipsAndLeadsReport), DecodeError)


@SOME
@given(st.integers(-(2**70), 2**70))
def test_json_and_xml_agree_on_the_int32_range(number: int) -> None:
    as_json = b'{"incomingLeads":[{"estate":{"status":{"id":%d}}}]}' % number
    as_xml = report_with(f"<Status><Id>{number}</Id></Status>")
    results = [either(as_xml, models.TipsAndLeadsReport), tree(as_xml, models.TipsAndLeadsReport)]
    try:
        results.append(json.decode(as_json, type=models.TipsAndLeadsReport))
    except DecodeError as exc:
        results.append(exc)
    inside = -(2**31) <= number < 2**31
    for result in results:
        if inside:
            assert result.incoming_leads[0].estate.status.id == number
        else:
            assert isinstance(result, DecodeError) and "32-bit" in str(result)


PADDED = {  # a member of each kind -> (a document with the value padded by PAD, the type)
    "boolean": (lead("<IsAnonymized>PADtruePAD</IsAnonymized>"), models.IncomingLead),
    "enum": (lead("<State>PADNewPAD</State>"), models.IncomingLead),
    "datetime": (lead("<SentAt>PAD2024-01-02T03:04:05PAD</SentAt>"), models.IncomingLead),
    "int": (report_with("<Status><Id>PAD7PAD</Id></Status>"), models.TipsAndLeadsReport),
}


@pytest.mark.parametrize("pad", ["\u00a0", "\u2003", "\u3000", "\u200b", "\x85", "\u2028", "\u1680"])
@pytest.mark.parametrize("kind", sorted(PADDED))
def test_unicode_spaces_do_not_pad_values(pad: str, kind: str) -> None:
    doc, tp = PADDED[kind]
    assert not isinstance(either(doc.replace(b"PAD", b" \t\r\n"), tp), DecodeError)  # XML's whitespace pads
    padded = doc.replace(b"PAD", pad.encode())
    for result in (either(padded, tp), tree(padded, tp)):
        if kind == "enum":  # an enum's unknown value is kept, never matched to a member after trimming
            assert not result.state.is_known and result.state.value == f"{pad}New{pad}"
        elif kind == "datetime":  # a timestamp member keeps its text: reading it refuses the padding
            with pytest.raises(DecodeError, match=r"IncomingLead\.sent_at"):
                print(result.sent_at)
        else:
            assert isinstance(result, DecodeError)


@pytest.mark.parametrize("text", ["x", " ", "null", "&lt;"])
def test_a_nil_string_with_text_is_refused_on_every_path(text: str) -> None:
    doc = lead(f'<Message i:nil="true">{text}</Message>')
    if text.strip():
        assert isinstance(either(doc, models.IncomingLead), DecodeError)
        assert isinstance(tree(doc, models.IncomingLead), DecodeError)
    else:
        assert message_of(either(doc, models.IncomingLead)) is None


def test_samples_still_decode_the_same_on_both_paths() -> None:
    for path in SAMPLE_FILES:
        if path.suffix == ".xml":
            tp = sample_type(path)
            data = strip_ws(path.read_bytes())
            assert same(either(data, tp), tree(data, tp)), path.name
            assert not re.search(rb"i:nil=\"true\"[^>]*>[^<]+<", data)
