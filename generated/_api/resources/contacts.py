"""The contacts operations (``client.contacts``): their table rows and resource classes.

Imported on first use of ``client.contacts`` (see ``_api/operations.py``).
Each operation's row is made on its first use and imports the models that operation names (its body,
result and enum parameters): an operation's first call imports its own models, not those of its tag.
Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ..._options import NOT_GIVEN, NotGiven
from ..._resource import Resource, Rows
from ..._response import raw_response
from ..._schema import Operation, Param

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._options import RequestOptions
    from ...models import contact, contact_update

__all__ = ["ContactsResource", "ContactsRawResource", "OPERATIONS"]


@functools.cache
def _contacts_get_contacts_row() -> Operation:
    from ...models import contact

    return Operation(
        operation_id="contacts_get_contacts",
        python_name="get_contacts",
        method="POST",
        path="/Contacts/GetContacts",
        tag="contacts",
        summary=(
            "Lists the contacts that match criteria such as office, ids, user, categories, email addresses, or "
            "contract, viewing and bidding dates."
        ),
        params=(),
        body=contact.ContactCriteria,
        body_name="criteria",
        response=list[contact.ContactCollection],
    )


@functools.cache
def _contacts_get_contacts_sync_list_row() -> Operation:
    from ...models import contact

    return Operation(
        operation_id="contacts_get_contacts_sync_list",
        python_name="get_contacts_sync_list",
        method="POST",
        path="/Contacts/GetContactsSyncList",
        tag="contacts",
        summary="Lists the ids and change dates of the contacts that match criteria, to keep a copy in step.",
        params=(),
        body=contact.ContactCriteria,
        body_name="criteria",
        response=list[contact.ContactCollectionForSyncList],
    )


@functools.cache
def _contacts_get_contacts_with_phonenumber_row() -> Operation:
    from ...models import contact

    return Operation(
        operation_id="contacts_get_contacts_with_phonenumber",
        python_name="get_contacts_with_phonenumber",
        method="GET",
        path="/Contacts/GetContactsWithPhonenumber",
        tag="contacts",
        summary="Finds the ids of the contacts with a given phone number, per office.",
        params=(
            Param(
                name="phoneNumber",
                python_name="phone_number",
                location="query",
                kind="string",
                required=True,
            ),
            Param(
                name="customerId",
                python_name="customer_id",
                location="query",
                kind="string",
                required=False,
                customer=True,
            ),
        ),
        body=None,
        body_name=None,
        response=list[contact.CustomerContactIds],
    )


@functools.cache
def _contacts_update_company_row() -> Operation:
    from ...models import contact_update

    return Operation(
        operation_id="contacts_update_company",
        python_name="update_company",
        method="POST",
        path="/Contacts/UpdateCompany",
        tag="contacts",
        summary=(
            "Creates a company contact, or updates the one it matches by contact id, organisation number, or name, "
            "phone or email."
        ),
        params=(),
        body=contact_update.UpdateCompany,
        body_name="contact",
        response=str,
    )


@functools.cache
def _contacts_update_person_row() -> Operation:
    from ...models import contact_update

    return Operation(
        operation_id="contacts_update_person",
        python_name="update_person",
        method="POST",
        path="/Contacts/UpdatePerson",
        tag="contacts",
        summary=(
            "Creates a person contact, or updates the one it matches by contact id, personal identity number, or name "
            "with a phone number or email."
        ),
        params=(),
        body=contact_update.UpdatePerson,
        body_name="contact",
        response=str,
    )


#: this tag's operations, in the spec's order (a row is made when first looked up)
OPERATIONS: Rows = Rows(
    {
        "contacts_get_contacts": _contacts_get_contacts_row,
        "contacts_get_contacts_sync_list": _contacts_get_contacts_sync_list_row,
        "contacts_get_contacts_with_phonenumber": _contacts_get_contacts_with_phonenumber_row,
        "contacts_update_company": _contacts_update_company_row,
        "contacts_update_person": _contacts_update_person_row,
    }
)


class ContactsResource(Resource):
    """Operations under /Contacts"""

    def get_contacts(
        self,
        *,
        criteria: contact.ContactCriteria,
        **options: Unpack[RequestOptions],
    ) -> list[contact.ContactCollection]:
        """Lists the contacts that match criteria such as office, ids, user, categories, email addresses, or contract, viewing and bidding dates.

        ``POST /Contacts/GetContacts``

        Args:
            criteria:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _contacts_get_contacts_row(),
            {},
            criteria,
            options,
        )

    def get_contacts_sync_list(
        self,
        *,
        criteria: contact.ContactCriteria,
        **options: Unpack[RequestOptions],
    ) -> list[contact.ContactCollectionForSyncList]:
        """Lists the ids and change dates of the contacts that match criteria, to keep a copy in step.

        ``POST /Contacts/GetContactsSyncList``

        Args:
            criteria:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _contacts_get_contacts_sync_list_row(),
            {},
            criteria,
            options,
        )

    def get_contacts_with_phonenumber(
        self,
        *,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> list[contact.CustomerContactIds]:
        """Finds the ids of the contacts with a given phone number, per office.

        ``GET /Contacts/GetContactsWithPhonenumber``

        Args:
            phone_number: ``phoneNumber``.
            customer_id: ``customerId``. Default: the client's ``customer_id`` (``VITEC_CUSTOMER_ID`` if the client
                was made without one).
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _contacts_get_contacts_with_phonenumber_row(),
            {
                "phoneNumber": phone_number,
                "customerId": customer_id,
            },
            None,
            options,
        )

    def update_company(
        self,
        *,
        contact: contact_update.UpdateCompany,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a company contact, or updates the one it matches by contact id, organisation number, or name, phone or email.

        ``POST /Contacts/UpdateCompany``

        Args:
            contact:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _contacts_update_company_row(),
            {},
            contact,
            options,
        )

    def update_person(
        self,
        *,
        contact: contact_update.UpdatePerson,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a person contact, or updates the one it matches by contact id, personal identity number, or name with a phone number or email.

        ``POST /Contacts/UpdatePerson``

        Args:
            contact:
            **options: per-call options (``RequestOptions``: ``timeout``, ``extra_headers``, ...).
        """
        return self._client._call(  # type: ignore[no-any-return]
            _contacts_update_person_row(),
            {},
            contact,
            options,
        )


class ContactsRawResource(Resource):
    """Operations under /Contacts: each operation returns the ``RawResponse`` of its one HTTP exchange."""

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        resource = ContactsResource(client)
        self.get_contacts = raw_response(resource.get_contacts)
        self.get_contacts_sync_list = raw_response(resource.get_contacts_sync_list)
        self.get_contacts_with_phonenumber = raw_response(resource.get_contacts_with_phonenumber)
        self.update_company = raw_response(resource.update_company)
        self.update_person = raw_response(resource.update_person)
