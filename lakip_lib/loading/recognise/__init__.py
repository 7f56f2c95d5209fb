"""Table recognition: from a sheet's grid of cells to the tables in it, each with its header, body and fields.

The layer between the workbook reader (:mod:`lakip_lib.loading.workbook`)
and the dataset loaders. For each table in a sheet:

1. :mod:`.band` finds the header band (one to three rows, merged and spanned
   cells flattened to one path per column) for whichever dataset the file may
   hold names the most fields; where none does, :mod:`.unnamed` finds a count
   table by a column of labels no header spelling names, to be reported;
2. :mod:`.fields` names each column's field from its path (aliases, then
   token rules from ``lakip_lib/data/header_rules.csv``);
3. :mod:`.rows` finds the body: the column-number row skipped, the table
   ended at a footer, a signature block, or the next table's title or header
   (the header repeated with a label changed is a stacked table's);
4. the next table of the sheet is looked for from the end of this one.

A sheet with no table is refused naming the row :mod:`.nearest` to a header.

:mod:`.sums` settles a budget's amount columns by their cells (the ``Jumlah``
that adds up the others); :mod:`.hierarchy` tells a budget's program,
kegiatan and sub-kegiatan rows apart, for the budget loader. Every decision is kept in a
:class:`Recognition` record, which ``lakip check --explain`` prints and the
loaders turn into notes.

Example:
    >>> import pandas as pd
    >>> cells = pd.DataFrame([["Realisasi Anggaran 2024", None, None], [None, None, None], ["Uraian", "Anggaran", "Realisasi"],
    ...                       ["Program A", 100, 90], ["Sumber: BPKAD", None, None]], dtype=object)
    >>> tables, records = recognise_sheet(Grid("anggaran.xlsx", "Data", cells), {"budget": ("name", "budget")})
    >>> records[0].header_rows, [field for _, _, field, _ in records[0].columns], records[0].skipped_rows
    ((3, 3), ['name', 'budget', 'realised'], [(5, 'footer')])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import NoReturn

import numpy as np
import pandas as pd

from ...domain import header_alias_examples, header_datasets, measure_words, stand_in_headers, unit_words
from ...errors import ConfigError, InputError, missing_field
from ...messages import Joined, Pair, Said, expects, said
from ..parse import (ValueParseError, asset_condition, clean_text, is_no_value, parse_education, parse_gender,
                     parse_golongan, parse_number, parse_position_type, parse_status)
from ..workbook import SCAN_ROWS, Grid, is_blank
from .across import ACROSS, indicator_bands
from .band import STACKED_FIELDS, Band, best_band, column_paths, names_a_category, side_by_side
from .content import column_content, fits, only_codes
from .fields import (_LEVEL_VALUES, _MONTHS, AMOUNTS, CONDITION_HEADS, NAME_UNDER_BAND, ROW_NUMBERS, SUMMED,
                     YEAR_COLUMNS, YEAR_LEAF, Match, Vocabulary, band_years, computed, header_key, header_words, is_month,
                     match_header, match_path, vocabulary, years_before)
from .rows import (body, caption, carried_totals, continued_names, is_amount_sentence, is_column_numbers, is_signature,
                   is_summary_label, is_title, is_total_label, one_unit, total_label_mask, unit_kind)
from .stacked import SCAN as STACK_SCAN, labelled_figures, stacked_fields
from .ratio import capaian_of_figures, share_of_budget, share_of_target, target_by_ratio
from .ranks import service_rank_column
from .nearest import Nearest, condition_rows
from .shifted import shifted_from
from .outline import (INDENTED, MERGED_PAIR, OUTLINE, SPLIT_CODE, enumerators, indented_columns, merged_pair,
                      outline_columns, split_code_columns)
from .sums import (adds_up, before_period, headed_total, mean_of_periods, routes_to_date, spending, to_date,
                   total_of_others, year_of_periods)
from .table import Column, Recognition, Table, not_used, part_of, row_of
from .unnamed import unnamed_band
from .labelled import LabelledIndicator, labelled_indicator

__all__ = ["Column", "Recognition", "Table", "YEAR_COLUMNS", "column_paths", "expected_header", "header_key", "is_amount_sentence",
           "is_column_numbers", "is_summary_label", "is_total_label", "match_header", "match_path", "recognise_sheet",
           "total_label_mask", "vocabularies"]

#: most tables looked for in one sheet
MAX_TABLES = 20
#: fields a dataset may split over several columns, read together (a code's parts, each level's names)
JOINED = {"budget": frozenset({"code", "name"})}
#: fields of a dataset a hierarchy may split over columns numbered by level (SIASN's ``UNOR (3) | UNOR (2) | UNOR
#: (1)``, ``Unit Eselon II | Unit Eselon III``): parts, the deepest level first; each row's value its deepest filled
LEVELLED = {"staff": frozenset({"unit"})}
#: words that make one of several budget columns the one realisation is measured against (the revised budget)
_REVISED = frozenset({"sesudah", "setelah", "perubahan", "revisi", "akhir", "papbd", "apbdp"})
_ORIGINAL = frozenset({"sebelum", "murni", "awal", "induk"})
#: words that make one of several realisation columns the one net of refunds (Belanja | Pengembalian | Belanja Netto)
_NET = frozenset({"netto", "neto", "bersih"})
#: fields recognised only to say what a column is, which no loader reads: they may repeat (``blocked``: the part of the
#: pagu blocked, 'Pagu Blokir', 'Self Blocking', which is no budget of its own)
INFORMATIONAL = frozenset({"share", "remaining", "blocked", "physical", "population", "comparison", "register"})


def vocabularies(layouts: dict[str, tuple[str, ...]], extra_aliases: dict[str, dict[str, list[str]]] | None) -> dict[str, Vocabulary]:
    """The header vocabulary of each dataset of ``layouts``, with the project's extra spellings."""
    known = header_datasets()
    for dataset in extra_aliases or {}:
        if dataset not in known:
            raise ConfigError(said("aliases_unknown_dataset", file="lakip.yml", dataset=dataset))
    return {dataset: vocabulary(dataset, (extra_aliases or {}).get(dataset)) for dataset in layouts}


def expected_header(layouts: dict[str, tuple[str, ...]]) -> Said:
    """What a header of one of ``layouts`` looks like, for the "no header" problem.

    Example:
        >>> expected_header({"budget": ("name", "budget")}).text("en")
        "a header row with column names such as 'Uraian', 'Anggaran' in the first 40 rows"
    """
    from ...domain import header_alias_table

    table = header_alias_table()
    examples = [header_alias_examples(d, required or tuple(dict.fromkeys(table.loc[table["dataset"] == d, "column"])), per_column=1)
                for d, required in layouts.items()]
    return expects("header_row", examples=Joined(tuple(examples), Pair("; atau ", "; or ")), rows=SCAN_ROWS)


def _rows(grid: Grid, start: int, stop: int) -> list[list[object]]:
    if stop <= SCAN_ROWS:
        return grid.rows
    top = grid.cells.iloc[:stop].to_numpy(dtype=object, na_value=None)
    return top.tolist()


def recognise_sheet(grid: Grid, layouts: dict[str, tuple[str, ...]],
                    extra_aliases: dict[str, dict[str, list[str]]] | None = None) -> tuple[list[Table], list[Recognition]]:
    """The tables of one sheet whose header reads as one of ``layouts``, and the record of every table found.

    ``layouts`` maps each dataset the sheet may hold (``{"staff": ("nip", …),
    "summary": ()}``) to its required columns. Raises :class:`InputError` when
    the header of the first table names a column twice in a way no rule
    settles, or lacks a required column of the dataset it reads as.
    """
    vocabs = vocabularies(layouts, extra_aliases)
    merged = [(r0 - grid.row0 + 1, c0 - grid.col0, r1 - grid.row0 + 1, c1 - grid.col0) for r0, c0, r1, c1 in grid.merged]
    tables: list[Table] = []
    records: list[Recognition] = []
    lacking: list[InputError] = []
    start, height = 0, len(grid.cells)
    while start < height and len(tables) + len(records) < MAX_TABLES:
        rows = _rows(grid, start, start + SCAN_ROWS + 3)
        band = best_band(rows, start, start + SCAN_ROWS, merged, vocabs, layouts)
        if band is None and "summary" in vocabs:
            # a count table by labels no header spelling names (No. | Nama Tenaga Kesehatan | Jumlah): found, so that
            # it is reported as a table by what it is, never passed over as no table at all
            band = unnamed_band(rows, start, start + SCAN_ROWS, merged, vocabs["summary"])
        if band is None and start == 0 and "indicators" in vocabs \
                and (one := labelled_indicator(rows, vocabs["indicators"])) is not None:
            # no header names an indicator: the sheet states its one indicator by label lines (INDIKATOR:, STANDAR:)
            table = _labelled_table(grid, one)
            records.append(table.record)
            tables.append(table)
            break
        if band is None:
            break
        # a table above the best header of the window comes first (a smaller table, its header naming fewer fields)
        while band.top > start and (earlier := best_band(rows, start, band.top, merged, vocabs, layouts, before=band.top)):
            band = earlier
        next_start = start
        # indicators as column bands over units as rows: a table per band, named by its label
        across = indicator_bands(band, vocabs[band.dataset])
        beside = side_by_side(band)
        for part, named in across or [(part, None) for part in beside]:
            try:
                table = _table(grid if across or len(beside) == 1 else _own_columns(grid, part), part,
                               layouts[part.dataset], rows, merged, vocabs, named)
            except InputError as error:
                if not getattr(error, "lacking_only", False):
                    raise
                # a table lacking a column the dataset needs (a 'Target' table of Rupiah over the 'Anggaran' one): set
                # aside if another table of the sheet has them all, the sheet refused for it if none does
                lacking.append(error)
                records.extend(error.records)
                next_start = max(next_start, part.bottom + 1)
                continue
            records.append(table.record)
            tables.append(table)
            next_start = max(next_start, int(table.frame["_row"].max()) + 1 if len(table.frame) else band.bottom + 1,
                             _end_of(table.record, grid))
        if next_start <= start:
            break
        start = next_start
    if lacking and not tables:
        raise lacking[0]
    for error in lacking:
        record = error.records[0]
        fields = ", ".join(repr(missing_field(p)) for p in error.problems)
        record.skip(f"it has no column for {fields}, which the table used has",
                    f"tidak punya kolom {fields}, yang ada pada tabel yang dipakai")
    return tables, records


#: how an indicator's name or target is read from a label line over its table (:attr:`Column.how`)
LABEL_LINE = "label line"


#: body rows in which a budget's rows by month are looked for
_BY_MONTH_SCAN = 400


def rows_by_month(grid: Grid, band: Band) -> tuple[int, str, str] | None:
    """Whether a budget's rows are one per unit and month: a column of no field whose cells are months (``Bulan``:
    Februari, Maret …), two months at least, and another column of words of no field whose values are the same under
    every month (Seksi S1 … S6 each month). Then the grid column of the months, the months (first … last) and some of
    the names repeated; None otherwise.

    Such a table states each unit's amounts once a month: the pagu repeated, the realisation the month's or to date,
    which its header does not say; the kit reads one row per program or unit, so adding the rows would count the pagu
    once a month, and choosing one month would be a guess. A list of kegiatan each with the month it ran (names not
    repeated month after month) is no such table.
    """
    stop = min(len(grid.cells), band.bottom + 1 + _BY_MONTH_SCAN)
    free = [j for j in sorted(band.paths) if j not in band.matches]
    for j in free:
        cells = grid.cells.iloc[band.bottom + 1:stop, j]
        filled = [(i, clean_text(v)) for i, v in cells.items() if not is_blank(v)]
        if len(filled) < 4 or not all(is_month(v) and not v.isdigit() for _, v in filled):
            continue
        months = list(dict.fromkeys(v for _, v in filled))
        if len(months) < 2:
            continue
        for k in free:
            if k == j:
                continue
            under: dict[str, set[str]] = {}
            for i, month in filled:
                value = grid.cells.iat[i, k]
                if not is_blank(value) and isinstance(value, str):
                    under.setdefault(month, set()).add(clean_text(value))
            sets = list(under.values())
            if len(sets) == len(months) and len(sets[0]) >= 2 and all(s == sets[0] for s in sets):
                names = ", ".join(sorted(sets[0])[:3]) + (" …" if len(sets[0]) > 3 else "")
                return j, f"{months[0]} … {months[-1]}", names
    return None


def _labelled_table(grid: Grid, one: LabelledIndicator) -> Table:
    """The one-row table of an indicator stated by label lines (:func:`.labelled.labelled_indicator`): its name and
    target from those lines (each value traced to its line's cell), its value from the year's row, the rows of
    figures by period between them skipped."""
    record = Recognition(grid.file, grid.sheet, "indicators", (grid.row0 + one.header_row,) * 2,
                         cell=grid.cell_name(one.name[0], one.name[1]))
    columns: list[Column] = []
    frame: dict[str, list[object]] = {}
    stated_at: dict[str, int] = {}
    for field, line in (("indicator", one.name), ("target", one.target)):
        if line is not None:
            row, j, label, text = line
            columns.append(Column(field, None, label, j, (f"{label}: {text}",), LABEL_LINE))
            frame[field], stated_at[field] = [text], row
            record.columns.append((grid.cell_name(row, j), f"{label}: {text}", field, LABEL_LINE))
    columns.append(Column(one.field, None, one.header, one.column, (one.header,), "alias"))
    frame[one.field] = [grid.cells.iat[one.row, one.column]]
    record.columns.append((grid.cell_name(one.header_row, one.column), one.header, one.field, "alias"))
    record.body_rows = (grid.row0 + one.row, grid.row0 + one.row + 1)
    record.data_rows = 1
    said = Pair(f"angka per periode; nilai tahunnya di baris {grid.row0 + one.row}",
                f"figures by period; the year's value is on row {grid.row0 + one.row}")
    last = max(line[0] for line in (one.name, one.target) if line is not None)
    # the rows of figures only: the headers and captions between them are no rows of the table
    record.skipped_rows = [(grid.row0 + i, said) for i in range(last + 1, one.row)
                           if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in grid.cells.iloc[i])]
    return Table(grid, "indicators", one.header_row, columns, pd.DataFrame({**frame, "_row": [one.row]}), record=record,
                 left=one.name[1], stated_at=stated_at)


def _refused(problems: list, record: Recognition) -> InputError:
    """The error of a table whose header cannot be read, carrying its record (for ``lakip check --explain``)."""
    error = InputError(problems)
    error.records = [record]
    return error


def _check_aligned(grid: Grid, band: Band, rows: np.ndarray, record: Recognition) -> None:
    """Refuse a body whose values stand in columns without a header while headed columns stay empty: a header
    shifted against its data (a template bug) would otherwise put every count under the wrong category."""
    filled = {j for j in grid.cells.columns if not grid.cells[j].iloc[rows].map(is_blank).all()}
    groups = {path[0] for path in band.paths.values() if len(path) > 1}
    # under a group label (Pendidikan over SD | SMP …), a column without its own label heads nothing
    headed = {j for j, path in band.paths.items() if not (len(path) == 1 and path[0] in groups)}
    unheaded = sorted(filled - headed - set(range(min(headed, default=0))))  # a label column left of the header may be blank
    empty = sorted(headed - filled)
    if len(unheaded) >= 2 and len(empty) >= 2:
        names = ", ".join(grid.cell_name(band.bottom, j)[:-len(str(grid.row0 + band.bottom))] for j in unheaded)
        heads = ", ".join(f"'{' › '.join(band.paths[j])}' ({grid.cell_name(band.bottom, j)})" for j in empty)
        first, last = grid.row0 + int(rows[0]), grid.row0 + int(rows[-1])
        problem = grid.problem(band.bottom, min(band.paths, default=0), None,
                               expects("header_shifted", first=first, last=last, names=names, heads=heads,
                                       row=grid.row0 + band.bottom))
        record.refuse(problem.expected)
        raise _refused([problem], record)


def _check_shifted(grid: Grid, band: Band, rows: np.ndarray, columns: list[Column], record: Recognition) -> None:
    """Refuse a roster whose values stand one column right of their headers (:func:`.shifted.shifted_from`: a value
    printed without a header cell), naming where the shift starts once, rather than every cell of every column it
    puts under the wrong header. Which value lacks its header the table cannot tell, so the shift is never undone."""
    headed = {c.index: c.name for c in columns}
    shifted = shifted_from(grid.cells, rows, headed, max(band.paths))
    if shifted is None:
        return
    first = shifted[0]

    def name(j: int) -> str:
        return grid.cell_name(band.bottom, j)[:-len(str(grid.row0 + band.bottom))]

    moved = ", ".join(f"'{' › '.join(band.paths[j])}': {name(j + 1)}" for j in shifted)
    problem = grid.problem(band.bottom, first, None,
                           expects("data_shifted_right", column=name(first), header=" › ".join(band.paths[first]),
                                   moved=moved, extra=name(max(band.paths) + 1), first=grid.row0 + int(rows[0]),
                                   last=grid.row0 + int(rows[-1])))
    record.refuse(problem.expected)
    raise _refused([problem], record)


def _end_of(record: Recognition, grid: Grid) -> int:
    """The grid row where the table's body ended (its footer, or the next table's caption or header: looked at again)."""
    return (record.body_rows[1] - grid.row0) if record.body_rows else 0


STAND_IN = "stand-in"


def _adopt(grid: Grid, band: Band, record: Recognition, columns: list[Column], column: Column, field: str, how: str) -> None:
    """Read a column the header left unused as ``field``, told by ``how`` rather than by its header: added to
    ``columns`` and moved, in the table's record, from the columns not used to those read."""
    columns.append(column)
    cell = grid.cell_name(band.bottom, column.index)
    record.unused.remove((cell, column.header))
    record.columns.append((cell, column.header, field, how))


def _stand_in(grid: Grid, band: Band, field: str) -> Column | None:
    """The ``field`` column of a table with no column headed by the field's own word, named by a header that stands in
    for it (``stand_in_headers.csv``: a monthly report of rencana aksi with no Indikator column measures each action
    plan, 'Rencana Aksi | Target Fisik | Realisasi Fisik'): the one column whose header has all the words of a stand-in,
    names no other field and holds words; None when there is none or more than one (which of them it would be is no
    guess to make).

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Rencana Aksi", "Target"], ["Patroli", 8], ["Pembinaan desa", 6]], dtype=object)
        >>> band = Band("indicators", 0, 0, {0: ("Rencana Aksi",), 1: ("Target",)}, {}, ())
        >>> _stand_in(Grid("a.xlsx", "S", cells), band, "indicator").index
        0
        >>> near = Band("indicators", 0, 0, {0: ("Rencana Tindak Lanjut",), 1: ("Target",)}, {}, ())
        >>> _stand_in(Grid("a.xlsx", "S", cells), near, "indicator") is None
        True
    """
    phrases = [frozenset(words.split()) for name, words in stand_in_headers().get(band.dataset, ()) if name == field]
    if not phrases:
        return None
    found = [j for j, path in band.paths.items() if j not in band.matches
             and any(phrase <= frozenset().union(*(header_words(p) for p in path)) for phrase in phrases)
             and _worded(grid, band, j)]
    if len(found) != 1:
        return None
    path = band.paths[found[0]]
    return Column(field, None, " › ".join(path), found[0], path, STAND_IN)


def _own_columns(grid: Grid, part: Band) -> Grid:
    """``grid`` with only the columns of ``part`` (one of tables side by side) kept, the others blank: each table's
    body ends where its own rows do, not where the longer table's beside it end."""
    cells = grid.cells.copy()
    low, high = min(part.paths), max(part.paths)
    cells.iloc[:, [k for k in range(cells.shape[1]) if not low <= k <= high]] = None
    return replace(grid, cells=cells)


