"""The XML reader's limits, said in our words: how deep elements may nest (and where a document nests
deeper), how long one text may be."""

from __future__ import annotations

import pytest
from vitec_connect import DecodeError, models, xml
from vitec_connect.xml._parse import MAX_DEPTH

CRM = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"
BI = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"
SER = "http://schemas.microsoft.com/2003/10/Serialization/"
TOO_DEEP = f"elements nested more than {MAX_DEPTH} levels deep; the limit is {MAX_DEPTH}"
#: Levels libxml2 refuses in every release we support: 2.14 refuses from MAX_DEPTH + 1 levels, 2.13 (the
#: lowest lxml's) from MAX_DEPTH + 2.
REFUSED = MAX_DEPTH + 2


def contact_with_unknown_depth(levels: int) -> bytes:
    """A contact whose unknown element <Zebra> holds nested <a>s, ``levels`` elements deep in all, as
    ``encode`` writes it."""
    inner = levels - 3  # the root, <Zebra> and the innermost <a />
    head = f'<CrmContact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="{CRM}"><CustomerId>k</CustomerId>'
    return (head + "<Zebra>" + "<a>" * inner + "<a />" + "</a>" * inner + "</Zebra></CrmContact>").encode()


def test_the_limit_is_256_levels_and_a_document_that_deep_reads_and_writes_back() -> None:
    assert MAX_DEPTH == 256
    data = contact_with_unknown_depth(MAX_DEPTH)
    obj = xml.decode(data, type=models.CrmContact)
    assert xml.encode(obj, type=models.CrmContact) == data


def test_deeper_is_refused_in_our_words_with_the_path_to_the_nesting() -> None:
    with pytest.raises(DecodeError) as caught:
        xml.decode(contact_with_unknown_depth(REFUSED), type=models.CrmContact)
    assert caught.value.reason == TOO_DEEP
    assert caught.value.path == "CrmContact/Zebra/a/a/a/a/…"
    assert str(caught.value) == f"{TOO_DEEP} (at CrmContact/Zebra/a/a/a/a/…)"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5000, 60_000])
def test_a_deeply_nested_report_names_where_it_nests(depth: int) -> None:
    levels = (depth - 2) // 2 + 1
    data = (f'<TipsAndLeadsReport xmlns="{BI}"><Tips>' + "<SentTip><Contact>" * levels).encode()
    data += b"</Contact></SentTip>" * levels + b"</Tips></TipsAndLeadsReport>"
    with pytest.raises(DecodeError) as caught:
        xml.decode(data, type=models.TipsAndLeadsReport)
    assert caught.value.reason == TOO_DEEP
    assert caught.value.path == "TipsAndLeadsReport/Tips/SentTip/Contact/SentTip/Contact/…"


def test_the_streaming_reader_says_the_same_and_counts_the_items_before() -> None:
    """A document over 1 MiB is read while it is parsed: the same error, the item's place in its list."""
    tips = "<SentTip><Tip><Id>T</Id></Tip></SentTip>" * 40_000
    deep = "<SentTip><Contact>" + "<Zebra>" * MAX_DEPTH + "</Zebra>" * MAX_DEPTH + "</Contact></SentTip>"
    data = f'<TipsAndLeadsReport xmlns="{BI}"><Tips>{tips}{deep}</Tips></TipsAndLeadsReport>'.encode()
    assert len(data) > 1 << 20
    with pytest.raises(DecodeError) as caught:
        xml.decode(data, type=models.TipsAndLeadsReport)
    assert caught.value.reason == TOO_DEEP
    assert caught.value.path == "TipsAndLeadsReport/Tips/SentTip[40001]/Contact/Zebra/Zebra/…"


@pytest.mark.parametrize("tp", [str, int, list[int]])
def test_bare_roots_say_the_same(tp: object) -> None:
    name = "string" if tp is str else "int" if tp is int else "ArrayOfint"
    inner = REFUSED - 1  # below the root
    data = f'<{name} xmlns="{SER}">'.encode() + b"<x>" * inner + b"</x>" * inner + f"</{name}>".encode()
    with pytest.raises(DecodeError) as caught:
        xml.decode(data, type=tp)
    assert caught.value.reason == TOO_DEEP
    assert caught.value.path == f"{name}/x/x/x/x/x/…"


def test_canonicalize_says_the_same() -> None:
    with pytest.raises(DecodeError, match=r"^elements nested more than 256 levels deep; the limit is 256 \(at "):
        xml.canonicalize(contact_with_unknown_depth(REFUSED), type=models.CrmContact)


def test_a_text_longer_than_the_reader_reads_is_refused_in_our_words() -> None:
    data = f'<string xmlns="{SER}">'.encode() + b"x" * 10_000_001 + b"</string>"
    with pytest.raises(DecodeError) as caught:
        xml.decode(data, type=str)
    assert caught.value.reason.startswith("a text, name or value at line 1, column ")
    assert caught.value.reason.endswith(" is longer than this reader's limit")
