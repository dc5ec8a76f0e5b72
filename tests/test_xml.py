"""vitec_connect.xml: DataContract XML, byte for byte."""

from __future__ import annotations

import pytest
from vitec_connect import UNSET, models, xml
from vitec_connect.errors import DecodeError, EncodeError
from vitec_connect.models import business_intelligence as bi
from vitec_connect.models import category, crm_contact_lead

XSI = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
CRM = 'xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"'
LEADS_NS = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"


def leads_doc(inner: str) -> bytes:
    return (f'<ArrayOfCrmContactLead {XSI} xmlns="{LEADS_NS}"><CrmContactLead><ContactId>c</ContactId>'
            f"<Leads><CrmLead>{inner}</CrmLead></Leads></CrmContactLead></ArrayOfCrmContactLead>").encode()  # fmt: skip


def test_writes_what_dotnet_writes_for_nils_empty_lists_and_subtypes() -> None:
    c = models.CrmPersonContact(
        customer_id="k", categories=[], email=None, note="", first_name="Åsa <&]]>", lead_score=-2147483648
    )
    assert xml.encode(c) == (
        f'<CrmContact {XSI} i:type="CrmPersonContact" {CRM}>'
        '<Categories xmlns:d2p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category" />'
        "<CustomerId>k</CustomerId>"
        '<Email xmlns:d2p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models" i:nil="true" />'
        "<Note></Note><FirstName>Åsa &lt;&amp;]]&gt;</FirstName><LeadScore>-2147483648</LeadScore></CrmContact>"
    ).encode()


def test_seven_digits_unknown_enum_and_unknown_element_survive() -> None:
    data = leads_doc("<CreatedAt>2024-05-02T22:39:39.8550532+02:00</CreatedAt><Id>1</Id><LeadType>Valuation</LeadType>"
                     "<LeadTypeId>x</LeadTypeId><Score>7</Score>")  # fmt: skip
    items = xml.decode(data, type=list[models.CrmContactLead])
    lead = items[0].leads[0]
    assert lead.created_at.tick == 2 and not lead.lead_type.is_known
    assert xml.encode(items) == data


def test_unknown_element_keeps_its_place() -> None:
    data = leads_doc("<CreatedAt>2024-01-01T00:00:00</CreatedAt><Extra a=\"1\">q<b>r</b></Extra><Id>1</Id>")
    assert xml.encode(xml.decode(data, type=list[models.CrmContactLead])) == data


@pytest.mark.parametrize(
    ("inner", "path", "reason"),
    [
        ("<Score>7</Score>", "ArrayOfCrmContactLead/CrmContactLead[1]/Leads/CrmLead[1]/Score", "no member <Score>"),
        ("<LeadType>Valuation</LeadType>", "ArrayOfCrmContactLead/CrmContactLead[1]/Leads/CrmLead[1]/LeadType", "no member 'Valuation'"),
        ("<Id>1</Id><CreatedAt>2024-01-01T00:00:00</CreatedAt>", "ArrayOfCrmContactLead/CrmContactLead[1]/Leads/CrmLead[1]/CreatedAt", "out of order"),
    ],
)
def test_strict_mode_names_the_path(inner: str, path: str, reason: str) -> None:
    with pytest.raises(DecodeError) as e:
        xml.decode(leads_doc(inner), type=list[models.CrmContactLead], strict=True)
    assert e.value.path == path and reason in str(e.value)


def test_out_of_order_members_are_read_not_dropped() -> None:
    [item] = xml.decode(leads_doc("<Id>1</Id><CreatedAt>2024-01-01T00:00:00</CreatedAt>"), type=list[models.CrmContactLead])
    assert item.leads[0].id == "1" and item.leads[0].created_at.year == 2024


def test_any_conforming_formatting_is_read() -> None:
    data = (b'<?xml version="1.0" encoding="utf-8"?>\n<c:ArrayOfCrmContactLead xmlns:c="' + LEADS_NS.encode() +
            b'" xmlns:x="http://www.w3.org/2001/XMLSchema-instance">\n  <c:CrmContactLead>\n    <c:ContactId x:nil="true"/>\n'
            b"    <c:Leads/>\n  </c:CrmContactLead>\n</c:ArrayOfCrmContactLead>")  # fmt: skip
    [item] = xml.decode(data, type=list[models.CrmContactLead])
    assert item.contact_id is None and item.leads == []


def test_absent_and_nil_stay_distinct() -> None:
    data = leads_doc("<Id i:nil=\"true\" />")
    [item] = xml.decode(data, type=list[models.CrmContactLead])
    assert item.leads[0].id is None and item.leads[0].created_at is UNSET
    assert xml.encode([item]) == data


