"""DataContract XML tables of one namespace: for each type, its element name, base type, subtypes and
own members in the order .NET writes and reads them, from spec/xsd/.

Namespace: http://schemas.datacontract.org/2004/07/Express.Connect.Api.Models.Contact.Crm

Generated from spec/xsd/*.xsd and spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

from ..._schema import XmlMember, XmlType
from ...models import crm_contact_lead
from . import CRM_CONTACT_LEAD

TYPES: tuple[XmlType, ...] = (
    XmlType(
        cls=crm_contact_lead.CrmContactLead,
        name="CrmContactLead",
        namespace=CRM_CONTACT_LEAD,
        members=(
            XmlMember(
                element="ContactId",
                json_name="contactId",
                kind="string",
            ),
            XmlMember(
                element="Leads",
                json_name="leads",
                kind="list",
                target=crm_contact_lead.CrmLead,
                item="CrmLead",
                item_ns=CRM_CONTACT_LEAD,
                item_kind="object",
            ),
        ),
    ),
    XmlType(
        cls=crm_contact_lead.CrmLead,
        name="CrmLead",
        namespace=CRM_CONTACT_LEAD,
        members=(
            XmlMember(
                element="CreatedAt",
                json_name="createdAt",
                kind="datetime",
            ),
            XmlMember(
                element="Id",
                json_name="id",
                kind="string",
            ),
            XmlMember(
                element="LeadType",
                json_name="leadType",
                kind="enum",
                target=crm_contact_lead.LeadType,
            ),
            XmlMember(
                element="LeadTypeId",
                json_name="leadTypeId",
                kind="string",
            ),
        ),
    ),
)
