"""A recognised table and the record of how it was recognised.

:class:`Table` is what the dataset loaders read: the data rows of one table
under canonical column labels, each row traceable to its Excel cell.
:class:`Recognition` is what the recogniser decided and why (header rows,
each column's header path and field, the columns not used, the rows skipped
and their role); ``lakip check --explain``, the loading notes and the error
messages are views of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ...errors import Problem
from ...messages import Pair, Text, render
from ..workbook import Grid


@dataclass(frozen=True)
class Column:
    """A recognised column: canonical name, year (for year-bearing headers), header text, grid column."""

    name: str
    year: int | None
    header: str
    index: int  # grid column
    path: tuple[str, ...] = ()  # the header cells above the column, top to leaf
    how: str = "alias"  # alias, words (the alias's words in another order) or rule (header_rules.csv)
    #: for a header stacking several fields on lines (:data:`~.HEADER_LINE`): the line of each cell the field is on, the
    #: lines of such a cell, and the header's line naming the field
    line: tuple[int, int, str] | None = None

    @property
    def label(self) -> str:
        """Column label in the loaded frame: ``target@2024`` for year-bearing columns."""
        return self.name if self.year is None else f"{self.name}@{self.year}"


def part_of(field: str) -> Pair:
    """The field of a column read as one part of ``field`` (its parts summed, or joined), in both languages."""
    return Pair(f"bagian dari {field}", f"part of {field}")


def not_used(field: str) -> Pair:
    """The field of a column recognised as ``field`` but not read (a share, a physical progress), in both languages."""
    return Pair(f"({field}, tidak dipakai)", f"({field}, not used)")


def row_of(skipped: tuple[int, Text]) -> int:
    """A skipped row's row: the order of skipped rows, whose roles (words or :class:`Pair`) do not compare."""
    return skipped[0]


@dataclass
class Recognition:
    """The record of one table found in a sheet (used or not), for ``lakip check --explain`` and the notes.

    ``status`` is ``used``, or ``skipped`` with ``reason``. ``skipped_rows`` are
    (Excel row, role) pairs: ``column numbers``, ``footer``, ``signature``,
    ``title``, ``blank``. ``unused`` are (cell, header path) of the columns
    that name no field the dataset uses.
    """

    file: str
    sheet: str
    dataset: str | None
    header_rows: tuple[int, int] | None = None  # first and last Excel row of the header band
    #: the body as a half-open range of Excel rows: its first row, and the first row after it (the footer's, the next
    #: table's caption or header, or one past the sheet's last row), where the next table is looked for; equal when the
    #: body is empty (a footer right under the header). :attr:`body_span` gives its first and last row.
    body_rows: tuple[int, int] | None = None
    columns: list[tuple[str, str, Text, str]] = field(default_factory=list)  # (cell, header path, field label, how)
    unused: list[tuple[str, str]] = field(default_factory=list)
    skipped_rows: list[tuple[int, Text]] = field(default_factory=list)
    status: str = "used"
    reason: str = ""
    reason_id: str = ""  # the reason in Indonesian, for the notes
    data_rows: int = 0
    #: cells of the sheet whose bidi controls were made visible, and whose text was cut (:class:`~lakip_lib.loading.workbook.Grid`)
    controls: list[str] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)
    #: of a refused table, what the cells of each column not used hold (cell → a kind of
    #: :data:`~lakip_lib.loading.recognise.content.KINDS`), so that a missing field is looked for among the columns that fit it
    content: dict[str, str] = field(default_factory=dict)
    #: False when the table is refused for its layout (items over several lines), which no header alias mends
    aliases_help: bool = True
    #: amount cells the loader read holding an Excel error (``#N/A``, ``#REF!``): location → (header, error as written);
    #: read as no value, each a warning (:func:`~lakip_lib.loading.notes.recognition_notes`)
    excel_errors: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: the Excel name of the header's first cell (``C5`` for a table under title rows, right of a margin column)
    cell: str = ""

    def refuse(self, reason: Text) -> None:
        """Refused (a table that cannot be read as it is), for ``reason`` (said in both languages)."""
        self.status, self.reason, self.reason_id = "refused", render(reason, "en"), render(reason, "id")

    def skip(self, reason: str, reason_id: str) -> None:
        """Mark the table as not used, with why (in English and in Indonesian)."""
        self.status, self.reason, self.reason_id = "skipped", reason, reason_id

    @property
    def body_span(self) -> tuple[int, int] | None:
        """The first and the last Excel row of the body (:attr:`body_rows` is half-open); None when it has no row.

        Example:
            >>> Recognition("a.xlsx", "D", "budget", (3, 3), (4, 10)).body_span, Recognition("a.xlsx", "D", "budget", (3, 3), (4, 4)).body_span
            ((4, 9), None)
        """
        if self.body_rows is None or self.body_rows[1] <= self.body_rows[0]:
            return None
        return self.body_rows[0], self.body_rows[1] - 1

    @property
    def where(self) -> str:
        """``file:sheet!C5``: the table by the first cell of its header, for notes and messages (``file:sheet`` for a
        sheet without a table; ``file:sheet!row 5`` for a record that does not know its header's column).

        Example:
            >>> Recognition("a.xlsx", "Data", "budget", (5, 6), cell="C5").where, Recognition("a.xlsx", "Data", None).where
            ('a.xlsx:Data!C5', 'a.xlsx:Data')
        """
        if self.cell:
            return f"{self.file}:{self.sheet}!{self.cell}"
        return f"{self.file}:{self.sheet}" + (f"!row {self.header_rows[0]}" if self.header_rows else "")


