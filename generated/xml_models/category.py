"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import ArrayOfCategory as ArrayOfCategory
from ._dataclasses import Category as Category

__all__ = ["ArrayOfCategory", "Category"]
