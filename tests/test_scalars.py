"""Scalar kinds: our text forms are .NET's, row by row of the corpus Mono wrote (fixtures/dotnet/wire_facts.tsv).

``write`` rows: the value .NET wrote and its XML and JSON text; we write the same text and read it back
to the same value. ``read`` rows: text given to .NET's readers and what they made of it (a value or an
error); we read the same value or refuse it. ``interop/test_wire_facts.py`` checks the corpus is
still what Mono writes.
"""

from __future__ import annotations

import csv
import decimal
import pathlib
import pickle
import struct
import uuid
from datetime import timedelta
from typing import Any

import msgspec
import pytest
from vitec_connect._scalars import (
    Duration,
    check_int,
    format_base64,
    format_decimal,
    format_decimal_json,
    format_double,
    format_double_json,
    format_duration,
    format_guid,
    format_timespan_json,
    parse_base64,
    parse_decimal,
    parse_decimal_json,
    parse_double,
    parse_double_json,
    parse_duration,
    parse_guid,
    parse_int,
    parse_timespan_json,
)

CORPUS = pathlib.Path(__file__).parent / "fixtures" / "dotnet" / "wire_facts.tsv"


def _rows(kind: str) -> list[list[str]]:
    with CORPUS.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if row[0] == kind]


WRITES = _rows("write")
READS = _rows("read")


def _value(kind: str, neutral: str) -> Any:
    """The Python value of the corpus's neutral form."""
    if kind == "double":
        return struct.unpack("<d", struct.pack("<q", int(neutral)))[0]
    if kind == "decimal":
        return decimal.Decimal(neutral)
    if kind in ("long", "short", "byte"):
        return int(neutral)
    if kind == "guid":
        return uuid.UUID(neutral)
    if kind == "bytes":
        return b"" if neutral == "-" else bytes.fromhex(neutral)
    if kind == "timespan":
        return Duration.from_ticks(int(neutral))
    raise AssertionError(kind)


def _neutral(kind: str, value: Any) -> str:
    """Our value in the corpus's neutral form (as the C# side prints what .NET read)."""
    if kind == "double":
        if value != value:
            return "-2251799813685248"  # NaN: .NET's bits; the payload is never on the wire
        return str(struct.unpack("<q", struct.pack("<d", value))[0])
    if kind == "decimal":
        return format_decimal(value)
    if kind == "timespan":
        return str(value.ticks)
    if kind == "bytes":
        return "-".join(f"{b:02X}" for b in value)
    return str(value)


_XML = {
    "double": (format_double, parse_double),
    "decimal": (format_decimal, parse_decimal),
    "long": (str, lambda t: parse_int("long", t)),
    "short": (str, lambda t: parse_int("short", t)),
    "byte": (str, lambda t: parse_int("byte", t)),
    "guid": (format_guid, parse_guid),
    "bytes": (format_base64, parse_base64),
    "timespan": (format_duration, parse_duration),
}


def _json_text(kind: str, value: Any) -> str:
    if kind == "double":
        return format_double_json(value)
    if kind == "decimal":
        return format_decimal_json(value)
    if kind in ("long", "short", "byte"):
        return str(value)
    if kind == "guid":
        return f'"{format_guid(value)}"'
    if kind == "bytes":
        return f'"{format_base64(value)}"'
    return f'"{format_timespan_json(value)}"'


def _json_read(kind: str, text: str) -> Any:
    raw = msgspec.json.Decoder(float_hook=decimal.Decimal).decode(text.encode())
    if kind == "double":
        return parse_double_json(raw)
    if kind == "decimal":
        return parse_decimal_json(raw)
    if kind in ("long", "short", "byte"):
        if not isinstance(raw, int):
            raise ValueError(raw)
        check_int(kind, raw)
        return raw
    if kind == "guid":
        return parse_guid(raw)
    if kind == "bytes":
        return parse_base64(raw)
    return parse_timespan_json(raw)