def _table(grid: Grid, band: Band, required: tuple[str, ...], rows: list[list[object]], merged: list[tuple[int, int, int, int]],
           vocabs: dict[str, Vocabulary], labelled: int | None = None) -> Table:
    """The table under ``band``: its columns by field, its body, its record; an error naming each problem of its header.
    With ``labelled``, the grid column of the band label that names its one indicator (:func:`.across.indicator_bands`)."""
    first = min(band.paths, default=0)
    record = Recognition(grid.file, grid.sheet, band.dataset, (grid.row0 + band.top, grid.row0 + band.bottom),
                         cell=grid.cell_name(band.top, first))
    for settle in _SETTLING:
        band = settle(grid, band)
    band, earlier = _latest_state(band)
    columns, parts, grouped, problems, addends = _columns(grid, band)
    if band.dataset == "budget" and (by_month := rows_by_month(grid, band)) is not None:
        # Seksi × Bulan rows, the pagu repeated and the realisation to date or the month's: one unit on many rows, whose
        # amounts neither add up nor say which row is the year's; refused for that, not for its columns
        j, months, names = by_month
        problem = grid.problem(band.bottom, j, " › ".join(band.paths[j]),
                               expects("rows_by_month", cell=grid.cell_name(band.bottom, j), header=" › ".join(band.paths[j]),
                                       months=months, names=names))
        record.refuse(problem.expected)
        raise _refused([problem], record)
    if band.dataset == "staff" and (ranked := service_rank_column(grid, band)) is not None:
        # Polri/TNI members: refused once for what they are, not cell by cell for a golongan or a NIP they never have
        j, i, line = ranked
        problem = grid.problem(i, j, line, expects("service_ranks"), " › ".join(band.paths[j]))
        record.refuse(problem.expected)
        raise _refused([problem], record)
    if band.dataset == "staff":
        columns = _nip_headers_swapped(grid, band, columns)
        columns = _header_lines(grid, band, columns, vocabs[band.dataset])
        columns = _second_field(grid, band, columns, parts, vocabs[band.dataset])
    if (coded := _codes_for_names(grid, band, columns)) is not None:
        # 'SUB KEGIATAN' holding codes alone: read as the name, every row would be called by its code (a silent misread)
        columns.remove(coded[0])
        band = replace(band, matches={j: m for j, m in band.matches.items() if j != coded[0].index})
    if labelled is not None:
        # every row's figures are of the indicator its band names (the loader reads the total row as the agency's)
        label = band.paths[labelled][0]
        columns.append(Column("indicator", None, label, labelled, (label,), ACROSS))
        record.columns.append((grid.cell_name(band.top, labelled), label, "indicator", ACROSS))
    for j, path in sorted(band.paths.items()):
        match = band.matches.get(j)
        used = next((c for c in columns if c.index == j), None)
        if used is not None:
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(path), used.label, used.how))
        elif j in addends:
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(path), part_of(addends[j]), "sum"))
        elif match is not None and any(j in idx for idx in parts.values()):
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(path), part_of(_label(match)), match.how))
        elif j in earlier:
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(path), Pair("(kondisi, tidak dipakai)", "(a condition, not used)"),
                                   EARLIER_STATE))
        elif match is not None and match.level:
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(path), Pair(f"({match.name} dari baris-baris kelompok, tidak dipakai)", f"({match.name} of a group's rows, not used)"), match.how))
        elif match is not None and match.name in INFORMATIONAL:
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(path), not_used(match.name), match.how))
        elif header_key(path[-1]) in ROW_NUMBERS:
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(path), Pair("(nomor baris)", "(row numbers)"), "alias"))
        else:
            record.unused.append((grid.cell_name(band.bottom, j), " › ".join(path)))
    if band.dataset == "budget":
        columns = _stacked_columns(grid, band, columns, vocabs[band.dataset], record)
    claimed = {c.name for c in columns} | {band.matches[j].name for j in band.matches}
    missing = [name for name in required if name not in claimed]
    if "nip" in missing and band.dataset == "staff" and (inside := _nip_in_names(grid, band, columns)) is not None:
        columns.append(inside)  # the loader reads the NIP out of the name (or golongan) cell (NIP_IN_NAME, NIP_IN_CELLS)
        record.columns.append((grid.cell_name(band.bottom, inside.index), " › ".join(inside.path), "nip", inside.how))
        missing.remove("nip")
    if "nip" in missing and band.dataset == "staff" and (keyed := _nip_by_content(grid, band, columns)) is not None:
        columns.append(keyed)  # the staff number column of a system keyed by its own numbers (NIP_BY_CONTENT)
        cell = grid.cell_name(band.bottom, keyed.index)
        record.unused = [(c, h) for c, h in record.unused if c != cell]
        record.columns.append((cell, " › ".join(keyed.path), "nip", NIP_BY_CONTENT))
        missing.remove("nip")
    if "nip" in missing and band.dataset == "staff" and (named := _people_by_name(grid, band, columns)) is not None:
        columns.append(named)  # a list of people with no NIP at all: the loader reads it by its names (NO_NIP)
        missing.remove("nip")
    for named, amounts in _LABELLED_AMOUNTS.get(band.dataset, ()):
        if named in missing and (labels := _labels_of_amounts(grid, band, columns, named, amounts)) is not None \
                and (coded is None or labels.index != coded[0].index):
            # Bidang Evaluator | Pagu Alokasi | Realisasi; Kategori | Total Aset | Baik | Rusak: the rows named by the
            # one column of words
            _adopt(grid, band, record, columns, labels, named, ROW_LABELS)
            missing.remove(named)
    if "item" in missing and band.dataset == "assets" and (levels := _school_levels(grid, band, columns)) is not None:
        # JENJANG | … | BAIK | RUSAK over SD, SMP …: one item (the title's 'ruang kelas') counted per school level
        _adopt(grid, band, record, columns, levels, "item", SCHOOL_LEVELS)
        missing.remove("item")
    for named in [name for name in missing if name == _NAMED.get(band.dataset)]:
        if (standing := _stand_in(grid, band, named)) is not None:
            # Rencana Aksi | Target Fisik | Realisasi Fisik with no Indikator column: each action plan is the item
            _adopt(grid, band, record, columns, standing, named, STAND_IN)
            missing.remove(named)
    if "indicator" in missing and band.dataset == "indicators" \
            and (parts_of := _parts_of_titled_indicator(grid, band, columns, caption(rows, band.top))) is not None:
        # IKU 1 … by Jenjang: each row names its part of the indicator the title names
        _adopt(grid, band, record, columns, parts_of, "indicator", TITLED_PARTS)
        missing.remove("indicator")
    if band.dataset == "assets" and not claimed & _CONDITION_FIELDS and (marked := _condition_marks(grid, band, columns)):
        # B | RR | RB with an 'X' under each item's condition (a room's DBR): the loader reads the marked column's header
        parts["condition"] = marked
        columns.append(Column("condition", None, band.paths[marked[0]][-1], marked[0], band.paths[marked[0]], CONDITION_MARKS))
        cells = {grid.cell_name(band.bottom, j) for j in marked}
        record.unused = [(c, h) for c, h in record.unused if c not in cells]
        record.columns += [(grid.cell_name(band.bottom, j), " › ".join(band.paths[j]), part_of("condition"), CONDITION_MARKS)
                           for j in marked]
    if band.dataset == "assets" and (stated := _stated_quantity(grid, band, columns, record)) is not None:
        # JUMLAH RUANG KELAS › RUANG KELAS | BAIK | RUSAK …: the table's own total of each row, checked by the loader
        _adopt(grid, band, record, columns, stated, "quantity", STATED_QUANTITY)
    spread = _lines_per_item(grid, band) if missing else None
    # one small table per indicator, named only in its title ('Tabel 17. Analisa Kinerja Penurunan upaya hukum …'):
    # settled once the body is known (one row of values)
    titled = _title_line(rows, band.top) if missing == ["indicator"] and band.dataset == "indicators" and spread is None else None
    for name in missing:
        examples = header_alias_examples(band.dataset, (name,))
        if coded is not None and coded[0].name == name:
            problems.append(grid.problem(band.bottom, coded[0].index, None,
                                         expects("column_for_codes", field=name, examples=examples, header=coded[0].header,
                                                 cell=grid.cell_name(band.bottom, coded[0].index), code=coded[1])))
        elif name == "item" and band.dataset == "assets" \
                and (conditions := condition_rows(grid, Nearest(band.top, band.bottom, band.paths, ""))):
            # KONDISI › BAIK, RUSAK RINGAN … down the rows, the items across: say the table is turned, not just unnamed
            cells = Joined(tuple(f"{grid.rows[i][j].strip()!r} ({grid.cell_name(i, j)})" for i, j in conditions),
                           Pair(" dan ", " and "))
            problems.append(grid.problem(band.bottom, first, None, Joined((
                expects("column_for", field=name, examples=examples), expects("conditions_down", cells=cells)))))
        else:
            problems.append(grid.problem(band.bottom, first, None, expects("column_for", field=name, examples=examples)))
    if missing:
        record.content = {cell: _content(grid, band, cell) for cell, _ in record.unused}
        if coded is not None:
            # the rows under the table (a recap of names) are not the codes column's content: proposed as no name
            record.content[grid.cell_name(band.bottom, coded[0].index)] = "code"
    if spread is not None:
        record.aliases_help = False
        top, last, lines = spread
        problems.append(grid.problem(top - grid.row0, first, None, expects("line_per_item", top=top, last=last, lines=lines)))

    def refuse() -> NoReturn:
        record.refuse(Joined(tuple(p.expected for p in problems)))
        error = _refused(problems, record)
        error.lacking_only = bool(missing) and spread is None and len(problems) == len(missing)
        raise error

    if problems and not (titled is not None and len(problems) == 1):
        refuse()

    def starts_table(i: int) -> bool:
        """Whether grid row ``i`` (after a blank row) is another table's title or header."""
        values = [v for v in grid.cells.iloc[i].tolist() if not is_blank(v)]
        if is_title(values):
            return True
        if not values or not all(isinstance(v, str) for v in values) or is_signature(values):
            return False
        # a header, or a caption of one cell over a header (PTTH over the next Pendidikan | Jumlah)
        window = _rows(grid, i, i + 4) if i + 4 > SCAN_ROWS else rows
        return best_band(window, i + (len(values) == 1), i + 1 + (len(values) == 1), merged, vocabs, {}) is not None

    data_rows, end, skipped = body(grid.cells, band.bottom + 1, starts_table, [rows[i] for i in range(band.top, band.bottom + 1)],
                                   captioned=band.dataset == "summary")
    if (inner := _inner_header(grid, data_rows, columns, vocabs[band.dataset])) is not None:
        # the block it heads runs to the next blank row: its rows are details (activities), not this table's data
        row, said = inner
        last = row
        while last + 1 < end and not all(is_blank(v) for v in grid.cells.iloc[last + 1]):
            last += 1
        data_rows = data_rows[(data_rows < row) | (data_rows > last)]
        skipped = sorted([*skipped, (row, Pair(f"judul kolom di dalam tabel ({said}): baris {grid.row0 + row}–{grid.row0 + last} "
                                               "adalah rincian di bawahnya (aktivitas), bukan baris tabel ini",
                                               f"inner header ({said}): rows {grid.row0 + row}–{grid.row0 + last} are "
                                               "details under it (activities), not rows of this table"))], key=row_of)
    if band.dataset == "budget" and len(data_rows) and (carried := carried_totals(grid.cells, data_rows)):
        data_rows = data_rows[~np.isin(data_rows, carried)]
        skipped = sorted([*skipped, *((i, "total carried over a page turn") for i in carried)], key=row_of)
    if band.dataset == "budget" and (outline := _outline(grid, band, data_rows, columns, parts)) is not None:
        # SAKTI's levels each with its code and name in columns of their own, right of Kode and Uraian
        for field, indexes in zip(("code", "name"), outline):
            column = next(c for c in columns if c.name == field)
            columns[columns.index(column)] = replace(column, how=OUTLINE)
            if len(indexes) > 1:
                parts[column.label] = indexes
                record.columns += [(grid.cell_name(band.bottom, j), "", part_of(column.label), OUTLINE)
                                   for j in indexes if j != column.index]
    elif band.dataset == "budget" and (split := _split_code(grid, band, data_rows, columns, parts)) is not None:
        # Kode written once over five columns (urusan | bidang | program | kegiatan | sub kegiatan): one code per row
        code = next(c for c in columns if c.name == "code")
        parts[code.label] = split
        record.columns += [(grid.cell_name(band.bottom, j), "", part_of(code.label), SPLIT_CODE) for j in split[1:]]
    if band.dataset == "budget" and (outer := _hierarchy_column(grid, band, data_rows, columns, parts)) is not None:
        # the bidang named in a column with no header, its kegiatan in Uraian: the names of two levels, one per column
        name = next(c for c in columns if c.name == "name")
        parts[name.label] = [outer, name.index]
        record.columns.append((grid.cell_name(band.bottom, outer), "", part_of(name.label), UNHEADED))
    continued = _continued(grid, band, data_rows, columns, parts)
    if continued:
        data_rows = data_rows[~np.isin(data_rows, list(continued))]
        skipped = sorted([*skipped, *((i, Pair(f"lanjutan nama di baris {grid.row0 + owner}", f"continues the name on row {grid.row0 + owner}"))
                                      for i, owner in continued.items())], key=row_of)
    if problems:
        # the title names the indicator when one body row holds the values: the others are the figures they are
        # computed from (a table of years or of several indicators as rows still needs its name column)
        figures = [c.index for c in columns if c.name in _FIGURES]
        valued = [int(i) for i in data_rows if any(not is_blank(grid.cells.iat[int(i), j]) for j in figures)]
        if len(valued) != 1:
            refuse()
        problems.clear()
        skipped = sorted([*skipped, *((int(i), Pair(f"angka-angka indikator baris {grid.row0 + valued[0]}, yang disebut di judul",
                                                   f"figures of the indicator of row {grid.row0 + valued[0]}, named in the title"))
                                      for i in data_rows if int(i) != valued[0])], key=row_of)
        data_rows = np.array(valued)
    if grid.source is None and len(data_rows):
        _check_aligned(grid, band, data_rows, record)
    if band.dataset == "staff" and len(data_rows):
        _check_shifted(grid, band, data_rows, columns, record)
    record.skipped_rows = [(grid.row0 + i, role) for i, role in skipped]
    record.body_rows = (grid.row0 + band.bottom + 1, grid.row0 + end)
    record.data_rows = len(data_rows)
    frame = _frame(grid, data_rows, columns)
    indented: set[int] = set()
    for column in (c for c in columns if c.how == INDENTED):
        run = parts.pop(column.label)
        indented |= set(run)
        if indented_columns(grid, band, data_rows, column) != run:
            # the merged header's columns hold more than one value on a row, or figures: no one column
            names = ", ".join(f"'{' › '.join(band.paths[j])}' ({grid.cell_name(band.bottom, j)})" for j in run)
            problems.append(grid.problem(band.bottom, run[1], " › ".join(band.paths[run[1]]),
                                         expects("one_column", field=column.label, names=names)))
            refuse()
        # names indented by level over the merged header's columns (an outline by columns): each row's name is the one
        # cell it fills but its enumerator, its level the column it starts in
        cells = grid.cells[run].iloc[data_rows]
        named = cells.where(~cells.map(is_blank) & ~enumerators(cells))
        frame[column.label] = named.bfill(axis=1).iloc[:, 0].to_numpy() if len(data_rows) else []
    for column in (c for c in columns if c.name in AMOUNTS and grid.source is None):
        if (j := merged_pair(grid, band, data_rows, column)) is not None:
            # 's.d. Periode' merged over Y:Z, the total rows' figure in Y, the detail rows' in Z
            frame[column.label] = frame[column.label].where(~frame[column.label].map(is_blank),
                                                            grid.cells[j].iloc[data_rows].to_numpy())
            record.columns.append((grid.cell_name(band.bottom, j), " › ".join(column.path), column.label, MERGED_PAIR))
    if labelled is not None:
        frame["indicator"] = band.paths[labelled][0]
    for column in (c for c in columns if c.how == STACKED):
        frame[column.label] = frame[column.label].map(lambda cell, label=column.header: labelled_figures(cell).get(label))
    for column in (c for c in columns if c.how == HEADER_LINE):
        frame[column.label] = frame[column.label].map(lambda cell, c=column: line_of(cell, c))
    if titled is not None:
        row, text, j = titled
        columns.append(Column("indicator", None, text, j, (text,), TITLE))
        record.columns.append((grid.cell_name(row, j), text, "indicator", TITLE))
        frame["indicator"] = _titled_name(text)
    if continued:
        name = next(c for c in columns if c.name == _NAMED[band.dataset])
        position = {row: k for k, row in enumerate(data_rows.tolist())}
        for i, owner in continued.items():
            k = position[owner]
            frame.loc[k, name.label] = f"{clean_text(frame.at[k, name.label])} {clean_text(grid.cells.iat[i, name.index])}"
    others: list[tuple[str, tuple[str, ...]]] = []
    if grid.source is None:  # a table read cell by cell is small: its other columns come along for the loaders
        used = ({c.index for c in columns} | {j for idx in parts.values() for j in idx} | indented) - grouped
        for j, path in sorted(band.paths.items()):
            informational = j in band.matches and band.matches[j].name in INFORMATIONAL
            if j not in used and j in grid.cells.columns and not informational \
                    and not (j in grouped and _total_column(path)):
                label = f"#{grid.cell_name(band.bottom, j)}"
                frame[label] = grid.cells[j].iloc[data_rows].to_numpy() if len(data_rows) else []
                others.append((label, path))
    part_labels: dict[str, list[str]] = {}
    part_paths: dict[str, tuple[str, ...]] = {}
    part_columns: dict[str, int] = {}
    for label, indexes in parts.items():
        part_labels[label] = []
        for n, j in enumerate(indexes):
            name = f"{label}#{n + 1}"
            frame[name] = grid.cells[j].iloc[data_rows].to_numpy() if len(data_rows) else []
            part_labels[label].append(name)
            part_paths[name] = band.paths.get(j, ("",))  # an unheaded hierarchy column has no path
            part_columns[name] = j
    return Table(grid, band.dataset, band.bottom, columns, frame, parts=part_labels, others=others, record=record,
                 title=caption(rows, band.top), part_paths=part_paths, left=first, part_columns=part_columns)


#: fields whose cells are figures: a header word in their cells is no value
_FIGURES = AMOUNTS | YEAR_COLUMNS
#: the field naming each row of a table whose names may wrap onto a row of their own, by dataset
_NAMED = {"indicators": "indicator", "budget": "name"}


def _continued(grid: Grid, band: Band, data_rows: np.ndarray, columns: list[Column], parts: dict[str, list[int]]) -> dict[int, int]:
    """Body rows that only continue the name of the row above (:func:`.rows.continued_names`), of an indicator or
    budget table whose rows are named in one column."""
    named = [c for c in columns if c.name == _NAMED.get(band.dataset)]
    if len(named) != 1 or not len(data_rows):
        return {}
    figures = [c.index for c in columns if c.name in _FIGURES] + [j for label, idx in parts.items() for j in idx]
    return continued_names(grid.cells, data_rows, named[0].index, figures)


def _outline(grid: Grid, band: Band, data_rows: np.ndarray, columns: list[Column],
             parts: dict[str, list[int]]) -> tuple[list[int], list[int]] | None:
    """The code and name columns of a budget laid out as an outline (:func:`.outline.outline_columns`), when the table
    has one code column and one name column, neither split over columns by their headers."""
    code = [c for c in columns if c.name == "code"]
    name = [c for c in columns if c.name == "name"]
    if len(code) != 1 or len(name) != 1 or code[0].label in parts or name[0].label in parts:
        return None
    return outline_columns(grid, band, data_rows, code[0], name[0], [c.index for c in columns if c.name in _FIGURES])


