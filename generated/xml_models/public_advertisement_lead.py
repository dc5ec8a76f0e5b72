"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.PublicAdvertisement.PublicAdvertisementLead.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import Address as Address
from ._dataclasses import Agent2 as Agent
from ._dataclasses import LeadSource2 as LeadSource
from ._dataclasses import LeadType6 as LeadType
from ._dataclasses import Office2 as Office
from ._dataclasses import Person as Person
from ._dataclasses import PublicAdvertisingPersonLead as PublicAdvertisingPersonLead
from ._dataclasses import Receiver2 as Receiver
from ._dataclasses import UserGroup2 as UserGroup

__all__ = [
    "Address",
    "Agent",
    "LeadSource",
    "LeadType",
    "Office",
    "Person",
    "PublicAdvertisingPersonLead",
    "Receiver",
    "UserGroup",
]
