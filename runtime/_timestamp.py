"""``Timestamp``: .NET ``DateTime`` text as a ``datetime``, without loss; its parsers and its writer.

A ``Timestamp`` keeps .NET's 100 ns tick (the 7th fractional digit) and how the offset was written
(``+01:00``, ``Z`` or none), so a time re-encodes exactly as .NET wrote it. ``parse_timestamp`` reads
the forms .NET writes, ``format_timestamp`` writes them, ``timestamp_from_wire`` keeps the text itself.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any

__all__ = [
    "TIMESTAMP_PATTERN",
    "Timestamp",
    "format_timestamp",
    "parse_shaped",
    "parse_timestamp",
    "timestamp_from_wire",
    "timestamp_hook",
]


# Offset forms: how the source wrote the zone.
_OFFSET = 0  # "+01:00"
_UTC_Z = 1  # "Z"
_NAIVE = 2  # nothing (DateTimeKind.Unspecified)


class Timestamp(datetime):
    """A ``datetime`` that round-trips .NET ``DateTime`` text without loss.

    Python keeps microseconds; .NET keeps 100 ns ticks. ``tick`` is the extra digit (0..9) beyond
    ``microsecond``. Comparisons and hashing include it, so ordering is exact; everything else is an
    ordinary ``datetime`` (arithmetic returns plain ``datetime`` values at microsecond precision).
    """

    __slots__ = ("_form", "_text", "_tick")
    _tick: int
    _form: int
    _text: str | None  # its wire text: as parsed (when that is how .NET writes it), or as formatted when made

    def __new__(cls, *args: Any, tick: int = 0, **kwargs: Any) -> Timestamp:
        self = super().__new__(cls, *args, **kwargs)
        if not 0 <= tick <= 9:
            raise ValueError(f"tick must be 0..9 (100 ns units beyond the microsecond), got {tick}")
        self._tick = tick
        self._form = _NAIVE if self.tzinfo is None else (_UTC_Z if self.tzinfo is timezone.utc else _OFFSET)
        self._text = None
        # Formatted once, here: encoding a model built in Python then costs one call that returns this,
        # not the formatting (decoded values keep the text they were read from).
        self._text = format_timestamp(self)
        return self

    @classmethod
    def from_datetime(cls, value: datetime, tick: int = 0) -> Timestamp:
        """A ``Timestamp`` for ``value`` (plus ``tick`` hundred nanoseconds)."""
        return cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            value.tzinfo,
            fold=value.fold,
            tick=tick,
        )

    @property
    def tick(self) -> int:
        """The 100 ns digit beyond ``microsecond`` (0..9)."""
        return self._tick

    @property
    def ticks(self) -> int:
        """.NET ``DateTime.Ticks`` of the wall-clock time (100 ns units since 0001-01-01)."""
        naive = self.replace(tzinfo=None)
        delta = datetime.combine(naive.date(), naive.time()) - datetime(1, 1, 1)
        return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10 + self._tick

    def to_datetime(self) -> datetime:
        """A plain ``datetime`` (the tick is dropped)."""
        return datetime(
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.microsecond,
            self.tzinfo,
            fold=self.fold,
        )

    def replace(self, *args: Any, **kwargs: Any) -> Timestamp:
        """``datetime.replace``, keeping the tick (Python before 3.12 made a ``Timestamp`` without its own
        attributes here: it does not call ``__new__`` for a subclass)."""
        return Timestamp.from_datetime(self.to_datetime().replace(*args, **kwargs), self._tick)

    def astimezone(self, tz: tzinfo | None = None) -> Timestamp:
        """The same instant in ``tz``, keeping the tick."""
        return Timestamp.from_datetime(self.to_datetime().astimezone(tz), self._tick)

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if timespec != "auto" or sep != "T":
            return super().isoformat(sep, timespec)
        return format_timestamp(self)

    def __repr__(self) -> str:
        return f"Timestamp({format_timestamp(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, datetime):
            return NotImplemented
        return datetime.__eq__(self, other) and self._tick == _tick_of(other)

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return datetime.__lt__(self, other) or (datetime.__eq__(self, other) and self._tick < _tick_of(other))

    def __le__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return self.__lt__(other) or self.__eq__(other)

    def __gt__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return datetime.__gt__(self, other) or (datetime.__eq__(self, other) and self._tick > _tick_of(other))

    def __ge__(self, other: date) -> bool:  # type: ignore[override]
        if not isinstance(other, datetime):
            return NotImplemented
        return self.__gt__(other) or self.__eq__(other)

    __hash__ = datetime.__hash__

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (timestamp_from_wire, (format_timestamp(self),))


def _tick_of(value: datetime) -> int:
    return value._tick if isinstance(value, Timestamp) else 0


_FIXED_ZONES: dict[int, tzinfo] = {}


def _zone(minutes: int) -> tzinfo:
    zone = _FIXED_ZONES.get(minutes)
    if zone is None:
        zone = _FIXED_ZONES[minutes] = timezone(timedelta(minutes=minutes))
    return zone


_datetime_new: Any = datetime.__new__  # (also takes pickle's 10-byte state and a tzinfo)
_fromisoformat = datetime.fromisoformat


def parse_timestamp(text: str) -> Timestamp:
    """Parse .NET ``DateTime`` XML/JSON text: ``yyyy-MM-ddTHH:mm:ss[.f{1,7}][Z|±HH:MM]``.

    Raises ``ValueError`` with what was wrong; never loses a digit .NET can write.
    """
    if text.__class__ is not str:
        raise TypeError(f"expected a date-time string, got {type(text).__name__}")
    return timestamp_hook(Timestamp, text)  # type: ignore[no-any-return]


def timestamp_hook(tp: Any, text: Any) -> Any:
    """``parse_timestamp`` as a msgspec ``dec_hook`` (one Python call per timestamp, not two)."""
    if tp is not Timestamp or text.__class__ is not str:
        raise TypeError(f"cannot decode {tp!r} from {type(text).__name__}")
    return parse_shaped(text)


def parse_shaped(text: str) -> Timestamp:
    """``parse_timestamp`` of a ``str`` (the XML fast reader calls it on text that matched
    ``TIMESTAMP_PATTERN``). The value keeps the text only where .NET writes it so."""
    value = timestamp_from_wire(text)
    value._text = None
    if format_timestamp(value) == text:
        value._text = text
    return value


#: The shapes of .NET ``DateTime`` text (ASCII digits only): ``parse_timestamp``'s fast path, and what
#: the XML fast path matches before it calls ``parse_shaped``.
TIMESTAMP_PATTERN = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"  # date and time
    r"(?:\.[0-9]{1,7})?(?:Z|[+-][0-9]{2}:[0-9]{2})?"  # fraction, zone
)
_HEAD = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}").match


def _parse_timestamp(text: str) -> Timestamp:
    """The complete parser: every shape, and the error messages."""
    n = len(text)
    if not text.isascii() or _HEAD(text) is None:  # (int() would also take " 1", "+1", other scripts' digits)
        raise ValueError(f"expected a date-time like 2024-05-02T22:39:39.8550532+02:00, got {text!r}")
    year, month, day = int(text[0:4]), int(text[5:7]), int(text[8:10])
    hour, minute, second = int(text[11:13]), int(text[14:16]), int(text[17:19])
    i = 19
    micro = tick = 0
    if i < n and text[i] == ".":
        j = i + 1
        while j < n and text[j].isdigit():
            j += 1
        digits = text[i + 1 : j]
        if not 1 <= len(digits) <= 7:
            raise ValueError(f"expected 1 to 7 fractional second digits, got {text!r}")
        digits = digits.ljust(7, "0")
        micro, tick = int(digits[:6]), int(digits[6])
        i = j
    tz: tzinfo | None
    rest = text[i:]
    form = _OFFSET
    if rest == "":
        tz, form = None, _NAIVE
    elif rest == "Z":
        tz, form = timezone.utc, _UTC_Z
    elif len(rest) == 6 and rest[0] in "+-" and rest[3] == ":" and rest[1:3].isdigit() and rest[4:6].isdigit():
        minutes = int(rest[1:3]) * 60 + int(rest[4:6])
        if minutes >= 24 * 60:
            raise ValueError(f"offset out of range in {text!r}")
        tz = _zone(-minutes if rest[0] == "-" else minutes)
    else:
        raise ValueError(f"expected Z, ±HH:MM or nothing after the time, got {text!r}")
    try:
        value = Timestamp(year, month, day, hour, minute, second, micro, tz, tick=tick)
    except ValueError as exc:  # "month must be in 1..12": say of what
        raise ValueError(f"{exc} in {text!r}") from None
    value._form = form  # "+00:00" stays "+00:00" (CPython hands out the timezone.utc singleton for it)
    value._text = None
    value._text = text if format_timestamp(value) == text else None
    return value


def format_timestamp(value: datetime) -> str:
    """Format like .NET: up to 7 fractional digits with trailing zeros trimmed, then ``Z``, ``±HH:MM`` or none.

    (A ``Timestamp`` read from text reuses that text.)
    """
    # One C call (isoformat without the fraction) and one f-string: the encoders call this once per
    # timestamp of an object built in Python.
    if isinstance(value, Timestamp):
        text = value._text
        if text is not None:
            return text
        tick, form = value._tick, value._form
    else:
        tick = 0
        zone = value.tzinfo
        form = _NAIVE if zone is None else (_UTC_Z if zone is timezone.utc else _OFFSET)
    text = _isoformat(value, "T", "seconds")  # YYYY-MM-DDTHH:MM:SS[±HH:MM[:SS[.ffffff]]]
    micro = value.microsecond
    head = f"{text[:19]}.{micro * 10 + tick:07d}".rstrip("0") if micro or tick else text[:19]
    if form == _OFFSET:
        return head + text[19:25]
    if form == _UTC_Z:
        return head + "Z"
    return head


_isoformat = datetime.isoformat


def timestamp_from_wire(text: str) -> Timestamp:
    """``parse_timestamp`` that keeps ``text`` itself as what the value encodes to (every digit and
    the offset exactly as written, even where .NET would write it otherwise)."""
    # A member's first read calls this once per timestamp, so the shapes .NET writes take a short path:
    # one table lookup tells the shape (digits as zeros), datetime's C parser reads and range-checks the
    # date and time without the zone, and the value is made from that datetime's 10-byte state (pickle's
    # constructor: no argument parsing) with the zone's cached tzinfo. Whatever this path does not take
    # (another shape, an offset .NET does not write, a parser that refuses it) goes to the complete
    # parser, which is the definition: tests/test_timestamps.py checks that both agree on every input.
    try:
        shape = _SHAPES.get(text.encode().translate(_DIGITS_AS_ZERO))
    except UnicodeEncodeError:  # a lone surrogate
        shape = None
    if shape is not None:
        end, zone_at, form = shape
        zone: Any
        if form == _OFFSET:
            zone = _OFFSETS.get(text[zone_at:]) or _offset_zone(text[zone_at:])
        else:
            zone = _UTC if form == _UTC_Z else None
        if zone is not False and not (_HOUR_24 and text[11:13] == "24"):
            try:
                day_time = _fromisoformat(text[:end])
            except ValueError:
                pass  # out of range, or this Python reads fewer fraction digits: the complete parser says
            else:
                value: Timestamp = _datetime_new(Timestamp, day_time.__reduce__()[1][0], zone)
                value._tick = ord(text[26]) - 48 if zone_at == 27 else 0
                value._form = form
                value._text = text
                return value
    value = _parse_timestamp(text)
    value._text = text
    return value


_UTC = timezone.utc
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _shapes() -> dict[bytes, tuple[int, int, int]]:
    """Every shape of ``TIMESTAMP_PATTERN``, its digits as zeros -> (how much of it ``fromisoformat``
    reads: the date, the time and up to 6 fraction digits; where the zone starts; the zone's form)."""
    out = {}
    for digits in range(8):
        stem = "0000-00-00T00:00:00" + ("." + "0" * digits if digits else "")
        end = 19 + (1 + min(digits, 6) if digits else 0)
        for zone, form in (("", _NAIVE), ("Z", _UTC_Z), ("+00:00", _OFFSET), ("-00:00", _OFFSET)):
            out[(stem + zone).encode()] = (end, len(stem), form)
    return out


_SHAPES = _shapes()
#: "+01:00" -> its tzinfo, for the offsets .NET writes (hours 00-23, minutes 00-59: at most 2,880)
_OFFSETS: dict[str, tzinfo] = {}


def _offset_zone(offset: str) -> tzinfo | bool:
    """The tzinfo of ``±HH:MM`` (its shape already checked), as the complete parser reads it; False
    from 24 hours on (the complete parser says why). The offsets .NET writes (minutes 00-59) are cached."""
    hours, minutes = int(offset[1:3]), int(offset[4:6])
    total = hours * 60 + minutes
    if total >= 24 * 60:
        return False
    zone = _zone(-total if offset[0] == "-" else total)
    if minutes < 60:
        _OFFSETS[offset] = zone
    return zone


def _reads_hour_24() -> bool:
    try:
        _fromisoformat("2000-01-01T24:00:00")
    except ValueError:
        return False
    return True


#: Whether this Python's ``fromisoformat`` reads "24:00:00" as the next midnight (.NET never writes it;
#: the complete parser refuses it).
_HOUR_24 = _reads_hour_24()
