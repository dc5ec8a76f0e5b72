"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Economy.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model


class Deposit(Model, kw_only=True):
    amount: float | None | UnsetType = UNSET

    pay_day: LazyTimestamp | None | UnsetType = field(name="payDay", default=UNSET)

    paid_at: LazyTimestamp | None | UnsetType = field(name="paidAt", default=UNSET)

    reported_at: LazyTimestamp | None | UnsetType = field(name="reportedAt", default=UNSET)

    commission_received_at: LazyTimestamp | None | UnsetType = field(name="commissionReceivedAt", default=UNSET)

    contract_day: LazyTimestamp | None | UnsetType = field(name="contractDay", default=UNSET)

    admission_day: LazyTimestamp | None | UnsetType = field(name="admissionDay", default=UNSET)


class DepositData(Model, kw_only=True):
    paid_at: LazyTimestamp | None | UnsetType = field(name="paidAt", default=UNSET)

    reported_at: LazyTimestamp | None | UnsetType = field(name="reportedAt", default=UNSET)

    commission_received_at: LazyTimestamp | None | UnsetType = field(name="commissionReceivedAt", default=UNSET)


class Operation(Model, kw_only=True):
    heating: Int32 | None | UnsetType = UNSET

    electricity: Int32 | None | UnsetType = UNSET

    water_and_drain: Int32 | None | UnsetType = field(name="waterAndDrain", default=UNSET)

    chimney_sweeping: Int32 | None | UnsetType = field(name="chimneySweeping", default=UNSET)

    road_community: Int32 | None | UnsetType = field(name="roadCommunity", default=UNSET)

    sanitation: Int32 | None | UnsetType = UNSET

    insurance: Int32 | None | UnsetType = UNSET

    other: Int32 | None | UnsetType = UNSET

    persons_in_household: Int32 | None | UnsetType = field(name="personsInHousehold", default=UNSET)

    comment: str | None | UnsetType = UNSET
