"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .arrays import ArrayOfstring
from .custom_field import FieldValueCriteria
from .housing_models import (
    Address,
    Coordinate,
    Email,
)
from .task import Task

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"


@dataclass(kw_only=True)
class AddViewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    bookable_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "BookableOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    comment: None | str = field(
        default=None,
        metadata={
            "name": "Comment",
            "type": "Element",
            "nillable": True,
        },
    )
    ends_at: XmlDateTime = field(
        metadata={
            "name": "EndsAt",
            "type": "Element",
        }
    )
    show_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowOnInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    start_at: XmlDateTime = field(
        metadata={
            "name": "StartAt",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class AddViewingParticipant:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    contact_message: None | str = field(
        default=None,
        metadata={
            "name": "ContactMessage",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_source_id: None | str = field(
        default=None,
        metadata={
            "name": "LeadSourceId",
            "type": "Element",
            "nillable": True,
        },
    )
    mail_confirmation: None | bool = field(
        default=None,
        metadata={
            "name": "MailConfirmation",
            "type": "Element",
            "nillable": True,
        },
    )
    participated: None | bool = field(
        default=None,
        metadata={
            "name": "Participated",
            "type": "Element",
            "nillable": True,
        },
    )
    reminder_time: None | int = field(
        default=None,
        metadata={
            "name": "ReminderTime",
            "type": "Element",
            "nillable": True,
        },
    )
    sms_confirmation: None | bool = field(
        default=None,
        metadata={
            "name": "SmsConfirmation",
            "type": "Element",
            "nillable": True,
        },
    )
    sms_reminder: None | bool = field(
        default=None,
        metadata={
            "name": "SmsReminder",
            "type": "Element",
            "nillable": True,
        },
    )


class ObtainThrough(OpenEnum):
    INTEREST = "Interest"
    PHONE = "Phone"
    VISIT = "Visit"
    AGREEMENT = "Agreement"
    OTHER = "Other"
    EMAIL = "Email"
    NOT_ASKED = "NotAsked"


@dataclass(kw_only=True)
class Participant:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    has_participated: None | bool = field(
        default=None,
        metadata={
            "name": "HasParticipated",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfParticipant:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    participant: list[Participant] = field(
        default_factory=list,
        metadata={
            "name": "Participant",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class UpdatePerson:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    approval: None | bool = field(
        default=None,
        metadata={
            "name": "Approval",
            "type": "Element",
            "nillable": True,
        },
    )
    approval_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "ApprovalDate",
            "type": "Element",
            "nillable": True,
        },
    )
    category_ids: None | ArrayOfstring = field(
        default=None,
        metadata={
            "name": "CategoryIds",
            "type": "Element",
            "nillable": True,
        },
    )
    cell_phone: None | str = field(
        default=None,
        metadata={
            "name": "CellPhone",
            "type": "Element",
            "nillable": True,
        },
    )
    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
            "type": "Element",
            "nillable": True,
        },
    )
    coordinate: None | Coordinate = field(
        default=None,
        metadata={
            "name": "Coordinate",
            "type": "Element",
            "nillable": True,
        },
    )
    custom_field: None | FieldValueCriteria = field(
        default=None,
        metadata={
            "name": "CustomField",
            "type": "Element",
            "nillable": True,
        },
    )
    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    email: None | Email = field(
        default=None,
        metadata={
            "name": "Email",
            "type": "Element",
            "nillable": True,
        },
    )
    first_name: None | str = field(
        default=None,
        metadata={
            "name": "FirstName",
            "type": "Element",
            "nillable": True,
        },
    )
    gdpr_approval_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "GdprApprovalDate",
            "type": "Element",
            "nillable": True,
        },
    )
    last_name: None | str = field(
        default=None,
        metadata={
            "name": "LastName",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_score: None | int = field(
        default=None,
        metadata={
            "name": "LeadScore",
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
    obtain_through: None | ObtainThrough = field(
        default=None,
        metadata={
            "name": "ObtainThrough",
            "type": "Element",
            "nillable": True,
        },
    )
    other_phone: None | str = field(
        default=None,
        metadata={
            "name": "OtherPhone",
            "type": "Element",
            "nillable": True,
        },
    )
    social_security_number: None | str = field(
        default=None,
        metadata={
            "name": "SocialSecurityNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    task: None | Task = field(
        default=None,
        metadata={
            "name": "Task",
            "type": "Element",
            "nillable": True,
        },
    )
    tele_phone: None | str = field(
        default=None,
        metadata={
            "name": "TelePhone",
            "type": "Element",
            "nillable": True,
        },
    )
    user_id: None | str = field(
        default=None,
        metadata={
            "name": "UserId",
            "type": "Element",
            "nillable": True,
        },
    )
    wish_advertising: None | bool = field(
        default=None,
        metadata={
            "name": "WishAdvertising",
            "type": "Element",
            "nillable": True,
        },
    )
    work_phone: None | str = field(
        default=None,
        metadata={
            "name": "WorkPhone",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AddNewViewingParticipant:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    contact_message: None | str = field(
        default=None,
        metadata={
            "name": "ContactMessage",
            "type": "Element",
            "nillable": True,
        },
    )
    lead_source_id: None | str = field(
        default=None,
        metadata={
            "name": "LeadSourceId",
            "type": "Element",
            "nillable": True,
        },
    )
    mail_confirmation: None | bool = field(
        default=None,
        metadata={
            "name": "MailConfirmation",
            "type": "Element",
            "nillable": True,
        },
    )
    participated: None | bool = field(
        default=None,
        metadata={
            "name": "Participated",
            "type": "Element",
            "nillable": True,
        },
    )
    reminder_time: None | int = field(
        default=None,
        metadata={
            "name": "ReminderTime",
            "type": "Element",
            "nillable": True,
        },
    )
    return_booking_id: None | bool = field(
        default=None,
        metadata={
            "name": "ReturnBookingId",
            "type": "Element",
            "nillable": True,
        },
    )
    sms_confirmation: None | bool = field(
        default=None,
        metadata={
            "name": "SmsConfirmation",
            "type": "Element",
            "nillable": True,
        },
    )
    sms_reminder: None | bool = field(
        default=None,
        metadata={
            "name": "SmsReminder",
            "type": "Element",
            "nillable": True,
        },
    )
    update_person: None | UpdatePerson = field(
        default=None,
        metadata={
            "name": "UpdatePerson",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class TimeSlot:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    ends_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "EndsAt",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    participants: None | ArrayOfParticipant = field(
        default=None,
        metadata={
            "name": "Participants",
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


@dataclass(kw_only=True)
class ArrayOfTimeSlot:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    time_slot: list[TimeSlot] = field(
        default_factory=list,
        metadata={
            "name": "TimeSlot",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class Viewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    bookable_from_internet: None | bool = field(
        default=None,
        metadata={
            "name": "BookableFromInternet",
            "type": "Element",
            "nillable": True,
        },
    )
    booking_url: None | str = field(
        default=None,
        metadata={
            "name": "BookingUrl",
            "type": "Element",
            "nillable": True,
        },
    )
    commentary: None | str = field(
        default=None,
        metadata={
            "name": "Commentary",
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
    estate_id: None | str = field(
        default=None,
        metadata={
            "name": "EstateId",
            "type": "Element",
            "nillable": True,
        },
    )
    id: None | str = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    no_later_then: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "NoLaterThen",
            "type": "Element",
            "nillable": True,
        },
    )
    participant_per_time_slot: None | int = field(
        default=None,
        metadata={
            "name": "ParticipantPerTimeSlot",
            "type": "Element",
            "nillable": True,
        },
    )
    show_on_internet: None | bool = field(
        default=None,
        metadata={
            "name": "ShowOnInternet",
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
    time_slots: None | ArrayOfTimeSlot = field(
        default=None,
        metadata={
            "name": "TimeSlots",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfViewing:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing"

    viewing: list[Viewing] = field(
        default_factory=list,
        metadata={
            "name": "Viewing",
            "type": "Element",
            "nillable": True,
        },
    )
