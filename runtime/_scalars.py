"""Text forms of .NET's scalar kinds, as DataContractSerializer (XML) and Newtonsoft (JSON) write and read them.

One function per kind and direction; the codecs call these and nothing else for a scalar's text. Each
parser raises ``ValueError`` saying what was wrong (the codecs add where); each formatter writes what
.NET writes, so a value read from .NET's text is written back as the same text. The facts behind every
rule are rows of tests/fixtures/dotnet/wire_facts.tsv, which Mono wrote (``test_wire_facts.py``).

- double: XML is .NET's round-trip format: 15 significant digits if they read back exactly, else 17;
  ``1E+20``, ``1E-05``, ``NaN``, ``INF``, ``-INF``, ``-0``. JSON (Newtonsoft) is the same number with
  ``.0`` added to an integer (``-70795.0``), ``"NaN"``, ``"Infinity"``, ``"-Infinity"``, and ``0.0`` for -0.
- decimal: scale kept (``1.10``), never an exponent, zero unsigned; JSON adds ``.0`` to an integer.
- int / long / short / byte: decimal digits; the .NET range is enforced both ways.
- Guid: lowercase ``8-4-4-4-12``; read in any of .NET's forms (``D``, ``N``, ``B``, ``P``, any case).
- byte[]: base64 (whitespace inside is ignored on reading, as .NET does).
- TimeSpan: XML ``PT1H30M30S`` (xs:duration), JSON ``"01:30:30"`` / ``"2.03:04:05.0060000"``; 100 ns
  ticks kept (``Duration``).
"""

from __future__ import annotations

import base64
import binascii
import decimal
import math
import re
import uuid
from datetime import timedelta
from typing import Any

__all__ = [
    "DECIMAL_MAX",
    "INT_RANGES",
    "Duration",
    "check_decimal",
    "check_int",
    "fit_decimal",
    "format_base64",
    "format_decimal",
    "format_decimal_json",
    "format_double",
    "format_double_json",
    "format_duration",
    "format_guid",
    "format_timespan_json",
    "int_kind",
    "int_name",
    "parse_base64",
    "parse_decimal",
    "parse_decimal_json",
    "parse_double",
    "parse_double_json",
    "parse_duration",
    "parse_guid",
    "parse_int",
    "parse_timespan_json",
]

#: The .NET range of each integer kind (inclusive).
INT_RANGES: dict[str, tuple[int, int]] = {
    "int": (-(2**31), 2**31 - 1),
    "long": (-(2**63), 2**63 - 1),
    "short": (-(2**15), 2**15 - 1),
    "byte": (0, 255),
}
_KIND_OF_RANGE: dict[tuple[Any, Any], str] = {bounds: kind for kind, bounds in INT_RANGES.items()}
_INT_NAMES = {"int": "an int (Int32)", "long": "a long (Int64)", "short": "a short (Int16)", "byte": "a byte"}

#: The largest .NET decimal (96-bit mantissa); the smallest is its negation. At most 28 decimal places.
DECIMAL_MAX = decimal.Decimal(2**96 - 1)
_DECIMAL_PLACES = 28
_MANTISSA_MAX = 2**96 - 1
_EXACT = decimal.Context(prec=80)  # wide enough that no .NET decimal is rounded by the arithmetic itself

# ---------------------------------------------------------------------------------------------------
# double

_INF = math.inf
_DOUBLE_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?").fullmatch
_DOUBLE_WORDS = {"NaN": math.nan, "INF": _INF, "-INF": -_INF, "Infinity": _INF, "-Infinity": -_INF}
_JSON_DOUBLE_WORDS = {"NaN": math.nan, "Infinity": _INF, "-Infinity": -_INF}


def format_double(value: float) -> str:
    """A double as DataContract XML writes it (``0.1``, ``1E+20``, ``0.33333333333333331``, ``INF``)."""
    if value != value:
        return "NaN"
    if value in (_INF, -_INF):
        return "INF" if value > 0 else "-INF"
    text = format(value, ".15g")
    if float(text) != value:
        text = format(value, ".17g")
    return text.replace("e", "E")


def format_double_json(value: float) -> str:
    """A double as Newtonsoft writes it: the JSON text (a number, or a quoted word)."""
    if value != value:
        return '"NaN"'
    if value in (_INF, -_INF):
        return '"Infinity"' if value > 0 else '"-Infinity"'
    if value == 0:
        return "0.0"  # Newtonsoft writes -0 as 0.0
    text = format_double(value)
    return text if "." in text or "E" in text else text + ".0"


