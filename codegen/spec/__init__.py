"""Read spec/ (the OpenAPI document and the XSDs) into one small, typed picture.

Every generator and the consistency check read the spec through this package, so they agree on what a
type, a member or an operation is. Nothing here knows about Python output. ``openapi.py`` reads
openapi.yaml, ``xsd.py`` the XSDs; this module joins them (``Spec``, ``load``) and answers the questions
that need both.
"""

from __future__ import annotations

import dataclasses
import pathlib

from .errors import SpecError
from .openapi import Member, OpenApiSpec, Operation, Param, TypeDef, load_openapi
from .xsd import XS, XsdElement, XsdSet, XsdType, load_xsds

__all__ = [
    "ARRAYS_NS", "SERIALIZATION_NS", "XS", "Member", "OpenApiSpec", "Operation", "Param", "Spec", "SpecError",
    "TypeDef", "XsdElement", "XsdSet", "XsdType", "load", "load_openapi", "load_xsds", "module_namespaces",
    "type_qname",
]  # fmt: skip

SERIALIZATION_NS = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS_NS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"


@dataclasses.dataclass(frozen=True)
class Spec:
    root: pathlib.Path
    openapi: OpenApiSpec
    xsd: XsdSet


def load(root: pathlib.Path) -> Spec:
    """Load spec/ under ``root`` (the folder holding openapi.yaml and xsd/)."""
    return Spec(root=root, openapi=load_openapi(root / "openapi.yaml"), xsd=load_xsds(root / "xsd"))


# ---------------------------------------------------------------------------------------------------
# Queries over both halves


def module_namespaces(spec: Spec) -> dict[str, str]:
    """module -> DataContract namespace, from the XSD file names."""
    return {module: ns for ns, module in spec.xsd.files.items()}


def type_qname(spec: Spec, t: TypeDef) -> tuple[str, str]:
    """(namespace, name) of a spec type in the XSDs (enums take their module's namespace)."""
    ns = t.namespace or module_namespaces(spec).get(t.module)
    if ns is None:
        raise LookupError(f"{t.component}: no xml.namespace and no spec/xsd/{t.module}.xsd")
    return ns, t.name
