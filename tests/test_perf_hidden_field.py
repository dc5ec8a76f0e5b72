"""The hidden unknown-content field: msgspec lists it (it cannot be hidden from ``msgspec.structs.fields``,
see ``Model``); vitec_connect's own field lists, ``repr``, ``==`` and encoders leave it out."""

from __future__ import annotations

import msgspec
from vitec_connect import json, models, xml
from vitec_connect._codec import fields_of
from vitec_connect._types import UNKNOWN_FIELD


def test_msgspec_lists_it_and_our_field_lists_do_not() -> None:
    assert UNKNOWN_FIELD in {f.name for f in msgspec.structs.fields(models.CrmPersonContact)}
    assert UNKNOWN_FIELD not in {f.attr for f in fields_of(models.CrmPersonContact)}
    built = models.CrmPersonContact(customer_id="k", type=models.ContactType.Person)
    assert UNKNOWN_FIELD not in repr(built) and UNKNOWN_FIELD not in built.to_dict()


def test_every_field_but_it_none_round_trips() -> None:
    """What generic code over msgspec's list does when it skips the field as documented."""
    fields = {f.name: None for f in msgspec.structs.fields(models.CrmPersonContact) if f.name != UNKNOWN_FIELD}
    built = models.CrmPersonContact(**{**fields, "customer_id": "k", "type": models.ContactType.Person})
    data = json.encode(built)
    assert UNKNOWN_FIELD.encode() not in data and b'"firstName":null' in data
    again = json.decode(data, type=models.CrmContact)
    assert again == built and json.encode(again) == data
    assert UNKNOWN_FIELD.encode() not in xml.encode(built, type=models.CrmContact)


def test_a_member_of_that_name_in_a_document_stays_unknown_content() -> None:
    for value in (b"null", b'{"json":{"x":1}}', b"[]"):
        data = b'{"customerId":"k","' + UNKNOWN_FIELD.encode() + b'":' + value + b"}"
        obj = json.decode(data, type=models.CrmContact)
        assert json.encode(obj) == data
        assert UNKNOWN_FIELD not in repr(obj)
