""".NET interop of the xsdata classes (``vitec_connect.xml_models`` with ``xsdata_support``), as
``test_dotnet`` checks the codecs: the same random instances, ``COUNT`` per root type.

- .NET -> xsdata: what .NET wrote in the codecs' ``xml2xml`` batch (the same Mono run) parses into the
  generated classes (strict: no unknown element or enumeration value, no warning) and renders back to
  .NET's bytes;
- xsdata -> .NET: .NET reads what xsdata rendered and writes it again exactly as it wrote the original:
  it read the same data (one more Mono process for the whole batch).

The same for every object type of tests/fixtures/fullspec (every kind: double, decimal, Guid, byte[],
TimeSpan, lists, dictionaries), at test_fullspec_dotnet's instances and counts.
"""

from __future__ import annotations

import dataclasses
import importlib
import random
from typing import Any

import pytest

from codegen.spec import load

from ..conftest import FULLSPEC
from .dotnet import Answer, Harness, first_difference
from .instances import Generator
from .test_dotnet import CASE_IDS, CASES, COUNT, SHOW, Case, Result
from .test_fullspec_dotnet import COUNT as FULL_COUNT
from .test_fullspec_dotnet import SEED as FULL_SEED

xml_models = pytest.importorskip("vitec_connect.xml_models")
xsdata_support = pytest.importorskip("vitec_connect.xsdata_support")


def xsdata_class(case: Case) -> type:
    """The generated xsdata class of a root type: the model's namesake in the namespace's module,
    ``ArrayOf<Item>`` for a list, ``serialization.String`` for a bare string."""
    if case.declared is str:
        return xml_models.serialization.string  # type: ignore[no-any-return]
    root = case.root
    is_list = root.startswith("list:")
    module, name = root.removeprefix("list:").split(".")
    return getattr(importlib.import_module(f"vitec_connect.xml_models.{module}"), f"ArrayOf{name}" if is_list else name)  # type: ignore[no-any-return]


@dataclasses.dataclass(frozen=True)
class XsdataResult:
    codec: Result  # the codecs' xml2xml result: ``codec.answer.data`` is what .NET wrote
    rendered: bytes | None  # xsdata's rendering of what it parsed, None if it failed
    problem: str  # why it failed
    answer: Answer | None  # .NET reading ``rendered`` and writing it again


@pytest.fixture(scope="session")
def xsdata_batch(batches: Any, harness: Harness) -> dict[str, list[XsdataResult]]:
    """{case name: [XsdataResult]}: every document .NET wrote, through xsdata and back to .NET."""
    parsed: list[tuple[Case, Result, bytes | None, str]] = []
    for case in CASES:
        cls = xsdata_class(case)
        for r in batches("xml2xml")[case.name]:
            if not r.answer.ok:
                parsed.append((case, r, None, "(.NET could not read the codecs' XML: test_dotnet reports it)"))
                continue
            try:
                obj = xsdata_support.parse(r.answer.data, cls, strict=True)
                parsed.append((case, r, xsdata_support.render(obj, type=case.declared), ""))
            except Exception as exc:  # a warning is an error here (filterwarnings)
                parsed.append((case, r, None, f"xsdata failed: {exc!r}"))
    sent = [(case.root, "xml2xml", rendered) for case, _, rendered, _ in parsed if rendered is not None]
    answers = iter(harness.run(sent))
    out: dict[str, list[XsdataResult]] = {c.name: [] for c in CASES}
    for case, r, rendered, problem in parsed:
        out[case.name].append(XsdataResult(r, rendered, problem, next(answers) if rendered is not None else None))
    return out


def _report(direction: str, case: Case, failures: list[str], total: int) -> None:
    if failures:
        shown = "\n\n".join(failures[:SHOW])
        more = f"\n\n... and {len(failures) - SHOW} more" if len(failures) > SHOW else ""
        pytest.fail(
            f"{direction} {case.name}: {len(failures)} of {total} documents failed\n\n{shown}{more}", pytrace=False
        )


def _describe(x: XsdataResult, problem: str) -> str:
    wrote = x.codec.answer.data.decode("utf-8", "replace")
    wrote = wrote if len(wrote) < 600 else wrote[:600] + "…"
    return f"seed {x.codec.instance.seed!r}: {problem}\n  .NET wrote: {wrote}"


