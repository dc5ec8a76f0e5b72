"""Types whose DataContract namespace the spec only infers (``xml.x-namespace-inferred``).

In the fixture spec the types of ``Vitec.Connect.Viewing.Models`` are marked so. Decoding reads the same
elements in the namespace the server used and writes them back there; strict mode reports it; an XML
request body in an inferred namespace is refused unless the caller opts in. JSON is unaffected.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from .test_fullspec_client import XML, client
from .test_fullspec_mock import _argv

INFERRED = "http://schemas.datacontract.org/2004/07/Vitec.Connect.Viewing.Models"
ACTUAL = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"
PROVEN = "http://schemas.datacontract.org/2004/07/Vitec.Connect.Models.Api"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


@pytest.fixture(scope="module")
def vm(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.viewing_models")


def _viewing(full: Any, vm: Any) -> Any:
    slot = vm.TimeSlot(id="t1", participants=[vm.Participant(contact_id="c1", has_participated=True), None])
    return vm.Viewing(id="v1", commentary="a & b", time_slots=[slot, vm.TimeSlot(id="t2", participants=[])])


def _moved(doc: bytes) -> bytes:
    assert INFERRED.encode() in doc
    return doc.replace(INFERRED.encode(), ACTUAL.encode())


def test_the_flag_reaches_the_xml_tables(full: Any, vm: Any) -> None:
    plans = full.xml._plans
    assert plans.PLANS[vm.Viewing].inferred and plans.PLANS[vm.TimeSlot].inferred
    assert INFERRED in plans._tables().INFERRED
    api = importlib.import_module("fullconnect.models.models_api")
    assert not plans.PLANS[api.Address].inferred


def test_another_namespace_is_read_kept_and_written_back(full: Any, vm: Any) -> None:
    ours = full.xml.encode(_viewing(full, vm))
    theirs = _moved(ours)
    obj = full.xml.decode(theirs, type=vm.Viewing)
    assert obj.id == "v1" and obj.commentary == "a & b"
    assert [s.id for s in obj.time_slots] == ["t1", "t2"]
    assert obj.time_slots[0].participants[0].contact_id == "c1"
    assert full.xml.encode(obj) == theirs
    assert full.xml.encode(full.xml.decode(ours, type=vm.Viewing)) == ours  # the inferred one: unchanged


def test_a_list_root_in_another_namespace(full: Any, vm: Any) -> None:
    ours = full.xml.encode([_viewing(full, vm), None], type=list[vm.Viewing])
    theirs = _moved(ours)
    assert theirs.startswith(f'<ArrayOfViewing xmlns:i="{XSI}" xmlns="{ACTUAL}">'.encode())
    items = full.xml.decode(theirs, type=list[vm.Viewing])
    assert items[0].time_slots[0].participants[0].contact_id == "c1" and items[1] is None
    assert full.xml.encode(items, type=list[vm.Viewing]) == theirs


def test_an_inferred_type_under_a_proven_one_and_the_reverse(full: Any, vm: Any) -> None:
    """The namespace .NET declares on a member (``d2p1``) is the one the content came in; a proven type's
    members inside a moved one keep theirs."""
    api = importlib.import_module("fullconnect.models.models_api")
    body = vm.AddNewViewingParticipant(
        update_person=vm.UpdatePerson(contact_id="c1", address=api.Address(street_address="Gatan 1")),
        participated=True,
    )
    ours = full.xml.encode(body)
    assert f'<Address xmlns:d3p1="{PROVEN}">'.encode() in ours
    theirs = _moved(ours)
    obj = full.xml.decode(theirs, type=vm.AddNewViewingParticipant)
    assert obj.update_person.address.street_address == "Gatan 1" and obj.participated is True
    assert full.xml.encode(obj) == theirs


def test_list_items_of_an_inferred_type_under_a_proven_one(full: Any) -> None:
    """A proven type's list of items whose namespace is inferred: .NET declares the items' namespace on
    the list element; read in another one, it is declared so again."""
    pa = importlib.import_module("fullconnect.models.public_advertisement_models")
    cdn = importlib.import_module("fullconnect.models.api_connect")
    image = pa.Image(id="i1", cdn_references=[cdn.CdnImageReference(name="s", url="https://x/s.jpg"), None])
    ours = full.xml.encode(image)
    inferred = b"http://schemas.datacontract.org/2004/07/Vitec.Connect.Api.Connect"
    assert b'<CdnReferences xmlns:d2p1="' + inferred + b'"><d2p1:CdnImageReference>' in ours
    theirs = ours.replace(inferred, ACTUAL.encode())
    obj = full.xml.decode(theirs, type=pa.Image)
    assert obj.cdn_references[0].url == "https://x/s.jpg" and obj.cdn_references[1] is None
    assert full.xml.encode(obj) == theirs
    with pytest.raises(full.errors.NamespaceMismatchError) as info:
        full.xml.decode(theirs, type=pa.Image, strict=True)
    assert info.value.type_name == "CdnImageReference" and "Image/CdnReferences/CdnImageReference[1]" in str(info.value)
    with pytest.raises(full.errors.InferredNamespaceError, match=r"CdnImageReference.*Image/CdnReferences"):
        full.xml.encode(image, allow_inferred_namespaces=False)
    assert full.xml.encode(obj, allow_inferred_namespaces=False) == theirs


def test_strict_mode_names_the_type_and_both_namespaces(full: Any, vm: Any) -> None:
    theirs = _moved(full.xml.encode(_viewing(full, vm)))
    with pytest.raises(full.errors.NamespaceMismatchError) as info:
        full.xml.decode(theirs, type=vm.Viewing, strict=True)
    err = info.value
    assert (err.type_name, err.expected, err.actual) == ("Viewing", INFERRED, ACTUAL)
    assert isinstance(err, full.errors.DecodeError) and "strict mode" in str(err)
    with pytest.raises(full.errors.NamespaceMismatchError):
        full.xml.decode(
            _moved(full.xml.encode([_viewing(full, vm)], type=list[vm.Viewing])), type=list[vm.Viewing], strict=True
        )


def test_a_proven_type_in_another_namespace_is_still_refused(full: Any) -> None:
    api = importlib.import_module("fullconnect.models.models_api")
    doc = full.xml.encode(api.Address(street_address="Gatan 1")).replace(PROVEN.encode(), ACTUAL.encode())
    with pytest.raises(full.errors.DecodeError, match="expected root <Address>") as info:
        full.xml.decode(doc, type=api.Address)
    assert not isinstance(info.value, full.errors.NamespaceMismatchError)


def test_members_in_two_namespaces_at_once_are_not_taken_for_each_other(full: Any, vm: Any) -> None:
    """Only one other namespace per inferred one: a second is unknown content, kept as such."""
    doc = full.xml.encode(vm.Participant(contact_id="c1", has_participated=True))
    doc = doc.replace(b"<ContactId>c1</ContactId>", f'<ContactId xmlns="{ACTUAL}">c1</ContactId>'.encode())
    doc = doc.replace(b"<HasParticipated>", f'<HasParticipated xmlns="{ACTUAL}x">'.encode())
    obj = full.xml.decode(doc, type=vm.Participant)
    assert obj.contact_id == "c1"
    assert full.xml.decode(full.xml.encode(obj), type=vm.Participant).contact_id == "c1"


def test_encoding_refuses_an_inferred_namespace_only_when_asked(full: Any, vm: Any) -> None:
    body = vm.AddViewingParticipant(participated=True, contact_message="hej")
    assert full.xml.encode(body).startswith(f'<AddViewingParticipant xmlns:i="{XSI}" xmlns="{INFERRED}">'.encode())
    with pytest.raises(full.errors.InferredNamespaceError) as info:
        full.xml.encode(body, allow_inferred_namespaces=False)
    assert (info.value.type_name, info.value.namespace) == ("AddViewingParticipant", INFERRED)
    assert isinstance(info.value, full.errors.EncodeError) and "opt in" in str(info.value)
    with pytest.raises(full.errors.InferredNamespaceError, match=r"at ArrayOfViewing/Viewing\[1\]"):
        full.xml.encode([_viewing(full, vm)], type=list[vm.Viewing], allow_inferred_namespaces=False)


def test_an_object_read_in_the_namespace_the_server_used_may_be_sent(full: Any, vm: Any) -> None:
    theirs = _moved(full.xml.encode(_viewing(full, vm)))
    obj = full.xml.decode(theirs, type=vm.Viewing)
    assert full.xml.encode(obj, allow_inferred_namespaces=False) == theirs
    api = importlib.import_module("fullconnect.models.models_api")
    assert full.xml.encode(api.Address(street_address="x"), allow_inferred_namespaces=False)  # proven


def _add_participant(c: Any, vm: Any) -> Any:
    body = vm.AddViewingParticipant(participated=True)
    return c.viewing.add_viewing_participant(
        customer_id="k", viewing_id="v", time_slot_id="t", contact_id="c", participant=body
    )


def test_the_client_sends_an_inferred_xml_body_only_when_opted_in(full: Any, vm: Any) -> None:
    c, server = client(full, "xml", (204, XML, b""))
    with pytest.raises(full.errors.InferredNamespaceError, match="AddViewingParticipant"):
        _add_participant(c, vm)
    assert not server.requests
    c.send_inferred_namespaces = True
    assert _add_participant(c, vm) is None
    assert f'xmlns="{INFERRED}"'.encode() in server.requests[0].body


def test_json_has_no_namespaces(full: Any, vm: Any) -> None:
    c, server = client(full, "json", (204, "application/json", b""))
    assert _add_participant(c, vm) is None
    assert server.requests[0].body == b'{"participated":true}'


def test_the_command_sends_an_inferred_xml_body_only_with_its_flag(
    full: Any, vm: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with importlib.import_module("fullconnect.testing").MockServer() as server:
        for name, value in (("USERNAME", server.username), ("PASSWORD", server.password), ("BASE_URL", server.url)):
            monkeypatch.setenv(f"VITEC_{name}", value)
        op = importlib.import_module("fullconnect._api.operations").OPERATIONS[
            "viewing_add_viewing_participant_by_customer_id_viewing_id_time_slot_id_contact_id"
        ]
        args = server.example_arguments(op.operation_id)
        body = tmp_path / "participant.xml"
        body.write_bytes(full.xml.encode(args[op.body_name], type=op.body))
        main = importlib.import_module("fullconnect._cli").main
        argv = [*_argv(op, args, body), "--format", "xml"]
        assert main(argv) != 0
        assert "would be sent in namespace" in capsys.readouterr().err and not server.requests
        assert main([*argv, "--send-inferred-namespaces"]) == 0, capsys.readouterr().err
        assert len(server.requests) == 1
