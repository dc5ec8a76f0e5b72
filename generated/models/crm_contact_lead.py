"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model, OpenEnum


class LeadType(OpenEnum):
    """Typ av lead. (Kind of lead.)"""

    Object = "Object"


class CrmLead(Model, kw_only=True):
    """Info om ett lead. (One lead summary.)"""

    id: str | None | UnsetType = UNSET
    """Id för leadet. (Lead id.)"""

    created_at: LazyTimestamp | None | UnsetType = field(name="createdAt", default=UNSET)
    """Skapad. (Created.)"""

    lead_type: LeadType | None | UnsetType = field(name="leadType", default=UNSET)
    """Typ av lead. (Kind of lead.)"""

    lead_type_id: str | None | UnsetType = field(name="leadTypeId", default=UNSET)
    """Id för leadtypen. (Id of the lead's type.)"""


class CrmContactLead(Model, kw_only=True):
    """Info om leads för en kontakt. (Lead summaries for one contact.)"""

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)
    """KontaktId. (Contact id.)"""

    leads: list[CrmLead | None] | None | UnsetType = UNSET
    """Lista med info om leads. (Lead summaries.)"""
