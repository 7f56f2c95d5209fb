"""Display formatting: Indonesian and English numbers, money, percentages and dates (reference: Tabel 3.1–3.7)."""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal, localcontext

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lakip_lib.errors import ConfigError
from lakip_lib.formatting import (
    MISSING,
    Formatter,
    format_compact,
    format_count,
    format_date,
    format_number,
    format_percent,
    format_rupiah,
)

JAN_29 = dt.date(2025, 1, 29)


@pytest.mark.parametrize(
    ("call", "indonesian", "english"),
    [
        (lambda loc: format_number(13_201_715_554, locale=loc), "13.201.715.554", "13,201,715,554"),
        (lambda loc: format_number(64.23, 2, loc), "64,23", "64.23"),
        (lambda loc: format_number(-1234.5, 1, loc), "-1.234,5", "-1,234.5"),
        (lambda loc: format_rupiah(13_201_715_554, loc), "Rp 13.201.715.554", "IDR 13,201,715,554"),
        (lambda loc: format_rupiah(68_295_260.4, loc), "Rp 68.295.260", "IDR 68,295,260"),
        (lambda loc: format_percent(13_133_420_294 / 13_201_715_554 * 100, locale=loc), "99,48%", "99.48%"),
        (lambda loc: format_percent(98.5641025641, locale=loc), "98,56%", "98.56%"),
        (lambda loc: format_percent(56.31, 1, loc), "56,3%", "56.3%"),
        (lambda loc: format_percent(56, 0, loc), "56%", "56%"),
        (lambda loc: format_count(3679, loc), "3.679", "3,679"),
        (lambda loc: format_compact(13_201_715_554, locale=loc), "13,2\xa0M", "13.2B"),
        (lambda loc: format_compact(500_000_000, locale=loc), "500\xa0jt", "500M"),
        (lambda loc: format_date(JAN_29, loc), "29 Januari 2025", "29 January 2025"),
        (lambda loc: format_date(pd.Timestamp("2025-01-29 10:30"), loc), "29 Januari 2025", "29 January 2025"),
    ],
)
def test_exact_strings(call, indonesian, english):
    assert call("id") == indonesian
    assert call("en") == english


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0.125, 2, "0,13"),  # Babel alone: 0,12 (half to even)
        (2.5, 0, "3"),
        (3.5, 0, "4"),
        (-2.5, 0, "-3"),  # half away from zero, as Excel
        (2.675, 2, "2,68"),  # the decimal the float displays as, not its binary value
        (0.5, 0, "1"),
        (-0.001, 2, "0,00"),  # no "-0,00"
        (99.995, 2, "100,00"),
    ],
)
def test_rounds_half_away_from_zero(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_percent_and_compact_round_half_up_too():
    assert format_percent(0.125) == "0,13%"
    assert format_percent(98.565) == "98,57%"
    assert format_compact(1_250_000_000) == "1,3\xa0M"


def test_trailing_zeros_can_be_dropped():
    assert [format_number(v, 2, trailing_zeros=False) for v in (20, 0.25, 88.30, 1.005)] == ["20", "0,25", "88,3", "1,01"]


MISSING_VALUES = [None, float("nan"), np.nan, pd.NA, np.float64("nan"), Decimal("NaN")]


@pytest.mark.parametrize("value", MISSING_VALUES, ids=repr)
@pytest.mark.parametrize(
    "function", [format_number, format_count, format_rupiah, format_percent, format_compact], ids=lambda f: f.__name__
)
def test_missing_is_a_dash(function, value):
    assert function(value) == MISSING == "-"


@pytest.mark.parametrize("value", [None, pd.NaT, float("nan")], ids=repr)
def test_missing_date_is_a_dash(value):
    assert format_date(value) == "-"


def test_accepts_numpy_and_decimal():
    assert format_count(np.int64(103)) == "103"
    assert format_number(np.float64(64.225), 2) == "64,23"
    assert format_rupiah(Decimal("3875550000.00")) == "Rp 3.875.550.000"


def test_count_refuses_a_fraction():
    assert format_count(45.0) == "45"
    with pytest.raises(ValueError, match="whole number"):
        format_count(2.5)


def test_negative_decimals_are_refused():
    with pytest.raises(ValueError, match="decimals"):
        format_number(1, -1)


def test_formatter_binds_the_locale():
    values = (13_201_715_554, 98.5641, 3679, JAN_29)
    for locale in ("id", "en"):
        fmt = Formatter(locale)
        assert fmt.number(values[0]) == format_number(values[0], locale=locale)
        assert fmt.number(64.234, 2) == format_number(64.234, 2, locale)
        assert fmt.rupiah(values[0]) == format_rupiah(values[0], locale)
        assert fmt.percent(values[1], 1) == format_percent(values[1], 1, locale)
        assert fmt.count(values[2]) == format_count(values[2], locale)
        assert fmt.compact(values[0]) == format_compact(values[0], locale=locale)
        assert fmt.date(values[3]) == format_date(values[3], locale)
    assert Formatter() == Formatter("id")


def test_formatter_is_frozen_and_checks_the_language():
    with pytest.raises(AttributeError):
        Formatter("id").locale = "en"
    with pytest.raises(ConfigError, match="'fr'"):
        Formatter("fr")


def _parse_indonesian(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def _half_up(value: float | int, decimals: int) -> Decimal:
    number = Decimal(str(value))
    with localcontext(prec=400, rounding=ROUND_HALF_UP):
        return number.quantize(Decimal(1).scaleb(-decimals))


NUMBERS = st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers())


@given(NUMBERS, st.integers(min_value=0, max_value=6))
def test_format_number_round_trips(value, decimals):
    text = format_number(value, decimals)
    assert _parse_indonesian(text) == _half_up(value, decimals)
    assert "nan" not in text.lower()
    # the grouping is Indonesian: a dot every three digits, the comma only before the fraction
    whole = text.lstrip("-").split(",")[0]
    assert all(len(group) == 3 for group in whole.split(".")[1:])
    assert text.count(",") == (1 if decimals else 0)


@given(NUMBERS, st.integers(min_value=0, max_value=4))
def test_format_percent_round_trips(value, decimals):
    text = format_percent(value, decimals)
    assert text.endswith("%")
    assert _parse_indonesian(text[:-1]) == _half_up(value, decimals)


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_english_is_the_indonesian_with_separators_swapped(value):
    swap = str.maketrans(".,", ",.")
    assert format_number(value, 2, "en") == format_number(value, 2, "id").translate(swap)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_rupiah_is_the_whole_number_after_the_symbol(value):
    assert format_rupiah(value).replace("Rp ", "") == format_number(value)


def test_infinity_prints_babels_symbol():
    assert (format_number(math.inf), format_number(-math.inf)) == ("∞", "-∞")
