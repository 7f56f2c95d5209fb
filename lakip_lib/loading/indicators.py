"""Loading performance indicators: the Perjanjian Kinerja with its realisations.

Each sheet with an indicator header becomes indicators of one level (from a
``Jenis Indikator`` column, or the sheet's name: ``Prioritas``, ``IKK``).
Year-bearing headers (``Target 2024``, ``Realisasi Th 2023``) become rows of
a long ``values`` frame, so any number of years fits. Values keep their
text as written (``BB``, ``2 Aplikasi``) beside the number read from it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from ..domain import lower_is_better, ordinal_scales, reduced_states, unit_words, units_of_measure
from ..errors import InputError, Problem
from ..formatting import format_number
from ..messages import Pair, Text, expects
from .notes import empty_notes, note, notes_frame, recognition_notes
from .recognise import Column, Recognition, Table, is_summary_label
from .recognise.across import ACROSS
from .recognise.fields import header_words, match_path, vocabulary
from .recognise.rows import is_score_summary
from .parse import (INDONESIAN, ValueParseError, alias_key, clean_text, column_convention, excel_error, is_no_value, is_yes_no, labelled,
                    not_measured, parse_number, printed_decimals, without_marker)
from .tables import location, refused, tables_in, total_rows

INDICATOR_COLUMNS = ("id", "level", "code", "goal", "indicator", "formula", "unit", "polarity", "scale", "program", "location",
                     "analysis", "obstacles", "actions", "source")
VALUE_COLUMNS = ("id", "kind", "year", "value", "text", "location")
#: column name in the sheet → kind of value in the long frame
VALUE_KINDS = {"target": "target", "realisation": "realisation", "stated_capaian": "stated_capaian",
               "renstra_target": "renstra_target", "baseline": "baseline"}

_LEVELS = {"tujuan": "tujuan", "iku": "tujuan", "sasaran": "sasaran", "sasaranstrategis": "sasaran",
           "prioritas": "prioritas", "kegiatanprioritas": "prioritas", "ikk": "ikk", "khusus": "ikk",
           "indikatorkinerjakhusus": "ikk", "program": "program", "kegiatan": "kegiatan"}
_POLARITY = {"positif": "positive", "positive": "positive", "maksimal": "positive", "maximize": "positive",
             "negatif": "negative", "negative": "negative", "minimal": "negative", "minimize": "negative",
             "ordinal": "ordinal", "kategori": "ordinal", "predikat": "ordinal"}
#: a value cell's number and the unit after it; a sign may stand apart from its figure ('- 28,39%', as some prints set
#: it), which :func:`parse_number` reads as one number
_VALUE = re.compile(r"^\s*(\(?(?:[+-]\s*)?(?:rp\.?\s*)?[\d.,]*\d\)?)\s*(.*?)\s*$", re.IGNORECASE)
#: a line of a value cell that starts with a figure ('85', '-3,5 %', 'Rp 1.000'; not '(10 dari 12 OPD)')
_FIGURE_START = re.compile(r"^\s*(?:[+-]\s*)?(?:rp\.?\s*)?\d", re.IGNORECASE)
#: a bound before a target (``≤ 5 %``, ``Maks. 10 hari``; ``≥ 90 %``, ``Min 80``): upper (group 1) or lower (group 2)
_BOUND = re.compile(
    r"^\s*(?:(<=|=<|≤|<|maks(?:imal|imum)?\b\.?|max\b\.?|paling\s+(?:banyak|tinggi)\b|kurang\s+dari\b|tidak\s+lebih\s+dari\b|"
    r"di\s*bawah\b)|(>=|=>|≥|>|min(?:imal|imum)?\b\.?|paling\s+(?:sedikit|rendah)\b|sekurang[-\s]*kurangnya\b|lebih\s+dari\b|"
    r"di\s*atas\b))\s*:?\s*", re.IGNORECASE)


@dataclass
class Indicators:
    """Indicators of one year's Perjanjian Kinerja and their values.

    ``indicators``: one row per indicator (:data:`INDICATOR_COLUMNS`; ``analysis``, ``obstacles`` and ``actions`` are
    the analyst's text of an ``Analisis``, ``Kendala`` or ``Upaya`` column, ``source`` its ``Sumber Data`` cell
    (the report's "Sumber" line for it), None without one).
    ``values``: one row per value cell of each indicator (:data:`VALUE_COLUMNS`):
    ``kind`` is target, realisation, stated_capaian (the "% capaian" as
    published), renstra_target or baseline; ``value`` is the number, NaN for a
    grade (``BB``) and for "no value" (empty, ``-``, ``n/a``: never 0);
    ``text`` is the cell as written (None for an empty cell).
    """

    indicators: pd.DataFrame
    values: pd.DataFrame
    files: list[Path] = field(default_factory=list)
    notes: pd.DataFrame = field(default_factory=empty_notes)
    #: how each table of the file was read (:class:`~lakip_lib.loading.recognise.Recognition`); empty when read from the cache
    recognition: list[Recognition] = field(default_factory=list)


def load_indicators(path: str | Path, *, year: int | None = None,
                    extra_aliases: dict[str, dict[str, list[str]]] | None = None,
                    limits: dict[str, float] | None = None) -> Indicators:
    """Load the indicator workbook; ``year`` checks that it has that year's targets.

    Example:
        >>> data = load_indicators("data/raw/2024/kinerja.xlsx", year=2024)
        >>> int(data.indicators["level"].value_counts()["ikk"])
        9
    """
    path = Path(path)
    records: list[Recognition] = []
    tables = _valued(tables_in(path, {"indicators": ("indicator",)}, extra_aliases=extra_aliases, limits=limits, records=records))
    problems: list[Problem] = []
    notes: list[dict[str, str]] = []
    indicators, values = [], []
    for table in tables:
        if year is not None:
            _rows_of_year(table, year, problems, notes)
        notes += _units_across(table, problems)
        notes += _units_under_value_header(table)
        notes += _capaian_as_realisation(table)
        notes += _nilai_as_realisation(table)
        for label, parts in table.parts.items():
            if label in _PER_ROW:
                _PER_ROW[label](table, parts)
                continue
            # months or quarters of a value without their total: the year's value is not their sum (a percentage, a
            # level); reported to date (s.d.), the last period filled is the year's
            notes_or_problem = _last_period(table, label, parts)
            if isinstance(notes_or_problem, Problem):
                problems.append(notes_or_problem)
            else:
                notes += notes_or_problem
        assumed = _assumed_years(table, year, notes) if year is not None else {}
        if year is not None:
            _check_year(table, year, problems, assumed)
        rows, vals = _table(table, sum(len(f) for f in indicators), problems, assumed, notes, year)
        indicators.append(rows)
        values.append(vals)
    if problems:
        raise refused(problems, records)
    if year is not None:
        notes += _empty_kinds(pd.concat(values, ignore_index=True), year, path.name)
        said = {n["location"] for n in notes if n["check"] in ("excel_error", "not_measured")}  # a warning says why already
        notes += _missing_targets(pd.concat(indicators, ignore_index=True), pd.concat(values, ignore_index=True), year, said)
    return Indicators(pd.concat(indicators, ignore_index=True), pd.concat(values, ignore_index=True), [path],
                      notes_frame(recognition_notes(records) + notes), records)


#: the header of a body column giving each row's year (``Tahun``, ``Thn``, ``Tahun Anggaran``): one word of year alone
_YEAR_HEADER = re.compile(r"^(?:tahun|thn\.?|th\.?|tahun anggaran|year)$", re.IGNORECASE)


def _row_year(cell: object) -> int | None:
    """The year a cell gives (``2025``, ``'2025'``, ``2025.0``); None for any other cell."""
    if _is_number(cell):
        text = str(int(cell)) if float(cell).is_integer() else ""
    else:
        text = "" if is_no_value(cell) else clean_text(cell)
    return int(text) if re.fullmatch(r"(?:19|20)\d\d", text) else None


def _rows_of_year(table: Table, year: int, problems: list[Problem], notes: list[dict[str, str]]) -> None:
    """Keep the rows of the report's year of a table whose body column headed as a year alone (:data:`_YEAR_HEADER`)
    gives each row's year (an export of several years' rows, ``Periode | Tahun | … | Target | Realisasi``): the other
    years' rows are set aside, with a note, never read as this year's; none of the year is a problem at the column's
    header. A column of one year that is the report's says nothing and is left as it is; a cell of it that is no year
    (a heading's) is its row's year above, as a merged cell reads. ``table.frame`` changes."""
    for label, path in table.others:
        if label not in table.frame.columns or len(path) != 1 or not _YEAR_HEADER.match(clean_text(path[0])):
            continue
        cells = table.frame[label]
        filled = cells[~cells.map(is_no_value)]
        years = [_row_year(cell) for cell in filled]
        if not years or None in years:
            continue
        found = sorted(set(years))
        if found == [year]:
            return
        j = _other_index(table, label)
        where = f"{table.grid.file}:{table.grid.sheet}!{label.removeprefix('#')}"
        if year not in found:
            problems.append(table.grid.problem(table.header_row, j, path[-1],
                                               expects("rows_of_year", year=year, years=", ".join(map(str, found)))))
            return
        of_row = pd.Series([_row_year(cell) for cell in cells], dtype="Float64").ffill().bfill()
        keep = of_row.eq(year).fillna(False).astype(bool)
        table.frame = table.frame[keep.to_numpy()].copy()
        table.use(label, Pair("tahun baris", "the row's year"))
        other = ", ".join(str(y) for y in found if y != year)
        notes.append(note("info", "rows_of_year", where,
                          f"Kolom '{path[-1]}' memuat tahun setiap baris: {int((~keep).sum())} baris tahun lain ({other}) "
                          f"disisihkan, {int(keep.sum())} baris tahun {year} dibaca",
                          f"Column '{path[-1]}' gives each row's year: {int((~keep).sum())} rows of other years ({other}) "
                          f"set aside, the {int(keep.sum())} rows of {year} read"))
        return


def _other_index(table: Table, label: str) -> int | None:
    """The grid column of the other column ``label`` (``#C1``: named by its header's cell)."""
    return next((j for j in table.grid.cells.columns if f"#{table.grid.cell_name(table.header_row, j)}" == label), None)


def _valued(tables: list[Table]) -> list[Table]:
    """The tables with a value column (target, realisation, capaian, baseline, Renstra target), when one has: a table
    that only names indicators beside them (``NO | INDIKATOR KINERJA | 2010 … 2014``, their capaian over five years
    stacked under the year's table, or a list of definitions) holds no value the kit can tell the kind of; it is set
    aside with a note, and read as it is when no table has values."""
    valued = [t for t in tables if any(c.name in VALUE_KINDS for c in t.columns)
               or any(label.split("@")[0] in VALUE_KINDS for label in t.parts)]
    if not valued:
        return tables
    for table in (t for t in tables if not any(t is v for v in valued)):
        unused = ", ".join(f"'{header}'" for _, header in table.record.unused) if table.record else ""
        said_id, said_en = (f" (kolom {unused} tidak menyatakan jenis nilainya)", f" (its columns {unused} name no kind of value)"
                            ) if unused else ("", "")
        table.record.skip(f"it names indicators with no target, realisation or capaian column{said_en}; the table at "
                          f"{valued[0].where} has them and is used",
                          f"tabel ini menyebut indikator tanpa kolom target, realisasi atau capaian{said_id}; tabel di "
                          f"{valued[0].where} memilikinya dan yang dipakai")
    return valued


def _joined_code(table: Table, parts: list[str]) -> None:
    """A code split over columns under one 'Kode' (``5 | 3 | 1 | 2.01``) as one code, ``5.3.1.2.01``."""
    table.frame["code"] = table.frame[parts].apply(
        lambda row: ".".join(p for p in (clean_text(v).strip(".") for v in row if not is_no_value(v)) if p) or None, axis=1)


def _indicator_per_row(table: Table, parts: list[str]) -> None:
    """Indicators of several levels, each row naming its own in the column of its level (``Indikator Sasaran | …
    | Indikator Program/Kegiatan``): the one named, and its level from that column's header when no column gives one."""
    cells = table.frame[parts].to_numpy(dtype=object)
    source = [next((n for n, v in enumerate(row) if not is_no_value(v)), None) for row in cells]
    table.frame["indicator"] = [None if n is None else row[n] for row, n in zip(cells, source)]
    if "level" not in table.frame.columns:
        table.frame["level"] = [None if n is None else _level(" ".join(table.part_paths[parts[n]])) for n in source]


#: fields a table may split over columns that the loader puts back together, row by row
_PER_ROW = {"code": _joined_code, "indicator": _indicator_per_row}


def _code_parts(code: object) -> list[str]:
    """A code's parts (``5.3.1.2.03`` → 5, 3, 1, 2, 03; ``2.3.`` → 2, 3); none for no code."""
    return [] if is_no_value(code) else [p.strip() for p in clean_text(code).split(".") if p.strip()]


def _among_siblings(frame: pd.DataFrame, named: pd.Series) -> pd.Series:
    """Rows whose code continues the run of the named rows right above and below (``5.3.1.2.02``, ``5.3.1.2.03``,
    ``5.3.1.2.05``: one parent, the last part rising): an indicator among its siblings whose values are all missing,
    not a heading over them (``2.3.1. Pelayanan Non Rawat Inap`` over ``1.``, ``2.`` …). A code of one part says
    nothing of a hierarchy (a table may number its headings and indicators in one run)."""
    rows = [i for i in frame.index if named[i]]
    parts = {i: _code_parts(frame.at[i, "code"]) for i in rows}

    def rises(a: list[str], b: list[str]) -> bool:
        key = (lambda p: (0, int(p), p) if p.isdigit() else (1, 0, p))
        return len(a) == len(b) >= 2 and a[:-1] == b[:-1] and key(a[-1]) < key(b[-1])

    among = pd.Series(False, index=frame.index)
    for before, row, after in zip(rows, rows[1:], rows[2:]):
        among[row] = rises(parts[before], parts[row]) and rises(parts[row], parts[after])
    return among


def _last_period(table: Table, label: str, parts: list[str]) -> list[dict[str, str]] | Problem:
    """The year's value of a band of periods with no total (``Realisasi › TW I … TW IV``): when every row's periods
    never decrease (reported to date, as most e-SAKIP exports do), its last period filled, with a warning; otherwise
    the problem of a band whose year's value cannot be told. ``table.frame[label]`` is set to it."""
    column = table.column(label)
    problem = table.grid.problem(table.header_row, column.index, " › ".join(column.path),
                                 expects("year_value_column", field=column.name, periods=len(parts)))
    cells = table.frame[parts]
    numbers = cells.map(lambda v: _period_number(v))
    if numbers.isna().all().all():
        return problem
    targets_to_date = column.name == "realisation" and _targets_to_date(table)
    for _, row in numbers.iterrows():
        filled = row.dropna().tolist()
        # a capaian to date may fall from one quarter to the next, and so may a realisation to date beside targets to
        # date (a percentage of cases settled so far); its last is still the year's
        if column.name != "stated_capaian" and not targets_to_date and any(b < a for a, b in zip(filled, filled[1:])):
            return problem
    last = cells.apply(lambda row: next((v for v in reversed(row.tolist()) if not is_no_value(v)), None), axis=1)
    table.frame[label] = last.astype(object)
    name_id, name_en = {"realisation": ("realisasi", "realisation"), "target": ("target", "target"),
                        "stated_capaian": ("capaian", "capaian")}.get(column.name, (column.name, column.name))
    why_id, why_en = (("capaian s.d. periode itu", "the capaian to date") if column.name == "stated_capaian" else
                      ("nilainya tidak pernah turun, jadi dianggap kumulatif s.d. periode itu",
                       "its values never decrease, so they are taken as cumulative to date"))
    band = " › ".join(column.path[:-1]) or column.header
    if _SAYS_TO_DATE.search(" ".join(column.path)):
        # the header says the periods are cumulative ('Realisasi Per Triwulan (kumulatif)', 's/d Triwulan II'): read
        # as it says, nothing inferred
        return [note("info", "last_period", location(table, table.header_row, label),
                     f"'{band}' tidak punya kolom jumlah tahunan: {name_id} tahun ini dibaca dari periode terakhir yang terisi "
                     "(judulnya menyatakan kumulatif s.d. periode itu)",
                     f"'{band}' has no yearly total: this year's {name_en} is read from the last period filled (its "
                     "header says cumulative to date)")]
    if column.name == "target" and (stated := _year_beside_periods(table, parts)) is not None:
        # the table states each row's year target in another column ('Baseline', as an application prints its
        # target_capaian): the periods lead up to it, the last one filled is it
        return [note("info", "last_period", location(table, table.header_row, label),
                     f"'{band}' tidak punya kolom jumlah tahunan: target tahun ini dibaca dari periode terakhir yang terisi "
                     f"(kolom '{stated}' memuat nilai yang sama di setiap baris, jadi periodenya kumulatif s.d. periode itu)",
                     f"'{band}' has no yearly total: this year's target is read from the last period filled (column "
                     f"'{stated}' holds the same value on every row, so the periods are cumulative to date)")]
    if targets_to_date:
        # the table says so itself: each row's last period target is its year's target
        return [note("info", "last_period", location(table, table.header_row, label),
                     f"'{band}' tidak punya kolom jumlah tahunan: {name_id} tahun ini dibaca dari periode terakhir yang terisi "
                     "(target periode terakhirnya sama dengan target tahunan, jadi periodenya kumulatif s.d. periode itu)",
                     f"'{band}' has no yearly total: this year's {name_en} is read from the last period filled (the last "
                     "period's target is the year's target, so the periods are cumulative to date)")]
    return [note("warning", "last_period", location(table, table.header_row, label),
                 f"'{band}' tidak punya kolom jumlah tahunan: {name_id} tahun ini dibaca dari periode terakhir yang terisi ({why_id})",
                 f"'{band}' has no yearly total: this year's {name_en} is read from the last period filled ({why_en})")]


def _targets_to_date(table: Table) -> bool:
    """Whether the table's period targets beside its one year's target (``Target Tahunan | Target TW I | Realisasi TW
    I | … | Target TW IV``) are set to date: on every row the last period target filled is the year's target, and on
    some row the periods rise to it (a year's target spread over the quarters adds up to it instead; one that stays
    the same each quarter, a rate, says neither). The realisations beside such targets are to date too.

    Example:
        >>> from lakip_lib.loading.recognise import Column
        >>> frame = pd.DataFrame({"target": [45, 90], "#G6": [10, 90], "#I6": [45, 90]})
        >>> others = [("#G6", ("Target TW I",)), ("#I6", ("Target TW II",))]
        >>> table = Table(None, "indicators", 5, [Column("target", None, "Target Tahunan", 5)], frame, others=others)
        >>> _targets_to_date(table)
        True
        >>> table.frame["#I6"] = [35, 90]  # 10 + 35: the year's target spread over the quarters
        >>> _targets_to_date(table)
        False
    """
    years = [c for c in table.columns if c.name == "target"]
    periods = [label for label, path in table.others
               if (found := match_path(path, vocabulary(table.dataset))) is not None and found.name == "target" and found.part]
    if len(years) != 1 or len(periods) < 2:
        return False
    rising = False
    for year, row in zip(table.frame[years[0].label], table.frame[periods].map(_period_number).itertuples(index=False)):
        filled = [v for v in row if not pd.isna(v)]
        target = _period_number(year)
        if not filled or target is None:
            continue
        if abs(filled[-1] - target) > 1e-9 * max(1.0, abs(target)):
            return False
        rising = rising or abs(sum(filled) - target) > 1e-9 * max(1.0, abs(target))
    return rising


def _year_beside_periods(table: Table, parts: list[str]) -> str | None:
    """The header of the one column the loaders do not read that holds, on every row with a period filled, the last
    period filled of ``parts`` (the year's target, under whatever header the print gives it: an e-SAKIP monitoring
    form prints its target under 'Baseline'), the periods rising to it on some row; None when no column or more than
    one does, or the periods never rise (a value the same each quarter says nothing).

    Example:
        >>> from lakip_lib.loading.recognise import Column
        >>> frame = pd.DataFrame({"t#1": [30, 95], "t#2": [60, 96], "#G8": ["60", "96"], "#D8": ["2025", "2025"]})
        >>> table = Table(None, "indicators", 7, [Column("target", None, "Target Triwulan", 7)], frame,
        ...               others=[("#G8", ("Baseline",)), ("#D8", ("Thn",))])
        >>> _year_beside_periods(table, ["t#1", "t#2"])
        'Baseline'
        >>> table.frame["#G8"] = ["60", "97"]  # not the last period's on every row
        >>> _year_beside_periods(table, ["t#1", "t#2"]) is None
        True
    """
    periods = table.frame[parts].map(_period_number)
    last = periods.apply(lambda row: next((v for v in reversed(row.tolist()) if not pd.isna(v)), None), axis=1)
    rising = bool((periods.nunique(axis=1) > 1).any())
    found = []
    for label, path in table.others:
        if label in parts or label not in table.frame.columns:
            continue
        stated = table.frame[label].map(_period_number)
        rows = last.notna()
        if rows.any() and all(s is not None and not pd.isna(s) and abs(s - v) <= 1e-9 * max(1.0, abs(v))
                              for s, v in zip(stated[rows], last[rows])):
            found.append(" › ".join(path))
    return found[0] if rising and len(found) == 1 else None


#: a header saying its periods are cumulative to date
_SAYS_TO_DATE = re.compile(r"\bkumulati[fv]|\bs\s*[./]\s*d\b|\bsampai\s+dengan\b", re.IGNORECASE)


def _period_number(value: object) -> float | None:
    if _is_number(value):
        return float(value)
    # '20, 3' lists two figures (two indicators' quarters imploded): neither is the period's value
    match = _VALUE.match(clean_text(value)) if isinstance(value, str) and not is_no_value(value) and not _listed(value) else None
    try:
        return parse_number(match.group(1), None) if match else None  # the order of the periods, not the exact value
    except ValueParseError:
        return None


def _capaian_as_realisation(table: Table) -> list[dict[str, str]]:
    """In a table with targets and no realisation, a ``Capaian`` column that is no percentage (``Target | Capaian``,
    as dashboards and LPPD tables print the value achieved) is the realisation, with a warning, or an ``info`` note when
    its values carry their target's unit (``4 Desa/Kel | 2 Desa/Kel``); in a table with neither (``Rumus | Capaian
    Kinerja``) it is, with an ``info`` note. ``table`` changes."""
    if table.has("realisation"):
        return []
    targets = table.has("target")
    notes = []
    for column in [c for c in table.columns if c.name == "stated_capaian"]:
        if header_words(" ".join(column.path)) & {"persen", "persentase", "prosentase"}:
            continue
        renamed = replace(column, name="realisation")
        table.columns[table.columns.index(column)] = renamed
        table.frame = table.frame.rename(columns={column.label: renamed.label})
        if not targets:
            # no target either (the EKPPD's IKK form: Rumus | Capaian Kinerja): no percentage of a target can be meant,
            # the capaian is the level the indicator reached
            notes.append(note("info", "capaian_as_realisation", location(table, table.header_row, renamed.label),
                              f"Tabel ini tidak punya kolom target maupun realisasi: kolom '{column.header}' dibaca sebagai "
                              "realisasi (nilai yang dicapai)",
                              f"This table has neither a target nor a realisation column: '{column.header}' is read as the "
                              "realisation (the value achieved)"))
            continue
        if (unit := _unit_of_targets(table.frame[renamed.label], [table.frame[c.label] for c in table.columns
                                                                   if c.name == "target"])) is not None:
            # 'Target 4 Desa/Kel | Capaian 2 Desa/Kel': a percentage of the target is never counted in villages
            notes.append(note("info", "capaian_as_realisation", location(table, table.header_row, renamed.label),
                              f"Kolom '{column.header}' dibaca sebagai realisasi: nilainya bersatuan seperti targetnya "
                              f"('{unit}'), bukan persentase capaian",
                              f"'{column.header}' is read as the realisation: its values carry their target's unit "
                              f"('{unit}'), not a capaian percentage"))
            continue
        notes.append(note("warning", "capaian_as_realisation", location(table, table.header_row, renamed.label),
                          f"Tabel ini tidak punya kolom realisasi: kolom '{column.header}' dibaca sebagai realisasi (nilai yang "
                          "dicapai), bukan persentase capaian. Jika salah, beri judul 'Capaian (%)'",
                          f"This table has no realisation column: '{column.header}' is read as the realisation (the value "
                          "achieved), not as a capaian percentage. If that is wrong, head it 'Capaian (%)'"))
    return notes


def _only_units(cells: pd.Series) -> bool:
    """Whether every filled cell of ``cells`` is a unit of measure alone, no figure (``%``, ``Orang``, ``dokumen``:
    ``units_of_measure.csv``), and one cell at least is filled.

    Example:
        >>> _only_units(pd.Series(["%", "% ", None, "Orang"])), _only_units(pd.Series(["%", "98,63 %"]))
        (True, False)
        >>> _only_units(pd.Series(["BB", "A"])), _only_units(pd.Series([None, "-"]))
        (False, False)
    """
    units = units_of_measure()
    filled = [v for v in cells if not is_no_value(v)]
    return bool(filled) and all(isinstance(v, str) and " ".join(clean_text(v).lower().split()) in units for v in filled)


def _units_under_value_header(table: Table) -> list[dict[str, str]]:
    """A value column (``Target``, ``Realisasi``, ``Capaian`` …) whose filled cells are all a unit alone, ``%`` on
    every row and no figure on any (an open-data grid's 'Target' printing each indicator's unit), holds no value: it
    is the table's unit column under a value's header. Read as the unit when the table has no unit column, else set
    aside; an ``info`` note says so either way, and the kind of value it was headed as is then missing (said by
    :func:`_empty_kinds`), never read as a text value ('%' is no target). A column with a figure on some row (a lone
    '%' where a formula printed nothing, beside other rows' figures) or a word that is no unit (a grade, ``BB``) stays
    a value column. ``table`` changes."""
    notes = []
    for column in [c for c in table.columns if c.name in VALUE_KINDS]:
        if not _only_units(table.frame[column.label]):
            continue
        cells = sorted({clean_text(v) for v in table.frame[column.label] if not is_no_value(v)})
        shown = "', '".join(cells[:3]) + ("' …" if len(cells) > 3 else "'")
        cell = table.grid.cell_name(table.header_row, column.index)
        table.columns.remove(column)
        if table.has("unit"):
            label = f"#{cell}"
            table.others.append((label, column.path))
            table.frame = table.frame.rename(columns={column.label: label})
            _record_as(table, label, Pair("(satuan, tidak dipakai: tabel punya kolom satuan)",
                                          "(units, not used: the table has a unit column)"), "units only")
            said_id, said_en = "disisihkan (tabel sudah punya kolom satuan)", "set aside (the table has a unit column)"
        else:
            unit = Column("unit", None, column.header, column.index, column.path, "units only")
            table.columns.append(unit)
            table.frame = table.frame.rename(columns={column.label: unit.label})
            _record_as(table, label := f"#{cell}", unit.label, "units only")
            said_id, said_en = "dibaca sebagai satuan indikatornya", "read as the indicators' unit"
        notes.append(note("info", "units_only", location(table, table.header_row, None),
                          f"Kolom '{column.header}' hanya memuat satuan tanpa angka di setiap baris ('{shown}): bukan "
                          f"nilai {column.header.lower()}, {said_id}",
                          f"'{column.header}' holds only a unit with no figure on every row ('{shown}): no "
                          f"{column.header.lower()} value, {said_en}"))
    return notes


def _nilai_as_realisation(table: Table) -> list[dict[str, str]]:
    """In an indicator table with neither a realisation nor a capaian column, the one column headed 'Nilai' alone
    (the value) holding a figure is the value reached, read as the realisation with an ``info`` note: a kota's IKK
    grid lists 'Target | Nilai', the value being the IKK's figure for the year. Beside a realisation or a capaian,
    'Nilai' is something else (a value of an evaluation) and stays unused, as it does in a table with a 'Bobot' or
    'Skor' column (an assessment by weights: the score earned). ``table``
    changes."""
    if table.has("realisation") or table.has("stated_capaian"):
        return []
    headers = [" ".join(path) for _, path in table.others] + [" ".join(c.path) or c.header for c in table.columns]
    if any(header_words(h) & {"bobot", "skor"} for h in headers):
        return []  # an assessment by weights ('Aspek | Kondisi | Nilai | Bobot'): its 'Nilai' is the score earned
    found = [(label, path) for label, path in table.others
             if label in table.frame.columns and len(path) == 1 and header_words(path[0]) == {"nilai"}]
    if len(found) != 1:
        return []
    label, path = found[0]
    if not table.frame[label].map(lambda v: _period_number(v) is not None).any():
        return []
    cell = label.removeprefix("#")
    index = next(j for j in table.grid.cells.columns if table.grid.cell_name(table.header_row, j) == cell)
    reached = Column("realisation", None, path[0], index, path, "the one value")
    table.others.remove((label, path))
    table.columns.append(reached)
    # as the value columns hold them: an empty cell is None (an unused column may hold NaN for it)
    table.frame[label] = pd.Series([None if is_no_value(v) else v for v in table.frame[label]], index=table.frame.index,
                                   dtype=object)
    table.frame = table.frame.rename(columns={label: reached.label})
    _record_as(table, label, reached.label, "the one value")
    return [note("info", "nilai_as_realisation", location(table, table.header_row, reached.label),
                 f"Tabel ini tidak punya kolom realisasi maupun capaian: kolom '{path[0]}' dibaca sebagai realisasi (nilai "
                 "yang dicapai)",
                 f"This table has neither a realisation nor a capaian column: '{path[0]}' is read as the realisation (the "
                 "value reached)")]


#: how a share beside its own numerator and denominator is recognised as the value reached (:attr:`Column.how`)
SHARE_OF_FIGURES = "share"
#: a whole number written with comma thousands (``1,150``): a count of people, never 1.15
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def _units_across(table: Table, problems: list[Problem]) -> list[dict[str, str]]:
    """An indicator named by its column band over rows of units (``Pelayanan kesehatan ibu hamil › SASARAN | CAPAIAN |
    PERSENTASE`` by puskesmas): the agency's values are its total row's (``JUMLAH``), the units' rows their detail, said
    in an ``info`` note; ``table.frame`` keeps the total row only. Without one total row, a problem.

    A figure of the band that is 100 × one other / a third on every unit row (at its printed precision) is the share
    the indicator measures, and the value reached: the other two are its numerator and denominator (people served,
    people to serve), not read as values, and the total row's are checked against the units' sums (a ``sum_mismatch``
    warning) and its share against them. A share of a realisation over a target is the capaian, and stays one.
    Any other table is left as it is."""
    named = next((c for c in table.columns if c.name == "indicator" and c.how == ACROSS), None)
    if named is None:
        return []
    frame = table.frame
    own = [label for label, path in table.others if len(path) == 2 and path[0] == named.header]
    figures = [c.label for c in table.columns if c.index >= named.index and c is not named] + own
    labels = tuple(label for label, _ in table.others if label not in own)
    totals, said = total_rows(table, frame, labels)
    if totals.sum() != 1:
        row = int(frame["_row"].iloc[0]) if len(frame) else table.header_row + 1
        problems.append(table.problem(row, None, None, expects("units_total", indicator=named.header, found=int(totals.sum()))))
        return []
    units, total = frame[~totals], frame[totals].iloc[0]
    for label in labels:
        _record_as(table, label, Pair("(unit-unitnya, satu per baris)", "(the units, one per row)"), ACROSS)
    notes = []
    where = location(table, int(total["_row"]))
    if (share := _share_of(table, units, figures)) is not None:
        notes += _share_read(table, named.header, units, total, share, where)
    names = [clean_text(v) for v in units[list(labels)].apply(lambda r: next((x for x in r if not is_no_value(x)), ""), axis=1)
             ] if labels else []
    shown = ", ".join(n for n in names[:3] if n) + (" …" if len(names) > 3 else "")
    notes.append(note("info", "units_detail", where,
                      f"{named.header}: nilai instansi dibaca dari baris '{clean_text(said[totals].iloc[0])}'; {len(units)} baris "
                      f"di atasnya ({shown}) adalah rincian per unit, tidak dibaca sebagai indikator",
                      f"{named.header}: the agency's values are read from the '{clean_text(said[totals].iloc[0])}' row; the "
                      f"{len(units)} rows above it ({shown}) are its detail by unit, not read as indicators"))
    table.frame = table.frame[totals].reset_index(drop=True)  # its columns as the share renamed them
    return notes


def _figure(value: object, convention: str | None) -> float | None:
    """A figure of a band over units as a number (``1,150`` people is 1150); None for no value or no number."""
    if _is_number(value):
        return float(value)
    if not isinstance(value, str) or is_no_value(value):
        return None
    text = clean_text(value).rstrip("% ").strip()
    if _GROUPED.match(text):
        return float(text.replace(",", ""))
    try:
        return parse_number(text, convention)
    except ValueParseError:
        return None


def _precision(value: object) -> float:
    """Half the last printed digit of a share (``17.50`` → 0.005, ``18`` → 0.5): how far a share computed from its
    figures may lie from it when it was rounded."""
    text = clean_text(value).rstrip("% ").strip() if isinstance(value, str) else repr(value)
    decimals = re.search(r"[.,](\d+)$", text)
    return 0.5 * 10.0 ** -(len(decimals.group(1)) if decimals and not (_is_number(value) and float(value).is_integer()) else 0)


def _share_of(table: Table, units: pd.DataFrame, figures: list[str]) -> tuple[str, str, str] | None:
    """Of a band's figures, (share, numerator, denominator) when the share is 100 × numerator / denominator on every
    unit row where the three are numbers and the denominator is not 0, two rows at least, and numerator and denominator
    are counts (whole numbers on every row: else a count would be 100 × itself over a share); None when no three are."""
    conventions = {label: column_convention(table.frame[label]) for label in figures}
    read = {label: [_figure(v, conventions[label]) for v in units[label]] for label in figures}
    counts = {label for label in figures if all(x is None or float(x).is_integer() for x in read[label])}
    for share in figures:
        for numerator in counts:
            for denominator in counts:
                if len({share, numerator, denominator}) < 3:
                    continue
                rows = [(s, n, d, raw) for s, n, d, raw in zip(read[share], read[numerator], read[denominator], units[share])
                        if s is not None and n is not None and d]
                if len(rows) >= 2 and all(abs(s - 100 * n / d) <= _precision(raw) + 1e-9 for s, n, d, raw in rows):
                    return share, numerator, denominator
    return None


def _share_read(table: Table, indicator: str, units: pd.DataFrame, total: pd.Series, share: tuple[str, str, str],
                where: str) -> list[dict[str, str]]:
    """The share of a band over units read as the value reached, its numerator and denominator set aside (a realisation
    over a target leaves the capaian as it is); the total row's figures checked against the units'. ``table`` changes."""
    ratio, numerator, denominator = share
    kinds = {c.label: c.name for c in table.columns}
    if kinds.get(numerator) == "realisation" and kinds.get(denominator) == "target":
        return []
    paths = dict(table.others)
    index = {f"#{table.grid.cell_name(table.header_row, j)}": j for j in table.grid.cells.columns}
    header = {label: " › ".join(paths[label]) if label in paths else table.column(label).header for label in share}
    renamed = {}
    for label, role in ((numerator, "numerator"), (denominator, "denominator")):
        if label in kinds:  # a figure of the share is no value of the indicator (SASARAN is the people to serve, no goal)
            column = table.column(label)
            table.columns.remove(column)
            renamed[label] = f"#{table.grid.cell_name(table.header_row, column.index)}"
            table.others.append((renamed[label], column.path))
        _record_as(table, renamed.get(label, label), Pair(f"({role} dari persentasenya, tidak dipakai)", f"({role} of the share, not used)"))
    if ratio in kinds:
        column = table.column(ratio)
        reached = replace(column, name="realisation", how=SHARE_OF_FIGURES)
    else:
        path = paths[ratio]
        reached = Column("realisation", None, path[-1], index[ratio], path, SHARE_OF_FIGURES)
        table.others.remove((ratio, path))
    table.columns = [c for c in table.columns if c.label != ratio] + [reached]
    renamed[ratio] = reached.label
    _record_as(table, ratio if ratio.startswith("#") else f"#{table.grid.cell_name(table.header_row, reached.index)}",
               reached.label)
    table.frame = table.frame.rename(columns=renamed)
    notes = []
    convention = {label: column_convention(units[label]) for label in share}
    for label in (numerator, denominator):
        stated = _figure(total[label], convention[label])
        parts = [x for x in (_figure(v, convention[label]) for v in units[label]) if x is not None]
        if stated is not None and parts and abs(stated - sum(parts)) > 1e-6 * max(1.0, abs(stated)):
            notes.append(note("warning", "sum_mismatch", location(table, int(total["_row"])),
                              f"{indicator}: baris jumlah menyatakan {clean_text(total[label])} pada '{header[label]}', sedangkan "
                              f"jumlah baris unitnya {format_number(sum(parts), 2)}",
                              f"{indicator}: the total row states {clean_text(total[label])} in '{header[label]}', while its "
                              f"units' rows add up to {format_number(sum(parts), 2, 'en')}"))
    stated, top, bottom = (_figure(total[label], convention[label]) for label in share)
    if stated is not None and top is not None and bottom and abs(stated - 100 * top / bottom) > _precision(total[ratio]) + 1e-9:
        notes.append(note("warning", "sum_mismatch", location(table, int(total["_row"])),
                          f"{indicator}: baris jumlah menyatakan {clean_text(total[ratio])} pada '{header[ratio]}', sedangkan "
                          f"100 × '{header[numerator]}' / '{header[denominator]}' barisnya {format_number(100 * top / bottom, 2)}",
                          f"{indicator}: the total row states {clean_text(total[ratio])} in '{header[ratio]}', while 100 × "
                          f"'{header[numerator]}' / '{header[denominator]}' on it is {format_number(100 * top / bottom, 2, 'en')}"))
    return notes


def _record_as(table: Table, label: str, field: Text, how: str = SHARE_OF_FIGURES) -> None:
    """Say in the table's record that the column ``label`` (``#D5``) is read as ``field``, as ``how`` tells."""
    if table.record is None:
        return
    cell = label.removeprefix("#")
    found = [entry for entry in table.record.columns if entry[0] == cell]
    path = found[0][1] if found else next((h for c, h in table.record.unused if c == cell), "")
    table.record.columns = [entry for entry in table.record.columns if entry[0] != cell] + [(cell, path, field, how)]
    table.record.unused = [entry for entry in table.record.unused if entry[0] != cell]


_PERCENT_UNITS = frozenset({"%", "persen", "(%)"})


def _unit_of_targets(reached: pd.Series, targets: list[pd.Series]) -> str | None:
    """The unit every value of a capaian column is written with when it is the unit of its row's target (``232 Org``
    beside ``232 Org``, ``2 Desa/Kel`` beside ``4 Desa/Kel``): such a column is the value reached, which a percentage
    of the target never is. None when a value is a bare number, a percentage, or in another unit than its target.

    Example:
        >>> target = pd.Series(["232 Org", "4 Desa/Kel", "3 dok"])
        >>> _unit_of_targets(pd.Series(["232 Org", "2 desa/kel", "-"]), [target])
        'Org'
        >>> _unit_of_targets(pd.Series(["232 Org", "50%", None]), [target]), _unit_of_targets(pd.Series([100, 50, 1]), [target])
        (None, None)
    """
    units = []
    for i, value in reached.items():
        if is_no_value(value):
            continue
        unit = _unit_written(value)
        if unit is None or not any(unit.casefold() == (_unit_written(target[i]) or "").casefold() for target in targets):
            return None
        units.append(unit)
    return units[0] if units else None


def _unit_written(raw: object) -> str | None:
    """The unit written after the number of a value cell (``4 Desa/Kel`` → 'Desa/Kel'); None for a bare number, a
    percentage or a cell that is no value with a unit."""
    match = _VALUE.match(clean_text(raw)) if isinstance(raw, str) and not is_no_value(raw) else None
    unit = match.group(2) if match else ""
    return unit if unit and unit.casefold() not in _PERCENT_UNITS and any(c.isalpha() for c in unit) else None


def _assumed_years(table: Table, year: int, notes: list[dict[str, str]]) -> dict[str, int]:
    """The build year for each year-less target, realisation or capaian column (``Target``, ``Realisasi``) of a table
    that has no column of that kind for the build year; a note says so."""
    assumed = {}
    for column in table.columns:
        if column.year is None and column.name in ("target", "realisation", "stated_capaian") and year not in table.years(column.name):
            assumed[column.label] = year
    if assumed:
        headers = ", ".join(f"'{table.column(label).header}'" for label in assumed)
        notes.append(note("info", "year_assumed", location(table, table.header_row, next(iter(assumed))),
                          f"Kolom tanpa tahun ({headers}) dibaca sebagai tahun {year}, tahun laporan",
                          f"Columns without a year ({headers}) read as {year}, the report's year"))
    return assumed


def _empty_kinds(values: pd.DataFrame, year: int, file: str) -> list[dict[str, str]]:
    """A warning for a target or a realisation of the report's year that no indicator has: a column not found, or
    found and empty, would otherwise give a report of empty capaian without a word."""
    notes = []
    this_year = values[values["year"].eq(year).fillna(False).astype(bool)]
    for kind, name_id, name_en in (("target", "target", "target"), ("realisation", "realisasi", "realisation")):
        cells = this_year[this_year["kind"].eq(kind)]
        if cells.empty or not (cells["value"].notna() | cells["text"].map(lambda t: not is_no_value(t))).any():
            where = cells["location"].iloc[0] if len(cells) else file
            notes.append(note("warning", "field_empty", where, f"Tidak ada nilai {name_id} tahun {year} untuk indikator mana pun: "
                              f"kolom {name_id} {year} tidak ditemukan atau kosong",
                              f"No indicator has a {name_en} for {year}: the {name_en} column for {year} is missing or empty"))
    return notes


def _missing_targets(indicators: pd.DataFrame, values: pd.DataFrame, year: int, said: set[str]) -> list[dict[str, str]]:
    """A warning for each indicator whose target cell of the report's year is empty while other indicators have
    theirs: its capaian cannot be computed (a Renstra row that plans only money for the year). When no indicator has
    one, :func:`_empty_kinds` says so once; a cell that states there is none (``NA``, ``-``) is no omission, nor is a
    cell in ``said`` (an Excel error, ``Belum diukur``: its own warning names it)."""
    targets = values[values["kind"].eq("target") & values["year"].eq(year).fillna(False).astype(bool)]
    # an empty cell, not one that states there is none ('NA', '-')
    empty = targets["text"].map(lambda text: not isinstance(text, str) or not clean_text(text)).astype(bool)
    empty &= ~targets["location"].isin(said)
    missing = targets["value"].isna() & empty
    if missing.all():
        return []
    names = dict(zip(indicators["id"], indicators["indicator"]))
    return [note("warning", "target_missing", cell,
                 f"{names[ident]}: tidak ada target {year} (sel kosong), capaiannya tidak dapat dihitung; isi targetnya "
                 f"di kolom 'Target {year}'",
                 f"{names[ident]}: no target for {year} (the cell is empty), so its capaian cannot be computed; write its "
                 f"target in the 'Target {year}' column")
            for ident, cell in zip(targets.loc[missing, "id"], targets.loc[missing, "location"])]


def _check_year(table: Table, year: int, problems: list[Problem], assumed: dict[str, int]) -> None:
    for name in ("target", "realisation"):
        years = table.years(name)
        if any(table.column(label).name == name for label in assumed):
            continue
        if years:
            if year not in years:
                column = next(c for c in table.columns if c.name == name and c.year is not None)
                problems.append(table.grid.problem(table.header_row, column.index, column.header,
                                                   expects("columns_for_year", year=year, years=", ".join(map(str, years)))))
            return


def _table(table: Table, offset: int, problems: list[Problem], assumed: dict[str, int],
           notes: list[dict[str, str]], year: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    value_columns = [c for c in table.columns if c.name in VALUE_KINDS]
    for column in value_columns:
        if (at := assumed.get(column.label, column.year) or year) is not None and _stacks_years(table.frame[column.label]):
            # '2025 79\n2026 81 …': a five-year page copied cell by cell, each box a line per year; the column's is read
            cells = table.frame[column.label]
            first = next(cell for cell in cells if isinstance(cell, str) and cell.strip())
            lines = "', '".join(clean_text(line) for line in first.splitlines()[:2])
            table.frame[column.label] = cells.map(lambda cell, at=at: _line_of_year(cell, at))
            notes.append(note("info", "years_stacked", location(table, table.header_row, column.label),
                              f"Sel kolom '{column.header}' memuat satu baris per tahun ('{lines}' …): dibaca baris tahun {at}",
                              f"The cells of '{column.header}' hold one line per year ('{lines}' …): the line of {at} is read"))
    frame = _named_across(table, table.frame.copy(), [c.label for c in value_columns])
    # another year's values are context: a stated average under them is not checked (a 'Capaian Kinerja Tahun 2015'
    # column holding that year's rates, the average row the capaian's)
    frame = _summary_rows(table, frame, [c.label for c in value_columns if not _context_year(c, assumed, year)], notes)
    frame, stacked = _stacked_indicators(table, frame, [c.label for c in value_columns], problems, notes)
    # the unit written in a value cell ('6 Jenis') is the target's of the year, else its realisation's, else any other's:
    # a baseline may be counted otherwise ('12 bulan' of a Renstra's starting state)
    by_unit = sorted(value_columns, key=lambda c: (assumed.get(c.label, c.year) != year or c.name not in ("target", "realisation"),
                                                    list(VALUE_KINDS).index(c.name)))
    # a row naming a group with no value at all (a sasaran over its indicators, "a. Kesehatan Ibu") is a heading
    empty = frame[[c.label for c in value_columns]].map(is_no_value).all(axis=1) if value_columns else pd.Series(False, index=frame.index)
    named = frame["indicator"].map(lambda v: not is_no_value(v))
    valued = named & ~empty
    # … but indicators stacked in one cell are no group's name, each is an indicator, valued or not
    headings = named & empty & valued.any() & ~stacked
    # … but a row with no value after the last valued one heads nothing: when it fills another column (a formula) as
    # the valued rows do, it is an indicator left empty (the EKPPD's drop-out rates under their Rumus)
    described = _described(frame, {c.label for c in value_columns})
    headings &= ~(~valued[::-1].cummax()[::-1] & described & (valued & described).any())
    # … nor, where every named row states its unit of measure, does a row with no value: it is an indicator not
    # reported (an open-data grid's IKK with its '%' and an empty 'Nilai'); but where the rows are units (a Rincian
    # Output 'PER SATKER'), a heading names what its rows measure, with its unit
    if "unit" in frame.columns and not frame.loc[named, "unit"].map(is_no_value).any() and not _named_per_unit(table):
        headings &= frame["unit"].map(is_no_value).astype(bool)
    if "code" in frame.columns and headings.any():
        headings &= ~_among_siblings(frame, named)
    per_unit = bool(headings.any()) and _named_per_unit(table)
    if per_unit:
        frame = _measured_by_heading(table, frame, headings, named, notes)
    if "goal" not in frame.columns and headings.any() and not per_unit:
        frame["goal"] = frame["indicator"].where(headings)
    elif headings.any() and not per_unit:
        frame["goal"] = frame["goal"].where(~headings, frame["indicator"].where(frame["goal"].map(is_no_value) & headings, frame["goal"]))
    # merged cells in the grouping columns arrive as one value and blanks below it; a heading's code is the heading's
    # (an urusan, a sasaran), never its indicators': a code fills down only from an indicator, until the next heading
    for label in ("code", "level", "goal", "program"):
        if label in frame.columns:
            cells = frame[label].map(lambda v: None if is_no_value(v) else v)
            frame[label] = cells.where(~headings).groupby(headings.cumsum()).ffill() if label == "code" else cells.ffill()
    # a row with figures and no indicator name is not read, never silently: which indicator they are cannot be told
    for _, row in frame[~named & ~empty].iterrows():
        figures = ", ".join(f"'{clean_text(row[c.label])}'" for c in value_columns if not is_no_value(row[c.label]))
        notes.append(note("info", "rows_aside", location(table, int(row["_row"])),
                          f"Baris ini memuat angka ({figures}) tanpa nama indikator: tidak dibaca (tidak dapat diketahui "
                          "milik indikator mana)",
                          f"This row holds figures ({figures}) with no indicator name: not read (which indicator they "
                          "belong to cannot be told)"))
    frame = frame[named & ~headings]
    if frame.empty:
        problems.append(table.problem(table.header_row + 1, None, None, expects("indicator_rows")))
        return pd.DataFrame(columns=INDICATOR_COLUMNS), pd.DataFrame(columns=VALUE_COLUMNS)
    sheet_level = _level(table.grid.sheet) or "sasaran"
    grouped = _groups_by_comma(table.frame)
    conventions = {c.label: column_convention(table.frame[c.label].map(_unbound).map(grouped)) or INDONESIAN
                   for c in value_columns}
    scales = ordinal_scales()
    rows, values = [], []
    marked: list[str] = []
    for n, (_, row) in enumerate(frame.iterrows(), start=offset + 1):
        excel_row = int(row["_row"])
        ident = f"I{n:02d}"
        printed = clean_text(row["indicator"])
        name = without_marker(printed)  # 'a. Roe', '1) Cakupan': the list's marker is no part of the name
        if name != printed:
            marked.append(printed)
        target_texts = [row[c.label] for c in table.columns if c.name in ("target", "realisation") and not is_no_value(row[c.label])]
        scale = _scale(row.get("scale"), target_texts, scales, table, excel_row, problems)
        stated = tuple(b for b in (_bound(t) for t in target_texts) if b)
        bound = next(iter(stated), None) or name_bound(name)
        polarity = _polarity(row.get("polarity"), scale, table, excel_row, problems, name, notes, bound, stated,
                             _counted_in(target_texts, row.get("unit")))
        unit = _text(row.get("unit"))
        written: dict[str, str] = {}
        start = len(values)  # where this indicator's values begin
        for column in value_columns:
            raw = row[column.label]
            as_written = raw  # the cell as written, whatever part of it is read
            if error := excel_error(raw):
                notes.append(_no_value_note("excel_error", table, excel_row, column.label, name, error))
                raw = None
            elif not _is_number(raw) and not _VALUE.match(clean_text(raw)) and not_measured(raw):
                # 'Diukur di TW IV': a value of a later period, none yet (a number with words, '93 %', is its number)
                notes.append(_no_value_note("not_measured", table, excel_row, column.label, name, clean_text(raw)))
                raw = None
            elif polarity != "ordinal" and isinstance(raw, str) and (span := _RANGE.match(clean_text(raw))):
                # a target stated as a range ('80-85 %') is reached at its near end: the lower for an indicator to
                # raise, the upper for one to lower; read as that end, the other said (it was read as 80 with the
                # unit '-85')
                end = span.group(1) if polarity == "positive" else span.group(2)
                notes.append(_no_value_note("value_range", table, excel_row, column.label, name, clean_text(raw),
                                            end=end, side=("bawah", "lower") if polarity == "positive" else ("atas", "upper")))
                raw = f"{end} {span.group(3)}".strip()
            elif is_yes_no(raw) and not (polarity == "ordinal" and _grade(raw, scales.get(scale or "", {}))):
                # 'ada' ('there is [data]') where a figure should be: an answer, which no capaian can be computed from
                notes.append(_no_value_note("yes_no_value", table, excel_row, column.label, name, clean_text(raw)))
                raw = None
            unread: list[Problem] = []
            if polarity != "ordinal" and labelled(raw) and not _bound(raw):
                # 'R4 : 11 Unit': a count of one class (four-wheeled vehicles), not the indicator's figure; kept as
                # written, as a grade is, and no capaian is computed from it; its unit is still the indicator's
                notes.append(_no_value_note("labelled_value", table, excel_row, column.label, name, clean_text(raw)))
                number, rest = float("nan"), _VALUE.match(re.split(r"[:=]", clean_text(raw), maxsplit=1)[1]).group(2)
            else:
                number, rest = _value(grouped(raw), polarity, conventions[column.label], table, excel_row, column.label, unread,
                                      scales.get(scale or "", {}))
            if unread and _context_year(column, assumed, year):
                # another year's value is context (last year's realisation, a later target): no capaian of the report
                # is computed from it, so one that cannot be read is no value, said, and the file is still read
                words = _VALUE.match(clean_text(raw)) is None  # 'Indikator baru di tahun 2016': says why there is none
                notes.append(_no_value_note("other_year_text" if words else "other_year_unread", table, excel_row,
                                            column.label, name, clean_text(raw)))
                raw, unread = None, []
            problems += unread
            written[column.label] = rest
            text = None if raw is None else clean_text(as_written)
            values.append((ident, VALUE_KINDS[column.name], assumed.get(column.label, column.year), number, text,
                           location(table, excel_row, column.label)))
        if polarity == "positive" and is_no_value(row.get("polarity")) and bound is None \
                and (why := _lower_by_figures(values[start:], year)) is not None:
            polarity = "negative"
            notes.append(note("warning", "polarity_inferred", location(table, excel_row),
                              f"{name}: polaritasnya tidak dinyatakan; {why.id}, maka dibaca sebagai negatif (makin kecil "
                              "makin baik). Jika salah, tulis polaritasnya (Positif/Negatif) di kolom 'Polaritas'",
                              f"{name}: no polarity is given; {why.en}, so it is read as negative (lower is better). If that "
                              "is wrong, state the polarity (Positif/Negatif) in a 'Polaritas' column"))
        # "2 Aplikasi" names its unit when no Satuan column does
        unit = unit or next((written[c.label] for c in by_unit if written.get(c.label)), None)
        level = _level(row.get("level")) or sheet_level
        goal = _text(row.get("goal"))
        rows.append((ident, level, _text(row.get("code")), goal, name, _text(row.get("formula")),
                     unit, polarity, scale, _text(row.get("program")), location(table, excel_row),
                     _text(row.get("analysis")), _text(row.get("obstacles")), _text(row.get("actions")),
                     _text(row.get("source"))))
    if marked:
        notes.append(note("info", "markers_stripped", table.where,
                          f"{len(marked)} nama indikator diawali penanda daftar (mis. '{marked[0]}'): dibaca tanpa penandanya",
                          f"{len(marked)} indicator names start with a list marker (such as '{marked[0]}'): read without it"))
    values_frame = pd.DataFrame(values, columns=VALUE_COLUMNS)
    values_frame["year"] = values_frame["year"].astype("Int64")
    values_frame["value"] = values_frame["value"].astype(float)
    return pd.DataFrame(rows, columns=INDICATOR_COLUMNS), values_frame


#: the break between the parts of a cell stacking a line's indicators: an empty line (a page's ``<br><br>`` pasted)
_STACK_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def _stack_parts(cell: object) -> list[str | None]:
    """A cell's parts between empty lines, each stripped, None where a part is empty; one part for any other cell.

    Example:
        >>> _stack_parts("Angka Kematian Ibu \\n\\n Angka Kematian Bayi"), _stack_parts(" \\n\\n  \\n\\n 3")
        (['Angka Kematian Ibu', 'Angka Kematian Bayi'], [None, None, '3'])
        >>> _stack_parts("Jumlah desa\\nmandiri"), _stack_parts(12)
        (['Jumlah desa\\nmandiri'], [12])
    """
    if not isinstance(cell, str):
        return [cell]
    return [part.strip() or None for part in _STACK_BREAK.split(cell)]


#: the break between the figures of a cell listing one per indicator: a comma and a space ('90, 12', as an export
#: implodes a program's indicators with ', '); a comma before a digit with no space is a decimal comma ('90,12')
_LIST_BREAK = re.compile(r",[ \t\u00a0]+")


def _listed(cell: object) -> list[str] | None:
    """The figures of a value cell that lists several parted by ', ' (``'90, 12'``), each as written (a part that
    states there is none, ``N/A``, kept); None for any other cell, a decimal comma (``'90,12'``) included.

    Example:
        >>> _listed("90, 12"), _listed("20, N/A"), _listed("90,12"), _listed("Rp 1.000, Rp 2.000"), _listed(90)
        (['90', '12'], ['20', 'N/A'], None, ['Rp 1.000', 'Rp 2.000'], None)
        >>> _listed("80 (baik, sesuai target)") is None
        True
    """
    if not isinstance(cell, str):
        return None
    parts = [part.strip() for part in _LIST_BREAK.split(clean_text(cell))]
    figures = [bool(_FIGURE_START.match(part)) for part in parts]
    if len(parts) < 2 or not any(figures) or not all(f or is_no_value(part) for f, part in zip(figures, parts)):
        return None
    return parts


def _list_parts(cell: object, count: int) -> list[object] | None:
    """A cell's parts between ', ' when it has ``count`` of them, each stripped (None where a part states there is
    none); None otherwise, so that the cell stays whole."""
    if not isinstance(cell, str):
        return None
    parts = [part.strip() for part in _LIST_BREAK.split(clean_text(cell))]
    if len(parts) != count or not all(parts):
        return None
    return [None if is_no_value(part) else part for part in parts]


def _stacked_indicators(table: Table, frame: pd.DataFrame, values: list[str], problems: list[Problem],
                        notes: list[dict[str, str]]) -> tuple[pd.DataFrame, pd.Series]:
    """``frame`` with each row whose indicator cell stacks several indicators between empty lines (wp-sipd's Renstra
    monev: a line's indicators joined by two line breaks, their targets and units stacked alike), or lists them parted
    by ', ' beside value cells listing as many figures so (an export imploding a program's indicators: 'Persentase …,
    Jumlah …' beside '90, 12'), split into one row per indicator, each cell's part of the same rank in it; and which
    rows came from such a cell. A row is split only when every filled value cell has as many parts as the indicator's:
    a figure written once beside two indicators says no one's, and is a problem at that cell. A value cell listing
    figures beside an indicator cell that does not list as many names (a name may hold a comma of its own) is a
    problem too: '90, 12' is two figures, never one number. A note says what was split."""
    rows: list[pd.Series] = []
    stacked: list[bool] = []
    split = listed = 0
    for _, row in frame.iterrows():
        names = _stack_parts(row["indicator"])
        cells = {c: _stack_parts(row[c]) for c in frame.columns if c not in ("indicator", "_row")}
        lists = {c: _listed(row[c]) for c in values if c in cells}
        if len(names) < 2 and any(lists.values()):
            # no empty line parts the name: the figures listed with ', ' say how many indicators the row holds
            count = len(next(parts for parts in lists.values() if parts))
            parted = _list_parts(row["indicator"], count)
            filled = [c for c in values if c in cells and not is_no_value(row[c])]
            uneven = [c for c in filled if len(lists[c] or [row[c]]) != count]
            if parted is None or None in parted or uneven:
                if parted is None or None in parted:
                    # the name does not list as many (or holds a comma of its own): the figures are no one's
                    first = next(c for c in filled if lists[c])
                    problems.append(table.problem(int(row["_row"]), first, row[first],
                                                  expects("number_not_list", count=count, cell=clean_text(row[first]))))
                else:
                    for c in uneven:  # a figure written once beside the listed ones says no one's
                        problems.append(table.problem(int(row["_row"]), c, row[c], expects("listed_alike", count=count)))
                for c in filled:  # said above for the row; read as one number each, they would be said again
                    row[c] = None
                rows.append(row)
                stacked.append(False)
                continue
            names = parted
            cells = {c: _list_parts(row[c], count) or [row[c]] for c in cells}
            listed += 1
        else:
            uneven = [c for c in values if c in cells and not is_no_value(row[c]) and len(cells[c]) != len(names)]
            if len(names) < 2 or None in names or uneven:
                for c in uneven if len(names) >= 2 and None not in names else []:
                    problems.append(table.problem(int(row["_row"]), c, row[c], expects("stacked_alike", count=len(names))))
                rows.append(row)
                stacked.append(False)
                continue
            split += 1
        for k, name in enumerate(names):
            part = row.copy()
            part["indicator"] = name
            for c, parts in cells.items():
                if len(parts) == len(names):
                    part[c] = parts[k]
            rows.append(part)
            stacked.append(True)
    if not split and not listed:
        return frame, pd.Series(False, index=frame.index)
    if split:
        notes.append(note("info", "indicators_stacked", location(table, table.header_row, "indicator"),
                          f"{split} sel indikator memuat beberapa indikator dipisah baris kosong, beserta nilai-nilainya yang "
                          "bertumpuk sama: dibaca satu indikator per bagian",
                          f"{split} indicator cells hold several indicators parted by empty lines, their values stacked "
                          "alike: read as one indicator per part"))
    if listed:
        notes.append(note("info", "indicators_listed", location(table, table.header_row, "indicator"),
                          f"{listed} sel indikator memuat beberapa indikator dipisah ', ', beserta nilai-nilainya yang "
                          "didaftar sama ('90, 12'): dibaca satu indikator per bagian",
                          f"{listed} indicator cells list several indicators parted by ', ', their values listed alike "
                          "('90, 12'): read as one indicator per part"))
    # column by column in the frame's own types: an empty part stays None, as an empty cell is
    out = pd.DataFrame({c: pd.Series([row[c] for row in rows], dtype=frame[c].dtype) for c in frame.columns})
    return out, pd.Series(stacked, index=out.index)


def _named_across(table: Table, frame: pd.DataFrame, values: list[str]) -> pd.DataFrame:
    """``frame`` with the name of each heading written from a cell left of the indicator column across it (from the
    No. column, ``A5:C5``): the merge's text is the row's name, not its code. A heading has no value and rows with
    values under it. A row merged so with values, or after the last valued row, is named by its merge only when the
    text sums the indicators up or states their category (``Rata-Rata Persentase Capaian Sasaran`` over ``NO`` …
    ``REALISASI`` with its value in the capaian column, ``KATEGORI PENILAIAN : BAIK`` across the table:
    :func:`~lakip_lib.loading.recognise.is_summary_label`, :func:`~lakip_lib.loading.recognise.rows.is_score_summary`),
    so that :func:`_summary_rows` checks and notes it; any other such row (a footer, a source line) is left as it
    is."""
    column = next((c for c in table.columns if c.name == "indicator"), None)
    if column is None or column.how == ACROSS or column.index not in table.grid.cells.columns or not table.grid.merged:
        return frame
    empty = frame[values].map(is_no_value).all(axis=1)
    above_values = (~empty)[::-1].cummax()[::-1].shift(-1, fill_value=False)
    heading = empty & above_values
    labels = {c.index: c.label for c in table.columns}
    for i in frame.index[frame["indicator"].map(is_no_value)]:
        row = int(frame.at[i, "_row"])
        merge = table.grid.merged_over(row, column.index)
        if merge is None or merge[1] >= column.index or merge[0] != row:
            continue
        text = table.grid.cells.iat[row, merge[1]]
        if not isinstance(text, str) or is_no_value(text) or _VALUE.match(clean_text(text)):
            continue
        if heading[i] or is_summary_label(text) or is_score_summary(text):
            frame.at[i, "indicator"] = text
            if merge[1] in labels:
                frame.at[i, labels[merge[1]]] = None
    return frame


def _named_per_unit(table: Table) -> bool:
    """Whether the indicator column's header says its rows are units (``RINCIAN OUTPUT (RO) PER SATKER``, ``… per
    Puskesmas``: ``unit_words.csv``).

    Example:
        >>> from types import SimpleNamespace as N
        >>> _named_per_unit(N(columns=[N(name="indicator", header="RINCIAN OUTPUT (RO) PER SATKER")]))
        True
        >>> _named_per_unit(N(columns=[N(name="indicator", header="Jumlah dokumen per tahun")]))
        False
    """
    headers = " ".join(clean_text(c.header).lower() for c in table.columns if c.name == "indicator")
    return any(re.search(rf"\bper\s+{re.escape(word)}\b", headers) for word in unit_words())


def _measured_by_heading(table: Table, frame: pd.DataFrame, headings: pd.Series, named: pd.Series,
                         notes: list[dict[str, str]]) -> pd.DataFrame:
    """``frame`` with each row under a heading named by it: in a table whose name column lists units (``… PER
    SATKER``), a heading row names what is measured (a Rincian Output, its unit in the Satuan column) and the rows under
    it give its figures for one unit each (``KEJAKSAAN NEGERI PESISIR SELATAN``). One unit under a heading is the
    heading's indicator; several are one indicator each, the heading's name and the unit's. An ``info`` note says so."""
    measured = frame["indicator"].where(headings).ffill()
    units = named & ~headings & measured.notna()
    if not units.any():
        return frame
    frame = frame.copy()
    shared = units.groupby(headings.cumsum()).transform("sum")
    unit_names = frame.loc[units, "indicator"].map(clean_text)
    frame.loc[units, "indicator"] = [clean_text(m) if n == 1 else f"{clean_text(m)} – {u}"
                                     for m, u, n in zip(measured[units], unit_names, shared[units])]
    if "unit" in frame.columns:
        # the heading's Satuan is its figures' where the unit's row leaves it empty
        said = frame["unit"].where(headings).ffill()
        frame.loc[units, "unit"] = frame.loc[units, "unit"].where(~frame.loc[units, "unit"].map(is_no_value), said[units])
    header = next(c.header for c in table.columns if c.name == "indicator")
    shown = ", ".join(unit_names.drop_duplicates().head(3)) + (" …" if unit_names.nunique() > 3 else "")
    notes.append(note("info", "units_per_row", table.where,
                      f"Kolom '{header}' memuat unit ({shown}) di bawah judul kelompok: tiap baris dibaca sebagai indikator "
                      "judul kelompoknya, dengan angka unit tersebut",
                      f"'{header}' lists units ({shown}) under group headings: each row is read as its heading's "
                      "indicator, with that unit's figures"))
    return frame


#: one line of a cell stacking years: the year, then its value ('2025 79', '2026 -')
_YEAR_LINE = re.compile(r"^\s*((?:19|20)\d{2})\s*[:=]?\s+(\S.*?)\s*$")


def _stacks_years(cells: pd.Series) -> bool:
    r"""Whether a value column's filled cells each hold two lines or more, every line a year and its value, the years
    distinct (a five-year plan's targets in one cell).

    Example:
        >>> _stacks_years(pd.Series(["2025 79\n2026 81", "2025 BB\n2026 A", None]))
        True
        >>> _stacks_years(pd.Series(["79\n(indeks)", "2025 79"]))
        False
    """
    filled = [c for c in cells if isinstance(c, str) and c.strip()]
    if not filled:
        return False
    for cell in filled:
        lines = [line for line in cell.splitlines() if line.strip()]
        years = [m.group(1) for m in map(_YEAR_LINE.match, lines) if m]
        if len(lines) < 2 or len(years) != len(lines) or len(set(years)) != len(years):
            return False
    return True


def _line_of_year(cell: object, year: int) -> object:
    """The value on the line of ``year`` of a cell stacking years; None when the cell has no line for it."""
    if not isinstance(cell, str):
        return cell
    found = (m for m in map(_YEAR_LINE.match, cell.splitlines()) if m and int(m.group(1)) == year)
    return next((m.group(2) for m in found), None)


#: kinds of value read for a year of its own, of which only the report's year's feed its capaian (a Renstra end target
#: feeds the progress against the Renstra, whatever its year)
_CONTEXT_KINDS = frozenset({"target", "realisation", "stated_capaian", "baseline"})


def _context_year(column: Column, assumed: dict[str, int], year: int | None) -> bool:
    """Whether ``column`` holds values of a stated year other than the report's ``year`` (``2015 › Target`` in the
    2016 report), which the report shows as history at most; a column of no year, or of one assumed to be the
    report's, is never one.

    Example:
        >>> from lakip_lib.loading.recognise import Column
        >>> last = Column("target", 2015, "2015 Target", 1, ("2015", "Target"), "alias")
        >>> _context_year(last, {}, 2016), _context_year(last, {}, 2015), _context_year(last, {}, None)
        (True, False, False)
    """
    stated = assumed.get(column.label, column.year)
    return year is not None and stated is not None and stated != year and column.name in _CONTEXT_KINDS


def _summary_rows(table: Table, frame: pd.DataFrame, value_labels: list[str], notes: list[dict[str, str]]) -> pd.DataFrame:
    """The frame without the rows that sum up the indicators above them (``Rata-Rata Capaian Kinerja Pada Sasaran
    Strategis 1`` in the indicator's column), with a note naming each: a stated average is no indicator. A row with a
    code of its own, in a table that codes its rows, is an indicator whatever its name. Each stated average (or
    total) is checked against the rows above it, up to the previous such row: an ``average_mismatch`` warning when it
    is not their mean (sum) at its printed precision."""
    scores = frame["indicator"].map(is_score_summary).astype(bool)
    summary = frame["indicator"].map(is_summary_label).astype(bool) | scores
    if "code" in frame.columns:
        summary &= frame["code"].map(is_no_value).astype(bool)
    if not summary.any():
        return frame
    top = 0
    for at in map(int, summary.to_numpy().nonzero()[0]):
        row, label = int(frame["_row"].iloc[at]), clean_text(frame["indicator"].iloc[at])
        above = frame.iloc[top:at]
        top = at + 1
        if scores.iloc[at]:
            # the weights' total or the category earned: not the values' sum, nothing to check against them
            notes.append(note("info", "rows_aside", location(table, row),
                              f"'{label}' menyatakan jumlah bobot/nilai atau kategori penilaian, bukan indikator: tidak dibaca",
                              f"'{label}' states the assessment's total weight or score or its category, it is no "
                              "indicator: not read"))
            continue
        notes.append(note("info", "rows_aside", location(table, row),
                          f"'{label}' meringkas indikator di atasnya (rata-rata atau jumlah capaian), bukan indikator: "
                          "tidak dibaca",
                          f"'{label}' sums up the indicators above it (their average or total capaian), it is no "
                          "indicator: not read"))
        reached = _computed_capaian(table, above)
        for column in value_labels:
            found = _stated_summary(frame[column].iloc[at], above[column], table.frame[column], label,
                                    reached if table.column(column).name == "stated_capaian" else None)
            if found is not None:
                stated, computed, how_id, how_en = found
                notes.append(note("warning", "average_mismatch", location(table, row, column),
                                  f"'{label}' menyatakan {stated} pada kolom '{table.column(column).header}', sedangkan "
                                  f"{how_id} baris di atasnya {format_number(computed, 2)}",
                                  f"'{label}' states {stated} in the '{table.column(column).header}' column, while the "
                                  f"{how_en} of the rows above it is {format_number(computed, 2, 'en')}"))
    return frame[~summary]


def _computed_capaian(table: Table, rows: pd.DataFrame) -> list[float] | None:
    """The capaian 100 × realisation / target of each of ``rows`` that gives both as numbers, when the table has one
    target and one realisation column and no such row's target is 0; None otherwise. What a stated average of the
    printed capaian is also checked against: the average may have been taken before they were rounded."""
    targets = [c.label for c in table.columns if c.name == "target"]
    reached = [c.label for c in table.columns if c.name == "realisation"]
    if len(targets) != 1 or len(reached) != 1 or rows.empty:
        return None
    out = []
    for target, value in zip(rows[targets[0]], rows[reached[0]]):
        t, r = _period_number(target), _period_number(value)
        if t is None or r is None or pd.isna(t) or pd.isna(r):
            continue  # a heading, a row with no value: no capaian, as it has none printed
        if t == 0:
            return None
        out.append(100 * r / t)
    return out or None


def _stated_summary(cell: object, above: pd.Series, whole: pd.Series, label: str,
                    computed_capaian: list[float] | None = None) -> tuple[str, float, str, str] | None:
    """A stated average (``Rata-rata``) or total that the cells above it do not give rounded at the cell's printed
    precision: (the cell as written, what they give, and what that is in Indonesian and English); None when it agrees
    or cannot be checked (a cell or a value above that is no number, no value above). A stated average of capaian
    also agrees when it is the mean of ``computed_capaian`` (the rows' own 100 × realisation / target) so rounded:
    it may have been taken before the printed capaian were rounded. A figure cut instead of rounded (``73,4`` for
    73,48) is no agreement, as a stated capaian cut so is not (``capaian_mismatch``)."""
    convention = column_convention(whole) or INDONESIAN
    try:
        stated = parse_number(cell, convention)
        parts = [parse_number(v, convention) for v in above]
    except ValueParseError:
        return None
    parts = [p for p in parts if p is not None]
    if stated is None or not parts:
        return None
    average = clean_text(label).lower().startswith("rata")
    computed = sum(parts) / len(parts) if average else sum(parts)
    written = clean_text(cell) if isinstance(cell, str) else repr(float(cell))
    decimals = re.search(r"[.,](\d+)\s*%?$", written)
    precision = 10.0 ** -(min(len(decimals.group(1)), 6) if decimals else 0)
    means = [computed] + ([sum(computed_capaian) / len(computed_capaian)] if average and computed_capaian else [])
    if any(abs(stated - mean) <= precision / 2 + 1e-9 for mean in means):  # rounded at the printed precision
        return None
    return (clean_text(cell) if isinstance(cell, str) else format_number(stated, 2), computed,
            "rata-rata" if average else "jumlah", "average" if average else "sum")


def _described(frame: pd.DataFrame, values: set[str]) -> pd.Series:
    """Which rows fill a column that is neither the indicator's name, a value, nor a grouping column (a formula, a
    unit, a column the table does not use)."""
    grouping = {"indicator", "goal", "code", "level", "program", "_row"}
    others = [c for c in frame.columns if c not in grouping and c not in values and not ("#" in c[1:] and c.split("#")[0] in values)]
    if not others:
        return pd.Series(False, index=frame.index)
    return frame[others].map(lambda v: not is_no_value(v)).any(axis=1)


#: a value cell read as no value, or as one of its figures (a range), by why: severity, and what the finding says in
#: Indonesian and English ({cell}: the cell's text or its Excel error). Each is said, never silent; yes/no answers and
#: ranges are ``info``: the indicator stays listed
_NO_VALUE = {
    "excel_error": ("warning", "sel '{header}' berisi galat Excel {cell} (rumusnya gagal dihitung), dibaca sebagai tanpa "
                    "nilai; perbaiki rumus atau isi nilainya",
                    "the '{header}' cell holds the Excel error {cell} (its formula failed), read as no value; fix the "
                    "formula or enter the value"),
    "not_measured": ("warning", "sel '{header}' berisi '{cell}' (belum diukur pada periode ini), dibaca sebagai tanpa "
                     "nilai; isi nilainya setelah diukur",
                     "the '{header}' cell says '{cell}' (not measured yet in this period), read as no value; enter the "
                     "value once it is measured"),
    "yes_no_value": ("info", "sel '{header}' berisi '{cell}' (jawaban ya/tidak, bukan angka), dibaca sebagai tanpa nilai; "
                     "isi angkanya bila indikator ini diukur dengan angka",
                     "the '{header}' cell says '{cell}' (a yes/no answer, not a figure), read as no value; enter the "
                     "figure if this indicator is measured by one"),
    "labelled_value": ("info", "sel '{header}' berisi '{cell}', angka satu golongan yang diberi label, bukan angka "
                       "indikator; dicantumkan sebagaimana tertulis dan capaiannya tidak dihitung; tulis angkanya saja "
                       "bila itulah nilai indikator",
                       "the '{header}' cell holds '{cell}', a figure of one class after its label, not the indicator's "
                       "figure; it is shown as written and no capaian is computed from it; write the figure alone if it "
                       "is the indicator's value"),
    "value_range": ("info", "sel '{header}' berisi rentang '{cell}', dibaca sebagai {end} (batas {side_id}, sesuai "
                    "polaritasnya); tulis satu angka bila yang dimaksud lain",
                    "the '{header}' cell holds the range '{cell}', read as {end} (its {side_en} end, as its polarity "
                    "says); write one figure if another is meant"),
    "other_year_text": ("info", "sel '{header}' berisi '{cell}', bukan angka; nilai tahun itu dibaca sebagai tanpa nilai "
                        "(capaian tahun laporan tidak dihitung darinya)",
                        "the '{header}' cell says '{cell}', not a figure; that year's value is read as no value (the "
                        "report year's capaian is not computed from it)"),
    "other_year_unread": ("warning", "sel '{header}' berisi '{cell}', angka yang tidak dapat dibaca; nilai tahun itu "
                          "dibaca sebagai tanpa nilai dan tidak tampil dalam perbandingan antartahun; perbaiki angkanya",
                          "the '{header}' cell holds '{cell}', a figure that cannot be read; that year's value is read "
                          "as no value and is missing from the comparison between years; correct the figure"),
}
#: a value stated as a range: its two ends and what follows them (``80 - 85 %``, ``3,5 s.d. 4``, ``10–15 hari``)
_RANGE = re.compile(r"^\s*(\d[\d.,]*)\s*(?:-|–|—|s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*(\d[\d.,]*)\s*(.*?)\s*$",
                    re.IGNORECASE)


def _no_value_note(check: str, table: Table, row: int, label: str, name: str, cell: str, end: str = "",
                   side: tuple[str, str] = ("", "")) -> dict[str, str]:
    """The finding of a value cell read as no value or as one of its figures (:data:`_NO_VALUE`: an Excel error,
    'Diukur di TW IV', 'ada', a range '80-85')."""
    severity, indonesian, english = _NO_VALUE[check]
    header = table.column(label).header
    fields = {"header": header, "cell": cell, "end": end, "side_id": side[0], "side_en": side[1]}
    return note(severity, check, location(table, row, label), f"{name}: {indonesian.format(**fields)}",
                f"{name}: {english.format(**fields)}")


def _level(value: object) -> str | None:
    if is_no_value(value):
        return None
    key = alias_key(value)
    return _LEVELS.get(key) or next((level for name, level in _LEVELS.items() if key.startswith(name) or name in key), None)


def _scale(value: object, targets: list[object], scales: dict[str, dict[str, int]], table: Table, row: int,
           problems: list[Problem]) -> str | None:
    if not is_no_value(value):
        name = alias_key(value)
        for scale in scales:
            if alias_key(scale) == name:
                return scale
        problems.append(table.problem(row, "scale", value, expects("ordinal_scale", scales=", ".join(sorted(scales)))))
        return None
    for target in targets:
        for scale, grades in scales.items():
            if _grade(target, grades):
                return scale
    return None


def _grade(value: object, grades: dict[str, int]) -> str | None:
    """The grade of a scale a cell names, compared without case or spacing (``bb`` → ``BB``)."""
    if not isinstance(value, str):
        return None
    key = alias_key(value)
    return next((grade for grade in grades if alias_key(grade) == key), None)


#: a bound stated inside an indicator's name (``… maksimal 1 % per bulan``, ``… minimal 24 jam per orang``): only the
#: words that state a limit, never ``kurang dari``/``di atas`` and the like, which a name uses to describe its population
#: (``balita usia kurang dari 5 tahun``)
_NAME_BOUND = re.compile(
    r"(?:(≤|=<|<=|\bmaks(?:imal|imum)?\b\.?|\bpaling\s+banyak\b|\btidak\s+lebih\s+dari\b)|"
    r"(≥|=>|>=|\bmin(?:imal|imum)?\b\.?|\bpaling\s+sedikit\b|\bsekurang[-\s]*kurangnya\b))\s*:?\s*(\d[\d.,]*\s*%?)",
    re.IGNORECASE)


def name_bound(name: str) -> tuple[str, str] | None:
    """The bound an indicator's name states before a number, when its target states none: ``upper`` for ``maksimal 1 %``
    (lower is better), ``lower`` for ``minimal 24 jam``; None for a name without one.

    Example:
        >>> name_bound("Tingkat kesalahan pencetakan dokumen maksimal 1 % per bulan")
        ('upper', 'maksimal 1 %')
        >>> name_bound("Peningkatan kompetensi pegawai minimal 24 jam per orang")
        ('lower', 'minimal 24')
        >>> name_bound("Cakupan balita usia kurang dari 5 tahun") is None, name_bound("Pelayanan maksimal") is None
        (True, True)
    """
    match = _NAME_BOUND.search(name)
    if match is None:
        return None
    return ("upper" if match.group(1) else "lower"), clean_text(match.group(0))


def _bound(value: object) -> tuple[str, str] | None:
    """Which bound a target states (``upper`` for ``≤ 5 %``, ``lower`` for ``Min 80 %``) and the bound as written."""
    match = _BOUND.match(value) if isinstance(value, str) else None
    if match is None or not any(ch.isdigit() for ch in value[match.end():]):
        return None
    return ("upper" if match.group(1) else "lower"), clean_text(value)


def _negative_by_capaian(values: list[tuple], year: int) -> str | None:
    """The stated capaian of ``year`` as printed, when it is what a lower-is-better indicator gets and not what a
    higher-is-better one does: (2·target − realisation) / target × 100 or target / realisation × 100, at the
    capaian's printed precision, and not realisation / target × 100. None otherwise: no such capaian, or it fits higher
    is better (a capaian of 100 fits both), or neither, which the capaian check reports.

    ``values`` are one indicator's (id, kind, year, number, text, location) rows.

    Example:
        >>> los = [("I01", "target", 2019, 5.0, "5", ""), ("I01", "realisation", 2019, 3.42, "3,42", "")]
        >>> _negative_by_capaian([*los, ("I01", "stated_capaian", 2019, 131.6, "131,60", "")], 2019)
        '131,60'
        >>> _negative_by_capaian([*los, ("I01", "stated_capaian", 2019, 68.4, "68,40", "")], 2019) is None
        True
    """
    of_year = {kind: (number, text) for _, kind, at, number, text, _ in values if at == year}
    if not {"target", "realisation", "stated_capaian"} <= of_year.keys():
        return None
    (target, _), (realised, _), (stated, printed) = of_year["target"], of_year["realisation"], of_year["stated_capaian"]
    if not all(isinstance(x, float) and math.isfinite(x) for x in (target, realised, stated)) or target <= 0 or realised <= 0:
        return None
    slack = 0.5 * 10.0 ** -printed_decimals(printed) + 1e-9

    def fits(pct: float) -> bool:
        return abs(stated - pct) <= slack

    if fits(realised / target * 100) or not (fits((2 * target - realised) / target * 100) or fits(target / realised * 100)):
        return None
    return clean_text(printed).rstrip("% ")


def _lower_by_figures(values: list[tuple], year: int) -> Pair | None:
    """Why one indicator's own figures say it is lower-is-better, in both languages: its printed capaian
    (:func:`_negative_by_capaian`) or its targets falling year by year (:func:`_falling_targets`); None when they
    do not."""
    if (printed := _negative_by_capaian(values, year)) is not None:
        return Pair(f"capaian tercantum {printed}% adalah capaian indikator yang makin kecil makin baik (bukan realisasi "
                    "dibagi target)",
                    f"the stated capaian {printed}% is what a lower-is-better indicator gets (not the realisation over "
                    "the target)")
    if (falling := _falling_targets(values)) is not None:
        return Pair(f"targetnya turun dari tahun ke tahun ({falling})", f"its targets fall year by year ({falling})")
    return None


def _falling_targets(values: list[tuple]) -> str | None:
    """The targets of three years or more as printed ('12 → 10 → 8'), when each is below the year's before: a plan
    that sets a lower target every year wants the figure lowered (a poverty rate, a count of cases). None otherwise:
    fewer years, a target that is no number, or one that does not fall.

    ``values`` are one indicator's (id, kind, year, number, text, location) rows.

    Example:
        >>> plan = [("I01", "target", y, t, f"{t:g}", "") for y, t in ((2022, 12.0), (2023, 10.0), (2024, 8.0))]
        >>> _falling_targets(plan)
        '12 → 10 → 8'
        >>> _falling_targets(plan[:2]) is None, _falling_targets([*plan, ("I01", "target", 2025, 8.0, "8", "")]) is None
        (True, True)
    """
    targets = sorted((year, number, text) for _, kind, year, number, text, _ in values
                     if kind == "target" and isinstance(year, int) and isinstance(number, float) and math.isfinite(number))
    if len(targets) < 3 or len({year for year, _, _ in targets}) != len(targets):
        return None
    if not all(later < earlier for (_, earlier, _), (_, later, _) in zip(targets, targets[1:])):
        return None
    return " → ".join(clean_text(text) for _, _, text in targets)


def _polarity(value: object, scale: str | None, table: Table, row: int, problems: list[Problem], name: str,
              notes: list[dict[str, str]], bound: tuple[str, str] | None = None,
              targets: tuple[tuple[str, str], ...] = (), counted: str | None = None) -> str:
    """An indicator's polarity: as its polarity column says; ordinal when its values are grades of a known scale
    (whatever the column says: ``Positif`` over ``BB``); else as its target's bound says (``≤ 5 %`` is lower is
    better, with a warning; ``Min 80 %`` higher); else negative when its name is in the lower-is-better lexicon
    (``lower_is_better.csv``), with a warning; else positive. ``counted`` is the unit its figures are counted in
    (``kali``; None for a percent or none): with one, a name stating the reduced state ('Berkurangnya jumlah
    keluhan') names the count itself (:func:`_lower_is_better`)."""
    if is_no_value(value):
        if scale:
            return "ordinal"
        upper = bound is not None and bound[0] == "upper"
        if bound is not None and not upper:
            return "positive"
        if upper or _lower_is_better(name, counted):
            # the bound is in the target (≤ 5 hari) or, when the target states none, in the name (… maksimal 1 %)
            state = next((w for w in re.findall(r"[a-z0-9]+", clean_text(name).lower()) if w in reduced_states()), None)
            why_id, why_en = ((f"targetnya '{bound[1]}' adalah batas atas, maka ", f"its target '{bound[1]}' is an upper bound, so it is ")
                              if upper and bound in targets else
                              (f"namanya menyatakan '{bound[1]}', batas atas, maka ", f"its name states '{bound[1]}', an upper bound, so it is ")
                              if upper else
                              (f"namanya menyatakan keadaan '{state}', tetapi angkanya dihitung dalam '{counted}', jadi "
                               "angka itu jumlahnya sendiri, bukan persentase penurunan, maka ",
                               f"its name states the state '{state}', but its figures are counted in '{counted}', so they "
                               "are the count itself, not a share of reduction, and it is ")
                              if state and counted else ("", ""))
            notes.append(note("warning", "polarity_inferred", location(table, row),
                              f"{name}: polaritasnya tidak dinyatakan; {why_id}dibaca sebagai negatif (makin kecil makin baik). "
                              "Jika salah, tulis polaritasnya (Positif/Negatif) di kolom 'Polaritas'",
                              f"{name}: no polarity is given; {why_en}read as negative (lower is better). If that is wrong, "
                              "state the polarity (Positif/Negatif) in a 'Polaritas' column"))
            return "negative"
        return "positive"
    polarity = _POLARITY.get(alias_key(value))
    if polarity is None:
        problems.append(table.problem(row, "polarity", value, expects("polarity")))
        return "positive"
    if polarity != "ordinal" and scale is not None:
        notes.append(note("info", "ordinal_inferred", location(table, row, "polarity"),
                          f"{name}: nilainya predikat skala {scale}, maka dibaca ordinal walaupun polaritasnya '{clean_text(value)}'",
                          f"{name}: its values are grades of the {scale} scale, so it is read as ordinal although its polarity "
                          f"says '{clean_text(value)}'"))
        return "ordinal"
    if polarity == "ordinal" and scale is None:
        problems.append(table.problem(row, "polarity", value, expects("ordinal_with_scale")))
    return polarity


def _lower_is_better(name: str, counted: str | None = None) -> bool:
    """Whether an indicator's name holds a phrase of the lower-is-better lexicon, its words in that order (other words
    may stand between them) and none of the words that cancel it.

    The order matters: 'waktu pelayanan' (a duration, to lower) is not 'pelayanan perizinan tepat waktu' (a share of
    services on time, to raise). A word naming the reduced state (``reduced_states.csv``: 'Berkurangnya …',
    'Menurunnya …') cancels the phrase only when the figures may be a share of reduction: when they are ``counted``
    in a unit of their own ('60 kali', '100 per 100.000 KH'), the name states the goal and the figure is the thing
    counted, to be lowered. 'Penurunan' (the act) cancels it always: '2 hari' of it may be the days saved.

    Example:
        >>> _lower_is_better("Rata-rata waktu pelayanan perizinan"), _lower_is_better("Persentase pelayanan perizinan tepat waktu")
        (True, False)
        >>> _lower_is_better("Angka Kematian Ibu"), _lower_is_better("Penurunan angka kematian ibu")
        (True, False)
        >>> _lower_is_better("Berkurangnya jumlah keluhan", "kali"), _lower_is_better("Berkurangnya jumlah keluhan")
        (True, False)
    """
    words = re.findall(r"[a-z0-9]+", clean_text(name).lower())
    present = set(words)
    if counted:
        present -= reduced_states()
    return any(_in_order(phrase, words) and not unless & present for phrase, unless in lower_is_better())


#: units that make a figure a share or a change of one, never a count of its own (``%`` has no letters and is none)
_SHARE_UNITS = frozenset({"persen", "prosen", "percent", "poin", "point", "pp"})


def _counted_in(texts: list[object], unit: object = None) -> str | None:
    """The unit an indicator's figures are counted in, from its Satuan cell or else the words after its figures
    ('60 kali' → 'kali'); None when there is none or it makes them a share ('%', 'persen', 'poin').

    Example:
        >>> _counted_in(["N/A", "60 kali"]), _counted_in(["3,1%"]), _counted_in([60], "Persen"), _counted_in([5])
        ('kali', None, None, None)
    """
    written = [clean_text(unit)] if not is_no_value(unit) else []
    written += [match.group(2) for t in texts if isinstance(t, str) and (match := _VALUE.match(clean_text(_unbound(t))))]
    for text in (t for t in written if t):
        words = re.findall(r"[^\W\d_]+", text.lower())  # the first unit written decides: '%' is a share
        return clean_text(text) if words and words[0] not in _SHARE_UNITS else None
    return None


def _in_order(phrase: tuple[str, ...], words: list[str]) -> bool:
    remaining = iter(words)
    return all(word in remaining for word in phrase)  # each membership test consumes the iterator up to the word


def _unbound(raw: object) -> object:
    """A value cell without the bound before its number (``>=76.61%`` → ``76.61%``), as :func:`_value` reads it: the
    number's style (decimal point or comma) is the number's.

    Example:
        >>> _unbound(">=76.61%"), _unbound("Maks. 5 hari"), _unbound(80)
        ('76.61%', '5 hari', 80)
    """
    return raw[_BOUND.match(raw).end():] if isinstance(raw, str) and _bound(raw) else raw


def _value(raw: object, polarity: str, convention: str, table: Table, row: int, label: str,
           problems: list[Problem], grades: dict[str, int]) -> tuple[float, str]:
    """The number in a value cell and the unit written after it (``2 Aplikasi`` → 2, "Aplikasi").

    "No value" (empty, ``-``, ``n/a``) is NaN, never 0; so is a grade (``BB``) of
    an ordinal indicator, whose text is its value.
    """
    if is_no_value(raw) or (polarity == "ordinal" and _grade(raw, grades)):
        return float("nan"), ""
    if _is_number(raw):
        return float(raw), ""
    if isinstance(raw, str) and sum(bool(_FIGURE_START.match(line)) for line in raw.splitlines()) > 1:
        # '80\n85' would read as 80 with the unit '85': two figures in one cell are two values, none of them certain
        problems.append(table.problem(row, label, raw, expects("number_one_line")))
        return float("nan"), ""
    raw = _unbound(raw)  # the bound's number is the target
    if isinstance(raw, str) and clean_text(raw) in ("%", "persen", "(%)"):
        return float("nan"), ""  # a percentage cell whose formula printed nothing but its sign
    match = _VALUE.match(clean_text(raw)) if isinstance(raw, str) else None
    expected = (expects("grade_or_number", grades=", ".join(grades) or "?") if polarity == "ordinal"
                else expects("number_with_unit"))
    try:
        if match is None:
            raise ValueParseError(raw, expected)
        number = parse_number(match.group(1), convention)
    except ValueParseError as err:
        problems.append(table.problem(row, label, raw, err.expected))
        return float("nan"), ""
    return float("nan") if number is None else number, match.group(2)


#: a number printed with commas between its thousands and nothing else can be read so: several groups or a decimal point
#: after them ('30,626,088,660.00', '1,250.5')
_COMMA_GROUPED = re.compile(r"^[0-9]{1,3}(?:(?:,[0-9]{3}){2,}(?:\.[0-9]+)?|,[0-9]{3}\.[0-9]+)$")
#: a figure with one comma before three digits ('56,391 kunjungan'): thousands, or a decimal with three places
_ONE_COMMA_GROUP = re.compile(r"^([0-9]{1,3}),([0-9]{3})(?![0-9.,])")


def _groups_by_comma(frame: pd.DataFrame) -> Callable[[object], object]:
    """How the table's cells are read before their numbers: a figure with one comma before three digits ('56,391') as
    thousands when some other cell of the table prints commas between thousands beyond doubt ('30,626,088,660.00': the
    table's own way); else every cell as it is, '56,391' then the decimal the Indonesian way reads. A comma before two
    digits ('73,59') is a decimal either way.

    Example:
        >>> frame = pd.DataFrame({"t": ["56,391", "73,59"], "rp": ["30,626,088,660.00", None]})
        >>> [_groups_by_comma(frame)(v) for v in frame["t"]], _groups_by_comma(frame[["t"]])("56,391")
        (['56391', '73,59'], '56,391')
    """
    cells = frame.to_numpy(dtype=object).ravel()
    if not any(isinstance(v, str) and _COMMA_GROUPED.match(clean_text(v)) for v in cells):
        return lambda value: value

    def grouped(value: object) -> object:
        if not isinstance(value, str) or not _ONE_COMMA_GROUP.match(text := clean_text(value)):
            return value
        return _ONE_COMMA_GROUP.sub(r"\1\2", text)

    return grouped


def _is_number(raw: object) -> bool:
    return isinstance(raw, (int, float)) and not isinstance(raw, bool)


def _text(value: object) -> str | None:
    return None if is_no_value(value) else clean_text(value)
