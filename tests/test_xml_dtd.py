"""A document type declaration is refused on every path that reads XML, and nothing it names is opened.

A DOCTYPE naming a FIFO is the proof: opening one blocks until a writer comes, so a reader that opens it
hangs (no timeout stops libxml2). Each path runs in a child process with a deadline; each must answer
with our typed error at once.
"""

from __future__ import annotations

import codecs
import os
import socket
import subprocess
import sys

import pytest
from vitec_connect import DecodeError, models, xml
from vitec_connect.xml import _parse

CRM = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"
CONTACT = f'<CrmContact xmlns="{CRM}"><CustomerId>k</CustomerId></CrmContact>'

CHILD = r"""
import sys, urllib.error, urllib.request, base64
from vitec_connect import Client, MockTransport, Response, DecodeError, VitecError, models, xml
fifo = sys.argv[1]
CRM = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"
BI = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense"
SER = "http://schemas.microsoft.com/2003/10/Serialization/"
DOCTYPE = f'<!DOCTYPE r SYSTEM "{fifo}">'
contact = (DOCTYPE + f'<CrmContact xmlns="{CRM}"><CustomerId>k</CustomerId></CrmContact>').encode()
tips = "".join(f"<SentTip><Tip><Id>T{i}</Id></Tip></SentTip>" for i in range(40_000))
report = (DOCTYPE + f'<TipsAndLeadsReport xmlns="{BI}"><Tips>{tips}</Tips></TipsAndLeadsReport>').encode()
assert len(report) > (1 << 20)  # read while it is parsed (the streaming reader)

def answer(status, body):
    return lambda request: Response(status, {"content-type": "application/xml"}, body, 0.0, request)

def client_call(status, body):
    client = Client("u", "p", format="xml", max_retries=0, transport=MockTransport(answer(status, body)))
    return client.crm.get_contact(customer_id="k", contact_id="c")

def mock_post():
    from vitec_connect.testing import MockServer
    with MockServer() as server:
        url = f"{server.url}/PublicAdvertising/{server.customer_id}/Contact/Person/Lead"
        auth = base64.b64encode(f"{server.username}:{server.password}".encode()).decode()
        body = (DOCTYPE + '<PublicAdvertisingPersonLead xmlns="x"/>').encode()
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Authorization": "Basic " + auth, "Content-Type": "application/xml", "Accept": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=30)
        except urllib.error.HTTPError as exc:
            raise VitecError(f"{exc.code} {exc.read().decode()}") from None
    return "answered 2xx"

def no_prolog_check():
    from vitec_connect.xml import _parse
    _parse.refuse_dtd = lambda data: None  # libxml2 sees the DOCTYPE: its options alone must hold
    return xml.decode(contact, type=models.CrmContact)

def resolver():
    from vitec_connect.xml import _parse
    return _parse.parse(contact, _parse.parser(load_dtd=True))  # asked to load it: refused

def xsdata():
    from vitec_connect import xml_models, xsdata_support
    return xsdata_support.parse(contact, xml_models.crm_contact.CrmContact)

CASES = {
    "tree": lambda: xml.decode(contact, type=models.CrmContact),
    "text": lambda: xml.decode(contact.decode(), type=models.CrmContact),
    "list": lambda: xml.decode(contact.replace(b"CrmContact", b"ArrayOfCrmContact"), type=list[models.CrmContact]),
    "streaming": lambda: xml.decode(report, type=models.TipsAndLeadsReport),
    "string root": lambda: xml.decode((DOCTYPE + f'<string xmlns="{SER}">x</string>').encode(), type=str),
    "int root": lambda: xml.decode((DOCTYPE + f'<int xmlns="{SER}">1</int>').encode(), type=int),
    "canonicalize": lambda: xml.canonicalize(contact, type=models.CrmContact),
    "xsdata": xsdata,
    "client response": lambda: client_call(200, contact),
    "client error body": lambda: client_call(400, contact),
    "mock request body": mock_post,
    "parser options alone": no_prolog_check,
    "resolver": lambda: resolver(),
}
for name in sys.argv[2:]:
    try:
        outcome = "returned " + repr(CASES[name]())[:80]
    except VitecError as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    print(f"{name}|{outcome}".replace("\n", " "), flush=True)
"""

DTD = "a DTD (<!DOCTYPE>) is not accepted"


@pytest.fixture
def fifo(tmp_path: os.PathLike[str]) -> str:
    path = os.path.join(tmp_path, "fifo")
    os.mkfifo(path)
    return path


def _run(fifo: str, cases: list[str]) -> dict[str, str]:
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, fifo, *cases], capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        finished = [line.partition("|")[0] for line in out.splitlines()]
        hung = next(c for c in cases if c not in finished)
        pytest.fail(f"{hung!r} hung: it opened the FIFO the DOCTYPE names")
    assert done.returncode == 0, done.stderr
    return dict(line.split("|", 1) for line in done.stdout.splitlines())


DECODERS = ["tree", "text", "list", "streaming", "string root", "int root", "canonicalize", "xsdata"]


def test_every_decoder_refuses_a_doctype_naming_a_fifo_without_opening_it(fifo: str) -> None:
    pytest.importorskip("xsdata")
    outcomes = _run(fifo, DECODERS)
    for case in DECODERS:
        assert outcomes[case].startswith(f"DecodeError: {DTD}"), (case, outcomes[case])


