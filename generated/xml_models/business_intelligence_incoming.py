"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Incomming.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import Lead1 as Lead
from ._dataclasses import State2 as State

__all__ = ["Lead", "State"]
