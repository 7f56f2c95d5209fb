"""Reading the tables of one workbook: every visible sheet that has a header."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..domain import header_aliases
from ..errors import ConfigError, InputError, Problem
from .header import Table, expected_header, find_header, is_total_label
from .parse import INDONESIAN, ValueParseError, column_convention, is_no_value, parse_number
from .workbook import inspect_file, read_grid, sheet_names


def tables_in(
    path: Path,
    layouts: dict[str, tuple[str, ...]],
    *,
    extra_aliases: dict[str, dict[str, list[str]]] | None = None,
    limits: dict[str, float] | None = None,
    sheet: str | None = None,
) -> list[Table]:
    """The tables of ``path`` (or of one ``sheet``) whose header matches one of ``layouts``.

    ``layouts`` maps a dataset of ``header_aliases.csv`` to its required
    columns; ``extra_aliases`` are the project's extra header spellings by
    dataset (``lakip.yml`` ``header_aliases``). A sheet without a recognisable
    header is skipped when another sheet has one; a sheet whose header is
    recognised but wrong (a required column missing, a column twice) is always
    reported.

    Example:
        >>> tables = tables_in(Path("data/raw/2024/anggaran.xlsx"), {"budget": ("name", "budget")})  # doctest: +SKIP
        >>> tables[0].dataset, tables[0].grid.cell_name(tables[0].header_row, 0)  # doctest: +SKIP
        ('budget', 'A6')
    """
    for dataset in extra_aliases or {}:
        if not header_aliases(dataset):
            raise ConfigError(f"lakip.yml: header_aliases.{dataset}: unknown dataset; the datasets are staff (a roster), "
                              "summary (staff summary tables), indicators, budget and assets")
    inspect_file(path, limits)
    names = sheet_names(path)
    if sheet is not None:
        if sheet not in names:
            raise InputError(Problem(path.name, sheet, expected=f"a sheet named '{sheet}' (the workbook has {', '.join(map(repr, names))})"))
        names = [sheet]
    tables: list[Table] = []
    unrecognised: list[Problem] = []
    wrong: list[Problem] = []
    for name in names:
        grid = read_grid(path, name, limits)
        if not grid.rows:
            unrecognised.append(grid.problem(None, None, "an empty sheet", "a table with a header row"))
            continue
        try:
            table = find_header(grid, layouts, extra_aliases)
        except InputError as err:
            wrong.extend(err.problems)
            continue
        if table is None:
            unrecognised.append(grid.problem(None, None, None, expected_header(layouts)))
        else:
            tables.append(table)
    if wrong or not tables:
        raise InputError(wrong + ([] if tables else unrecognised) or [Problem(path.name, expected="at least one visible sheet")])
    return tables


def total_labels(table: Table, frame: pd.DataFrame, label_columns: tuple[str, ...]) -> pd.Series:
    """The text that says what each row of ``frame`` is: the first text of ``label_columns``,
    or, where those have none, the first text cell of the row (``TOTAL`` in a merged ``No`` cell)."""
    columns = [c for c in label_columns if c in frame.columns]

    def label(record: tuple) -> object:
        texts = (v for v in (*record[1:], *table.grid.rows[record[0]]) if isinstance(v, str) and not is_no_value(v))
        return next(texts, None)

    return pd.Series([label(r) for r in frame[["_row", *columns]].itertuples(index=False)], index=frame.index, dtype=object)


def split_totals(table: Table, label_columns: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split data rows from rows that state a total (``Jumlah``, ``TOTAL``, ``Sub Total`` …).

    A row is a total row when its label (:func:`total_labels`) is a total
    label. The total rows keep their label in a ``_label`` column.
    """
    frame = table.frame
    labels = total_labels(table, frame, label_columns)
    mask = labels.map(is_total_label).astype(bool)
    totals = frame[mask].assign(_label=labels[mask].map(lambda v: " ".join(str(v).split())))
    return frame[~mask].reset_index(drop=True), totals.reset_index(drop=True)


def numbers(table: Table, frame: pd.DataFrame, label: str, problems: list[Problem], *, negative: bool = True) -> pd.Series:
    """Parse one column of ``frame`` as numbers, recording each bad cell in ``problems``.

    The text cells of the whole column (in ``table.frame``) decide its number
    convention (``1.234,56`` or ``1234.56``); a cell written the other way is
    refused, and under the point convention ``1.234`` is refused as ambiguous
    rather than guessed. "No value" cells (``-``, ``n/a``, empty) are NaN.
    """
    if label not in frame.columns:
        return pd.Series(float("nan"), index=frame.index)
    convention = column_convention(table.frame[label]) or INDONESIAN
    out = []
    for row, value in zip(frame["_row"], frame[label]):
        try:
            number = parse_number(value, convention)
        except ValueParseError as err:
            problems.append(table.problem(int(row), label, value, err.expected))
            number = None
        if number is not None and number < 0 and not negative:
            problems.append(table.problem(int(row), label, value, "an amount of zero or more"))
        out.append(float("nan") if number is None else number)
    return pd.Series(out, index=frame.index, dtype=float)


def location(table: Table, row: int, label: str | None = None) -> str:
    """``file:sheet!D14`` for a cell, ``file:sheet!row 14`` for a row."""
    grid = table.grid
    cell = grid.cell_name(row, table.column(label).index) if label else f"row {grid.row0 + row}"
    return f"{grid.file}:{grid.sheet}!{cell}"
