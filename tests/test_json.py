"""vitec_connect.json: lossless Newtonsoft JSON."""

from __future__ import annotations

import msgspec
import pytest
from msgspec import UnsetType
from vitec_connect import UNSET, json, models
from vitec_connect._types import Model
from vitec_connect.errors import DecodeError, EncodeError
from vitec_connect.models import business_intelligence as bi

LEAD = b'{"id":"1","createdAt":"2024-05-02T22:39:39.8550532+02:00","leadType":"Valuation","leadTypeId":"x","score":7}'


def test_seven_digits_unknown_enum_and_unknown_field_survive() -> None:
    [item] = json.decode(b'[{"contactId":"c","leads":[' + LEAD + b"]}]", type=list[models.CrmContactLead])
    lead = item.leads[0]
    assert lead.created_at.tick == 2 and not lead.lead_type.is_known
    out = json.encode([item])
    assert msgspec.json.decode(out) == [{"contactId": "c", "leads": [msgspec.json.decode(LEAD)]}]


def test_strict_names_the_path() -> None:
    with pytest.raises(DecodeError) as e:
        json.decode(b'{"contactId":"c","leads":[' + LEAD + b"]}", type=models.CrmContactLead, strict=True)
    assert e.value.path == "$.leads[0].score"
    with pytest.raises(DecodeError) as e:
        json.decode(b'{"leads":[{"leadType":"Valuation"}]}', type=models.CrmContactLead, strict=True)
    assert e.value.path == "$/leads[1]/leadType" and "no member 'Valuation'" in str(e.value)


def test_absent_and_null_stay_distinct() -> None:
    lead = json.decode(b'{"id":null}', type=models.crm_contact_lead.CrmLead)
    assert lead.id is None and lead.created_at is UNSET
    assert json.encode(lead) == b'{"id":null}'


def test_subtype_by_discriminator() -> None:
    c = json.decode(b'{"type":"Company","customerId":"k","name":"AB","corporateNumber":"556"}', type=models.CrmContact)
    assert isinstance(c, models.CrmCompanyContact) and c.name == "AB"


@pytest.mark.parametrize("strict", [False, True])
def test_a_subtype_named_by_its_number_is_that_subtype(strict: bool) -> None:
    # Newtonsoft reads an enum member's number: ContactType 1 is Company, 2 DeceasedEstate (spec order)
    one = b'{"type":1,"customerId":"k","name":"AB"}'
    c = json.decode(one, type=models.CrmContact, strict=strict)
    assert isinstance(c, models.CrmCompanyContact) and c.type is models.crm_contact.ContactType.Company
    assert json.decode(json.encode(c), type=models.CrmContact) == c  # written as its name, read back the same
    [d] = json.decode(b'[{"type":2,"customerId":"k"}]', type=list[models.CrmContact], strict=strict)
    assert isinstance(d, models.CrmDeceasedEstateContact)
    nested = json.decode(b'{"contact":{"type":1,"customerId":"k"}}', type=Holder, strict=strict)
    assert isinstance(nested.contact, models.CrmCompanyContact)


def test_a_subtype_number_out_of_range_is_refused_with_its_path() -> None:
    with pytest.raises(DecodeError, match="no member number 7") as e:
        json.decode(b'{"type":7,"customerId":"k"}', type=models.CrmContact)
    assert e.value.path == "$.type"
    with pytest.raises(DecodeError, match="unknown type 7") as e:
        json.decode(b'{"type":7,"customerId":"k"}', type=models.CrmContact, strict=True)
    assert e.value.path == "$.type"


class Holder(Model, kw_only=True):
    """A model holding a contact below the root (the lossless path picks subtypes there)."""

    contact: models.CrmContact | UnsetType | None = UNSET


def test_unknown_subtype_decodes_as_the_base_and_re_encodes_unchanged() -> None:
    data = b'{"type":"Association","customerId":"k","name":"BRF Tallen","orgNo":"7696"}'
    c = json.decode(data, type=models.CrmContact)
    assert type(c) is models.CrmContact and c.type.value == "Association" and not c.type.is_known
    assert msgspec.json.decode(json.encode(c)) == msgspec.json.decode(data)
    with pytest.raises(DecodeError, match="unknown type 'Association'"):
        json.decode(data, type=models.CrmContact, strict=True)


@pytest.mark.parametrize(
    ("data", "path", "reason"),
    [
        (b'{"incomingLeads":[{},{},{"createdAt":5}]}', "$.incomingLeads[2].createdAt", "date-time"),
        (b'{"incomingLeads":[{},{"contact":{"id":1}}]}', "$.incomingLeads[1].contact.id", "string"),
        (b'{"tips":{}}', "$.tips", "array"),
        (b'{"incomingLeads": [', "$", "malformed JSON"),
        (b"<TipsAndLeadsReport/>", "$", "malformed"),
        (b"\xff\xfe", "$", "invalid UTF-8 at byte 0"),
        (b"", "$", "malformed JSON"),
    ],
)
def test_bad_input_is_a_decode_error_with_a_path(data: bytes, path: str, reason: str) -> None:
    with pytest.raises(DecodeError) as e:
        json.decode(data, type=bi.TipsAndLeadsReport)
    assert e.value.path == path and reason in str(e.value)


def test_validate_on_encode_names_the_member() -> None:
    c = models.CrmPersonContact(customer_id="k", first_name="x" * 31)
    assert json.encode(c)  # not validated by default
    with pytest.raises(EncodeError) as e:
        json.encode(c, validate=True)
    assert e.value.path == "CrmPersonContact.firstName"
    assert "Förnamn måste vara mellan 0 och 30 tecken" in str(e.value)


def test_bare_string() -> None:
    assert json.decode(b'"abc"', type=str) == "abc"
    assert json.encode("abc") == b'"abc"'


def test_invalid_utf8_inside_a_string_is_a_decode_error() -> None:
    """Found by the property tests: msgspec raises UnicodeDecodeError for this."""
    with pytest.raises(DecodeError, match=r"^invalid UTF-8 at byte 13: ") as e:
        json.decode(b'{"person":{"f\x80rstName":1}}', type=models.PublicAdvertisingPersonLead)
    assert e.value.path == "$"


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert json.decode(b'\xef\xbb\xbf{"id":"1"}', type=models.crm_contact_lead.CrmLead).id == "1"
