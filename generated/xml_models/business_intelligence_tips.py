"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Tips.

Its classes are defined in ``business_intelligence`` (the namespaces refer to each other).

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from .business_intelligence import Receiver

__all__ = ["Receiver"]
