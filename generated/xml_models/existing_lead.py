"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import Agent1 as Agent
from ._dataclasses import IncomingLead2 as IncomingLead
from ._dataclasses import LeadReceiver as LeadReceiver
from ._dataclasses import LeadSource1 as LeadSource
from ._dataclasses import LeadType4 as LeadType
from ._dataclasses import Office1 as Office
from ._dataclasses import State4 as State
from ._dataclasses import UserGroup1 as UserGroup

__all__ = ["Agent", "IncomingLead", "LeadReceiver", "LeadSource", "LeadType", "Office", "State", "UserGroup"]