def parse_double(text: str) -> float:
    """A double from DataContract XML text (surrounding whitespace allowed, as .NET's reader does)."""
    t = text.strip()
    word = _DOUBLE_WORDS.get(t)
    if word is not None:
        return word
    if not _DOUBLE_TEXT(t):
        raise ValueError(f"expected a double like 0.1, 1E+20, NaN or INF, got {text!r}")
    return float(t)


def parse_double_json(value: Any) -> float:
    """A double from a decoded JSON value: a number, or a string Newtonsoft reads (``"NaN"``, ``"1.5"``)."""
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float, decimal.Decimal)):
        return float(value) or 0.0  # Newtonsoft reads -0.0 as 0
    if isinstance(value, str):
        word = _JSON_DOUBLE_WORDS.get(value)
        if word is not None:
            return word
        if _DOUBLE_TEXT(value):
            return float(value)
    raise ValueError(f'expected a number or "NaN", "Infinity", "-Infinity", got {value!r}')


# ---------------------------------------------------------------------------------------------------
# decimal

_DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)").fullmatch


def check_decimal(value: decimal.Decimal) -> None:
    """Raise ``ValueError`` unless ``value`` fits .NET's decimal (finite, within ±(2^96-1), 28 places)."""
    if not value.is_finite():
        raise ValueError(f"a decimal is finite, got {value}")
    if value.copy_abs() > DECIMAL_MAX:
        raise ValueError(f"{value} is outside the .NET decimal range (±{DECIMAL_MAX})")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -_DECIMAL_PLACES:
        raise ValueError(f"{value} has more than {_DECIMAL_PLACES} decimal places")


def format_decimal(value: decimal.Decimal) -> str:
    """A decimal as .NET writes it in XML: every digit of its scale, no exponent, zero without a sign."""
    check_decimal(value)
    text = format(value, "f")
    return text[1:] if value.is_zero() and text[0] == "-" else text


def format_decimal_json(value: decimal.Decimal) -> str:
    """A decimal as Newtonsoft writes it: ``format_decimal`` with ``.0`` added to an integer."""
    text = format_decimal(value)
    return text if "." in text else text + ".0"


def _fit(value: decimal.Decimal, text: object) -> decimal.Decimal:
    """``value`` as .NET holds it, or ``ValueError`` if it is out of range: at most 28 places, and fewer
    where its digits would not fit the 96-bit mantissa (``79228162514264337593543950335.0`` is read as
    ``79228162514264337593543950335``), rounded half to even."""
    if value.copy_abs() > DECIMAL_MAX:
        raise ValueError(f"{text!r} is outside the .NET decimal range (±{DECIMAL_MAX})")
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return value
    places = min(-exponent, _DECIMAL_PLACES)
    mantissa = int("".join(map(str, digits)) or "0") // 10 ** (-exponent - places)
    while places > 0 and mantissa > _MANTISSA_MAX:
        places -= 1
        mantissa //= 10
    if places == -exponent:
        return value
    return value.quantize(decimal.Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_EVEN, context=_EXACT)


def fit_decimal(value: decimal.Decimal) -> decimal.Decimal:
    """``value`` as .NET's decimal holds it (see ``parse_decimal_json``); ``ValueError`` if out of range."""
    return _fit(value, value)


def parse_decimal(text: str) -> decimal.Decimal:
    """A decimal from XML text: digits and a point only (.NET refuses exponents, NaN and INF here)."""
    t = text.strip()
    if not _DECIMAL_TEXT(t):
        raise ValueError(f"expected a decimal like 1.10 (no exponent), got {text!r}")
    return _fit(decimal.Decimal(t), text)


def parse_decimal_json(value: Any) -> decimal.Decimal:
    """A decimal from a JSON number's text or a numeric string (Newtonsoft reads ``1E+20`` and ``"1.5"``)."""
    if isinstance(value, decimal.Decimal):
        result = value
    elif isinstance(value, int) and not isinstance(value, bool):
        result = decimal.Decimal(value)
    elif isinstance(value, str) and _DOUBLE_TEXT(value):
        result = decimal.Decimal(value)
    else:
        raise ValueError(f"expected a decimal number, got {value!r}")
    return _fit(result, value)


# ---------------------------------------------------------------------------------------------------
# integers

_INT_TEXT = re.compile(r"[+-]?[0-9]+").fullmatch


