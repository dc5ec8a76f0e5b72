"""Timestamp and OpenEnum: the value types that make decode -> encode lossless."""

from __future__ import annotations

import gc
import pickle
from datetime import datetime, timedelta, timezone

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings
from vitec_connect import DecodeError, OpenEnum, Timestamp
from vitec_connect._codec import fields_of
from vitec_connect._timestamp import _parse_timestamp
from vitec_connect._types import format_timestamp, parse_timestamp
from vitec_connect.models import crm_contact_lead


class TestTimestamp:
    @pytest.mark.parametrize(
        "text",
        [
            "2024-05-02T22:39:39.8550532+02:00",
            "2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05+00:00",
            "2024-07-01T00:00:00",
            "2024-07-01T00:00:00.1-05:30",
            "0001-01-01T00:00:00",
            "9999-12-31T23:59:59.9999999+14:00",
        ],
    )
    def test_round_trip(self, text: str) -> None:
        assert format_timestamp(parse_timestamp(text)) == text

    def test_keeps_the_tick(self) -> None:
        t = parse_timestamp("2024-05-02T22:39:39.8550532+02:00")
        assert (t.microsecond, t.tick) == (855053, 2)
        assert t.ticks == 638502863798550532  # .NET DateTime.Ticks of the wall-clock time

    def test_behaves_as_a_datetime(self) -> None:
        t = parse_timestamp("2024-05-02T22:39:39.8550532+02:00")
        assert isinstance(t, datetime)
        assert t.astimezone(timezone.utc).hour == 20
        assert t + timedelta(days=1) == datetime(2024, 5, 3, 22, 39, 39, 855053, timezone(timedelta(hours=2)))

    def test_replace_and_astimezone_keep_the_tick_and_format(self) -> None:
        """A decoded time passed back as a date argument: the client makes it naive Stockholm time."""
        t = parse_timestamp("2024-05-02T20:39:39.8550532Z")
        naive = t.replace(tzinfo=None)
        assert type(naive) is Timestamp and naive.tick == 2 and format_timestamp(naive) == "2024-05-02T20:39:39.8550532"
        local = t.astimezone(timezone(timedelta(hours=2)))
        assert local == t and local.tick == 2 and format_timestamp(local) == "2024-05-02T22:39:39.8550532+02:00"
        assert format_timestamp(t.replace(year=2025)) == "2025-05-02T20:39:39.8550532Z"

    def test_orders_by_tick(self) -> None:
        a = parse_timestamp("2024-05-02T22:39:39.8550531+02:00")
        b = parse_timestamp("2024-05-02T22:39:39.8550532+02:00")
        c = parse_timestamp("2024-05-02T20:39:39.8550532Z")
        assert a < b and b > a and a != b and b == c and sorted([b, a]) == [a, b]
        assert a > a.to_datetime() and b > b.to_datetime() and not a < a.to_datetime()
        zero = parse_timestamp("2024-05-02T22:39:39.855053+02:00")
        assert zero == zero.to_datetime() and hash(zero) == hash(zero.to_datetime())

    def test_pickles(self) -> None:
        t = parse_timestamp("2024-05-02T22:39:39.8550532+02:00")
        back = pickle.loads(pickle.dumps(t))
        assert back == t and format_timestamp(back) == format_timestamp(t)

    @pytest.mark.parametrize(
        "text",
        ["2024-05-02", "2024-05-02T22:39:39.12345678Z", "2024-05-02T22:39:39+2:00", "2024-13-02T22:39:39", "x" * 25, "2024-05-02T22:39:39.Z"],
    )
    def test_rejects_malformed_text(self, text: str) -> None:
        with pytest.raises(ValueError):
            parse_timestamp(text)

    @settings(max_examples=500)
    @given(st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{0,9})?(Z|[+-][0-9]{2}:[0-9]{2}|)\Z") | st.text(max_size=40))
    def test_fast_and_complete_parsers_agree(self, text: str) -> None:
        def outcome(parse: object) -> object:
            try:
                value = parse(text)  # type: ignore[operator]
            except ValueError:
                return "error"
            return (format_timestamp(value), value.tick, value.utcoffset())

        assert outcome(parse_timestamp) == outcome(_parse_timestamp)

    def test_a_negative_zero_offset_is_written_as_dotnet_writes_it(self) -> None:
        assert format_timestamp(parse_timestamp("0001-01-01T00:00:00-00:00")) == "0001-01-01T00:00:00+00:00"

    def test_only_ascii_digits(self) -> None:
        with pytest.raises(ValueError):
            parse_timestamp("٢٠٢٤-05-02T22:39:39")

    def test_plain_datetimes_format_like_dotnet(self) -> None:
        assert format_timestamp(datetime(2024, 1, 1, 12, 0, 0, 100000, timezone.utc)) == "2024-01-01T12:00:00.1Z"
        assert format_timestamp(datetime(2024, 1, 1)) == "2024-01-01T00:00:00"

    def test_tick_range(self) -> None:
        with pytest.raises(ValueError, match="tick"):
            Timestamp(2024, 1, 1, tick=10)


