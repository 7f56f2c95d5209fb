"""An indicator's target, or its realisation, told by their ratio: the unnamed column the stated capaian is the
realisation's percentage of, and of two capaian columns under one header, the one the other is the percentage of;
likewise of a budget's two realisation columns under one header, the amount and its percentage of the pagu.

A monitoring application prints the target of each output indicator under a header no vocabulary names ('KOMPONEN':
the integer it pulls out of the target text), then 'REALISASI' and 'PENCAPAIAN (%)', and beside them the money of the
sub kegiatan with its own percentage ('RASIO REALISASI (%)'). The headers leave no target and two capaian; the cells
settle both: the capaian that is, on most rows, the realisation as a percentage of one unnamed column of numbers is
the stated capaian, and that column the target. Most, not every row: an application that caps the capaian at 100
prints 100 where the figures give more (the check of the capaian then warns of it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..parse import ValueParseError, header_key, is_no_value, parse_number
from ..workbook import Grid
from .band import Band
from .fields import ROW_NUMBERS, Match
from .rows import is_column_numbers

#: how a target column is found by its ratio (:attr:`Column.how`)
BY_RATIO = "by ratio"


def target_by_ratio(grid: Grid, band: Band, scan: int = 200) -> Band:
    """The band with the unnamed column that the stated capaian is the realisation's percentage of read as the target,
    and the capaian columns that are not that percentage dropped, in a table of indicators with one realisation, no
    target and a stated capaian: exactly one pair (unnamed column, capaian column) must agree, on at least two rows
    and on more rows than not, that capaian = realisation / column × 100 as printed (rounded to the capaian's own
    decimals). Any other band, or when no pair or several agree, is returned as it is.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Indikator", "Komponen", "Realisasi", "Pencapaian (%)", "Rasio (%)"],
        ...                       ["A", 312, 298, 95.51, 96.42], ["B", 298, 301, 100.0, 98.01], ["C", 1250, 1184, 94.72, 95.38]],
        ...                      dtype=object)
        >>> paths = {0: ("Indikator",), 1: ("Komponen",), 2: ("Realisasi",), 3: ("Pencapaian (%)",), 4: ("Rasio (%)",)}
        >>> matches = {0: Match("indicator", None, "", "rule"), 2: Match("realisation", None, "", "alias"),
        ...            3: Match("stated_capaian", None, "", "rule"), 4: Match("stated_capaian", None, "", "rule")}
        >>> found = target_by_ratio(Grid("k.xlsx", "S", cells), Band("indicators", 0, 0, paths, matches, ()))
        >>> sorted((j, m.name) for j, m in found.matches.items())
        [(0, 'indicator'), (1, 'target'), (2, 'realisation'), (3, 'stated_capaian')]
    """
    if band.dataset != "indicators" or any(m.name == "target" for m in band.matches.values()):
        return band
    realised = [j for j, m in band.matches.items() if m.name == "realisation" and not m.part]
    capaian = [j for j, m in band.matches.items() if m.name == "stated_capaian" and not m.part]
    if len(realised) != 1 or not capaian:
        return band
    unnamed = [j for j, path in sorted(band.paths.items())
               if j not in band.matches and header_key(path[-1]) not in ROW_NUMBERS and j in grid.cells.columns]
    rows = _body_rows(grid, band, scan)
    agreeing = [(j, c) for j in unnamed for c in capaian if _agrees(rows, realised[0], j, c)]
    if len(agreeing) != 1:
        return band
    target, stated = agreeing[0]
    match = band.matches[realised[0]]
    matches = {j: m for j, m in band.matches.items() if m.name != "stated_capaian" or j == stated}
    matches[target] = Match("target", match.year, band.paths[target][-1], BY_RATIO)
    return replace(band, matches=matches)


def share_of_target(grid: Grid, band: Band, claimants: list[int], scan: int = 200) -> tuple[int, int] | None:
    """Of two capaian columns under one header (an LKj prints 'Capaian s/d 2016' over the value reached and again over
    its percentage), told by their cells: (the percentage, the value reached) when, on at least two rows and on more
    rows than not, one is the other as a percentage of the band's one target of the same year (value / target × 100,
    rounded as printed), and not the other way round. None when the band has no such target, or the cells settle
    nothing.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Indikator", "Target", "Capaian", "Capaian"], ["A", "60 Dokumen", "117 Dokumen", 195],
        ...                       ["B", "200 Unit", "235 Unit", "117,5"], ["C", 40, 58, 145]], dtype=object)
        >>> paths = {0: ("Indikator",), 1: ("Target",), 2: ("Capaian",), 3: ("Capaian",)}
        >>> matches = {0: Match("indicator", None, "", "rule"), 1: Match("target", None, "", "alias"),
        ...            2: Match("stated_capaian", None, "", "rule"), 3: Match("stated_capaian", None, "", "rule")}
        >>> share_of_target(Grid("k.xlsx", "S", cells), Band("indicators", 0, 0, paths, matches, ()), [2, 3])
        (3, 2)
    """
    if len(claimants) != 2:
        return None
    year = band.matches[claimants[0]].year
    targets = [j for j, m in band.matches.items() if m.name == "target" and not m.part and m.year == year]
    if len(targets) != 1:
        return None
    rows = _body_rows(grid, band, scan)
    first, second = claimants
    ways = [(s, r) for r, s in ((first, second), (second, first)) if _agrees(rows, r, targets[0], s)]
    return ways[0] if len(ways) == 1 else None


def capaian_of_figures(grid: Grid, band: Band, claimants: list[int], scan: int = 200) -> int | None:
    """Of several capaian columns under headers of their own (an SKP prints 'CAPAIAN IKI', then 'KATEGORI CAPAIAN IKI'
    and 'NILAI CAPAIAN IKI', the score the regulation's table converts the capaian to), the one the cells settle: on at
    least two rows and on more rows than not, it is the band's one realisation as a percentage of its one target of
    the same year (rounded as printed), and no other claimant is. None when the band has no such pair of columns, when
    two claimants stand under one band's header, or none or several agree: the headers' question stays.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Indikator", "Target", "Realisasi", "Capaian", "Nilai Capaian"],
        ...                       ["A", 85, 85, "100%", 109], ["B", 95, 93, "98%", 88]], dtype=object)
        >>> paths = {j: (h,) for j, h in enumerate(cells.iloc[0])}
        >>> matches = {0: Match("indicator", None, "", "rule"), 1: Match("target", None, "", "alias"),
        ...            2: Match("realisation", None, "", "alias"), 3: Match("stated_capaian", None, "", "rule"),
        ...            4: Match("stated_capaian", None, "", "rule")}
        >>> capaian_of_figures(Grid("k.xlsx", "S", cells), Band("indicators", 0, 0, paths, matches, ()), [3, 4])
        3
        >>> cells.iloc[1:, 4] = ["100%", "98%"]  # the same figures twice: nothing told
        >>> capaian_of_figures(Grid("k.xlsx", "S", cells), Band("indicators", 0, 0, paths, matches, ()), [3, 4]) is None
        True
    """
    year = band.matches[claimants[0]].year
    if any(band.matches[j].year != year for j in claimants):
        return None
    if len({band.paths[j][0] for j in claimants}) != len(claimants):
        # columns under one band ('% Kinerja Puskesmas › Sub Variabel | Variabel'): its parts, levels or periods, are
        # the band's question, not settled here
        return None
    targets = [j for j, m in band.matches.items() if m.name == "target" and not m.part and m.year == year]
    realised = [j for j, m in band.matches.items() if m.name == "realisation" and not m.part and m.year == year]
    if len(targets) != 1 or len(realised) != 1:
        return None
    rows = _body_rows(grid, band, scan)
    agreeing = [j for j in claimants if j in grid.cells.columns and _agrees(rows, realised[0], targets[0], j)]
    return agreeing[0] if len(agreeing) == 1 else None


def share_of_budget(grid: Grid, band: Band, claimants: list[int], scan: int = 200) -> tuple[int, int] | None:
    """Of two realisation columns under one header (a report merges 'REALISASI' over the amount spent and, unlabelled,
    its percentage), told by their cells: (the amount, the percentage) when, on at least two rows and on more rows
    than not, one is the other as a percentage of one of the band's budget columns (rounded as printed), and no other
    pairing agrees. None when the columns are not one header's, or the cells settle nothing.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Pagu", "Realisasi", "Realisasi"], ["3.997.063.000", "3.994.431.400", "99,93"],
        ...                       ["1.981.331.000", "1.929.480.942", "97,38"]], dtype=object)
        >>> paths = {0: ("Pagu",), 1: ("Realisasi",), 2: ("Realisasi",)}
        >>> matches = {0: Match("budget", None, "", "rule"), 1: Match("realised", None, "", "rule"),
        ...            2: Match("realised", None, "", "rule")}
        >>> share_of_budget(Grid("a.xlsx", "S", cells), Band("budget", 0, 0, paths, matches, ()), [1, 2])
        (1, 2)
        >>> cells.iloc[1:, 2] = ["52,10", "61,00"]  # no share of the pagu: two amounts, a question
        >>> share_of_budget(Grid("a.xlsx", "S", cells), Band("budget", 0, 0, paths, matches, ()), [1, 2]) is None
        True
    """
    if len(claimants) != 2 or band.paths[claimants[0]] != band.paths[claimants[1]]:
        return None
    budgets = [j for j, m in band.matches.items() if m.name == "budget" and not m.part]
    rows = _body_rows(grid, band, scan)
    first, second = claimants
    ways = {(amount, share) for amount, share in ((first, second), (second, first))
            for budget in budgets if _agrees(rows, amount, budget, share)}
    return ways.pop() if len(ways) == 1 else None


def _body_rows(grid: Grid, band: Band, scan: int) -> list:
    """The band's first ``scan`` body rows, a column-number row left out."""
    body = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan]
    return [row for row in body.to_numpy(dtype=object) if not is_column_numbers([v for v in row if not is_no_value(v)])]


def _agrees(rows: list, realised: int, base: int, stated: int) -> bool:
    """Whether ``stated`` is ``realised`` / ``base`` × 100, rounded as ``stated`` is printed, on at least two rows and on
    more rows than not (rows where any of the three is no number, or the base is zero, say nothing)."""
    agree = disagree = 0
    for row in rows:
        r, b, s = (_number(row[k]) for k in (realised, base, stated))
        if r is None or b is None or s is None or b == 0:
            continue
        if round(r / b * 100, _decimals(s)) == round(s, _decimals(s)):
            agree += 1
        else:
            disagree += 1
    return agree >= 2 and agree > disagree


def _decimals(value: float) -> int:
    """The decimals a number shows (95.51 → 2, 100.0 → 0), at most four."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


#: a figure written with its unit ('117 Dokumen', '5 hari'): the number is what a ratio compares
_WITH_UNIT = re.compile(r"^\s*(\d[\d.,]*)\s+[^\W\d_].*$")


def _number(value: object) -> float | None:
    if is_no_value(value) or isinstance(value, bool):
        return None
    if isinstance(value, str) and (match := _WITH_UNIT.match(value)):
        value = match.group(1)
    try:
        return parse_number(value, None)
    except ValueParseError:
        return None
