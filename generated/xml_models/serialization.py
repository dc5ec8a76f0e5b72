"""xsdata dataclasses of the DataContract namespace http://schemas.microsoft.com/2003/10/Serialization/.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import String as string

__all__ = ["string"]
