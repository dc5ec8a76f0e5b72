"""The benchmark runs end to end on small data and reports every metric (no timing assertions)."""

from __future__ import annotations

import json
import math

import pytest

pytest.importorskip("xmltodict", reason="the bench extra is not installed")
pytest.importorskip("xsdata")
pytest.importorskip("pydantic")
pytest.importorskip("datamodel_code_generator")

from bench import data, run


def test_data_is_deterministic_and_round_trips() -> None:
    from vitec_connect import json as vjson
    from vitec_connect import models
    from vitec_connect import xml as vxml

    a, b = data.report(5), data.report(5)
    assert vjson.encode(a) == vjson.encode(b)
    assert len(a.incoming_leads) == len(a.outgoing_leads) == len(a.tips) == 5
    body = vxml.encode(a, type=models.TipsAndLeadsReport)
    assert vxml.decode(body, type=models.TipsAndLeadsReport) == a
    assert all(data.DATE_FROM <= item.created_at.replace(tzinfo=None) <= data.DATE_TO for item in a.tips or [])


def test_quick_run_reports_every_metric(tmp_path, capsys) -> None:
    out = tmp_path / "results" / "latest.json"
    assert run.main(["--quick", "--items", "20", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Targets" in printed and "Client round trip" in printed and "First calls over 2 ms" in printed
    results = json.loads(out.read_text(encoding="utf-8"))
    meta = results["meta"]
    assert meta["quick"] is True and list(meta["items"].values()) == [20]
    reports = meta["reports"]
    assert len(reports) == 1 and reports[0].startswith("report_")
    timings = results["timings"]
    assert sorted(timings) == sorted(run.timing_keys(reports))
    for key, t in timings.items():
        assert t["seconds"] > 0 and math.isfinite(t["seconds"]), key
        assert t["rounds"] >= 1 and t["inner"] >= 1, key
    assert set(results["memory"]) == set(run.MEMORY_KINDS)
    for kind, m in results["memory"].items():
        assert m["body_bytes"] > 0 and m["tracemalloc_peak"] >= 0, kind
        assert {"rss_peak_delta", "tracemalloc_ratio", "rss_ratio"} <= set(m), kind
    assert set(results["targets"]) == {t.key for t in run.targets(reports)}
    assert set(results["comparisons"]) == {t.key for t in run.comparisons(reports)}
    for key, c in results["comparisons"].items():  # measured as the targets are
        # (an operation's excess over its floor, or a count, may be 0 or less; the range still holds)
        assert math.isfinite(c["ratio"]) and c["low"] <= c["ratio"] <= c["high"], key
        assert key in results["pairs"] or key.startswith("first_call"), key
    first = results["startup"]["first_call"]
    every = first["all"]
    for kind in ("all", "xml", "floor", "floor_text"):  # (a smoke run: twelve operations spread over the API)
        assert first[kind]["measured"] == 12 and first[kind]["failed"] == {}, kind
        assert set(first[kind]["operations"]) == set(every["operations"]), kind
        assert 0 <= first[kind]["within_2ms"] <= 12, kind
    worst = max(every["worst"], first["xml"]["worst"])
    assert results["targets"]["first_call_ms"]["ratio"] == pytest.approx(worst * 1000)  # any operation, either format
    assert first["any"]["worst_format"] == ("json" if worst == every["worst"] else "xml")
    assert results["comparisons"]["first_call_median_ms"]["ratio"] == pytest.approx(every["median"] * 1000)
    assert results["comparisons"]["first_call_json_ms"]["ratio"] == pytest.approx(every["worst"] * 1000)
    assert set(first["probe_seconds"]) == {"json", "xml", "floor", "floor_text"}
    vs_floor = first["vs_floor"]
    assert 0 <= vs_floor["met_of_floor_within_2ms"] <= vs_floor["floor_within_2ms"] <= 12
    assert vs_floor["at_our_worst_operation"] == every["worst_operation"]
    assert set(vs_floor["operations"]) == set(every["operations"])
    assert first["layout"]["classes"] > 1 and {"empty", "one", "many", "enums"} <= set(first["layout"]["imports"])
    for key, t in results["targets"].items():
        # (a tiny body's decode can fit in memory the process already holds: its RSS growth may be 0)
        floor = 0 if key.startswith("memory_") else 1e-12
        assert isinstance(t["met"], bool) and t["ratio"] >= floor and t["low"] <= t["ratio"] <= t["high"], key
    for key, per_round in results["pairs"].items():  # a target's sides, measured in alternating rounds
        assert len(per_round) >= 2, key
    assert meta["xsdata"]["handler"] in run.XSDATA_HANDLERS and meta["xsdata"]["writer"] in run.XSDATA_WRITERS
    assert run.main(["--markdown", "--out", str(out)]) == 0
    table = capsys.readouterr().out
    assert table.count("\n| ") == len(results["targets"]) + len(results["comparisons"]) + 2  # (+ the headers)
    assert all(t["description"] in table for t in (*results["targets"].values(), *results["comparisons"].values()))
    for message in [*reports, *run.SMALL_MESSAGES]:
        assert meta["sizes"][message]["json"] > 0 and meta["sizes"][message]["xml"] > 0


def test_the_floor_is_built_as_ours_is() -> None:
    """``report(plain=True)`` builds the floor's Structs from the same random numbers: the same values
    (timestamps at microseconds), so that built-object encodes compare like with like."""
    import re

    from vitec_connect import json as vjson

    from bench import floor

    ours, plain = data.report(30, 7), data.report(30, 7, plain=True)
    assert type(plain) is floor.REPORT and type(plain.tips[0]) is not type(ours.tips[0])
    as_floor = floor.encoder().encode(floor.decoder(floor.REPORT).decode(vjson.encode(ours)))
    digits = re.compile(rb"\.[0-9]+\+")  # (the floor rounds the 7th fraction digit, the built ones drop it)
    assert digits.sub(b"+", floor.encoder().encode(plain)) == digits.sub(b"+", as_floor)
    assert [t.created_at for t in plain.tips] == sorted(t.created_at for t in plain.tips)


def test_timestamps_are_read_the_same_way_on_both_sides() -> None:
    """The read walk's plan is the same for ours and the floor, class by class: the timestamp members
    and the members that hold models, never the hidden unknown-content field msgspec lists for ours."""
    from vitec_connect import json as vjson

    from bench import floor

    body = vjson.encode(data.report(4, 3))
    plans = {}
    for side, obj in (("ours", vjson.decode(body, type=data.REPORT_TYPE)),
                      ("floor", floor.decoder(floor.REPORT).decode(body))):  # fmt: skip
        todo, seen = [obj], set()
        while todo:
            o = todo.pop()
            if isinstance(o, list):
                todo.extend(o)
                continue
            plan = run._walk_plan(o.__class__)
            seen.add((o.__class__.__name__, plan))
            todo.extend(getattr(o, n) for n in plan[1] if getattr(o, n) is not None)
        plans[side] = seen
    assert plans["ours"] == plans["floor"]
    assert sum(len(stamps) for _, (stamps, _) in plans["ours"]) == 3  # createdAt of each list's items
    assert all("_vitec_unknown" not in stamps + nested for _, (stamps, nested) in plans["ours"])


def test_sizes_name_the_reports() -> None:
    assert [run.size_label(n) for n in (200_000, 2_000_000, 20_400_000)] == [
        "report_200KB",
        "report_2MB",
        "report_20MB",
    ]
    keys = {t.key for t in run.targets(["report_200KB", "report_2MB", "report_20MB"])}
    assert {"json_decode@20MB", "xml_decode@200KB", "json_decode_per_mb", "xml_decode_per_mb"} <= keys


@pytest.mark.parametrize("sample", ["report", "contact", "contact_leads", "incoming_lead"])
def test_the_floor_follows_the_generated_models(sample: str) -> None:
    """bench/floor.py derives its plain Structs from the models: it reads every member our JSON writes."""
    from vitec_connect import json as vjson

    from bench import floor

    obj = {"report": lambda: data.report(5), "contact": lambda: data.contact(1),
           "contact_leads": lambda: data.contact_leads(3, 1), "incoming_lead": lambda: data.incoming_lead(1)}[sample]()  # fmt: skip
    tp = {"report": floor.REPORT, "contact": floor.CONTACT, "contact_leads": floor.CONTACT_LEADS,
          "incoming_lead": floor.INCOMING_LEAD}[sample]  # fmt: skip
    raw = vjson.encode(obj)
    back = json.loads(floor.encoder().encode(floor.decoder(tp).decode(raw)))

    def paths(x: object, at: str = "") -> set[str]:
        if isinstance(x, dict):
            return {f"{at}.{k}" for k in x}.union(*(paths(v, f"{at}.{k}") for k, v in x.items()))
        if isinstance(x, list):
            return set().union(*(paths(v, at) for v in x))
        return set()

    assert paths(back) == paths(json.loads(raw))
