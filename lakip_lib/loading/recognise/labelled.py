"""One indicator stated by label lines above its table: ``INDIKATOR: …``, ``STANDAR: <= 5 menit``, then its periods.

A quality-indicator application may export ONE indicator per sheet: its name and its target are not columns of a
table but label lines over the sheet (``INDIKATOR: Waktu tanggap pelayanan dokter …``, ``STANDAR: <= 5 menit`` or
``TARGET: …``), and the tables under them give its figures by period (``Bulan | Numerator | Denumerator | Capaian``,
then a summary ``Periode | … | Capaian`` whose ``Tahunan`` row is the year's). No header names an indicator, so no
table is found. Read here: the name and the target from the label lines, the year's value from the one row of the
sheet labelled as the year (``Tahunan``, ``Tahun``, ``Setahun``) under a header naming a value of the indicator. Months
alone, with no such row, are no value of the year (a sum or a mean of months is not the year's): then nothing is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..parse import clean_text
from ..workbook import is_blank
from .fields import Vocabulary, match_path

#: a label line: the label, a colon, its text (``INDIKATOR: …``, ``Standar : >= 85 %``, ``Target: 90``)
_LABEL_LINE = re.compile(r"^\s*(indikator(?:\s+kinerja)?|nama\s+indikator|standar|target)\s*:\s*(\S.*?)\s*$",
                         re.IGNORECASE | re.DOTALL)
#: a row label naming the whole year among periods (TW I … Semester II, Tahunan)
_YEARLY = frozenset({"tahunan", "tahun", "setahun"})
#: fields a column under the yearly row's header may give the year's value of
_VALUE_FIELDS = ("realisation", "stated_capaian")


@dataclass(frozen=True)
class LabelledIndicator:
    """Where a sheet states its one indicator by label lines: (grid row, grid column, label, text after the label) of
    its name and of its target (None without a target line), the grid row of the year's row and of the header above
    it, the grid column of the year's value, its field and its header."""

    name: tuple[int, int, str, str]
    target: tuple[int, int, str, str] | None
    row: int
    header_row: int
    column: int
    field: str
    header: str


def _label_line(row: list[object]) -> tuple[int, str, str] | None:
    """(grid column, label as written, text) of a row holding one text cell that is a label line; None for any other
    row."""
    cells = [(j, v) for j, v in enumerate(row) if not is_blank(v)]
    if len(cells) != 1 or not isinstance(cells[0][1], str) or (match := _LABEL_LINE.match(cells[0][1])) is None:
        return None
    return cells[0][0], clean_text(match.group(1)), clean_text(match.group(2))


def _header_above(rows: list[list[object]], i: int, j: int) -> int | None:
    """The row of the header over row ``i`` of a table whose row labels are in column ``j``: the nearest row above,
    over non-blank rows only, whose cells are all text, one of them in column ``j``; None past a blank row."""
    for k in range(i - 1, -1, -1):
        cells = [v for v in rows[k] if not is_blank(v)]
        if not cells:
            return None
        if len(cells) >= 2 and all(isinstance(v, str) for v in cells) and j < len(rows[k]) and not is_blank(rows[k][j]) \
                and clean_text(rows[k][j]).casefold() not in _YEARLY:
            return k
    return None


def labelled_indicator(rows: list[list[object]], vocab: Vocabulary) -> LabelledIndicator | None:
    """The one indicator a sheet states by label lines (one ``INDIKATOR:`` line, at most one ``STANDAR:`` or
    ``TARGET:`` line) with its year's value on the one row below them labelled ``Tahunan``/``Tahun``/``Setahun`` whose
    header names a realisation or a capaian; None for any other sheet (several indicator lines, no such row or several,
    a yearly row with no value).

    Example:
        >>> from lakip_lib.loading.recognise import vocabularies
        >>> vocab = vocabularies({"indicators": ("indicator",)}, None)["indicators"]
        >>> sheet = [["INDIKATOR: Waktu tanggap IGD", None, None], ["STANDAR: <= 5 menit", None, None],
        ...          ["Periode", "Num", "Capaian"], ["TW I", 120, "4.10"], ["Tahunan", 480, "4.25"]]
        >>> found = labelled_indicator(sheet, vocab)
        >>> found.name, found.target, (found.row, found.column, found.field)
        ((0, 0, 'INDIKATOR', 'Waktu tanggap IGD'), (1, 0, 'STANDAR', '<= 5 menit'), (4, 2, 'stated_capaian'))
        >>> labelled_indicator(sheet[:4], vocab) is None  # months or quarters alone: no value of the year
        True
    """
    lines = [(i, found) for i, row in enumerate(rows) if (found := _label_line(row)) is not None]
    names = [(i, j, label, text) for i, (j, label, text) in lines if label.casefold().startswith(("indikator", "nama"))]
    targets = [(i, j, label, text) for i, (j, label, text) in lines if label.casefold() in ("standar", "target")]
    if len(names) != 1 or len(targets) > 1:
        return None
    last = max(i for i, _ in lines)
    yearly = [(i, j) for i, row in enumerate(rows) if i > last
              for j, v in enumerate(row) if isinstance(v, str) and clean_text(v).casefold() in _YEARLY
              and all(is_blank(u) for u in row[:j])]
    if len(yearly) != 1:
        return None
    i, j = yearly[0]
    if (top := _header_above(rows, i, j)) is None:
        return None
    valued = []
    for k, head in enumerate(rows[top]):
        match = match_path((head,), vocab) if isinstance(head, str) else None
        if match is not None and match.name in _VALUE_FIELDS and match.year is None and k < len(rows[i]) \
                and not is_blank(rows[i][k]):
            valued.append((k, match.name, clean_text(head)))
    if len({name for _, name, _ in valued}) != len(valued) or not valued:
        return None
    # a realisation column is the value reached; a lone capaian is, as the loader reads it beside a target
    k, field, header = min(valued, key=lambda found: _VALUE_FIELDS.index(found[1]))
    return LabelledIndicator(names[0], targets[0] if targets else None, i, top, k, field, header)
