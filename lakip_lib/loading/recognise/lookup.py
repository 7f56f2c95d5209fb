"""A sheet of drop-down option lists beside the sheet it serves.

An application's import template ships its drop-downs' sources on a sheet of their own ('Master Data': a column of
units, one of statuses, one of roles, side by side under their own header). Those columns are named as the columns
of the table on the other sheet, but they list options, not records: read as a table they would be refused (or,
worse, counted). Told apart by structure: each column under the header lists distinct values, the columns end at
different rows (each list its own length), and most of its headers are headers of a table read from another sheet.

A template ships its instructions so too ('Panduan': one row per column of the template, its header in the first cell
and what to write in the next, 'Kondisi' | 'Opsional - Kondisi asset (Baik/Rusak Ringan/Rusak Berat)'): a column
listing, down its rows, nearly all headers of the table read from another sheet describes that table, and holds no
records.
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


#: the fewest headers of the table read that a guide's column lists
_GUIDE_LEAST = 4


def column_guide(rows: list[list[object]], headers: set[str]) -> tuple[int, int] | None:
    """(row, column) from 0 of the first of the cells of a sheet describing a table's columns: one column lists, down
    its rows, at least three quarters of ``headers`` (the :func:`header_key` of the header cells of a table read from
    another sheet), and at least :data:`_GUIDE_LEAST` of them; None for any other sheet. A recap by condition lists
    'Kondisi', 'Baik', 'Rusak Ringan', 'Rusak Berat' down its rows: some of a table's headers, not nearly all of them.

    Example:
        >>> column_guide([["Panduan"], ["Nama Asset", "Wajib"], ["NUP", "23 digit"], ["Kondisi", "Baik/Rusak"],
        ...               ["Keterangan", "Opsional"]], {"namaasset", "nup", "kondisi", "keterangan", "jenisbmn"})
        (1, 0)
        >>> column_guide([["Kondisi", "Jumlah"], ["Baik", 4], ["Rusak Ringan", 1], ["Rusak Berat", 0], ["Jumlah", 5]],
        ...              {"namabarang", "merk", "tahun", "baik", "rusakringan", "rusakberat", "jumlah", "keterangan"})
    """
    if len(headers) < _GUIDE_LEAST:
        return None
    width = max((len(r) for r in rows), default=0)
    for j in range(width):
        listed = [i for i, r in enumerate(rows) if j < len(r) and isinstance(r[j], str) and header_key(r[j]) in headers]
        if len({header_key(rows[i][j]) for i in listed}) >= max(_GUIDE_LEAST, 3 * len(headers) / 4):
            return listed[0], j
    return None
