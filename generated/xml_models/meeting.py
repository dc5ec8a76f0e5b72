"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .._types import OpenEnum
from .estate_common import Status
from .housing_models import Address

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting"


@dataclass(kw_only=True)
class AssignmentMeeting:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting"

    contact_id: None | str = field(
        default=None,
        metadata={
            "name": "ContactId",
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
    starts_at: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "StartsAt",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class AssignmentSource:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting"

    id: None | int = field(
        default=None,
        metadata={
            "name": "Id",
            "type": "Element",
            "nillable": True,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "nillable": True,
        },
    )


class CommissionType(OpenEnum):
    SALE = "Sale"
    VALUATION = "Valuation"
    WRITING = "Writing"


class MeetingType(OpenEnum):
    ASSIGNMENT = "Assignment"
    VIEWING = "Viewing"


class Type(OpenEnum):
    ASSIGNMENT = "Assignment"
    VIEWING = "Viewing"
    ALL = "All"


@dataclass(kw_only=True)
class Meeting:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting"

    access_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AccessDate",
            "type": "Element",
            "nillable": True,
        },
    )
    address: None | Address = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    agreement_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "AgreementDate",
            "type": "Element",
            "nillable": True,
        },
    )
    assignment_source: None | AssignmentSource = field(
        default=None,
        metadata={
            "name": "AssignmentSource",
            "type": "Element",
            "nillable": True,
        },
    )
    booked_by_id: None | str = field(
        default=None,
        metadata={
            "name": "BookedById",
            "type": "Element",
            "nillable": True,
        },
    )
    booked_by_name: None | str = field(
        default=None,
        metadata={
            "name": "BookedByName",
            "type": "Element",
            "nillable": True,
        },
    )
    booked_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "BookedDate",
            "type": "Element",
            "nillable": True,
        },
    )
    broker_id: None | str = field(
        default=None,
        metadata={
            "name": "BrokerId",
            "type": "Element",
            "nillable": True,
        },
    )
    broker_name: None | str = field(
        default=None,
        metadata={
            "name": "BrokerName",
            "type": "Element",
            "nillable": True,
        },
    )
    cancelled_by: None | str = field(
        default=None,
        metadata={
            "name": "CancelledBy",
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
    commission_type: None | CommissionType = field(
        default=None,
        metadata={
            "name": "CommissionType",
            "type": "Element",
            "nillable": True,
        },
    )
    commission_without_taxes: None | float = field(
        default=None,
        metadata={
            "name": "CommissionWithoutTaxes",
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
    contact_name: None | str = field(
        default=None,
        metadata={
            "name": "ContactName",
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
    estate_status: None | Status = field(
        default=None,
        metadata={
            "name": "EstateStatus",
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
    meeting_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "MeetingDate",
            "type": "Element",
            "nillable": True,
        },
    )
    signature_date: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "SignatureDate",
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
    type_value: None | MeetingType = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class MeetingCreateria:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting"

    customer_id: None | str = field(
        default=None,
        metadata={
            "name": "CustomerId",
            "type": "Element",
            "nillable": True,
        },
    )
    date_from: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateFrom",
            "type": "Element",
            "nillable": True,
        },
    )
    date_to: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateTo",
            "type": "Element",
            "nillable": True,
        },
    )
    search: None | bool = field(
        default=None,
        metadata={
            "name": "Search",
            "type": "Element",
            "nillable": True,
        },
    )
    type_value: None | Type = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfMeeting:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Meeting"

    meeting: list[Meeting] = field(
        default_factory=list,
        metadata={
            "name": "Meeting",
            "type": "Element",
            "nillable": True,
        },
    )
