"""The row of a sheet that comes nearest to a header, for the message of a sheet in which no table was found.

"Expected a header row … in the first 40 rows" leaves the user guessing
which row the kit looked at. When a sheet holds a table of some kind (a row
of column names over rows with numbers), the message names it: its cell,
the caption above it, its column names, which of them name a field of the
file's dataset and which fields it lacks; when its columns are years
(``Tahun › 2015 … 2022``) where staff data are expected, that it is a list of
items over several years, which no staff table of the kit is; and when its
cells are fractions of a standard (``0/1``: existing/standard), that they are
no headcounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...domain import header_alias_examples, header_datasets
from ...messages import Joined, Pair, expects
from ..parse import asset_condition
from ..workbook import SCAN_ROWS, Grid, is_blank
from .band import column_paths, is_header_like
from .fields import CONDITION_HEADS, Vocabulary, header_words, match_path, vocabulary
from .rows import caption
from .unnamed import is_count

#: rows under a header in which a number must appear for it to head data
BELOW = 6
#: what each dataset's table is called in the message
KINDS = {"staff": Pair("daftar pegawai", "a roster"), "summary": Pair("rekap pegawai", "a staff summary"),
         "indicators": Pair("tabel indikator", "an indicator table"), "budget": Pair("tabel anggaran", "a budget table"),
         "assets": Pair("tabel sarana", "an asset table")}
#: what a staff summary needs, which its required columns (none) do not say
SUMMARY_NEEDS = ("category", "count")


@dataclass(frozen=True)
class Nearest:
    """The header-like row nearest to a table's header: grid rows, each column's path, and the caption above."""

    top: int
    bottom: int
    paths: dict[int, tuple[str, ...]]
    caption: str


#: a cell of how many there are of how many a standard asks (``0/1``, ``2 / 3``): no headcount
_FRACTION = re.compile(r"^\s*\d+\s*/\s*\d+\s*$")


def is_fraction(value: object) -> bool:
    """Whether a cell is a fraction of a standard written as text (``0/1``: none of the one required).

    Example:
        >>> is_fraction("0/1"), is_fraction(" 2 / 3 "), is_fraction("III/a"), is_fraction(3)
        (True, True, False, False)
    """
    return isinstance(value, str) and _FRACTION.match(value) is not None


def _is_year(text: str) -> bool:
    return text.strip().isdigit() and 1990 <= int(text.strip()) <= 2100


def nearest_header(grid: Grid, scan: int = SCAN_ROWS) -> Nearest | None:
    """The row of the first ``scan`` rows most like a header (of any dataset's vocabulary) over rows with numbers, with
    the row under it when a label merged across columns heads them (``Tahun`` over ``2015 … 2022``); None when no row
    of two column names or more stands over numbers."""
    rows = grid.rows
    merged = [(r0 - grid.row0 + 1, c0 - grid.col0, r1 - grid.row0 + 1, c1 - grid.col0) for r0, c0, r1, c1 in grid.merged]
    vocabs = [vocabulary(dataset) for dataset in sorted(header_datasets())]
    best: tuple[tuple[int, int], Nearest] | None = None
    for top in range(min(scan, len(rows))):
        texts = [v for v in rows[top] if not is_blank(v) and isinstance(v, str)]
        if len(texts) < 2 or not is_header_like([v for v in rows[top] if not is_blank(v)]) or any(r0 < top <= r1 for r0, _, r1, _ in merged):
            continue
        # counts, or fractions of a standard ('0/1'), which the message then says are no headcounts
        if not any(any(is_count(v) or is_fraction(v) for v in row) for row in rows[top + 1: top + 1 + BELOW]):
            continue
        spans = any(r0 == top and c1 > c0 for r0, c0, _, c1 in merged)
        bottom = top + 1 if spans and top + 1 < len(rows) and is_header_like([v for v in rows[top + 1] if not is_blank(v)]) else top
        paths = column_paths(rows, top, bottom, merged)
        named = sum(any(match_path(path, vocab) is not None for vocab in vocabs) for path in paths.values())
        score = (named, len(set(paths.values())))
        if best is None or score > best[0]:
            best = (score, Nearest(top, bottom, paths, caption(rows, top)))
    return best[1] if best else None


def _shown(paths: dict[int, tuple[str, ...]]) -> tuple[str, list[str]]:
    """The columns' names as the message lists them (a run of year columns as its first … its last), and the years."""
    names = [" › ".join(path) for _, path in sorted(paths.items())]
    # by position, not by name: a sheet may repeat a year ('1990' merged over three cells, then '1990' again)
    at = [k for k, (_, path) in enumerate(sorted(paths.items())) if _is_year(path[-1])]
    shown: list[str] = []
    for k, name in enumerate(names):
        if k in at[1:-1]:
            if not shown or shown[-1] != "…":
                shown.append("…")
            continue
        shown.append(f"'{name}'")
    return ", ".join(shown), [names[k] for k in at]


def _measure_rows(grid: Grid, nearest: Nearest, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The cells of one column under the nearest header that name the budget and the realisation as row labels (``Pagu``
    over ``Realisasi`` in each block of a DIPA by sumber dana), the first of each: none unless both are there.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Sumber", "Keterangan", "Pegawai"], ["DIPA", "Pagu", 100], [None, "Realisasi", 90]], dtype=object)
        >>> grid = Grid("anggaran.xlsx", "DIPA", cells)
        >>> _measure_rows(grid, Nearest(0, 0, {}, ""), vocabulary("budget"))
        [(1, 1), (2, 1)]
    """
    body = grid.rows[nearest.bottom + 1: nearest.bottom + 1 + 4 * BELOW]
    for j in range(max((len(row) for row in body), default=0)):
        found: dict[str, tuple[int, int]] = {}
        for n, row in enumerate(body):
            value = row[j] if j < len(row) else None
            match = match_path((value,), vocab) if isinstance(value, str) and not is_blank(value) else None
            if match is not None and match.name in ("budget", "realised"):
                found.setdefault(match.name, (nearest.bottom + 1 + n, j))
        if len(found) == 2:
            return sorted(found.values())
    return []


def condition_rows(grid: Grid, nearest: Nearest) -> list[tuple[int, int]]:
    """The cells of one column under the nearest header that name a good and a damaged condition as row labels with
    counts on their rows (``Baik`` over ``Rusak Ringan`` … across columns of school levels), the first of each: the
    conditions down the rows and what is counted across. Empty unless both are there, each beside a number. A column
    headed as the condition ('KONDISI') is one only when no other column of the rows holds words: beside an item
    list's conditions stand the items' names.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["No", "Status", "SD", "SMP"], [1, "Baik", 10, 4], [2, "Rusak Berat", 3, 1]], dtype=object)
        >>> condition_rows(Grid("sarana.xlsx", "RK", cells), Nearest(0, 0, {}, ""))
        [(1, 1), (2, 1)]
        >>> turned = pd.DataFrame([["Kondisi", "Guru", "TU"], ["Baik", 47, "-"], ["Rusak Ringan", 74, 19]], dtype=object)
        >>> condition_rows(Grid("sarana.xlsx", "R", turned), Nearest(0, 0, {0: ("Kondisi",), 1: ("Guru",), 2: ("TU",)}, ""))
        [(1, 0), (2, 0)]
        >>> items = pd.DataFrame([["Nama", "Kondisi", "Jumlah"], ["Meja", "Baik", 10], ["Kursi", "Rusak Berat", 3]], dtype=object)
        >>> condition_rows(Grid("sarana.xlsx", "KIB", items), Nearest(0, 0, {0: ("Nama",), 1: ("Kondisi",), 2: ("Jumlah",)}, ""))
        []
    """
    body = grid.rows[nearest.bottom + 1: nearest.bottom + 1 + 4 * BELOW]
    headed = {j for j, path in nearest.paths.items() if any(header_words(p) & CONDITION_HEADS for p in path)}
    for j in range(max((len(row) for row in body), default=0)):
        if j in headed and any(_worded(v) for row in body for k, v in enumerate(row) if k != j):
            continue  # a Kondisi column of an item list holds conditions by right: one per item, not the rows' labels
        found: dict[str, tuple[int, int]] = {}
        for n, row in enumerate(body):
            state = asset_condition(row[j]) if j < len(row) and isinstance(row[j], str) else None
            if state in ("good", "damaged") and any(is_count(v) for v in row[j + 1:]):
                found.setdefault(state, (nearest.bottom + 1 + n, j))
        if len(found) == 2:
            return sorted(found.values())
    return []


def _worded(value: object) -> bool:
    """Whether a cell holds words (a name), not a number or a dash."""
    return isinstance(value, str) and any(c.isalpha() for c in value)


#: an amount as a form prints it beside its label: a number, or digits in groups of thousands ('Rp.850,000,000')
_AMOUNT = re.compile(r"^\s*(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:,\d+)?\s*$", re.IGNORECASE)


def _is_amount(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and value == value) \
        or (isinstance(value, str) and _AMOUNT.match(value) is not None)


def form_blocks(grid: Grid, column: int, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The group labels heading the blocks of a FORM whose labels stand in ``column``, each with its amount on its
    right (``a). Belanja Pegawai`` over ``Pagu … (Rp) | 9.812.400.000``, ``Realisasi (Rp) | 8.977.233.410``): the
    nearest text left of the labels above each realisation label that has an amount on its row, alone on its row as
    far as that amount's column; none unless two blocks or more are found. A table turned on its side names its blocks
    on the row of their first label ('DIPA 01 | Pagu | 100 | 50') under a header of its columns: no form.

    Example:
        >>> import pandas as pd
        >>> rows = [["a). Belanja Pegawai", None, None], [None, "Pagu (Rp)", 100], [None, "Realisasi (Rp)", 90],
        ...         ["b). Belanja Barang", None, None], [None, "Pagu (Rp)", 50], [None, "Realisasi (Rp)", 40]]
        >>> form_blocks(Grid("anggaran.xlsx", "Form", pd.DataFrame(rows, dtype=object)), 1, vocabulary("budget"))
        [(0, 0), (3, 0)]
    """
    groups: list[tuple[int, int]] = []
    for i, row in enumerate(grid.rows):
        label = row[column] if column < len(row) else None
        value = next((j for j in range(column + 1, len(row)) if _is_amount(row[j])), None)
        if not isinstance(label, str) or getattr(match_path((label,), vocab), "name", None) != "realised" or value is None:
            continue
        above = next(((k, j) for k in range(i - 1, -1, -1) for j in range(column)
                      if j < len(grid.rows[k]) and isinstance(grid.rows[k][j], str) and not is_blank(grid.rows[k][j])), None)
        if above is None or not all(is_blank(v) for v in grid.rows[above[0]][column:value + 1]):
            return []
        if above not in groups:
            groups.append(above)
    return groups if len(groups) >= 2 else []


