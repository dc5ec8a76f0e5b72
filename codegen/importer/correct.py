"""The override that corrects an inferred namespace, from what strict decoding reported.

A type whose namespace the spec only infers, read in strict mode from a server that uses another, raises
``NamespaceMismatchError``: "<Type> came in namespace <actual>; the spec infers <expected> ...". Given that
text, ``proposal`` finds the spec's component and writes the ``overrides.yaml`` entry that moves it (the
import then writes it in that namespace: ``merge.apply_overrides``, key ``namespace``).
"""

from __future__ import annotations

import pathlib
import re

from ..spec.openapi import read_yaml
from .model import DC

_REPORT = re.compile(r"(?P<type>[\w.]+) came in namespace (?P<actual>\S+); the spec infers (?P<expected>\S+?)[ ,(]")


def proposal(report: str, spec_dir: pathlib.Path) -> str:
    """The overrides.yaml lines for one strict-mode report; ValueError when it names nothing of the spec."""
    m = _REPORT.search(report + " ")
    if m is None:
        raise ValueError("not a NamespaceMismatchError report ('<Type> came in namespace ...; the spec infers ...')")
    name, actual, expected = m["type"], m["actual"], m["expected"]
    if not actual.startswith(DC):
        raise ValueError(f"{actual}: not a DataContract namespace ({DC}...)")
    schemas = read_yaml((spec_dir / "openapi.yaml").read_text(encoding="utf-8"))["components"]["schemas"]
    found = [c for c, s in schemas.items() if (s.get("xml") or {}).get("name") == name
             and s["xml"].get("namespace") == expected]  # fmt: skip
    if len(found) != 1:
        raise ValueError(f"{name} in {expected}: {'no type' if not found else 'several types'} of the spec")
    return f"types:\n  {found[0]}:\n    namespace: {actual[len(DC) :]}\n"
