"""Models decoded from XML pickle, unknown content and all: unpickled, a model equals the one decoded and
encodes to the same bytes, in this process or in a worker of a ProcessPoolExecutor."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest
from vitec_connect import models, xml
from vitec_connect.models import business_intelligence as bi

XSI = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
CRM = 'xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"'
BI = 'xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"'
LEADS = 'xmlns="http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"'

#: Documents as ``encode`` writes them back (each is checked to be so): (type, document).
DOCUMENTS: dict[str, tuple[Any, str]] = {
    "elements before, between and after the members": (
        models.CrmContact,
        f"<CrmContact {XSI} {CRM}><Aa>first</Aa><CustomerId>k</CustomerId><Mid /><Note>n</Note>"
        "<Zebra>last</Zebra></CrmContact>",
    ),
    "attributes, other namespaces, mixed content, references": (
        models.CrmContact,
        f'<CrmContact {XSI} {CRM}><CustomerId>k</CustomerId><Extra xmlns:d2p2="urn:q" d2p2:at="1&#x9;2&#xA;" b="&lt;&quot;">'
        "x&#xD;y &amp; z<d2p2:b>r<d2p2:c />s</d2p2:b>tail &lt; here<Inner>i</Inner></Extra></CrmContact>",
    ),
    "an unknown i:type": (
        models.CrmContact,
        f'<CrmContact {XSI} i:type="CrmAssociationContact" {CRM}><CustomerId>k</CustomerId>'
        "<Type>Association</Type><Name>BRF</Name></CrmContact>",
    ),
    "unknown content in a list item of a list root": (
        list[models.CrmContactLead],
        f"<ArrayOfCrmContactLead {XSI} {LEADS}><CrmContactLead><ContactId>c</ContactId><Leads><CrmLead>"
        '<CreatedAt>2024-01-01T00:00:00</CreatedAt><Extra a="1">q<b>r</b></Extra><Id>1</Id></CrmLead></Leads>'
        "</CrmContactLead></ArrayOfCrmContactLead>",
    ),
    "unknown content deep in a report": (
        bi.TipsAndLeadsReport,
        f'<TipsAndLeadsReport {XSI} {BI}><IncomingLeads i:nil="true" /><Tips><SentTip><Contact><Zz>1</Zz></Contact>'
        "</SentTip><SentTip /></Tips><Unknown>u</Unknown></TipsAndLeadsReport>",
    ),
}


@pytest.fixture(params=sorted(DOCUMENTS))
def decoded(request: pytest.FixtureRequest) -> tuple[Any, bytes, Any]:
    tp, text = DOCUMENTS[request.param]
    data = text.encode()
    obj = xml.decode(data, type=tp)
    assert xml.encode(obj, type=tp) == data  # (the document is as encode writes it)
    return tp, data, obj


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_model_with_unknown_xml_content_pickles_and_encodes_the_same(
    decoded: tuple[Any, bytes, Any], protocol: int
) -> None:
    tp, data, obj = decoded
    again = pickle.loads(pickle.dumps(obj, protocol))
    assert again == obj
    assert xml.encode(again, type=tp) == data
    assert xml.encode(pickle.loads(pickle.dumps(again, protocol)), type=tp) == data  # and again


def test_a_deep_copy_encodes_the_same(decoded: tuple[Any, bytes, Any]) -> None:
    tp, data, obj = decoded
    assert xml.encode(copy.deepcopy(obj), type=tp) == data


def test_a_large_document_read_while_parsed_pickles_too() -> None:
    """Over 1 MiB the items are read as they are parsed and their elements freed: what is kept pickles."""
    tips = "".join(f"<SentTip><Contact><Zz>{i}</Zz></Contact></SentTip>" for i in range(30_000))
    data = f'<TipsAndLeadsReport {XSI} {BI}><IncomingLeads i:nil="true" /><Tips>{tips}</Tips></TipsAndLeadsReport>'.encode()
    assert len(data) > 1 << 20
    report = xml.decode(data, type=bi.TipsAndLeadsReport)
    assert xml.encode(pickle.loads(pickle.dumps(report))) == data


def test_models_cross_processes_in_a_process_pool() -> None:
    """What users do: hand decoded models to workers and take them back."""
    objs = [xml.decode(text.encode(), type=tp) for tp, text in DOCUMENTS.values()]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        encoded_there = [
            pool.submit(xml.encode, obj, type=tp).result(60)
            for obj, (tp, _) in zip(objs, DOCUMENTS.values(), strict=True)
        ]
        [back] = pool.submit(list, [objs]).result(60)  # there and back
    assert encoded_there == [text.encode() for _, text in DOCUMENTS.values()]
    assert back == objs
    assert [xml.encode(obj, type=tp) for obj, (tp, _) in zip(back, DOCUMENTS.values(), strict=True)] == encoded_there