class TestOpenEnum:
    def test_known_member(self) -> None:
        assert crm_contact_lead.LeadType("Object") is crm_contact_lead.LeadType.Object
        assert crm_contact_lead.LeadType.Object.is_known

    def test_unknown_member_is_kept(self) -> None:
        new = crm_contact_lead.LeadType("Valuation")
        assert not new.is_known and new.value == "Valuation" and new == "Valuation"
        assert crm_contact_lead.LeadType("Valuation") is new  # cached
        assert list(crm_contact_lead.LeadType) == [crm_contact_lead.LeadType.Object]  # members unchanged

    def test_cache_is_bounded(self) -> None:
        class Colour(OpenEnum):
            Red = "Red"

        for i in range(1000):
            Colour(f"c{i}")
        assert len(Colour._value2member_map_) <= 257

    def test_non_strings_are_refused(self) -> None:
        with pytest.raises(ValueError):
            crm_contact_lead.LeadType(3)


class TestModel:
    REPORT = (
        b'{"incomingLeads":[{"createdAt":"2024-05-02T22:39:39.8550532+02:00","extra":{"x":[1]}}],'
        b'"tips":[{"createdAt":"2024-05-02T22:39:39Z","newMember":1}]}'
    )

    def test_decoded_models_are_not_tracked_by_the_collector(self) -> None:
        """``gc=False``: a decoded tree holds no cycle, and a collector pass need not walk it."""
        from vitec_connect import json, models, xml

        report = models.TipsAndLeadsReport
        for obj in (
            json.decode(self.REPORT, type=report),
            xml.decode(xml.encode(json.decode(self.REPORT, type=report)), type=report),
        ):
            assert not gc.is_tracked(obj)
            assert not gc.is_tracked(obj.incoming_leads[0]) and not gc.is_tracked(obj.tips[0])

    def test_unknown_content_is_kept_but_neither_compared_nor_shown(self) -> None:
        from vitec_connect import json, models

        with_unknown = json.decode(self.REPORT, type=models.TipsAndLeadsReport)
        without = json.decode(self.REPORT.replace(b',"extra":{"x":[1]}', b"").replace(b',"newMember":1', b""),
                              type=models.TipsAndLeadsReport)  # fmt: skip
        assert with_unknown == without and repr(with_unknown) == repr(without)
        assert "_vitec_unknown" not in repr(with_unknown) and "newMember" not in repr(with_unknown)
        assert json.encode(with_unknown) == self.REPORT
        assert [f.attr for f in fields_of(models.TipsAndLeadsReport)] == ["incoming_leads", "outgoing_leads", "tips"]

    def test_a_document_cannot_fill_the_hidden_field(self) -> None:
        from vitec_connect import json, models

        data = b'{"createdAt":"2024-05-02T22:39:39Z","_vitec_unknown":{"json":{"injected":1}}}'
        lead = json.decode(data, type=models.business_intelligence.IncomingLead)
        assert json.encode(lead) == data  # kept as an unknown member, written back as it came
        with pytest.raises(DecodeError, match="_vitec_unknown"):
            json.decode(data, type=models.business_intelligence.IncomingLead, strict=True)
