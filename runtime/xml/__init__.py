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

Reading accepts whatever a conforming writer produces: any prefixes, whitespace between elements, an
XML declaration, attributes in any order. Entities are not resolved, DTDs are refused, nothing is
fetched. Out-of-order members (which .NET's reader silently drops) are read, not lost; ``strict=True``
raises for them instead. Unknown elements are kept where they stood and written back by ``encode``
(``strict=True`` raises); an ``i:type`` the spec does not know decodes as the declared type with its
known members, keeps the rest as unknown content, and is written back as the same ``i:type``.
Errors name the path: ``TipsAndLeadsReport/IncomingLeads/IncomingLead[3]/CreatedAt`` (1-based).

A type whose namespace the spec only infers (``xml.x-namespace-inferred``: no document Vitec published
shows it) is also read where a document puts its elements in another namespace; the object keeps that
namespace and ``encode`` writes it back there (``strict=True`` raises ``NamespaceMismatchError``).

The modules of this package, each with one job:

- ``_kinds``: the member kinds, one table (how each text kind is read, written and matched);
- ``_plans``: each type's members in wire order, from the generated tables, loaded on first use;
- ``_read``: the tree reader (lxml) and the streaming reader of large documents;
- ``_fast_read``: documents in the form .NET writes, read without a tree (the same result);
- ``_write``: ``encode`` and the reference writer;
- ``_fast_write``: writers generated per type for the common case;
- ``_canonical``: other writers' output rewritten as .NET writes it.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, TypeVar, overload

__all__ = ["canonicalize", "decode", "encode"]

T = TypeVar("T")

# The readers and writers are imported on first use (as the generated tables and plans are), so that
# importing the package costs nothing until XML is read or written.
_MODULES = ("_canonical", "_fast_read", "_fast_write", "_kinds", "_plans", "_read", "_write")
_loaded: dict[str, ModuleType] = {}


def _module(name: str) -> ModuleType:
    found = _loaded.get(name)
    if found is None:
        found = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return found


def __getattr__(name: str) -> ModuleType:
    if name in _MODULES:
        return _module(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@overload
def decode(data: bytes | str, *, type: type[T], strict: bool = False) -> T: ...
@overload
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any: ...
def decode(data: bytes | str, *, type: Any, strict: bool = False) -> Any:
    """Decode DataContract XML into ``type`` (a model, ``list[Model]`` or ``str``).

    Raises ``DecodeError`` naming the path and what was expected, and nothing else for any ``data``.
    A scalar type (``bool``, ``int``, ``UUID``...) or a list of one reads .NET's bare root (``<boolean>``,
    ``ArrayOfguid``).
    """
    return _module("_read").decode(data, type=type, strict=strict)


def encode(obj: Any, *, type: Any = None, validate: bool = False, allow_inferred_namespaces: bool = True) -> bytes:
    """Encode a model, a list of models or a string as DataContract XML (UTF-8 bytes).

    The root is the declared type: ``type`` if given, else the topmost spec base of the object's class
    (what the API declares: a ``CrmPersonContact`` is written as ``<CrmContact i:type="CrmPersonContact">``).
    ``validate=True`` first checks the documented constraints and raises ``EncodeError`` naming the member.
    A scalar or a list of scalars needs its ``type`` (``bool``, ``list[UUID]``...): .NET's bare root.
    ``allow_inferred_namespaces=False`` raises ``InferredNamespaceError`` rather than write an element in a
    namespace that the spec only infers (``xml.x-namespace-inferred``; one that a decoded object came in
    is known, and written); the client sends XML bodies so unless ``Client.send_inferred_namespaces``.
    """
    write = _module("_write")
    result: bytes = write.encode(obj, type=type, validate=validate, allow_inferred_namespaces=allow_inferred_namespaces)
    return result


def canonicalize(data: bytes, *, type: Any = None) -> bytes:
    """Rewrite conforming DataContract XML the way .NET writes it, content unchanged.

    Namespace declarations and prefixes (``d<depth>p1`` on the member whose type is in another
    namespace, also when it is nil or empty), attribute order, ``<X></X>`` for empty text and
    ``<X />`` for empty content; no declaration, no whitespace between elements. Used to write other
    serializers' output (the xsdata classes) byte for byte as .NET does. ``type`` is the model the root
    stands for; without it, the root element's name and namespace decide.
    """
    result: bytes = _module("_canonical").canonicalize(data, type=type)
    return result
