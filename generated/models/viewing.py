"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Viewing.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import custom_field as custom_field_1
from . import housing_models
from . import task as task_1


class AddViewing(Model, kw_only=True):
    start_at: LazyTimestamp = field(name="startAt")

    ends_at: LazyTimestamp = field(name="endsAt")

    show_on_internet: bool | None | UnsetType = field(name="showOnInternet", default=UNSET)

    bookable_on_internet: bool | None | UnsetType = field(name="bookableOnInternet", default=UNSET)

    comment: str | None | UnsetType = UNSET


class AddViewingParticipant(Model, kw_only=True):
    participated: bool | None | UnsetType = UNSET

    reminder_time: Int32 | None | UnsetType = field(name="reminderTime", default=UNSET)

    sms_reminder: bool | None | UnsetType = field(name="smsReminder", default=UNSET)

    mail_confirmation: bool | None | UnsetType = field(name="mailConfirmation", default=UNSET)

    sms_confirmation: bool | None | UnsetType = field(name="smsConfirmation", default=UNSET)

    contact_message: str | None | UnsetType = field(name="contactMessage", default=UNSET)

    lead_source_id: str | None | UnsetType = field(name="leadSourceId", default=UNSET)


class ObtainThrough(OpenEnum):
    Interest = "Interest"
    Phone = "Phone"
    Visit = "Visit"
    Agreement = "Agreement"
    Other = "Other"
    Email = "Email"
    NotAsked = "NotAsked"


class Participant(Model, kw_only=True):
    has_participated: bool | None | UnsetType = field(name="hasParticipated", default=UNSET)

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)


class TimeSlot(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    starts_at: LazyTimestamp | None | UnsetType = field(name="startsAt", default=UNSET)

    ends_at: LazyTimestamp | None | UnsetType = field(name="endsAt", default=UNSET)

    participants: list[Participant | None] | None | UnsetType = UNSET


class UpdatePerson(Model, kw_only=True):
    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    category_ids: list[str] | None | UnsetType = field(name="categoryIds", default=UNSET)

    address: housing_models.Address | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    user_id: str | None | UnsetType = field(name="userId", default=UNSET)

    other_phone: str | None | UnsetType = field(name="otherPhone", default=UNSET)

    wish_advertising: bool | None | UnsetType = field(name="wishAdvertising", default=UNSET)

    note: str | None | UnsetType = UNSET

    coordinate: housing_models.Coordinate | None | UnsetType = UNSET

    task: task_1.Task | None | UnsetType = UNSET

    custom_field: custom_field_1.FieldValueCriteria | None | UnsetType = field(name="customField", default=UNSET)

    first_name: str | None | UnsetType = field(name="firstName", default=UNSET)

    last_name: str | None | UnsetType = field(name="lastName", default=UNSET)

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)

    tele_phone: str | None | UnsetType = field(name="telePhone", default=UNSET)

    work_phone: str | None | UnsetType = field(name="workPhone", default=UNSET)

    cell_phone: str | None | UnsetType = field(name="cellPhone", default=UNSET)

    approval: bool | None | UnsetType = UNSET

    approval_date: LazyTimestamp | None | UnsetType = field(name="approvalDate", default=UNSET)

    gdpr_approval_date: LazyTimestamp | None | UnsetType = field(name="gdprApprovalDate", default=UNSET)

    obtain_through: ObtainThrough | None | UnsetType = field(name="obtainThrough", default=UNSET)

    lead_score: Int32 | None | UnsetType = field(name="leadScore", default=UNSET)


class Viewing(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    starts_at: LazyTimestamp | None | UnsetType = field(name="startsAt", default=UNSET)

    ends_at: LazyTimestamp | None | UnsetType = field(name="endsAt", default=UNSET)

    show_on_internet: bool | None | UnsetType = field(name="showOnInternet", default=UNSET)

    commentary: str | None | UnsetType = UNSET

    participant_per_time_slot: Int32 | None | UnsetType = field(name="participantPerTimeSlot", default=UNSET)

    bookable_from_internet: bool | None | UnsetType = field(name="bookableFromInternet", default=UNSET)

    no_later_then: LazyTimestamp | None | UnsetType = field(name="noLaterThen", default=UNSET)

    booking_url: str | None | UnsetType = field(name="bookingUrl", default=UNSET)

    time_slots: list[TimeSlot | None] | None | UnsetType = field(name="timeSlots", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)


class AddNewViewingParticipant(Model, kw_only=True):
    update_person: UpdatePerson | None | UnsetType = field(name="updatePerson", default=UNSET)

    participated: bool | None | UnsetType = UNSET

    reminder_time: Int32 | None | UnsetType = field(name="reminderTime", default=UNSET)

    sms_reminder: bool | None | UnsetType = field(name="smsReminder", default=UNSET)

    mail_confirmation: bool | None | UnsetType = field(name="mailConfirmation", default=UNSET)

    sms_confirmation: bool | None | UnsetType = field(name="smsConfirmation", default=UNSET)

    return_booking_id: bool | None | UnsetType = field(name="returnBookingId", default=UNSET)

    contact_message: str | None | UnsetType = field(name="contactMessage", default=UNSET)

    lead_source_id: str | None | UnsetType = field(name="leadSourceId", default=UNSET)