def _same(kind: str, a: Any, b: Any) -> bool:
    if kind == "double":
        return struct.pack("<d", a) == struct.pack("<d", b) or (a != a and b != b)
    if kind == "decimal":
        return format_decimal(a) == format_decimal(b)
    return bool(a == b)


@pytest.mark.parametrize("row", WRITES, ids=[f"{r[1]}:{r[3]}" for r in WRITES])
def test_we_write_what_dotnet_writes(row: list[str]) -> None:
    _, kind, neutral, xml_text, json_text = row
    value = _value(kind, neutral)
    write, read = _XML[kind]
    assert write(value) == xml_text
    assert _json_text(kind, value) == json_text
    assert _same(kind, read(xml_text), value)
    assert write(read(xml_text)) == xml_text  # read then written: the text .NET wrote
    assert _json_text(kind, _json_read(kind, json_text)) == json_text


@pytest.mark.parametrize("row", READS, ids=[f"{r[1]}:{r[2]}:{r[3]}" for r in READS])
def test_we_read_what_dotnet_reads_and_refuse_what_it_refuses(row: list[str]) -> None:
    _, kind, fmt, text, outcome, result = row
    read = _XML[kind][1] if fmt == "xml" else (lambda t: _json_read(kind, t))
    if outcome == "error":
        with pytest.raises(ValueError):
            read(text)
    else:
        assert _neutral(kind, read(text)) == result


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: parse_int("short", "40000"), "40000 is out of range for a short (Int16) (-32768..32767)"),
        (lambda: parse_int("byte", "-1"), "-1 is out of range for a byte (0..255)"),
        (lambda: parse_decimal("1E+20"), "expected a decimal like 1.10 (no exponent), got '1E+20'"),
        (lambda: parse_double("1_000"), "expected a double like 0.1, 1E+20, NaN or INF, got '1_000'"),
        (lambda: parse_guid("8e5a3c2b-1d4f"), "expected a Guid like 8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d, got"),
        (lambda: parse_base64("AQ*D"), "expected base64 like AQID+g==, got 'AQ*D'"),
        (lambda: parse_duration("PT"), "expected a duration like PT1H30M30S, got 'PT'"),
        (lambda: parse_timespan_json("25:00:00"), "hours, minutes or seconds out of range in '25:00:00'"),
        (lambda: format_decimal(decimal.Decimal("NaN")), "a decimal is finite, got NaN"),
        (lambda: format_decimal(decimal.Decimal(2**96)), "is outside the .NET decimal range"),
        (lambda: format_duration(timedelta(days=10**8)), "is outside the .NET TimeSpan range"),
    ],
)
def test_bad_values_are_refused_in_our_words(call: Any, message: str) -> None:
    with pytest.raises(ValueError) as info:
        call()
    assert message in str(info.value)


class TestDuration:
    def test_keeps_the_tick_and_compares_by_ticks(self) -> None:
        d = Duration.from_ticks(15)
        assert (d.microseconds, d.tick, d.ticks) == (1, 5, 15)
        assert d != timedelta(microseconds=1) and d > timedelta(microseconds=1)
        assert Duration.from_ticks(10) == timedelta(microseconds=1)
        assert hash(Duration.from_ticks(10)) == hash(Duration.from_ticks(10))

    def test_negative_ticks_round_trip(self) -> None:
        for ticks in (-1, -9, -10, -11, -(2**63)):
            assert Duration.from_ticks(ticks).ticks == ticks

    def test_plain_timedelta_is_written_too(self) -> None:
        assert format_duration(timedelta(hours=1, minutes=30, seconds=30)) == "PT1H30M30S"
        assert format_timespan_json(timedelta(days=-1)) == "-1.00:00:00"

    def test_pickles(self) -> None:
        d = Duration.from_ticks(1838450060001)
        assert pickle.loads(pickle.dumps(d)).ticks == d.ticks