def _split_code(grid: Grid, band: Band, data_rows: np.ndarray, columns: list[Column],
                parts: dict[str, list[int]]) -> list[int] | None:
    """The columns of a budget's code split over columns with no header right of ``Kode``
    (:func:`.outline.split_code_columns`), when the table has one code column and one name column, neither split by
    their headers."""
    code = [c for c in columns if c.name == "code"]
    name = [c for c in columns if c.name == "name"]
    if len(code) != 1 or len(name) != 1 or code[0].label in parts:
        return None
    return split_code_columns(grid, band, data_rows, code[0], name[0])


#: how a column with no header is read as the names of the level above the name column's rows
UNHEADED = "unheaded"


def _hierarchy_column(grid: Grid, band: Band, data_rows: np.ndarray, columns: list[Column],
                      parts: dict[str, list[int]]) -> int | None:
    """The column right left of a budget's one name column when it has no header and names the level above the rows
    named beside it (an APBDes's bidang in the first column, its kegiatan under Uraian): its cells are words, never on
    a row the name column names, and two of them at least head rows the name column names (others may head a section,
    'Belanja' over the first bidang). None otherwise (a column of row numbers, or of a second name on the same rows,
    is none)."""
    named = [c for c in columns if c.name == "name"]
    if len(named) != 1 or named[0].label in parts or not len(data_rows):
        return None
    j = named[0].index - 1
    if j < 0 or j not in grid.cells.columns or any(not is_blank(v) for v in band.paths.get(j, ())) or j in band.matches:
        return None
    outer = grid.cells[j].iloc[data_rows].tolist()
    inner = grid.cells[named[0].index].iloc[data_rows].tolist()
    heads = [k for k, v in enumerate(outer) if not is_blank(v)]
    if len(heads) < 2 or any(not isinstance(outer[k], str) or not any(ch.isalpha() for ch in outer[k])
                             or not is_blank(inner[k]) for k in heads):
        return None
    below = [not is_blank(v) for v in inner]
    ends = [*heads[1:], len(inner)]
    return j if sum(any(below[k + 1:end]) for k, end in zip(heads, ends)) >= 2 else None


def _inner_header(grid: Grid, data_rows: np.ndarray, columns: list[Column], vocab: Vocabulary) -> tuple[int, str] | None:
    """The first body row whose cells in two figure columns or more are headers of those columns' own fields (``Target
    aktifitas`` under Target, ``capaian aktifitas`` under % Capaian: the activities block of a Perjanjian Kinerja
    measurement under its indicators), with those cells quoted; else None. Such a row heads a block of other rows (the
    activities) in the same columns. Only text cells of figure columns are looked at (a roster has none)."""
    figures = [c for c in columns if c.name in _FIGURES]
    if len(figures) < 2 or not len(data_rows):
        return None
    hits: dict[int, list[str]] = {}
    for column in figures:
        cells = grid.cells[column.index].iloc[data_rows]
        for i, value in zip(data_rows, cells):
            if isinstance(value, str) and not any(ch.isdigit() for ch in value) \
                    and getattr(match_path((value,), vocab), "name", None) == column.name:
                hits.setdefault(int(i), []).append(f"'{clean_text(value)}' ({grid.cell_name(int(i), column.index)})")
    row = next((i for i in sorted(hits) if len(hits[i]) >= 2), None)
    return None if row is None else (row, ", ".join(hits[row]))


#: the month names a header may give a column of its own (``Jan`` … ``Des``; no number, which may number the columns)
_MONTH_NAMES = frozenset(m for m in _MONTHS if not m.isdigit())


def _bare_months(band: Band) -> Band:
    """An indicator table's band with its bare month columns (``Target | Jan | Feb | … | Des``: three months or more
    side by side, under no band) read as its realisation by month, when no column is a realisation or a capaian: the
    values of the year by month, whose yearly value the loader takes or refuses as for ``Realisasi › Jan … Des``.
    Any other band is returned as it is."""
    if band.dataset != "indicators" or any(m.name in ("realisation", "stated_capaian") for m in band.matches.values()):
        return band
    months = [j for j, path in sorted(band.paths.items())
              if j not in band.matches and len(path) == 1 and header_key(path[0]) in _MONTH_NAMES]
    if len(months) < 3 or months[-1] - months[0] != len(months) - 1:
        return band
    found = {j: Match("realisation", None, band.paths[j][0], "months", part=True) for j in months}
    return replace(band, matches={**band.matches, **found})


def _without_computed(band: Band) -> Band:
    """The band without the fields of columns labelled by a formula of others (:func:`.fields.computed`) when another
    column not so labelled is the same field: ``Target (T) dalam %`` beside ``Target Sasaran (Tx S)`` (the rate times
    the population served, a count) states the indicator's target; the product is the working, in another unit."""
    own = {m.name for j, m in band.matches.items() if not computed(band.paths[j][-1])}
    derived = [j for j, m in band.matches.items() if m.name in own and computed(band.paths[j][-1])]
    return replace(band, matches={j: m for j, m in band.matches.items() if j not in derived}) if derived else band


#: words that name the value measured where a target's header names the target ('Tingkat Pencapaian (%)' beside
#: 'Target Pencapaian (%)')
_MEASURED = frozenset({"tingkat", "realisasi"})
#: words that make a percentage header a capaian of its own, beside a target set for a percentage
_CAPAIAN_WORDS = frozenset({"capaian", "capain", "pencapaian", "ketercapaian"})
#: how a column is found to be the realisation its target is set for (:attr:`Column.how`)
AGAINST_TARGET = "against its target"


def _against_target(band: Band) -> Band:
    """The band with the one capaian column whose header is its target's, 'Tingkat' or 'Realisasi' for 'Target'
    ('Target Pencapaian (%) | Tingkat Pencapaian (%)'), read as the realisation, in a table of indicators with one
    target and no realisation: the target is set for that measure, in the unit both headers state (an IKU export
    whose 'Realisasi AEE (%)' beside it is the working). A plain 'Target' names no measure and changes nothing.

    Example:
        >>> from .fields import Match
        >>> paths = {0: ("Realisasi AEE (%)",), 1: ("Tingkat Pencapaian (%)",), 2: ("Target Pencapaian (%)",)}
        >>> matches = {0: Match("stated_capaian", None, "", "rule"), 1: Match("stated_capaian", None, "", "rule"),
        ...            2: Match("target", None, "", "rule")}
        >>> _against_target(Band("indicators", 0, 0, paths, matches, ())).matches[1].name
        'realisation'
    """
    if band.dataset != "indicators" or any(m.name == "realisation" for m in band.matches.values()):
        return band
    targets = [j for j, m in band.matches.items() if m.name == "target" and not m.part]
    if len(targets) != 1:
        return band
    measure = frozenset().union(*(header_words(p) for p in band.paths[targets[0]])) - {"target"}
    if not measure:
        return band
    paired = [j for j, m in band.matches.items() if m.name == "stated_capaian"
              and (words := frozenset().union(*(header_words(p) for p in band.paths[j]))) & _MEASURED
              and words - _MEASURED == measure]
    if len(paired) != 1:
        return band
    matches = {**band.matches, paired[0]: replace(band.matches[paired[0]], name="realisation", how=AGAINST_TARGET)}
    if "persen" in measure:
        # the target and its measure are percentages: another column a capaian only by its '%' ('AEE Ideal (%)',
        # 'Realisasi AEE (%)') is a percentage of the working, not of the target
        matches = {j: m for j, m in matches.items() if m.name != "stated_capaian"
                   or frozenset().union(*(header_words(p) for p in band.paths[j])) & _CAPAIAN_WORDS}
    return replace(band, matches=matches)


def _worked_months(grid: Grid, band: Band) -> Band:
    """The band with a field's months (no total of their own in the band) that add up on every row to one column
    outside them which the loaders do not read (no field, or one only noted): that column is the months' year, the
    compilation a form prints beside them ('Capaian Kegiatan › Jan … Des' summed in 'Kompilasi Pencapaian'). Unnamed,
    it is the field's total and the months its parts; named as a count of its own (the people reached, beside the
    indicator's rate), the months are its working and no field. Any other band is returned as it is."""
    by_field: dict[str, list[int]] = {}
    for j, m in sorted(band.matches.items()):
        if m.part or m.total:
            by_field.setdefault(_label(m), []).append(j)
    matches = dict(band.matches)
    for indexes in by_field.values():
        if any(band.matches[j].total for j in indexes) or len(indexes) < 2:
            continue
        compiled = [k for k in sorted(band.paths) if k not in indexes and header_key(band.paths[k][-1]) not in ROW_NUMBERS
                    and (k not in band.matches or band.matches[k].name in INFORMATIONAL) and adds_up(grid, band, k, indexes)]
        if len(compiled) != 1:
            continue
        if compiled[0] in band.matches:
            for j in indexes:
                del matches[j]
        else:
            month = band.matches[indexes[0]]
            matches[compiled[0]] = replace(month, text=" ".join(band.paths[compiled[0]]), how="sum", part=False, total=True)
    return replace(band, matches=matches) if matches != band.matches else band


#: how a column holding the rounded mean of a field's periods is recognised as the field's year (:attr:`Column.how`)
MEAN_OF_PERIODS = "mean of periods"


def _periods_by_field(band: Band) -> dict[str, list[int]]:
    """The columns of each field's periods of no year (months or quarters, no total of their own in the band)."""
    by_field: dict[str, list[int]] = {}
    for j, m in sorted(band.matches.items()):
        if m.part and m.year is None:
            by_field.setdefault(m.name, []).append(j)
    return {name: indexes for name, indexes in by_field.items()
            if len(indexes) >= 2 and not any(m.total and m.name == name for m in band.matches.values())}


def _periods_of_the_year(grid: Grid, band: Band) -> Band:
    """The band without a field's periods of no year (``Realisasi Kinerja Pada Triwulan › I … IV``) when one other
    column of the field names a year (``Realisasi Capaian Kinerja … yang Dievaluasi (2026)``; a plan's running total
    to that year aside, :func:`renstra_to_date`) and holds, on every row, the periods' sum or the last one filled: that
    column is the year's figure, as the form states it, the periods its milestones. Any other band is returned as it
    is: a year column that is not the periods' (last year's realisation beside this year's quarters) settles nothing.

    Example:
        >>> import pandas as pd
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> grid = Grid("a.xlsx", "S", pd.DataFrame([["TW I", "TW II", "Realisasi 2026"], ["2", "1", "3"]]))
        >>> paths = {0: ("Realisasi", "I"), 1: ("Realisasi", "II"), 2: ("Realisasi 2026",)}
        >>> matches = {0: Match("realisation", None, "Realisasi I", "rule", part=True),
        ...            1: Match("realisation", None, "Realisasi II", "rule", part=True),
        ...            2: Match("realisation", 2026, "Realisasi 2026", "rule")}
        >>> sorted(_periods_of_the_year(grid, Band("indicators", 0, 0, paths, matches, ())).matches)
        [2]
        >>> grid.cells.iat[1, 2] = "5"  # neither the quarters' sum nor the last: another figure
        >>> sorted(_periods_of_the_year(grid, Band("indicators", 0, 0, paths, matches, ())).matches)
        [0, 1, 2]
    """
    matches = dict(band.matches)
    for name, periods in _periods_by_field(band).items():
        dated = [j for j, m in band.matches.items() if m.name == name and m.year is not None and not m.part
                 and not renstra_to_date(band.paths[j])]
        if len(dated) != 1 or not year_of_periods(grid, band, dated[0], periods):
            continue
        for j in periods:
            del matches[j]
        matches[dated[0]] = replace(band.matches[dated[0]], how=YEAR_LEAF)
    return replace(band, matches=matches) if matches != band.matches else band


def _plan_beside_periods(band: Band, indexes: list[int]) -> Said | None:
    """What is expected of a field's lone column of a year that is a plan's running total (:func:`renstra_to_date`)
    when the band has the field only besides as periods of no year (``Realisasi Kinerja pada Triwulan › I … IV``):
    a column of the year's own figure; None for any other claim (a year's column beside it is settled by
    :func:`_plan_to_date_apart`)."""
    if len(indexes) != 1 or (lone := band.matches[indexes[0]]).part or lone.name not in YEAR_COLUMNS \
            or not renstra_to_date(band.paths[indexes[0]]) \
            or not (periods := _periods_by_field(band).get(lone.name)) \
            or any(m.name == lone.name and not m.part and j != indexes[0] for j, m in band.matches.items()):
        return None
    # each period by its own label, not the unit that ends its path (Triwulan › I › K is the period 'I')
    labels = [band.paths[j][-2] if len(band.paths[j]) > 1 and unit_kind(band.paths[j][-1]) else band.paths[j][-1] for j in periods]
    return expects("year_beside_plan", field=lone.name, header=" › ".join(band.paths[indexes[0]]),
                   periods=", ".join(f"'{label}'" for label in labels))


def _plan_to_date_apart(band: Band) -> Band:
    """The band without a field's column of a plan's running total to a year (``Realisasi Kinerja dan Anggaran RPJMD
    s/d Tahun 2021``, :func:`renstra_to_date`) when another column of the field, no period and no such total, is of no
    year or of that year (``Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi``): the year's own figure, which
    Permendagri 86/2017's evaluation form prints before the plan's; its year on the plan's column must not make the
    plan's the year's. The other column is kept as :data:`RENSTRA_APART`; any other band is returned as it is.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> paths = {0: ("Realisasi Capaian yang Dievaluasi", "K"), 1: ("Realisasi RPJMD s/d Tahun 2021", "K")}
        >>> matches = {0: Match("realisation", None, "Realisasi Capaian yang Dievaluasi K", "rule"),
        ...            1: Match("realisation", 2021, "Realisasi RPJMD s/d Tahun 2021 K", "rule")}
        >>> sorted(_plan_to_date_apart(Band("indicators", 0, 0, paths, matches, ())).matches)
        [0]
        >>> matches[0] = Match("realisation", 2020, "Realisasi 2020 K", "rule")  # last year's beside the plan's: kept
        >>> sorted(_plan_to_date_apart(Band("indicators", 0, 0, paths, matches, ())).matches)
        [0, 1]
    """
    matches = dict(band.matches)
    for j, m in band.matches.items():
        if m.name not in YEAR_COLUMNS or m.part or not renstra_to_date(band.paths[j]):
            continue
        own = [k for k, o in band.matches.items() if o.name == m.name and not o.part and o.year in (None, m.year)
               and not renstra_to_date(band.paths[k])]
        if len(own) == 1:
            del matches[j]
            matches[own[0]] = replace(band.matches[own[0]], how=RENSTRA_APART)
    return replace(band, matches=matches) if matches != band.matches else band


def _averaged_periods(grid: Grid, band: Band) -> Band:
    """The band with a column headed only as a total (``Total``), of no field, that holds on every row the mean of one
    field's periods rounded as it is written (an e-SAKIP monitoring form's ``Math.round`` of the quarters filled): that
    field's year, the periods its parts. The total of the realisation's quarters is no sum of them (a percentage's
    quarters do not add up) and no target's; when it fits the periods of no field, or of two, the band is returned as
    it is.

    Example:
        >>> import pandas as pd
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> grid = Grid("a.xlsx", "S", pd.DataFrame([["I", "II", "I", "II", "Total"], ["30", "60", "28.4", "63.5", "46"]]))
        >>> paths = {0: ("Target", "I"), 1: ("Target", "II"), 2: ("Realisasi", "I"), 3: ("Realisasi", "II"), 4: ("Total",)}
        >>> matches = {j: Match("target" if j < 2 else "realisation", None, " ".join(paths[j]), "rule", part=True) for j in range(4)}
        >>> _averaged_periods(grid, Band("indicators", 0, 0, paths, matches, ())).matches[4].name
        'realisation'
    """
    totals = [j for j, path in band.paths.items() if j not in band.matches and len(path) == 1 and _is_total(path[0])]
    if len(totals) != 1:
        return band
    fits = [(name, periods) for name, periods in _periods_by_field(band).items()
            if mean_of_periods(grid, band, totals[0], periods)]
    if len(fits) != 1:
        return band
    name, periods = fits[0]
    month = band.matches[periods[0]]
    total = replace(month, text=band.paths[totals[0]][0], how=MEAN_OF_PERIODS, part=False, total=True)
    return replace(band, matches={**band.matches, totals[0]: total})


#: how the condition columns of the latest state are recognised among those of several moments, and how the others are
#: set aside (:attr:`Column.how`)
LATEST_STATE = "latest state"
EARLIER_STATE = "earlier state"
#: header words of a condition stated at the latest moment of the period (``Keadaan Barang Akhir Tahun``, ``Sesudah``)
#: and at an earlier one (``Awal Tahun``, ``Sebelum``)
_LATEST = frozenset({"akhir", "sesudah", "setelah", "sekarang", "kini", "terakhir"})
_EARLIER = frozenset({"awal", "sebelum", "sebelumnya", "semula", "lalu"})


def _latest_state(band: Band) -> tuple[Band, list[int]]:
    """An asset band stating each item's condition at several moments (Permendagri 1/2016's Buku Inventaris: ``Keadaan
    Barang Awal Tahun › Baik | Rusak``, ``Penghapusan › Rusak …``, ``Keadaan Barang Akhir Tahun › Baik | Rusak``) with
    only the latest moment's condition columns read: added up, the moments would count every item twice. A condition
    column outside the latest moment's (an earlier state, a deletion between them) is set aside when the latest
    moment has a column of its field and some column is headed by an earlier moment; those set aside are returned.
    Any other band (conditions of one moment, or none named by its time) is returned as it is.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> paths = {0: ("Awal Tahun", "Baik"), 1: ("Awal Tahun", "Rusak"), 2: ("Akhir Tahun", "Baik"), 3: ("Akhir Tahun", "Rusak")}
        >>> band = Band("assets", 0, 1, paths, {j: Match("good" if j % 2 == 0 else "damaged", None, p[-1], "alias")
        ...                                      for j, p in paths.items()}, ())
        >>> latest, aside = _latest_state(band)
        >>> sorted(latest.matches), aside, latest.matches[2].how
        ([2, 3], [0, 1], 'latest state')
    """
    conditions = {j: m for j, m in band.matches.items() if m.name in SUMMED}
    words = {j: set().union(*(header_words(p) for p in band.paths[j])) for j in conditions}
    latest = [j for j in conditions if words[j] & _LATEST and not words[j] & _EARLIER]
    earlier = [j for j in conditions if words[j] & _EARLIER and not words[j] & _LATEST]
    if not latest or not earlier:
        return band, []
    fields = {conditions[j].name for j in latest}
    aside = [j for j in conditions if j not in latest and conditions[j].name in fields]
    matches = {j: replace(m, how=LATEST_STATE) if j in latest else m for j, m in band.matches.items() if j not in aside}
    return replace(band, matches=matches), aside


#: how an indicator named only in its table's title is recognised (:attr:`Column.how`)
TITLE = "title"
#: the start of a title that numbers the table and says what kind it is, not what it measures
_TITLE_LEAD = re.compile(r"^(?:(?:tabel|table)\s*[\dIVX]+(?:[.,]\d+)*\s*[.:]?\s*)?(?:(?:analisa|analisis|pengukuran|capaian)\s+"
                         r"(?:capaian\s+)?kinerja\s*:?\s*)?", re.IGNORECASE)


