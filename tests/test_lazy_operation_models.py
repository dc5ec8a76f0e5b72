"""An operation's first call imports the models that operation names, not those of its whole group: a
group's module makes each operation's table row on first use."""

from __future__ import annotations

import json
import subprocess
import sys

from vitec_connect._api import operations
from vitec_connect._resource import Rows

PROBE = r"""
import datetime, json, sys
import vitec_connect

def models():
    return {k.rpartition(".")[2] for k in sys.modules if k.startswith("vitec_connect.models.")}

def answer(request):
    return vitec_connect.Response(200, {"content-type": "application/json"}, b"{}", 0.0, request)

client = vitec_connect.Client("u", "p", customer_id="k", transport=vitec_connect.MockTransport(answer))
at_import = models()
group = client.business_intelligence
at_group = models()
report = group.get_tips_and_leads_report(date_from=datetime.date(2025, 9, 1), date_to=datetime.date(2025, 10, 1))
print(json.dumps({
    "group": sorted(at_group - at_import),
    "call": sorted(models() - at_group),
    "result": type(report).__name__,
}))
"""


def test_a_group_imports_no_models_and_a_call_imports_its_own() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120)
    seen = json.loads(done.stdout)
    assert seen["group"] == []
    assert seen["result"] == "TipsAndLeadsReport"
    assert "business_intelligence" in seen["call"]
    # named only by other operations of the group (the budget, the estates report, office statistics)
    assert not {"budget", "business_intelligense_estates", "business_intelligence_models"} & set(seen["call"])


def test_a_groups_rows_are_made_once_each_when_looked_up() -> None:
    rows = operations._tag("business_intelligence").OPERATIONS
    assert isinstance(rows, Rows)
    ids = [op_id for op_id, tag in operations.TAG_OF.items() if tag == "business_intelligence"]
    assert list(rows) == ids and len(rows) == len(ids)  # every operation, in the spec's order
    row = rows["get_tips_and_leads_report"]
    assert row is rows["get_tips_and_leads_report"] is operations.operation("get_tips_and_leads_report")
    assert row.operation_id == "get_tips_and_leads_report" and row.tag == "business_intelligence"
    assert {op_id: op.operation_id for op_id, op in rows.items()} == {i: i for i in ids}
