"""Models of the DataContract namespace http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Advertising.

Generated from spec/openapi.yaml by codegen (datamodel-code-generator). Do not edit."""

from __future__ import annotations

from msgspec import UNSET, UnsetType, field

from .._types import LazyTimestamp, Model
from . import housing_models, interest_application


class AdvertisingInterestApplication(Model, kw_only=True):
    lead_source_id: str | None | UnsetType = field(name="leadSourceId", default=UNSET)

    assignment_source_id: str | None | UnsetType = field(name="assignmentSourceId", default=UNSET)

    first_name: str = field(name="firstName")

    last_name: str = field(name="lastName")

    social_security_number: str | None | UnsetType = field(name="socialSecurityNumber", default=UNSET)

    address: interest_application.ContactAddress | None | UnsetType = UNSET

    telephone: housing_models.PersonTelephoneNumbers | None | UnsetType = UNSET

    email: housing_models.Email | None | UnsetType = UNSET

    gdpr_approval_date: LazyTimestamp | None | UnsetType = field(name="gdprApprovalDate", default=UNSET)

    present_accommodation: interest_application.ContactPresentAccommodation | None | UnsetType = field(
        name="presentAccommodation", default=UNSET
    )

    contact_message: str | None | UnsetType = field(name="contactMessage", default=UNSET)
