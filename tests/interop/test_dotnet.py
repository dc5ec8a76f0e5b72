""".NET interop: .NET's own serializers read what our codecs write and write what they read.

The C# side is generated from spec/ (``csharp.py`` here) and compiled once per session; every batch is
one Mono process (``dotnet.Harness``). For each root type, ``COUNT`` random, fully populated instances
(``instances.Generator``, seeded: a failure names the seed, ``reproduce(seed)`` rebuilds it) go

- Python -> .NET: our encoding, read by .NET and written again by .NET, is our encoding byte for byte
  (XML) or the same data (JSON; Newtonsoft orders members as declared, we put required ones first);
- .NET -> Python: what .NET wrote decodes (strict) to the original object and re-encodes to our
  original bytes, in both formats;
- across formats: .NET reads our XML and writes JSON equal to ours, reads our JSON and writes our XML.

Documented .NET behaviour (not codec questions) has its own tests at the end: .NET's XML writer turns
a carriage return into a line feed, and .NET rewrites a time with a foreign offset in local time.

Environment: ``VITEC_INTEROP_COUNT`` (instances per root type and batch, default 500) and
``VITEC_INTEROP_SEED`` (default ``vitec``) widen or vary the search.
"""

from __future__ import annotations

import dataclasses
import functools
import json as std_json
import os
import pathlib
import random
import typing
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

import msgspec
import pytest
from vitec_connect import json, models, xml
from vitec_connect._types import UNKNOWN_FIELD, parse_timestamp

from ..conftest import IN_CI, SAMPLES, sample_type
from .dotnet import Answer, Harness, data_difference, first_difference
from .instances import Generator, component_of, reachable, required_edges, spec_api, stockholm_zone

COUNT = int(os.environ.get("VITEC_INTEROP_COUNT", "500"))
SEED = os.environ.get("VITEC_INTEROP_SEED", "vitec")
SHOW = 3  # failures shown in full per test

def _is_class(tp: object) -> bool:
    """A class, not a parametrised generic (``isinstance(list[X], type)`` is True on Python 3.10)."""
    return isinstance(tp, type) and typing.get_origin(tp) is None



@dataclasses.dataclass(frozen=True)
class Case:
    """A root type (what an endpoint declares) and the class of the instances sent as it."""

    name: str
    declared: Any
    cls: type | None = None

    @property
    def root(self) -> str:
        """The harness's name for the declared type."""
        if self.declared is str:
            return "string"
        if _is_class(self.declared):
            return component_of(self.declared)
        (item,) = self.declared.__args__
        return "list:" + component_of(item)

    @property
    def family(self) -> str:
        return self.root


CASES = (
    Case("TipsAndLeadsReport", models.TipsAndLeadsReport),
    Case("ArrayOfCrmContactLead", list[models.CrmContactLead]),
    Case("IncomingLead", models.IncomingLead),
    Case("PublicAdvertisingPersonLead", models.PublicAdvertisingPersonLead),
    Case("CrmContact", models.CrmContact, models.CrmContact),
    Case("CrmPersonContact", models.CrmContact, models.CrmPersonContact),
    Case("CrmCompanyContact", models.CrmContact, models.CrmCompanyContact),
    Case("CrmDeceasedEstateContact", models.CrmContact, models.CrmDeceasedEstateContact),
    Case("string", str),
)
CASE_IDS = [c.name for c in CASES]
SAMPLE_FILES = sorted(p for p in SAMPLES.glob("*.*") if "code-example" not in p.name)

#: Instance flavours: (XML-safe strings, discriminator free of the class)
FLAVOURS = {
    "xml": dict(xml_safe=True, free_discriminator=True),
    "json": dict(xml_safe=False, free_discriminator=False),
    "cross": dict(xml_safe=True, free_discriminator=False),
}
#: (op, flavour, format read by .NET, format written by .NET)
OPS = {
    "xml2xml": ("xml", "xml", "xml"),
    "json2json": ("json", "json", "json"),
    "xml2json": ("cross", "xml", "json"),
    "json2xml": ("cross", "json", "xml"),
}


@dataclasses.dataclass(frozen=True)
class Instance:
    seed: str
    obj: Any
    coverage: frozenset[tuple[Any, ...]]


def _require_time_zones() -> None:
    try:
        stockholm_zone()
    except ZoneInfoNotFoundError:
        message = "no time zone database for Europe/Stockholm (Debian: tzdata; elsewhere: pip install tzdata)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@functools.cache