def int_kind(meta: Any) -> str | None:
    """The .NET integer kind whose range a msgspec ``Meta(ge, le)`` states, else None."""
    return _KIND_OF_RANGE.get((getattr(meta, "ge", None), getattr(meta, "le", None)))


def int_name(kind: str) -> str:
    """How a message names an integer kind: ``an int (Int32)``, ``a long (Int64)``..."""
    return _INT_NAMES[kind]


def check_int(kind: str, value: int) -> None:
    """Raise ``ValueError`` unless ``value`` is in the .NET range of ``kind`` (int, long, short, byte)."""
    low, high = INT_RANGES[kind]
    if not low <= value <= high:
        raise ValueError(f"{value} is out of range for {_INT_NAMES[kind]} ({low}..{high})")


def parse_int(kind: str, text: str) -> int:
    """An integer of ``kind`` from XML text, range checked."""
    t = text.strip()
    if not _INT_TEXT(t):
        raise ValueError(f"expected {_INT_NAMES[kind]}, got {text!r}")
    value = int(t)
    check_int(kind, value)
    return value


# ---------------------------------------------------------------------------------------------------
# Guid, byte[]

_GUID_FORMS = re.compile(
    r"(?P<d>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
    r"|\{(?P<b>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}"
    r"|\((?P<p>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)"
    r"|(?P<n>[0-9a-fA-F]{32})"
).fullmatch


def format_guid(value: uuid.UUID) -> str:
    """A Guid as .NET writes it: lowercase ``8-4-4-4-12``."""
    return str(value)


def parse_guid(text: str) -> uuid.UUID:
    """A Guid in any form .NET reads: ``D`` (``8-4-4-4-12``), ``N`` (32 digits), ``B`` (``{…}``), ``P`` (``(…)``)."""
    m = _GUID_FORMS(text.strip())
    if m is None:
        raise ValueError(f"expected a Guid like 8e5a3c2b-1d4f-4a6b-9c8d-7e6f5a4b3c2d, got {text!r}")
    return uuid.UUID(m.group(m.lastgroup or "d"))


def format_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


_WHITESPACE = re.compile(r"[ \t\r\n]+")


def parse_base64(text: str) -> bytes:
    """Bytes from base64 text; whitespace inside is ignored (as .NET's reader does), anything else refused."""
    try:
        return base64.b64decode(_WHITESPACE.sub("", text), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"expected base64 like AQID+g==, got {text[:40]!r}") from None


# ---------------------------------------------------------------------------------------------------
# TimeSpan

_TICKS_PER_SECOND = 10_000_000
_TICKS_PER_DAY = 86_400 * _TICKS_PER_SECOND


class Duration(timedelta):
    """A ``timedelta`` that keeps .NET ``TimeSpan``'s 100 ns tick (the 7th fractional digit).

    ``tick`` is the digit beyond ``microseconds`` (0..9); ``ticks`` is ``TimeSpan.Ticks``. Comparisons
    include the tick; arithmetic returns plain ``timedelta`` values at microsecond precision.
    """

    __slots__ = ("_tick",)
    _tick: int

    def __new__(cls, *args: Any, tick: int = 0, **kwargs: Any) -> Duration:
        self = super().__new__(cls, *args, **kwargs)
        if not 0 <= tick <= 9:
            raise ValueError(f"tick must be 0..9 (100 ns units beyond the microsecond), got {tick}")
        self._tick = tick
        return self

    @classmethod
    def from_ticks(cls, ticks: int) -> Duration:
        """The duration of ``ticks`` 100 ns units (``TimeSpan.FromTicks``)."""
        micro, tick = divmod(ticks, 10)
        return cls(microseconds=micro, tick=tick)

    @property
    def tick(self) -> int:
        return self._tick

    @property
    def ticks(self) -> int:
        """.NET ``TimeSpan.Ticks``."""
        return _ticks_of(self)

    def __repr__(self) -> str:
        return f"Duration({format_timespan_json(self)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, timedelta):
            return NotImplemented
        return _ticks_of(self) == _ticks_of(other)

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other: timedelta) -> bool:
        return _ticks_of(self) < _ticks_of(other)

    def __le__(self, other: timedelta) -> bool:
        return _ticks_of(self) <= _ticks_of(other)

    def __gt__(self, other: timedelta) -> bool:
        return _ticks_of(self) > _ticks_of(other)

    def __ge__(self, other: timedelta) -> bool:
        return _ticks_of(self) >= _ticks_of(other)

    def __hash__(self) -> int:
        return hash(_ticks_of(self))

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (Duration.from_ticks, (_ticks_of(self),))


