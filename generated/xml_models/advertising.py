"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Services.Advertising.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import ArrayOfFormMarketingUtmTags as ArrayOfFormMarketingUtmTags
from ._dataclasses import FormMarketing as FormMarketing
from ._dataclasses import FormMarketingUtmTags as FormMarketingUtmTags

__all__ = ["ArrayOfFormMarketingUtmTags", "FormMarketing", "FormMarketingUtmTags"]