def nearest_message(grid: Grid, nearest: Nearest, layouts: dict[str, tuple[str, ...]], vocabs: dict[str, Vocabulary]) -> Joined:
    """What the nearest header is and lacks, to follow the "expected a header row …" of a sheet with no table.

    Example:
        >>> import pandas as pd
        >>> from ..workbook import Grid
        >>> cells = pd.DataFrame([["Rekap", None, None], ["No", "Jenis Data", "Satuan"], [1, "Pegawai Tetap", "Orang"],
        ...                       [2, "Honorer", "Orang"]], dtype=object)
        >>> grid = Grid("pegawai.xlsx", "Data", cells)
        >>> nearest_message(grid, nearest_header(grid), {"summary": ()}, {"summary": vocabulary("summary")}).text("en")
        "the nearest is row 2, under 'Rekap': 'No', 'Jenis Data', 'Satuan'; a staff summary needs a column for 'category' (a header such as 'Uraian', 'Kategori', 'Golongan') and for 'count' (a header such as 'Jumlah', 'Jumlah Pegawai', 'Total')"
    """
    first, last = grid.row0 + nearest.top, grid.row0 + nearest.bottom
    where = expects("at_row", row=first) if first == last else expects("rows_from_to", first=first, last=last)
    shown, years = _shown(nearest.paths)
    lacks = []
    for dataset, required in layouts.items():
        named = {m.name for path in nearest.paths.values() if (m := match_path(path, vocabs[dataset])) is not None}
        if dataset == "summary":
            named |= {"count"} if named & {"male", "female"} else set()
            required = SUMMARY_NEEDS
        missing = [name for name in required if name not in named]
        if missing:
            columns = Joined(tuple(expects("needs_column_for", field=name, examples=header_alias_examples(dataset, (name,)))
                                   for name in missing), Pair(" dan ", " and "))
            lacks.append(expects("needs_a_column", kind=KINDS.get(dataset, dataset), columns=columns))
    text = [expects("nearest_under", where=where, caption=nearest.caption, shown=shown) if nearest.caption
            else expects("nearest", where=where, shown=shown), *lacks]
    fraction = next(((i, j) for i in range(nearest.bottom + 1, min(nearest.bottom + 1 + BELOW, len(grid.rows)))
                     for j, v in enumerate(grid.rows[i]) if is_fraction(v)), None)
    if fraction is not None and layouts.keys() & {"staff", "summary"}:
        i, j = fraction
        text.append(expects("fractions", value=repr(grid.rows[i][j].strip()), cell=grid.cell_name(i, j)))
    if "budget" in layouts and (measures := _measure_rows(grid, nearest, vocabs["budget"])):
        cells = " and ".join(f"{grid.rows[i][j].strip()!r} ({grid.cell_name(i, j)})" for i, j in measures)
        if blocks := form_blocks(grid, measures[0][1], vocabs["budget"]):
            groups = ", ".join(f"{grid.rows[i][j].strip()!r} ({grid.cell_name(i, j)})" for i, j in blocks[:3])
            text.append(expects("a_form", cells=cells, groups=groups + (" …" if len(blocks) > 3 else "")))
        else:
            text.append(expects("on_its_side", cells=cells))
    if "assets" in layouts and (conditions := condition_rows(grid, nearest)):
        cells = " and ".join(f"{grid.rows[i][j].strip()!r} ({grid.cell_name(i, j)})" for i, j in conditions)
        text.append(expects("conditions_down", cells=cells))
    if len(years) >= 2 and layouts.keys() & {"staff", "summary"}:  # an indicator table has years (Target 2023 | 2024)
        text.append(expects("years_across", first=repr(years[0]), last=repr(years[-1])))
    return Joined(tuple(text))
