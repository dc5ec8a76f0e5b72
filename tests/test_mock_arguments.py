"""The arguments the mock proposes for an operation (the demo's and the whole-API tests' calls)."""

from __future__ import annotations

from vitec_connect.testing import MockServer


def test_example_arguments_ask_for_ranges_and_calendar_values_that_read_as_such() -> None:
    with MockServer() as server:
        budget = server.example_arguments("business_intelligence_budget")
        assert 2020 <= budget["year"] <= 2026 and 1 <= budget["month"] <= 12
        for op in ("villa_agarna_get_objects_between", "business_intelligence_get_estate_report_prod_db"):
            args = server.example_arguments(op)
            start, end = sorted(k for k in args if k.endswith(("_from", "_to")))
            assert args[start] <= args[end], (op, args)
