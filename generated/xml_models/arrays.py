"""xsdata dataclasses of the DataContract namespace http://schemas.microsoft.com/2003/10/Serialization/Arrays.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"


@dataclass(kw_only=True)
class ArrayOfint:
    class Meta:
        namespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

    int_value: list[int] = field(
        default_factory=list,
        metadata={
            "name": "int",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class ArrayOfstring:
    class Meta:
        namespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

    string: list[str] = field(
        default_factory=list,
        metadata={
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class KeyValueOfstringstring:
    key: None | str = field(
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
            "nillable": True,
        }
    )
    value: None | str = field(
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class ArrayOfKeyValueOfstringstring:
    class Meta:
        namespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

    key_value_ofstringstring: list[KeyValueOfstringstring] = field(
        default_factory=list,
        metadata={
            "name": "KeyValueOfstringstring",
            "type": "Element",
        },
    )