@dataclass
class Table:
    """A sheet's data rows under a recognised header.

    ``dataset`` is the layout the header matched (``staff``, ``summary``,
    ``budget`` …). ``frame`` holds the raw cell values under canonical labels
    (as the grid holds them: typed, or text), plus ``_row`` (the grid row index
    of each data row), so every value can be traced back to its Excel cell
    through ``grid``. ``header_row`` is the last row of the header band.
    ``parts`` maps a label to the labels of the columns that add up to it
    (``damaged`` ← ``Rusak Ringan``, ``Rusak Berat``). ``others`` are the
    columns that name no field, as (frame label, header path): the loaders may
    still read them (a summary's category columns: ``I | II | III | IV``).
    """

    grid: Grid
    dataset: str
    header_row: int
    columns: list[Column]
    frame: pd.DataFrame
    #: of a grid read as text, the frame's columns whose cells that are not text have their values back (see
    #: :func:`~lakip_lib.loading.tables.retype`); the others show a number or a date as its text
    typed: frozenset[str] = frozenset()
    parts: dict[str, list[str]] = field(default_factory=dict)
    others: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    record: Recognition | None = None
    #: the caption lines right above the header (``Rincian Jumlah PTTB …``), joined; empty when there are none
    title: str = ""
    #: the header path of each part in ``parts`` (``name#2`` → ``('KEGIATAN',)``)
    part_paths: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the grid column of the header's first cell (a row-number column's too); None: that of the first column read
    left: int | None = None
    #: frame label → the grid row its one value is stated on, for a value stated once above the table (a label line
    #: 'STANDAR: <= 5 menit') rather than on its data row
    stated_at: dict[str, int] = field(default_factory=dict)
    #: the grid column of each part in ``parts``, so that a problem in a part names its own cell
    part_columns: dict[str, int] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """``file:sheet!C5``: the table by the first cell of its header (:attr:`Recognition.where`)."""
        if self.record is not None:
            return self.record.where
        return f"{self.grid.file}:{self.grid.sheet}!{self.grid.cell_name(self.header_row, self.first_column)}"

    @property
    def first_column(self) -> int:
        """The grid column of the table's first header cell (where a row of it is named: ``C14``, not ``row 14``)."""
        return self.left if self.left is not None else min((c.index for c in self.columns), default=0)

    def column(self, label: str) -> Column:
        return next(c for c in self.columns if c.label == label)

    def use(self, label: str, field: Text) -> None:
        """Record that the loader read the other column ``label`` (``#E5``) as ``field``."""
        cell = label.removeprefix("#")
        if self.record is None:
            return
        for unused in [u for u in self.record.unused if u[0] == cell]:
            self.record.unused.remove(unused)
            self.record.columns.append((cell, unused[1], field, "category"))

    def has(self, name: str) -> bool:
        """Whether the header has a column of canonical name ``name`` (year-bearing or not)."""
        return any(c.name == name for c in self.columns)

    def problem(self, row: int, label: str | None, value: object, expected: Text) -> Problem:
        """A problem at the cell of data row ``row`` (grid index) and column ``label`` (a field's, or a part's of a
        field added up from several columns); without a column, at the row's cell in the table's first column."""
        if label in self.part_columns:
            return self.grid.problem(row, self.part_columns[label], value, expected, " › ".join(self.part_paths[label]) or None)
        if label is None or not any(c.label == label for c in self.columns):
            return self.grid.problem(row, self.first_column, value, expected)
        column = self.column(label)
        return self.grid.problem(row, column.index, value, expected, column.header)

    def years(self, name: str) -> list[int]:
        return sorted(c.year for c in self.columns if c.name == name and c.year is not None)
