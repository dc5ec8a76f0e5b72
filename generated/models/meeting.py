"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import Int32, LazyTimestamp, Model, OpenEnum
from . import estate_common, housing_models


class AssignmentMeeting(Model, kw_only=True):
    starts_at: LazyTimestamp | None | UnsetType = field(name="startsAt", default=UNSET)

    ends_at: LazyTimestamp | None | UnsetType = field(name="endsAt", default=UNSET)

    location: str | None | UnsetType = UNSET

    note: str | None | UnsetType = UNSET

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)


class AssignmentSource(Model, kw_only=True):
    id: Int32 | None | UnsetType = UNSET

    name: str | None | UnsetType = UNSET


class CommissionType(OpenEnum):
    Sale = "Sale"
    Valuation = "Valuation"
    Writing = "Writing"


class MeetingType(OpenEnum):
    Assignment = "Assignment"
    Viewing = "Viewing"


class Type(OpenEnum):
    Assignment = "Assignment"
    Viewing = "Viewing"
    All = "All"


class Meeting(Model, kw_only=True):
    id: str | None | UnsetType = UNSET

    contact_id: str | None | UnsetType = field(name="contactId", default=UNSET)

    contact_name: str | None | UnsetType = field(name="contactName", default=UNSET)

    address: housing_models.Address | None | UnsetType = UNSET

    tele_phone: str | None | UnsetType = field(name="telePhone", default=UNSET)

    cell_phone: str | None | UnsetType = field(name="cellPhone", default=UNSET)

    meeting_date: LazyTimestamp | None | UnsetType = field(name="meetingDate", default=UNSET)

    type: MeetingType | None | UnsetType = UNSET

    broker_id: str | None | UnsetType = field(name="brokerId", default=UNSET)

    broker_name: str | None | UnsetType = field(name="brokerName", default=UNSET)

    booked_by_id: str | None | UnsetType = field(name="bookedById", default=UNSET)

    booked_by_name: str | None | UnsetType = field(name="bookedByName", default=UNSET)

    booked_date: LazyTimestamp | None | UnsetType = field(name="bookedDate", default=UNSET)

    signature_date: LazyTimestamp | None | UnsetType = field(name="signatureDate", default=UNSET)

    estate_status: estate_common.Status | None | UnsetType = field(name="estateStatus", default=UNSET)

    commission_without_taxes: float | None | UnsetType = field(name="commissionWithoutTaxes", default=UNSET)

    assignment_source: AssignmentSource | None | UnsetType = field(name="assignmentSource", default=UNSET)

    cancelled_by: str | None | UnsetType = field(name="cancelledBy", default=UNSET)

    agreement_date: LazyTimestamp | None | UnsetType = field(name="agreementDate", default=UNSET)

    commission_type: CommissionType | None | UnsetType = field(name="commissionType", default=UNSET)

    access_date: LazyTimestamp | None | UnsetType = field(name="accessDate", default=UNSET)

    estate_id: str | None | UnsetType = field(name="estateId", default=UNSET)


class MeetingCreateria(Model, kw_only=True):
    customer_id: str | None | UnsetType = field(name="customerId", default=UNSET)

    date_from: LazyTimestamp | None | UnsetType = field(name="dateFrom", default=UNSET)

    date_to: LazyTimestamp | None | UnsetType = field(name="dateTo", default=UNSET)

    search: bool | None | UnsetType = UNSET

    type: Type | None | UnsetType = UNSET