def _ticks_of(value: timedelta) -> int:
    micro = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
    return micro * 10 + (value._tick if isinstance(value, Duration) else 0)


def _check_ticks(ticks: int, text: object) -> int:
    if not INT_RANGES["long"][0] <= ticks <= INT_RANGES["long"][1]:
        raise ValueError(f"{text!r} is outside the .NET TimeSpan range")
    return ticks


def format_duration(value: timedelta) -> str:
    """A TimeSpan as DataContract XML writes it (xs:duration): ``PT1H30M30S``, ``-P1DT2H3M4.005S``, ``PT0S``."""
    ticks = _check_ticks(_ticks_of(value), value)
    if ticks == 0:
        return "PT0S"
    sign = "-" if ticks < 0 else ""
    days, rest = divmod(abs(ticks), _TICKS_PER_DAY)
    seconds, fraction = divmod(rest, _TICKS_PER_SECOND)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    out = [sign, "P"]
    if days:
        out.append(f"{days}D")
    if hours or minutes or seconds or fraction:
        out.append("T")
        if hours:
            out.append(f"{hours}H")
        if minutes:
            out.append(f"{minutes}M")
        if seconds or fraction:
            out.append(str(seconds))
            if fraction:
                out.append("." + f"{fraction:07d}".rstrip("0"))
            out.append("S")
    return "".join(out)


_DURATION = re.compile(
    r"(-)?P(?!$)(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)D)?"
    r"(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:\.([0-9]+))?S)?)?"
).fullmatch


def parse_duration(text: str) -> Duration:
    """A TimeSpan from xs:duration text (a year is 365 days and a month 30, as .NET reads them)."""
    m = _DURATION(text.strip())
    if m is None:
        raise ValueError(f"expected a duration like PT1H30M30S, got {text!r}")
    sign, years, months, days, hours, minutes, seconds, fraction = m.groups()
    total_days = int(years or 0) * 365 + int(months or 0) * 30 + int(days or 0)
    total_seconds = ((total_days * 24 + int(hours or 0)) * 60 + int(minutes or 0)) * 60 + int(seconds or 0)
    ticks = total_seconds * _TICKS_PER_SECOND + int((fraction or "").ljust(7, "0")[:7])
    return Duration.from_ticks(_check_ticks(-ticks if sign else ticks, text))


def format_timespan_json(value: timedelta) -> str:
    """A TimeSpan as Newtonsoft writes it, unquoted: ``01:30:30``, ``2.03:04:05.0060000``, ``-01:00:00``."""
    ticks = _check_ticks(_ticks_of(value), value)
    sign = "-" if ticks < 0 else ""
    days, rest = divmod(abs(ticks), _TICKS_PER_DAY)
    seconds, fraction = divmod(rest, _TICKS_PER_SECOND)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = f"{sign}{days}." if days else sign
    text += f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return text + f".{fraction:07d}" if fraction else text


_TIMESPAN = re.compile(
    r"\s*(-)?(?:([0-9]+)\.)?([0-9]{1,2}):([0-9]{1,2})(?::([0-9]{1,2})(?:\.([0-9]{1,7}))?)?\s*|\s*(-)?([0-9]+)\s*"
).fullmatch


def parse_timespan_json(text: str) -> Duration:
    """A TimeSpan from Newtonsoft's text (``[-][d.]hh:mm[:ss[.fffffff]]`` or whole days)."""
    m = _TIMESPAN(text)
    if m is None:
        raise ValueError(f'expected a TimeSpan like "01:30:30" or "2.03:04:05.0060000", got {text!r}')
    sign, days, hours, minutes, seconds, fraction, day_sign, only_days = m.groups()
    if only_days is not None:
        ticks = int(only_days) * _TICKS_PER_DAY
        return Duration.from_ticks(_check_ticks(-ticks if day_sign else ticks, text))
    h, mi, s = int(hours), int(minutes), int(seconds or 0)
    if h > 23 or mi > 59 or s > 59:
        raise ValueError(f"hours, minutes or seconds out of range in {text!r}")
    total_seconds = ((int(days or 0) * 24 + h) * 60 + mi) * 60 + s
    ticks = total_seconds * _TICKS_PER_SECOND + int((fraction or "").ljust(7, "0"))
    return Duration.from_ticks(_check_ticks(-ticks if sign else ticks, text))
