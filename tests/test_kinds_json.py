"""JSON of the new member kinds (fixture spec's ``valuation`` types): Newtonsoft's text both ways.

The expected texts are the rows of fixtures/dotnet/wire_facts.tsv (what Mono's Newtonsoft writes).
"""

from __future__ import annotations

import datetime
import decimal
import importlib
import uuid
from typing import Any

import pytest

DOC = (
    b'{"id":"00000000-0000-0000-0000-000000000005","amount":-0.0000001,"commissionRate":1.10,"area":-70795.0,'
    b'"plotArea":"NaN","floor":-32768,"basementFloor":null,"rooms":255,"attempts":0,"revision":9007199254740993,'
    b'"duration":"01:30:30","reminder":"2.00:00:00.0060000","document":"AQID+g==","attributes":{"a":"1","b":null},'
    b'"floors":[1,-2],"revisions":[9223372036854775807],"measurements":[0.1,1E+20,0.0,"Infinity",0.33333333333333331],'
    b'"relatedIds":["8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d"],"flags":[true,false],"kinds":["Visit","Desk"],'
    b'"kind":"Desk","priceRange":{"min":100.0,"max":1.000},"areaRange":{"min":1.0,"max":2.5}}'
)



@pytest.fixture(scope="module")
def v(full: Any) -> Any:
    return importlib.import_module("fullconnect.models.valuation")


def _instance(full: Any, v: Any) -> Any:
    duration = full._scalars.Duration
    return v.Valuation(
        id=uuid.UUID(int=5),
        amount=decimal.Decimal("-0.0000001"),
        commission_rate=decimal.Decimal("1.10"),
        area=-70795.0,
        plot_area=float("nan"),
        floor=-32768,
        basement_floor=None,
        rooms=255,
        attempts=0,
        revision=2**53 + 1,
        duration=duration.from_ticks(54_300_000_000),
        reminder=datetime.timedelta(days=2, microseconds=6000),
        document=b"\x01\x02\x03\xfa",
        attributes={"a": "1", "b": None},
        floors=[1, -2],
        revisions=[2**63 - 1],
        measurements=[0.1, 1e20, -0.0, float("inf"), 1 / 3],
        related_ids=[uuid.UUID("8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d")],
        flags=[True, False],
        kinds=[v.ValuationKind.Visit, v.ValuationKind.Desk],
        kind=v.ValuationKind.Desk,
        price_range=v.RangeOfdecimal(min=decimal.Decimal(100), max=decimal.Decimal("1.000")),
        area_range=v.RangeOfdouble(min=1.0, max=2.5),
    )


def test_every_kind_is_written_as_newtonsoft_writes_it(full: Any, v: Any) -> None:
    assert full.json.encode(_instance(full, v)) == DOC


def test_what_newtonsoft_wrote_is_read_and_written_back_unchanged(full: Any, v: Any) -> None:
    obj = full.json.decode(DOC, type=v.Valuation, strict=True)
    assert obj.revision == 9007199254740993 and obj.revisions == [2**63 - 1]
    assert obj.duration.ticks == 54_300_000_000 and obj.reminder.ticks == 1_728_000_060_000
    assert obj.commission_rate.as_tuple().exponent == -2 and obj.plot_area != obj.plot_area
    assert obj.id == uuid.UUID(int=5) and obj.document == b"\x01\x02\x03\xfa"
    assert full.json.encode(obj) == DOC


def test_unknown_numbers_keep_their_text(full: Any, v: Any) -> None:
    doc = DOC[:-1] + b',"extraPrice":1E+20,"extraRate":0.10}'
    assert full.json.encode(full.json.decode(doc, type=v.Valuation)) == doc


def test_dotnet_reading_forms_are_read(full: Any, v: Any) -> None:
    doc = DOC.replace(b'"id":"00000000-0000-0000-0000-000000000005"', b'"id":"{00000000-0000-0000-0000-000000000005}"')
    doc = doc.replace(b'"commissionRate":1.10', b'"commissionRate":"1.10"').replace(b'"area":-70795.0', b'"area":"2.5"')
    obj = full.json.decode(doc, type=v.Valuation)
    assert (obj.id, obj.commission_rate, obj.area) == (uuid.UUID(int=5), decimal.Decimal("1.10"), 2.5)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            b'"floor":-32768',
            b'"floor":-32769',
            "-32769 is out of range for a short (Int16) (-32768..32767) (at $.floor)",
        ),
        (b'"rooms":255', b'"rooms":256', "256 is out of range for a byte (0..255) (at $.rooms)"),
        (b'"attempts":0', b'"attempts":-1', "-1 is out of range for a byte (0..255) (at $.attempts)"),
        (b'"duration":"01:30:30"', b'"duration":"PT1H"', "expected a TimeSpan like"),
        (b'"commissionRate":1.10', b'"commissionRate":"NaN"', "expected a decimal number, got 'NaN'"),
        (b'"id":"00000000-0000-0000-0000-000000000005"', b'"id":"5"', "expected a Guid like"),
        (b'"document":"AQID+g=="', b'"document":"AQ*D"', "at $.document"),
        (b'"area":-70795.0', b'"area":"lots"', 'expected a number or "NaN", "Infinity", "-Infinity", got \'lots\''),
        (b'"relatedIds":["8e5a', b'"relatedIds":[7,"8e5a', "expected a Guid string, got a number (at $.relatedIds[0])"),
    ],
)
def test_bad_values_are_refused_in_our_words(full: Any, v: Any, old: bytes, new: bytes, message: str) -> None:
    assert old in DOC
    with pytest.raises(full.errors.DecodeError) as info:
        full.json.decode(DOC.replace(old, new), type=v.Valuation)
    assert message in str(info.value)


def test_a_decimal_dotnet_cannot_hold_is_not_sent(full: Any, v: Any) -> None:
    obj = _instance(full, v)
    obj.commission_rate = decimal.Decimal(2**96)
    with pytest.raises(full.errors.EncodeError, match=r"outside the \.NET decimal range"):
        full.json.encode(obj)
