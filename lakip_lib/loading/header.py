"""Finding the header row of an exported table and naming its columns.

Exports put title rows, blank rows and merged titles above the header, and
sometimes split the header over two rows (``Realisasi`` over ``Th 2023 |
Th 2024``). :func:`find_header` tries every row of the first
:data:`SCAN_ROWS` (and every pair of adjacent rows) and keeps the one whose
cells match the most known column aliases. Headers are compared without
case, spaces or punctuation; a year in a header (``Target 2024``,
``Realisasi Th 2023``) becomes the column's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..domain import header_alias_examples, header_aliases
from ..errors import InputError, Problem
from .parse import clean_text
from .workbook import Grid

#: how many rows from the top of a sheet may hold titles before the header
SCAN_ROWS = 40

_YEAR = re.compile(r"(?:\b(?:th|thn|tahun|ta)\.?\s*)?\b((?:19|20)\d{2})\b")
_FOOTER = re.compile(r"^(?:sumber|source|keterangan|catatan|ket\s*:|\*)", re.IGNORECASE)
_COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")
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

    ``frame`` holds the raw cell values under canonical labels, plus ``_row``
    (the grid row index of each data row), so every value can be traced back
    to its Excel cell through ``grid``.
    """

    grid: Grid
    header_row: int
    columns: list[Column]
    frame: pd.DataFrame

    def column(self, label: str) -> Column:
        return next(c for c in self.columns if c.label == label)

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
    for column, spellings in (extra or {}).items():
        for spelling in spellings:
            aliases[header_key(spelling)] = column
    return aliases


def match_header(text: object, aliases: dict[str, str]) -> tuple[str, int | None] | None:
    """Canonical column and year named by one header cell, or None.

    Example:
        >>> match_header("Realisasi Th 2023", {"realisasi": "realisation"})
        ('realisation', 2023)
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
            return aliases[base], int(years[0])
    return None


def _candidate(upper: list[object] | None, lower: list[object], aliases: dict[str, str]) -> list[Column]:
    columns: list[Column] = []
    filled = None
    for j, cell in enumerate(lower):
        top = upper[j] if upper is not None and j < len(upper) else None
        if upper is not None:
            if top is None and cell is not None:
                top = filled  # the upper cell is merged across this column
            filled = top if top is not None else (filled if cell is not None else None)
        options = []
        if top is not None and cell is not None:
            options.append(f"{clean_text(top)} {clean_text(cell)}")
        options += [v for v in (cell, top) if v is not None]
        for option in options:
            found = match_header(option, aliases)
            if found:
                columns.append(Column(found[0], found[1], clean_text(option), j))
                break
    return columns


def find_header(grid: Grid, dataset: str, required: tuple[str, ...], extra_aliases: dict[str, list[str]] | None = None) -> Table:
    """Locate the header of ``grid`` and return its data rows under canonical names.

    Raises :class:`InputError` when no row looks like a header, a required
    column is missing, or a column appears twice.
    """
    aliases = _aliases(dataset, extra_aliases)
    best: tuple[int, int, list[Column]] | None = None
    for i, row in enumerate(grid.rows[:SCAN_ROWS]):
        for upper in (None, grid.rows[i - 1] if i else None):
            if upper is None and best is not None and best[0] == i:
                continue
            columns = _candidate(upper, row, aliases)
            score = len({c.label for c in columns})
            if score >= 2 and (best is None or score > best[1]):
                best = (i, score, columns)
    if best is None:
        raise InputError(grid.problem(None, None, None, f"a header row with column names such as {header_alias_examples(dataset, required)} in the first {SCAN_ROWS} rows"))
    row, _, columns = best
    problems = []
    seen: dict[str, Column] = {}
    for column in columns:
        if column.label in seen:
            problems.append(grid.problem(row, column.index, column.header, f"each column once; '{seen[column.label].header}' in {grid.cell_name(row, seen[column.label].index)} is the same column"))
        seen[column.label] = column
    for name in required:
        if not any(c.name == name for c in columns):
            problems.append(grid.problem(row, None, None, f"a column for {name!r} (a header such as {header_alias_examples(dataset, (name,))})"))
    if problems:
        raise InputError(problems)
    return Table(grid, row, columns, _frame(grid, row, columns))


def _frame(grid: Grid, header_row: int, columns: list[Column]) -> pd.DataFrame:
    rows = grid.rows[header_row + 1 :]
    index = [c.index for c in columns]
    data = [[row[j] if j < len(row) else None for j in index] for row in rows]
    frame = pd.DataFrame(data, columns=[c.label for c in columns], dtype=object)
    frame["_row"] = range(header_row + 1, header_row + 1 + len(rows))
    return frame[[_keep(row) for row in rows]].reset_index(drop=True)


def _keep(row: list[object]) -> bool:
    values = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    if not values:
        return False
    if all(isinstance(v, (str, int)) and _COLUMN_NUMBERS.match(str(v).strip()) for v in values) and len(values) > 2:
        return False  # the "(1) (2) (3)" row under some headers
    first = values[0]
    return not (isinstance(first, str) and _FOOTER.match(clean_text(first)) and len(values) <= 2)


def is_total_label(value: object) -> bool:
    """True for the labels of rows that state a total (``Jumlah``, ``TOTAL``, ``Sub Total``).

    Example:
        >>> is_total_label("JUMLAH"), is_total_label("Sub Total"), is_total_label("Jumlah Aplikasi")
        (True, True, False)
    """
    return isinstance(value, str) and bool(_TOTAL.match(clean_text(value)))
