"""The xsdata classes (``vitec_connect.xml_models``) and ``xsdata_support``, without .NET.

What .NET writes is what our XML codec writes (``tests/interop`` proves it, byte for byte, for random
instances of every root type); here the xsdata path reads such documents and must render them back
unchanged. The same documents against Mono itself: ``tests/interop/test_xsdata_dotnet.py``.
"""

from __future__ import annotations

import dataclasses
import decimal
import importlib
import math
import pathlib
import random
import re
import subprocess
import sys
import textwrap
import uuid
from typing import Any

import pytest
from vitec_connect import models, xml, xml_models, xsdata_support
from vitec_connect._types import UNKNOWN_FIELD
from vitec_connect.errors import DecodeError
from xsdata.models.datatype import XmlDuration

from codegen.spec import load

from .interop.instances import Generator
from .interop.test_dotnet import CASE_IDS, CASES, FLAVOURS, Case
from .interop.test_xsdata_dotnet import xsdata_class

ROOT = pathlib.Path(__file__).resolve().parents[1]
SPEC = load(ROOT / "spec")
FULLSPEC = ROOT / "tests" / "fixtures" / "fullspec"
WIRE_FACTS = ROOT / "tests" / "fixtures" / "dotnet" / "wire_facts.tsv"
CRM = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Contact.Crm"
RANDOM_PER_CASE = 40


def _contact(model: type = models.CrmContact, **values: Any) -> Any:
    """A fully written contact (every member nil unless given), as .NET writes one."""
    import msgspec

    fields = {f.name: None for f in msgspec.structs.fields(model) if f.name != UNKNOWN_FIELD}
    return model(**{**fields, "customer_id": "k", **values})


def _round_trip(data: bytes, cls: type, declared: Any) -> tuple[Any, bytes]:
    obj = xsdata_support.parse(data, cls, strict=True)
    return obj, xsdata_support.render(obj, type=declared)


class TestNames:
    def test_every_spec_type_has_its_dotnet_name_in_its_namespace_module(self) -> None:
        checked = 0
        for t in SPEC.openapi.types.values():
            if not t.datacontract or t.kind not in ("object", "enum"):
                continue
            cls = getattr(importlib.import_module(f"vitec_connect.xml_models.{t.module}"), t.name)
            # in a module a cycle of namespaces shares, a name two of them use is the class's namespace
            # module's name and its own (EstateCmsStatus), re-exported under the .NET name
            shared_name = "".join(w.capitalize() for w in t.module.split("_")) + t.name
            assert cls.__name__ in (t.name, shared_name), t.component
            if t.kind == "object":
                ns = next(n for n, m in SPEC.xsd.files.items() if m == t.module)
                assert cls.Meta.namespace == ns and getattr(cls.Meta, "name", t.name) == t.name, t.component
            checked += 1
        assert checked >= 50

    def test_no_generated_name_is_numbered(self) -> None:
        """xsdata numbers clashing names (``TipType1``, ``Lead1``); .NET's names have no such suffix here."""
        defined = 0
        for module in xml_models.__all__:
            mod = getattr(xml_models, module)
            for name, value in vars(mod).items():
                if isinstance(value, type) and value.__module__ == mod.__name__:
                    assert not re.search(r"\d$", name) and value.__name__ == name, f"{module}.{name}"
                    defined += 1
        assert defined >= 60

    def test_namespaces_that_refer_to_each_other_share_a_module(self) -> None:
        bi = xml_models.business_intelligence
        assert xml_models.business_intelligence_tips.Receiver is bi.Receiver
        assert bi.Receiver.Meta.namespace.endswith("BusinessIntelligense.Tips")

    def test_members_typed_by_an_enumeration_hold_the_enumeration(self) -> None:
        """Not a wrapper class per enumeration element (``lead.state.value``): the enumeration itself."""
        (state,) = [f for f in dataclasses.fields(xml_models.business_intelligence_incoming.Lead) if f.name == "state"]
        assert "State" in str(state.type) and state.metadata["nillable"] is True