@pytest.mark.dotnet
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_dotnet_to_xsdata(xsdata_batch: dict[str, list[XsdataResult]], case: Case) -> None:
    """What .NET writes parses (strict) into the xsdata classes and renders back byte for byte."""
    results = xsdata_batch[case.name]
    failures = []
    for x in results:
        if not x.codec.answer.ok:
            continue
        if x.rendered is None:
            failures.append(_describe(x, x.problem))
        elif x.rendered != x.codec.answer.data:
            failures.append(_describe(x, "rendered differently; " + first_difference(x.codec.answer.data, x.rendered)))
    assert len(results) == COUNT
    _report(".NET -> xsdata", case, failures, len(results))


@pytest.mark.dotnet
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_xsdata_to_dotnet(xsdata_batch: dict[str, list[XsdataResult]], case: Case) -> None:
    """.NET reads what xsdata renders and writes it again as it wrote the original: the same data."""
    results = xsdata_batch[case.name]
    failures = []
    for x in results:
        if x.answer is None:
            continue  # reported by test_dotnet_to_xsdata
        if not x.answer.ok:
            failures.append(_describe(x, f".NET could not read xsdata's XML: {x.answer.error}"))
        elif x.answer.data != x.codec.answer.data:
            failures.append(
                _describe(x, ".NET read other data; " + first_difference(x.codec.answer.data, x.answer.data))
            )
    _report("xsdata -> .NET", case, failures, len(results))
    sent = sum(x.answer is not None for x in results)
    assert sent == COUNT, f"{COUNT - sent} of {COUNT} documents did not reach .NET (see test_dotnet_to_xsdata)"


# ---------------------------------------------------------------------------------------------------
# The fixture spec (every kind of Vitec's API), as test_fullspec_dotnet checks the codecs


def test_fixture_spec_through_xsdata_and_dotnet(full_harness: Harness, full: Any) -> None:
    """Every object type of tests/fixtures/fullspec, the same seeded instances as test_fullspec_dotnet:
    what .NET writes parses (strict) into the xsdata classes generated from that spec and renders back
    byte for byte, and .NET reads each rendering and writes it again as it wrote the original."""
    api = load(FULLSPEC).openapi
    gen = Generator(random.Random(FULL_SEED), api=api, package="fullconnect", nil_rate=0.2)
    support = importlib.import_module("fullconnect.xsdata_support")
    roots = [c for c, t in sorted(api.types.items()) if t.datacontract and t.kind == "object"]
    cases = []
    for component in roots:
        module, name = component.split(".")
        xs_cls = getattr(importlib.import_module(f"fullconnect.xml_models.{module}"), name)
        for i in range(FULL_COUNT):
            obj = gen.model(component)
            cases.append((f"{component} #{i}", component, xs_cls, type(obj), full.xml.encode(obj)))
    written = full_harness.run([(component, "xml2xml", x) for _, component, _, _, x in cases])
    failures: list[str] = []
    rendered: list[tuple[str, str, bytes, bytes]] = []
    for (where, component, xs_cls, model, _), answer in zip(cases, written, strict=True):
        if not answer.ok:
            failures.append(f"{where}: .NET refused the codec's XML: {answer.error[:200]}")
            continue
        try:
            out = support.render(support.parse(answer.data, xs_cls, strict=True), type=model)
        except Exception as exc:  # a warning is an error here (filterwarnings)
            failures.append(f"{where}: xsdata failed: {exc!r}"[:400])
            continue
        if out != answer.data:
            failures.append(f"{where}: rendered differently; {first_difference(answer.data, out)}")
        rendered.append((where, component, answer.data, out))
    again = full_harness.run([(component, "xml2xml", out) for _, component, _, out in rendered])
    for (where, _, dotnet, _), answer in zip(rendered, again, strict=True):
        if not answer.ok:
            failures.append(f"{where}: .NET could not read xsdata's XML: {answer.error[:200]}")
        elif answer.data != dotnet:
            failures.append(f"{where}: .NET read other data; {first_difference(dotnet, answer.data)}")
    assert len(cases) == FULL_COUNT * len(roots) and len(roots) >= 150
    assert not failures, f"{len(failures)} of {len(cases)} documents failed:\n" + "\n".join(failures[:SHOW])
