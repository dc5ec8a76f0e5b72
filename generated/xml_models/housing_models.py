"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import Email as Email

__all__ = ["Email"]
