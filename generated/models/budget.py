"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Budget.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Model


class Estates(Model, kw_only=True):
    sold: int | None | UnsetType = UNSET

    registered: int | None | UnsetType = UNSET


class SaleMeetings(Model, kw_only=True):
    total: int | None | UnsetType = UNSET

    own_booked: int | None | UnsetType = field(name="ownBooked", default=UNSET)


class RealtorBudget(Model, kw_only=True):
    commission: int | None | UnsetType = UNSET

    estates: Estates | None | UnsetType = UNSET

    sale_meetings: SaleMeetings | None | UnsetType = field(name="saleMeetings", default=UNSET)
