"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import TelephoneNumbers as TelephoneNumbers

__all__ = ["TelephoneNumbers"]
