"""xsdata dataclasses of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office.

Generated from spec/xsd/ by codegen (xsdata). Do not edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from xsdata.models.datatype import XmlDateTime

from .housing_models import Coordinate

__NAMESPACE__ = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office"


@dataclass(kw_only=True)
class Chain:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office"

    id: None | str = field(
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


@dataclass(kw_only=True)
class Office:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office"

    address: None | str = field(
        default=None,
        metadata={
            "name": "Address",
            "type": "Element",
            "nillable": True,
        },
    )
    bankgiro: None | str = field(
        default=None,
        metadata={
            "name": "Bankgiro",
            "type": "Element",
            "nillable": True,
        },
    )
    chain: None | Chain = field(
        default=None,
        metadata={
            "name": "Chain",
            "type": "Element",
            "nillable": True,
        },
    )
    city: None | str = field(
        default=None,
        metadata={
            "name": "City",
            "type": "Element",
            "nillable": True,
        },
    )
    company_place: None | str = field(
        default=None,
        metadata={
            "name": "CompanyPlace",
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
    corporate_number: None | str = field(
        default=None,
        metadata={
            "name": "CorporateNumber",
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
    customer_name: None | str = field(
        default=None,
        metadata={
            "name": "CustomerName",
            "type": "Element",
            "nillable": True,
        },
    )
    date_changed: None | XmlDateTime = field(
        default=None,
        metadata={
            "name": "DateChanged",
            "type": "Element",
            "nillable": True,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "nillable": True,
        },
    )
    email_address: None | str = field(
        default=None,
        metadata={
            "name": "EmailAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    home_page: None | str = field(
        default=None,
        metadata={
            "name": "HomePage",
            "type": "Element",
            "nillable": True,
        },
    )
    legal_customer_name: None | str = field(
        default=None,
        metadata={
            "name": "LegalCustomerName",
            "type": "Element",
            "nillable": True,
        },
    )
    office_id: None | str = field(
        default=None,
        metadata={
            "name": "OfficeId",
            "type": "Element",
            "nillable": True,
        },
    )
    office_name: None | str = field(
        default=None,
        metadata={
            "name": "OfficeName",
            "type": "Element",
            "nillable": True,
        },
    )
    office_number: None | int = field(
        default=None,
        metadata={
            "name": "OfficeNumber",
            "type": "Element",
            "nillable": True,
        },
    )
    postal_address: None | str = field(
        default=None,
        metadata={
            "name": "PostalAddress",
            "type": "Element",
            "nillable": True,
        },
    )
    postalgiro: None | str = field(
        default=None,
        metadata={
            "name": "Postalgiro",
            "type": "Element",
            "nillable": True,
        },
    )
    primary_lead_receiver_id: None | str = field(
        default=None,
        metadata={
            "name": "PrimaryLeadReceiverId",
            "type": "Element",
            "nillable": True,
        },
    )
    region: None | int = field(
        default=None,
        metadata={
            "name": "Region",
            "type": "Element",
            "nillable": True,
        },
    )
    tax_certificate: None | str = field(
        default=None,
        metadata={
            "name": "TaxCertificate",
            "type": "Element",
            "nillable": True,
        },
    )
    telephone: None | str = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "nillable": True,
        },
    )
    vat: None | str = field(
        default=None,
        metadata={
            "name": "Vat",
            "type": "Element",
            "nillable": True,
        },
    )
    zip_code: None | str = field(
        default=None,
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "nillable": True,
        },
    )


@dataclass(kw_only=True)
class ArrayOfOffice:
    class Meta:
        namespace = "http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Office"

    office: list[Office] = field(
        default_factory=list,
        metadata={
            "name": "Office",
            "type": "Element",
            "nillable": True,
        },
    )
