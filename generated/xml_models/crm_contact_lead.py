"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import ArrayOfCrmContactLead as ArrayOfCrmContactLead
from ._dataclasses import ArrayOfCrmLead as ArrayOfCrmLead
from ._dataclasses import CrmContactLead as CrmContactLead
from ._dataclasses import CrmLead as CrmLead
from ._dataclasses import LeadType2 as LeadType

__all__ = ["ArrayOfCrmContactLead", "ArrayOfCrmLead", "CrmContactLead", "CrmLead", "LeadType"]
