"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Appointment.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum


class RecurrenceDayOfWeeks(OpenEnum):
    Sunday = "Sunday"
    Monday = "Monday"
    Tuesday = "Tuesday"
    Wednesday = "Wednesday"
    Thursday = "Thursday"
    Friday = "Friday"
    Saturday = "Saturday"


class RecurrencePattern(OpenEnum):
    Daily = "Daily"
    Weekly = "Weekly"
    Monthly = "Monthly"
    Yearly = "Yearly"


class Appointment(Model, kw_only=True):
    subject: str | None | UnsetType = UNSET

    location: str | None | UnsetType = UNSET

    starts_at: LazyTimestamp | None | UnsetType = field(name="startsAt", default=UNSET)

    ends_at: LazyTimestamp | None | UnsetType = field(name="endsAt", default=UNSET)

    all_day_event: bool | None | UnsetType = field(name="allDayEvent", default=UNSET)

    note: str | None | UnsetType = UNSET

    recurrence: bool | None | UnsetType = UNSET

    recurrence_pattern: RecurrencePattern | None | UnsetType = field(name="recurrencePattern", default=UNSET)

    recurrence_day_of_weeks: list[RecurrenceDayOfWeeks] | None | UnsetType = field(
        name="recurrenceDayOfWeeks", default=UNSET
    )

    recurrence_interval: Int32 | None | UnsetType = field(name="recurrenceInterval", default=UNSET)

    recurrence_month: Int32 | None | UnsetType = field(name="recurrenceMonth", default=UNSET)

    recurrence_day: Int32 | None | UnsetType = field(name="recurrenceDay", default=UNSET)
