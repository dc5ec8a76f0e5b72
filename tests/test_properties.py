"""Property-based: encode -> decode is the identity for any valid instance, in both formats; decoding
arbitrary bytes either succeeds or raises DecodeError, never anything else."""

from __future__ import annotations

import datetime as dt
import typing

import hypothesis.strategies as st
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from vitec_connect import UNSET, DecodeError, Model, OpenEnum, Timestamp, json, models, xml
from vitec_connect._codec import fields_of
from vitec_connect._types import format_timestamp

from .conftest import SAMPLES

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]) | st.sampled_from("åäöÅÄÖ😀<>&]]>\n\t\r \"'"), max_size=30)


@st.composite
def timestamps(draw: st.DrawFn) -> Timestamp:
    naive = draw(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)))
    zone = draw(st.sampled_from([None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=-5, minutes=-30))]))
    return Timestamp.from_datetime(naive.replace(tzinfo=zone), draw(st.integers(0, 9)))


def value_of(hint: typing.Any, depth: int) -> st.SearchStrategy[typing.Any]:
    if hint is str:
        return TEXT
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-(2**31), 2**31 - 1)
    if hint is Timestamp:
        return timestamps()
    if isinstance(hint, type) and issubclass(hint, OpenEnum):
        return st.sampled_from(list(hint)) | st.sampled_from(["Brand new", "Förening"]).map(hint)
    if isinstance(hint, type) and issubclass(hint, Model):
        return instances(hint, depth + 1)
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return st.lists(value_of(item, depth + 1), max_size=3 if depth < 3 else 0)
    args = typing.get_args(hint)
    if type(None) in args and len(args) == 2:  # a nullable list item
        return st.none() | value_of(next(a for a in args if a is not type(None)), depth)
    raise AssertionError(hint)


def instances(cls: type, depth: int = 0) -> st.SearchStrategy[typing.Any]:
    subs = [cls, *[s for s in _subclasses(cls)]]

    @st.composite
    def build(draw: st.DrawFn) -> typing.Any:
        chosen = draw(st.sampled_from(subs))
        kwargs = {}
        for f in fields_of(chosen):
            required = msgspec.structs.fields(chosen)[[x.name for x in msgspec.structs.fields(chosen)].index(f.attr)].required
            options = [value_of(f.hint, depth)] if depth < 4 else []
            if f.nullable:
                options.append(st.none())
            if not required:
                options.append(st.just(UNSET))
            kwargs[f.attr] = draw(st.one_of(*options)) if options else UNSET
        if chosen in DISCRIMINATED:
            # a valid instance's discriminator agrees with its class (JSON has no other way to say it)
            prop, value = DISCRIMINATED[chosen]
            attr = next(f.attr for f in fields_of(chosen) if f.wire == prop)
            if value is None:  # the base type: no discriminator, or one no subtype has
                enum = next(f.hint for f in fields_of(chosen) if f.wire == prop)
                value = draw(st.sampled_from([None, UNSET, enum("Förening")]))
            kwargs[attr] = value
        return chosen(**kwargs)

    return build()


def _discriminated() -> dict[type, tuple[str, typing.Any]]:
    from vitec_connect._api.polymorphism import DISCRIMINATORS

    out: dict[type, tuple[str, typing.Any]] = {}
    for base, (prop, mapping) in DISCRIMINATORS.items():
        out[base] = (prop, None)  # the base: no known subtype value
        for value, sub in mapping.items():
            enum = next(f.hint for f in fields_of(sub) if f.wire == prop)
            out[sub] = (prop, enum(value))
    return out


DISCRIMINATED = _discriminated()


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_subclasses(sub))
    return out


ROOTS = [models.TipsAndLeadsReport, models.CrmContact, models.IncomingLead, models.PublicAdvertisingPersonLead, models.CrmContactLead]


@pytest.mark.parametrize("root", ROOTS, ids=lambda c: c.__name__)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(data=st.data())
def test_round_trip_is_the_identity(root: type, data: st.DataObject) -> None:
    obj = data.draw(instances(root))
    for codec in (json, xml):
        encoded = codec.encode(obj)
        back = codec.decode(encoded, type=root, strict=False)
        assert back == obj and type(back) is type(obj)
        assert codec.encode(back) == encoded  # offsets, ticks and unknown members written back the same
        _same_timestamps(obj, back)


def _same_timestamps(a: typing.Any, b: typing.Any) -> None:
    if isinstance(a, Timestamp):
        assert format_timestamp(a) == format_timestamp(b)
    elif isinstance(a, Model):
        for f in fields_of(type(a)):
            _same_timestamps(getattr(a, f.attr), getattr(b, f.attr))
    elif isinstance(a, list):
        for x, y in zip(a, b, strict=True):
            _same_timestamps(x, y)


@pytest.mark.parametrize("root", ROOTS, ids=lambda c: c.__name__)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(data=st.data())
def test_generated_xml_writer_equals_the_reference_writer(root: type, data: st.DataObject) -> None:
    obj = data.draw(instances(root))
    assert xml._write.encode_with(obj, root, fast=True) == xml._write.encode_with(obj, root, fast=False)
    assert xml._write.encode_with([obj], list[root], fast=True) == xml._write.encode_with([obj], list[root], fast=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(data=st.data())
def test_streaming_xml_decode_equals_tree_decode(data: st.DataObject) -> None:
    obj = data.draw(instances(models.TipsAndLeadsReport))
    encoded = xml.encode(obj)
    threshold = xml._read.STREAM_THRESHOLD
    xml._read.FAST_PATH = False  # the two lxml decoders
    try:
        tree = xml.decode(encoded, type=models.TipsAndLeadsReport)
        xml._read.STREAM_THRESHOLD = 0
        streamed = xml.decode(encoded, type=models.TipsAndLeadsReport)
    finally:
        xml._read.STREAM_THRESHOLD = threshold
        xml._read.FAST_PATH = True
    assert streamed == tree == obj
    assert xml.encode(streamed) == encoded


TYPES = [models.TipsAndLeadsReport, models.CrmContact, list[models.CrmContactLead], str]


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300), tp=st.sampled_from(TYPES))
def test_arbitrary_bytes_decode_or_raise_decode_error(data: bytes, tp: typing.Any) -> None:
    for codec in (json, xml):
        try:
            codec.decode(data, type=tp)
        except DecodeError:
            pass


SEEDS = [p.read_bytes() for p in sorted(SAMPLES.iterdir())]


@settings(max_examples=300, deadline=None)
@given(seed=st.sampled_from(SEEDS), flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=4), cut=st.integers(0, 10_000))
def test_mutated_samples_decode_or_raise_decode_error(seed: bytes, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(seed[: max(1, cut)] if cut < len(seed) else seed)
    for pos, byte in flips:
        data[pos % len(data)] = byte
    for tp in TYPES:
        for codec in (json, xml):
            try:
                codec.decode(bytes(data), type=tp)
            except DecodeError:
                pass
