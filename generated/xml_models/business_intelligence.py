"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.BusinessIntelligense.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from ._dataclasses import ActiveStatusTipLead as ActiveStatusTipLead
from ._dataclasses import ArrayOfIncomingLead as ArrayOfIncomingLead
from ._dataclasses import ArrayOfOutgoingLead as ArrayOfOutgoingLead
from ._dataclasses import ArrayOfSentTip as ArrayOfSentTip
from ._dataclasses import Company as Company
from ._dataclasses import Contact as Contact
from ._dataclasses import Estate as Estate
from ._dataclasses import EstateStatus as EstateStatus
from ._dataclasses import IncomingLead1 as IncomingLead
from ._dataclasses import OutgoingLead as OutgoingLead
from ._dataclasses import Party as Party
from ._dataclasses import SentTip as SentTip
from ._dataclasses import Status as Status
from ._dataclasses import Tip as Tip
from ._dataclasses import TipsAndLeadsReport as TipsAndLeadsReport
from ._dataclasses import TipState as TipState
from ._dataclasses import TipType as TipType
from ._dataclasses import User as User
from ._dataclasses import UserType as UserType

__all__ = [
    "ActiveStatusTipLead",
    "ArrayOfIncomingLead",
    "ArrayOfOutgoingLead",
    "ArrayOfSentTip",
    "Company",
    "Contact",
    "Estate",
    "EstateStatus",
    "IncomingLead",
    "OutgoingLead",
    "Party",
    "SentTip",
    "Status",
    "Tip",
    "TipState",
    "TipType",
    "TipsAndLeadsReport",
    "User",
    "UserType",
]
