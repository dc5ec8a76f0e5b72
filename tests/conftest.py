from __future__ import annotations

import os
import pathlib
import re
import shutil

import pytest
from vitec_connect import models

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
SAMPLES = SPEC / "samples"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

#: sample file prefix -> the type it holds
SAMPLE_TYPES = {
    "get_contact_leads.response": list[models.CrmContactLead],
    "get_incoming_lead.response": models.IncomingLead,
    "create_person_lead.request": models.PublicAdvertisingPersonLead,
    "create_person_lead.response": str,
    "get_tips_and_leads_report.response": models.TipsAndLeadsReport,
    "get_contact.response": models.CrmContact,
}


def sample_type(path: pathlib.Path) -> object:
    for prefix, tp in SAMPLE_TYPES.items():
        if path.name.startswith(prefix + "."):
            return tp
    raise KeyError(path.name)


def strip_ws(xml: bytes) -> bytes:
    """Remove whitespace between tags (the pages' samples are indented)."""
    return re.sub(rb">\s+<", b"><", xml.strip())


def require_tool(name: str) -> str:
    """The path of a tool; skip without it, except in CI, where its absence is a failure."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is required in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path
