"""What the README promises that no other test pins down."""

from __future__ import annotations

import sys

from vitec_connect import json, models, xml

from .conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # nox brings tomli on 3.10
    import tomli as tomllib


def test_an_xml_contact_without_i_type_is_the_base_class_as_in_dotnet() -> None:
    person = models.CrmPersonContact(customer_id="k", first_name="Åsa", type=models.ContactType("Person"))
    assert type(json.decode(json.encode(person), type=models.CrmContact)) is models.CrmPersonContact
    data = xml.encode(person, type=models.CrmContact)
    assert b' i:type="CrmPersonContact"' in data
    assert type(xml.decode(data, type=models.CrmContact)) is models.CrmPersonContact
    bare = xml.decode(data.replace(b' i:type="CrmPersonContact"', b""), type=models.CrmContact)
    assert type(bare) is models.CrmContact and bare.customer_id == "k"
    assert xml.encode(bare) == data.replace(b' i:type="CrmPersonContact"', b"")  # the subtype's members kept


def test_the_development_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert 'pytest -m "not slow" -n 0' in readme and any(m.startswith("slow:") for m in config["tool"]["pytest"]["ini_options"]["markers"])
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    for session in ("def tests(", "def lowest(", "def lint("):
        assert session in noxfile
    assert "-n auto" in config["tool"]["pytest"]["ini_options"]["addopts"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License") and config["project"]["license"] == "MIT"
    assert config["project"]["urls"]