def _title_line(rows: list[list[object]], top: int) -> tuple[int, str, int] | None:
    """The line of one text cell right above a header (or above one blank row) that names what the table measures:
    (its grid row, its text, its grid column); None when there is none, or when it is a table number alone.

    Example:
        >>> _title_line([["Tabel 17. Analisa Kinerja Penurunan upaya hukum kasasi", None], ["Data", "Realisasi"]], 1)
        (0, 'Tabel 17. Analisa Kinerja Penurunan upaya hukum kasasi', 0)
        >>> _title_line([["Tabel 3.2.", None], ["Indikator", "Realisasi"]], 1)
    """
    for i in (top - 1, top - 2):
        cells = [(j, v) for j, v in enumerate(rows[i]) if not is_blank(v)] if 0 <= i < len(rows) else []
        if not cells and i == top - 1:
            continue
        if len(cells) != 1 or not isinstance(cells[0][1], str):
            return None
        text = " ".join(cells[0][1].split())
        return (i, text, cells[0][0]) if len(_titled_name(text).split()) >= 3 else None
    return None


def _titled_name(title: str) -> str:
    """An indicator's name out of its table's title: without the table's number and kind.

    Example:
        >>> _titled_name("Tabel 16. Analisa Kinerja Penurunan upaya hukum banding yang tidak diajukan")
        'Penurunan upaya hukum banding yang tidak diajukan'
    """
    return _TITLE_LEAD.sub("", clean_text(title)).strip() or clean_text(title)


#: how a NIP read out of the name cells is recognised (:attr:`Column.how`)
NIP_IN_NAME = "in the name"
#: an 18-digit NIP inside other text, as printed (``19680815 199303 1 001``) or not
NIP_INSIDE = re.compile(r"(?<!\d)(\d{8} ?\d{6} ?\d ?\d{3})(?!\d)")


#: how a roster's NIP is found in the cells of another field's column than the name's (:attr:`Column.how`): the rank
#: and golongan printed over the NIP ('Penata Tk I    III-D / Kes⏎199903…')
NIP_IN_CELLS = "in another field's cells"
#: fields whose cells a print may stack the NIP under, after the name's
_NIP_HOSTS = ("golongan", "position")


def _nip_in_names(grid: Grid, band: Band, columns: list[Column], scan: int = 200) -> Column | None:
    """The name column as the NIP's too, for a roster with no NIP column whose every name cell holds its person's name
    and one 18-digit NIP (Kemenag's DUK prints the name, then 'old NIP / new NIP' under it); else, the same of the
    golongan or jabatan column (a military nominative list prints 'PANGKAT KORP' as the rank and golongan over the
    NIP); None otherwise.

    The cells from the body's first down to the last one holding a NIP must each hold exactly one (a total row
    aside) beside some text, and two people at least; what follows (a signature block) is left to the body's end. A
    column where some cells hold a NIP and others not is no NIP's column (the NIP is asked for).

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Nama", "Pangkat"], ["Ani", "Penata III-C 198001012005012001"],
        ...                       ["Budi", "Pengatur II-A 197801052006041001"]], dtype=object)
        >>> band = Band("staff", 0, 0, {0: ("Nama",), 1: ("Pangkat",)}, {}, ())
        >>> found = _nip_in_names(Grid("p.xlsx", "S", cells), band, [Column("name", None, "Nama", 0), Column("golongan", None, "Pangkat", 1)])
        >>> found.index, found.how
        (1, "in another field's cells")
    """
    hosts = [c for field in ("name", *_NIP_HOSTS) for c in columns if c.name == field]
    for host in hosts:
        if host.index not in grid.cells.columns:
            continue
        filled = sorted(_filled_rows(grid, band, [host.index], scan).get(host.index, set()))
        cells = [grid.cells[host.index].iloc[band.bottom + 1 + i] for i in filled]
        holding = [i for i, cell in enumerate(cells) if isinstance(cell, str) and NIP_INSIDE.search(cell)]
        if len(holding) < 2:
            continue
        people = [cell for cell in cells[:holding[-1] + 1] if not is_total_label(cell)]
        if any(not isinstance(cell, str) or len(NIP_INSIDE.findall(cell)) != 1
               or not re.search(r"[A-Za-z]", NIP_INSIDE.sub("", cell)) for cell in people):
            continue
        return Column("nip", None, host.header, host.index, host.path, NIP_IN_NAME if host.name == "name" else NIP_IN_CELLS)
    return None


#: how a NIP column headed by another name is recognised (:attr:`Column.how`): by the NIPs its cells hold
NIP_BY_CONTENT = "nips"


def _nip_by_content(grid: Grid, band: Band, columns: list[Column]) -> Column | None:
    """The one column no header names whose cells are mostly 18-digit NIPs, for a roster with no NIP header: a
    hospital or agency system keys its staff by its own employee number (SIMRS Khanza's 'NIK', Nomor Induk Karyawan),
    which is the NIP for the civil servants and a local number ('BLUD.2019.001') for the contract staff; the loader sets
    the rows of the latter aside when their row names a non-ASN status. None when no column, or more than one, holds
    NIPs (a spouse's NIP beside the person's: which is which is the user's to say).

    Example:
        >>> cells = pd.DataFrame([["NIK", "Nama"], ["198103152008011003", "A"], ["199002202019032011", "B"],
        ...                       ["BLUD.2019.001", "C"]], dtype=object)
        >>> band = Band("staff", 0, 0, {0: ("NIK",), 1: ("Nama",)}, {}, ())
        >>> _nip_by_content(Grid("p.xlsx", "S", cells), band, [Column("name", None, "Nama", 1)]).how
        'nips'
    """
    used = {c.index for c in columns} | set(band.matches)
    keyed = [j for j in band.paths if j not in used and _content_of(grid, band, j) == "nip"]
    if len(keyed) != 1:
        return None
    j = keyed[0]
    return Column("nip", None, band.paths[j][-1], j, band.paths[j], NIP_BY_CONTENT)


#: how a roster's NIP column is recognised when the export's headers are swapped (:func:`_nip_headers_swapped`): by
#: the NIPs its cells hold, under another column's header
NIP_SWAPPED = "swapped"


def _nip_headers_swapped(grid: Grid, band: Band, columns: list[Column]) -> list[Column]:
    """``columns`` with the NIP read from the one column that holds the NIPs when the column headed NIP holds none:
    a template that prints each row's cells in another order than its header ('NAMA PNS | NIP' over the NIP, then the
    name) would otherwise have every NIP refused. The column headed NIP must hold words and not one NIP (some bad NIPs
    are the user's to mend, cell by cell), and exactly one other column mostly 18-digit NIPs, under a header that names
    a field: that field is read from the column headed NIP (the two headers swapped). The loader warns, naming both
    headers (:data:`NIP_SWAPPED`); ``columns`` unchanged otherwise (a column of NIPs no header names is no swap to
    tell).

    Example:
        >>> cells = pd.DataFrame([["Nama", "NIP"], ["198103152008011003", "Ani"], ["199002202019032011", "Budi"]],
        ...                      dtype=object)
        >>> band = Band("staff", 0, 0, {0: ("Nama",), 1: ("NIP",)}, {}, ())
        >>> swapped = _nip_headers_swapped(Grid("p.xlsx", "S", cells), band, [Column("name", None, "Nama", 0, ("Nama",)),
        ...                                                                    Column("nip", None, "NIP", 1, ("NIP",))])
        >>> [(c.name, c.header, c.index, c.how) for c in swapped]
        [('name', 'NIP', 1, 'swapped'), ('nip', 'Nama', 0, 'swapped')]
    """
    headed = next((c for c in columns if c.name == "nip"), None)
    if headed is None or headed.index not in grid.cells.columns or _content_of(grid, band, headed.index) != "text":
        return columns
    filled = [v for v in grid.cells[headed.index].iloc[band.bottom + 1: band.bottom + 201] if not is_blank(v)]
    # a number may be a NIP the sheet stored as one
    if any(not isinstance(v, str) or NIP_INSIDE.search(v) for v in filled):
        return columns
    holding = [j for j in band.paths if j != headed.index and _content_of(grid, band, j) == "nip"]
    if len(holding) != 1:
        return columns
    j = holding[0]
    other = next((c for c in columns if c.index == j), None)
    if other is None:
        return columns
    nip = Column("nip", None, other.header, j, other.path, NIP_SWAPPED)
    return [nip if c is headed else replace(c, header=headed.header, index=headed.index, path=headed.path, how=NIP_SWAPPED)
            if c is other else c for c in columns]


#: how a roster's one-hot band is recognised (:attr:`Column.how`): a mark under one of the band's category columns
ONE_HOT = "one-hot"
#: roster fields a band of category columns may spread, one mark per person (a 1 under L or P)
ONE_HOT_FIELDS = frozenset({"gender", "education", "golongan", "position_type", "status"})
_ONE_HOT_PARSERS = {"gender": parse_gender, "education": lambda v: parse_education(v, major=False), "golongan": parse_golongan,
                    "position_type": parse_position_type, "status": parse_status}
#: how a roster's degrees are recognised (:attr:`Column.how`): a column per degree (``Magister | Doktor``) holding the
#: name of each person's degree ('Magister Manajemen'), the highest filled being the person's education
HIGHEST_FILLED = "highest filled"
#: what ticks a column: 1, a check mark, v or x
_MARKS = frozenset({"1", "v", "x", "√", "✓", "✔"})


def is_mark(value: object) -> bool:
    """Whether a cell ticks its column (``1``, ``'√'``, ``'v'``).

    Example:
        >>> is_mark(1), is_mark("1"), is_mark(" √ "), is_mark(2), is_mark("L"), is_mark(True)
        (True, True, True, False, False, False)
    """
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value == 1
    return isinstance(value, str) and clean_text(value).strip().lower() in _MARKS


def is_unmarked(value: object) -> bool:
    """Whether a cell of a band of marks leaves its column unticked: empty, or a 0 (an export writes 1 or 0).

    Example:
        >>> is_unmarked(None), is_unmarked(0), is_unmarked("0"), is_unmarked(1), is_unmarked("-")
        (True, True, True, False, False)
    """
    if isinstance(value, bool):
        return False
    if is_blank(value):  # NaN too, as a grid read as text holds an empty cell
        return True
    if isinstance(value, (int, float)):
        return value == 0
    return isinstance(value, str) and value.strip() == "0"


def _one_hot(grid: Grid, band: Band, columns: list[int], name: str, scan: int = 60) -> bool:
    """Whether ``columns``, each headed by a distinct category of the roster field ``name`` (``L``, ``P``; ``SD`` …
    ``S3``), hold one mark per person: a row of the body ticks one of them (nothing or 0 under the others), most rows
    with a mark tick exactly one (two ticks are the loader's to refuse, naming the row); total rows (JUMLAH: the counts) and the header repeated over
    the next block aside.
    A band of counts (2, 5 under L | P: a table by unit) is no such band."""
    if _distinct_categories(grid, band, columns, _ONE_HOT_PARSERS[name]) is None:
        return False
    block = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan]
    single = ticked = 0
    for _, row in block.iterrows():
        cells = [row[j] for j in columns]
        if all(is_unmarked(v) for v in cells) or any(isinstance(v, str) and is_total_label(v) for v in row.tolist()):
            continue  # a total row (JUMLAH: the counts) is no person's
        if any(not is_unmarked(v) and not is_mark(v) for v in cells):
            if all(is_blank(v) or clean_text(v) in map(clean_text, band.paths[j]) for v, j in zip(cells, columns)):
                continue  # the header again over the next block
            return False
        ticked += 1
        single += sum(map(is_mark, cells)) == 1
    return single >= 2 and single >= 0.8 * ticked


def _distinct_categories(grid: Grid, band: Band, columns: list[int], parse: Callable[[str], str]) -> list[str] | None:
    """The category each of ``columns`` is headed by (its header's last level read by ``parse``), when each is one and
    no two are the same, and every column is in the grid; else None."""
    try:
        categories = [parse(band.paths[j][-1]) for j in columns]
    except ValueParseError:
        return None
    if len(set(categories)) != len(categories) or any(j not in grid.cells.columns for j in columns):
        return None
    return categories


def _degrees_named(grid: Grid, band: Band, columns: list[int], scan: int = 60) -> bool:
    """Whether ``columns``, each headed by a distinct education level (``Pendidikan Pasca Sarjana › Magister/ Magister
    Terapan/ Spesialis | Doktor/ …``: S2, S3), hold the names of each person's degrees ('Magister Manajemen', 'Doktor
    Ilmu Ekonomi'): words, no mark nor number, and a row filling a column also fills every lower one, or some row
    fills more than one (a doctor's master's degree beside the doctorate). Marks are a one-hot band
    (:func:`_one_hot`); counts a table by unit."""
    if _distinct_categories(grid, band, columns, lambda text: parse_education(text, major=False)) is None:
        return False
    block = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan]
    filled = several = 0
    for _, row in block.iterrows():
        cells = [row[j] for j in columns]
        if all(is_unmarked(v) or is_blank(v) for v in cells) or is_column_numbers([v for v in row if not is_no_value(v)]):
            continue  # no one's degrees, or the column numbers under the header (1 … 12, '4' over both degrees)
        if any(not is_blank(v) and not is_unmarked(v) and (not isinstance(v, str) or is_mark(v)
                                                             or not re.search(r"[a-z]{3}", v.lower())) for v in cells):
            return False
        filled += 1
        several += sum(not is_blank(v) and not is_unmarked(v) for v in cells) > 1
    return filled >= 2 and several >= 1


#: how an inventory's condition marked under a column per condition is recognised (:attr:`Column.how`)
CONDITION_MARKS = "marked"
#: the fields an inventory states its items' condition in: with none of them, marked columns may be it
_CONDITION_FIELDS = frozenset({"condition", "good", "damaged", "sufficient", "lacking"})


def _condition_marks(grid: Grid, band: Band, columns: list[Column], scan: int = 60) -> list[int] | None:
    """The columns side by side, no header naming a field, each headed by a distinct condition of an item (``B | RR |
    RB``, ``Baik | Rusak Ringan | Rusak Berat``), good and damaged among them, that hold one mark ('X', 'V', 1) per
    item row: a room's Daftar Barang Ruangan (BMN) marks each registered item's condition so; None otherwise. Rows with
    no mark are no item's (the legend, a signature's date under the columns); a row with a mark and a count (1, 0, 2)
    makes the columns counts, which are asked for by their headers.

    Example:
        >>> cells = pd.DataFrame([["Nama Barang", "B", "RR", "RB"], ["Meja", "X", None, None], ["Kursi", None, None, "X"]],
        ...                      dtype=object)
        >>> band = Band("assets", 0, 0, {0: ("Nama Barang",), 1: ("B",), 2: ("RR",), 3: ("RB",)}, {}, ())
        >>> _condition_marks(Grid("s.xlsx", "S", cells), band, [Column("item", None, "Nama Barang", 0)])
        [1, 2, 3]
    """
    used = {c.index for c in columns} | set(band.matches)
    runs: list[list[int]] = []
    for j in sorted(band.paths):
        if j in used or asset_condition(band.paths[j][-1]) is None or j not in grid.cells.columns:
            continue
        if runs and runs[-1][-1] == j - 1:
            runs[-1].append(j)
        else:
            runs.append([j])
    heads = [run for run in runs if len(run) >= 2]
    if len(heads) != 1:
        return None
    marked = heads[0]
    keys = [clean_text(band.paths[j][-1]).casefold() for j in marked]
    if len(set(keys)) != len(keys) or {asset_condition(band.paths[j][-1]) for j in marked} != {"good", "damaged"}:
        return None
    single = ticked = 0
    for _, row in grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan].iterrows():
        cells = [row[j] for j in marked]
        if not any(map(is_mark, cells)):
            continue  # no item's row: a legend, the signature block's date under one of the columns
        if any(not is_blank(v) and not is_mark(v) for v in cells):
            return None
        ticked += 1
        single += sum(map(is_mark, cells)) == 1
    return marked if single >= 2 and single >= 0.8 * ticked else None


#: how a roster with no NIP anywhere is recognised (:attr:`Column.how` of its ``nip`` column, which holds no NIP)
NO_NIP = "no NIP"
#: roster fields that describe a person, besides the name: a list of names with two of them is a list of people
_PERSON_FIELDS = frozenset({"gender", "golongan", "birth_date", "education", "position", "position_type", "status"})


