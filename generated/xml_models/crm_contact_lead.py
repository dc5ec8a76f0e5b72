"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"


class LeadType(OpenEnum):
    OBJECT = "Object"


@dataclass(kw_only=True)
class CrmLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    created_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "CreatedAt",
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
    lead_type: None | LeadType = field(
        default=None,
        metadata={
            "name": "LeadType",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_type_id: None | str = field(
        default=None,
        metadata={
            "name": "LeadTypeId",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    crm_lead: list[CrmLead] = field(
        default_factory=list,
        metadata={
            "name": "CrmLead",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class CrmContactLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    leads: None | ArrayOfCrmLead = field(
        default=None,
        metadata={
            "name": "Leads",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfCrmContactLead:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm"

    crm_contact_lead: list[CrmContactLead] = field(
        default_factory=list,
        metadata={
            "name": "CrmContactLead",
            "type": "Element",
            "nillable": True,
        },
    )
