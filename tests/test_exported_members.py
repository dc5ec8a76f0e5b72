"""The public API: what vitec_connect exports exists, and nothing private leaks into __all__."""

from __future__ import annotations

import importlib

import pytest
import vitec_connect
from vitec_connect import errors, models


@pytest.mark.parametrize("module", [vitec_connect, errors, models, vitec_connect.json, vitec_connect.xml])
def test_all_names_exist_and_are_public(module: object) -> None:
    names = module.__all__  # type: ignore[attr-defined]
    assert names and len(names) == len(set(names))
    for name in names:
        assert hasattr(module, name), name
        assert not name.startswith("_") or name == "__version__"


def test_every_error_is_a_vitec_error_and_exported_at_the_top() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.VitecError)
        assert getattr(vitec_connect, name) is cls


def test_the_models_the_issues_name() -> None:
    for name in ("CrmContact", "CrmPersonContact", "CrmCompanyContact", "CrmDeceasedEstateContact", "TipsAndLeadsReport",
                 "IncomingLead", "CrmContactLead", "PublicAdvertisingPersonLead"):  # fmt: skip
        assert name in models.__all__
    assert models.IncomingLead is models.existing_lead.IncomingLead
    assert models.business_intelligence.IncomingLead is not models.IncomingLead
    xsd_contact = importlib.import_module("vitec_connect.xml_models").crm_contact.CrmContact
    assert getattr(xsd_contact.Meta, "name", xsd_contact.__name__) == "CrmContact"
    assert xsd_contact.Meta.namespace.endswith("Vitec.Housing.Connect.Api.Models.Contact.Crm")


def test_the_value_types_of_the_new_kinds_are_exported() -> None:
    """A TimeSpan member's type is ``vitec_connect.Duration`` (keeps .NET's 100 ns tick)."""
    assert vitec_connect.Duration.from_ticks(15).ticks == 15
    assert "Duration" in vitec_connect.__all__