def _holds_nip(value: object) -> bool:
    """Whether a cell holds an 18-digit NIP, as text or as a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 1e17 <= value < 1e18
    return isinstance(value, str) and NIP_INSIDE.search(value) is not None


def _people_by_name(grid: Grid, band: Band, columns: list[Column], scan: int = 200) -> Column | None:
    """The ``nip`` column of a roster that has none, for a header with a name column and two columns or more of a
    person's data (a list of the heads of OPD: Nama Pejabat | Pangkat/Gol. Ruang | Pendidikan; perangkat desa, who
    are no ASN and have no NIP) or a band of one mark per row (:data:`ONE_HOT`: a 'V' under each person's highest
    degree, which only a list of people has), and no 18-digit NIP in any cell of its first ``scan`` body rows; None
    for anything thinner (Nama | Jabatan | Telepon) and for NIPs written somewhere no header names: the NIP is asked for.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Nama", "Gol", "Pendidikan"], ["A", "IV/a", "S2"]], dtype=object)
        >>> name, gol, edu = Column("name", None, "Nama", 0), Column("golongan", None, "Gol", 1), Column("education", None, "Pendidikan", 2)
        >>> band = Band("staff", 0, 0, {0: ("Nama",), 1: ("Gol",), 2: ("Pendidikan",)}, {}, ())
        >>> _people_by_name(Grid("a.xlsx", "S", cells), band, [name, gol, edu]).how, _people_by_name(Grid("a.xlsx", "S", cells), band, [name, gol])
        ('no NIP', None)
    """
    name = next((c for c in columns if c.name == "name"), None)
    if name is None or (len({c.name for c in columns} & _PERSON_FIELDS) < 2 and not any(c.how in (ONE_HOT, HIGHEST_FILLED) for c in columns)):
        return None
    body = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan]
    if any(_holds_nip(v) for v in body.to_numpy(dtype=object, na_value=None).ravel()):
        return None
    return Column("nip", None, name.header, name.index, name.path, NO_NIP)


#: how a budget table's name column is recognised when its header names no field (:attr:`Column.how`): the one column
#: of words left of the amounts
ROW_LABELS = "row labels"


#: dataset → (the field naming each row, the fields of its figures) for :func:`_labels_of_amounts`
_LABELLED_AMOUNTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "budget": (("name", ("budget", "realised")),),
    "assets": (("item", ("good", "damaged", "sufficient", "lacking", "quantity")),),
}


def _labels_of_amounts(grid: Grid, band: Band, columns: list[Column], field: str = "name",
                       amounts: tuple[str, ...] = ("budget", "realised")) -> Column | None:
    """The ``field`` column (``name``, an asset's ``item``) of a table whose header names the figures (``amounts``) but
    not what each row is ('Bidang Evaluator | Pagu Alokasi | Realisasi (SP2D)'; 'Kategori | Total Aset | Baik | Rusak
    Berat'): the one column left of the first figure that names no field, no row numbers and holds words, each row its
    own (labels that repeat are an attribute: a category, a source of funds); None when there is no such column or more
    than one.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Bidang", "Pagu", "Realisasi"], ["Bidang 1", 100000, 90000], ["Bidang 2", 200000, 150000]],
        ...                      dtype=object)
        >>> band = Band("budget", 0, 0, {0: ("Bidang",), 1: ("Pagu",), 2: ("Realisasi",)}, {}, ())
        >>> amounts = [Column("budget", None, "Pagu", 1), Column("realised", None, "Realisasi", 2)]
        >>> _labels_of_amounts(Grid("a.xlsx", "S", cells), band, amounts).index
        0
    """
    figures = [c.index for c in columns if c.name in amounts]
    if not figures:
        return None
    words = [j for j, path in band.paths.items() if j < min(figures) and j not in band.matches
             and header_key(path[-1]) not in ROW_NUMBERS and _worded(grid, band, j)
             and not (field == "item" and _names_units(path))]
    if len(words) != 1 or _repeats(grid, band, words[0]):
        return None
    path = band.paths[words[0]]
    return Column(field, None, " › ".join(path), words[0], path, ROW_LABELS)


#: how an asset table's item column is recognised when its rows are school levels (:attr:`Column.how`)
SCHOOL_LEVELS = "school levels"


def _school_levels(grid: Grid, band: Band, columns: list[Column]) -> Column | None:
    """The item column of an asset table whose rows are school levels (SD, SMP, SMA, SMK: a published table of one
    item, its classrooms, by level): the one column left of the counts, named by no field, whose cells are levels of
    education and do not repeat. An asset table has no education of its own to count, so such rows can only be the
    levels the item is counted by; the explanation says so. None when there is no such column or several.

    Example:
        >>> cells = pd.DataFrame([["Jenjang", "Baik", "Rusak"], ["SD", 10, 2], ["SMP", 4, 1]], dtype=object)
        >>> band = Band("assets", 0, 0, {0: ("Jenjang",), 1: ("Baik",), 2: ("Rusak",)}, {}, ())
        >>> _school_levels(Grid("s.xlsx", "S", cells), band, [Column("good", None, "Baik", 1), Column("damaged", None, "Rusak", 2)]).index
        0
        >>> right = pd.DataFrame([["Baik", "Rusak", "Jenjang"], [10, 2, "SD"], [4, 1, "SMP"]], dtype=object)
        >>> band = Band("assets", 0, 0, {0: ("Baik",), 1: ("Rusak",), 2: ("Jenjang",)}, {}, ())
        >>> _school_levels(Grid("s.xlsx", "S", right), band, [Column("good", None, "Baik", 0), Column("damaged", None, "Rusak", 1)]) is None
        True
    """
    figures = [c.index for c in columns if c.name in ("good", "damaged", "quantity")]
    if not figures:
        return None
    levels = [j for j, path in band.paths.items() if j < min(figures) and j not in band.matches
              and header_key(path[-1]) not in ROW_NUMBERS and _content_of(grid, band, j) == "education"
              and not _repeats(grid, band, j)]
    if len(levels) != 1:
        return None
    path = band.paths[levels[0]]
    return Column("item", None, " › ".join(path), levels[0], path, SCHOOL_LEVELS)


#: how an asset table's stated number of items is recognised (:attr:`Column.how`)
STATED_QUANTITY = "stated quantity"


def _stated_quantity(grid: Grid, band: Band, columns: list[Column], record: Recognition) -> Column | None:
    """The column of an asset table that states each row's number of items beside its good and damaged ones ('JUMLAH
    RUANG KELAS › RUANG KELAS', 'TOTAL'): headed as a total, itself or its band, holding numbers, and the only
    column the header leaves unused, so that no other column (a 'Hilang', a 'Kurang') can be part of it. The loader
    reads the conditions and checks the stated number against them. None when there is no such column.

    Example:
        >>> from .table import Recognition
        >>> cells = pd.DataFrame([["Jenis", "Total", "Baik", "Rusak"], ["Meja", 12, 10, 2]], dtype=object)
        >>> band = Band("assets", 0, 0, {0: ("Jenis",), 1: ("Total",), 2: ("Baik",), 3: ("Rusak",)}, {}, ())
        >>> record = Recognition("s.xlsx", "S", "assets", (1, 1), unused=[("B1", "Total")])
        >>> read = [Column("item", None, "Jenis", 0), Column("good", None, "Baik", 2), Column("damaged", None, "Rusak", 3)]
        >>> _stated_quantity(Grid("s.xlsx", "S", cells), band, read, record).index
        1
        >>> record.unused.append(("E1", "Hilang"))
        >>> _stated_quantity(Grid("s.xlsx", "S", cells), band, read, record) is None
        True
    """
    named = {c.name for c in columns}
    if "quantity" in named or not {"item", "good", "damaged"} <= named or len(record.unused) != 1:
        return None
    cell, header = record.unused[0]
    j = next((k for k in band.paths if grid.cell_name(band.bottom, k) == cell), None)
    if j is None or not (headed_total(band.paths[j]) or headed_total(band.paths[j][:1])) \
            or _content_of(grid, band, j) not in _NUMBERS:
        return None
    return Column("quantity", None, header, j, band.paths[j], STATED_QUANTITY)


def _names_units(path: tuple[str, ...]) -> bool:
    """Whether a header names units ('KABUPATEN/KOTA', 'Unit Kerja', 'Sekolah': ``unit_words.csv``), whose rows are
    places or offices holding the assets counted, not the items: such rows are read only when the user names the
    column as the item (``header_aliases``)."""
    text = " ".join(clean_text(p).casefold() for p in path)
    return any(re.search(rf"(?<![\w/]){re.escape(word)}(?![\w/])", text) for word in unit_words())


def _whole_numbers_only(grid: Grid, band: Band, j: int, scan: int = 200) -> bool:
    """Whether column ``j``'s filled body cells (one at least) are all whole numbers: counts or serials, no name."""
    if j not in grid.cells.columns:
        return False
    values = [v for v in grid.cells[j].iloc[band.bottom + 1: band.bottom + 1 + scan].tolist() if not is_no_value(v)]
    whole = [v for v in values if isinstance(v, (int, np.integer)) and not isinstance(v, bool)
             or isinstance(v, (float, np.floating)) and float(v).is_integer()
             or isinstance(v, str) and re.fullmatch(r"\d{1,9}", clean_text(v)) is not None]
    return bool(values) and len(whole) == len(values)


def _without_numbered_names(grid: Grid, band: Band) -> Band:
    """The band without the matches of a field that names each row (:data:`_ROW_NAMES`: a person's, an item's, an
    indicator's name) on a column whose cells are all whole numbers: a header word took a count for the name ('Total
    Aset' holding 4, 2, 5 beside 'Kategori'), and a name of digits only names nothing. The column is left unused, the
    field found elsewhere or asked for, never read as names '4', '2', '5'.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> cells = pd.DataFrame([["Kategori", "Total Aset", "Baik"], ["Elektronik", 4, 2], ["Kendaraan", 2, 1]], dtype=object)
        >>> band = Band("assets", 0, 0, {0: ("Kategori",), 1: ("Total Aset",), 2: ("Baik",)},
        ...             {1: Match("item", None, "Total Aset", "rule"), 2: Match("good", None, "Baik", "alias")}, ())
        >>> sorted(_without_numbered_names(Grid("s.xlsx", "S", cells), band).matches)
        [2]
    """
    numbered = [j for j, m in band.matches.items() if m.name in _ROW_NAMES and _whole_numbers_only(grid, band, j)]
    return replace(band, matches={j: m for j, m in band.matches.items() if j not in numbered}) if numbered else band


#: how a sasaran column holding measures is read as the indicator (:attr:`Match.how`)
MEASURED_SASARAN = "measured sasaran"


def _measured_sasaran(grid: Grid, band: Band) -> Band:
    """The band with its deepest sasaran column read as the indicator when no header names one, the band has a
    target and that column's every cell starts with a measure word (``measure_words.csv``): a PK form that heads its
    indicators 'Sasaran Kegiatan' beside 'Sasaran Program' ('Jumlah kegiatan penyuluhan …' | '4 Kegiatan') names
    what each target measures there. A sasaran is a state reached ('Meningkatnya …'), so a column of those stays a
    goal, and the two goals are still refused as ambiguous.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> cells = pd.DataFrame([["Sasaran Program", "Sasaran Kegiatan", "Target"],
        ...                       ["Meningkatnya penyelesaian perkara", "Jumlah kegiatan penyuluhan", "4 Kegiatan"]], dtype=object)
        >>> matches = {0: Match("goal", None, "Sasaran Program", "rule"), 1: Match("goal", None, "Sasaran Kegiatan", "rule"),
        ...            2: Match("target", None, "Target", "rule")}
        >>> band = Band("indicators", 0, 0, {0: ("Sasaran Program",), 1: ("Sasaran Kegiatan",), 2: ("Target",)}, matches, ())
        >>> _measured_sasaran(Grid("k.xlsx", "S", cells), band).matches[1].name
        'indicator'
        >>> cells.iloc[1, 1] = "Meningkatnya kesadaran hukum"
        >>> _measured_sasaran(Grid("k.xlsx", "S", cells), band).matches[1].name
        'goal'
    """
    names = [m.name for m in band.matches.values()]
    goals = sorted(j for j, m in band.matches.items() if m.name == "goal")
    if band.dataset != "indicators" or "indicator" in names or "target" not in names or len(goals) < 2 \
            or goals[-1] not in grid.cells.columns:
        return band
    deepest = goals[-1]  # a cascade's sasaran run left to right from the highest level, as its headers are read
    cells = [clean_text(v).lower() for v in grid.cells[deepest].iloc[band.bottom + 1: band.bottom + 1 + SCAN_ROWS].tolist()
             if not is_blank(v)]
    words = measure_words()
    if not cells or not all(c.split(maxsplit=1)[0] in words for c in cells if c):
        return band
    text = band.matches[deepest].text
    return replace(band, matches={**band.matches, deepest: Match("indicator", None, text, MEASURED_SASARAN)})


#: the rules that settle a band's fields from its cells and its own headers before its columns are read, in this
#: order (a later rule sees what an earlier one settled): each gives the band back with some matches added, changed
#: or dropped, or as it is when it does not apply
_SETTLING: tuple[Callable[[Grid, Band], Band], ...] = (
    lambda _, band: _bare_months(band),
    lambda _, band: _without_computed(band),
    _worked_months,
    _periods_of_the_year,
    lambda _, band: _plan_to_date_apart(band),
    _averaged_periods,
    lambda _, band: _against_target(band),
    target_by_ratio,
    _without_numbered_names,
    _measured_sasaran,
)


#: how the rows of a table titled by its indicator are named by their own labels (:attr:`Column.how`)
TITLED_PARTS = "parts of the titled indicator"
#: words of a title that names an indicator the rows below split (by level, by unit)
_NAMES_INDICATOR = frozenset({"iku", "ikk", "indikator"})


def _parts_of_titled_indicator(grid: Grid, band: Band, columns: list[Column], title: str) -> Column | None:
    """The ``indicator`` column of a table with no indicator header whose title names an indicator ('LAPORAN CAPAIAN
    IKU 1 - ANGKA EFISIENSI EDUKASI' over 'Jenjang Pendidikan | … | Target Pencapaian (%)'): the one column left of the
    first value that names no field, no row numbers and holds words, each row its own (a study level, a unit): each
    row is that part of the indicator, with its own target. None without such a title or column.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Jenjang", "Target", "Realisasi"], ["Sarjana", 60, 70], ["Magister", 40, 45]], dtype=object)
        >>> band = Band("indicators", 0, 0, {0: ("Jenjang",), 1: ("Target",), 2: ("Realisasi",)}, {}, ())
        >>> values = [Column("target", None, "Target", 1), Column("realisation", None, "Realisasi", 2)]
        >>> _parts_of_titled_indicator(Grid("a.xlsx", "S", cells), band, values, "Capaian IKU 1 per jenjang").index
        0
        >>> _parts_of_titled_indicator(Grid("a.xlsx", "S", cells), band, values, "Laporan per jenjang") is None
        True
    """
    values = [c.index for c in columns if c.name in _LEVEL_VALUES]
    if not values or not header_words(title) & _NAMES_INDICATOR:
        return None
    # the parts may be words or categories of a dimension (study levels: Diploma Tiga, Sarjana, Magister)
    words = [j for j, path in band.paths.items() if j < min(values) and j not in band.matches
             and header_key(path[-1]) not in ROW_NUMBERS
             and (_worded(grid, band, j) or _content_of(grid, band, j) in ("education", "gender"))]
    if len(words) != 1 or _repeats(grid, band, words[0]):
        return None
    path = band.paths[words[0]]
    return Column("indicator", None, " › ".join(path), words[0], path, TITLED_PARTS)


def _codes_for_names(grid: Grid, band: Band, columns: list[Column], scan: int = 40) -> tuple[Column, str] | None:
    """The column read as the rows' names (name, indicator, item) whose every cell down to the table's first blank
    row is a code, total labels aside, with its first code; None when it holds a name anywhere.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["SUB KEGIATAN", "PAGU"], ["1.03.10.2.01.0012", 5e8], ["1.03.02.2.01.0007", 3e8],
        ...                       ["TOTAL", 8e8]], dtype=object)
        >>> band = Band("budget", 0, 0, {0: ("SUB KEGIATAN",), 1: ("PAGU",)}, {}, ())
        >>> named = Column("name", None, "SUB KEGIATAN", 0, ("SUB KEGIATAN",), "rule")
        >>> column, code = _codes_for_names(Grid("a.xlsx", "S", cells), band, [named])
        >>> column.header, code
        ('SUB KEGIATAN', '1.03.10.2.01.0012')
        >>> cells.iat[2, 0] = "Rehabilitasi Gedung Pertemuan"
        >>> _codes_for_names(Grid("a.xlsx", "S", cells), band, [named]) is None
        True
    """
    height = min(len(grid.cells), band.bottom + 1 + scan)
    end = next((i for i in range(band.bottom + 1, height) if all(is_blank(v) for v in grid.cells.iloc[i])), height)
    for column in (c for c in columns if c.name in _ROW_NAMES and c.index in grid.cells.columns):
        values = [v for v in grid.cells[column.index].iloc[band.bottom + 1: end].tolist() if not is_total_label(v)]
        if (code := only_codes(values)) is not None:
            return column, code
    return None


def _beside_months(band: Band, indexes: list[int]) -> bool:
    """Whether each of two or more columns stands right of a month's column under the same group (BULAN › Jan |
    BULAN › Capaian | BULAN › Feb | BULAN › Capaian …): a field given month by month.

    Example:
        >>> paths = {4: ("BULAN", "Jan"), 5: ("BULAN", "Capaian"), 6: ("BULAN", "Feb"), 7: ("BULAN", "Capaian")}
        >>> _beside_months(Band("indicators", 0, 1, paths, {}, ()), [5, 7])
        True
        >>> near = {4: ("TW I", "Target"), 5: ("TW I", "Capaian"), 6: ("TW II", "Target"), 7: ("TW II", "Capaian")}
        >>> _beside_months(Band("indicators", 0, 1, near, {}, ()), [5, 7])
        False
    """
    return len(indexes) >= 2 and all(j - 1 in band.paths and is_month(band.paths[j - 1][-1])
                                      and band.paths[j - 1][:-1] == band.paths[j][:-1] for j in indexes)


def _worded(grid: Grid, band: Band, j: int, scan: int = 40) -> bool:
    """Whether column ``j`` holds words: names, a short one with a number in it too ('Bidang 1 (Ideologi)'), most
    starting with a letter (not a value with its unit, '12 paket')."""
    if _content_of(grid, band, j, scan) not in ("text", "measure") or j not in grid.cells.columns:
        return False
    cells = [clean_text(v) for v in grid.cells[j].iloc[band.bottom + 1: band.bottom + 1 + scan].tolist() if not is_blank(v)]
    return sum(c[:1].isalpha() for c in cells) > len(cells) / 2


def _content(grid: Grid, band: Band, cell: str, scan: int = 40) -> str:
    """What the cells under the header cell ``cell`` hold (see :func:`.content.column_content`), over the first ``scan``
    rows of the body."""
    return _content_of(grid, band, next(j for j in band.paths if grid.cell_name(band.bottom, j) == cell), scan)


def _content_of(grid: Grid, band: Band, j: int, scan: int = 40) -> str:
    return column_content(grid.cells[j].iloc[band.bottom + 1: band.bottom + 1 + scan].tolist() if j in grid.cells.columns else [])


_NUMBERS = frozenset({"number", "money"})
#: fields that name each row apart from the others: one per row, seldom twice
_ROW_NAMES = frozenset({"name", "item", "indicator"})


#: how a realisation is told from another so headed by its target's cells (:attr:`Column.how`)
TARGETS_KIND = "target's kind"
#: how a budget's realisation is told from its percentage under one merged header (:attr:`Column.how`)
SHARE_BESIDE = "share of the budget beside"
#: how a stated capaian is told from another so headed by the realisation it follows (:attr:`Column.how`)
AFTER_REALISATION = "after the realisation"


def _of_the_targets_kind(grid: Grid, band: Band, claimants: list[int]) -> int | None:
    """Of several columns headed as an indicator's realisation, the only one whose cells are measures when the band's
    one target column holds measures and every other claimant rupiah: a realisation is measured as its target is, so
    the rupiah beside it (``Kinerja`` | ``Anggaran`` over Target | Realisasi | … | PAGU | Realisasi) are the budget's
    spending. None when the target is money or not one column, or the cells leave more than one or none.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> cells = pd.DataFrame([["Target", "Realisasi", "PAGU", "Realisasi"], [95, 91.4, 250_000_000, 231_450_000],
        ...                       [50, 62, 410_000_000, 298_890_000]], dtype=object)
        >>> band = Band("indicators", 0, 0, {j: (cells.iloc[0, j],) for j in range(4)},
        ...             {0: Match("target", None, "Target", "words"), 1: Match("realisation", None, "Realisasi", "words"),
        ...              3: Match("realisation", None, "Realisasi", "words")}, ())
        >>> _of_the_targets_kind(Grid("k.xlsx", "S", cells), band, [1, 3])
        1
    """
    targets = [j for j, m in band.matches.items() if m.name == "target"]
    if len(targets) != 1 or _content_of(grid, band, targets[0]) != "number":
        return None
    kinds = {j: _content_of(grid, band, j) for j in claimants}
    measured = [j for j in claimants if kinds[j] == "number"]
    if len(measured) != 1 or any(kinds[j] != "money" for j in claimants if j != measured[0]):
        return None
    return measured[0]


def _after_the_realisation(band: Band, claimants: list[int], realisation: tuple[int, list[int]] | None) -> int | None:
    """Of several columns headed as the stated capaian, the one right after the realisation read, when each stands right
    after one of the columns headed as the realisation (``Realisasi | Capaian`` twice): each pair's capaian is its
    realisation's. None otherwise.

    Example:
        >>> _after_the_realisation(Band("indicators", 0, 0, {}, {}, ()), [7, 11], (6, [6, 10]))
        7
        >>> _after_the_realisation(Band("indicators", 0, 0, {}, {}, ()), [7, 12], (6, [6, 10])) is None
        True
    """
    if realisation is None:
        return None
    chosen, realisations = realisation
    if len(claimants) != len(realisations) or sorted(claimants) != sorted(j + 1 for j in realisations):
        return None
    return chosen + 1


def _repeats(grid: Grid, band: Band, j: int, scan: int = 200) -> bool:
    """Whether column ``j``'s cells repeat, as an attribute's do: under half of its values (four or more) distinct."""
    values = [clean_text(v).casefold() for v in grid.cells[j].iloc[band.bottom + 1: band.bottom + 1 + scan].tolist()
              if not is_blank(v)] if j in grid.cells.columns else []
    return len(values) >= 4 and len(set(values)) < len(values) / 2


#: header words of the state now (``Pangkat Terakhir``, ``Pendidikan Akhir``), and of the first one (``Gol. CPNS``, ``TMT
#: Awal``): of two columns that fit a field, the one now is the one the report counts
_NOW = frozenset({"terakhir", "akhir", "sekarang", "kini", "terbaru"})
_FIRST = frozenset({"cpns", "capeg", "awal", "pertama", "semula", "lama"})


#: header words of a column giving the kind of each row's thing (``Jenis BMN`` beside ``Nama Asset``): a category
_KIND = frozenset({"jenis", "kelompok", "kategori", "golongan"})


def _settled_by_evidence(grid: Grid, band: Band, claimants: list[int]) -> tuple[int, str] | None:
    """Of several columns whose headers name one field and no header rule tells apart, the one the evidence picks,
    with how: ``content`` when it is the only one whose cells fit the field (``NO. / TGL SK`` under a ``Pangkat``
    band holds no golongan: see :func:`.content.fits`); for a field that names each row (a person's, an item's
    name), ``apart`` when it is the only one whose cells do not repeat (``nama_sdm`` beside ``nama_status_pegawai``,
    whose 'PNS', 'Non PNS' repeat), else ``own`` when it is the only one not under another column's group label
    (``NAMA`` beside ``KURSUS / DIKLAT › NAMA DIKLAT``), else ``named`` when it is the only one headed as a name and
    every other as a kind (``Nama Asset`` beside ``Jenis BMN``, whose 'Tanah', 'Bangunan' may repeat no less than
    the names); ``now`` when, of those that fit, it is the only one headed
    by the state now and the others by the first state (``Pangkat Terakhir`` over ``CPNS``). None when the evidence
    leaves more than one: the header stays ambiguous, and the user is asked.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> cells = pd.DataFrame([["Gol. CPNS", "Gol. Terakhir", "Nama"], ["II/a", "III/b", "Ani"], ["III/a", "III/d", "Budi"]],
        ...                      dtype=object)
        >>> band = Band("staff", 0, 0, {0: ("Gol. CPNS",), 1: ("Gol. Terakhir",), 2: ("Nama",)},
        ...             {0: Match("golongan", None, "Gol. CPNS", "rule"), 1: Match("golongan", None, "Gol. Terakhir", "rule")}, ())
        >>> _settled_by_evidence(Grid("p.xlsx", "S", cells), band, [0, 1])
        (1, 'now')
    """
    field = band.matches[claimants[0]].name
    # weak evidence is none: an empty column, or numbers under the amount threshold (a budget in millions), rule no one out
    fitting = [j for j in claimants if (kind := _content_of(grid, band, j)) == "empty" or fits(field, kind)
               or (kind in _NUMBERS and fits(field, "money"))]
    if len(fitting) == 1:
        return fitting[0], "content"
    if field in _ROW_NAMES and len(fitting) >= 2:
        apart = [j for j in fitting if not _repeats(grid, band, j)]
        if len(apart) == 1:
            return apart[0], "apart"
        own = [j for j in fitting if len(band.paths[j]) == 1]
        if len(own) == 1:
            return own[0], "own"
        kinds = {j: set().union(*(header_words(p) for p in band.paths[j])) & _KIND for j in fitting}
        named = [j for j in fitting if not kinds[j] and "nama" in set().union(*(header_words(p) for p in band.paths[j]))]
        if len(named) == 1 and all(kinds[j] for j in fitting if j != named[0]):
            return named[0], "named"
    words = {j: set().union(*(header_words(p) for p in band.paths[j])) for j in fitting}
    now = [j for j in fitting if words[j] & _NOW and not words[j] & _FIRST]
    first = [j for j in fitting if words[j] & _FIRST]
    if len(fitting) >= 2 and len(now) == 1 and len(first) == len(fitting) - 1:
        return now[0], "now"
    return None


#: header words of a column describing an item beside the column naming it
_DESCRIBES = frozenset({"deskripsi"})


#: columns that name a row (an item's first line has them, its other lines not)
_LABEL_FIELDS = frozenset({"name", "code", "indicator", "category", "item"})


def _lines_per_item(grid: Grid, band: Band, scan: int = 60) -> tuple[int, int, int] | None:
    """(first Excel row, last Excel row, lines) of the first item of a body whose every item spans several lines under
    the same columns (the budget on the first, the difference on the second, the realisation on the third, as some
    SIMDA uploads print): each row naming an item followed by rows of numbers that name none. None otherwise."""
    labels = [j for j, m in band.matches.items() if m.name in _LABEL_FIELDS and j in grid.cells.columns]
    if not labels:
        return None
    items: list[list[int]] = []  # [first row, lines, last row]
    for i in range(band.bottom + 1, min(band.bottom + 1 + scan, len(grid.cells))):
        values = grid.cells.iloc[i].tolist()
        filled = [v for v in values if not is_blank(v)]
        if not filled:
            continue
        if any(not is_blank(values[j]) for j in labels):
            items.append([i, 1, i])
        elif items and all(isinstance(v, (int, float)) or (isinstance(v, str) and any(c.isdigit() for c in v)) for v in filled):
            items[-1][1] += 1
            items[-1][2] = i
        else:
            return None
    if len(items) < 2 or any(lines < 2 for _, lines, _ in items):
        return None
    first, _, last = items[0]
    return grid.row0 + first, grid.row0 + last, max(lines for _, lines, _ in items[:3])


def _code_of_label(band: Band, codes: list[int]) -> int | None:
    """Of several code columns, the nearest one left of the band's single name or indicator column (each level of a
    table may have its own ``Kode``; the row is the name's)."""
    names = [j for j, m in band.matches.items() if m.name in ("indicator", "name")]
    if len(names) != 1:
        return None
    before = [j for j in codes if j < names[0]]
    return max(before) if before else None


def _row_labels(band: Band, claimants: list[int], categories: list[int] | None = None) -> int | None:
    """Of several columns claiming the category, the row labels: the one left of the counts (and of the ``categories``
    a band spreads them over), when the others stand after them (``Jabatan | PNS | PPPK | Non ASN | Jumlah | Kebutuhan
    | Status``: the Status of the bezetting, Kurang or Lebih, is a verdict on each row, not the rows' category); None
    when more than one stands left of the counts."""
    counts = [j for j, m in band.matches.items() if m.name in ("count", "male", "female")] + (categories or [])
    if not counts:
        return None
    left = [j for j in claimants if j < min(counts)]
    return left[0] if len(left) == 1 and all(j > min(counts) for j in claimants if j != left[0]) else None


#: a cell that only enumerates the rows: a letter or a short number, with its dot or bracket (a, b., 1), (ii))
_ENUMERATOR = re.compile(r"^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]?$", re.IGNORECASE)


def _enumerates(grid: Grid, band: Band, j: int, scan: int = 60) -> bool:
    """Whether column ``j`` only enumerates the rows under the band (``a``, ``b``, ``c``; ``1.``, ``2.``): a merged
    "Indikator Kinerja" header often spans the letter column and the indicator's name, of which only the name is it.

    Example:
        >>> cells = pd.DataFrame([["Indikator", "Indikator"], ["a", "Angka kematian"], ["b", "Angka kesakitan"]])
        >>> band = Band("indicators", 0, 0, {0: ("Indikator",), 1: ("Indikator",)}, {}, ())
        >>> _enumerates(Grid("k.xlsx", "S", cells), band, 0), _enumerates(Grid("k.xlsx", "S", cells), band, 1)
        (True, False)
    """
    if j not in grid.cells.columns:
        return False
    values = [v for v in grid.cells[j].iloc[band.bottom + 1: band.bottom + 1 + scan].tolist()
              if not is_blank(v)]
    return bool(values) and all(isinstance(v, str) and _ENUMERATOR.match(v.strip()) for v in values)


def _bare_group(band: Band, j: int) -> bool:
    """Whether column ``j`` is headed only by the group label of other columns (``Pendidikan`` over a column whose
    own label is missing): it heads nothing of its own."""
    path = band.paths[j]
    return len(path) == 1 and any(len(p) > 1 and p[0] == path[0] for p in band.paths.values())


#: how the year's column is told from the Renstra's running total to that year (:attr:`Column.how`)
RENSTRA_APART = "not the Renstra's to date"
#: header words of a plan of several years, whose figure 's/d Tahun N' runs from its first year
_PLAN_WORDS = frozenset({"renstra", "rpjmd", "rpjmn"})
#: phrases of a header saying up to (``s/d``, ``sd``, ``sampai dengan``, ``kumulatif``), each as its set of words
_UP_TO = (frozenset({"s", "d"}), frozenset({"sd"}), frozenset({"sampai", "dengan"}), frozenset({"kumulatif"}))


def renstra_to_date(path: tuple[str, ...]) -> bool:
    """Whether a column's header names a multi-year plan's figure up to a year (``Realisasi Kinerja dan Anggaran Renstra
    PD s/d Tahun 2026``): the plan's running total from its first year, never that year's own figure.

    Example:
        >>> renstra_to_date(("Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2026", "K"))
        True
        >>> renstra_to_date(("Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2026)", "K"))
        False
        >>> renstra_to_date(("Realisasi s/d Triwulan II",))  # the year's to date: no plan's
        False
    """
    words = frozenset().union(*(header_words(p) for p in path))
    return bool(words & _PLAN_WORDS) and any(phrase <= words for phrase in _UP_TO)


def _of_year_n(band: Band, claimants: list[int]) -> int | None:
    """The one claimant whose header names the reported year relatively ('Tahun N') when every other names a year before
    it ('Tahun N-1'), or None (all of them 'n-1' in a form evaluating the year before: no year tells them apart)."""
    before = [years_before(band.paths[j]) for j in claimants]
    if None in before or before.count(0) != 1:
        return None
    return claimants[before.index(0)]


def _under_own_year(band: Band, claimants: list[int], year: int | None) -> int | None:
    """The one claimant of a field of ``year`` under a band of that year when every other stands under a band of
    another year, or None (no year, no band years, or no single claimant under its own)."""
    if year is None:
        return None
    bands = [band_years(band.paths[j]) for j in claimants]
    own = [j for j, years in zip(claimants, bands) if years == {year}]
    if len(own) != 1 or any(not years or year in years for j, years in zip(claimants, bands) if j != own[0]):
        return None
    return own[0]


def _label(match) -> str:
    return match.name if match.year is None else f"{match.name}@{match.year}"


#: a header naming one level of a hierarchy: a name, then the level's number (``UNOR (3)``, ``Unit Eselon II``, ``Level 1``)
_NUMBERED_LEVEL = re.compile(r"^(.*?\S)[\s._-]*\(?\s*(\d{1,2}|[IVX]{1,4})\s*\)?$", re.IGNORECASE)
_LEVEL_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def numbered_levels(headers: list[str]) -> list[int] | None:
    """Of headers that are one name with distinct level numbers, their positions from the deepest level (the highest
    number: eselon IV is under eselon I) to the top; None when they are not.

    Example:
        >>> numbered_levels(["UNOR (3)", "UNOR (2)", "UNOR (1)"]), numbered_levels(["Unit Eselon III", "Unit Eselon II"])
        ([0, 1, 2], [0, 1])
        >>> numbered_levels(["Unit Kerja", "Unit Organisasi"]), numbered_levels(["UNOR (1)", "Unit (2)"])
        (None, None)
    """
    found = [_NUMBERED_LEVEL.match(clean_text(h)) for h in headers]
    if not all(found) or len({" ".join(m.group(1).lower().split()) for m in found}) != 1:
        return None
    numbers = [int(n) if n.isdigit() else _LEVEL_ROMAN.get(n.lower(), 0) for n in (m.group(2) for m in found)]
    if 0 in numbers or len(set(numbers)) != len(numbers):
        return None
    return sorted(range(len(headers)), key=lambda k: -numbers[k])


def _grouped(band: Band, indexes: list[int]) -> bool:
    """Whether the columns ``indexes`` are told apart by their header paths (each its own, most of two levels or more)."""
    paths = [band.paths[j] for j in indexes]
    return sum(len(p) == 1 for p in paths) <= 1 and len(set(paths)) == len(paths)


#: the words such a label may add that name no item (``Kondisi Barang Akhir Tahun``, ``Keadaan (Unit)``)
_NO_ITEM = CONDITION_HEADS | _LATEST | _EARLIER | frozenset({"barang", "aset", "unit", "buah", "jumlah", "jml", "tahun", "per"})


def _items_of_bands(band: Band, indexes: list[int]) -> list[int]:
    """Of one condition field's columns, the first of each band whose label names the condition of an item of its own
    (``Keadaan Meja`` | ``Keadaan Kursi``: the condition word and other words, different from band to band); empty
    when the columns stand under one band, or under bands that name no item (``Rusak Ringan › Jml``, ``Gedung A``,
    places whose counts add up)."""
    firsts: dict[frozenset[str], int] = {}
    for j in indexes:
        words = set().union(*(header_words(level) for level in band.paths[j][:-1]))
        if not words & CONDITION_HEADS:
            return []
        item = frozenset(w for w in words - _NO_ITEM if not w.isdigit())
        if not item:
            return []
        firsts.setdefault(item, j)
    return list(firsts.values()) if len(firsts) >= 2 else []


def _total_column(path: tuple[str, ...]) -> bool:
    """Whether a column of a group band is the band's total (``Jumlah › L``, a ``Total`` merged down, a ``Jumlah
    Realisasi`` or ``Total Realisasi`` beside the band it adds up)."""
    return any(_is_total(level) for level in path[:-1]) or (len(path) == 1 and (_is_total(path[0]) or _total_of(path[0])))


def _total_group(grid: Grid, band: Band, claimants: list[int]) -> int | None:
    """Of one field's columns under group labels, the one whose group label is headed as the total of the field
    (``TOTAL REALISASI``, ``Jumlah Realisasi``) and whose cells add up the others' on every row; None when not
    exactly one is so headed or it does not add up."""
    headed = [j for j in claimants if len(band.paths[j]) > 1 and _total_of(band.paths[j][0])]
    if len(headed) != 1 or len(claimants) < 3:
        return None
    return headed[0] if adds_up(grid, band, headed[0], [j for j in claimants if j != headed[0]]) else None


def _share_of_total_realisation(band: Band, claimants: list[int]) -> int | None:
    """Of percentage columns under group labels, the one under the band that is the total realisation: the band also
    heads a realisation column, its label is headed as a total (``TOTAL REALISASI``) and names no earlier period.
    None when not exactly one is."""
    realised = {band.paths[j][:-1] for j, m in band.matches.items() if m.name == "realised" and len(band.paths[j]) > 1}
    under = [j for j in claimants if len(band.paths[j]) > 1 and band.paths[j][:-1] in realised
             and _total_of(band.paths[j][0]) and not before_period(band.paths[j])]
    return under[0] if len(under) == 1 else None


#: words of a header that say the unit of its figure, not what the figure is ('REALISASI (RP)', 'REALISASI (%)')
_UNIT_WORDS = frozenset({"rp", "rupiah", "persen", "persentase", "prosentase"})


def share_beside_realised(band: Band, claimants: list[int]) -> int | None:
    """Of several percentage columns of a budget, the one that is the realisation's share: under the same group label
    as the one realisation column and headed as it is but for the unit (``KEUANGAN › REALISASI (RP)`` and ``KEUANGAN ›
    REALISASI (%)``), while the others are a physical progress's (``FISIK › REALISASI (%)``, another group), a plan's
    (``KEUANGAN › TARGET (%)``), a weighted figure's (``TTB (%)``) or the remainder's (``SISA ANGGARAN › (%)``). None
    when not exactly one is so headed.

    Example:
        >>> from .fields import Match
        >>> paths = {0: ("FISIK", "REALISASI (%)"), 1: ("KEUANGAN", "TARGET (%)"), 2: ("KEUANGAN", "REALISASI (RP)"),
        ...          3: ("KEUANGAN", "REALISASI (%)")}
        >>> matches = {j: Match("stated_pct", None, "", "rule") for j in (0, 1, 3)} | {2: Match("realised", None, "", "alias")}
        >>> share_beside_realised(Band("budget", 0, 0, paths, matches, ()), [0, 1, 3])
        3
        >>> share_beside_realised(Band("budget", 0, 0, paths, matches, ()), [0, 1]) is None
        True
        >>> paths = {0: ("DPA", "%"), 1: ("Keuangan", "Rencana", "%KUM"), 2: ("Keuangan", "Realisasi", "Rp"),
        ...          3: ("Keuangan", "Realisasi", "%KUM")}
        >>> share_beside_realised(Band("budget", 0, 0, paths, matches, ()), [0, 1, 3])
        3
    """
    realised = [j for j, m in band.matches.items() if m.name == "realised" and not m.part and not m.total]
    if len(realised) != 1:
        return None
    path = band.paths[realised[0]]
    what = header_words(path[-1]) - _UNIT_WORDS
    if not what and len(path) < 2:
        return None
    # Keuangan › Realisasi › Rp | %KUM: a leaf that is only the unit leaves the band to name the realisation, so any
    # share beside it under that band is the realisation's
    paired = [j for j in claimants if band.paths[j][:-1] == path[:-1] and header_words(band.paths[j][-1]) & _SHARE
              and (not what or header_words(band.paths[j][-1]) - _UNIT_WORDS == what)]
    return paired[0] if len(paired) == 1 else None


def _total_of(text: str) -> bool:
    """Whether a header names the total of a field: a total word, then the field (``Jumlah Realisasi``, ``Total
    Realisasi``, ``Jml. Anggaran``).

    Example:
        >>> _total_of("Jumlah Realisasi"), _total_of("Total Realisasi (Rp)"), _total_of("Realisasi"), _total_of("Jumlah")
        (True, True, False, False)
    """
    words = re.findall(r"[a-z0-9]+", clean_text(text).lower())
    return len(words) >= 2 and words[0] in {"jumlah", "total", "jml"}


def _preferred(path: tuple[str, ...], among: list[int], band: Band) -> bool:
    """Whether a budget column is the revised budget (``Sesudah Perubahan``) among others that are the original, or
    the realisation net of refunds (``Realisasi Belanja › Belanja Netto``) beside the gross one; whether an indicator
    column is the revised Perjanjian Kinerja's (``Target Perubahan`` beside ``Target Awal``: the agreement in force).

    Example:
        >>> band = Band("indicators", 0, 0, {}, {}, ())
        >>> _preferred(("Target Perubahan",), [], band), _preferred(("Target Awal",), [], band), _preferred(("Target Akhir",), [], band)
        (True, False, False)
    """
    words = set().union(*(header_words(p) for p in path))
    if band.dataset == "indicators":
        # not 'akhir': an indicator's 'Target Akhir' is the Renstra's end target, not a revision
        return bool(words & (_REVISED - {"akhir", "papbd", "apbdp"})) and not words & _ORIGINAL
    return band.dataset == "budget" and (bool(words & _REVISED) and not words & _ORIGINAL or bool(words & _NET))


def _is_total(text: str) -> bool:
    return header_key(text) in {"jumlah", "total", "jml", "jumlahtotal", "grandtotal"} or is_total_label(text)


#: body rows under a band in which names indented over a merged header's columns are looked for
_INDENT_SCAN = 60


def _merged_runs(grid: Grid, band: Band, claimants: list[int]) -> dict[int, list[int]]:
    """Of the columns claiming one field, the runs of two or more that one header cell is merged across down to the
    band's last row, each with that cell's path alone (``UNIT ORGANISASI DAN NAMA JABATAN`` over B5:H8), over which
    the body's first rows indent their names (:func:`.outline.indented_columns`): first column → the run's columns.

    Example:
        >>> cells = pd.DataFrame([["Nama", None, None, "Jumlah"], ["Dinas", None, None, 3], [None, "Sekretariat", None, 1],
        ...                       [None, None, "Subbagian Umum", 2]], dtype=object)
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> named = {j: Match("category", None, "Nama", "rule") for j in range(3)}
        >>> band = Band("summary", 0, 0, {0: ("Nama",), 1: ("Nama",), 2: ("Nama",), 3: ("Jumlah",)}, named, ())
        >>> _merged_runs(Grid("a.xlsx", "S", cells, merged=[(0, 0, 0, 2)]), band, [0, 1, 2])
        {0: [0, 1, 2]}
        >>> _merged_runs(Grid("a.xlsx", "S", cells), band, [0, 1, 2])  # written three times: three columns
        {}
        >>> cells.iat[2, 0] = "a"  # a letter beside a name (Indikator merged over a | name): no indent
        >>> _merged_runs(Grid("a.xlsx", "S", cells, merged=[(0, 0, 0, 2)]), band, [0, 1, 2])
        {}
    """
    spans = {j: list(range(j, span[3] + 1)) for j in claimants
             if (span := grid.merged_over(band.bottom, j)) is not None and span[1] == j < span[3]}
    spans = {j: run for j, run in spans.items() if all(k in claimants and band.paths.get(k) == band.paths[j] for k in run)}
    if not spans:
        return {}
    # the body's first rows but the column numbers (2 over the merged B:H): the rows the outline must hold in
    below = np.array([i for i in range(band.bottom + 1, min(len(grid.cells), band.bottom + 1 + _INDENT_SCAN))
                      if not is_column_numbers([v for v in grid.cells.iloc[i].tolist() if not is_blank(v)])], dtype=int)
    return {j: run for j, run in spans.items()
            if indented_columns(grid, band, below, Column(band.matches[j].name, None, "", j)) == run}


def _units_beside_figures(grid: Grid, band: Band, claimants: list[int]) -> list[int]:
    """Of the columns claiming one field, those under one header cell merged across them (``Jumlah`` over D:E) whose
    filled body cells all hold one unit word (``Orang`` on every row: :func:`.rows.one_unit`) while another column of
    the merge holds a number on each of those rows: the unit of the figures beside it, not a second candidate. The
    body is the rows under the band down to the first empty row (a table stacked under it starts after one). Two
    columns of numbers under one merged header are left as they are: which is the field stays a question.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> cells = pd.DataFrame([["Jabatan", "Jumlah", None], ["Kepala", 1, "Orang"], ["Staf", 12, "Orang"],
        ...                       [None, None, None], ["Golongan", "Jumlah", None], ["III", "Orang", 4]], dtype=object)
        >>> counted = {j: Match("count", None, "Jumlah", "rule") for j in (1, 2)}
        >>> band = Band("staff", 0, 0, {0: ("Jabatan",), 1: ("Jumlah",), 2: ("Jumlah",)}, counted, ())
        >>> _units_beside_figures(Grid("p.xlsx", "S", cells, merged=[(0, 1, 0, 2)]), band, [1, 2])
        [2]
        >>> _units_beside_figures(Grid("p.xlsx", "S", cells), band, [1, 2])  # written twice: two headers, no merge
        []
    """
    def number(value: object) -> bool:
        if isinstance(value, bool) or is_blank(value):
            return False
        if isinstance(value, (int, float, np.integer, np.floating)):
            return True
        try:
            return parse_number(value) is not None
        except ValueParseError:
            return False

    rows: list[int] = []
    for i in range(band.bottom + 1, min(len(grid.cells), band.bottom + 1 + _INDENT_SCAN)):
        values = grid.cells.iloc[i].tolist()
        if all(is_blank(v) for v in values):
            break  # the table ends at an empty row; what follows may be another table's
        if not is_column_numbers([v for v in values if not is_blank(v)]):
            rows.append(i)
    units: list[int] = []
    for j in claimants:
        span = grid.merged_over(band.bottom, j)
        if span is None or span[1] == span[3]:
            continue
        run = [k for k in range(span[1], span[3] + 1) if k in claimants and band.paths.get(k) == band.paths[j]]
        if len(run) < 2 or one_unit([grid.cells.iat[i, j] for i in rows]) is None:
            continue
        filled = [i for i in rows if not is_blank(grid.cells.iat[i, j])]
        if all(any(number(grid.cells.iat[i, k]) for k in run if k != j) for i in filled):
            units.append(j)
    return units if len(units) < len(claimants) else []


def _columns(grid: Grid, band: Band) -> tuple[list[Column], dict[str, list[int]], set[int], list, dict[int, str]]:
    """The band's columns by field: each field once, its parts (months, ``Rusak Ringan | Rusak Berat``) aside.

    A field claimed by several columns is settled by a rule where one applies:
    the band's total leaf (``Realisasi › Jumlah``) over its months, the columns
    of a summed field (assets' conditions) added up, a known spelling over a
    header that only has the field's words, the columns under distinct group
    labels (``IV › L``, ``III › L`` …) read as their total group or their sum
    (each group also passed on to the loader), of a budget's amount columns the
    ``Jumlah`` that adds up the others on every row (:mod:`.sums`; with the
    spending beside a ``Pagu`` read the same way as the realisation);
    otherwise it is a problem naming every candidate. The last value maps each
    column read only as a checked part of a field to that field's label.
    """
    by_label: dict[str, list[int]] = {}
    for j, match in sorted(band.matches.items()):
        by_label.setdefault(_label(match), []).append(j)
    columns: list[Column] = []
    parts: dict[str, list[int]] = {}
    grouped: set[int] = set()
    problems = []
    addends: dict[int, str] = {}
    summed: dict[str, tuple[int, list[int]]] = {}
    settled_realisation: tuple[int, list[int]] | None = None  # the realisation read of several so headed, and them all
    for label, indexes in by_label.items():
        if label in INFORMATIONAL:
            continue  # recognised (a share, a remaining amount) and of no use to the loaders: noted, never ambiguous
        matches = [band.matches[j] for j in indexes]
        chosen: int | None = None
        how: str | None = None  # how ``chosen`` was told from the other claimants, when not by its header alone
        if (plan := _plan_beside_periods(band, indexes)) is not None:
            # Realisasi Kinerja pada Triwulan › I … IV | Realisasi … RPJMD s/d Tahun 2026, no year's column: the plan's
            # running total is no year's figure, and which period is the year's the form does not say
            problems.append(grid.problem(band.bottom, indexes[0], " › ".join(band.paths[indexes[0]]), plan))
            continue
        # one header cell merged over several columns claims the field once, in its first column: whether the rest hold
        # that column's names indented by level is for the body to say (:func:`.outline.indented_columns`)
        runs = _merged_runs(grid, band, indexes) if len(indexes) > 1 else {}
        if runs:
            indexes = [j for j in indexes if not any(j in run[1:] for run in runs.values())]
            matches = [band.matches[j] for j in indexes]
        # a 'Jumlah' merged over the count and 'Orang' on every row: the unit names what the count counts, no figure
        if len(indexes) > 1 and (units := _units_beside_figures(grid, band, indexes)):
            indexes = [j for j in indexes if j not in units]
            matches = [band.matches[j] for j in indexes]
        if len(indexes) == 1 and not matches[0].part:
            chosen = indexes[0]
        else:
            totals = [j for j, m in zip(indexes, matches) if m.total]
            months = [j for j, m in zip(indexes, matches) if m.part]
            plain = [j for j, m in zip(indexes, matches) if not m.part and not m.total]
            if matches[0].name == "stated_capaian" and len(indexes) == 2 and not months \
                    and (shares := _capaian_beside_share(grid, band, indexes)) is not None:
                # Capaian Kinerja | Persentase Capaian Kinerja, no Realisasi: the capaian is the value reached; so is
                # CAPAIAN OUTPUT › JUMLAH | %, whose 'jumlah' is the amount reached, not a total of the band
                chosen, reached = shares
                match = band.matches[reached]
                columns.append(Column("realisation", match.year, match.text, reached, band.paths[reached], CAPAIAN_REACHED))
            elif len(totals) == 1:
                chosen = totals[0]
            elif len(totals) > 1 and not plain and not months:
                # LAKI-LAKI › JML | PEREMPUAN › JML | Jumlah: each group's total and the table's; the one not under a
                # group is the table's, else the groups' totals are its parts
                outer = [j for j in totals if len(band.paths[j]) == 1]
                if len(outer) == 1:
                    chosen = outer[0]
                elif (whole := _total_group(grid, band, totals)) is not None:
                    # REALISASI S/D BULAN LALU › TOTAL | REALISASI S/D TGL. › TOTAL | TOTAL REALISASI › TOTAL: the band
                    # headed as the total, adding up the others on every row, is the field; they are its parts
                    chosen, how = whole, "sum"
                    addends.update(dict.fromkeys([j for j in totals if j != whole], label))
                elif _grouped(band, totals) \
                        and not (matches[0].name == "realised" and any(before_period(band.paths[j]) for j in totals)):
                    parts[label] = totals
                else:
                    chosen = None
                    names = ", ".join(f"'{' › '.join(band.paths[j])}' ({grid.cell_name(band.bottom, j)})" for j in totals)
                    problems.append(grid.problem(band.bottom, totals[1], " › ".join(band.paths[totals[1]]),
                                                 expects("one_total_column", field=label, names=names)))
                    continue
            elif len(months) == 1 and not plain and not totals:
                chosen = months[0]  # one period (Realisasi TW 4): the value as reported
            elif not totals and months and not plain:
                parts[label] = months  # months without their total: the field is their sum
            elif matches[0].name in SUMMED and len(plain) == len(indexes) \
                    and len(items := _items_of_bands(band, plain)) >= 2:
                # Keadaan Meja › B | RS | RB beside Keadaan Kursi › B | RS | RB over rows of classes: each band counts
                # its own item; added up per row, desks and chairs would be counted as one thing, silently
                if not any(getattr(p.expected, "key", None) == "items_as_bands" for p in problems):  # said once for all the fields
                    firsts = [min(j for j in band.paths if band.paths[j][:-1] == band.paths[i][:-1]) for i in items]
                    names = ", ".join(f"'{' › '.join(band.paths[j][:-1])}' ({grid.cell_name(band.top, j)})" for j in firsts)
                    rows = ", ".join(f"'{' › '.join(band.paths[j])}'" for j in sorted(band.paths)
                                     if j < min(firsts) and header_key(band.paths[j][-1]) not in ROW_NUMBERS) or "?"
                    problems.append(grid.problem(band.top, firsts[1], " › ".join(band.paths[firsts[1]][:-1]),
                                                 expects("items_as_bands", names=names, rows=rows)))
                continue
            elif matches[0].name in SUMMED and len(plain) == len(indexes) \
                    and len(headed := [j for j in plain if headed_total(band.paths[j])]) == 1 and len(plain) >= 2:
                # Rusak Ringan | Rusak Sedang | Rusak Berat | Jumlah RK Rusak: the grades and their printed sum; added
                # with them, every damaged item would be counted twice. The sum is read when it adds them up on every
                # row; when it does not, which of the two is right is no guess to make
                if adds_up(grid, band, headed[0], [j for j in plain if j != headed[0]]):
                    chosen, how = headed[0], "sum"
                    addends.update(dict.fromkeys([j for j in plain if j != headed[0]], label))
                else:
                    names = ", ".join(f"'{' › '.join(band.paths[j])}' ({grid.cell_name(band.bottom, j)})" for j in plain)
                    problems.append(grid.problem(band.bottom, headed[0], " › ".join(band.paths[headed[0]]),
                                                 expects("one_column", field=label, names=names)))
                    continue
            elif matches[0].name in SUMMED and len(plain) == len(indexes):
                parts[label] = plain
            elif matches[0].name == "name" and len(plain) == len(indexes) \
                    and len(named := [j for j in plain if _content_of(grid, band, j) not in _NUMBERS | {"code"}]) == 1:
                # Satker | … | Kegiatan holding 7, 5, 9: a count of kegiatan per row, not the names of a level below;
                # SUB KEGIATAN holding its codes beside PEKERJAAN: the codes name no row
                chosen = named[0]
            elif matches[0].name in JOINED.get(band.dataset, ()) and len(plain) == len(indexes):
                parts[label] = plain  # a code split over columns, names of each level in their own column
            elif matches[0].name in LEVELLED.get(band.dataset, ()) and len(plain) == len(indexes) \
                    and (levels := numbered_levels([band.paths[j][-1] for j in plain])) is not None:
                parts[label] = [plain[k] for k in levels]  # UNOR (3) | UNOR (2) | UNOR (1): the deepest level first
            elif band.dataset == "staff" and matches[0].name in ONE_HOT_FIELDS and len(plain) == len(indexes) \
                    and _one_hot(grid, band, plain, matches[0].name):
                # Jenis Kelamin › L | P, PENDIDIKAN › SD … S3 over a mark (1) per person: the marked column's header is
                # the person's category (the loader reads it)
                parts[label], how = plain, ONE_HOT
            elif band.dataset == "staff" and matches[0].name == "education" and len(plain) == len(indexes) \
                    and _degrees_named(grid, band, plain):
                # Magister | Doktor holding each lecturer's degree names (an LKPS 3.a.1): the highest filled is the
                # person's education (the loader reads it)
                parts[label], how = plain, HIGHEST_FILLED
            elif preferred := [j for j in plain if _preferred(band.paths[j], plain, band)]:
                # revised more than once (after the spending cut, then the APBD amendment): the columns run in time
                chosen = preferred[-1]
            elif len(plain) == 1:
                chosen = plain[0]
            elif matches[0].name in YEAR_COLUMNS and len(plain) == len(indexes) \
                    and len(yearly := [j for j in plain if not renstra_to_date(band.paths[j])]) == 1:
                # Realisasi … Renja PD yang Dievaluasi (2026) | Realisasi … Renstra PD s/d Tahun 2026 (Permendagri
                # 86/2017's evaluation form): the Renstra's running total to that year is not the year's own figure
                chosen, how = yearly[0], RENSTRA_APART
            elif matches[0].name in YEAR_COLUMNS and len(plain) == len(indexes) \
                    and (this_year := _of_year_n(band, plain)) is not None:
                # Capaian Tahun N-1 | Capaian Tahun N: the years before the one reported are its history
                chosen = this_year
            elif matches[0].name in YEAR_COLUMNS and len(plain) == len(indexes) \
                    and (own := _under_own_year(band, plain, matches[0].year)) is not None:
                # 2020 › Realisasi 2020 | 2022 › Realisasi 2020 | 2024 › …: the year's value under its own year's band;
                # under a later year's band it is repeated beside that year's target, for an assumed capaian
                chosen = own
            elif matches[0].name == "stated_pct" and (beside := share_beside_realised(band, plain)) is not None:
                # KEUANGAN › REALISASI (RP) | REALISASI (%) beside FISIK › REALISASI (%), KEUANGAN › TARGET (%), TTB (%),
                # SISA ANGGARAN › (%): the share that is the realisation's, headed as it is, under its own group; before
                # a known spelling, as 'DPA › %' (each row's part of the total DPA) is spelt as a share too
                chosen = beside
            elif len(exact := [j for j in plain if band.matches[j].how not in ("rule", NAME_UNDER_BAND)]) == 1:
                chosen = exact[0]  # a known spelling beats a header that only has the field's words
            elif matches[0].name == "indicator" and len(plain) == len(indexes) \
                    and len(named := [j for j in plain if "aspek" not in header_words(" ".join(band.paths[j]))]) == 1:
                # an SKP's ASPEK (Kuantitas, Kualitas, Waktu) beside its INDIKATOR KINERJA INDIVIDU: an attribute of the
                # indicator; 'Aspek' names the indicators only in an assessment that has no other column for them
                chosen = named[0]
            elif matches[0].name == "indicator" and len(plain) == len(indexes) \
                    and len(named := [j for j in plain if "indikator" in header_words(" ".join(band.paths[j]))]) == 1:
                # Keluaran | Indikator Keluaran: the output is what the indicator measures, the indicator is its own
                # column; 'Output' or 'Keluaran' names the indicators only in a table that has no such column
                chosen = named[0]
            elif matches[0].name == "category" and len(values := [j for j in plain if names_a_category(band.paths[j])]) >= 2 \
                    and (len(rest := [j for j in plain if j not in values and not _bare_group(band, j)]) <= 1
                         or _row_labels(band, rest, values) is not None):
                # a band of categories (GOLONGAN › I | II | III | IV) heads counts, one column per category: the row
                # labels (UNIT KERJA) are the other claimant, if any, or the one left of the band when the others stand
                # after it (the Unit Kerja of each kind of staff); the loader reads the band as the columns' sums
                if not rest:
                    continue
                chosen = rest[0] if len(rest) == 1 else _row_labels(band, rest, values)
            elif matches[0].name == "category" and (labels := _row_labels(band, plain)) is not None:
                chosen = labels
            elif matches[0].name == "code" and (near := _code_of_label(band, plain)) is not None:
                chosen = near  # the sasaran's Kode and the indicator's Kode: the one right before the indicator's name
            elif matches[0].name in _LABEL_FIELDS and len(named := [j for j in plain if not _enumerates(grid, band, j)]) == 1:
                chosen = named[0]  # a letter column (a, b, c) under the indicator's merged header: the name is beside it
            elif matches[0].name == "item" and len(plain) == len(indexes) \
                    and len(named := [j for j in plain if not header_words(" ".join(band.paths[j])) & _DESCRIBES]) == 1:
                # Jenis Barang | Deskripsi: the description tells the item apart; the other column names it (a
                # description is the item's name only where nothing else names it: 'Deskripsi Obj' of a KIB list)
                chosen = named[0]
            elif matches[0].name == "indicator" and len(plain) == len(indexes) and _disjoint(grid, band, plain):
                parts[label] = plain  # Indikator Sasaran | … | Indikator Program: each row names its indicator in one
            elif matches[0].name == "goal" and (near := _goal_of_indicator(band, plain)) is not None:
                chosen = near  # Tujuan | Sasaran | Indikator: the level right above the indicator is its goal
            elif matches[0].name == "code" and len(plain) == len(indexes) and _split(band, plain):
                parts[label] = plain  # one code split over columns under one merged 'Kode'
            elif plain and all(band.matches[j].level for j in plain) and (level := _level_of_rows(grid, band, plain)) is not None:
                chosen = level  # % Kinerja › Sub Variabel | Variabel | Program: the indicators' level, the others their groups'
            elif matches[0].name == "stated_pct" and _grouped(band, plain) \
                    and len(total := [j for j in plain if _total_column(band.paths[j])]) == 1:
                # PEGAWAI › % | BARANG › % | … | TOTAL › %: each group's share of its own amounts; the row's is the
                # total group's (shares of groups do not add up: without a total group the header stays a question)
                chosen = total[0]
            elif matches[0].name == "stated_pct" and _grouped(band, plain) \
                    and (share := _share_of_total_realisation(band, plain)) is not None:
                # REALISASI S/D BULAN LALU › % | … | TOTAL REALISASI › % | SISA DANA › %: each band's share; the row's
                # is the one under the band of the total realisation (SISA's is the remainder's, an earlier one's old)
                chosen = share
            elif band.dataset == "budget" and matches[0].name == "realised" and len(plain) == len(indexes) \
                    and (cumulative := to_date(grid, band, plain)) is not None:
                # s.d. Triwulan Lalu | Triwulan Ini | s.d. Triwulan Ini: the realisation to date, the others its parts;
                # before the group rule, as one label over them (Realisasi › Periode Lalu | … | s.d. Periode) is no sum
                chosen, how = cumulative, "to date"
            elif band.dataset == "budget" and matches[0].name == "realised" and len(plain) == len(indexes) \
                    and (routes := routes_to_date(grid, band, plain)) is not None:
                # SPJ - LS › s.d. Bulan lalu | Periode ke 1 | … | s.d. Bulan ini, SPJ - UP/GU/TU › the same, Jumlah SPJ
                # s.d. Bulan ini: each route's to date is its realisation, the routes' sum the row's
                total, route_totals = routes
                if total is None:
                    parts[label], how = route_totals, "routes to date"
                else:
                    chosen, how = total, "routes to date"
                    addends.update(dict.fromkeys(route_totals, label))
            elif matches[0].name in AMOUNTS and _grouped(band, plain) \
                    and not (matches[0].name == "realised" and any(before_period(band.paths[j]) for j in plain)):
                # (a period before this one beside it is no part of a sum: Realisasi › Triwulan Lalu | Triwulan Ini
                # adds to the year's only when Lalu is to date, which the header does not say; it stays a question)
                # one field under several group labels (IV › L, III › L …; Belanja Operasi › Anggaran, Belanja Modal
                # › Anggaran): the group of the total, else their sum; the loader may read each group
                grouped.update(plain)
                total = [j for j in plain if _total_column(band.paths[j])]
                if len(total) == 1:
                    chosen = total[0]
                else:
                    parts[label] = plain
            elif band.dataset == "budget" and matches[0].name in ("budget", "realised") and len(plain) == len(indexes) \
                    and (total := total_of_others(grid, band, plain)) is not None:
                # Pagu BTL | Pagu BL | Jumlah Pagu: the Jumlah holds the others' sum on every row, they are its parts;
                # Realisasi NPD | Realisasi LS | Realisasi Aktual: no header says which, the sums alone do
                chosen, how = total, (None if headed_total(band.paths[total]) else "sum")
                summed[matches[0].name] = (total, [j for j in plain if j != total])
                addends.update(dict.fromkeys(summed[matches[0].name][1], label))
            elif band.dataset == "summary" and matches[0].name == "count" and len(plain) == len(indexes) \
                    and (total := total_of_others(grid, band, plain)) is not None:
                # SD | SLTP | SLTA | Jumlah | D3 | D4 | Jumlah | … | Total Jumlah: each band's Jumlah is its subtotal,
                # the one adding them all up the row's count
                chosen, how = total, "sum"
            elif band.dataset == "budget" and matches[0].name == "realised" and len(plain) == len(indexes) \
                    and (pair := share_of_budget(grid, band, plain)) is not None:
                # REALISASI merged over the amount and its unlabelled percentage of the pagu: the percentage is the
                # table's own share, checked as a stated one when no other column states it
                chosen, how = pair[0], SHARE_BESIDE
                if not any(m.name == "stated_pct" for m in band.matches.values()):
                    columns.append(Column("stated_pct", matches[0].year, matches[0].text, pair[1], band.paths[pair[1]],
                                          SHARE_BESIDE))
            elif len(plain) == len(indexes) and (settled := _settled_by_evidence(grid, band, plain)) is not None:
                chosen, how = settled  # the only one whose cells fit the field, or the state now among those that do
            elif band.dataset == "indicators" and matches[0].name == "realisation" and len(plain) == len(indexes) \
                    and (measured := _of_the_targets_kind(grid, band, plain)) is not None:
                # Target | Realisasi | Capaian | … | PAGU | Realisasi | Capaian: a realisation is measured as its target
                # is, so beside a target of measures the column of rupiah is the budget's spending
                chosen, how = measured, TARGETS_KIND
            elif band.dataset == "indicators" and matches[0].name == "stated_capaian" and len(plain) == len(indexes) \
                    and (paired := _after_the_realisation(band, plain, settled_realisation)) is not None:
                chosen, how = paired, AFTER_REALISATION  # each Realisasi | Capaian pair repeats: the read one's capaian
            elif matches[0].name == "stated_capaian" and len(plain) == len(indexes) >= 2 \
                    and (stated := capaian_of_figures(grid, band, plain)) is not None:
                # CAPAIAN IKI | NILAI CAPAIAN IKI: of capaian columns under headers of their own, the one that is the
                # realisation's percentage of the target row by row is the capaian; the others (a score, a grade) are not
                chosen, how = stated, CAPAIAN_BY_RATIO
            elif len(plain) == len(indexes) and _beside_months(band, plain):
                # Jan | Capaian | Feb | Capaian …: the field month by month and never for the year, which a sum or a
                # mean of the months is not (a month's capaian is its own num / denum): no column to rename
                problems.append(grid.problem(band.bottom, plain[0], " › ".join(band.paths[plain[0]]),
                                             expects("monthly_only", field=label, first=grid.cell_name(band.bottom, plain[0]),
                                                     last=grid.cell_name(band.bottom, plain[-1]), count=len(plain))))
                continue
            elif matches[0].name == "indicator" and len(plain) == len(indexes) \
                    and (own := _indicator_of_the_rows(grid, band, plain)) is not None:
                # Indikator Sasaran | Program dan Kegiatan | Indikator Kinerja Program dan Kegiatan on the same rows (a
                # Renstra's Tabel 5.1): the row is the program's or kegiatan's, its figures its indicator's
                chosen, how = own, ROWS_INDICATOR
            else:
                names = ", ".join(f"'{' › '.join(band.paths[j])}' ({grid.cell_name(band.bottom, j)})" for j in indexes)
                problems.append(grid.problem(band.bottom, indexes[1], " › ".join(band.paths[indexes[1]]),
                                             expects("one_column", field=label, names=names)))
                continue
        if chosen is not None and chosen in runs:
            how, parts[label] = INDENTED, runs[chosen]
        if chosen is not None:
            match = band.matches[chosen]
            columns.append(Column(match.name, match.year, match.text, chosen, band.paths[chosen], how or match.how))
            if match.name == "realisation" and len(indexes) > 1:
                settled_realisation = (chosen, indexes)
        elif label in parts:
            match = band.matches[parts[label][0]]
            columns.append(Column(match.name, match.year, " › ".join(band.paths[parts[label][0]][:-1]) or match.text,
                                  parts[label][0], band.paths[parts[label][0]], how or match.how))
    if "budget" in summed and not any(m.name == "realised" for m in band.matches.values()) \
            and (spent := spending(grid, band, *summed["budget"])) is not None:
        # Pagu Belanja Langsung | … then Belanja Langsung | … | Jumlah Belanja: the spending of the same belanja
        total, spent_parts = spent
        budget = next(c for c in columns if c.name == "budget")
        columns.append(Column("realised", budget.year, band.paths[total][-1], total, band.paths[total], "sum"))
        addends.update(dict.fromkeys(spent_parts, Column("realised", budget.year, "", total).label))
    return columns, parts, grouped, problems, addends


#: how a field stacked after its label in one column's cells is recognised (:attr:`Column.how`)
STACKED = "stacked"


def _stacked_columns(grid: Grid, band: Band, columns: list[Column], vocab: Vocabulary, record: Recognition) -> list[Column]:
    """``columns`` with the budget fields a column stacks after their labels in its cells (``Rencana vs Realisasi``
    holding 'Pagu:' / amount / 'Realisasi:' / amount …): each such field is that column, read from the line of its
    label, unless another column is the field by its header. The record says so."""
    # the body's first rows, wherever the header stands (grid.rows holds only the rows scanned for headers)
    below = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + STACK_SCAN].to_numpy(dtype=object, na_value=None).tolist()
    for j in sorted(band.paths):
        fields = {name: label for name, label in stacked_fields(below, j, vocab).items() if name in STACKED_FIELDS}
        for name, label in fields.items():
            if any(c.name == name and c.index != j for c in columns):
                continue
            columns = [c for c in columns if not (c.name == name and c.index == j)]
            columns.append(Column(name, None, label, j, (*band.paths[j], label), STACKED))
            cell = grid.cell_name(band.bottom, j)
            record.columns = [entry for entry in record.columns if not (entry[0] == cell and entry[2] == name)]
            record.columns.append((cell, " › ".join((*band.paths[j], label)), name, STACKED))
    return columns


