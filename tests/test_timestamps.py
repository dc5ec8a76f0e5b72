"""Timestamp members: the wire text in the slot until read, in both formats.

Properties: the text round-trips exactly (JSON and XML), objects compare and print the same whichever
members were read, and a malformed timestamp is refused at decode in strict mode, otherwise when read.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import re
import subprocess
import sys

import hypothesis.strategies as st
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from vitec_connect import DecodeError, Timestamp, _timestamp, json, models, xml
from vitec_connect._types import TimestampMember, parse_timestamp

#: The timestamp members of a person contact (two of its own, two inherited from CrmContact).
MEMBERS = ("created_at", "changed_at", "matching_changed_at", "gdpr_approval_date")
WIRE = {"created_at": "createdAt", "changed_at": "changedAt", "matching_changed_at": "matchingChangedAt",
        "gdpr_approval_date": "gdprApprovalDate"}  # fmt: skip
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def wire_texts(draw: st.DrawFn) -> str:
    """Timestamp text in any shape .NET reads: 0-7 fraction digits (trailing zeros too), Z, an offset or none."""
    d = draw(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59)))
    text = f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    digits = draw(st.integers(0, 7))
    if digits:
        text += "." + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=digits, max_size=digits)))
    zone = draw(st.sampled_from(["", "Z", "+01:00", "+02:00", "-05:30", "+00:00", "+14:00", "-12:00"]))
    return text + zone


MALFORMED = st.sampled_from(
    ["", "garbage", "2024-13-01T00:00:00", "2024-02-30T10:00:00", "2024-05-02 22:39:39", "2024-05-02T22:39:39.12345678",
     "2024-05-02T25:00:00Z", "2024-05-02T22:39:39+1:00", "2024-05-02", "<2024>&amp;"]
) | st.text(st.sampled_from("0123456789-:T.Z+ x<&"), max_size=30).filter(lambda t: not _parses(t))  # fmt: skip


def _parses(text: str) -> bool:
    try:
        parse_timestamp(text)
    except ValueError:
        return False
    return True


def person_json(texts: dict[str, str]) -> bytes:
    body = {"id": "x", "type": "Person", "customerId": "k", **{WIRE[m]: texts[m] for m in MEMBERS if m in texts}}
    return msgspec.json.encode(body)


def decoded(texts: dict[str, str], fmt: str = "json", *, strict: bool = False) -> models.CrmContact:
    data = person_json(texts)
    if fmt == "xml":
        data = xml.encode(json.decode(data, type=models.CrmContact), type=models.CrmContact)
        return xml.decode(data, type=models.CrmContact, strict=strict)
    return json.decode(data, type=models.CrmContact, strict=strict)


TEXTS = st.fixed_dictionaries({}, optional={m: wire_texts() for m in MEMBERS})


class TestRoundTrip:
    @SETTINGS
    @given(TEXTS)
    def test_json_text_is_written_back_exactly(self, texts: dict[str, str]) -> None:
        data = person_json(texts)
        obj = json.decode(data, type=models.CrmContact)
        assert json.encode(obj) == data
        for m, text in texts.items():
            assert getattr(obj, m) == parse_timestamp(text)
        assert json.encode(obj) == data  # read, and still the same text

    @SETTINGS
    @given(TEXTS)
    def test_xml_text_is_written_back_exactly(self, texts: dict[str, str]) -> None:
        body = xml.encode(json.decode(person_json(texts), type=models.CrmContact), type=models.CrmContact)
        for text in texts.values():
            assert f">{text}</".encode() in body
        obj = xml.decode(body, type=models.CrmContact)
        assert xml.encode(obj, type=models.CrmContact) == body
        for m in texts:
            getattr(obj, m)
        assert xml.encode(obj, type=models.CrmContact) == body
        assert json.encode(obj) == person_json(texts)

    def test_the_slot_holds_the_text_until_read(self) -> None:
        text = "2024-05-02T22:39:39.8550530+02:00"  # a trailing zero .NET would not write: kept all the same
        for fmt in ("json", "xml"):
            obj = decoded({"created_at": text}, fmt)
            member = type(obj).__dict__.get("created_at") or models.CrmContact.__dict__["created_at"]
            assert isinstance(member, TimestampMember)
            assert member.raw(obj) == text
            value = obj.created_at
            assert isinstance(value, Timestamp) and value.tick == 0 and value.microsecond == 855053
            assert member.raw(obj) == text  # the slot keeps the text: encoding calls nothing per member
            assert obj.created_at is value  # the next read parses nothing (cached by its text)
            assert json.encode(obj).count(text.encode()) == 1

    def test_objects_built_in_python_encode_as_before(self) -> None:
        naive = dt.datetime(2024, 5, 2, 22, 39, 39, 855053)
        built = models.CrmPersonContact(
            id="x", type=models.ContactType.Person, customer_id="k",
            created_at=Timestamp.from_datetime(naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=2))), 2),
            changed_at=naive.replace(tzinfo=dt.timezone.utc),
        )  # fmt: skip
        data = json.encode(built)
        assert b'"createdAt":"2024-05-02T22:39:39.8550532+02:00"' in data
        assert b'"changedAt":"2024-05-02T22:39:39.855053Z"' in data
        assert json.decode(data, type=models.CrmContact) == built
        body = xml.encode(built, type=models.CrmContact)
        assert b">2024-05-02T22:39:39.8550532+02:00</" in body
        assert xml.decode(body, type=models.CrmContact) == built

    def test_a_timestamp_built_in_python_is_formatted_once_when_made(self) -> None:
        """Encoding a model built in Python then calls one hook per timestamp that returns the text, not
        the formatting; a member holds what was given, read or not."""
        when = dt.datetime(2024, 5, 2, 22, 39, 39, 855053, tzinfo=dt.timezone(dt.timedelta(hours=2)))
        stamp = Timestamp.from_datetime(when, 7)
        assert stamp._text == "2024-05-02T22:39:39.8550537+02:00"
        assert stamp.replace(microsecond=0)._text == "2024-05-02T22:39:39.0000007+02:00"
        built = models.CrmPersonContact(id="x", customer_id="k", created_at=stamp, changed_at=when)
        assert built.created_at is stamp and built.changed_at is when
        data = json.encode(built)
        assert b'"createdAt":"2024-05-02T22:39:39.8550537+02:00"' in data
        read = json.decode(data, type=models.CrmContact)
        read.changed_at = stamp
        assert read.changed_at is stamp and read == json.decode(json.encode(read), type=models.CrmContact)


class TestEquality:
    @SETTINGS
    @given(TEXTS, st.data())
    def test_equal_and_alike_whichever_members_were_read(self, texts: dict[str, str], data: st.DataObject) -> None:
        for fmt in ("json", "xml"):
            a, b = decoded(texts, fmt), decoded(texts, fmt)
            before = repr(a)
            for m in data.draw(st.lists(st.sampled_from(MEMBERS), unique=True)):
                getattr(a, m)
            assert a == b and b == a and not a != b
            assert repr(a) == repr(b) == before
            assert json.encode(a) == json.encode(b)

    @SETTINGS
    @given(wire_texts(), wire_texts())
    def test_unequal_times_stay_unequal_once_read(self, one: str, other: str) -> None:
        a, b = decoded({"created_at": one}), decoded({"created_at": other})
        expected = parse_timestamp(one) == parse_timestamp(other)
        assert (a == b) is expected
        assert a.created_at == parse_timestamp(one)
        assert (a == b) is expected and (b == a) is expected

    def test_the_repr_shows_a_timestamp_read_or_not(self) -> None:
        obj = decoded({"created_at": "2024-05-02T22:39:39.8550532+02:00"})
        assert "created_at=Timestamp('2024-05-02T22:39:39.8550532+02:00')" in repr(obj)


class TestMalformed:
    @SETTINGS
    @given(MALFORMED)
    def test_strict_mode_refuses_it_at_decode(self, text: str) -> None:
        for fmt in ("json", "xml"):
            if fmt == "xml" and (text != text.strip() or re.search(r"[\x00-\x08]", text)):
                continue  # (XML reads a member's text stripped)
            data = person_json({"changed_at": text})
            if fmt == "xml":
                data = xml.encode(json.decode(data, type=models.CrmContact), type=models.CrmContact)
            with pytest.raises(DecodeError) as err:
                (json if fmt == "json" else xml).decode(data, type=models.CrmContact, strict=True)
            assert err.value.path.lower().endswith("changedat"), err.value.path

    @SETTINGS
    @given(MALFORMED)
    def test_lenient_mode_keeps_it_and_fails_on_read(self, text: str) -> None:
        data = person_json({"changed_at": text, "created_at": "2024-05-02T22:39:39Z"})
        obj = json.decode(data, type=models.CrmContact)
        assert obj.created_at == parse_timestamp("2024-05-02T22:39:39Z")
        with pytest.raises(DecodeError) as err:
            print(obj.changed_at)
        assert err.value.path == "CrmPersonContact.changed_at"
        assert repr(text) in str(err.value)
        assert json.encode(obj) == data  # written back as it came
        assert obj == json.decode(data, type=models.CrmContact)
        if text == text.strip():
            back = xml.decode(xml.encode(obj, type=models.CrmContact), type=models.CrmContact)
            assert back == obj and json.encode(back) == data


_DIGITS = "0123456789"


@st.composite
def near_texts(draw: st.DrawFn) -> str:
    """Text in and around .NET's shapes: any digits in every field (months 00-99, hours 24-99, offsets
    +23:59 to -99:99, 8 fraction digits), then maybe one character replaced, inserted or deleted."""

    def digits(n: int) -> str:
        return "".join(draw(st.lists(st.sampled_from(_DIGITS), min_size=n, max_size=n)))

    if draw(st.booleans()):
        text = draw(wire_texts())
    else:
        text = f"{digits(4)}-{digits(2)}-{digits(2)}T{digits(2)}:{digits(2)}:{digits(2)}"
        if fraction := draw(st.integers(0, 8)):
            text += "." + digits(fraction)
        zone = draw(st.sampled_from(["", "Z", "+", "-", "-00:00", "+00:00", "+01:60", "+23:59", "-24:00"]))
        text += f"{zone}{digits(2)}:{digits(2)}" if zone in ("+", "-") else zone
    edit = draw(st.sampled_from(["none", "replace", "insert", "delete"]))
    if edit != "none" and text:
        at = draw(st.integers(0, len(text) - 1))
        char = draw(st.sampled_from(" +-.:TZz,_01239\u0663\uff11\ud800x"))  # other scripts' digits, a surrogate
        text = {"replace": text[:at] + char + text[at + 1 :], "insert": text[:at] + char + text[at:],
                "delete": text[:at] + text[at + 1 :]}[edit]  # fmt: skip
    return text


def _complete(text: str) -> _timestamp.Timestamp | str:
    """What the complete parser makes of ``text`` (with the text kept, as a member's read does), or
    the error."""
    try:
        value = _timestamp._parse_timestamp(text)
    except ValueError as exc:
        return str(exc)
    value._text = text
    return value


def _alike(a: object, b: object) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    assert isinstance(a, Timestamp) and isinstance(b, Timestamp)
    return (
        type(a) is type(b)
        and a.timetuple()[:6] == b.timetuple()[:6]
        and (a.microsecond, a.tick, a.fold) == (b.microsecond, b.tick, b.fold)
        and a.tzinfo is b.tzinfo  # the same cached zone object, or both None
        and (a._form, a._text) == (b._form, b._text)
    )


class TestShortPath:
    """A member's first read takes a short path for the shapes .NET writes; the complete parser is the
    definition, and the two must agree on every text."""

    @settings(max_examples=1500, deadline=None)
    @given(near_texts())
    def test_it_agrees_with_the_complete_parser(self, text: str) -> None:
        try:
            read: Timestamp | str = _timestamp.timestamp_from_wire(text)
        except ValueError as exc:
            read = str(exc)
        assert _alike(read, _complete(text)), (text, read, _complete(text))

    @settings(max_examples=300, deadline=None)
    @given(near_texts())
    def test_parse_timestamp_keeps_the_text_only_as_dotnet_writes_it(self, text: str) -> None:
        expected = _complete(text)
        if isinstance(expected, str):
            with pytest.raises(ValueError):
                parse_timestamp(text)
            return
        value = parse_timestamp(text)
        assert value == expected and value.utcoffset() == expected.utcoffset()
        assert value._text == (text if _timestamp.format_timestamp(value) == text else None)
        assert value.isoformat() == value.isoformat() and str(value) == str(expected)

    @settings(max_examples=200, deadline=None)
    @given(wire_texts())
    def test_the_shapes_dotnet_writes_take_it(self, text: str) -> None:
        """Every shape of wire_texts() is read without the complete parser (on Python 3.11+, whose
        ``fromisoformat`` reads 1 to 7 fraction digits)."""
        if sys.version_info < (3, 11):
            pytest.skip("Python 3.10's fromisoformat reads 3 or 6 fraction digits only")

        def refuse(text: str) -> None:
            raise AssertionError(f"the complete parser was called for {text!r}")

        original = _timestamp._parse_timestamp
        _timestamp._parse_timestamp = refuse
        try:
            value = _timestamp.timestamp_from_wire(text)
        finally:
            _timestamp._parse_timestamp = original
        assert _alike(value, _complete(text))

    @pytest.mark.parametrize(
        "text",
        ["2024-05-02T 1:39:39", "2024-05-02T+1:39:39", "2024-05-02T1 :39:39", "+024-05-02T01:39:39",
         "2024-05-02T01:39:\u0663\u0663", "2024-05-02T01:39:39+\u0660\u0661:00", "2024-05-02T24:00:00"],
    )  # fmt: skip
    def test_the_complete_parser_wants_ascii_digits(self, text: str) -> None:
        with pytest.raises(ValueError, match=re.escape(repr(text))):
            _timestamp.timestamp_from_wire(text)
        with pytest.raises(DecodeError):
            json.decode(person_json({"changed_at": text}), type=models.CrmContact, strict=True)


MYPY_SCRIPT = """
from __future__ import annotations

import datetime as dt

from vitec_connect import Timestamp, json, models

contact = json.decode(b"{}", type=models.CrmPersonContact)
reveal_type(contact.created_at)
when = contact.created_at
if isinstance(when, Timestamp):
    print(when.tick, when.isoformat())
built = models.CrmPersonContact(id="x", customer_id="k", created_at=Timestamp(2024, 5, 2, tick=3))
built.changed_at = Timestamp.from_datetime(dt.datetime(2024, 1, 1))
"""


def test_type_checkers_see_a_timestamp(tmp_path: pathlib.Path) -> None:
    """``LazyTimestamp`` is ``Timestamp`` to mypy --strict (msgspec sees ``str``)."""
    (tmp_path / "user.py").write_text(MYPY_SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYPY")}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"), "user.py"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    out = done.stdout + done.stderr
    assert 'Revealed type is "vitec_connect._timestamp.Timestamp | None | msgspec.UnsetType"' in out, out
    assert ": error:" not in out, out
