"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .advertising import ArrayOfFormMarketingUtmTags

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"


class LeadType(OpenEnum):
    ACCEPT_OBJECT_FLOW = "AcceptObjectFlow"


@dataclass(kw_only=True)
class Office:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )


class State(OpenEnum):
    NEW = "New"


@dataclass(kw_only=True)
class UserGroup:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Agent:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | Office = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadSource:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_type: None | LeadType = field(
        default=None,
        metadata={
            "name": "LeadType",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class LeadReceiver:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    agent: None | Agent = field(
        default=None,
        metadata={
            "name": "Agent",
            "type": "Element",
            "nillable": True,
        },
    )
    office: None | Office = field(
        default=None,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
    user_group: None | UserGroup = field(
        default=None,
        metadata={
            "name": "UserGroup",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class IncomingLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Lead.ExistingLead"

    buying_estate_id: None | str = field(
        default=None,
        metadata={
            "name": "BuyingEstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    is_anonymized: None | bool = field(
        default=None,
        metadata={
            "name": "IsAnonymized",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_source: None | LeadSource = field(
        default=None,
        metadata={
            "name": "LeadSource",
            "type": "Element",
            "nillable": True,
        },
    )
    message: None | str = field(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "nillable": True,
        },
    )
    receiver: None | LeadReceiver = field(
        default=None,
        metadata={
            "name": "Receiver",
            "type": "Element",
            "nillable": True,
        },
    )
    selling_estate_id: None | str = field(
        default=None,
        metadata={
            "name": "SellingEstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    sent_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SentAt",
            "type": "Element",
            "nillable": True,
        },
    )
    state: None | State = field(
        default=None,
        metadata={
            "name": "State",
            "type": "Element",
            "nillable": True,
        },
    )
    utm_tags: None | ArrayOfFormMarketingUtmTags = field(
        default=None,
        metadata={
            "name": "UtmTags",
            "type": "Element",
            "nillable": True,
        },
    )
