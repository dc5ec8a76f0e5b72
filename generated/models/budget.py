"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, Model


class Estates(Model, kw_only=True):
    sold: Int32 | None | UnsetType = UNSET

    registered: Int32 | None | UnsetType = UNSET


class SaleMeetings(Model, kw_only=True):
    total: Int32 | None | UnsetType = UNSET

    own_booked: Int32 | None | UnsetType = field(name="ownBooked", default=UNSET)


class RealtorBudget(Model, kw_only=True):
    commission: Int32 | None | UnsetType = UNSET

    estates: Estates | None | UnsetType = UNSET

    sale_meetings: SaleMeetings | None | UnsetType = field(name="saleMeetings", default=UNSET)
