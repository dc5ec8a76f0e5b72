"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Searchprofile.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model, OpenEnum


class ShouldBeMatched(OpenEnum):
    Yes = "Yes"
    No = "No"
    NotAsked = "NotAsked"


class MatchSearchprofile(Model, kw_only=True):
    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    should_be_matched: ShouldBeMatched | None | UnsetType = field(name="shouldBeMatched", default=UNSET)
