"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.ParticipantFollowUp.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum


class Contacted(OpenEnum):
    No = "No"
    Yes = "Yes"
    NotRelevant = "NotRelevant"


class ParticipantFollowUp(Model, kw_only=True):
    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    viewing_id: str | None | UnsetType = field(name="viewingId", default=UNSET)

    participated: bool | None | UnsetType = UNSET

    contacted: Contacted | None | UnsetType = UNSET