#: how a header naming two fields ('PANGKAT/JABATAN') is recognised as the second, its first another column's
SECOND_FIELD = "the other field named"


def _second_field(grid: Grid, band: Band, columns: list[Column], parts: dict[str, list[int]], vocab: Vocabulary) -> list[Column]:
    """``columns`` with each column whose header joins two fields' words with a slash ('PANGKAT/JABATAN') and lost the
    first to a column that is that field by its own header ('GOL/RUANG'), as the other field, when no column is that one
    and its cells fit it: an application prints such a header over one of the two fields only ('Guru', 'Kepala TK')."""
    used = {c.index for c in columns} | {j for idx in parts.values() for j in idx}
    taken = {c.name for c in columns} | {m.name for m in band.matches.values()}
    for j, path in sorted(band.paths.items()):
        match = band.matches.get(j)
        if j in used or match is None or match.how != "rule" or "/" not in path[-1] \
                or not any(c.name == match.name and c.index != j for c in columns):
            continue
        words = header_words(path[-1])
        named = dict.fromkeys(c for c, need, unless in vocab.rules if need <= words and not unless & words)
        others = [name for name in named if name != match.name]
        if len(others) == 1 and others[0] not in taken and fits(others[0], _content_of(grid, band, j)):
            columns = [*columns, Column(others[0], None, path[-1], j, path, SECOND_FIELD)]
            taken.add(others[0])
    return columns


