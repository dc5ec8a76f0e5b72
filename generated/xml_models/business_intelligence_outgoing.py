"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.Outgoing.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import Lead2 as Lead

__all__ = ["Lead"]
