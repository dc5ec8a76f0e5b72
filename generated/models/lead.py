"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Lead.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class Lead(Model, kw_only=True):
    contact_id: str = field(name="contactId")

    assigned_to_id: str = field(name="assignedToId")

    message: str | None | UnsetType = UNSET

    assignment_source_id: str | None | UnsetType = field(name="assignmentSourceId", default=UNSET)

    lead_source_id: str = field(name="leadSourceId")

    office_id: str | None | UnsetType = field(name="officeId", default=UNSET)