def instances(case: Case, flavour: str) -> tuple[Instance, ...]:
    _require_time_zones()
    out = []
    for i in range(COUNT):
        seed = f"{SEED}/{flavour}/{case.name}/{i}"
        gen = Generator(random.Random(seed), **FLAVOURS[flavour])  # type: ignore[arg-type]
        obj = gen.root(case.declared, case.cls)
        out.append(Instance(seed, obj, frozenset(gen.coverage)))
    return tuple(out)


def reproduce(seed: str) -> Any:
    """The instance a failure report names: ``reproduce("vitec/xml/CrmPersonContact/17")``."""
    _, flavour, name, _ = seed.split("/")
    case = next(c for c in CASES if c.name == name)
    return Generator(random.Random(seed), **FLAVOURS[flavour]).root(case.declared, case.cls)  # type: ignore[arg-type]


def encode(fmt: str, obj: Any, case: Case) -> bytes:
    if fmt == "xml":
        return xml.encode(obj, type=case.declared)
    return json.encode(obj)


def decode(fmt: str, data: bytes, case: Case) -> Any:
    codec = xml if fmt == "xml" else json
    return codec.decode(data, type=case.declared, strict=True)


@dataclasses.dataclass(frozen=True)
class Result:
    instance: Instance
    sent: bytes  # our encoding, in the format .NET read
    expected: bytes  # our encoding, in the format .NET wrote
    answer: Answer


def run_batches(harness: Harness) -> Any:
    """op -> {case name: [Result]}: one Mono process per op, for every case at once, on first use
    (the session fixture ``batches`` in conftest.py, shared with the xsdata interop tests)."""

    @functools.cache
    def run(op: str) -> dict[str, list[Result]]:
        flavour, fmt_in, fmt_out = OPS[op]
        plan = []
        for case in CASES:
            for inst in instances(case, flavour):
                plan.append((case, inst, encode(fmt_in, inst.obj, case), encode(fmt_out, inst.obj, case)))
        answers = harness.run([(case.root, op, sent) for case, _, sent, _ in plan])
        out: dict[str, list[Result]] = {c.name: [] for c in CASES}
        for (case, inst, sent, expected), answer in zip(plan, answers, strict=True):
            out[case.name].append(Result(inst, sent, expected, answer))
        return out

    return run


def _report(op: str, case: Case, failures: list[str], total: int) -> None:
    if failures:
        shown = "\n\n".join(failures[:SHOW])
        more = f"\n\n... and {len(failures) - SHOW} more" if len(failures) > SHOW else ""
        hint = "\n\n(tests.interop.test_dotnet.reproduce(seed) rebuilds an instance)"
        pytest.fail(
            f"{op} {case.name}: {len(failures)} of {total} instances failed\n\n{shown}{more}{hint}", pytrace=False
        )


def _describe(r: Result, problem: str) -> str:
    obj = repr(r.instance.obj)
    obj = obj if len(obj) < 600 else obj[:600] + "…"
    sent = r.sent.decode("utf-8", "replace")
    sent = sent if len(sent) < 600 else sent[:600] + "…"
    return f"seed {r.instance.seed!r}: {problem}\n  instance: {obj}\n  sent: {sent}"


def _same(fmt: str, expected: bytes, actual: bytes) -> str | None:
    """None if .NET's output matches ours: byte for byte (XML) or as data (JSON)."""
    if fmt == "xml":
        return None if expected == actual else first_difference(expected, actual)
    return data_difference(std_json.loads(expected), std_json.loads(actual))


# ---------------------------------------------------------------------------------------------------
# Python -> .NET -> Python


@pytest.mark.dotnet
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
@pytest.mark.parametrize("op", ["xml2xml", "json2json", "xml2json", "json2xml"])
def test_python_to_dotnet(batches: Any, op: str, case: Case) -> None:
    """.NET reads our encoding and writes it back, in the same format or the other, as we write it: it
    read the same data."""
    results = batches(op)[case.name]
    fmt = OPS[op][2]
    failures = []
    for r in results:
        if not r.answer.ok:
            failures.append(_describe(r, f".NET could not read it: {r.answer.error}"))
            continue
        problem = _same(fmt, r.expected, r.answer.data)
        if problem:
            failures.append(_describe(r, f".NET wrote {fmt} differently from ours; {problem}"))
    assert len(results) == COUNT
    _report(op, case, failures, len(results))


