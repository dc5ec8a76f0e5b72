"""The scalar member kinds: one table that says how each is written in the spec and on the wire.

A kind is what a DataContract member holds when it is not a type of the spec: ``double``, ``guid``,
``timespan``... The spec reader (``spec/``) maps an OpenAPI ``type``/``format`` pair to a kind, the
consistency check maps a kind to its XSD type, the generators to a Python or C# type. A new kind is
a new row here (and its codec in runtime/); nothing else lists them.
"""

from __future__ import annotations

import dataclasses

XS = "http://www.w3.org/2001/XMLSchema"
SERIALIZATION_NS = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS_NS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"


@dataclasses.dataclass(frozen=True)
class Kind:
    """One scalar kind."""

    name: str  #: our name, e.g. ``"double"``
    openapi: tuple[str, str | None]  #: OpenAPI ``type`` and ``format``
    xsd: tuple[str, str]  #: the XSD type a member of this kind has (namespace, name)
    dotnet: str  #: the .NET type (C# keyword or name)
    python: str  #: the Python type of the generated field
    minimum: int | None = None  #: integer kinds: the .NET range
    maximum: int | None = None
    alias: str | None = None  #: integer kinds: the runtime's ranged ``int`` a member's hint names (``Int32``)

    @property
    def item(self) -> str:
        """The element name of an item of a list of this kind (``d2p1:int``), also the ``ArrayOf`` suffix."""
        return self.xsd[1]


#: Every scalar kind, in the order the spec README lists them.
KINDS: tuple[Kind, ...] = (
    Kind("string", ("string", None), (XS, "string"), "string", "str"),
    Kind("boolean", ("boolean", None), (XS, "boolean"), "bool", "bool"),
    Kind("int", ("integer", "int32"), (XS, "int"), "int", "int", -(2**31), 2**31 - 1, "Int32"),
    Kind("long", ("integer", "int64"), (XS, "long"), "long", "int", -(2**63), 2**63 - 1, "Int64"),
    Kind("short", ("integer", "int16"), (XS, "short"), "short", "int", -(2**15), 2**15 - 1, "Int16"),
    Kind("byte", ("integer", "uint8"), (XS, "unsignedByte"), "byte", "int", 0, 255, "Byte"),
    Kind("double", ("number", "double"), (XS, "double"), "double", "float"),
    Kind("decimal", ("number", "decimal"), (XS, "decimal"), "decimal", "Decimal"),
    Kind("datetime", ("string", "date-time"), (XS, "dateTime"), "DateTime", "Timestamp"),
    Kind("guid", ("string", "uuid"), (SERIALIZATION_NS, "guid"), "Guid", "UUID"),
    Kind("bytes", ("string", "byte"), (XS, "base64Binary"), "byte[]", "bytes"),
    Kind("timespan", ("string", "dotnet-timespan"), (SERIALIZATION_NS, "duration"), "TimeSpan", "Duration"),
)

BY_NAME = {k.name: k for k in KINDS}
BY_OPENAPI = {k.openapi: k for k in KINDS}
#: ``integer`` without a format is .NET's ``int``.
BY_OPENAPI[("integer", None)] = BY_NAME["int"]
#: How query and path parameters give a DateTime: the offset is optional (ASP.NET's binding).
BY_OPENAPI[("string", "dotnet-date-time")] = BY_NAME["datetime"]


def from_openapi(schema_type: str, schema_format: str | None) -> Kind | None:
    """The kind of an OpenAPI scalar schema, or None if it is not one we know."""
    return BY_OPENAPI.get((schema_type, schema_format))