class TestEmptyAndNil:
    def test_empty_string_and_nil_stay_apart(self) -> None:
        data = xml.encode(_contact(note="", agent_id=None), type=models.CrmContact)
        assert b"<Note></Note>" in data and b'<AgentId i:nil="true" />' in data
        obj, out = _round_trip(data, xml_models.crm_contact.CrmContact, models.CrmContact)
        assert obj.note == "" and obj.agent_id is None
        assert out == data

    def test_nillable_member_of_a_simple_type_keeps_nil(self) -> None:
        """``WantsToBeMatched`` is of a string restriction; xsdata alone loses its nillable."""
        for value in (None, ""):
            contact = _contact(models.CrmPersonContact, wants_to_be_matched=value)
            data = xml.encode(contact, type=models.CrmContact)
            obj, out = _round_trip(data, xml_models.crm_contact.CrmContact, models.CrmContact)
            assert obj.wants_to_be_matched == value
            assert out == data

    def test_empty_list_and_nil_list_stay_apart(self) -> None:
        for categories in ([], None):
            data = xml.encode(_contact(categories=categories), type=models.CrmContact)
            obj, out = _round_trip(data, xml_models.crm_contact.CrmContact, models.CrmContact)
            assert (obj.categories is None) == (categories is None)
            assert out == data
        empty = xml_models.crm_contact.CrmContact(customer_id="k", categories=xml_models.category.ArrayOfCategory())
        assert (
            b'<Categories xmlns:d2p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category" />'
            in xsdata_support.render(empty)
        )


class TestSubtypes:
    @pytest.mark.parametrize(
        "model", [models.CrmPersonContact, models.CrmCompanyContact, models.CrmDeceasedEstateContact]
    )
    def test_subtype_at_the_root_parses_to_the_subtype_and_renders_with_i_type(self, model: type) -> None:
        data = xml.encode(_contact(model), type=models.CrmContact)
        assert (
            f'<CrmContact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:type="{model.__name__}"'.encode()
            in data
        )
        obj = xsdata_support.parse(data, xml_models.crm_contact.CrmContact)
        assert type(obj).__name__ == model.__name__
        assert xsdata_support.render(obj) == data  # the declared root is the top of the class hierarchy
        assert xsdata_support.render(obj, type=xml_models.crm_contact.CrmContact) == data
        assert type(xsdata_support.parse(data, type(obj))) is type(obj)

    def test_unknown_subtype_is_read_as_the_declared_type_and_reported_in_strict_mode(self) -> None:
        data = (
            f'<CrmContact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:type="CrmAssociationContact" '
            f'xmlns="{CRM}"><CustomerId>k</CustomerId></CrmContact>'
        ).encode()
        assert type(xsdata_support.parse(data, xml_models.crm_contact.CrmContact)) is xml_models.crm_contact.CrmContact
        with pytest.raises(DecodeError, match="i:type 'CrmAssociationContact' is not a subtype of CrmContact"):
            xsdata_support.parse(data, xml_models.crm_contact.CrmContact, strict=True)


class TestUnknownEnumerationValues:
    DOC = (
        f'<CrmContact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="{CRM}"><CustomerId>k</CustomerId>'
        "<Type>Robot</Type></CrmContact>"
    ).encode()

    def test_kept_as_a_pseudo_member_and_written_back_unchanged(self) -> None:
        obj = xsdata_support.parse(self.DOC, xml_models.crm_contact.CrmContact)  # a ConverterWarning would fail here
        assert isinstance(obj.type_value, xml_models.crm_contact.ContactType)
        assert obj.type_value.value == "Robot" and not obj.type_value.is_known
        assert xml_models.crm_contact.ContactType("Person").is_known
        assert b"<Type>Robot</Type>" in xsdata_support.render(obj)
        assert xsdata_support.render(obj).endswith(b'<Note i:nil="true" /><Type>Robot</Type></CrmContact>')

    def test_strict_reports_where(self) -> None:
        with pytest.raises(DecodeError, match=r"'Robot' is not a ContactType the spec lists \(at CrmContact/Type\)"):
            xsdata_support.parse(self.DOC, xml_models.crm_contact.CrmContact, strict=True)


