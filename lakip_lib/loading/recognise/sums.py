"""Amount columns told apart by their sums: of several budget columns, the ``Jumlah`` that adds up the others.

A recap by SKPD prints the pagu split into its parts and their total (``Pagu Belanja Tidak Langsung | Pagu Belanja
Langsung | Jumlah Pagu``), then the spending likewise without the word ``Pagu`` (``Belanja Tidak Langsung | Belanja
Langsung | Jumlah Belanja``). The headers alone leave three budget candidates and no realisation; the cells settle
it: the column headed ``Jumlah``/``Total`` holding the sum of the others on every row is the field, the others its
parts; with none so headed (``Realisasi NPD | Realisasi LS | Realisasi Aktual``), the only one that holds the others'
sum. A header saying so and cells that disagree settle nothing: the candidates stay ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from ..parse import ValueParseError, clean_text, is_no_value, parse_number
from ..workbook import Grid
from .band import Band
from .fields import header_words
from .rows import is_column_numbers

#: first words of a header naming the total of the columns beside it (``Jumlah Pagu``, ``Total Realisasi``)
_TOTAL_WORDS = frozenset({"jumlah", "total", "jml"})
#: words of a header saying up to (``s.d.``, ``s/d``, ``sampai dengan``, ``kumulatif``), each phrase as its set of words
_TO_DATE = (frozenset({"s", "d"}), frozenset({"sd"}), frozenset({"sampai", "dengan"}), frozenset({"kumulatif"}))
#: words of a header naming the period reported (``Triwulan Ini``) and the one before it (``Triwulan Lalu``)
_NOW = frozenset({"ini", "sekarang"})
_BEFORE = frozenset({"lalu", "sebelumnya"})
#: the word of a budget header that its spending's header leaves out (``Pagu Belanja Langsung`` → ``Belanja Langsung``)
_BUDGET_WORD = "pagu"


def headed_total(path: tuple[str, ...]) -> bool:
    """Whether a column's own header starts with a total word (``Jumlah Pagu``, ``Total``).

    Example:
        >>> headed_total(("Jumlah Pagu",)), headed_total(("Total",)), headed_total(("Pagu Belanja Langsung",))
        (True, True, False)
    """
    words = re.findall(r"[a-z0-9]+", clean_text(path[-1]).lower())
    return bool(words) and words[0] in _TOTAL_WORDS


def total_of_others(grid: Grid, band: Band, candidates: list[int]) -> int | None:
    """Of three or more columns claiming one amount, the one whose cells are the sum of the others' on every row of
    the body that has numbers: the one headed ``Jumlah``/``Total`` when one is, else the only one that adds up the
    others (``Realisasi NPD | Realisasi LS | Realisasi Aktual``: the routes of payment and their sum, which no total
    word heads); of several so headed (each band's ``Jumlah`` and the ``Total Jumlah``), the only one that adds up all
    the others; None when the headed one does not add up, or not exactly one does."""
    if len(candidates) < 3:
        return None
    totals = [j for j in candidates if headed_total(band.paths[j])]
    if len(totals) > 1:
        # the bands' subtotals and their grand total: the grand total alone adds up every other
        totals = [j for j in totals if adds_up(grid, band, j, [k for k in candidates if k != j])]
        return totals[0] if len(totals) == 1 else None
    if not totals:
        # each column is tried: two that both add up the others (a part that is zero on every row) settle nothing
        totals = [j for j in candidates if adds_up(grid, band, j, [k for k in candidates if k != j])]
        return totals[0] if len(totals) == 1 else None
    total = totals[0]
    return total if adds_up(grid, band, total, [j for j in candidates if j != total]) else None


def adds_up(grid: Grid, band: Band, total: int, parts: list[int], scan: int = 200, unparted: bool = False) -> bool:
    """Whether column ``total`` holds the sum of columns ``parts`` on every body row (of the first ``scan``) where it
    holds a number, a blank part counting as nothing; at least one such row must be other than zero. The
    column-number row is left out; a row whose total is text or blank (a title, a footer) says nothing. With
    ``unparted``, neither does a row whose parts are all blank (an SPJ's Saldo Kas under the table, printed in the
    total's column alone)."""
    agree, disagree, unreadable = _agreement(grid, band, total, parts, scan, unparted)
    return not unreadable and not disagree and agree > 0


def _agreement(grid: Grid, band: Band, total: int, parts: list[int], scan: int = 200,
               unparted: bool = False) -> tuple[int, int, int]:
    """How the body rows (of the first ``scan``) where column ``total`` holds a number agree that it is the sum of
    ``parts``: (rows that agree with a total other than zero, rows that do not, rows with a part that is no number —
    summed without it). :func:`adds_up` wants every row, :func:`to_date` most; (0, 0, 0) when a column is missing."""
    columns = [total, *parts]
    if any(j not in grid.cells.columns for j in columns):
        return 0, 0, 0
    body = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan]
    agree = disagree = unreadable = 0
    for row, cells in zip(body.to_numpy(dtype=object), body[columns].to_numpy(dtype=object)):
        if is_column_numbers([v for v in row if not is_no_value(v)]):
            continue
        stated, *addends = (_number(v) for v in cells)
        if stated is None or (unparted and all(_blank(v) for v in cells[1:])):
            continue
        unreadable += any(a is None and not is_no_value(v) for a, v in zip(addends, cells[1:]))
        if np.isclose(stated, sum(a for a in addends if a is not None), rtol=0, atol=0.5):
            agree += stated != 0  # nothing spent yet agrees with anything
        else:
            disagree += 1
    return agree, disagree, unreadable


def to_date(grid: Grid, band: Band, candidates: list[int], scan: int = 200) -> int | None:
    """Of realisation columns by period (``Realisasi s.d. Triwulan Lalu | Realisasi Triwulan Ini | Jumlah Realisasi
    s.d. Triwulan Ini``; SAKTI's ``Periode Lalu | Periode Ini | s.d. Periode``), the one to date of this period: its
    header says up to (``s.d.``, ``sampai dengan``, ``kumulatif``) and not before (an up-to with no period named is up
    to the period reported), each other one says before (``lalu``, ``sebelumnya``) or this period alone, and there is
    one of each. The cells must agree: the previous to date plus this period make the to date on most rows
    that state it, and at least one such row is other than zero. Most, not every: a school's BOS report prints its
    receipts and the balance carried over in the same columns, where a balance is no flow and does not add up.
    This period may be split into parts its headers do not call this period (``Periode ke 1 | Periode ke 2``): then
    the cells must agree on every row. None otherwise: without the to-date column, the periods stay a question."""
    words = {j: frozenset().union(*(header_words(p) for p in band.paths[j])) for j in candidates}
    cumulative = [j for j in candidates if _says_to_date(words[j]) and not words[j] & _BEFORE]
    before = [j for j in candidates if words[j] & _BEFORE]
    now = [j for j in candidates if j not in cumulative and j not in before]
    if len(cumulative) != 1 or not before or not now:
        return None
    # this period may come in numbered parts (an SPJ's 'Periode ke 1 | Periode ke 2'): a header not saying this period
    # is one of them only when the cells add up on every row, not merely on most
    strict = any(not words[j] & _NOW for j in now)
    agree, disagree, _ = _agreement(grid, band, cumulative[0], [*before, *now], scan)
    return cumulative[0] if agree > disagree and not (strict and disagree) else None


def routes_to_date(grid: Grid, band: Band, candidates: list[int]) -> tuple[int | None, list[int]] | None:
    """Of realisation columns by payment route, each route's group by period (an SPJ fungsional's ``SPJ - LS › s.d.
    Bulan lalu | Periode ke 1 | Periode ke 2 | s.d. Bulan ini``, then ``SPJ - UP/GU/TU ›`` the same): each route's
    realisation is its own to date (:func:`to_date`), and the routes add up to the realisation. A column under no
    group that says to date (``Jumlah SPJ (LS+UP/GU/TU) s/d Bulan ini``) and holds their sum on every row is it:
    (that column, the routes' to-date columns); with none, (None, the routes' to-date columns), to be summed. None
    when fewer than two groups, a group has no to date, or more than one column stands outside the groups, or the
    one that does says no to date, or does not add up."""
    groups: dict[tuple[str, ...], list[int]] = {}
    outside = []
    for j in candidates:
        if len(band.paths[j]) > 1:
            groups.setdefault(band.paths[j][:-1], []).append(j)
        else:
            outside.append(j)
    if len(groups) < 2 or len(outside) > 1:
        return None
    routes = [to_date(grid, band, group) for group in groups.values()]
    if any(route is None for route in routes):
        return None
    if not outside:
        return None, routes
    total = outside[0]
    words = header_words(band.paths[total][0])
    if not _says_to_date(words) or words & _BEFORE or not adds_up(grid, band, total, routes, unparted=True):
        return None
    return total, routes


def before_period(path: tuple[str, ...]) -> bool:
    """Whether a column's header names a period before the one reported (``Triwulan Lalu``, ``Tahun Sebelumnya``).

    Example:
        >>> before_period(("Realisasi", "Triwulan Lalu")), before_period(("Realisasi", "Triwulan Ini"))
        (True, False)
    """
    return bool(frozenset().union(*(header_words(p) for p in path)) & _BEFORE)


def _says_to_date(words: frozenset[str]) -> bool:
    return any(phrase <= words for phrase in _TO_DATE)


def spending(grid: Grid, band: Band, total: int, parts: list[int]) -> tuple[int, list[int]] | None:
    """The spending columns of a budget whose headers say ``Pagu``: for each budget part (``Pagu Belanja Langsung``) the
    one column not otherwise named whose header has the same words without ``Pagu`` (``Belanja Langsung``), and the
    column headed ``Jumlah``/``Total`` that adds them up on every row (``Jumlah Belanja``): (total, parts), or None
    when any of them is missing, doubled or does not add up."""
    if not all(_BUDGET_WORD in header_words(band.paths[j][-1]) for j in [total, *parts]):
        return None
    free = [j for j in sorted(band.paths) if j not in band.matches]
    found = []
    for j in parts:
        want = header_words(band.paths[j][-1]) - {_BUDGET_WORD}
        same = [k for k in free if header_words(band.paths[k][-1]) == want]
        if len(same) != 1:
            return None
        found.append(same[0])
    totals = [k for k in free if k not in found and headed_total(band.paths[k]) and adds_up(grid, band, k, found)]
    return (totals[0], found) if len(totals) == 1 else None


def _blank(value: object) -> bool:
    """An empty cell, not one printing nothing ('-' is a zero)."""
    return is_no_value(value) and not (isinstance(value, str) and clean_text(value))


def _number(value: object) -> float | None:
    try:
        return parse_number(value, None)
    except ValueParseError:
        return None


def year_of_periods(grid: Grid, band: Band, year: int, periods: list[int], scan: int = 200) -> bool:
    """Whether column ``year`` holds, on every body row where it and a period hold numbers, the year's figure of the
    columns ``periods`` (its quarters): their sum (money, counts) or the last one filled (a level, a percentage to
    date); at least one such row must be other than zero. A row whose periods are all blank or '-' (measured once a
    year) says nothing.

    Example:
        >>> import pandas as pd
        >>> grid = Grid("a.xlsx", "S", pd.DataFrame([["TW I", "TW II", "2026"], ["2", "1", "3"], ["93,1", "94,6", "94,6"],
        ...                                         ["-", "-", "-"]]))
        >>> band = Band("indicators", 0, 0, {0: ("TW I",), 1: ("TW II",), 2: ("2026",)}, {}, ())
        >>> year_of_periods(grid, band, 2, [0, 1])
        True
        >>> grid.cells.iat[1, 2] = "5"  # neither their sum nor the last
        >>> year_of_periods(grid, band, 2, [0, 1])
        False
    """
    if any(j not in grid.cells.columns for j in [year, *periods]):
        return False
    agree = 0
    for _, stated, filled in _figures_of_periods(grid, band, year, periods, scan):
        if stated is None or not filled:
            continue
        if not (np.isclose(stated, sum(filled), rtol=1e-9, atol=0.005) or np.isclose(stated, filled[-1], rtol=1e-9, atol=0.005)):
            return False
        agree += stated != 0
    return agree > 0


def _figures_of_periods(grid: Grid, band: Band, column: int, periods: list[int], scan: int
                        ) -> Iterator[tuple[np.ndarray, float | None, list[float]]]:
    """Each body row's cells of ``column`` and ``periods``, the figure in ``column`` (None when no number) and those of
    the periods filled, in order; rows of column numbers are skipped."""
    body = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan]
    for row, cells in zip(body.to_numpy(dtype=object), body[[column, *periods]].to_numpy(dtype=object)):
        if is_column_numbers([v for v in row if not is_no_value(v)]):
            continue
        stated, *values = (_number(v) for v in cells)
        yield cells, stated, [v for v in values if v is not None]