@pytest.mark.dotnet
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
@pytest.mark.parametrize("op", ["xml2xml", "json2json"])
def test_dotnet_to_python(batches: Any, op: str, case: Case) -> None:
    """What .NET writes decodes (strict) to the original object and re-encodes to our original bytes."""
    results = batches(op)[case.name]
    fmt = OPS[op][2]
    failures = []
    for r in results:
        if not r.answer.ok:
            continue  # reported by test_python_to_dotnet
        try:
            back = decode(fmt, r.answer.data, case)
        except Exception as exc:
            failures.append(_describe(r, f"we could not decode .NET's {fmt}: {exc!r}\n  .NET wrote: {r.answer.data!r}"))
            continue
        if type(back) is not type(r.instance.obj) or back != r.instance.obj:
            failures.append(_describe(r, f"decoded differently: {back!r}\n  .NET wrote: {r.answer.data!r}"))
            continue
        again = encode(fmt, back, case)
        if again != r.expected:
            failures.append(_describe(r, f"re-encoded differently; {first_difference(r.expected, again)}"))
    assert len(results) == COUNT
    _report(op, case, failures, len(results))


#: Characters Newtonsoft writes escaped and msgspec writes as they are (both are valid JSON).
NEWTONSOFT_ESCAPES = {"\u0085": b"\\u0085", "\u2028": b"\\u2028", "\u2029": b"\\u2029"}


def as_newtonsoft_writes(obj: Any) -> bytes:
    data = json.encode(obj)  # our members are in spec (declaration) order, as Newtonsoft writes them
    for char, escaped in NEWTONSOFT_ESCAPES.items():
        data = data.replace(char.encode(), escaped)
    return data


@pytest.mark.dotnet
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_dotnet_json_differs_from_ours_only_in_three_escapes(batches: Any, case: Case) -> None:
    """Byte for byte, Newtonsoft's JSON is ours with U+0085, U+2028 and U+2029 escaped: member order,
    numbers, booleans, nulls, timestamps and every other character are written alike."""
    results = batches("json2json")[case.name]
    failures = []
    for r in results:
        if r.answer.ok:
            expected = as_newtonsoft_writes(r.instance.obj)
            if r.answer.data != expected:
                failures.append(_describe(r, first_difference(expected, r.answer.data)))
    _report("json2json", case, failures, len(results))


@pytest.mark.parametrize("flavour", sorted(FLAVOURS))
@pytest.mark.parametrize("family", sorted({c.family for c in CASES}))
def test_instances_cover_the_edge_cases(flavour: str, family: str) -> None:
    """Each batch holds every enum member, nil for every nillable member, empty lists, extreme ints,
    every timestamp shape, and the special strings (no .NET needed)."""
    cases = [c for c in CASES if c.family == family]
    seen: set[tuple[Any, ...]] = set()
    for case in cases:
        for inst in instances(case, flavour):
            seen |= inst.coverage
    xml_safe = FLAVOURS[flavour]["xml_safe"]
    if family == "string":
        want = {e for e in required_edges(spec_api(), set(), xml_safe=xml_safe) if e[0] == "string"}
    else:
        api = spec_api()
        components: set[str] = set()
        for case in cases:
            components |= reachable(api, component_of(case.cls or _item(case.declared)))
        want = required_edges(api, components, xml_safe=xml_safe)
        if any(not _is_class(c.declared) for c in cases):
            want |= {("empty-root-list",), ("nil-root-item",)}
    missing = sorted(want - seen, key=repr)
    assert not missing, f"{len(missing)} edge cases never generated: {missing[:20]}"


def _item(declared: Any) -> type:
    if _is_class(declared):
        return declared
    (item,) = declared.__args__
    return item


# ---------------------------------------------------------------------------------------------------
# Documented .NET behaviour


def _all_nil(cls: type, **values: Any) -> Any:
    """An instance with every member None except ``values``."""
    fields = {f.name: None for f in msgspec.structs.fields(cls) if f.name != UNKNOWN_FIELD}
    return cls(**{**fields, **values})


@pytest.mark.dotnet
def test_carriage_return_reaches_dotnet_but_its_xml_writer_turns_it_into_a_line_feed(harness: Harness) -> None:
    """We write "\\r" as ``&#xD;``; .NET reads it as "\\r" (its JSON says so), but .NET's own XML writer
    (``XmlWriter`` default ``NewLineHandling.Replace``) writes every "\\r" and "\\r\\n" as "\\n": XML
    from .NET never holds a carriage return. .NET's behaviour, documented here so a change shows."""
    text = "a\rb\r\nc\n"
    contact = _all_nil(models.CrmContact, customer_id="k", note=text)
    as_string, as_contact = xml.encode(text), xml.encode(contact, type=models.CrmContact)
    assert b"&#xD;" in as_string
    answers = harness.run(
        [
            ("string", "xml2json", as_string),
            ("string", "xml2xml", as_string),
            ("crm_contact.CrmContact", "xml2json", as_contact),
            ("crm_contact.CrmContact", "xml2xml", as_contact),
        ]
    )
    assert all(a.ok for a in answers), [a.error for a in answers]
    assert std_json.loads(answers[0].data) == text
    assert answers[1].data == xml.encode("a\nb\nc\n")
    assert xml.decode(answers[1].data, type=str) == "a\nb\nc\n"
    assert std_json.loads(answers[2].data)["note"] == text
    assert xml.decode(answers[3].data, type=models.CrmContact).note == "a\nb\nc\n"