class TestBadInput:
    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"<CrmContact", "malformed XML"),
            (b"<Foo/>", "expected the root element {" + CRM + "}CrmContact, found Foo"),
            (f'<CrmContact xmlns="{CRM}"></CrmContact>'.encode(), "not a CrmContact document: .*customer_id"),
            (
                f'<CrmContact xmlns="{CRM}"><AdvertisingEnabled>yes</AdvertisingEnabled><CustomerId>k</CustomerId></CrmContact>'.encode(),
                "not a CrmContact document",
            ),
            (
                f'<CrmContact xmlns="{CRM}"><CustomerId>k</CustomerId><Id><x/></Id></CrmContact>'.encode(),
                "not a CrmContact document",
            ),
        ],
    )
    def test_is_a_decode_error(self, data: bytes, message: str) -> None:
        with pytest.raises(DecodeError, match=message):
            xsdata_support.parse(data, xml_models.crm_contact.CrmContact)

    def test_unknown_element_is_skipped_unless_strict(self) -> None:
        data = f'<CrmContact xmlns="{CRM}"><CustomerId>k</CustomerId><Zzz>1</Zzz></CrmContact>'.encode()
        assert xsdata_support.parse(data, xml_models.crm_contact.CrmContact).customer_id == "k"
        with pytest.raises(DecodeError, match="Zzz"):
            xsdata_support.parse(data, xml_models.crm_contact.CrmContact, strict=True)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_random_documents_round_trip(case: Case) -> None:
    """Random instances of each root type as .NET writes them (the interop suite's generator, fewer)."""
    cls = xsdata_class(case)
    for i in range(RANDOM_PER_CASE):
        seed = f"xsdata/{case.name}/{i}"
        obj = Generator(random.Random(seed), **FLAVOURS["xml"]).root(case.declared, case.cls)  # type: ignore[arg-type]
        data = xml.encode(obj, type=case.declared)
        _, out = _round_trip(data, cls, case.declared)
        assert out == data, seed


