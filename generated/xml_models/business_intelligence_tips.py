"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Tips.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import Receiver1 as Receiver

__all__ = ["Receiver"]
