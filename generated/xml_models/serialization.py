"""xsdata dataclasses of the DataContract namespace http://schemas.microsoft.com/2003/10/Serialization/.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://schemas.microsoft.com/2003/10/Serialization/"


@dataclass(kw_only=True)
class boolean:
    class Meta:
        nillable = True
        namespace = "http://schemas.microsoft.com/2003/10/Serialization/"

    value: None | bool = field(
        metadata={
            "nillable": True,
        }
    )


@dataclass(kw_only=True)
class string:
    class Meta:
        nillable = True
        namespace = "http://schemas.microsoft.com/2003/10/Serialization/"

    value: None | str = field(
        default="",
        metadata={
            "nillable": True,
        },
    )
