"""Reading the tables of one workbook: every visible sheet that has a header."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import InputError, Problem
from .header import Table, find_header, is_total_label
from .parse import ValueParseError, column_convention, parse_number
from .workbook import inspect_file, read_grid, sheet_names


def tables_in(
    path: Path,
    dataset: str,
    required: tuple[str, ...],
    *,
    extra_aliases: dict[str, list[str]] | None = None,
    limits: dict[str, float] | None = None,
    sheet: str | None = None,
) -> list[Table]:
    """The tables of ``path`` (or of one ``sheet``) whose header matches ``dataset``.

    Sheets without a recognisable header are skipped when another sheet has
    one; when none has, the error says what was looked for in each sheet.
    """
    inspect_file(path, limits)
    names = sheet_names(path)
    if sheet is not None:
        if sheet not in names:
            raise InputError(Problem(path.name, sheet, expected=f"a sheet named '{sheet}' (the workbook has {', '.join(map(repr, names))})"))
        names = [sheet]
    tables: list[Table] = []
    failures: list[Problem] = []
    for name in names:
        grid = read_grid(path, name, limits)
        if not grid.rows:
            failures.append(grid.problem(None, None, "an empty sheet", "a table with a header row"))
            continue
        try:
            tables.append(find_header(grid, dataset, required, extra_aliases))
        except InputError as err:
            failures.extend(err.problems)
    if not tables:
        raise InputError(failures or [Problem(path.name, expected="at least one sheet")])
    return tables


def split_totals(table: Table, label_columns: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split data rows from rows that state a total (``Jumlah``, ``TOTAL`` …).

    A row is a total row when the first present of ``label_columns`` (or, if
    that is empty, the row's first text cell) is a total label.
    """
    frame = table.frame
    present = [c for c in label_columns if c in frame.columns]
    labels = frame[present].bfill(axis=1).iloc[:, 0] if present else pd.Series(None, index=frame.index, dtype=object)
    mask = labels.map(is_total_label).astype(bool)
    return frame[~mask].reset_index(drop=True), frame[mask].reset_index(drop=True)


def numbers(table: Table, frame: pd.DataFrame, label: str, problems: list[Problem], *, negative: bool = True) -> pd.Series:
    """Parse one column of ``frame`` as numbers, recording each bad cell in ``problems``.

    The column's text cells must agree on one number convention (``1.234,56``
    or ``1234.56``); under the point convention ``1.234`` is refused as
    ambiguous rather than guessed.
    """
    if label not in frame.columns:
        return pd.Series(float("nan"), index=frame.index)
    column = frame[label]
    try:
        convention = column_convention(pd.concat([table.frame[label]]))
    except ValueParseError as err:
        problems.append(table.problem(int(frame["_row"].iloc[0]), label, None, err.expected))
        return pd.Series(float("nan"), index=frame.index)
    out = []
    for row, value in zip(frame["_row"], column):
        try:
            number = parse_number(value, convention or "indonesian")
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