def test_unknown_subtype_decodes_as_the_base_and_re_encodes_unchanged() -> None:
    data = (f'<CrmContact {XSI} i:type="CrmAssociationContact" {CRM}><CustomerId>k</CustomerId>'
            "<Type>Association</Type><Name>BRF</Name></CrmContact>").encode()  # fmt: skip
    c = xml.decode(data, type=models.CrmContact)
    assert type(c) is models.CrmContact and c.customer_id == "k" and c.type.value == "Association"
    assert xml.encode(c) == data
    with pytest.raises(DecodeError, match="unknown i:type 'CrmAssociationContact'"):
        xml.decode(data, type=models.CrmContact, strict=True)


def test_known_subtype_from_i_type_with_any_prefix() -> None:
    data = (b'<a:CrmContact xmlns:a="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm" '
            b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="a:CrmCompanyContact"><a:CustomerId>k</a:CustomerId>'
            b"<a:Name>AB</a:Name></a:CrmContact>")  # fmt: skip
    c = xml.decode(data, type=models.CrmContact)
    assert isinstance(c, models.CrmCompanyContact) and c.name == "AB"


REPORT = f'<TipsAndLeadsReport {XSI} xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense">'


@pytest.mark.parametrize(
    ("data", "path", "reason"),
    [
        (REPORT + "<IncomingLeads><IncomingLead/><IncomingLead/><IncomingLead><CreatedAt>yesterday</CreatedAt></IncomingLead></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads/IncomingLead[3]/CreatedAt", "date-time"),
        (REPORT + "<IncomingLeads><IncomingLead><Estate><Status><Id>x</Id></Status></Estate></IncomingLead></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads/IncomingLead[1]/Estate/Status/Id", "integer"),
        (REPORT + "<IncomingLeads><OutgoingLead/></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads/OutgoingLead[1]", "expected <IncomingLead>"),
        (REPORT + "<Tips><SentTip><Contact>", "", "malformed XML"),
        ('<TipsAndLeadsReport xmlns="urn:wrong"/>', "TipsAndLeadsReport", "expected root <TipsAndLeadsReport>"),
        ('<!DOCTYPE x [<!ENTITY e "x">]><TipsAndLeadsReport/>', "", "DTD"),
        (REPORT + "<Tips><SentTip/></Tips><Tips/></TipsAndLeadsReport>", "TipsAndLeadsReport/Tips", "more than once"),
        (REPORT + "text</TipsAndLeadsReport>", "TipsAndLeadsReport", "unexpected text"),
        ("", "", "malformed XML"),
    ],
)
def test_bad_input_is_a_decode_error_with_a_path(data: str, path: str, reason: str) -> None:
    with pytest.raises(DecodeError) as e:  # (strict: a malformed timestamp is otherwise refused when read)
        xml.decode(data.encode(), type=bi.TipsAndLeadsReport, strict=True)
    assert e.value.path == path and reason in str(e.value)


def test_entities_are_not_expanded() -> None:
    data = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">&x;</string>')  # fmt: skip
    with pytest.raises(DecodeError):
        xml.decode(data, type=str)


def test_carriage_returns_survive() -> None:
    lead = crm_contact_lead.CrmLead(id="a\r\nb\rc")
    data = xml.encode([models.CrmContactLead(leads=[lead])])
    assert b"a&#xD;\nb&#xD;c" in data
    assert xml.decode(data, type=list[models.CrmContactLead])[0].leads[0].id == "a\r\nb\rc"


def test_encode_errors_name_the_member() -> None:
    with pytest.raises(EncodeError) as e:
        xml.encode(category.Category(name="bad\x01"))
    assert e.value.path == "Category/Name" and "U+0001" in str(e.value)
    with pytest.raises(EncodeError) as e:
        xml.encode(models.CrmPersonContact(customer_id="k", social_security_number="1" * 21), validate=True)
    assert e.value.path == "CrmPersonContact.socialSecurityNumber" and "mellan 0 och 20 tecken" in str(e.value)


def test_bare_string() -> None:
    data = b'<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">sample string 1</string>'
    assert xml.decode(data, type=str) == "sample string 1"
    assert xml.encode("sample string 1") == data


def test_canonicalize_writes_any_conforming_document_as_dotnet_does() -> None:
    data = (b'<?xml version="1.0"?>\n<a:CrmContact xmlns:a="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm" '
            b'xmlns:x="http://www.w3.org/2001/XMLSchema-instance" x:type="a:CrmPersonContact">\n'
            b'  <a:Categories/>\n  <a:CustomerId>k</a:CustomerId>\n  <a:Email x:nil="true"/>\n  <a:Note/>\n'
            b"  <a:FirstName>\xc3\x85sa &amp;</a:FirstName>\n</a:CrmContact>")  # fmt: skip
    expected = xml.encode(models.CrmPersonContact(customer_id="k", categories=[], email=None, note="", first_name="Åsa &"))
    assert xml.canonicalize(data, type=models.CrmContact) == expected
    assert xml.canonicalize(data) == expected


