"""A count table by one column of labels that no header spelling names: found, so that it can be reported.

Agencies publish headcounts by things the kit does not model: health workers by
type (``No. | Nama Tenaga Kesehatan | Jumlah``), staff by puskesmas, by school.
Their header names one field the summary vocabulary knows (``Jumlah``, or
``L | P``) and one column of labels it does not, so no header band of two
fields is found, and the sheet would read as having no table at all. Found
here, the table goes to the staff loader like any summary, which tells from its
rows that it is by something else, reports it and skips it (an ``info`` note),
or refuses the file naming it when it is the only table.
"""

from __future__ import annotations

from ..workbook import is_blank
from .band import Band, column_paths, is_header_like
from .fields import HEADCOUNTS, ROW_NUMBERS, Match, Vocabulary, header_key, match_path

#: rows of labels over counts a header needs under it to head a count table
MIN_ROWS = 2


def is_count(value: object) -> bool:
    """Whether a cell holds a number, typed or as text (a sheet read as text for a roster holds ``'1384'``)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and value.strip().replace(".", "").replace(",", "").isdigit()


def unnamed_band(rows: list[list[object]], start: int, stop: int, merged: list[tuple[int, int, int, int]],
                 vocab: Vocabulary) -> Band | None:
    """The first header in grid rows ``start``..``stop`` of a count table by one column of labels ``vocab`` does not
    know: every column the vocabulary names is a count, and one column left of them, not the row numbers, names
    nothing (its labels are read as the category); at least :data:`MIN_ROWS` rows of a label over counts follow.
    None when there is none.

    Example:
        >>> from .fields import vocabulary
        >>> rows = [["Laporan Tenaga Kesehatan"], ["No.", "Nama Tenaga Kesehatan", "Jumlah"], ["1.", "Perawat", 1384],
        ...         ["2.", "Bidan", 1126]]
        >>> band = unnamed_band([r + [None] * (3 - len(r)) for r in rows], 0, 4, [], vocabulary("summary"))
        >>> band.top, {j: m.name for j, m in band.matches.items()}
        (1, {2: 'count', 1: 'category'})
    """
    for top in range(start, min(stop, len(rows) - 1)):
        cells = [v for v in rows[top] if not is_blank(v)]
        if len(cells) < 2 or not is_header_like(cells) or any(r0 < top <= r1 for r0, _, r1, _ in merged):
            continue
        paths = column_paths(rows, top, top, merged)
        matches = {j: m for j, path in paths.items() if (m := match_path(path, vocab)) is not None}
        if not matches or any(m.name not in HEADCOUNTS or m.year is not None for m in matches.values()):
            continue
        labels = [j for j, path in paths.items() if j not in matches and header_key(path[-1]) not in ROW_NUMBERS]
        if len(labels) != 1 or labels[0] > min(matches) or not _counts_below(rows, top, labels[0], sorted(matches)):
            continue
        label = labels[0]
        return Band(vocab.dataset, top, top, paths, {**matches, label: Match("category", None, paths[label][-1], "label")}, ())
    return None


def _counts_below(rows: list[list[object]], top: int, label: int, counts: list[int]) -> bool:
    """Whether the first rows under ``top`` (blank rows aside) hold a label in column ``label`` and a count in each
    column of ``counts``: :data:`MIN_ROWS` of them at least."""
    seen = 0
    for row in rows[top + 1:]:
        if all(is_blank(v) for v in row):
            if seen:
                break
            continue
        if not (label < len(row) and isinstance(row[label], str) and row[label].strip()
                and all(j < len(row) and is_count(row[j]) for j in counts)):
            break
        seen += 1
        if seen >= MIN_ROWS:
            return True
    return False
