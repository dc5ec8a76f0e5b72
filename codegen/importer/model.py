"""What the importer collects before it writes spec/: operations and types in spec/'s conventions.

Each reader (Swagger, help pages, overrides) gives an ``Api``; ``merge`` lays them over each other by
authority. Schemas are plain OpenAPI dicts as spec/ writes them (``codegen/spec/`` reads them back),
so a merged ``Api`` is written without a second translation.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

DC = "http://schemas.datacontract.org/2004/07/"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
SER = "http://schemas.microsoft.com/2003/10/Serialization/"

Key = tuple[str, str]  # (method, path): lower-case method, path with a leading "/"


def snake(name: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.strip("_").lower()


@dataclasses.dataclass
class Api:
    #: (method, path) -> the OpenAPI operation, with ``x-source``
    operations: dict[Key, dict[str, Any]] = dataclasses.field(default_factory=dict)
    #: "<module>.<Type>" -> the OpenAPI schema, with ``x-source`` and ``x-inferred`` where guessed
    components: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    #: module -> CLR namespace (without the DataContract prefix)
    namespaces: dict[str, str] = dataclasses.field(default_factory=dict)
    #: CLR namespaces a sample body shows (the rest are inferred)
    verified: set[str] = dataclasses.field(default_factory=set)
    #: prose rules read into the spec, and those left for a person: (operation, text)
    rules: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    unread_rules: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    #: (method, path) -> the page's sample bodies: (role "request" | "response", "json" | "xml", text verbatim)
    samples: dict[Key, list[tuple[str, str, str]]] = dataclasses.field(default_factory=dict)
    #: what a reader could not take over, in its words
    problems: list[str] = dataclasses.field(default_factory=list)
    #: the descriptions file's API-wide texts (info, tags, security, responses; see ``texts``)
    texts: dict[str, Any] = dataclasses.field(default_factory=dict)

    def module_for(self, namespace: str, inferred: bool, preferred: str | None = None) -> str:
        """The module of a CLR namespace, naming a new one after it (apart from every other)."""
        if not inferred:
            self.verified.add(namespace)
        for module, ns in self.namespaces.items():
            if ns == namespace:
                return module
        from .swagger import module_of  # the naming rule lives with the reader that needs it most

        base = preferred or module_of(namespace)
        module, n = base, 2
        while module in self.namespaces:
            prefix = snake(namespace.split(".", 1)[0])
            module = f"{prefix}_{base}" if n == 2 else f"{prefix}_{base}{n}"
            n += 1
        self.namespaces[module] = namespace
        if not inferred:
            self.verified.add(namespace)
        return module


def is_inferred(schema: dict[str, Any]) -> bool:
    return "x-inferred" in schema
