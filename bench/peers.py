"""The peers ours is compared with, set up once per run.

- pydantic v2 models generated from the same spec/openapi.yaml by datamodel-code-generator, at bench
  time, into a temporary directory (``pydantic_models()``);
- xsdata objects of the generated ``vitec_connect.xml_models`` (``vitec_connect.xsdata_support``);
- xmltodict, lxml and the stdlib ``json`` module are used directly by ``bench.run``.
"""

from __future__ import annotations

import importlib
import pathlib
import subprocess
import sys
import tempfile
from types import ModuleType
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
_PACKAGE = "bench_pydantic_models"


class PydanticModels:
    """The generated package, and a ``TypeAdapter`` per message type the benchmark uses."""

    def __init__(self, package: ModuleType, tmp: tempfile.TemporaryDirectory[str]) -> None:
        from pydantic import TypeAdapter

        bi = importlib.import_module(f"{package.__name__}.business_intelligence")
        crm = importlib.import_module(f"{package.__name__}.crm_contact")
        leads = importlib.import_module(f"{package.__name__}.crm_contact_lead")
        existing = importlib.import_module(f"{package.__name__}.existing_lead")
        self.package = package
        self._tmp = tmp
        self.report: Any = bi.TipsAndLeadsReport
        # pydantic has no discriminated union for the CrmContact hierarchy the generator writes: the
        # subtype is named directly (a cheaper job than ours, which picks the subtype from "type").
        self.contact: Any = crm.CrmPersonContact
        self.contact_leads: Any = TypeAdapter(list[leads.CrmContactLead])
        self.incoming_lead: Any = existing.IncomingLead

    def close(self) -> None:
        """Remove the generated files (the imported modules stay usable)."""
        self._tmp.cleanup()


def pydantic_models() -> PydanticModels:
    """Generate pydantic v2 models from spec/openapi.yaml (as the project's codegen runs the generator,
    but ``--output-model-type pydantic_v2.BaseModel``) and import them."""
    tmp = tempfile.TemporaryDirectory(prefix="vitec-bench-")
    out = pathlib.Path(tmp.name) / _PACKAGE
    cmd = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(SPEC), "--input-file-type", "openapi", "--output", str(out),
        "--output-model-type", "pydantic_v2.BaseModel", "--snake-case-field",
        "--target-python-version", "3.10", "--use-union-operator", "--use-standard-collections",
        "--disable-timestamp", "--no-formatters",
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"datamodel-code-generator failed:\n{done.stderr[-4000:]}")
    sys.path.insert(0, tmp.name)
    try:
        for name in [m for m in sys.modules if m == _PACKAGE or m.startswith(_PACKAGE + ".")]:
            del sys.modules[name]
        importlib.invalidate_caches()
        package = importlib.import_module(_PACKAGE)
        return PydanticModels(package, tmp)
    finally:
        sys.path.remove(tmp.name)


def xsdata_classes() -> dict[str, Any]:
    """The xsdata root class per message (the DataContract root element each one parses from)."""
    from vitec_connect import xml_models

    return {
        "report": xml_models.business_intelligence.TipsAndLeadsReport,
        "contact": xml_models.crm_contact.CrmContact,
        "contact_leads": xml_models.crm_contact_lead.ArrayOfCrmContactLead,
        "incoming_lead": xml_models.existing_lead.IncomingLead,
    }
