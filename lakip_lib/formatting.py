"""Numbers, money, percentages and dates as a LAKIP prints them, through Babel.

Indonesian (``id``) is the default: ``13.201.715.554``, ``64,23``,
``Rp 13.201.715.554``, ``98,56%``, ``29 Januari 2025``. English (``en``)
gives ``13,201,715,554``, ``98.56%``, ``IDR 13,201,715,554`` and
``29 January 2025`` (day first in both languages, so one date pattern).

Rounding is half away from zero, as Excel rounds, because readers check the
report against the agency's spreadsheets; Babel alone would round half to
even (``0,125`` → ``0,12``). A missing value (None, NaN, ``pd.NA``, ``NaT``)
prints as ``-``, the reports' mark for "no value", never ``nan`` or ``0``.

It sits below both the analysis (whose findings state amounts in their
messages) and the presentation, so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

import pandas as pd
from babel.dates import format_date as _babel_date
from babel.numbers import format_compact_decimal, format_currency, format_decimal
from babel.numbers import format_percent as _babel_percent

from .errors import ConfigError
from .messages import said

#: What the reports print where there is no value.
MISSING = "-"

#: Locales the kit has chart and report wording for.
SUPPORTED_LOCALES = ("id", "en")

#: Day first in both languages: "29 Januari 2025", "29 January 2025".
DATE_PATTERN = "d MMMM y"

Number = int | float | Decimal


def _is_missing(value: object) -> bool:
    return value is None or bool(pd.isna(value))


def _pattern(decimals: int, trailing_zeros: bool = True) -> str:
    if decimals < 0:
        raise ValueError(f"decimals must be 0 or more, got {decimals}")
    fraction = ("0" if trailing_zeros else "#") * decimals
    return "#,##0" + (f".{fraction}" if fraction else "")


def _half_up(number: Decimal, decimals: int) -> Context:
    # Enough digits for the integer part of any float (up to 1e308) plus the
    # fraction; the default 28 would make quantize fail on large values.
    return Context(prec=max(28, number.adjusted() + decimals + 3), rounding=ROUND_HALF_UP)


def _rounded(value: Number | None, decimals: int, render: Callable[[Decimal], str]) -> str:
    """Round ``value`` half away from zero to ``decimals`` places and render it.

    ``str`` first, so a float rounds as the decimal it displays as (2.675 →
    2.68, as in Excel) rather than as its binary approximation.
    """
    if _is_missing(value):
        return MISSING
    number = Decimal(str(value))
    with localcontext(_half_up(number, decimals)):
        if number.is_finite():
            number = number.quantize(Decimal(1).scaleb(-decimals))
            # -0.001 rounds to zero: print "0,00", not "-0,00"
            number = abs(number) if number.is_zero() else number
        return render(number)


def format_number(
    value: Number | None, decimals: int = 0, locale: str = "id", *, trailing_zeros: bool = True
) -> str:
    """A number with the locale's separators and ``decimals`` fraction digits.

    With ``trailing_zeros=False`` the fraction is at most ``decimals`` digits
    long and zeros at its end are dropped (axis ticks: "0", "0,25", "20").

    Example:
        >>> format_number(13201715554), format_number(64.234, 2), format_number(0.125, 2)
        ('13.201.715.554', '64,23', '0,13')
        >>> format_number(13201715554, locale="en"), format_number(float("nan"))
        ('13,201,715,554', '-')
        >>> format_number(88.3, 2, trailing_zeros=False)
        '88,3'
    """
    pattern = _pattern(decimals, trailing_zeros)
    return _rounded(value, decimals, lambda n: format_decimal(n, pattern, locale=locale))


def format_count(value: Number | None, locale: str = "id") -> str:
    """A count of people: a whole number with thousands separators.

    A fractional count is a bug upstream (a mean where a sum was meant), so
    it raises ``ValueError`` instead of being rounded away.

    Example:
        >>> format_count(3679), format_count(3679, "en"), format_count(None)
        ('3.679', '3,679', '-')
    """
    if not _is_missing(value) and Decimal(str(value)) != Decimal(str(value)).to_integral_value():
        raise ValueError(f"a count must be a whole number, got {value!r}")
    return format_number(value, 0, locale)


def format_rupiah(value: Number | None, locale: str = "id") -> str:
    """An amount in rupiah, whole rupiah, symbol then a space as the reports write it.

    CLDR's Indonesian pattern would give ``Rp13.201.715.554,00``; the reports
    print neither the sen nor the missing space. English uses Babel's symbol
    for the currency, ``IDR``.

    Example:
        >>> format_rupiah(13201715554), format_rupiah(13201715554, "en")
        ('Rp 13.201.715.554', 'IDR 13,201,715,554')
    """
    pattern = "¤ " + _pattern(0)
    return _rounded(
        value,
        0,
        lambda n: format_currency(n, "IDR", pattern, locale=locale, currency_digits=False),
    )


def format_percent(value_pct: Number | None, decimals: int = 2, locale: str = "id") -> str:
    """A value already in percent units (98.56, not 0.9856) with the percent sign.

    Example:
        >>> format_percent(98.56410256), format_percent(98.56410256, 2, "en"), format_percent(56.31, 1)
        ('98,56%', '98.56%', '56,3%')
    """
    pattern = _pattern(decimals) + "%"
    # scaleb is exact, unlike dividing a float by 100; Babel multiplies back.
    return _rounded(
        value_pct, decimals, lambda n: _babel_percent(n.scaleb(-2), pattern, locale=locale)
    )


#: indicator units whose values are printed as percentages
PERCENT_UNITS = frozenset({"%", "persen", "persentase", "percent"})
#: indicator units that name nothing counted: the number is printed alone (an index, a score)
PLAIN_UNITS = frozenset({"", "angka", "indeks", "index", "nilai", "skor", "score", "poin", "rasio", "ratio"})


def format_measure(value: Number | None, unit: str | None, decimals: int, locale: str = "id") -> str:
    """An indicator's value with its unit and ``decimals`` fraction digits: a percentage with the sign, an index or a
    score alone, a thing counted with its unit (a capitalised word lower-cased, an acronym kept), joined by a
    no-break space so that they never wrap apart.

    Example:
        >>> format_measure(88.3, "%", 2), format_measure(64.23, "Angka", 2), format_measure(4, "Aplikasi", 0)
        ('88,30%', '64,23', '4\xa0aplikasi')
        >>> format_measure(12, "SKPD", 0), format_measure(88.3, "%", 2, "en"), format_measure(None, "%", 2)
        ('12\xa0SKPD', '88.30%', '-')
        >>> format_measure(12, float("nan"), 0)  # no Satuan: a text column's missing value, never the word 'nan'
        '12'
    """
    if _is_missing(value):
        return MISSING
    unit = unit.strip() if isinstance(unit, str) else ""
    if unit.lower() in PERCENT_UNITS:
        return format_percent(value, decimals, locale)
    number = format_number(value, decimals, locale)
    if unit.lower() in PLAIN_UNITS:
        return number
    return f"{number}\xa0{unit.lower() if unit[:1].isupper() and unit[1:].islower() else unit}"


def format_money_scale(largest: Number, locale: str = "id") -> tuple[float, str]:
    """The unit a money axis reaching ``largest`` rupiah is written in: (rupiah per unit, its name).

    Example:
        >>> format_money_scale(13_201_715_554), format_money_scale(500_000_000, "en"), format_money_scale(900)
        ((1000000000.0, 'miliar'), (1000000.0, 'million'), (1.0, ''))
    """
    for size, name_id, name_en in ((10**12, "triliun", "trillion"), (10**9, "miliar", "billion"), (10**6, "juta", "million")):
        if abs(largest) >= size:
            return float(size), name_id if locale == "id" else name_en
    return 1.0, ""


def format_money_tick(value: Number, scale: tuple[float, str], locale: str = "id") -> str:
    """A money axis tick in the unit of :func:`format_money_scale`: ``Rp 2 miliar``, ``Rp 1,5 miliar``, ``Rp 0``.

    Example:
        >>> scale = format_money_scale(13_201_715_554)
        >>> format_money_tick(2e9, scale), format_money_tick(1.5e9, scale), format_money_tick(0, scale)
        ('Rp\xa02\xa0miliar', 'Rp\xa01,5\xa0miliar', 'Rp\xa00')
        >>> format_money_tick(2e9, format_money_scale(2e9, "en"), "en")
        'IDR\xa02\xa0billion'
    """
    size, name = scale
    number = format_number(value / size, 1, locale, trailing_zeros=False)
    symbol = "Rp" if locale == "id" else "IDR"
    return f"{symbol}\xa0{number}" + (f"\xa0{name}" if name and value else "")


def format_compact(value: Number | None, decimals: int = 1, locale: str = "id") -> str:
    r"""A large number in the locale's short form: ``13,2 M`` (milyar), ``500 jt`` (juta).

    Used for money axes, where the full ``13.201.715.554`` would not fit.
    Babel joins number and unit with a no-break space, so they never wrap apart.

    Example:
        >>> format_compact(13201715554), format_compact(500_000_000), format_compact(13201715554, locale="en")
        ('13,2\xa0M', '500\xa0jt', '13.2B')
    """
    if _is_missing(value):
        return MISSING
    number = Decimal(str(value))
    # Babel scales and rounds itself; the context makes that rounding half-up.
    with localcontext(_half_up(number, decimals)):
        return format_compact_decimal(number, locale=locale, fraction_digits=decimals)


def format_date(value: date | None, locale: str = "id") -> str:
    """A date as ``d MMMM y``: ``29 Januari 2025``, in English ``29 January 2025``.

    Example:
        >>> format_date(date(2025, 1, 29)), format_date(date(2025, 1, 29), "en"), format_date(pd.NaT)
        ('29 Januari 2025', '29 January 2025', '-')
    """
    if _is_missing(value):
        return MISSING
    return _babel_date(value, DATE_PATTERN, locale=locale)


@dataclass(frozen=True)
class Formatter:
    """The formatting functions bound to one locale, so the language is chosen once.

    Example:
        >>> Formatter("en").percent(98.5641), Formatter().rupiah(350_000_000)
        ('98.56%', 'Rp 350.000.000')
    """

    locale: str = "id"

    def __post_init__(self) -> None:
        if self.locale not in SUPPORTED_LOCALES:
            raise ConfigError(said("unknown_locale", locale=repr(self.locale), locales=", ".join(SUPPORTED_LOCALES)))

    def number(self, value: Number | None, decimals: int = 0, *, trailing_zeros: bool = True) -> str:
        """See :func:`format_number`."""
        return format_number(value, decimals, self.locale, trailing_zeros=trailing_zeros)

    def count(self, value: Number | None) -> str:
        """See :func:`format_count`."""
        return format_count(value, self.locale)

    def rupiah(self, value: Number | None) -> str:
        """See :func:`format_rupiah`."""
        return format_rupiah(value, self.locale)

    def percent(self, value_pct: Number | None, decimals: int = 2) -> str:
        """See :func:`format_percent`."""
        return format_percent(value_pct, decimals, self.locale)

    def measure(self, value: Number | None, unit: str | None, decimals: int) -> str:
        """See :func:`format_measure`."""
        return format_measure(value, unit, decimals, self.locale)

    def money_scale(self, largest: Number) -> tuple[float, str]:
        """See :func:`format_money_scale`."""
        return format_money_scale(largest, self.locale)

    def money_tick(self, value: Number, scale: tuple[float, str]) -> str:
        """See :func:`format_money_tick`."""
        return format_money_tick(value, scale, self.locale)

    def compact(self, value: Number | None, decimals: int = 1) -> str:
        """See :func:`format_compact`."""
        return format_compact(value, decimals, self.locale)

    def date(self, value: date | None) -> str:
        """See :func:`format_date`."""
        return format_date(value, self.locale)
