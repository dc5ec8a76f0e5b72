"""Every type of the fixture spec and of spec/ through .NET: random instances, both formats, both ways.

C# classes are generated from the spec (``csharp.py``) and compiled once; for every object type, ``COUNT``
(the fixture's) or ``SPEC_COUNT`` (spec/'s) seeded random instances (``instances.Generator``) are encoded
by our codecs; .NET reads each and writes it again (XML -> XML, JSON -> JSON, XML -> JSON, JSON -> XML),
and what .NET writes must be our encoding byte for byte, and decode (strict) to what re-encodes the same. The one exception: a double Mono writes in one of its
two documented ways (``dotnet.mono_double_quirk``; the fixture's README), allowed in at most 1% of requests.
A subtype is sent as its root type (the element .NET expects), ``i:type`` naming it.
"""

from __future__ import annotations

import os
import pathlib
import random
from typing import Any

from codegen.spec import OpenApiSpec, load

from ..conftest import FULLSPEC
from .dotnet import Harness, first_difference, mono_double_quirk
from .instances import SPEC_DIR, Generator

#: Newtonsoft escapes these three in strings; we write them as UTF-8 (both read back the same string).
_ESCAPES = ((b"\\u2028", "\u2028".encode()), (b"\\u2029", "\u2029".encode()), (b"\\u0085", "\u0085".encode()))


def _unescaped(data: bytes) -> bytes:
    for escaped, raw in _ESCAPES:
        data = data.replace(escaped, raw)
    return data


COUNT = int(os.environ.get("VITEC_FULLSPEC_COUNT", "8"))
SPEC_COUNT = int(os.environ.get("VITEC_SPEC_COUNT", "2"))  # spec/'s types: fewer instances, many more types
SEED = os.environ.get("VITEC_INTEROP_SEED", "vitec")


def _roots(api: OpenApiSpec) -> list[tuple[str, str]]:
    """(component, the root type it is sent as) for every DataContract object type."""
    out = []
    for component, t in sorted(api.types.items()):
        if t.datacontract and t.kind == "object":
            root = component
            while api.types[root].base:
                root = api.types[root].base  # type: ignore[assignment]
            out.append((component, root))
    return out


def round_trip_every_type(harness: Harness, package: Any, spec_dir: pathlib.Path, count: int) -> None:
    """Every DataContract object type of ``spec_dir``, ``count`` instances each, through ``harness``'s
    .NET classes (generated from the same spec) and back, in one Mono process."""
    api = load(spec_dir).openapi
    gen = Generator(random.Random(SEED), api=api, package=package.__name__, nil_rate=0.2)
    cases = []
    for component, root in _roots(api):
        cls = gen._class(root)  # a subtype travels as its root type (the element name), i:type saying which
        for i in range(count):
            obj = gen.model(root, cls=gen._class(component))
            cases.append((component, root, i, cls, package.xml.encode(obj, type=cls), package.json.encode(obj)))
    requests = []
    for _, root, _, _, x, j in cases:
        requests += [(root, "xml2xml", x), (root, "json2json", j), (root, "xml2json", x), (root, "json2xml", j)]
    answers = harness.run(requests)
    failures: list[str] = []
    quirks: list[str] = []
    for n, (component, _, i, cls, x, j) in enumerate(cases):
        # across formats, what we write for what we read (JSON cannot hold -0: Newtonsoft writes it as 0.0)
        x2j = package.json.encode(package.xml.decode(x, type=cls))
        j2x = package.xml.encode(package.json.decode(j, type=cls))
        batch = zip(requests[4 * n : 4 * n + 4], answers[4 * n : 4 * n + 4], (x, j, x2j, j2x), strict=True)
        for (_, op, _), answer, ours in batch:
            where = f"{component} #{i} {op}"
            data = _unescaped(answer.data) if op.endswith("json") else answer.data
            if not answer.ok:
                failures.append(f"{where}: .NET refused it: {answer.error[:300]}")
            elif data != ours and mono_double_quirk(ours, data):
                quirks.append(where)  # Mono's double formatting, documented; what we wrote is right
            elif data != ours:
                failures.append(f"{where}: {first_difference(ours, data)}")
            else:
                codec = package.xml if op.endswith("xml") else package.json
                back = codec.decode(data, type=cls, strict=True)
                if codec.encode(back) != ours:
                    failures.append(f"{where}: decoded and re-encoded differs")
    assert len(cases) >= count * len(_roots(api)) > 0
    assert not failures, f"{len(failures)} of {len(requests)} failed:\n" + "\n".join(failures[:8])
    assert len(quirks) <= len(requests) // 100, f"Mono's double quirks in {len(quirks)} of {len(requests)}: {quirks[:8]}"


def test_every_type_round_trips_through_dotnet(full_harness: Harness, full: Any) -> None:
    round_trip_every_type(full_harness, full, FULLSPEC, COUNT)


def test_every_type_of_spec_round_trips_through_dotnet(harness: Harness) -> None:
    """spec/'s every type (the whole API: some 470), ``SPEC_COUNT`` instances each."""
    import vitec_connect

    round_trip_every_type(harness, vitec_connect, SPEC_DIR, SPEC_COUNT)
