"""The API's operations, grouped by tag (``client.crm.get_contact(...)``): the index of ``resources/``.

Each tag's table rows and resource classes live in ``resources/<tag>.py``, imported on first use:
``client.crm`` imports that tag (and the models it needs) alone; ``OPERATIONS`` and the resource
classes by name (``CrmResource``) import what they name when first asked for. Type
checkers see every name through the imports below.

Generated from spec/openapi.yaml by codegen. Do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._resource import Group, Groups

if TYPE_CHECKING:
    from .._schema import Operation
    from .resources.business_intelligence import BusinessIntelligenceRawResource, BusinessIntelligenceResource
    from .resources.crm import CrmRawResource, CrmResource
    from .resources.public_advertising import PublicAdvertisingRawResource, PublicAdvertisingResource

    OPERATIONS: dict[str, Operation]

__all__ = [
    "CrmResource",
    "PublicAdvertisingResource",
    "BusinessIntelligenceResource",
    "CrmRawResource",
    "PublicAdvertisingRawResource",
    "BusinessIntelligenceRawResource",
    "OPERATIONS",
    "RawResources",
    "Resources",
    "operation",
    "resource_class",
]

#: operation id -> its tag, in the spec's order
TAG_OF: dict[str, str] = {
    "get_contact_leads": "crm",
    "get_incoming_lead": "crm",
    "create_person_lead": "public_advertising",
    "get_tips_and_leads_report": "business_intelligence",
    "get_contact": "crm",
}
#: tag -> its resource class and raw resource class
_CLASSES: dict[str, tuple[str, str]] = {
    "crm": ("CrmResource", "CrmRawResource"),
    "public_advertising": ("PublicAdvertisingResource", "PublicAdvertisingRawResource"),
    "business_intelligence": ("BusinessIntelligenceResource", "BusinessIntelligenceRawResource"),
}


def _tag(tag: str) -> Any:
    return importlib.import_module(f"{__package__}.resources.{tag}")


def operation(operation_id: str) -> Operation:
    """One operation's table row (imports its tag only); ``KeyError`` for an unknown id."""
    row: Operation = _tag(TAG_OF[operation_id]).OPERATIONS[operation_id]
    return row


def resource_class(tag: str) -> type:
    """The resource class of a tag (``"crm"`` -> ``CrmResource``)."""
    cls: type = getattr(_tag(tag), _CLASSES[tag][0])
    return cls


if not TYPE_CHECKING:  # (to a type checker, an unknown name stays an error)

    def __getattr__(name: str) -> Any:
        """``OPERATIONS`` (every tag, in the spec's order) or a resource class, imported on first use."""
        if name == "OPERATIONS":
            value: Any = {op_id: operation(op_id) for op_id in TAG_OF}
        else:
            tag = next((tag for tag, names in _CLASSES.items() if name in names), None)
            if tag is None:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
            value = getattr(_tag(tag), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class Resources(Groups):
    """The operations grouped by tag, as attributes (``client.crm``, ...), each imported on first use."""

    #: CRM (kontakter och leads / contacts and leads)
    crm: Group[CrmResource] = Group("CrmResource")
    #: PublicAdvertising (leads från marknadsplatser / leads from market places)
    public_advertising: Group[PublicAdvertisingResource] = Group("PublicAdvertisingResource")
    #: BusinessIntelligence (rapporter / reports)
    business_intelligence: Group[BusinessIntelligenceResource] = Group("BusinessIntelligenceResource")


class RawResources(Groups):
    """``client.with_raw_response``: the same groups and operations, returning ``RawResponse``."""

    #: CRM (kontakter och leads / contacts and leads)
    crm: Group[CrmRawResource] = Group("CrmRawResource")
    #: PublicAdvertising (leads från marknadsplatser / leads from market places)
    public_advertising: Group[PublicAdvertisingRawResource] = Group("PublicAdvertisingRawResource")
    #: BusinessIntelligence (rapporter / reports)
    business_intelligence: Group[BusinessIntelligenceRawResource] = Group("BusinessIntelligenceRawResource")
