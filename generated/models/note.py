"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Note.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model


class Note(Model, kw_only=True):
    date: LazyTimestamp | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    text: str | None | UnsetType = UNSET

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)


class SimpleNote(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    date: LazyTimestamp | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    text: str | None | UnsetType = UNSET