def test_without_xsdata_importing_names_the_extra() -> None:
    """The core imports without xsdata; the xsdata modules fail saying which extra to install."""
    code = textwrap.dedent(
        """
        import importlib, sys

        class NoXsdata:
            def find_spec(self, name, path=None, target=None):
                if name == "xsdata" or name.startswith("xsdata."):
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)
                return None

        sys.meta_path.insert(0, NoXsdata())
        import vitec_connect, vitec_connect.xml, vitec_connect.models
        for name in ("vitec_connect.xml_models", "vitec_connect.xml_models.crm_contact", "vitec_connect.xsdata_support"):
            try:
                importlib.import_module(name)
            except ImportError as exc:
                print(name, "|", exc, "|", type(exc.__cause__).__name__)
            else:
                print(name, "| imported")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert len(lines) == 3, done.stdout + done.stderr
    from .test_readme import tomllib  # the message names the requirement pyproject's extra gives

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [requirement] = pyproject["project"]["optional-dependencies"]["xsdata"]
    for line in lines:
        name, message, cause = line.split(" | ")
        assert message == (
            "vitec_connect.xsdata_support and vitec_connect.xml_models need xsdata: "
            f"pip install '{requirement}' (the xsdata extra of vitec-connect)"
        ), name
        assert cause == "ModuleNotFoundError"


#: The Python type xsdata generates for each .NET kind of tests/fixtures/dotnet/wire_facts.tsv.
XSDATA_TYPES = {
    "double": float,
    "decimal": decimal.Decimal,
    "long": int,
    "short": int,
    "byte": int,
    "guid": str,  # ser:guid, a pattern-restricted string: the text is kept as .NET wrote it
    "bytes": bytes,
    "timespan": XmlDuration,
}


def _wire_facts() -> list[tuple[str, str]]:
    rows = (line.split("\t") for line in WIRE_FACTS.read_text(encoding="utf-8").splitlines())
    return [(row[1], row[3]) for row in rows if row[0] == "write"]


@pytest.mark.parametrize(("kind", "text"), _wire_facts(), ids=lambda v: str(v)[:24])
def test_every_scalar_text_dotnet_writes_reads_and_writes_back(kind: str, text: str) -> None:
    """Each text Mono writes for a scalar kind (the corpus the codecs are held to) goes through xsdata's
    converters, as registered by xsdata_support, unchanged and without a warning."""
    from xsdata.formats.converter import converter

    tp = XSDATA_TYPES[kind]
    fmt = "base64" if tp is bytes else None
    value = converter.deserialize(text, [tp], format=fmt)
    assert isinstance(value, tp)
    assert converter.serialize(value, format=fmt) == text


def test_every_type_of_the_fixture_spec_generates_with_its_dotnet_name() -> None:
    """tests/fixtures/fullspec (every shape of Vitec's API, 29 namespaces): every DataContract type is a
    class of its namespace's module under its .NET name (``TVAndBroadband``, ``Type2``), nothing numbered."""
    from codegen import xml_models as generator

    spec = load(FULLSPEC)
    files = generator.generate(spec)
    defined = {(rel[:-3], name) for rel, src in files.items() for name in re.findall(r"^class (\w+)", src, re.M)}
    reexported = {
        (rel[:-3], name)
        for rel, src in files.items()
        if "are defined in" in src
        for name in re.findall(r"^from \.\w+ import (\w+)$", src, re.M)
    }
    wanted = {
        (t.module, t.name) for t in spec.openapi.types.values() if t.datacontract and t.kind in ("object", "enum")
    }
    assert len(wanted) >= 150
    assert wanted - defined - reexported == set()
    numbered = {name for _, name in defined if re.search(r"\d$", name)} - {t.name for t in spec.openapi.types.values()}
    assert numbered == set()


def test_vendored_copy_reads_and_writes_like_the_package(tmp_path: pathlib.Path) -> None:
    """``vitec-connect vendor --with-xsdata``: the renamed copy's xsdata classes round-trip a sample."""
    from vitec_connect._vendor import vendor

    vendor(tmp_path, "acme_vitec", with_xsdata=True)
    sample = ROOT / "spec" / "samples" / "get_contact.response.xml"
    code = textwrap.dedent(
        f"""
        import pathlib, warnings
        warnings.simplefilter("error")
        from acme_vitec import xml_models, xsdata_support
        data = pathlib.Path({str(sample)!r}).read_bytes()
        obj = xsdata_support.parse(data, xml_models.crm_contact.CrmContact, strict=True)
        print(type(obj).__module__, xsdata_support.render(obj) == xsdata_support.render(
            xsdata_support.parse(xsdata_support.render(obj), xml_models.crm_contact.CrmContact)))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.stdout.split() == ["acme_vitec.xml_models.crm_contact", "True"], done.stderr


#: Which Valuation member of tests/fixtures/fullspec takes each kind's texts (and the parser for them).
VALUATION_MEMBERS = {
    "double": ("area", "parse_double"),
    "decimal": ("commission_rate", "parse_decimal"),
    "long": ("revision", None),
    "short": ("floor", None),
    "byte": ("attempts", None),
    "guid": ("id", "parse_guid"),
    "bytes": ("document", "parse_base64"),
    "timespan": ("duration", "parse_duration"),
}


@pytest.mark.slow
def test_fixture_spec_documents_with_every_kind_round_trip(fullspec_package: pathlib.Path) -> None:
    """The fixture spec's ``Valuation`` (every member kind, lists of them, a dictionary), written by the
    codec as .NET writes it, once per text of the Mono corpus in its member: the xsdata classes generated
    from the same spec read it (strict) and render it back byte for byte."""
    sys.path.insert(0, str(fullspec_package))
    try:
        import msgspec

        scalars = importlib.import_module("fullconnect._scalars")
        valuation = importlib.import_module("fullconnect.models.valuation")
        codec = importlib.import_module("fullconnect.xml")
        support = importlib.import_module("fullconnect.xsdata_support")
        xsdata_valuation = importlib.import_module("fullconnect.xml_models.valuation").Valuation
    finally:
        sys.path.remove(str(fullspec_package))
    base = {f.name: None for f in msgspec.structs.fields(valuation.Valuation) if f.name != UNKNOWN_FIELD}
    base |= {
        "id": uuid.UUID("8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d"),
        "commission_rate": decimal.Decimal("1.10"),
        "area": 0.1,
        "floor": -1,
        "attempts": 0,
        "revision": 0,
        "duration": scalars.parse_duration("PT1H30M30S"),
        "kind": valuation.ValuationKind.Desk,
        "note": "",
        "attributes": {"a": "x", "": None, "åäö": ""},
        "floors": [],
        "revisions": [0, -(2**63), 2**63 - 1],
        "measurements": [math.nan, math.inf, -0.0, 0.33333333333333331, 1e20],
        "related_ids": [uuid.UUID(int=0)],
        "flags": [True, False],
        "kinds": [valuation.ValuationKind.Desk],
    }
    checked = 0
    for kind, text in _wire_facts():
        member, parser = VALUATION_MEMBERS[kind]
        value = getattr(scalars, parser)(text) if parser else int(text)
        data = codec.encode(valuation.Valuation(**{**base, member: value}), type=valuation.Valuation)
        assert f">{text}<".encode() in data or text == "", (kind, text)
        obj = support.parse(data, xsdata_valuation, strict=True)
        assert support.render(obj, type=valuation.Valuation) == data, (kind, text)
        checked += 1
    assert checked >= 60