def mean_of_periods(grid: Grid, band: Band, total: int, periods: list[int], scan: int = 200) -> bool:
    """Whether column ``total`` holds, on every body row where it holds a number, the mean of the periods filled
    (``periods``), rounded as the column writes it (a whole number when it shows no decimals: an application's
    ``Math.round`` of the quarters' mean); at least one such row must not also be their sum or their last (where
    the mean says nothing the others would not).

    Example:
        >>> import pandas as pd
        >>> grid = Grid("a.xlsx", "S", pd.DataFrame([["I", "II", "Total"], ["28.4", "63.5", "46"], ["3", "12", "8"]]))
        >>> band = Band("indicators", 0, 0, {0: ("I",), 1: ("II",), 2: ("Total",)}, {}, ())
        >>> mean_of_periods(grid, band, 2, [0, 1])
        True
        >>> mean_of_periods(grid, band, 1, [0])  # one period is its own mean: nothing said
        False
    """
    if any(j not in grid.cells.columns for j in [total, *periods]):
        return False
    telling = 0
    for cells, stated, filled in _figures_of_periods(grid, band, total, periods, scan):
        if stated is None:
            continue
        if not filled:
            return False
        mean = sum(filled) / len(filled)
        decimals = _decimals(cells[0])
        if abs(stated - mean) > 0.5 * 10 ** -decimals + 1e-9:
            return False
        telling += not (np.isclose(stated, sum(filled)) or np.isclose(stated, filled[-1]))
    return telling > 0


def _decimals(value: object) -> int:
    """How many decimals a cell shows: ``'47'`` none, ``'46.5'`` or ``'46,5'`` one; a number as it is stored."""
    text = clean_text(value) if isinstance(value, str) else repr(float(value)) if isinstance(value, (int, float)) else ""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return 0
    if re.fullmatch(r"-?\d{1,3}(?:[.,]\d{3})+", text):
        return 0  # thousands grouped ('1.250'): a whole number as the printed groups say
    found = re.search(r"[.,](\d+)%?$", text)
    return len(found.group(1)) if found else 0