#: how a field named by one line of a header stacking several on lines is recognised (:attr:`Column.how`)
HEADER_LINE = "a line of the header"


def _lines(cell: object) -> list[str]:
    return [line.strip() for line in cell.splitlines() if line.strip()] if isinstance(cell, str) else []


def _header_lines(grid: Grid, band: Band, columns: list[Column], vocab: Vocabulary) -> list[Column]:
    """``columns`` with each one whose header cell stacks several fields on lines ('MASA KERJA ⏎ JENIS KELAMIN ⏎
    AGAMA ⏎ STATUS PEGAWAI', 'GOL. RUANG ⏎ T.M.T') read from the line of its cells that the header's line naming its
    field stands at: a print of a staffing application puts a person's fields one under another in a cell as its header
    does. Only when exactly one line of the header names the field, and two of the column's first body cells at least
    hold as many lines as the header, none more; a cell of another number of lines is left whole (its value, or a
    problem naming it)."""
    below = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + STACK_SCAN]
    found = []
    for column in columns:
        if column.how not in ("alias", "words", "rule") or column.index not in grid.cells.columns:
            found.append(column)
            continue
        raw = next((cell for cell in grid.cells[column.index].iloc[band.top: band.bottom + 1][::-1]
                    if isinstance(cell, str) and clean_text(cell) == column.path[-1]), None)
        heads = _lines(raw)
        named = [k for k, line in enumerate(heads) if (m := match_path((line,), vocab)) is not None and m.name == column.name]
        counts = [len(_lines(cell)) for cell in below[column.index] if not is_blank(cell)]
        if len(heads) < 2 or len(named) != 1 or sum(n == len(heads) for n in counts) < 2 or max(counts) > len(heads):
            found.append(column)
            continue
        found.append(replace(column, how=HEADER_LINE, line=(named[0], len(heads), heads[named[0]])))
    return found


