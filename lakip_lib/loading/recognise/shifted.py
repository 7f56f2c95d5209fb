"""A roster whose data stand one column right of their headers: a value printed without a header cell.

A view that prints one cell more per data row than its header has (a SIMPEG's DUK printing the Karpeg number
between the NIP and the name, with no header for it) puts every value from that column on under the header of the
column to its left, and the last value in a column with no header at all. Read as headed, each of those columns is
refused cell by cell ('Jenis Kelamin' holding dates, 'Tanggal Lahir' holding places); :func:`shifted_from` finds the
one cause, so that a single refusal names where the shift starts and what to do. Which value the unheaded cell is
cannot be told from the table, so the shift is never undone silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from ..parse import ValueParseError, clean_text, parse_date, parse_education, parse_gender, parse_golongan
from ..workbook import is_blank
from .content import column_content

#: data rows looked at: a shift runs the whole column, so the first rows tell it
SCAN = 50
#: the share of a column's filled cells that must have a field's shape for the column to fit it
FIT = 0.8
_NIP = re.compile(r"^'?\d{18}$")


def _parses(parse: Callable[[object], object]) -> Callable[[object], bool]:
    def test(value: object) -> bool:
        try:
            parse(value)
        except ValueParseError:
            return False
        return True
    return test


#: roster fields whose cells show by their shape whether they belong to the field: a name is words, a sex, a date, a
#: golongan, a level of schooling or a NIP parse as one
SHAPES: dict[str, Callable[[object], bool]] = {
    "nip": lambda v: bool(_NIP.match(clean_text(v).replace(" ", ""))),
    "name": lambda v: column_content([v]) == "text",
    "birth_date": _parses(parse_date),
    "gender": _parses(parse_gender),
    "golongan": _parses(parse_golongan),
    "education": _parses(lambda v: parse_education(v, major=False)),
}


def _fits(cells: Iterable[object], field: str) -> bool:
    """Whether most filled ``cells`` (two or more) have the shape of ``field``'s values."""
    filled = [v for v in cells if not is_blank(v)]
    return len(filled) >= 2 and sum(SHAPES[field](v) for v in filled) >= FIT * len(filled)


def shifted_from(cells: pd.DataFrame, rows: np.ndarray, headed: dict[int, str], last: int) -> list[int] | None:
    """The columns of fields (``headed``: column → field) whose values stand one column to their right, from the
    first such column on, when the data rows ``rows`` of ``cells`` say so; None otherwise.

    They say so when two columns or more hold values that do not fit their own header's field while the column to
    their right holds values that do, no field's column right of the first of them reads well under its own header
    alone, and most rows hold a value right of the last header (column ``last``): the cell the header has no title for.

    Example:
        >>> cells = pd.DataFrame([["Nama", "Tgl Lahir", "JK", None], ["E 1042", "Bambang", "1966-04-12", "Laki-laki"],
        ...                       ["F 2278", "Endang", "1969-07-18", "Perempuan"]])
        >>> shifted_from(cells, np.array([1, 2]), {0: "name", 1: "birth_date", 2: "gender"}, 2)
        [0, 1, 2]
        >>> shifted_from(cells.iloc[:, :3], np.array([1, 2]), {0: "name", 1: "birth_date", 2: "gender"}, 2) is None
        True
    """
    rows = rows[:SCAN]
    if not len(rows) or last + 1 not in cells.columns:
        return None
    beyond = cells[last + 1].iloc[rows]
    if (~beyond.map(is_blank)).sum() < FIT * len(rows):
        return None

    def column(j: int) -> list[object]:
        return cells[j].iloc[rows].tolist() if j in cells.columns else []

    own = {j: _fits(column(j), field) for j, field in headed.items() if field in SHAPES}
    right = {j: _fits(column(j + 1), headed[j]) for j in own}
    shifted = [j for j in sorted(own) if right[j] and not own[j]]
    if len(shifted) < 2 or any(own[j] and not right[j] for j in own if j > shifted[0]):
        return None
    return shifted
