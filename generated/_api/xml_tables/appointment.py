"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Appointment

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import appointment
from . import APPOINTMENT

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=appointment.Appointment,
        name="Appointment",
        namespace=APPOINTMENT,
        members=(
            XmlMember(
                element="AllDayEvent",
                json_name="allDayEvent",
                kind="boolean",
            ),
            XmlMember(
                element="EndsAt",
                json_name="endsAt",
                kind="datetime",
            ),
            XmlMember(
                element="Location",
                json_name="location",
                kind="string",
            ),
            XmlMember(
                element="Note",
                json_name="note",
                kind="string",
            ),
            XmlMember(
                element="Recurrence",
                json_name="recurrence",
                kind="boolean",
            ),
            XmlMember(
                element="RecurrenceDay",
                json_name="recurrenceDay",
                kind="int",
            ),
            XmlMember(
                element="RecurrenceDayOfWeeks",
                json_name="recurrenceDayOfWeeks",
                kind="list",
                target=appointment.RecurrenceDayOfWeeks,
                item="RecurrenceDayOfWeeks",
                item_ns=APPOINTMENT,
                item_kind="enum",
            ),
            XmlMember(
                element="RecurrenceInterval",
                json_name="recurrenceInterval",
                kind="int",
            ),
            XmlMember(
                element="RecurrenceMonth",
                json_name="recurrenceMonth",
                kind="int",
            ),
            XmlMember(
                element="RecurrencePattern",
                json_name="recurrencePattern",
                kind="enum",
                target=appointment.RecurrencePattern,
            ),
            XmlMember(
                element="StartsAt",
                json_name="startsAt",
                kind="datetime",
            ),
            XmlMember(
                element="Subject",
                json_name="subject",
                kind="string",
            ),
        ),
        namespace_inferred=True,
    ),
)
