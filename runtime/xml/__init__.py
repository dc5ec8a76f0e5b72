"""DataContract XML for the generated models, byte for byte as .NET's DataContractSerializer writes it.

``decode(data, type=T)`` and ``encode(obj)``, in the style of ``msgspec.json``. ``T`` is a generated
model, a list of one (root ``ArrayOfX``) or ``str`` (root ``<string>`` in the Serialization namespace).

Writing (what .NET writes, verified against it): no XML declaration, UTF-8; the root declares
``xmlns:i`` then the type's namespace as default; members in DataContract order (base-class members
first, then alphabetical, as the XSDs list them); a member whose type lives in another namespace
declares it on its element as ``d<depth>p1``, also when empty or nil; ``None`` is ``i:nil="true"``;
a subtype where its base is declared carries ``i:type``; ``""`` is ``<X></X>``; a memberless object is
``<X />``. ``UNSET`` members (absent when decoded) are not written. A carriage return is written as
``&#xD;`` so that it survives (.NET's own writer turns it into a line feed).

Reading accepts whatever a conforming writer produces: any prefixes, whitespace between elements, an XML
declaration, attributes in any order. Entities are not resolved, DTDs are refused, nothing a document names is
opened or fetched. Out-of-order members (which .NET's reader silently drops) are read, not lost;
``strict=True`` raises for them instead. Unknown elements are kept where they stood and written back by
``encode`` (``strict=True`` raises); an ``i:type`` the spec does not know decodes as the declared type with
its known members, keeps the rest as unknown content, and is written back as the same ``i:type``.
Errors name the path: ``TipsAndLeadsReport/IncomingLeads/IncomingLead[3]/CreatedAt`` (1-based).

A type whose namespace the spec only infers (``xml.x-namespace-inferred``: no document Vitec published
shows it) is also read where a document puts its elements in another namespace; the object keeps that
namespace and ``encode`` writes it back there (``strict=True`` raises ``NamespaceMismatchError``).

The client refuses to send an XML body in an inferred namespace unless ``Client.send_inferred_namespaces``
(``encode(..., allow_inferred_namespaces=False)``).

``decode`` is ``_read.decode``, ``encode`` is ``_write.encode`` and ``canonicalize`` is
``_canonical.canonicalize`` (their docstrings say the rest); each is imported when first used, so importing
this package costs nothing until XML is read or written. The modules of this package, each with one job:

- ``_kinds``: the member kinds, one table (how each text kind is read, written and matched);
- ``_plans``: each type's members in wire order, from the generated tables, loaded on first use;
- ``_parse``: every document handed to libxml2 (a DOCTYPE refused first, nothing opened), its errors ours;
- ``_read``: the tree reader (lxml) and the streaming reader of large documents;
- ``_fast_read``: documents in the form .NET writes, read without a tree (the same result);
- ``_write``: ``encode`` and the reference writer;
- ``_fast_write``: writers generated per type for the common case;
- ``_canonical``: other writers' output rewritten as .NET writes it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._canonical import canonicalize
    from ._read import decode
    from ._write import encode

__all__ = ["canonicalize", "decode", "encode"]

#: the public functions -> the module that defines each
_FUNCTIONS = {"decode": "_read", "encode": "_write", "canonicalize": "_canonical"}
#: the modules (imported on first use, as the generated tables and plans are)
_MODULES = ("_canonical", "_fast_read", "_fast_write", "_kinds", "_parse", "_plans", "_read", "_write")


if not TYPE_CHECKING:  # (to a type checker, an unknown name stays an error)

    def __getattr__(name: str) -> Any:
        """A public function or a module of this package, imported on first use (then an attribute)."""
        if name in _FUNCTIONS:
            value: Any = getattr(importlib.import_module(f"{__name__}.{_FUNCTIONS[name]}"), name)
        elif name in _MODULES:
            value = importlib.import_module(f"{__name__}.{name}")
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
