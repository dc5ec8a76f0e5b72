"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Appointment.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Appointment"


class RecurrenceDayOfWeeks(OpenEnum):
    SUNDAY = "Sunday"
    MONDAY = "Monday"
    TUESDAY = "Tuesday"
    WEDNESDAY = "Wednesday"
    THURSDAY = "Thursday"
    FRIDAY = "Friday"
    SATURDAY = "Saturday"


class RecurrencePattern(OpenEnum):
    DAILY = "Daily"
    WEEKLY = "Weekly"
    MONTHLY = "Monthly"
    YEARLY = "Yearly"


@dataclass(kw_only=True)
class ArrayOfRecurrenceDayOfWeeks:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Appointment"

    recurrence_day_of_weeks: list[RecurrenceDayOfWeeks] = field(
        default_factory=list,
        metadata={
            "name": "RecurrenceDayOfWeeks",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class Appointment:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Appointment"

    all_day_event: None | bool = field(
        default=None,
        metadata={
            "name": "AllDayEvent",
            "type": "Element",
            "nillable": True,
        },
    )
    ends_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EndsAt",
            "type": "Element",
            "nillable": True,
        },
    )
    location: None | str = field(
        default=None,
        metadata={
            "name": "Location",
            "type": "Element",
            "nillable": True,
        },
    )
    note: None | str = field(
        default=None,
        metadata={
            "name": "Note",
            "type": "Element",
            "nillable": True,
        },
    )
    recurrence: None | bool = field(
        default=None,
        metadata={
            "name": "Recurrence",
            "type": "Element",
            "nillable": True,
        },
    )
    recurrence_day: None | int = field(
        default=None,
        metadata={
            "name": "RecurrenceDay",
            "type": "Element",
            "nillable": True,
        },
    )
    recurrence_day_of_weeks: None | ArrayOfRecurrenceDayOfWeeks = field(
        default=None,
        metadata={
            "name": "RecurrenceDayOfWeeks",
            "type": "Element",
            "nillable": True,
        },
    )
    recurrence_interval: None | int = field(
        default=None,
        metadata={
            "name": "RecurrenceInterval",
            "type": "Element",
            "nillable": True,
        },
    )
    recurrence_month: None | int = field(
        default=None,
        metadata={
            "name": "RecurrenceMonth",
            "type": "Element",
            "nillable": True,
        },
    )
    recurrence_pattern: None | RecurrencePattern = field(
        default=None,
        metadata={
            "name": "RecurrencePattern",
            "type": "Element",
            "nillable": True,
        },
    )
    starts_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "StartsAt",
            "type": "Element",
            "nillable": True,
        },
    )
    subject: None | str = field(
        default=None,
        metadata={
            "name": "Subject",
            "type": "Element",
            "nillable": True,
        },
    )
