"""Finding the header row of an exported table and naming its columns.

Exports put title rows, blank rows and merged titles above the header, and
sometimes split the header over two rows (``Realisasi`` over ``Th 2023 |
Th 2024``, ``KONDISI`` over ``BAIK | RUSAK``). :func:`find_header` tries
every row of the first :data:`SCAN_ROWS` (and every pair of adjacent rows),
for each dataset a sheet may hold (a roster or a summary), and keeps the one
whose cells match the most known column aliases. Headers are compared
without case, spaces or punctuation; a year in the header of a value column
(``Target 2024``, ``Realisasi Th 2023``) becomes the column's year. The data
rows end at a footer (``Sumber: …``); blank rows and the ``(1) (2) (3)`` row
are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..domain import header_alias_examples, header_aliases
from ..errors import ConfigError, InputError, Problem
from .parse import blank_mask, clean_text, is_text_column, mask_by_unique
from .workbook import SCAN_ROWS, Grid

#: the columns whose header may carry a year (``Target 2024``); other columns ignore one (``Jumlah Pegawai 2024``)
YEAR_COLUMNS = frozenset({"target", "realisation", "stated_capaian", "renstra_target", "baseline", "budget", "realised", "stated_pct"})

_YEAR = re.compile(r"(?:\b(?:th|thn|tahun|ta)\.?\s*)?\b((?:19|20)\d{2})\b")
_FOOTER = re.compile(r"^(?:sumber(?!\s*daya)|source|keterangan|catatan|ket\s*[:.]|\*)", re.IGNORECASE)
_COLUMN_NUMBERS = re.compile(r"^\(?([0-9]{1,2})\)?$")
_TOTAL = re.compile(
    r"^(?:jumlah|total|sub\s*-?\s*total|grand\s*total)"
    r"(?:\s+(?:total|keseluruhan|seluruhnya|pegawai|anggaran|belanja|program|kegiatan))?\s*:?$",
    re.IGNORECASE,
)


def header_key(text: object) -> str:
    """The form headers are compared in.

    Example:
        >>> header_key("GOL. RUANG"), header_key("Realisasi (%)")
        ('golruang', 'realisasipersen')
    """
    text = clean_text(text).lower().replace("%", " persen ")
    return re.sub(r"[^a-z0-9]", "", text)


@dataclass(frozen=True)
class Column:
    """A recognised column: canonical name, year (for year-bearing headers), where it is."""

    name: str
    year: int | None
    header: str
    index: int  # grid column

    @property
    def label(self) -> str:
        """Column label in the loaded frame: ``target@2024`` for year-bearing columns."""
        return self.name if self.year is None else f"{self.name}@{self.year}"


@dataclass
class Table:
    """A sheet's data rows under a recognised header.

    ``dataset`` is the layout the header matched (``staff``, ``summary``,
    ``budget`` …). ``frame`` holds the raw cell values under canonical labels
    (as the grid holds them: typed, or text), plus ``_row`` (the grid row index
    of each data row), so every value can be traced back to its Excel cell
    through ``grid``.
    """

    grid: Grid
    dataset: str
    header_row: int
    columns: list[Column]
    frame: pd.DataFrame
    #: of a grid read as text, the frame's columns whose cells that are not text have their values back (see
    #: :func:`~lakip_lib.loading.tables.retype`); the others show a number or a date as its text
    typed: frozenset[str] = frozenset()

    def column(self, label: str) -> Column:
        return next(c for c in self.columns if c.label == label)

    def has(self, name: str) -> bool:
        """Whether the header has a column of canonical name ``name`` (year-bearing or not)."""
        return any(c.name == name for c in self.columns)

    def problem(self, row: int, label: str | None, value: object, expected: str) -> Problem:
        """A problem at the cell of data row ``row`` (grid index) and column ``label``."""
        if label is None:
            return self.grid.problem(row, None, value, expected)
        column = self.column(label)
        return self.grid.problem(row, column.index, value, expected, column.header)

    def years(self, name: str) -> list[int]:
        return sorted(c.year for c in self.columns if c.name == name and c.year is not None)


def _aliases(dataset: str, extra: dict[str, list[str]] | None) -> dict[str, str]:
    aliases = dict(header_aliases(dataset))
    known = set(aliases.values())
    for column, spellings in (extra or {}).items():
        if column not in known:
            raise ConfigError(f"lakip.yml: header_aliases.{dataset}.{column}: unknown column {column!r}; "
                              f"the {dataset} columns are {', '.join(sorted(known))}")
        for spelling in spellings:
            aliases[header_key(spelling)] = column
    return aliases


def match_header(text: object, aliases: dict[str, str]) -> tuple[str, int | None] | None:
    """Canonical column and year named by one header cell, or None.

    Example:
        >>> match_header("Realisasi Th 2023", {"realisasi": "realisation"})
        ('realisation', 2023)
        >>> match_header("Jumlah Pegawai 2024", {"jumlahpegawai": "count"})
        ('count', None)
    """
    if text is None or not isinstance(text, (str, int)):
        return None
    key = header_key(text)
    if key in aliases:
        return aliases[key], None
    years = _YEAR.findall(clean_text(text).lower())
    if len(years) == 1:
        base = header_key(_YEAR.sub(" ", clean_text(text).lower()))
        if base in aliases:
            column = aliases[base]
            return column, int(years[0]) if column in YEAR_COLUMNS else None
    return None


def _tops(grid: Grid, i: int, width: int) -> list[tuple[object, bool]]:
    """The cell above each column of row ``i``, and whether it spans several columns (a group header).

    A group header is merged across its columns (``KONDISI`` over ``BAIK | RUSAK``),
    or, in exports without merges, followed by blanks over cells of row ``i``.
    """
    upper, lower = grid.rows[i - 1], grid.rows[i]
    tops = [(upper[j] if j < len(upper) else None, False) for j in range(width)]
    row = grid.row0 - 1 + i - 1  # the upper row, 0-based on the sheet as merged ranges are
    for first_row, first_col, last_row, last_col in grid.merged:
        if not first_row <= row <= last_row or not 0 <= first_row - grid.row0 + 1 < len(grid.rows):
            continue
        origin = grid.rows[first_row - grid.row0 + 1]
        value = origin[first_col - grid.col0] if 0 <= first_col - grid.col0 < len(origin) else None
        for j in range(max(first_col - grid.col0, 0), min(last_col - grid.col0 + 1, width)):
            tops[j] = (value, last_col > first_col)
    for j in range(1, width):
        if tops[j][0] is None and j < len(lower) and lower[j] is not None and tops[j - 1][0] is not None:
            tops[j - 1] = tops[j] = (tops[j - 1][0], True)
    return tops


def _candidate(grid: Grid, i: int, pair: bool, aliases: dict[str, str]) -> list[Column]:
    """The columns row ``i`` names as a header, alone or (``pair``) as the lower row of a two-row header.

    Under a group header a lower cell names its column (``Th 2023`` under
    ``Realisasi``, ``L`` under ``JENIS KELAMIN``); under a one-column header it
    only completes it (``Target`` over ``2024``), so a data row under a header
    is never mistaken for a second header row.
    """
    lower = grid.rows[i]
    tops = _tops(grid, i, len(lower)) if pair else [(None, False)] * len(lower)
    columns: list[Column] = []
    for j, cell in enumerate(lower):
        top, group = tops[j]
        options = []
        if top is not None and cell is not None:
            options.append(f"{clean_text(top)} {clean_text(cell)}")
        if cell is not None and (top is None or group):
            options.append(cell)
        if cell is None and top is not None:
            options.append(top)  # a header cell merged down over both rows
        for option in options:
            found = match_header(option, aliases)
            if found:
                columns.append(Column(found[0], found[1], clean_text(option), j))
                break
    return columns


def _best_row(grid: Grid, aliases: dict[str, str]) -> tuple[int, int, list[Column]] | None:
    """(row, score, columns) of the row (or pair of rows) naming the most distinct columns, at least 2."""
    best: tuple[int, int, list[Column]] | None = None
    for i in range(min(len(grid.rows), SCAN_ROWS)):
        for pair in (False, True) if i else (False,):
            columns = _candidate(grid, i, pair, aliases)
            score = len({c.label for c in columns})
            if score >= 2 and (best is None or score > best[1]):
                best = (i, score, columns)
    return best


def expected_header(layouts: dict[str, tuple[str, ...]]) -> str:
    """What a header of one of ``layouts`` looks like, for the "no header" problem.

    Example:
        >>> expected_header({"budget": ("name", "budget")})
        "a header row with column names such as 'Uraian', 'Anggaran' in the first 40 rows"
    """
    examples = [header_alias_examples(d, required or tuple(dict.fromkeys(header_aliases(d).values())), per_column=1)
                for d, required in layouts.items()]
    return f"a header row with column names such as {'; or '.join(examples)} in the first {SCAN_ROWS} rows"


def find_header(grid: Grid, layouts: dict[str, tuple[str, ...]],
                extra_aliases: dict[str, dict[str, list[str]]] | None = None) -> Table | None:
    """Locate the header of ``grid`` and return its data rows under canonical names.

    ``layouts`` maps each dataset the sheet may hold (``{"staff": ("nip", …),
    "summary": ()}``) to its required columns; the one whose header names the
    most columns wins. Returns None when no row looks like a header; raises
    :class:`InputError` when the header lacks a required column or names a
    column twice.
    """
    found: tuple[str, tuple[str, ...], int, int, list[Column]] | None = None
    for dataset, required in layouts.items():
        best = _best_row(grid, _aliases(dataset, (extra_aliases or {}).get(dataset)))
        if best and (found is None or best[1] > found[3]):
            found = (dataset, required, *best)
    if found is None:
        return None
    dataset, required, row, _, columns = found
    problems = []
    seen: dict[str, Column] = {}
    for column in columns:
        if column.label in seen:
            first = seen[column.label]
            problems.append(grid.problem(row, column.index, column.header,
                                         f"each column once; '{first.header}' in {grid.cell_name(row, first.index)} is the same column"))
        seen.setdefault(column.label, column)
    for name in required:
        if not any(c.name == name for c in columns):
            problems.append(grid.problem(row, None, None, f"a column for {name!r} (a header such as {header_alias_examples(dataset, (name,))})"))
    if problems:
        raise InputError(problems)
    return Table(grid, dataset, row, columns, _frame(grid, row, columns))


def _frame(grid: Grid, header_row: int, columns: list[Column]) -> pd.DataFrame:
    """The data rows under the header: blank rows, the column-number row and what follows a footer left out.

    Decided column by column, so a roster of a million rows is a few vector
    operations; only the rows that could be the column-number row or a footer
    (the first row, and rows of one or two values) are looked at one by one.
    """
    body = grid.cells.iloc[header_row + 1:]
    blank = [blank_mask(body[j]) for j in body.columns]
    counts = np.zeros(len(body), dtype=np.int32)  # summed a column at a time: a table of a million rows by 12 sums slowly
    for column in blank:
        counts += ~column
    rows = np.flatnonzero(counts) + header_row + 1

    def values(i: int) -> list[object]:
        return [v for v, empty in zip(grid.cells.iloc[i], (column[i - header_row - 1] for column in blank)) if not empty]

    first = 0
    while first < len(rows) and _is_column_numbers(values(rows[first])):
        first += 1
    rows = rows[first:]
    for i in rows[counts[rows - header_row - 1] <= 2]:
        if _is_footer(values(i)):
            rows = rows[rows < i]  # "Sumber: …", then notes and signatures: the table has ended
            break
    # contiguous rows (a roster without blank rows) are a slice, which Arrow columns share instead of copying
    picked = slice(rows[0], rows[-1] + 1) if len(rows) and rows[-1] - rows[0] + 1 == len(rows) else rows
    frame = grid.cells.iloc[picked, [c.index for c in columns]].reset_index(drop=True)
    frame.columns = [c.label for c in columns]
    frame["_row"] = pd.Series(rows, dtype=int)
    return frame


def _is_column_numbers(values: list[object]) -> bool:
    """The "(1) (2) (3) …" row some tables print under the header."""
    numbers = [int(m.group(1)) for v in values if isinstance(v, (str, int)) and (m := _COLUMN_NUMBERS.match(str(v).strip()))]
    return len(values) > 2 and numbers == list(range(1, len(values) + 1))


def _is_footer(values: list[object]) -> bool:
    first = values[0]
    return isinstance(first, str) and bool(_FOOTER.match(clean_text(first))) and len(values) <= 2


def total_label_mask(values: pd.Series, where: np.ndarray) -> np.ndarray:
    """:func:`is_total_label` of the cells of ``values`` where ``where`` is set (False elsewhere).

    Of a column read as text only the cells that could be one (with ``jumlah``
    or ``total`` in them, or characters outside ASCII) are tested, and cells of
    digits alone are left out first, so a column of a million NIPs costs one
    vector operation.

    Example:
        >>> total_label_mask(pd.Series(["JUMLAH", "196711101992031001", "Jumlah"], dtype="str"), np.array([True, True, False])).tolist()
        [True, False, False]
    """
    if is_text_column(values):
        array = pa.array(values.array)
        where = where & ~pc.ascii_is_decimal(array).fill_null(False).to_numpy(zero_copy_only=False)
        rows = np.flatnonzero(where)
        rest = array.take(pa.array(rows))
        maybe = pc.or_(pc.invert(pc.string_is_ascii(rest)), pc.match_substring_regex(rest, "jumlah|total", ignore_case=True))
        where[rows] = maybe.fill_null(False).to_numpy(zero_copy_only=False)
    return mask_by_unique(values, where, is_total_label)


def is_total_label(value: object) -> bool:
    """True for the labels of rows that state a total (``Jumlah``, ``TOTAL``, ``Sub Total``).

    Example:
        >>> is_total_label("JUMLAH"), is_total_label("Sub Total"), is_total_label("Jumlah Aplikasi")
        (True, True, False)
    """
    return isinstance(value, str) and bool(_TOTAL.match(clean_text(value)))