def test_the_client_and_the_mock_refuse_a_doctype_naming_a_fifo(fifo: str) -> None:
    outcomes = _run(fifo, ["client response", "client error body", "mock request body"])
    assert outcomes["client response"].startswith(f"DecodeError: {DTD}")
    # an error body that cannot be read still raises the status's error, at once
    assert outcomes["client error body"].startswith("BadRequestError: 400"), outcomes["client error body"]
    assert outcomes["mock request body"].startswith("VitecError: 400"), outcomes["mock request body"]
    assert DTD in outcomes["mock request body"]


def test_neither_the_parser_options_nor_the_resolver_open_what_a_doctype_names(fifo: str) -> None:
    """Each guard holds alone: without the prolog check, libxml2 is never asked to load the external
    subset; a parser told to load it meets the resolver, which refuses and names what was asked for."""
    outcomes = _run(fifo, ["parser options alone", "resolver"])
    assert outcomes["parser options alone"] == f"DecodeError: {_parse.DTD_REFUSED}"
    assert outcomes["resolver"] == f"DecodeError: {_parse.DTD_REFUSED} (the document names {fifo!r})"


def test_a_dtd_on_the_network_is_refused_as_a_dtd_and_never_fetched() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(0.2)
        url = f"http://127.0.0.1:{server.getsockname()[1]}/x.dtd"
        data = f'<!DOCTYPE CrmContact PUBLIC "-//x//y" "{url}">{CONTACT}'.encode()
        with pytest.raises(DecodeError) as caught:
            xml.decode(data, type=models.CrmContact)
        assert str(caught.value) == _parse.DTD_REFUSED  # not "malformed XML"
        with pytest.raises(TimeoutError):
            server.accept()  # nobody came


def _encoded(text: str, codec: str) -> bytes:
    bom = {"utf-8-sig": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec, b"")  # fmt: skip
    return bom + text.encode(codec)


PROLOGS = [
    ("", "utf-8"),
    ('<?xml version="1.0"?>', "utf-8"),
    ('<?xml version="1.0" encoding="utf-8"?>\n  <!-- a comment -->\n<?pi data?>\r\n', "utf-8"),
    ("\n\t ", "utf-8-sig"),  # a byte order mark, then whitespace
    ('<?xml version="1.0" encoding="utf-16"?>', "utf-16-le"),
    ('<?xml version="1.0" encoding="utf-16"?><!-- x -->', "utf-16-be"),
    ('<?xml version="1.0" encoding="utf-32"?>', "utf-32-le"),
    ('<?xml version="1.0" encoding="ISO-8859-1"?><!-- å -->', "latin-1"),
    ("<!--" + "long comment " * 2000 + "-->", "utf-8"),  # the DOCTYPE far from the start
]


@pytest.mark.parametrize(("prolog", "codec"), PROLOGS)
def test_a_doctype_is_refused_before_libxml2_reads_it_whatever_the_encoding(prolog: str, codec: str) -> None:
    data = _encoded(f'{prolog}<!DOCTYPE CrmContact SYSTEM "x.dtd">{CONTACT}', codec)
    with pytest.raises(DecodeError, match=r"^a DTD \(<!DOCTYPE>\) is not accepted"):
        _parse.refuse_dtd(data)
    unmarked = data.removeprefix(codecs.BOM_UTF16_LE) if codec == "utf-16-le" else None
    if unmarked is not None:  # UTF-16 without its byte order mark (libxml2 reads "<?" and guesses)
        with pytest.raises(DecodeError, match=r"^a DTD"):
            _parse.refuse_dtd(unmarked)


def test_a_doctype_in_an_encoding_that_hides_its_markup_is_refused() -> None:
    """UTF-7 writes "<" as "+ADw-": read in the declared encoding, the prolog still shows the DOCTYPE."""
    data = b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE r SYSTEM +ACI-x.dtd+ACI-+AD4-' + CONTACT.encode()
    with pytest.raises(DecodeError, match=r"^a DTD"):
        _parse.refuse_dtd(data)


@pytest.mark.parametrize(("prolog", "codec"), PROLOGS)
def test_a_document_without_doctype_reads_in_every_encoding(prolog: str, codec: str) -> None:
    """The prolog check refuses nothing else: a comment that mentions <!DOCTYPE included."""
    data = _encoded(f"{prolog}<!-- no <!DOCTYPE here -->{CONTACT}", codec)
    assert xml.decode(data, type=models.CrmContact) == models.CrmContact(customer_id="k")


@pytest.mark.parametrize("kind", [str, bytearray, memoryview])
def test_text_and_other_buffers_are_checked_alike(kind: type) -> None:
    """canonicalize reads text and any bytes-like object as lxml does: a DOCTYPE is refused in each."""
    for prolog in ("", '<?xml version="1.0"?><!-- c -->'):
        data = f'{prolog}<!DOCTYPE CrmContact SYSTEM "x.dtd">{CONTACT}'
        with pytest.raises(DecodeError, match=r"^a DTD"):
            xml.canonicalize(data if kind is str else kind(data.encode()), type=models.CrmContact)
        plain = f"{prolog}{CONTACT}"
        expected = xml.encode(models.CrmContact(customer_id="k"))
        assert xml.canonicalize(plain if kind is str else kind(plain.encode()), type=models.CrmContact) == expected