def line_of(cell: object, column: Column) -> object:
    """The value of ``column`` (:data:`HEADER_LINE`) in one cell: its line, when the cell stacks as many lines as the
    header; the cell whole otherwise, and a cell of two NIPs (whose is which?); None for the other number under a NIP
    header naming two (:func:`other_number`)."""
    lines = _lines(cell)
    if column.line is None or len(lines) != column.line[1] or column.name == "nip" and len(NIP_INSIDE.findall(cell)) > 1:
        return cell
    return None if other_number(cell, column) else lines[column.line[0]]


#: a number of 16 digits: a NIK, NUPTK or NPGB (a NIP has 18)
_SIXTEEN = re.compile(r"\d{16}")
#: header words of the numbers of people who are no civil servants, printed where they have no NIP: the NUPTK of a
#: teacher, the NPGB of a guru bantu, the NIK of anyone
_NOT_NIPS = frozenset({"nuptk", "npgb", "nik"})


def other_number(cell: object, column: Column) -> bool:
    """Whether a cell's line under a header naming the NIP beside another number ('NIP / NPGB', 'NIP/NUPTK') holds
    that other number (16 digits) or a dash: its person has no NIP, a teacher or employee who is no civil servant. A
    line of some other length is a NIP mistyped, left to be refused.

    Example:
        >>> c = Column("nip", None, "NAMA / NIP / NPGB ALAMAT", 1, ("NAMA / NIP / NPGB ALAMAT",), HEADER_LINE,
        ...            line=(1, 3, "/ NIP / NPGB"))
        >>> other_number("Siti\\n7547758660300013\\nBanyuwangi", c), other_number("Agus\\n-\\nJember", c)
        (True, True)
        >>> other_number("Sri\\n19720514 199803 2 031\\nJember", c), other_number("Sri\\n19720514199803203\\nJember", c)
        (False, False)
    """
    if column.name != "nip" or column.how != HEADER_LINE or column.line is None or not header_words(column.line[2]) & _NOT_NIPS:
        return False
    lines = _lines(cell)
    if len(lines) != column.line[1]:
        return False
    line = lines[column.line[0]]
    return is_no_value(line) or _SIXTEEN.fullmatch(line.replace(" ", "")) is not None


#: how a capaian beside its own percentage is recognised as the realisation (:attr:`Column.how`)
CAPAIAN_REACHED = "the capaian beside its percentage"
#: how the capaian is told from other columns headed as one by its figures (:attr:`Column.how`)
CAPAIAN_BY_RATIO = "the realisation's percentage of the target"
_SHARE = frozenset({"persen", "persentase", "prosentase"})


def _capaian_beside_share(grid: Grid, band: Band, claimants: list[int]) -> tuple[int, int] | None:
    """Of two capaian columns in a band with no realisation, the one headed as a percentage (``Persentase Capaian
    Kinerja``, ``Capaian (%)``) and the other (``Capaian Kinerja``), which is then the value reached: a percentage
    of the capaian can only be of a value. When both or neither say a percentage ('Capaian s/d 2016' twice), the
    cells tell: the one that is the other's percentage of the target (:func:`.ratio.share_of_target`). None when
    neither settles it."""
    if any(m.name == "realisation" for m in band.matches.values()):
        return None
    shares = [j for j in claimants if header_words(" ".join(band.paths[j])) & _SHARE]
    if len(shares) != 1:
        return share_of_target(grid, band, claimants)
    return shares[0], next(j for j in claimants if j != shares[0])


def _filled_rows(grid: Grid, band: Band, indexes: list[int], scan: int = 200) -> dict[int, set[int]]:
    """The body rows (of the first ``scan``) each of ``indexes`` has a value on, the column-number row left out."""
    cells = grid.cells.iloc[band.bottom + 1: band.bottom + 1 + scan]
    numbers = {i for i, row in enumerate(cells.itertuples(index=False)) if is_column_numbers([v for v in row if not is_blank(v)])}
    return {j: {i for i, v in enumerate(cells[j].tolist()) if not is_blank(v) and i not in numbers} for j in indexes if j in cells.columns}


def _disjoint(grid: Grid, band: Band, indexes: list[int]) -> bool:
    """Whether the columns ``indexes`` are each filled, and never two on one row (one label per row, in the column of
    its level)."""
    filled = _filled_rows(grid, band, indexes)
    return len(filled) == len(indexes) and all(filled.values()) and \
        not any(filled[a] & filled[b] for a in indexes for b in indexes if a < b)


#: how the indicator of the rows' program or kegiatan is told from the sasaran's beside it (:attr:`Column.how`)
ROWS_INDICATOR = "the rows' program's indicator"
#: header words naming an indicator of a level above the program (the sasaran's, the tujuan's)
_GOAL_LEVELS = frozenset({"sasaran", "tujuan"})
#: an indicator's name stating its own target ('… menjadi 74%', '… menjadi 24 hari', '… mencapai 85')
_OWN_TARGET = re.compile(r"\b(?:menjadi|mencapai|sebesar)\s+[0-9]", re.IGNORECASE)
#: a cell numbering its column under the header ('(3)', '3')
_COLUMN_NUMBER = re.compile(r"^\s*\(?\d{1,2}\)?\s*$")
#: header words naming the program or kegiatan each row is
_ROW_LEVELS = frozenset({"program", "kegiatan"})


def _indicator_of_the_rows(grid: Grid, band: Band, claimants: list[int], scan: int = 60) -> int | None:
    """Of several indicator columns, the one right of the column naming each row's program or kegiatan (``Program dan
    Kegiatan``) when every other stands left of it, is headed as a sasaran's or tujuan's indicator (``Indikator
    Sasaran``) and states each indicator's own target in its text ('BOR menjadi 74%'): the rows are the programs' and
    kegiatan's, and their figures those programs' indicators', while the sasaran's indicators are a level above, their
    targets in their names. None otherwise (a sasaran's indicator named alone may own the figures of its row).

    Example:
        >>> cells = pd.DataFrame([["Indikator Sasaran", "Program dan Kegiatan", "Indikator Kinerja Program"],
        ...                       ["BOR menjadi 74%", "Program Pelayanan", "BOR (%)"]], dtype=object)
        >>> paths = {0: ("Indikator Sasaran",), 1: ("Program dan Kegiatan",), 2: ("Indikator Kinerja Program",)}
        >>> _indicator_of_the_rows(Grid("k.xlsx", "S", cells), Band("indicators", 0, 0, paths, {}, ()), [0, 2])
        2
        >>> cells.iloc[1, 0] = "Nilai SAKIP"
        >>> _indicator_of_the_rows(Grid("k.xlsx", "S", cells), Band("indicators", 0, 0, paths, {}, ()), [0, 2]) is None
        True
    """
    def words(j: int) -> frozenset[str]:
        return frozenset().union(*(header_words(p) for p in band.paths[j]))

    own = [j for j in claimants if not words(j) & _GOAL_LEVELS]
    if len(own) != 1 or len(claimants) < 2:
        return None
    above = [j for j in claimants if j != own[0]]
    rows = [j for j in band.paths if j not in claimants and words(j) & _ROW_LEVELS and "indikator" not in words(j)
            and max(above) < j < own[0]]
    named = [v for j in above if j in grid.cells.columns
             for v in grid.cells[j].iloc[band.bottom + 1: band.bottom + 1 + scan].tolist()
             if not is_blank(v) and not _COLUMN_NUMBER.match(str(v))]  # the form's '(3)' under its header
    targeted = bool(named) and all(isinstance(v, str) and _OWN_TARGET.search(v) for v in named)
    return own[0] if rows and targeted else None


def _goal_of_indicator(band: Band, goals: list[int]) -> int | None:
    """Of several goal columns (``Tujuan | Sasaran``), the nearest one left of the first indicator column: the level the
    indicator measures; None when no goal column stands left of it."""
    indicators = [j for j, m in band.matches.items() if m.name == "indicator"]
    before = [j for j in goals if indicators and j < min(indicators)]
    return max(before) if before else None


def _split(band: Band, indexes: list[int]) -> bool:
    """Whether the columns ``indexes`` are side by side under one header (``Kode`` merged over five cells)."""
    return len({band.paths[j] for j in indexes}) == 1 and indexes == list(range(indexes[0], indexes[0] + len(indexes)))


def _level_of_rows(grid: Grid, band: Band, indexes: list[int], scan: int = 200) -> int | None:
    """Of the columns of one value split by the levels of a hierarchy (``% Kinerja Puskesmas › Sub Variabel | Variabel
    | Program``), the one filled on the most rows, when no row fills two of them: each level's value stands on its own
    rows, and the level with the most rows is the one of the indicators (the others score their groups). None when
    rows fill several, or two are filled on as many rows."""
    filled = _filled_rows(grid, band, indexes, scan)
    if len(filled) != len(indexes) or any(filled[a] & filled[b] for a in indexes for b in indexes if a < b):
        return None
    most = sorted(indexes, key=lambda j: len(filled[j]), reverse=True)
    return most[0] if len(filled[most[0]]) > len(filled[most[1]]) else None


def _frame(grid: Grid, rows: np.ndarray, columns: list[Column]) -> pd.DataFrame:
    # contiguous rows (a roster without blank rows) are a slice, which Arrow columns share instead of copying
    picked = slice(rows[0], rows[-1] + 1) if len(rows) and rows[-1] - rows[0] + 1 == len(rows) else rows
    frame = grid.cells.iloc[picked, [c.index for c in columns]].reset_index(drop=True)
    frame.columns = [c.label for c in columns]
    frame["_row"] = pd.Series(rows, dtype=int)
    return frame
