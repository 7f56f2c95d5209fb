"""A sheet of drop-down option lists beside the sheet it serves.

An application's import template ships its drop-downs' sources on a sheet of their own ('Master Data': a column of
units, one of statuses, one of roles, side by side under their own header). Those columns are named as the columns
of the table on the other sheet, but they list options, not records: read as a table they would be refused (or,
worse, counted). Told apart by structure: each column under the header lists distinct values, the columns end at
different rows (each list its own length), and most of its headers are headers of a table read from another sheet.
"""

from __future__ import annotations

from ..parse import header_key
from ..workbook import is_blank

#: how many of the first rows are looked at for the lists' header
_TOP = 5


def option_lists(rows: list[list[object]], headers: set[str]) -> int | None:
    """The row (from 0) of the header of a sheet of option lists, whose headers are mostly among ``headers`` (the
    :func:`header_key` of the columns of a table read from another sheet); None for any other sheet.

    Each column under the header must hold distinct values and the columns must end at different rows: a second
    roster under the same headers repeats its statuses, and its columns end together.

    Example:
        >>> option_lists([["Kode Unit", "Status"], ["IGD", "PNS"], ["Lab", "PPPK"], [None, "PJLP"]], {"kodeunit", "status"})
        0
        >>> option_lists([["Kode Unit", "Status"], ["IGD", "PNS"], ["Lab", "PNS"], ["IGD", "PJLP"]], {"kodeunit", "status"})
    """
    for top, row in enumerate(rows[:_TOP]):
        named = [j for j, v in enumerate(row) if isinstance(v, str) and v.strip()]
        if not named:
            continue
        if len(named) < 2 or 2 * sum(header_key(row[j]) in headers for j in named) < len(named) + 1:
            return None  # the first row with words is the header, or the sheet is no such lists
        ends: set[int] = set()
        for j in named:
            values = [r[j] if j < len(r) else None for r in rows[top + 1:]]
            filled = [v for v in values if not is_blank(v)]
            if not filled or len({str(v).strip().lower() for v in filled}) < len(filled):
                return None
            ends.add(max(i for i, v in enumerate(values) if not is_blank(v)))
        return top if len(ends) > 1 else None
    return None