@pytest.fixture
def streaming(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document decodes through the streaming path (normally only those over 1 MiB that the fast
    path does not read)."""
    monkeypatch.setattr(xml._read, "STREAM_THRESHOLD", 0)
    monkeypatch.setattr(xml._read, "FAST_PATH", False)


def test_streaming_decode_equals_tree_decode(streaming: None) -> None:
    from vitec_connect._mockdata import generate

    data = generate(3, report_items=60)
    report = bi.TipsAndLeadsReport(incoming_leads=data.report_incoming, outgoing_leads=None, tips=[])
    encoded = xml.encode(report)
    assert xml.decode(encoded, type=bi.TipsAndLeadsReport) == report
    unknown = encoded.replace(b"<Tips />", b"<Tips /><Extra>kept</Extra>")
    again = xml.decode(unknown, type=bi.TipsAndLeadsReport)
    assert xml.encode(again) == unknown


@pytest.mark.parametrize(
    ("data", "path", "reason"),
    [
        (REPORT + "<IncomingLeads><IncomingLead/><IncomingLead/><IncomingLead><CreatedAt>yesterday</CreatedAt></IncomingLead></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads/IncomingLead[3]/CreatedAt", "date-time"),
        (REPORT + "<IncomingLeads><IncomingLead/>text<IncomingLead/><IncomingLead/></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads", "unexpected text"),
        (REPORT + "<IncomingLeads><IncomingLead/><IncomingLead/>text</IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads", "unexpected text"),
        (REPORT + "<IncomingLeads><OutgoingLead/></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads/OutgoingLead[1]", "expected <IncomingLead>"),
        (REPORT + "<IncomingLeads><IncomingLead/><OutgoingLead/><IncomingLead/></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads/OutgoingLead[2]", "expected <IncomingLead>"),
        (REPORT + "<IncomingLeads><IncomingLead/><IncomingLead/><OutgoingLead/></IncomingLeads></TipsAndLeadsReport>",
         "TipsAndLeadsReport/IncomingLeads/OutgoingLead[3]", "expected <IncomingLead>"),
        (REPORT + "<Tips><SentTip><Contact>", "", "malformed XML"),
        ('<!DOCTYPE x [<!ENTITY e "x">]><TipsAndLeadsReport/>', "", "DTD"),
        ('<TipsAndLeadsReport xmlns="urn:wrong"><Tips><SentTip/></Tips></TipsAndLeadsReport>', "TipsAndLeadsReport", "expected root <TipsAndLeadsReport>"),
        (REPORT + "<Tips><SentTip/></Tips><Tips/></TipsAndLeadsReport>", "TipsAndLeadsReport/Tips", "more than once"),
    ],
)
def test_streaming_decode_reports_the_same_errors(streaming: None, data: str, path: str, reason: str) -> None:
    with pytest.raises(DecodeError) as e:
        xml.decode(data.encode(), type=bi.TipsAndLeadsReport, strict=True)
    assert e.value.path == path and reason in str(e.value)


def test_importing_the_package_loads_no_xml_table_and_a_document_only_its_namespaces() -> None:
    """The readers, writers, tables and plans load on first use: ``import vitec_connect`` builds none, and
    decoding a document loads the table modules of the namespaces its type reaches, not every one."""
    import ast
    import subprocess
    import sys

    from .conftest import SAMPLES

    code = (
        "import sys, vitec_connect\n"
        "xml = sorted(m for m in sys.modules if m.startswith(('vitec_connect.xml.', 'vitec_connect._api.xml_tables')))\n"
        "print(xml)\n"
        "from vitec_connect import models\n"
        f"data = open({str(SAMPLES / 'get_contact_leads.response.xml')!r}, 'rb').read()\n"
        "vitec_connect.xml.decode(data, type=list[models.CrmContactLead])\n"
        "from vitec_connect._api import xml_tables\n"
        "print(sorted(m.rpartition('.')[2] for m in sys.modules if m.startswith('vitec_connect._api.xml_tables.')))\n"
        "print(len(xml_tables.MODULES))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after, total = done.stdout.splitlines()
    assert before == "[]"
    loaded = ast.literal_eval(after)
    assert "crm_contact_lead" in loaded and len(loaded) < int(total)


def test_a_type_whose_name_another_namespace_shares_loads_only_its_own_table() -> None:
    """estate.Farm and public_advertisement.Farm: reading an estate loads neither the other namespace's
    table nor its models."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from vitec_connect import models, xml\n"
        "farm = models.estate.Farm(estate_id='e1')\n"
        "assert xml.decode(xml.encode(farm), type=models.estate.Farm) == farm\n"
        "print(sorted(m.rpartition('.')[2] for m in sys.modules if 'public_advertisement' in m))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