@pytest.mark.dotnet
def test_dotnet_rewrites_a_foreign_offset_in_local_time(harness: Harness) -> None:
    """.NET reads a time with an offset as local time (``DateTimeKind.Local``) and writes the machine's
    offset: ``+00:00`` or ``+05:30`` come back as the same instant in Stockholm time. We decode that to an
    equal instant; only the text differs. (Why the random instances use Stockholm offsets.)"""
    cases = {
        "2024-05-02T20:39:39.8550532+00:00": "2024-05-02T22:39:39.8550532+02:00",
        "2024-01-15T12:00:00+05:30": "2024-01-15T07:30:00+01:00",
        "2024-03-31T02:30:00+01:00": "2024-03-31T03:30:00+02:00",  # 02:30 does not exist in Stockholm that day
        "2024-10-27T02:30:00-00:30": "2024-10-27T04:00:00+01:00",
    }
    #: Past DateTime.MaxValue in UTC: .NET clamps to MaxValue (local), a different instant.
    clamped = {"9999-12-31T23:30:00-01:00": "9999-12-31T23:59:59.9999999+01:00"}
    requests = []
    for text in [*cases, *clamped]:
        contact = _all_nil(models.CrmContact, customer_id="k", changed_at=parse_timestamp(text))
        requests.append(("crm_contact.CrmContact", "xml2xml", xml.encode(contact, type=models.CrmContact)))
        requests.append(("crm_contact.CrmContact", "json2json", json.encode(contact)))
    answers = harness.run(requests)
    assert all(a.ok for a in answers), [a.error for a in answers]
    for i, (text, local) in enumerate(cases.items()):
        from_xml = xml.decode(answers[2 * i].data, type=models.CrmContact).changed_at
        from_json = json.decode(answers[2 * i + 1].data, type=models.CrmContact).changed_at
        for got in (from_xml, from_json):
            assert got.isoformat() == local
            assert got == parse_timestamp(text)  # the same instant
    for i, (text, local) in enumerate(clamped.items(), len(cases)):
        for answer, codec in ((answers[2 * i], xml), (answers[2 * i + 1], json)):
            got = codec.decode(answer.data, type=models.CrmContact).changed_at
            assert got.isoformat() == local
            assert got != parse_timestamp(text)  # .NET changed the instant


@pytest.mark.dotnet
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_pages_samples_through_dotnet(harness: Harness, sample: pathlib.Path) -> None:
    """Each sample body from Vitec's pages, read and written by .NET, is what we re-encode it to.
    .NET writes every member: where a JSON sample leaves one out (get_contact's ``telephone``), .NET
    writes ``null``; those are set aside and must be absent from our encoding."""
    tp = sample_type(sample)
    fmt = sample.suffix[1:]
    data = sample.read_bytes()
    (answer,) = harness.run([(Case(sample.name, tp).root, f"{fmt}2{fmt}", data)])
    assert answer.ok, answer.error
    if fmt == "xml":
        ours = xml.encode(xml.decode(data, type=tp, strict=True), type=tp)
        assert answer.data == ours, first_difference(ours, answer.data)
        return
    ours_data = std_json.loads(json.encode(json.decode(data, type=tp, strict=True)))
    theirs = _without_added_nulls(ours_data, std_json.loads(answer.data))
    problem = data_difference(ours_data, theirs)
    assert problem is None, problem


def _without_added_nulls(ours: Any, theirs: Any) -> Any:
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return {k: _without_added_nulls(ours.get(k), v) for k, v in theirs.items() if k in ours or v is not None}
    if isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        return [_without_added_nulls(o, t) for o, t in zip(ours, theirs, strict=True)]
    return theirs


def test_generated_csharp_is_deterministic_and_covers_the_spec() -> None:
    from codegen.spec import load

    from . import csharp
    from .instances import SPEC_DIR

    spec = load(SPEC_DIR)
    first, second = csharp.generate(spec), csharp.generate(spec)
    assert first == second
    for component, t in spec.openapi.types.items():
        if t.datacontract and t.kind in ("object", "enum"):
            assert f"public {'class' if t.kind == 'object' else 'enum'} {t.name}" in first["Models.cs"], component
    assert 'Name = "TelephoneNumbers"' in first["Models.cs"]
