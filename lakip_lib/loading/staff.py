"""Loading staff data: a roster (one row per employee) or summary tables (rekap).

A roster is read as text straight into Arrow (from an .xlsx) and checked
column by column (NIP structure, duplicate NIPs within and across sheets,
gender against the NIP's gender digit, golongan, position type, education,
birth date against the NIP) with vector operations and each distinct
spelling parsed once, so a roster of a million rows loads in seconds. Summary tables (one row per golongan,
gender, education or position type, with ``Jumlah`` or ``L``/``P`` columns;
or one row of ``L | P | Jumlah``) are recognised by their values; their stated
totals are kept aside for the reconciliation checks. Each sheet is read as
whichever of the two its header matches best.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from ..domain import (GENDER_ORDER, GROUP_ORDER, POSITION_TYPE_ORDER, UNKNOWN, education_order, golongan_order, header_alias_examples,
                      unknown_labels)
from ..errors import InputError, Problem
from ..messages import Pair, Text, expects
from .notes import amounts, empty_notes, note, notes_frame, recognition_notes
from .recognise import (NIP_BY_CONTENT, NIP_IN_CELLS, NIP_IN_NAME, NIP_INSIDE, NIP_SWAPPED, NO_NIP, ONE_HOT, HIGHEST_FILLED, Recognition, Table, is_mark,
                        is_unmarked, other_number)
from .recognise import ROW_NUMBERS, is_total_label
from .recognise.rows import labelled_values, part_mark
from .recognise.content import column_content
from .recognise.table import row_of
from .recognise.fields import header_key, header_words, names_staff_needs
from .parse import (
    NIP_GENDERS,
    NIP_STATUSES,
    Distinct,
    ValueParseError,
    clean_text,
    clean_texts,
    decode_nips,
    excel_error,
    is_no_value,
    no_value_mask,
    map_unique,
    parse_dates,
    parse_education,
    parse_gender,
    parse_golongan,
    parse_nip,
    parse_position_type,
    position_type_of_jabatan,
    parse_status,
    inactive_status,
    non_asn_status,
)
from .tables import location, refused, retype, split_totals, sum_mismatches, tables_in, whole_numbers
from .workbook import column_index, is_rendered

#: a roster is a list of people by NIP: a listing without golongan (PPPK, a campus's PDDikti export) still counts
#: its staff by sex, status and education, and says which table it cannot give
ROSTER_REQUIRED = ("nip",)
#: body rows whose cells tell what an unnamed column holds
SCAN_CONTENT = 40
#: roster columns the report tabulates that a roster may lack (gender comes from the NIP then): a warning each
ROSTER_EXPECTED = {"golongan": ("golongan", "golongan", ("Golongan", "Gol. Ruang", "Pangkat/Gol")),
                   "position_type": ("jenis jabatan", "position type", ("Jenis Jabatan",)),
                   "education": ("pendidikan", "education", ("Pendidikan", "Tingkat Pendidikan"))}
ROSTER_COLUMNS = ("nip", "name", "birth_date", "gender", "golongan", "position_type", "position",
                  "education", "unit", "status", "appointed", "row")
#: roster columns held as ordered categoricals, and where their report order comes from: so that ``pd.crosstab``,
#: ``groupby`` and ``sort_values`` list golongan IV/e … I/a and education SD … S3 as the report does, not alphabetically
ROSTER_CATEGORIES: dict[str, Callable[[], tuple[str, ...]]] = {
    # a roster whose golongan column gives only the group (I–IV) is counted by group
    "gender": lambda: GENDER_ORDER, "golongan": lambda: (*golongan_order(), *GROUP_ORDER), "position_type": lambda: POSITION_TYPE_ORDER,
    "education": education_order,
}
SUMMARY_COLUMNS = ("dimension", "category", "gender", "count", "location", "table")
HEADCOUNT_COLUMNS = ("name", "name_en", "count", "location", "table")
#: most problems one roster reports before it stops looking (the message lists 25)
MAX_PROBLEMS = 1000

_SUMMARY_PARSERS = {
    "golongan": lambda v: parse_golongan(v, group_only=True),
    "gender": parse_gender,
    "position_type": parse_position_type,
    "education": lambda v: parse_education(v, major=False),
    "status": parse_status,
}
_GENDER_COLUMNS = {"male": "Laki-laki", "female": "Perempuan"}


@dataclass
class Staff:
    """Staff of one year: a roster, and/or summaries, with the totals the input states.

    ``roster``: one row per employee (columns :data:`ROSTER_COLUMNS`; ``row`` is
    the Excel row), or None. ``summaries``: long frame ``dimension, category,
    gender, count, location, table`` (``gender`` missing means both; ``table`` is where
    the table's header is, ``pegawai.xlsx:Rekap!A3``). ``stated_totals``:
    the same columns (``category`` missing for a table's grand total). ``non_asn``:
    the same columns, the non-ASN staff a summary counts apart. A
    roster's own total rows (``JUMLAH``) are left out: its length is the headcount.
    """

    roster: pd.DataFrame | None
    summaries: pd.DataFrame = field(default_factory=lambda: _empty_summary())
    stated_totals: pd.DataFrame = field(default_factory=lambda: _empty_summary())
    #: rows (or columns) of honorer, PTT, PPNPN, THL … staff in a summary table, kept apart from the ASN counts (same
    #: columns as ``summaries``; ``category`` is the label as written): a table's total that includes them still checks
    non_asn: pd.DataFrame = field(default_factory=lambda: _empty_summary())
    #: the headcount each table by a dimension the kit does not model states (eselon, age, unit), to compare with the
    #: others' (columns :data:`HEADCOUNT_COLUMNS`; ``name`` is what it is by, in Indonesian)
    headcounts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(HEADCOUNT_COLUMNS)).astype({"count": float}))
    files: list[Path] = field(default_factory=list)
    notes: pd.DataFrame = field(default_factory=empty_notes)
    #: how each table of the file was read (:class:`~lakip_lib.loading.recognise.Recognition`); empty when read from the cache
    recognition: list[Recognition] = field(default_factory=list)


def _empty_summary() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in SUMMARY_COLUMNS})


def load_staff(path: str | Path, *, extra_aliases: dict[str, dict[str, list[str]]] | None = None,
               limits: dict[str, float] | None = None, sheet: str | None = None, year: int | None = None,
               position_types: dict[str, str] | None = None) -> Staff:
    """Load a staff workbook: roster sheets, summary sheets, or both.

    ``extra_aliases`` are the project's header spellings by dataset (``staff``
    for a roster, ``summary`` for summary tables). With ``year``, a table
    titled for another year ("Keadaan 31 Desember 2024" in the 2025 folder)
    is a ``roster_other_year`` warning. ``position_types`` are the project's
    jabatan names by position type (``lakip.yml`` ``position_types``), for a
    roster without a position-type column whose names tell none. Raises
    :class:`~lakip_lib.errors.InputError` listing every problem found (file,
    sheet, cell, value, what was expected).

    Example:
        >>> staff = load_staff("data/raw/2024/pegawai.xlsx")
        >>> len(staff.roster), staff.roster.loc[0, "golongan"]
        (103, 'IV/d')
    """
    path = Path(path)
    records: list[Recognition] = []
    tables = tables_in(path, {"staff": ROSTER_REQUIRED, "summary": ()}, extra_aliases=extra_aliases, limits=limits, sheet=sheet,
                       as_text={"staff": ("nip",)}, records=records)
    problems: list[Problem] = []
    rosters, summaries, totals, non_asn = [], [], [], []
    headcounts: list[tuple] = []
    notes: list[dict[str, str]] = []
    seen: list[_Seen] = []  # each earlier roster sheet's NIPs and where they first appear
    first: dict[str, tuple[str, list[str | None]]] = {}  # dimension → where its first summary table is, each table's status
    skipped: list[Problem] = []
    for table in tables:
        try:
            if year is not None and not any(n["check"] == "roster_other_year" for n in notes):
                notes += _title_year(table, year)
            if table.dataset == "staff":
                _nip_from_names(table)
                if _without_nip(table):
                    table.frame["nip"] = pd.Series(None, index=table.frame.index, dtype=object)
                _unit_from_levels(table)
                listed = _values_from_lists(table) + _values_from_marks(table) + _highest_degrees(table)
                inactive = _inactive_aside(table, year)
                roster, aside = _roster(table, seen, position_types or {})
                rosters.append(roster)
                said = {n["message_en"] for n in notes if n["check"] == "column_missing"}
                # a recap in blocks (one per desa, each under the header again) lacks the same column in each: said once
                notes += [n for n in _roster_notes(table, aside, roster) if n["check"] != "column_missing" or n["message_en"] not in said]
                notes += _by_group(table, roster) + _own_scale_note(table)
                notes += listed + inactive
                continue
            for dimension, data, stated, aside in _summary(table, notes):
                if data.empty and len(aside):  # a table of non-ASN staff only: checked, never its dimension's table
                    totals.append(stated)
                    non_asn.append(aside)
                    notes.append(_non_asn_note(dimension, aside))
                    continue
                status = _table_status(table, dimension, data)
                if dimension in first:
                    where, statuses = first[dimension]
                    if status is None or None in statuses or status in statuses:
                        table.record.skip(f"a second table by {_DIMENSION_EN[dimension]}; the first one ({where}) is used",
                                          f"tabel kedua menurut {_DIMENSION_ID[dimension]}; tabel pertama ({where}) yang dipakai")
                        continue
                    # 'Golongan PNS', then 'Golongan PPPK': the staff of another status, added to the first table's
                    statuses.append(status)
                    notes.append(note("info", "tables_joined", table.where,
                                      f"Tabel menurut {_DIMENSION_ID[dimension]} ini ({status}) ditambahkan ke tabel "
                                      f"{where} ({', '.join(statuses[:-1])}): pegawai dengan status lain",
                                      f"This table by {_DIMENSION_EN[dimension]} ({status}) is added to the table at {where} "
                                      f"({', '.join(statuses[:-1])}): staff of another status"))
                else:
                    first[dimension] = (table.where, [status])
                summaries.append(data)
                totals.append(stated)
                if len(aside):
                    non_asn.append(aside)
                    notes.append(_non_asn_note(dimension, aside))
        except _NotModelled as skip:
            table.record.skip(skip.reason, skip.reason_id)
            if skip.names and (counted := _headcount(table, skip.names)):
                headcounts.append(counted)
            skipped.append(skip.problem or _unusable(table, skip))
        except InputError as err:
            problems.extend(err.problems)
    if not problems and not rosters and not summaries:
        problems = skipped  # nothing usable: say why each table was not
    if problems:
        raise refused(problems, records)
    roster = (rosters[0] if len(rosters) == 1 else pd.concat(rosters, ignore_index=True)) if rosters else None  # a million rows: no copy
    summary = _concat(summaries)
    derived = _gender_from_crosstab(summary)
    if derived is not None:
        split = summary[summary["gender"].notna()]
        joined = split.loc[split["dimension"].eq(split["dimension"].iloc[0]), "table"].nunique() > 1
        summary = pd.concat([summary, derived], ignore_index=True)
        also_id, also_en = (" dan tabel yang ditambahkan kepadanya", " and of the tables added to it") if joined else ("", "")
        notes.append(note("info", "gender_derived", derived["location"].iloc[0],
                          f"Jumlah pegawai menurut jenis kelamin dihitung dari kolom L dan P tabel ini{also_id}",
                          f"The headcount by gender is the sum of the L and P columns of this table{also_en}"))
    notes = recognition_notes(records) + notes
    return Staff(roster, summary, _concat(totals), _concat(non_asn), pd.DataFrame(headcounts, columns=list(HEADCOUNT_COLUMNS)).astype(
        {"count": float}), files=[path], notes=notes_frame(notes), recognition=records)


_TITLE_YEAR = re.compile(r"\b(?:keadaan|posisi|per|tahun|tmt|desember|januari)\b.*?\b((?:19|20)\d\d)\b", re.IGNORECASE)
#: a regulation named by its number and year ('PERATURAN BUPATI … NOMOR 04 TAHUN 2019', 'UU No. 5 Tahun 2014'): the
#: year it was enacted, which the lampiran of a payment list prints over every year's list, not the data's date
_REGULATION = re.compile(r"\b(?:nomor|no|nr)\b\.?\s*:?\s*[\w./-]*\d[\w./-]*\s+tahun\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _title_year(table: Table, year: int) -> list[dict[str, str]]:
    """A warning when a title above the table dates it to another year than the folder it is in.

    A roster of ``year`` is as at its end or the first day of the next, so a
    title naming an earlier year, or one after the next, is most likely last
    year's file copied unchanged.
    """
    first = (table.record.header_rows[0] - table.grid.row0) if table.record and table.record.header_rows else table.header_row
    for i, row in enumerate(table.grid.rows[:max(first, 0)]):
        for j, value in enumerate(row):
            found = _TITLE_YEAR.search(_REGULATION.sub(" ", value)) if isinstance(value, str) else None
            if found and not year <= int(found.group(1)) <= year + 1:
                text = " ".join(value.split())
                return [note("warning", "roster_other_year", f"{table.grid.file}:{table.grid.sheet}!{table.grid.cell_name(i, j)}",
                             f"Judul \"{text}\" menyebut tahun {found.group(1)}, bukan {year}: data pegawai mungkin dari "
                             f"tahun lain; periksa file di folder {year}",
                             f"The title \"{text}\" names {found.group(1)}, not {year}: the staff data may be another "
                             f"year's; check the file in the {year} folder")]
    return []


def _non_asn_note(dimension: str, aside: pd.DataFrame) -> dict[str, str]:
    counts = aside.groupby("category", sort=False)["count"].sum()
    listed = ", ".join(f"{label} {amounts(count)[0]}" for label, count in counts.items())
    listed_en = ", ".join(f"{label} {amounts(count)[1]}" for label, count in counts.items())
    return note("info", "non_asn_aside", aside["table"].iloc[0],
                f"Pegawai non-ASN ({listed}) tidak dihitung dalam tabel menurut {_DIMENSION_ID[dimension]}; "
                "jumlah tabel yang mencakup mereka tetap diperiksa",
                f"Non-ASN staff ({listed_en}) are not counted in the table by {_DIMENSION_EN[dimension]}; "
                "a table total that includes them is still checked")


def _nip_from_names(table: Table) -> None:
    """Of a roster whose NIP is in its name cells (recognised :data:`~.recognise.NIP_IN_NAME`), or in another field's
    (:data:`~.recognise.NIP_IN_CELLS`: the golongan's, 'Penata Tk I    III-D / Kes\\n1975…'), the NIP and that field
    apart: the NIP the one 18-digit number of the cell, the field its lines that hold no number ('AHMAD\\n150001680 /
    196808151993031001': the old 9-digit NIP beside the new one, dropped with it). A cell with no NIP keeps its text, to
    be refused naming it."""
    inside = next((c for c in table.columns if c.name == "nip" and c.how in (NIP_IN_NAME, NIP_IN_CELLS)), None)
    if inside is None:
        return
    host = "name" if inside.how == NIP_IN_NAME else next(c.label for c in table.columns
                                                         if c.index == inside.index and c.name != "nip")

    def nip(cell: object) -> object:
        found = NIP_INSIDE.findall(cell) if isinstance(cell, str) else []
        return found[0].replace(" ", "") if len(found) == 1 else cell

    def name(cell: object) -> object:
        if not isinstance(cell, str) or len(NIP_INSIDE.findall(cell)) != 1:
            return cell
        lines = [line for line in cell.splitlines() if not NIP_INSIDE.search(line)]
        return "\n".join(lines).strip() or NIP_INSIDE.sub("", cell).strip(" /-,;")

    cells = table.frame[host]
    table.frame["nip"] = cells.map(nip).astype(cells.dtype)
    table.frame[host] = cells.map(name).astype(cells.dtype)


def _unit_from_levels(table: Table) -> None:
    """Of a roster whose unit is split over the levels of its hierarchy (SIASN's ``UNOR (3) | UNOR (2) | UNOR (1)``,
    read as parts, the deepest level first), each row's unit as its deepest level filled: a teacher's school, a
    supervisor's bidang where the school is empty; the top level (the dinas itself) only where nothing under it is."""
    levels = table.parts.get("unit")
    if not levels:
        return
    unit = table.frame[levels[0]].astype(object).where(~no_value_mask(table.frame[levels[0]]), None)
    for level in levels[1:]:
        unit = unit.where(unit.notna(), table.frame[level].astype(object).where(~no_value_mask(table.frame[level]), None))
    table.frame["unit"] = unit


def _without_nip(table: Table) -> bool:
    """Whether a roster has no NIP at all and is read by its names (recognised :data:`~.recognise.NO_NIP`)."""
    return any(c.name == "nip" and c.how == NO_NIP for c in table.columns)


def _values_from_marks(table: Table) -> list[dict[str, str]]:
    """Of a roster whose sex or education is one-hot (a 1 under ``Jenis Kelamin › L`` or ``› P``, recognised
    :data:`~.recognise.ONE_HOT`), each row's value as the header of the column it ticks; a row that ticks none has none,
    a row that ticks several keeps the headers joined, and a cell that is no mark its text, to be refused naming it. A
    ``values_one_hot`` note per field so read."""
    notes = []
    for column in [c for c in table.columns if c.how == ONE_HOT]:
        parts = table.parts[column.label]
        if problems := _marks_unknown(table, column.name, [table.part_paths[part] for part in parts]):
            raise InputError(problems)
        leaves = [table.part_paths[part][-1] for part in parts]
        cells = table.frame[parts].to_numpy(dtype=object)

        def value(row: np.ndarray) -> object:
            odd = [cell for cell in row if not is_no_value(cell) and not is_mark(cell) and not is_unmarked(cell)]
            if odd:
                return odd[0]
            ticked = [leaf for leaf, cell in zip(leaves, row) if is_mark(cell)]
            return " + ".join(ticked) if ticked else None

        table.frame[column.label] = pd.Series([value(row) for row in cells], index=table.frame.index, dtype=object)
        names = ", ".join(f"'{' › '.join(table.part_paths[part])}'" for part in parts[:3]) + (" …" if len(parts) > 3 else "")
        where = f"{table.grid.file}:{table.grid.sheet}!{table.grid.cell_name(table.header_row, column.index)}"
        what_id, what_en = _DIMENSION_ID.get(column.name, column.name), _DIMENSION_EN.get(column.name, column.name)
        # the marks as the sheet writes them (a 1, a 'V' under the highest degree), so the user recognises them
        marks = ", ".join(sorted({"1" if isinstance(cell, (int, float)) else clean_text(cell)
                                  for cell in cells.ravel() if is_mark(cell)}))
        notes.append(note("info", "values_one_hot", where,
                          f"Kolom {names} berisi tanda ({marks}) satu per baris: {what_id} tiap pegawai dibaca dari judul "
                          "kolom yang bertanda",
                          f"The columns {names} hold one mark ({marks}) per row: each person's {what_en} is the header of "
                          "the column marked"))
    return notes


def _marks_unknown(table: Table, field: str, paths: list[tuple[str, ...]]) -> list[Problem]:
    """A problem for each other column under the band of a one-hot field's columns ``paths`` (``PENDIDIKAN › SMA | S1``
    beside ``PENDIDIKAN › Kursus``) that marks a row: its header names no category of the field, so the people it
    marks would be read with no value of it, in silence. Refused at its header cell, naming the known categories; a
    column under the band that marks no one (empty, or 0) is left aside as before.
    """
    band = [header_key(level) for level in paths[0][:-1]]
    if not band:
        return []  # L | P with no band over them: nothing tells which other columns belong to them
    problems = []
    # the columns not used, as the record lists them: a roster read as text brings no other columns along
    unused = table.record.unused if table.record is not None else [(label.removeprefix("#"), " › ".join(path))
                                                                      for label, path in table.others]
    for cell, header in unused:
        path = tuple(header.split(" › "))
        if len(path) != len(band) + 1 or [header_key(level) for level in path[:-1]] != band or path in paths \
                or is_total_label(path[-1]) or header_key(path[-1]) in _SUBTOTALS:
            continue
        j = _column_index(cell) - table.grid.col0
        if j in table.grid.cells.columns and any(is_mark(v) for v in table.grid.cells[j].iloc[table.frame["_row"].to_numpy(dtype=int)]):
            problems.append(table.grid.problem(table.header_row, j, header,
                                               expects("category_marks_known", dimension=_DIMENSION_WORDS[field],
                                                       category=path[-1], known=", ".join(_KNOWN_CATEGORIES[field]()),
                                                       band=" › ".join(path[:-1]))))
    return problems


def _highest_degrees(table: Table) -> list[dict[str, str]]:
    """Of a roster giving each person's degrees by name under a column per level (``Magister | Doktor``, recognised
    :data:`~.recognise.HIGHEST_FILLED`), each row's education as the header of the highest level filled; a row filling
    none has none. A ``values_highest_filled`` note per field so read."""
    notes = []
    for column in [c for c in table.columns if c.how == HIGHEST_FILLED]:
        parts = sorted(table.parts[column.label],
                       key=lambda part: education_order().index(parse_education(table.part_paths[part][-1], major=False)))
        leaves = [table.part_paths[part][-1] for part in parts]
        cells = table.frame[parts].to_numpy(dtype=object)
        table.frame[column.label] = pd.Series(
            [next((leaf for leaf, cell in zip(leaves[::-1], row[::-1]) if not is_no_value(cell) and not is_unmarked(cell)), None)
             for row in cells], index=table.frame.index, dtype=object)
        names = ", ".join(f"'{' › '.join(table.part_paths[part])}'" for part in parts[:3]) + (" …" if len(parts) > 3 else "")
        where = f"{table.grid.file}:{table.grid.sheet}!{table.grid.cell_name(table.header_row, column.index)}"
        notes.append(note("info", "values_highest_filled", where,
                          f"Kolom {names} berisi nama gelar tiap pegawai: pendidikan tiap pegawai dibaca dari judul kolom "
                          "jenjang tertinggi yang terisi",
                          f"The columns {names} hold each person's degree names: each person's education is the header "
                          "of the highest level filled"))
    return notes


#: the values of a list cell, each after '>' ('> name > NIP > sex …': a SIMPEG page's DUK saved as .xls)
_LIST_ITEM = re.compile(r"(?:^|\s)>\s*")
#: an item's own label ('Jenjang Pendidikan : S2')
_ITEM_LABEL = re.compile(r"^[^:]{1,40}?\s:\s*")
#: roster fields whose value is found among a list cell's items: the one item that is one
_LISTED = {"nip": parse_nip, "education": parse_education}


def _list_items(cell: object) -> list[str] | None:
    """The items of a list cell (three or more, each after '>'), None for any other cell.

    Example:
        >>> _list_items("> RATNA DEWI > 197809212003122002 > Perempuan"), _list_items("> 5 tahun")
        (['RATNA DEWI', '197809212003122002', 'Perempuan'], None)
    """
    if not isinstance(cell, str) or cell.count(">") < 3:
        return None
    items = [item.strip() for item in _LIST_ITEM.split(cell) if item.strip()]
    return items if len(items) >= 3 else None


def _values_from_lists(table: Table) -> list[dict[str, str]]:
    """Of a roster whose NIP or education cells are lists of a person's values ('> RATNA DEWI > 197809212003122002 >
    Perempuan …', '> Jenjang Pendidikan : S1 > Jurusan : … > Lulus : …'), each such cell as its one item that is the
    field's value; a cell with none or several keeps its text, to be refused naming it. A ``values_listed`` note per
    column so read."""
    notes = []
    for field, parse in _LISTED.items():
        # counted in one vector operation: a roster of a million NIPs has no list cell to look for one by one
        if not table.has(field) or not (table.frame[field].astype("string").str.count(">").fillna(0) >= 3).any():
            continue

        def pick(cell: object) -> object:
            items = _list_items(cell)
            if items is None:
                return cell
            found = []
            for item in items:
                value = _ITEM_LABEL.sub("", item)
                try:
                    parse(value)
                except ValueParseError:
                    continue
                found.append(value)
            return found[0] if len(found) == 1 else cell

        cells = table.frame[field]
        table.frame[field] = cells.map(pick).astype(cells.dtype)
        column = table.column(field)
        header = " › ".join(column.path) or column.header
        where = f"{table.grid.file}:{table.grid.sheet}!{table.grid.cell_name(table.header_row, column.index)}"
        notes.append(note("info", "values_listed", where,
                          f"Sel kolom '{header}' berisi daftar beberapa nilai (tiap nilai diawali '>'): dibaca satu-satunya "
                          f"nilai yang berupa {_LISTED_ID[field]}",
                          f"The cells of column '{header}' are lists of several values (each after '>'): the one value that "
                          f"is {_LISTED_EN[field]} is read"))
    return notes


#: words of a header whose column says whether each person still serves ('STATUS AKTIF', 'KEDUDUKAN HUKUM', 'Ket.', an
#: application's English 'Is Active?')
_STATE_HEADER_WORDS = frozenset({"status", "keterangan", "ket", "kedudukan", "aktif", "keaktifan", "active"})


def _inactive_aside(table: Table, year: int | None) -> list[dict[str, str]]:
    """Of a roster, the rows whose status or keterangan column says the person no longer serves (``NONAKTIF``,
    ``Pensiun``, ``Meninggal``, ``Mutasi keluar``: :func:`~.parse.inactive_status`) taken out of its frame, and an
    ``inactive_aside`` note naming how many of each kind, their rows and the columns that said so.

    The columns looked at are the status column read and the columns not read whose header names a status or a
    keterangan: an export of 'DATA PEGAWAI AKTIF' may still list a retired teacher with 'NONAKTIF' in its last
    column. Each column's distinct values are read once (a roster of a million rows has a handful).
    """
    frame, grid = table.frame, table.grid
    body = frame["_row"].to_numpy()
    columns = [(table.column("status").index, table.column("status").header)] if table.has("status") else []
    for cell, header in table.record.unused if table.record else []:
        if header_words(header) & _STATE_HEADER_WORDS:
            columns.append((column_index(cell.rstrip("0123456789")) - grid.col0, header))
    kinds = np.full(len(frame), None, dtype=object)
    said: list[str] = []  # the headers of the columns that set a row aside
    for j, header in columns:
        if j not in grid.cells.columns:
            continue
        cells = Distinct(grid.cells[j].iloc[body].reset_index(drop=True))
        found, _ = cells.parse(lambda value: inactive_status(value, later_than=year))
        hit = pd.notna(found[cells.codes]) & pd.isna(kinds)
        if hit.any():
            kinds[hit] = found[cells.codes][hit]
            said.append(header)
    out = pd.notna(kinds)
    if not out.any():
        return []
    table.frame = frame[~out].reset_index(drop=True)
    rows = body[out] + grid.row0
    if table.record is not None:
        table.record.skipped_rows = sorted(table.record.skipped_rows + [(int(row), INACTIVE_ROW) for row in rows], key=row_of)
    counts = pd.Series(kinds[out]).value_counts(sort=False)
    listed = ", ".join(f"{kind} {n}" for kind, n in counts.items())
    shown = ", ".join(map(str, rows[:5])) + (" …" if len(rows) > 5 else "")
    quoted = [f"'{h}'" for h in said]
    headers_id = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} dan {quoted[-1]}"
    headers_en = f"column {quoted[0]} says" if len(quoted) == 1 else f"columns {', '.join(quoted[:-1])} and {quoted[-1]} say"
    return [note("info", "inactive_aside", table.where,
                 f"{len(rows)} pegawai yang tidak lagi aktif ({listed}; baris {shown}, menurut kolom {headers_id}) tidak "
                 "dihitung dalam tabel pegawai",
                 f"{len(rows)} staff no longer serving ({listed}; rows {shown}, as {headers_en}) are not counted in the "
                 "staff tables")]


_LISTED_ID = {"nip": "NIP", "education": "jenjang pendidikan"}
_LISTED_EN = {"nip": "a NIP", "education": "an education level"}


def _roster_notes(table: Table, aside: dict[str, int], roster: pd.DataFrame) -> list[dict[str, str]]:
    """What a roster sheet lacks: gender (taken from the NIP, a note), the position type (told by the jabatan names, a
    note), the columns the report tabulates (a warning each); and the non-ASN staff it lists and the position rows it
    holds, set aside (a note each)."""
    where = table.where
    notes = []
    positions = [row for row, role in table.record.skipped_rows if role == POSITION_ROW] if table.record else []
    if positions:
        rows = ", ".join(map(str, positions[:5])) + (" …" if len(positions) > 5 else "")
        notes.append(note("info", "position_rows", where,
                          f"{len(positions)} baris jabatan tanpa data pegawai (baris {rows}: nama jabatan, kelas, kebutuhan; "
                          "tanpa nama dan NIP) dilewati: baris itu judul kelompok pemangku jabatan di bawahnya, bukan pegawai",
                          f"{len(positions)} position rows with no person (rows {rows}: the jabatan, its kelas and need; no name, "
                          "no NIP) skipped: each heads the holders listed under it, it is no employee"))
    if aside:
        listed = ", ".join(f"{kind} {n}" for kind, n in aside.items())
        notes.append(note("info", "non_asn_aside", where,
                          f"Pegawai non-ASN ({listed}) dalam daftar pegawai tidak dihitung; judul bagian di dalam tabel dilewati",
                          f"Non-ASN staff ({listed}) in the roster are not counted; section titles inside the table are skipped"))
    name_header = " › ".join(table.column("name").path) or table.column("name").header if table.has("name") else ""
    if (beside := next((c for c in table.columns if c.name == "nip" and c.how == NIP_IN_CELLS), None)) is not None:
        header = " › ".join(beside.path) or beside.header
        notes.append(note("info", "nip_in_name", where,
                          f"Tidak ada kolom NIP: NIP tiap pegawai dibaca dari sel kolom '{header}', yang memuat satu NIP 18 "
                          "digit di bawah isinya sendiri (pangkat dan golongan)",
                          f"No NIP column: each employee's NIP is read from the cell of column '{header}', which holds one "
                          "18-digit NIP under its own value (the rank and golongan)"))
    if any(c.name == "nip" and c.how == NIP_IN_NAME for c in table.columns):
        notes.append(note("info", "nip_in_name", where,
                          f"Tidak ada kolom NIP: NIP tiap pegawai dibaca dari sel kolom '{name_header}', yang memuat nama dan satu "
                          "NIP 18 digit (NIP lama 9 digit di sampingnya tidak dibaca)",
                          f"No NIP column: each employee's NIP is read from the cell of column '{name_header}', which holds the name "
                          "and one 18-digit NIP (an old 9-digit NIP beside it is not read)"))
    if (swapped := next((c for c in table.columns if c.name == "nip" and c.how == NIP_SWAPPED), None)) is not None:
        # a warning, not a note: the kit read a column against its header, which the user should see and mend at the source
        holding = " › ".join(swapped.path) or swapped.header
        headed = next(" › ".join(c.path) or c.header for c in table.columns if c.how == NIP_SWAPPED and c.name != "nip")
        notes.append(note("warning", "nip_headers_swapped", where,
                          f"Kolom berjudul '{headed}' tidak memuat satu NIP pun, sedangkan kolom '{holding}' berisi NIP 18 "
                          f"digit: judul kedua kolom tertukar di ekspor, sehingga NIP dibaca dari kolom '{holding}'; "
                          "perbaiki templat ekspornya",
                          f"The column headed '{headed}' holds no NIP, while column '{holding}' holds 18-digit NIPs: the "
                          f"export swapped the two headers, so the NIP is read from column '{holding}'; mend the export's "
                          "template"))
    if _without_nip(table):
        notes.append(note("info", "roster_without_nip", where,
                          f"Tidak ada kolom NIP: setiap baris yang bernama di kolom '{name_header}' dihitung sebagai satu pegawai; "
                          "NIP tidak dapat diperiksa (ganda, tanggal lahir, status)",
                          f"No NIP column: each row with a name in column '{name_header}' counts as one person; no NIP can be "
                          "checked (repeated, birth date, status)"))
        if not table.has("gender"):
            notes.append(note("warning", "column_missing", where,
                              "Tidak ada kolom jenis kelamin dan tidak ada NIP untuk membacanya: tabel pegawai menurut jenis "
                              "kelamin tidak dapat dibuat (judul kolom yang dikenal: 'Jenis Kelamin' atau 'L/P')",
                              "No gender column and no NIP to read it from: the staff table by gender cannot be made (known "
                              "headers: 'Jenis Kelamin' or 'L/P')"))
    elif not table.has("gender"):
        notes.append(note("info", "gender_from_nip", where, "Tidak ada kolom jenis kelamin: jenis kelamin dibaca dari digit ke-15 NIP",
                          "No gender column: each employee's gender is read from the NIP's 15th digit"))
    if table.has("golongan") and (ungraded := roster["golongan"].isna().to_numpy() & roster["status"].eq("PPPK").to_numpy()).any():
        # a PPPK whose grade cell says nothing: counted all the same, under 'Tidak diketahui' in the table by golongan
        grid, j = table.grid, table.column("golongan").index
        cells = [grid.cell_name(int(row) - grid.row0, j) for row in roster["row"].to_numpy()[ungraded][:5]]
        shown = ", ".join(cells) + (" …" if int(ungraded.sum()) > 5 else "")
        notes.append(note("info", "golongan_not_stated", where,
                          f"{int(ungraded.sum())} PPPK tanpa golongan ({shown}: '-' atau kosong) dihitung sebagai "
                          f"'{UNKNOWN}' pada tabel pegawai menurut golongan",
                          f"{int(ungraded.sum())} PPPK without a grade ({shown}: '-' or blank) are counted as "
                          f"'{UNKNOWN}' in the staff table by golongan"))
    told = not table.has("position_type") and roster["position_type"].notna().any()
    if told:
        counts = roster["position_type"].value_counts(sort=False)
        listed = ", ".join(f"{kind} {int(n)}" for kind, n in counts.items() if n)
        said_id, said_en = [], []
        if table.record is not None and (used := next(((c, h) for c, h in table.record.unused if _is_eselon(h)),
                                                       None)):
            eselon = used[1]
            table.record.unused.remove(used)
            table.record.columns.append((used[0], eselon, "position_type", "eselon"))
            said_id.append(f"eselon di kolom '{eselon}' (jabatan bereselon adalah struktural)")
            said_en.append(f"the eselon in column '{eselon}' (a post with an eselon is structural)")
        if table.has("position"):
            header = " › ".join(table.column("position").path) or table.column("position").header
            said_id.append(f"nama jabatan di kolom '{header}' (jenjang 'Ahli Muda', 'Terampil' … berarti fungsional, 'Kepala …' struktural)")
            said_en.append(f"the jabatan name in column '{header}' (a jenjang such as 'Ahli Muda' or 'Terampil' means fungsional, "
                           "'Kepala …' struktural)")
        notes.append(note("info", "position_type_from_jabatan", where,
                          f"Tidak ada kolom jenis jabatan: jenis jabatan dibaca dari {' dan '.join(said_id)}: {listed}",
                          f"No position type column: each position type is read from {' and '.join(said_en)}: {listed}"))
        notes += _undecided_positions(table, roster, where)
    for column, (name_id, name_en, headers) in ROSTER_EXPECTED.items():
        if not table.has(column) and not (column == "position_type" and told):
            known = ", ".join(f"'{h}'" for h in headers[:-1])
            known_id, known_en = (f"{known} atau '{headers[-1]}'", f"{known} or '{headers[-1]}'") if known else (f"'{headers[0]}'",) * 2
            notes.append(note("warning", "column_missing", where,
                              f"Tidak ada kolom {name_id}: tabel pegawai menurut {name_id} tidak dapat dibuat (judul kolom yang dikenal: {known_id})",
                              f"No {name_en} column: the staff table by {name_en} cannot be made (known headers: {known_en})"))
    return notes


def _gender_from_crosstab(summary: pd.DataFrame) -> pd.DataFrame | None:
    """A gender table from the first table split by gender (``Golongan | L | P``), when the file has no gender table."""
    if summary.empty or summary["dimension"].eq("gender").any() or not summary["gender"].notna().any():
        return None
    split = summary[summary["gender"].notna()]
    # every table of the first table's dimension: one table, or its parts by status (PNS, then PPPK)
    table = split[split["dimension"].eq(split["dimension"].iloc[0])]
    counts = table.groupby("gender", sort=False)["count"].sum()
    location = table["location"].iloc[0]
    return pd.DataFrame([("gender", gender, None, counts.get(gender, 0.0), location, table["table"].iloc[0])
                         for gender in _GENDER_COLUMNS.values()], columns=SUMMARY_COLUMNS)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(frames, ignore_index=True) if frames else _empty_summary()


# ---------------------------------------------------------------- roster

def _roster(table: Table, seen: list[_Seen], named: dict[str, str]) -> tuple[pd.DataFrame, dict[str, int]]:
    """One roster sheet, checked, and the non-ASN staff set aside by kind; ``seen`` (each earlier sheet's NIPs, sheet
    and row) carries NIPs across sheets.

    A roster read as text shows a number, a date or TRUE/FALSE where text is
    expected as its text (``3``); when such a cell is a problem, the columns
    concerned get their typed values back and the sheet is checked again, so
    the problems read as those of a sheet read cell by cell (``got 3``).
    """
    earlier = len(seen)
    roster, problems, suspects, aside = _check_roster(table, seen, named)
    if problems and suspects:
        del seen[earlier:]
        retype(table, tuple(suspects))
        roster, problems, _, aside = _check_roster(table, seen, named)
    if problems:
        raise InputError(problems)
    return roster, aside


def _golongan_unnamed(table: Table) -> list[Problem]:
    """A roster may lack golongan (a PPPK or campus listing), but not hold it under a header no spelling names
    (``Ruang Terakhir``): read without it, its golongan table would be missing for want of a word. The problem names
    the column and the ``lakip.yml`` line that names it."""
    if table.has("golongan") or table.record is None:
        return []
    grid, body = table.grid, table.frame["_row"].head(SCAN_CONTENT).to_numpy()
    for cell, header in table.record.unused:
        j = column_index(cell.rstrip("0123456789")) - grid.col0
        if _is_eselon(header):
            continue  # eselon II.b reads like golongan II/b, but its header says what it is
        if j in grid.cells.columns and column_content(grid.cells[j].iloc[body].tolist()) == "golongan":
            return [Problem(grid.file, grid.sheet, cell, header, None,
                            expects("golongan_unnamed", examples=header_alias_examples("staff", ("golongan",)), header=repr(header)))]
    return []


def _check_roster(table: Table, seen: list[_Seen], named: dict[str, str]) -> tuple[pd.DataFrame | None, list[Problem], set[str], dict[str, int]]:
    """The roster of one sheet, or None and its problems; the columns of problems that may not be text (see
    :func:`_roster`); and the non-ASN staff set aside, by kind (:func:`_set_aside`).

    The columns are checked as codes (each distinct value parsed once, :class:`Distinct`) and numpy arrays; the
    roster's columns of Python objects are made only for a sheet without problems.
    """
    frame, _ = split_totals(table, ("nip", "name"))
    frame, aside = _set_aside(table, frame)
    if frame.empty:
        raise _NotModelled("a roster header with no employee under it", "judul kolom daftar pegawai tanpa pegawai di bawahnya",
                           table.problem(table.header_row + 1, None, None, expects("rows_per_employee")))
    rows = frame["_row"].to_numpy()
    problems: list[Problem] = _golongan_unnamed(table)
    suspects: set[str] = set()

    def report(where: np.ndarray, label: str, expected: Text | Callable[[int], Text]) -> None:
        """A problem for each row where ``where`` is set; ``expected`` (what was expected) for all, or of a row (its position)."""
        for i in np.flatnonzero(where)[: max(MAX_PROBLEMS - len(problems), 0)]:
            value = frame.at[i, label]  # the frame's index is its rows' positions
            problems.append(table.problem(int(rows[i]), label, value, expected(i) if callable(expected) else expected))
            if table.grid.source and label not in table.typed and is_rendered(value):
                suspects.add(label)

    def parsed(column: Distinct, label: str, parse: Callable[[object], object], where: np.ndarray | None = None) -> np.ndarray:
        """The value of each code of ``column`` (of the rows ``where``, all by default) parsed; every such cell that
        is not a value reported."""
        values, errors = column.parse(parse, where)
        failed = pd.notna(errors)[column.codes]
        report(failed if where is None else failed & where, label, lambda i: errors[column.codes[i]])
        return values

    nips = decode_nips(frame["nip"])
    without_nip = _without_nip(table)  # no NIP to check: each row with a name is a person, sex and birth as stated
    if not without_nip:
        if (repeated_sheets := _repeats_others(nips.number, nips.valid, seen)) is not None:
            names = ", ".join(f"'{sheet}'" for sheet in repeated_sheets)
            raise _NotModelled(f"it lists again the people of sheets {names}, each NIP once there: counted once, from those",
                               f"mendaftar ulang pegawai sheet {names}, tiap NIP sekali di sana: dihitung sekali, dari sheet itu")
        if not nips.valid.all():
            report(~nips.valid, "nip", nips.errors().__getitem__)
        also, first = _also_in(nips.number, nips.valid, rows + table.grid.row0, seen)
        repeated = np.zeros(len(frame), dtype=bool)
        repeated[list(also)] = True
        report(repeated, "nip", lambda i: expects("nip_once", where=also[i]))
        seen.append(_Seen(table.grid.sheet, nips.number[first], rows[first] + table.grid.row0))

    if "gender" in frame.columns:
        gender = Distinct(frame["gender"])
        genders = parsed(gender, "gender", parse_gender)
        clash = _differ(genders, NIP_GENDERS)[gender.codes, nips.sex]
        report(clash, "gender", lambda i: expects("gender_of_nip", gender=NIP_GENDERS[nips.sex[i]]))
        gender_codes = gender.codes
        del gender
    else:  # the NIP's 15th digit is the sex
        genders, gender_codes = np.asarray(NIP_GENDERS, dtype=object), nips.sex

    # PNS or PPPK from the NIP; where the NIP is wrong, from the status column if it says. Each row's status is an
    # index of ``statuses``: NIP_STATUSES, then what the status column's values say
    status, statuses = nips.status, np.asarray(NIP_STATUSES, dtype=object)
    if "status" in frame.columns:
        said = Distinct(frame["status"])
        # KEDUDUKAN HUKUM holds "Aktif", "Tugas Belajar"…: only PNS/PPPK values are a status
        stated, _ = said.parse(parse_status)
        clash = _differ(stated, NIP_STATUSES)[said.codes, nips.status]
        report(clash, "status", lambda i: expects("status_of_nip", status=NIP_STATUSES[nips.status[i]]))
        status, statuses = np.where(status > 0, status, len(statuses) + said.codes), np.append(statuses, stated)
        del said

    golongan = np.full(len(frame), None, dtype=object)
    if "golongan" in frame.columns and not _own_scale(frame["golongan"]):
        golongan_column = Distinct(frame["golongan"])
        pns = _group_of if _groups_only(golongan_column) else parse_golongan
        # a PPPK's grade may be left '-' (appointees whose grade is not set yet): none stated, counted as not known;
        # every PNS has a golongan, so a PNS row without one is still refused
        pppk = _optional(lambda v: parse_golongan(v, pppk=True))
        for scale, parse in (("PNS", pns), ("PPPK", pppk), (None, _golongan_either)):
            part = np.array([value == scale if scale else value is None for value in statuses], dtype=bool)[status]
            if part.any():
                golongan[part] = parsed(golongan_column, "golongan", parse, part)[golongan_column.codes[part]]
        del golongan_column

    position_type = Distinct(frame["position_type"]) if "position_type" in frame.columns else None
    position_types = parsed(position_type, "position_type", parse_position_type) if position_type else None
    if position_type is None:
        position_type, position_types = _position_types_told(frame, _eselon_cells(table, frame), named)
    education = Distinct(frame["education"]) if "education" in frame.columns else None
    educations = parsed(education, "education", _optional(parse_education)) if education else None

    born = nips.birth_date
    if "birth_date" in frame.columns:
        stated_birth, birth_err = parse_dates(frame["birth_date"])
        report(birth_err.notna().to_numpy(), "birth_date", lambda i: birth_err.iloc[i])
        stated_birth = stated_birth.to_numpy()
        clash = ~np.isnat(stated_birth) & ~np.isnat(nips.birth_date) & (stated_birth != nips.birth_date)
        report(clash, "birth_date", lambda i: expects("birth_date_of_nip", date=f"{pd.Timestamp(nips.birth_date[i]):%d-%m-%Y}"))
        if without_nip:
            born = stated_birth.astype(nips.birth_date.dtype)
        del stated_birth, birth_err
    if problems:
        return None, problems, suspects, aside
    pa.default_memory_pool().release_unused()  # the checks' Arrow temporaries: a million rows of them
    roster = pd.DataFrame(index=frame.index)
    # column by column: a frame built from a dict would first copy its object columns into one block
    # a categorical column given as (value of each code, code of each row) is ordered by its few codes, not its rows
    for column, values in (("nip", nips.digits()), ("name", "name"), ("birth_date", born), ("gender", (genders, gender_codes)),
                           ("golongan", golongan), ("position_type", (position_types, position_type.codes) if position_type else None), ("position", "position"),
                           ("education", (educations, education.codes) if education else None), ("unit", "unit"),
                           ("status", statuses[status]), ("appointed", nips.appointed), ("row", rows + table.grid.row0)):
        if isinstance(values, str):
            values = clean_texts(frame[values]) if values in frame.columns else None
        if values is None:
            values = pd.Series(None, index=frame.index, dtype=object)
        if isinstance(values, tuple):
            by_code = _ordered(values[0], ROSTER_CATEGORIES[column]())
            values = pd.Series(pd.Categorical.from_codes(by_code.codes[values[1]], dtype=by_code.dtype), index=frame.index)
        elif column in ROSTER_CATEGORIES:
            values = pd.Series(_ordered(values, ROSTER_CATEGORIES[column]()), index=frame.index)
        # an array keeps its dtype: pandas would make an object array of text a str column
        roster[column] = values if isinstance(values, pd.Series) else pd.Series(values, index=frame.index, dtype=values.dtype, copy=False)
    return roster, problems, suspects, aside


#: an eselon as rosters write it (II.a, III/b, IV-a, II): only a structural post has one (Perpres 26/2013 on eselon)
_ESELON = re.compile(r"^(?:eselon\s*)?(I|II|III|IV|V)(?:\s*[./-]?\s*[AB])?$", re.IGNORECASE)
#: an eselon written with its word, whole or shortened ('Eselon III', 'Esl. IV', 'Es. V'): an eselon wherever it stands
_ESELON_WRITTEN = re.compile(r"^(?:eselon|esl\.?|es\.)\s*(I|II|III|IV|V)(?:\s*[./-]?\s*[AB])?$", re.IGNORECASE)


def _is_eselon(header: str) -> bool:
    """Whether a header path names the eselon ('Eselon', 'ESL', 'Jabatan › Eselon')."""
    return header_key(header.split(" › ")[-1]) in {"eselon", "esl"}


def _eselon_cells(table: Table, frame: pd.DataFrame) -> pd.Series | None:
    """The cells of a roster's column headed 'Eselon' that no field reads, for the rows of ``frame``; None without one."""
    if table.record is None:
        return None
    for cell, header in table.record.unused:
        if _is_eselon(header):
            j = column_index(cell.rstrip("0123456789")) - table.grid.col0
            return table.grid.cells[j].iloc[frame["_row"].to_numpy()].reset_index(drop=True)
    return None


def _held_eselon(eselon: pd.Series) -> np.ndarray:
    """Which cells of an 'Eselon' column hold an eselon (II.a, III, IV/a, 'Eselon III'); '-' or empty hold none."""
    return eselon.map(lambda v: isinstance(v, str) and (_ESELON.match(clean_text(v)) or _ESELON_WRITTEN.match(clean_text(v)))
                      is not None).to_numpy(dtype=bool)


def _name_position_type(label: object) -> str | None:
    """The position type a summary row's label says: a position type written as one ('Fungsional Umum' Pelaksana,
    'Jabatan Fungsional Tertentu'), else as a jabatan's name tells it (``jabatan_names.csv``), else None."""
    try:
        return parse_position_type(label)
    except ValueParseError:
        return position_type_of_jabatan(label)


def _position_types_by_eselon(table: Table, data: pd.DataFrame, eselon: pd.Series,
                              held: np.ndarray) -> tuple[pd.Series, pd.Series]:
    """Of a summary by jabatan with an 'Eselon' column (Kepala Badan | II | 1), each row's position type and, where
    none can be told, what was expected: a row with an eselon is Struktural; a row without follows its label
    (:func:`_name_position_type`). A row with an eselon whose label says Fungsional or Pelaksana is refused: the two
    cells disagree, and counting it either way would be a guess.
    """
    labels = data["category"]
    parsed = pd.Series(None, index=labels.index, dtype=object)
    errors = pd.Series(None, index=labels.index, dtype=object)
    j = next(column_index(cell.rstrip("0123456789")) - table.grid.col0
             for cell, header in table.record.unused if _is_eselon(header))
    for i, (label, has) in enumerate(zip(labels, held)):
        said = _name_position_type(label)
        if has and said in (None, "Struktural"):
            parsed.iloc[i] = "Struktural"
        elif has:
            cell = table.grid.cell_name(int(data["_row"].iloc[i]), j)
            errors.iloc[i] = expects("position_type_eselon", eselon=clean_text(eselon.iloc[i]), cell=cell, said=said)
        elif said is not None:
            parsed.iloc[i] = said
        else:
            errors.iloc[i] = expects("position_type")
    return parsed, errors


def _eselon_note(table: Table, data: pd.DataFrame, parsed: pd.Series) -> dict[str, str]:
    """The note that a summary's rows are jabatan placed by their 'Eselon' column (and their names where it is empty),
    the column then recorded as read (``--explain``)."""
    cell, header = next((c, h) for c, h in table.record.unused if _is_eselon(h))
    table.record.unused.remove((cell, header))
    table.record.columns.append((cell, header, "position_type", "eselon"))
    rows = parsed.dropna().value_counts(sort=False)
    return note(
        "info", "position_type_from_jabatan", location(table, int(data["_row"].iloc[0])),
        f"Baris tabel adalah jabatan: baris dengan eselon di kolom '{header}' adalah struktural (jabatan bereselon "
        f"adalah struktural), baris lain dibaca dari namanya: " + ", ".join(f"{kind} {n} baris" for kind, n in rows.items()),
        f"The table's rows are jabatan: a row with an eselon in column '{header}' is structural (a post with an eselon "
        f"is structural), the others are read from their names: "
        + ", ".join(f"{kind} {n} row{'s' * (n > 1)}" for kind, n in rows.items()))


def _position_types_told(frame: pd.DataFrame, eselon: pd.Series | None,
                         named: dict[str, str]) -> tuple[Distinct | None, np.ndarray | None]:
    """Of a roster with no position-type column, each row's position type as its eselon or its jabatan's name tells it:
    an eselon (II.a) is a structural post's; a name the project states (``named``: ``lakip.yml`` ``position_types``,
    name → type) is that type; 'Pembimbing Kemasyarakatan Ahli Muda' is Fungsional
    (:func:`~.parse.position_type_of_jabatan`). A name that tells none ('Analis Kebijakan', which may be either) is
    unknown, and said by :func:`_undecided_positions`; (None, None) unless more than half the rows with a jabatan or an
    eselon tell one, so that a column of unit names with one 'Kepala …' among them is no position table.

    Example:
        >>> column, types = _position_types_told(pd.DataFrame({"position": ["Camat", "Perawat Ahli Muda", None]}), None, {})
        >>> types[column.codes].tolist()
        ['Struktural', 'Fungsional', None]
        >>> column, types = _position_types_told(pd.DataFrame({"position": ["Camat", "Analis Kebijakan", "Lurah"]}), None,
        ...                                      {"analis kebijakan": "Fungsional"})
        >>> types[column.codes].tolist()
        ['Struktural', 'Fungsional', 'Struktural']
    """
    kinds = np.full(len(frame), None, dtype=object)
    said = np.zeros(len(frame), dtype=bool)
    written = np.zeros(len(frame), dtype=bool)
    if eselon is not None:
        structural = eselon.map(lambda v: isinstance(v, str) and _ESELON.match(clean_text(v)) is not None).to_numpy(dtype=bool)
        kinds[structural] = "Struktural"
        said |= structural
        written |= structural
    if "position" in frame.columns:
        names = Distinct(frame["position"])
        told, _ = names.parse(_optional(lambda v: named.get(clean_text(v).casefold()) or position_type_of_jabatan(v)))
        by_name = told[names.codes]
        named_rows = ~np.asarray(no_value_mask(frame["position"]), dtype=bool) & ~said
        written |= named_rows
        decided = named_rows & np.array([kind is not None for kind in by_name], dtype=bool)
        kinds[decided] = by_name[decided]
        said |= decided
    if not said.any() or 2 * said.sum() <= written.sum():
        return None, None
    column = Distinct(pd.Series(kinds, dtype=object))
    return column, np.array(column.values, dtype=object)


def _undecided_positions(table: Table, roster: pd.DataFrame, where: str) -> list[dict[str, str]]:
    """A warning naming the jabatan whose position type nothing tells, in a roster whose other rows have theirs
    (:func:`_position_types_told`), with the ``lakip.yml`` lines that state them: each such person is counted as
    unknown, never guessed."""
    undecided = roster[roster["position_type"].isna() & roster["position"].notna()]
    if undecided.empty:
        return []
    first = undecided.drop_duplicates("position")
    cells = [f"'{name}' ({location(table, int(row) - table.grid.row0, 'position').rsplit('!', 1)[-1]})"
             for name, row in zip(first["position"][:5], first["row"][:5])]
    listed = ", ".join(cells) + (" …" if len(first) > 5 else "")
    # JSON strings are YAML too: a name with ':' or quotes pastes as it stands
    snippet = "\n".join(f"  {json.dumps(name, ensure_ascii=False)}: Fungsional  # \0" for name in first["position"][:5])
    return [note("warning", "position_type_undecided", where,
                 f"Jenis jabatan {len(undecided)} pegawai tidak diketahui: nama jabatannya tidak menyebut jenisnya ({listed}; "
                 "mis. tanpa jenjang 'Ahli Muda' atau 'Terampil'), sehingga dihitung 'Tidak diketahui'. Sebutkan jenisnya "
                 "(Struktural, Fungsional atau Pelaksana) di lakip.yml:\nposition_types:\n" + snippet.replace("\0", "atau Struktural, Pelaksana"),
                 f"The position type of {len(undecided)} employees is unknown: their jabatan names say no type ({listed}; "
                 "e.g. no jenjang such as 'Ahli Muda' or 'Terampil'), so they are counted as unknown. State each type "
                 "(Struktural, Fungsional or Pelaksana) in lakip.yml:\nposition_types:\n" + snippet.replace("\0", "or Struktural, Pelaksana"))]


#: the role of a peta jabatan's position row among a roster's skipped rows (``lakip check --explain``)
POSITION_ROW = "position, no person"
#: the role of a person's further line (a second diklat under cells merged down over it) among a roster's skipped rows
CONTINUED_ROW = "further line of the person above"
#: the role of a person no longer serving (pensiun, meninggal, nonaktif) among a roster's skipped rows
INACTIVE_ROW = "no longer serving"
#: the role of a summary row under the people ('JUMLAH WFO', 'JUMLAH CUTI' counting an attendance sheet's day codes)
SUMMARY_ROW = "summary under the people, no person"
#: a summary row's label: a total word, then what it counts
_SUMMARY_LABEL = re.compile(r"^(?:jumlah|total|sub\s*total|rata[\s-]*rata|rekap(?:itulasi)?)\b", re.IGNORECASE)
#: roster columns that only a person's row fills: a row without any of them (nor a NIP) is no employee
_PERSON = ("name", "gender", "golongan", "birth_date", "education", "status")


def _local_numbers(table: Table, nips: pd.Series) -> np.ndarray:
    """Where a NIP column recognised by its content (:data:`~.recognise.NIP_BY_CONTENT`: a system's own employee
    numbers) holds a local number with letters ('BLUD.2019.001') rather than a NIP: the row of someone with no NIP, set
    aside as non-ASN when the row names such a status (else refused with the rows without a NIP); a mistyped NIP
    (digits only) stays a NIP to refuse."""
    if not any(c.name == "nip" and c.how == NIP_BY_CONTENT for c in table.columns):
        return np.zeros(len(nips), dtype=bool)
    return nips.map(lambda v: isinstance(v, str) and re.search(r"[A-Za-z]", v) is not None).to_numpy(dtype=bool)


#: a run of digits as long as a NIP's date parts: a cell 'NIP: 1994…' is a person's NIP with its label, no group
_DIGIT_RUN = re.compile(r"\d{8}")


def _group_labels(table: Table, frame: pd.DataFrame) -> np.ndarray:
    """Where the NIP column holds a group's label with its name after a colon ('Sub Kegiatan: Penyediaan Gaji …', 'Unit
    Kerja: …', merged across the row from the NIP column) and the row nothing else: the heading of the people under
    it, a section title like one in the No column, not a person whose NIP is missing."""
    nip_column = table.column("nip").index
    cells = table.grid.cells

    def label(value: object) -> bool:
        # the colon first: a roster of a million NIPs is one cheap test per cell
        return isinstance(value, str) and ":" in value and labelled_values([value]) and not _DIGIT_RUN.search(value)

    labelled = frame["nip"].map(label).to_numpy(dtype=bool)
    for i in np.flatnonzero(labelled):
        row = cells.iloc[int(frame["_row"].iloc[i])]
        labelled[i] = all(is_no_value(v) for j, v in row.items() if j != nip_column)
    return labelled


def _set_aside(table: Table, frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """The roster rows that are employees of the ASN: without the section titles inside it (``II. DAFTAR URUT
    KEPANGKATAN TENDIK``, a row of one text and no NIP), and without the non-ASN staff (rows without a NIP under a
    section titled for them, ``III. … PEGAWAI HARIAN LEPAS``, or naming their status: ``PHL``, ``Honorer``), and without
    the position rows of a peta jabatan (a jabatan with its kelas and kebutuhan over its holders' rows: no NIP, no name,
    no other data of a person), which the table's record lists as skipped; and how many non-ASN staff of each kind were
    set aside."""
    empty = np.flatnonzero(no_value_mask(frame["nip"]) | _local_numbers(table, frame["nip"]) | _group_labels(table, frame))
    if not len(empty):
        return frame, {}
    cells = table.grid.cells
    titles: dict[int, str] = {}  # position in frame → section title
    aside: dict[int, str] = {}  # position in frame → the non-ASN kind
    positions: list[int] = []  # positions in frame of the rows of a peta jabatan's positions
    continued: list[int] = []  # positions in frame of the further lines of the person above (rowspan)
    summaries: list[int] = []  # positions in frame of summary rows counting something else than people
    person = [c for c in _PERSON if c in frame.columns]
    nip_column = table.column("nip").index
    for i in empty:
        values = [v for v in cells.iloc[int(frame["_row"].iloc[i])].tolist() if not is_no_value(v)]
        texts = [clean_text(v) for v in values if isinstance(v, str)]
        if len(values) == 1 and texts:
            titles[int(i)] = texts[0]
        elif len(values) > 1 and texts and _SUMMARY_LABEL.match(texts[0]) and all(is_no_value(frame[c].iloc[i]) for c in person):
            # 'JUMLAH WFO' and its count per day under an attendance sheet's people: no NIP, no name, no person
            summaries.append(int(i))
        elif kind := next((k for k in map(non_asn_status, texts) if k), None):
            aside[int(i)] = kind
        elif other_number(cells.iat[int(frame["_row"].iloc[i]), nip_column], table.column("nip")):
            aside[int(i)] = "Non-ASN"  # a NUPTK or NIK, or a dash, where a header 'NIP / NUPTK' has the NIP: no civil servant
        elif "position" in frame.columns and not is_no_value(frame["position"].iloc[i]) \
                and all(is_no_value(frame[c].iloc[i]) for c in person):
            positions.append(int(i))
        elif all(is_no_value(frame[c].iloc[i]) for c in person) and (over := table.grid.merged_over(
                int(frame["_row"].iloc[i]), nip_column)) is not None and over[0] < int(frame["_row"].iloc[i]):
            # a person's further line (a second diklat) under the NIP merged down over it: part of the person above
            continued.append(int(i))
    if (positions or continued or summaries) and table.record is not None:
        # a peta jabatan: each position (jabatan, kelas, kebutuhan) on a row of its own over its holders' rows
        done = {row for row, _ in table.record.skipped_rows}
        table.record.skipped_rows = sorted(table.record.skipped_rows + [
            (row, role) for rows, role in ((positions, POSITION_ROW), (continued, CONTINUED_ROW), (summaries, SUMMARY_ROW))
            for i in rows
            if (row := table.grid.row0 + int(frame["_row"].iloc[i])) not in done], key=row_of)
    if titles:
        starts = np.array(sorted(titles))
        for i in empty:
            if int(i) in titles or int(i) in aside:
                continue
            before = starts[starts < i]
            title = titles[int(before[-1])] if len(before) else ""
            if kind := _non_asn_title(title):
                aside[int(i)] = kind
    if not titles and not aside and not positions and not continued and not summaries:
        return frame, {}
    keep = np.ones(len(frame), dtype=bool)
    keep[list(titles) + list(aside) + positions + continued + summaries] = False
    kinds = [aside[i] for i in sorted(aside)]  # in the order of the rows
    counts = {kind: kinds.count(kind) for kind in dict.fromkeys(kinds)}
    return frame[keep].reset_index(drop=True), counts


def _ordered(values: np.ndarray | pd.Series, order: tuple[str, ...]) -> pd.Categorical:
    """``values`` (parsed codes, None where missing) as an ordered categorical of every category of ``order``.

    The distinct values are mapped, not the rows: a roster of a million rows has a dozen golongan.
    A value outside ``order`` is a bug of the kit (its parsers return only the domain's codes), never dropped quietly.

    Example:
        >>> _ordered(np.array(["S1", None, "SMA"], dtype=object), ("SMA", "D3", "S1")).tolist()
        ['S1', nan, 'SMA']
    """
    codes, distinct = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    position = {category: i for i, category in enumerate(order)}
    unknown = [value for value in distinct if value not in position]
    if unknown:
        raise ValueError(f"roster values {unknown!r} are not among the categories {order!r}")
    table = np.array([*(position[value] for value in distinct), -1], dtype=np.int16)  # code -1 (missing) picks the -1
    # categories in pandas' default text dtype: what a Parquet round trip gives back, so the cache returns the same frame
    return pd.Categorical.from_codes(table[codes], categories=pd.Index(order), ordered=True)


def _differ(left: np.ndarray, right: tuple[object, ...]) -> np.ndarray:
    """Whether each value of ``left`` differs from each of ``right`` (both there): a table to index with both sides' codes.

    Example:
        >>> _differ(np.array(["PNS", None], dtype=object), (None, "PNS", "PPPK")).tolist()
        [[False, False, True], [False, False, False]]
    """
    return np.array([[a is not None and b is not None and a != b for b in right] for a in left], dtype=bool).reshape(len(left), len(right))


@dataclass(frozen=True)
class _Seen:
    """The NIPs of a roster sheet (as :attr:`NipColumn.number`) and the Excel rows where they first appear."""

    sheet: str
    nips: np.ndarray
    rows: np.ndarray


def _repeats_others(number: np.ndarray, valid: np.ndarray, seen: list[_Seen]) -> list[str] | None:
    """The earlier roster sheets a sheet lists again whole, when it holds exactly their people: every NIP valid and
    once, every NIP of two or more earlier sheets in it and none besides (a workbook's 'GABUNGAN' after one sheet per
    bidang). None otherwise: a sheet sharing only some NIPs with the others is a NIP used twice, refused at its cell."""
    if len(seen) < 2 or not len(number) or not valid.all():
        return None
    earlier = np.concatenate([s.nips for s in seen])
    own = np.unique(number)
    if len(own) != len(number) or len(np.unique(earlier)) != len(earlier) or len(own) != len(earlier):
        return None
    return [s.sheet for s in seen] if np.isin(own, earlier).all() else None


def _also_in(number: np.ndarray, valid: np.ndarray, excel_rows: np.ndarray, seen: list[_Seen]) -> tuple[dict[int, str], np.ndarray]:
    """Where else each NIP (``number``, where ``valid``) is: ``sheet 'PNS', row 2`` in an earlier sheet, else ``row 2`` of
    this one, by the position of each row whose NIP is; and which rows hold a NIP's first appearance in this sheet."""
    codes = np.full(len(number), -1)
    codes[valid] = pd.factorize(number[valid])[0]  # numbered by first appearance, -1 for no NIP
    first = (codes >= 0) & (codes > np.maximum.accumulate(np.r_[-1, codes[:-1]]))
    firsts = np.flatnonzero(first)  # the k-th distinct NIP first appears at firsts[k]
    also = {int(i): f"row {excel_rows[firsts[codes[i]]]}" for i in np.flatnonzero((codes >= 0) & ~first)}
    if seen:
        # each NIP's first sheet: the sheets in order, each NIP kept where it first appears
        earlier = pd.DataFrame({"sheet": np.repeat([s.sheet for s in seen], [len(s.nips) for s in seen]),
                                "row": np.concatenate([s.rows for s in seen])}, index=np.concatenate([s.nips for s in seen]))
        earlier = earlier[~earlier.index.duplicated()]
        hit = np.flatnonzero(valid & np.isin(number, earlier.index.to_numpy()))
        where = earlier.loc[number[hit]]
        also.update((int(i), f"sheet '{sheet}', row {row}") for i, sheet, row in zip(hit, where["sheet"], where["row"]))
    return also, first


def _group_of(value: object) -> str:
    return parse_golongan(value, group_only=True)


def _groups_only(column: Distinct) -> bool:
    """Whether a roster's golongan cells each give a golongan group and none its ruang (``Golongan III``; an
    application's drop-down 'Juru Muda/Golongan III', whose pangkat name does not fit the group: the group decides):
    the roster is counted by group. A column with one golongan and its ruang is read by golongan, its groups refused."""
    filled = [value for value in column.values if not is_no_value(value)]
    if not filled:
        return False
    for value in filled:
        try:
            parse_golongan(value)
        except ValueParseError:
            try:
                _group_of(value)
            except ValueParseError:
                return False
            continue
        return False
    return True


#: a grade of an employer's own scale (a BUMD's 'A/3', 'C/1', 'D-2': a letter A–E, then a step), which no civil-service
#: golongan (a Roman group, then its ruang: 'III/a') nor PPPK grade (a Roman number) is written as
_OWN_GRADE = re.compile(r"^[A-E]\s*[/.-]?\s*\d{1,2}$", re.IGNORECASE)


def _own_scale(values: pd.Series) -> bool:
    """Whether a roster's golongan column holds only grades of the employer's own scale (:data:`_OWN_GRADE`), as a
    regional company (Perumda, PDAM: a BUMD, whose staff are not civil servants) grades its employees: those are no
    golongan, and the roster is read without (:func:`_own_scale_note` says so). One PNS golongan among them, or any other
    value, and the column is read as golongan, its odd cells refused."""
    filled = [value for value in values.unique() if not is_no_value(value)]
    return bool(filled) and all(_OWN_GRADE.match(clean_text(value)) for value in filled)


def _own_scale_note(table: Table) -> list[dict[str, str]]:
    """A warning for a roster whose golongan column is the employer's own grade scale (see :func:`_own_scale`)."""
    if not table.has("golongan") or not _own_scale(table.frame["golongan"]):
        return []
    header = table.column("golongan").header
    return [note("warning", "golongan_own_scale", table.where,
                 f"Kolom '{header}' memuat skala golongan milik pemberi kerja (misalnya "
                 f"'{clean_text(table.frame['golongan'].dropna().iloc[0])}'), bukan golongan PNS (I/a … IV/e) atau PPPK "
                 "(I–XVII): pegawai dibaca tanpa golongan dan tabel golongan tidak dibuat",
                 f"Column '{header}' holds the employer's own grade scale (such as "
                 f"'{clean_text(table.frame['golongan'].dropna().iloc[0])}'), not a PNS golongan (I/a … IV/e) nor a PPPK "
                 "grade (I–XVII): the staff are read without golongan and the golongan table is left out")]


def _by_group(table: Table, roster: pd.DataFrame) -> list[dict[str, str]]:
    """A note for a roster whose golongan column gives only the golongan group (see :func:`_groups_only`)."""
    given = roster["golongan"].dropna()
    if given.empty or not given.isin(GROUP_ORDER).all():
        return []
    header = table.column("golongan").header
    return [note("info", "golongan_by_group", table.where,
                 f"Kolom '{header}' hanya memuat kelompok golongan (I–IV), tanpa ruang: pegawai dihitung menurut kelompok "
                 "golongan",
                 f"Column '{header}' gives only the golongan group (I–IV), not the ruang: staff are counted by golongan "
                 "group")]


def _golongan_either(value: object) -> str:
    """A golongan of whichever scale fits, for a row whose NIP cannot tell PNS from PPPK."""
    try:
        return parse_golongan(value)
    except ValueParseError:
        try:
            return parse_golongan(value, pppk=True)
        except ValueParseError:
            raise ValueParseError(value, expects("golongan_or_pppk")) from None


def _optional(parse):
    """``parse`` for a column that may be left empty (``-``, ``n/a`` or blank give None)."""
    def parse_or_none(value):
        return None if is_no_value(value) else parse(value)

    return parse_or_none


# ---------------------------------------------------------------- summaries

class _NotModelled(Exception):
    """A staff table by something the kit does not model (age, unit, years of service): reported and skipped."""

    def __init__(self, reason: str, reason_id: str, problem: Problem | None = None, names: tuple[str, str] | None = None):
        super().__init__(reason)
        self.reason, self.reason_id = reason, reason_id
        self.problem = problem  # what to say when no table of the file is usable
        self.names = names  # (English, Indonesian) of what it is by, when known: its headcount is then compared


#: a staff dimension as a problem names it
_DIMENSION_WORDS = {"golongan": Pair("golongan", "golongan"), "gender": Pair("jenis kelamin", "gender"),
                    "education": Pair("pendidikan", "education"), "position_type": Pair("jenis jabatan", "position type"),
                    "status": Pair("status kepegawaian", "status")}

#: phrases of a header or of a table's first labels that name a staff dimension the kit does not model, (English,
#: Indonesian); the first four, in a category column's header, say so whatever its rows hold (eselon II.a reads as a golongan)
_UNMODELLED = (((("umur",), ("usia",), ("kelompok", "umur")), ("age", "umur")),
               ((("eselon",),), ("echelon", "eselon")),
               ((("masa", "kerja"),), ("years of service", "masa kerja")),
               ((("agama",),), ("religion", "agama")),
               ((("diklat",),), ("training", "diklat")),
               ((("unit",), ("bidang",), ("bagian",), ("satuan", "kerja"), ("seksi",), ("upt",), ("unor",), ("skpd",), ("opd",),
                 ("sekretariat",), ("subbag",), ("perangkat", "daerah"), ("kecamatan",), ("kec",), ("dinas",), ("badan",),
                 ("kelurahan",), ("kabupaten",), ("kota",), ("provinsi",), ("wilayah",)),
                ("unit", "unit kerja")))
_BY_HEADER = 5  # how many of _UNMODELLED a category header (or a caption naming no modelled dimension) alone decides
#: words of a caption that name a dimension the kit models
_MODELLED_WORDS = frozenset({"golongan", "gol", "pangkat", "ruang", "pendidikan", "kelamin", "gender", "jabatan", "status"})
_DIMENSION_EN = {"golongan": "golongan", "gender": "gender", "education": "education", "position_type": "position type", "status": "status"}
_DIMENSION_ID = {"golongan": "golongan", "gender": "jenis kelamin", "education": "pendidikan", "position_type": "jenis jabatan",
                 "status": "status kepegawaian"}


#: "… menurut eselon jabatan", "berdasarkan kelompok umur dan jenis kelamin": the words after which a caption names its dimension
_BY = re.compile(r"\b(?:menurut|berdasarkan|berdasar|per)\s+(.+)", re.IGNORECASE)


def _caption_by_unmodelled(caption: str) -> bool:
    """Whether a caption's "menurut …"/"berdasarkan …" names first a dimension the kit does not model, whatever it
    names after (``Menurut Eselon Jabatan``: eselon, though "jabatan" is a modelled word).

    Example:
        >>> _caption_by_unmodelled("JUMLAH PNS MENURUT ESELON JABATAN"), _caption_by_unmodelled("Berdasarkan Jabatan dan Eselon")
        (True, False)
    """
    match = _BY.search(caption or "")
    if match is None:
        return False
    first = match.group(1).split()[:2]
    return _unmodelled([" ".join(first)], _UNMODELLED[:_BY_HEADER]) is not None and not header_words(first[0]) & _MODELLED_WORDS


def _unmodelled(texts: list[str], entries: tuple = _UNMODELLED) -> tuple[str, str] | None:
    words = set().union(*(header_words(t) for t in texts)) if texts else set()
    return next((names for phrases, names in entries if any(set(phrase) <= words for phrase in phrases)), None)


def _not_modelled(table: Table, labels: pd.Series | None) -> _NotModelled:
    """Why a summary table is not used: what its header (or first labels) says it is by."""
    texts = [" ".join(c.path[-1:]) for c in table.columns if c.name == "category"]
    if labels is not None:
        texts += [str(v) for v in labels.head(3)]
    names = _unmodelled(texts)
    en, id_ = names or _rows_header(table)
    return _NotModelled(f"a table by {en}, which the kit does not model", f"tabel menurut {id_}, yang tidak dimodelkan kit",
                        names=names)


def _unusable(table: Table, skip: _NotModelled) -> Problem:
    """The problem of a file whose only staff tables are by dimensions the kit does not model: each named by its
    header cell (the category column's) and its caption, with what the kit reads instead."""
    j = table.column("category").index if table.has("category") else None
    reason = Pair(skip.reason_id, skip.reason)
    return table.grid.problem(table.header_row, j, None, expects("staff_table_captioned", caption=table.title, reason=reason)
                              if table.title else expects("staff_table", reason=reason))


def _headcount(table: Table, names: tuple[str, str]) -> tuple | None:
    """The headcount a table the kit does not model states, as a ``headcounts`` record: its grand total (``Jumlah``,
    ``L`` + ``P``, or one cell merged over ``L`` and ``P``), else the sum of its rows; None when it has no count
    column or a count is not a whole number (the table is skipped all the same)."""
    counts = [c for c in ("count", "male", "female") if table.has(c)]
    if not counts or names[0] == "training":  # one person may have several diklat: no headcount
        return None
    if names[0] == "echelon" and not _lists_everyone(table):
        return None  # the eselon holders only, unless the table has its non-eselon staff too
    data, totals = split_totals(table, ("category",))
    problems: list[Problem] = []
    if len(totals):
        row = totals.iloc[:1]
        stated = {c: whole_numbers(table, row, c, problems, "staff").iloc[0] for c in counts}
        if "count" in stated and pd.notna(stated["count"]):
            total = stated["count"]
        elif pd.notna(stated.get("male")) and (pd.notna(stated.get("female")) or _merged_across(table, int(row["_row"].iloc[0]))):
            total = stated["male"] + (0 if pd.isna(stated.get("female")) else stated["female"])
        else:
            return None
        where = location(table, int(row["_row"].iloc[0]))
    else:
        columns = ["count"] if "count" in counts else [c for c in ("male", "female") if c in counts]
        total = sum(whole_numbers(table, data, c, problems, "staff").sum() for c in columns)
        where = location(table, int(data["_row"].iloc[0])) if len(data) else table.where
    if problems:
        return None
    return names[1], names[0], float(total), where, table.where


def _lists_everyone(table: Table) -> bool:
    """Whether an eselon table has a category for the staff without one (``Non Eselon``, ``Pelaksana``, ``Fungsional``)."""
    texts = [" ".join(path) for _, path in table.others]
    if table.has("category"):
        texts += [str(v) for v in table.frame["category"].dropna()]
    return any({"non", "eselon"} <= header_words(t) or header_words(t) & {"noneselon", "pelaksana", "fungsional", "staf", "staff"}
               for t in texts)


def _merged_across(table: Table, row: int) -> bool:
    """Whether the ``L`` cell of grid row ``row`` is merged over the ``P`` cell beside it (one number for L + P)."""
    male, female = table.column("male").index, table.column("female").index
    span = table.grid.merged_over(row, male)
    # the number is in the merge's first cell: a merge starting left of L (a label over L) holds no L + P
    return span is not None and span[1] == male and span[3] >= female


_Wide = tuple[str, list[tuple[str, str, str | None]], list[tuple[str, str, str | None]]]


def _wide(table: Table, unknown: list[Problem] | None = None) -> _Wide | None:
    """The dimension whose categories head the table's other columns (``I | II | III | IV``, ``SD | SMP … S3``,
    ``IV › L | IV › P …``), (frame label, category, gender or None) of each, and the same of the non-ASN columns
    beside them (``PNS | PPPK | Honorer``, whose category is the header as written); None when fewer than two do.

    The category is the deepest level of a column's header that is a category (``Golongan I › Laki-Laki › 1/a``
    is I/a), the gender the level that is one. Columns of counts among them in a category the kit does not know
    (:func:`_unknown_categories`) are added to ``unknown`` as problems, for the caller to refuse the table once it is
    known to be a table the kit models (a caption by eselon skips it whatever its columns).
    """
    fits: dict[str, list[tuple[str, str, str | None]]] = {}
    aside: list[tuple[str, str, str | None]] = []
    eselon: list[tuple[str, str | None]] = []  # the columns of one eselon each (ESELON › II.a), and their gender
    # each column's band category, when a level above its own names one (STRUKTURAL over II.b): its dimension, value
    bands: dict[str, tuple[str, str]] = {}
    depths: dict[str, int] = {}  # the header level each category column's category is read from
    # columns that name no category of any dimension (PENDIDIKAN › Kursus › L, read as L alone): checked once the
    # table's dimension is known, so that counts under its band in an unknown category are never dropped in silence
    unnamed: list[str] = []
    for label, path in table.others:
        if any(is_total_label(level) or header_key(level) in _SUBTOTALS for level in path):
            continue  # a group's subtotal column (Golongan I › Laki-Laki › Jml, Tetap › Subjml.)
        if names_staff_needs(path):
            # KEBUTUHAN … ABK › JABATAN FUNGSIONAL beside KEADAAN RIIL › JABATAN FUNGSIONAL: the posts a workload
            # analysis asks for, no one in post; added to the staff, every need would be counted as a person
            table.use(label, Pair("kebutuhan pegawai (ABK), bukan pegawai", "staff needed (ABK), not staff in post"))
            continue
        gender = None
        category: tuple[str, str] | None = None
        schools = any(header_words(level) & _SCHOOL_WORDS for level in path[:-1])
        for depth, level in enumerate(path):
            if level.strip().isdigit():  # column numbers, not golongan 1 … 4
                continue
            if depth < len(path) - 1:
                level = band_category(level)  # Jumlah PNS (+ BPTP) over Aktif | Tugas Belajar: the band counts PNS
            if category is not None and category[0] == "golongan" and "/" not in category[1] \
                    and (ruang := _ruang_under(category[1], level)) is not None:
                category = ("golongan", ruang)  # GOLONGAN › IV › B: the ruang letter under its group is IV/b
                depths[label] = depth
                continue
            if non_asn_status(level):
                category = ("non_asn", level.strip())
                if (split := _status_gender(level)) is not None:
                    gender = split  # PPNPN Laki-laki
                continue
            if (split := _status_gender(level)) is not None:
                gender = split  # ASN Laki-laki, PNS P: the ASN by gender
                continue
            for dimension, parse in _SUMMARY_PARSERS.items():
                try:
                    value = parse(level)
                except ValueParseError:
                    continue
                if dimension == "gender":
                    gender = value
                elif dimension == "education" and schools:
                    pass  # BENTUK PENDIDIKAN › SD | SMP | SMA: teachers by the school they teach at, not their schooling
                elif category is None or category[0] != "non_asn":  # Honorer › SMA: honorer, whatever their schooling
                    category = (dimension, value)
                    depths[label] = depth
                    if depth < len(path) - 1 and label not in bands:
                        bands[label] = category
                break
        if category is None:
            unnamed.append(label)
        if category is None and gender is not None:
            category, gender = ("gender", gender), None
        if (_eselon_column(path) or bands.get(label) == ("position_type", "Struktural") and _ESELON.match(clean_text(path[-1]))) \
                and (category is None or category[0] == "golongan") \
                or _eselon_column(path[-1:]) and (category is None or category[0] != "non_asn"):
            # II.a under ESELON, or under a STRUKTURAL band, is an eselon (every structural post has one), no golongan;
            # so is 'Es. V' under any band (JABATAN ADMINISTRASI › Pelaksana › Es. V beside JABATAN PELAKSANA (JFU)):
            # an eselon written as one names the post more closely than the band over it
            eselon.append((label, gender))
            category = None
        if category is not None and category[0] == "non_asn":
            aside.append((label, category[1], gender))
        elif category is not None:
            fits.setdefault(category[0], []).append((label, category[1], gender))
    if eselon and {c for _, c, _ in fits.get("position_type", [])} & {"Fungsional", "Pelaksana"}:
        # eselon columns beside the fungsional and pelaksana ones (a Perda APBD's Lampiran VI): every structural post
        # has an eselon, so they are the Struktural column split by eselon; alone, they count the eselon holders only
        fits["position_type"] = [(label, "Struktural", gender) for label, gender in eselon] + fits["position_type"]
    for dimension, found in list(fits.items()):
        fits[dimension] = kept = _without_total_band(table, found)
        for label in {label for label, _, _ in found} - {label for label, _, _ in kept}:
            table.use(label, Pair("jumlah kelompok kolom lainnya (tidak dihitung lagi)", "total of the other bands (not counted again)"))
    if _parts_of_counts(table, fits.get("gender", [])):
        # TTK › L | P, APOTEKER › L | P beside TOTAL › L | P: the counts' parts by profession, no second table by gender
        for label, _, _ in fits.pop("gender"):
            table.use(label, Pair("bagian dari kolom L dan P, dicocokkan dengannya", "part of the L and P columns, checked against them"))
    best = max(fits, key=lambda d: len(fits[d]), default=None)
    # a band of the table's categories over sub-columns of another kind (PNS › IV/a, STRUKTURAL › a post's name read
    # as something else) counts its category all the same: the band's sum, never a band dropped without a word
    for dimension, found in list(fits.items()):
        if dimension == best:
            continue
        moved = [(label, bands[label][1], gender) for label, _, gender in found if bands.get(label, ("",))[0] == best]
        if moved:
            fits[best] = fits[best] + moved
            fits[dimension] = [f for f in found if bands.get(f[0], ("",))[0] != best]
    # one status beside columns of non-ASN staff (PNS | Guru Honda | GTT) is a table by status all the same
    if best is None or len(fits[best]) + (len(aside) if best == "status" else 0) < 2:
        return None
    if unknown is not None:
        unknown += _unknown_categories(table, best, fits[best], depths, [u for u in unnamed if best != "gender" or u not in depths])
    if best == "golongan" and any("/" in c for _, c, _ in fits[best]):
        fits[best] = [f for f in fits[best] if "/" in f[1]]  # group columns (IV) beside their golongan (IV/a) are subtotals
    # two headers written differently for one category (PPPK | PPPK-PW) are added up; one header twice is ambiguous
    paths = dict(table.others)
    written = [(c, g, " ".join(paths[label]).casefold()) for label, c, g in fits[best]]
    return (best, fits[best], aside) if len(set(written)) == len(written) else None


#: the categories a staff dimension knows, as a refusal lists them
_KNOWN_CATEGORIES: dict[str, Callable[[], tuple[str, ...]]] = {
    "golongan": lambda: (*GROUP_ORDER[::-1], "I/a … IV/e"), "gender": lambda: ("L", "P", *GENDER_ORDER),
    "position_type": lambda: POSITION_TYPE_ORDER, "education": education_order, "status": lambda: ("PNS", "PPPK"),
}


def _siblings(path: tuple[str, ...], other: tuple[str, ...], depth: int) -> bool:
    """Whether the header path ``path`` stands where ``other``'s category (at level ``depth``) stands: the same
    levels above it (the band: ``PENDIDIKAN``) and below it (``L``), only the category's own level differing. A path of
    one level has no band to share.

    Example:
        >>> _siblings(("PENDIDIKAN", "Kursus", "L"), ("Pendidikan", "SD", "L"), 1), _siblings(("kursus", "pria"), ("sd", "pria"), 0)
        (True, True)
        >>> _siblings(("PENDIDIKAN", "Kursus", "L"), ("PENDIDIKAN", "SD", "P"), 1), _siblings(("Kursus",), ("SD",), 0)
        (False, False)
    """
    if len(path) != len(other) or len(other) < 2:
        return False
    return all(header_key(a) == header_key(b) for k, (a, b) in enumerate(zip(path, other)) if k != depth)


def _unknown_categories(table: Table, dimension: str, found: list[tuple[str, str, str | None]], depths: dict[str, int],
                        unnamed: list[str]) -> list[Problem]:
    """A problem for each column among ``unnamed`` (naming no category of any dimension) that stands among the
    category columns ``found`` of the table's ``dimension`` and holds counts: under their band, or between them in a
    header of one row (``PENDIDIKAN › SD › L | Kursus › L | S1 › L``, ``jml_sd_pria | jml_kursus_pria``).

    Such a column counts staff of a category the kit does not know: read with the others it would be added to none of
    them, and left aside the table's totals by category and by sex would lack its people without a word. None of the
    dimensions has a category for the rest (``Lainnya``) to put them in, so the table is refused at the column's
    header cell, naming the known categories. A total column under the band (``Jumlah``, ``Total``) is set aside before
    (it is checked against the categories), an empty or all-zero column counts no one, and a column of text (``Ket.``)
    counts nothing.
    """
    paths = dict(table.others)
    columns = [(paths[label], depths[label], _column_index(label)) for label, _, _ in found if label in depths]
    if not columns:
        return []
    first, last = min(j for _, _, j in columns), max(j for _, _, j in columns)
    problems = []
    known = ", ".join(_KNOWN_CATEGORIES[dimension]())
    for label in unnamed:
        path = paths[label]
        j = _column_index(label)
        beside = [(other, depth) for other, depth, _ in columns if _siblings(path, other, depth)]
        if not beside and len(path) == 1 and all(len(other) == 1 for other, _, _ in columns) and first < j < last:
            beside = [(other, depth) for other, depth, _ in columns]
        if not beside:
            continue
        scratch: list[Problem] = []
        counts = whole_numbers(table, table.frame, label, scratch, "staff")
        if scratch or not (counts.fillna(0) > 0).any():
            continue  # no counts: text, or no one counted
        other, depth = beside[0]
        # the band over both (PENDIDIKAN), or, with none, a category column beside it as written (sd › pria)
        band = " › ".join(other[:depth]) or " › ".join(other)
        problems.append(table.grid.problem(table.header_row, j - table.grid.col0, " › ".join(path),
                                           expects("category_column_known", dimension=_DIMENSION_WORDS[dimension],
                                                   category=path[depth], known=known, band=band)))
    return problems


def _column_values(table: Table, labels: list[str]) -> pd.DataFrame | None:
    """The whole numbers of the frame's columns ``labels`` (empty cells 0), or None when a cell is no number."""
    scratch: list[Problem] = []
    cells = pd.concat([whole_numbers(table, table.frame, label, scratch, "staff") for label in labels], axis=1)
    return None if scratch else cells.fillna(0).set_axis(labels, axis=1)


def _bands_of(table: Table, found: list[tuple[str, str, str | None]]) -> dict[tuple[str, ...], dict[tuple[str, str | None], str]]:
    """A dimension's category columns by the band over them (their header path but its last level): band →
    {(category, gender): column label}."""
    paths = dict(table.others)
    bands: dict[tuple[str, ...], dict[tuple[str, str | None], str]] = {}
    for label, category, gender in found:
        bands.setdefault(tuple(paths[label][:-1]), {})[(category, gender)] = label
    return bands


def _adds_up(values: pd.DataFrame, total: str, parts: list[str]) -> bool:
    """Whether the column ``total`` holds, on every row, the sum of the columns ``parts``."""
    return bool((values[total] == values[parts].sum(axis=1)).all())


def _without_total_band(table: Table, found: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
    """A dimension's category columns without those of a band that is the sum of the other bands: of three bands or
    more over the same categories (TENAGA TEKNIS KEFARMASIAN | APOTEKER | TENAGA KEFARMASIAN, each over L | P), the one
    whose every column holds, on every row, the sum of the same category's columns of all the others is their total,
    whatever its label says; read as another band, each person would be counted twice. Two bands, or none that adds up
    the others, are kept as they are.

    Example: TTK › L 23, APOTEKER › L 10, SEMUA › L 33 on each row (and so for P): the SEMUA columns are dropped.
    """
    bands = _bands_of(table, found)
    if len(bands) < 3 or len({frozenset(cols) for cols in bands.values()}) != 1:
        return found
    values = _column_values(table, [label for label, _, _ in found])
    if values is None:
        return found
    total = None
    for band, columns in bands.items():
        others = [b for b in bands if b != band]
        if all(_adds_up(values, label, [bands[b][key] for b in others]) for key, label in columns.items()) \
                and values[list(columns.values())].to_numpy().any():
            if total is not None:
                return found  # two bands each adding up the others (all zero but one): nothing settled
            total = band
    if total is None:
        return found
    dropped = set(bands[total].values())
    return [entry for entry in found if entry[0] not in dropped]


def _parts_of_counts(table: Table, found: list[tuple[str, str, str | None]]) -> bool:
    """Whether a table's band columns by sex (TTK › L | P, APOTEKER › L | P) add up, on every row, to its own L and P
    count columns (TOTAL › L | P): those bands are the counts' parts by something the kit does not model (a
    profession), so the counts are the table by gender and the bands no second one. Two bands at least, each with an L
    and a P column."""
    if not found or not (table.has("male") and table.has("female")):
        return False
    bands = _bands_of(table, found)
    if len(bands) < 2 or any({category for category, _ in columns} != {"Laki-laki", "Perempuan"} for columns in bands.values()):
        return False
    values = _column_values(table, ["male", "female"] + [label for label, _, _ in found])
    if values is None:
        return False
    for column, gender in (("male", "Laki-laki"), ("female", "Perempuan")):
        if not _adds_up(values, column, [label for label, category, _ in found if category == gender]):
            return False
    return True


#: a band label's leading total word and its trailing remark in parentheses ('Jumlah PNS (+ BPTP)')
_BAND_TOTAL = re.compile(r"^\s*(?:jumlah|jml\.?|total)\s+(?P<words>.*?)\s*(?:\([^()]*\))?\s*$", re.IGNORECASE)


def band_category(level: str) -> str:
    """What a band label over sub-columns counts, as a category's words: 'Jumlah PNS (+ BPTP)' over Aktif | Tugas
    Belajar | CPNS is the PNS counted in them, the total word and the remark in parentheses dropped; any other label
    as it is (a band that names no category stays unread, as before).

    Example:
        >>> band_category("Jumlah PNS (+ BPTP)"), band_category("JML PPPK"), band_category("Jumlah"), band_category("PNS")
        ('PNS', 'PPPK', 'Jumlah', 'PNS')
    """
    match = _BAND_TOTAL.match(level)
    return match.group("words") if match and match.group("words") else level


def _eselon_column(path: tuple[str, ...] | list[str]) -> bool:
    """Whether a column's header path names one eselon: an eselon (``II.a``, ``IV``) under an ``ESELON`` band, or
    ``Eselon III`` (``Esl. IV``, ``Es. V``) in one cell.

    Example:
        >>> _eselon_column(["ESELON", "II.a"]), _eselon_column(["Eselon III.b"]), _eselon_column(["II.a"])
        (True, True, False)
        >>> _eselon_column(["JABATAN ADMINISTRASI", "Pelaksana", "Es. V"]), _eselon_column(["Pelaksana", "V"])
        (True, False)
    """
    leaf = clean_text(path[-1])
    return bool(_ESELON_WRITTEN.match(leaf)) or bool(_ESELON.match(leaf)) and any(_is_eselon(level) for level in path[:-1])


_RUANG_LETTER = re.compile(r"^\s*([A-Ea-e])\s*$")


def _ruang_under(group: str, level: str) -> str | None:
    """The golongan a header level of one ruang letter names under the column's group (``IV`` › ``B`` is IV/b), or
    None when the level is no letter or the two make no golongan (``I`` › ``E``).

    Example:
        >>> _ruang_under("IV", "B"), _ruang_under("III", "d"), _ruang_under("I", "E"), _ruang_under("IV", "JML")
        ('IV/b', 'III/d', None, None)
    """
    if not (match := _RUANG_LETTER.match(level)):
        return None
    try:
        return parse_golongan(f"{group}/{match.group(1)}")
    except ValueParseError:
        return None


_Summary = tuple[str, pd.DataFrame, pd.DataFrame, pd.DataFrame]
#: words of a band label over kinds of school (``Bentuk Pendidikan``, ``Jenjang Sekolah``): its SD | SMP | SMA are schools
_SCHOOL_WORDS = frozenset({"bentuk", "sekolah", "satuan"})
#: header keys of a group's subtotal column
_SUBTOTALS = frozenset({"jml", "jumlah", "total", "subjml", "subjumlah", "subtotal", "subtot"})


_STATUS_WORDS = frozenset({"asn", "pns", "pppk", "cpns"})


def _status_gender(level: str) -> str | None:
    """The gender of a header that names staff by status and gender in one cell (``ASN Laki-laki``, ``PNS P``,
    ``PPNPN Perempuan``), or None.

    Example:
        >>> _status_gender("ASN Laki-laki"), _status_gender("PPNPN Perempuan"), _status_gender("Laki-laki")
        ('Laki-laki', 'Perempuan', None)
    """
    words = level.split()
    if len(words) < 2 or not (words[0].lower() in _STATUS_WORDS or non_asn_status(words[0])):
        return None
    try:
        return parse_gender(" ".join(words[1:]))
    except ValueParseError:
        return None


def _summary(table: Table, notes: list[dict[str, str]]) -> list[_Summary]:
    """One summary table as (dimension, long records, the totals it states, its non-ASN records), one per dimension
    it gives.

    A table gives its rows' dimension (``Golongan`` rows with ``Jumlah`` or
    ``L | P``), the dimension of its category columns (``Unit Kerja`` rows
    under ``SD | SMP … S3``: the column sums), or both (a cross-table).
    Rows or columns of non-ASN staff (``Honorer`` under the golongan rows) are
    records of their own, so that the table's total, which counts them, still checks.
    Each row's own ``Jumlah`` (``L | P``) beside category columns is checked against
    its cells: a ``sum_mismatch`` note in ``notes``.
    """
    counts = [c for c in ("count", "male", "female") if table.has(c)]
    unknown: list[Problem] = []
    wide = _wide(table, unknown)
    if not counts and wide is None:
        if table.has("category"):
            raise _not_modelled(table, None)
        raise InputError(table.problem(table.header_row, None, None, expects("count_columns")))
    header = [c.path[-1] for c in table.columns if c.name == "category"]
    if header and _unmodelled(header, _UNMODELLED[:_BY_HEADER]):
        raise _not_modelled(table, None)  # "Eselon", "Umur": whatever its rows look like
    if (not header_words(table.title) & _MODELLED_WORDS or _caption_by_unmodelled(table.title)) \
            and (by := _unmodelled([table.title], _UNMODELLED[:_BY_HEADER])):
        # "Jumlah Pegawai Berdasarkan Eselon" over IIIa | IIIb | IVa: eselon, though its columns read as golongan
        raise _NotModelled(f"a table by {by[0]}, which the kit does not model", f"tabel menurut {by[1]}, yang tidak dimodelkan kit",
                           names=by)
    if unknown:
        raise InputError(unknown)  # counts under the band in a category the kit does not know: never dropped in silence
    data, totals = split_totals(table, ("category",))
    # a row naming a group with no count (a unit over its education rows) is a heading; a failed formula (#N/A) is a
    # count not given, whose row stays to be warned of
    counted = counts + [label for label, _, _ in (wide[1] + wide[2] if wide else [])]
    if counted and len(data):
        data = data[~data[counted].map(lambda v: is_no_value(v) and not excel_error(v)).all(axis=1)].reset_index(drop=True)
    if counted and len(data):
        # a row of L + P per group under the totals, each figure merged over its L and P: no men, checked and set aside
        data = _sexes_together(table, data, notes)
    if counted and table.has("category") and len(data):
        # rows numbered 1 … n under a roman-numbered row that adds them up ('II RUMAH SAKIT' over its kabupaten):
        # counted once, by the row over them; a parent they do not add up to is refused, never counted twice
        # rows numbered again from 1 under a unit, whose numbering then goes on (a SIMPEG's sub-units under each unit)
        data = _renumbered_parts(table, _marked_parts(table, _breakdown_rows(table, data, counted), counted), counted)
    if counted and totals.empty and (last := _sum_row(table, data, counted)) is not None:
        data, totals = data.iloc[:last].reset_index(drop=True), data.iloc[last:].reset_index(drop=True)
    if counted and totals.empty and (last := _total_over_numbers(table, data)) is not None:
        data, totals = data.iloc[:last].reset_index(drop=True), data.iloc[last:].reset_index(drop=True)
    if counted and table.has("category") and len(data):
        data = _empty_repeats(table, _group_subtotal_rows(table, data, counted), counted, notes)
    if data.empty:
        raise InputError(table.problem(table.header_row + 1, None, None, expects("rows_above_total")
                                       if len(totals) else expects("rows_per_category")))
    if (dated := _snapshots(table, data)) is not None:
        raise InputError(dated)
    problems: list[Problem] = []
    out: list[_Summary] = []
    if wide is not None:
        out.append(_wide_summary(table, wide, data, totals, problems))
        notes += _row_sums(table, wide, data, problems) + _column_sums(table, wide, data, totals, problems) + _columns_joined(table, wide)
    if counts and ("male" in counts) != ("female" in counts):
        problems.append(table.problem(table.header_row, None, None, expects("male_and_female")))
    values = {c: whole_numbers(table, data, c, problems, "staff") for c in counts}
    stated = {c: whole_numbers(table, totals, c, problems, "staff") for c in counts}
    if not counts and wide is not None and table.has("category"):
        # no Jumlah beside the band (kinds of staff down the side of S3 … SMA/SMK): each row's count is the sum of its
        # cells, so that rows by a dimension give that table too, and rows by another thing are said to be skipped
        cells = pd.concat([whole_numbers(table, data, label, problems, "staff") for label, _, _ in wide[1]], axis=1)
        counts, values = ["count"], {"count": cells.sum(axis=1, min_count=1)}
        stated = {"count": pd.Series(float("nan"), index=totals.index)}  # a total row states the columns' totals only
    dimension, categories, kinds = "gender", None, None  # one row across: L | P | Jumlah
    if counts and table.has("category"):
        try:
            dimension, categories, kinds = _dimension(table, data, problems, notes, wide[0] if wide else None)
        except _NotModelled as rows_by:
            if wide is None and counts == ["count"] and (by_status := _units_of_one_status(table, rows_by, values, stated, totals)):
                # units down the side of one headcount, the caption naming the one status of everyone counted (a payroll
                # recap by SKPD 'Periode: Desember 2025 | PNS'): the column's sum is the table by status
                notes.append(_rows_not_modelled(table, data, rows_by, ["status"]))
                status = by_status[1]["category"].iloc[0]
                notes.append(note("info", "status_from_caption", table.where,
                                  f"Status kepegawaian semua yang dihitung tabel ini, {status}, dibaca dari judulnya "
                                  f"('{_caption_status(table.title)}'): kolomnya hanya jumlah per baris",
                                  f"The status of everyone this table counts, {status}, is read from its caption "
                                  f"('{_caption_status(table.title)}'): its columns give only counts per row"))
                return [by_status]
            if wide is None and not {"male", "female"} <= set(counts):
                raise
            # units down the side of L | P: the gender table is the column sums, beside the band's table (desa down
            # the side of L | P and of SD … S3) unless the band's columns are split by sex already
            by_sex = {"male", "female"} <= set(counts) and (wide is None or all(g is None for _, _, g in wide[1]))
            dimensions = ([wide[0]] if wide else []) + (["gender"] if by_sex and not (wide and wide[0] == "gender") else [])
            notes.append(_rows_not_modelled(table, data, rows_by, dimensions))
            if by_sex:
                out.append(_gender_sums(table, values, stated, totals))
            if wide is None:
                return out
            counts = []  # units down the side: only the column sums are a table
    elif counts and not ("male" in counts and "female" in counts and len(data) == 1):
        if wide is None:
            problems.append(table.problem(table.header_row, None, None, expects("category_column")))
        counts = []
    if problems:
        raise InputError(problems)
    if table.has("count"):
        notes += _complement_sums(table, data, totals, wide)
    if not counts:
        return out
    here = [location(table, int(r)) for r in data["_row"]]
    records, stated_records, aside = [], [], []
    if categories is None:
        for column, gender in _GENDER_COLUMNS.items():
            records.append((dimension, gender, None, values[column].iloc[0], here[0]))
        if "count" in counts:
            stated_records.append((dimension, None, None, values["count"].iloc[0], here[0]))
    for i, category in enumerate(categories or []):
        if kinds is not None and kinds[i] is not None:  # a non-ASN row, under its label as written
            label = " ".join(str(data["category"].iloc[i]).split())
            if "male" in counts and "female" in counts:
                aside += [(dimension, label, gender, values[column].iloc[i], here[i]) for column, gender in _GENDER_COLUMNS.items()]
            else:
                aside.append((dimension, label, None, values[counts[0]].iloc[i], here[i]))
        elif "male" in counts and "female" in counts:
            for column, gender in _GENDER_COLUMNS.items():
                records.append((dimension, category, gender, values[column].iloc[i], here[i]))
            if "count" in counts:
                stated_records.append((dimension, category, None, values["count"].iloc[i], here[i]))
        else:
            records.append((dimension, category, None, values[counts[0]].iloc[i], here[i]))
    for i, row in enumerate(totals["_row"]):
        for column in counts:
            if pd.isna(stated[column].iloc[i]):
                continue
            gender = _GENDER_COLUMNS.get(column)
            # in a table by gender, its L and P totals are the totals of those two categories
            category, gender = (gender, None) if dimension == "gender" else (None, gender)
            stated_records.append((dimension, category, gender, stated[column].iloc[i], location(table, int(row))))
    whole = _non_asn_title(table.title)
    if whole is not None:  # "Rincian Jumlah PTTB menurut Pendidikan": every row is non-ASN
        aside += [(d, whole, gender, count, where) for d, _, gender, count, where in records]
        records = []
    out.insert(0, (dimension, _records(records, table), _records(stated_records, table), _records(aside, table)))
    return out


def _sexes_together(table: Table, data: pd.DataFrame, notes: list[dict[str, str]]) -> pd.DataFrame:
    """``data`` without the rows that state, per group of columns, its men and women together in one cell merged
    across the group's L and P columns (a dashboard's last row under its 'Jumlah' row: 174 in 'Lektor › L' merged over
    'Lektor › P'). Such a row has no label of its own (the total's label is merged down over it), and every figure of
    it stands in a cell merged over exactly one L and one P column of the same row. Read as men, its figures would count
    every lecturer again; so each is checked against the L and P of the rows in its two columns, an info
    ``sexes_together`` note when they all agree, a ``sum_mismatch`` error naming the cell for each that does not, and
    the row is set aside in the table's record either way.

    Near miss: a row with no label whose figures stand in the L columns unmerged is read as before (a row of men), and
    a labelled row is never taken, whatever its cells are merged over.
    """
    if not (table.has("male") and table.has("female")) or data.empty:
        return data
    sex_of: dict[int, tuple[str, str]] = {}  # grid column → (male/female, frame label)
    for name in ("male", "female"):
        for label in table.parts.get(name) or [name]:
            j = table.part_columns[label] if label in table.part_columns else table.column(label).index
            sex_of[j] = (name, label)
    grid = table.grid
    together: dict[int, list[tuple[int, int, float]]] = {}  # position in data → (male column, female column, figure)
    for i in range(len(data)):
        if table.has("category") and not is_no_value(data["category"].iloc[i]):
            continue
        r = int(data["_row"].iloc[i])
        filled = [j for j in sex_of if j in grid.cells.columns and not is_no_value(grid.cells.iat[r, j])]
        pairs = []
        for j in filled:
            span = grid.merged_over(r, j)
            if span is None or span[0] != r or span[2] != r or span[1] != j:
                break
            covered = [sex_of[k][0] for k in range(span[1], span[3] + 1) if k in sex_of]
            if sorted(covered) != ["female", "male"] or span[3] - span[1] + 1 != 2:
                break
            value = grid.cells.iat[r, j]
            if not isinstance(value, (int, float, np.integer, np.floating)) or isinstance(value, bool):
                break
            pairs.append((j, span[3], float(value)))
        else:
            if pairs:
                together[i] = pairs
    if not together:
        return data
    rest = data.drop(index=data.index[list(together)])
    scratch: list[Problem] = []  # a bad cell of the rows is reported by the summary itself
    summed = {j: float(whole_numbers(table, rest, sex_of[j][1], scratch, "staff").sum()) for j in sex_of}
    wrong = []
    for i, pairs in together.items():
        r = int(data["_row"].iloc[i])
        for j, k, value in pairs:
            want = summed[j] + summed[k]
            if not scratch and abs(want - value) > 0.5:
                (got_id, got_en), (want_id, want_en) = amounts(want), amounts(value)
                wrong.append(note("error", "sum_mismatch", f"{grid.file}:{grid.sheet}!{grid.cell_name(r, j)}",
                                  f"L dan P baris-baris tabel di kolom ini berjumlah {got_id}, tidak sama dengan L + P "
                                  f"yang tercantum {want_id} (sel digabung di atas L dan P)",
                                  f"The rows' L and P in these columns add up to {got_en}, not the stated L + P "
                                  f"{want_en} (a cell merged over L and P)"))
    rows = [grid.row0 + int(data["_row"].iloc[i]) for i in together]
    shown = ", ".join(map(str, rows))
    if not wrong:
        notes.append(note("info", "sexes_together", location(table, int(data["_row"].iloc[next(iter(together))])),
                          f"Baris {shown} menyebut L + P tiap kelompok kolom dalam sel yang digabung di atas L dan P, "
                          "sama dengan jumlah baris-barisnya: bukan laki-laki, tidak dihitung lagi",
                          f"{'Rows' if len(rows) > 1 else 'Row'} {shown} {'state' if len(rows) > 1 else 'states'} each "
                          "column group's L + P in a cell merged over L and P, which the rows add up to: no men, not "
                          "counted again"))
    notes += wrong
    if table.record is not None:
        table.record.skipped_rows = sorted(table.record.skipped_rows + [
            (row, Pair("L + P tiap kelompok, digabung di atas L dan P", "L + P of each group, merged over L and P"))
            for row in rows], key=row_of)
    return rest.reset_index(drop=True)


#: a total word before a group's label: the subtotal row of a Perda APBD's Lampiran VI ('JUMLAH GOLONGAN IV')
_SUBTOTAL_WORD = re.compile(r"^\s*(?:sub\s*[-\u2013]?\s*)?(?:jumlah|jml\.?|total)\s+(?=gol)", re.IGNORECASE)


def _group_subtotal_rows(table: Table, data: pd.DataFrame, counted: list[str]) -> pd.DataFrame:
    """``data`` without the rows of a golongan group (``Golongan III``, ``JUMLAH GOLONGAN III``) that add up, in every
    count column, to the group's own golongan rows (``III/a`` … ``III/d``) of the same table: such a row, above or
    below them, is their subtotal (a BPS Dalam Angka table ends each group with one), set aside and said in the table's
    record. A group row that does not add up stays, for the summary to refuse as groups mixed with golongan.
    """
    def group_or_golongan(value: object) -> str | None:
        try:
            # only a group may follow the total word: 'Jumlah Golongan III/a' is no golongan row
            if isinstance(value, str) and _SUBTOTAL_WORD.match(value):
                group = parse_golongan(_SUBTOTAL_WORD.sub("", value), group_only=True)
                return group if group in GROUP_ORDER else None
            return parse_golongan(value, group_only=True)
        except ValueParseError:
            return None

    parsed, _ = map_unique(data["category"], group_or_golongan)
    groups = parsed.isin(GROUP_ORDER).to_numpy()
    if not groups.any():
        return data
    problems: list[Problem] = []
    cells = pd.concat([whole_numbers(table, data, c, problems, "staff") for c in counted], axis=1)
    if problems:
        return data  # the bad cells are reported by the summary itself
    subtotals = np.zeros(len(data), dtype=bool)
    for i in np.flatnonzero(groups):
        members = (parsed.str.split("/").str[0].eq(parsed.iloc[i]) & ~parsed.isin(GROUP_ORDER)).fillna(False).to_numpy(dtype=bool)
        subtotals[i] = members.any() and bool(((cells[members].sum() - cells.iloc[i].fillna(0)).abs() <= 0.5).all())
    table.record.skipped_rows += [(table.grid.row0 + int(r), "subtotal of a golongan group, the sum of its golongan rows")
                                  for r in data["_row"].to_numpy()[subtotals]]
    return data[~subtotals].reset_index(drop=True)


def _empty_repeats(table: Table, data: pd.DataFrame, counted: list[str], notes: list[dict[str, str]]) -> pd.DataFrame:
    """``data`` without the rows that repeat an earlier row's label and count nobody (every count zero or empty), each
    said in a ``category_repeated`` note: a template that prints one line twice (a Perda APBD's Lampiran VI prints
    'Golongan IV/e' twice) and leaves the second at zero says nothing the first does not. A repeat with a count stays,
    for the summary to refuse: which of the two is the category's count is not known.
    """
    scratch: list[Problem] = []  # a bad cell is reported by the summary itself
    cells = pd.concat([whole_numbers(table, data, c, scratch, "staff") for c in counted], axis=1)
    empty = cells.fillna(0).eq(0).all(axis=1).to_numpy()
    labels = [" ".join(str(v).split()).casefold() if isinstance(v, str) else None for v in data["category"]]
    first: dict[str, int] = {}
    repeats = np.zeros(len(data), dtype=bool)
    for i, label in enumerate(labels):
        if label is None:
            continue
        if label in first and empty[i]:
            repeats[i] = True
            row, shown = table.grid.row0 + int(data["_row"].iloc[i]), " ".join(str(data["category"].iloc[i]).split())
            notes.append(note("info", "category_repeated", location(table, int(data["_row"].iloc[i])),
                              f"'{shown}' tercetak lagi di baris {row} (pertama di baris {first[label]}) tanpa jumlah: "
                              "baris itu dilewati",
                              f"'{shown}' is printed again in row {row} (first in row {first[label]}) with no count: "
                              "the row is skipped"))
        first.setdefault(label, table.grid.row0 + int(data["_row"].iloc[i]))
    table.record.skipped_rows += [(table.grid.row0 + int(r), "a category printed again with no count")
                                  for r in data["_row"].to_numpy()[repeats]]
    return data[~repeats].reset_index(drop=True) if repeats.any() else data


def _snapshots(table: Table, data: pd.DataFrame) -> Problem | None:
    """The problem of a table whose rows are dated snapshots of the same staff, else None.

    A data portal keeps one row per update ('TANGGAL DIPERBARUI': 2021-07-12, 2022-07-05), each row counting the whole
    staff again: added up, they would count everyone twice, and which snapshot is the year's is the user's choice. A
    column not read whose every row holds a date, two dates or more, says so; one date in every row (the day the
    counts were taken) is no such column.
    """
    if len(data) < 2:
        return None
    for label, path in table.others:
        dates, errors = parse_dates(data[label])
        if errors.notna().any() or dates.isna().any() or dates.nunique() < 2:
            continue
        first = int(data["_row"].iloc[0])
        header = " › ".join(path)
        shown = ", ".join(d.strftime("%d-%m-%Y") for d in sorted(dates.unique())[:3])
        return table.grid.problem(first, _column_index(label) - table.grid.col0, data[label].iloc[0],
                                  expects("snapshots", header=header, dates=shown), header)
    return None


#: a row number of the top level (a roman numeral: 'II', 'IV.') and of the level under it (an arabic one: '12', '3.')
_ROMAN_NUMBER = re.compile(r"^(?=[IVXLC])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\.?$")
_ARABIC_NUMBER = re.compile(r"^\d{1,3}\.?$")


def _number_column(table: Table) -> str | None:
    """The frame label of a table's row-number column ('NO', 'Nomor'), kept among its unused columns; None without one."""
    return next((label for label, path in table.others if path and header_key(path[-1]) in ROW_NUMBERS), None)


def _row_number(value: object) -> str | None:
    """'roman' or 'arabic' for a row-number cell ('II', 'IV.'; 3, '12.'), None for anything else."""
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        return "arabic" if not pd.isna(value) and float(value).is_integer() else None
    text = clean_text(value) if isinstance(value, str) else ""
    return "roman" if _ROMAN_NUMBER.match(text) else "arabic" if _ARABIC_NUMBER.match(text) else None


def _breakdown_rows(table: Table, data: pd.DataFrame, counted: list[str]) -> pd.DataFrame:
    """``data`` without the rows that break down a row above them: rows numbered 1 … n (arabic) right under a row
    numbered in roman ('II' 'RUMAH SAKIT', then the kabupaten/kota 1 … 35 of a health profile), each count of the roman
    row the sum of theirs. They are set aside in the table's record, the row over them counted: read together, every
    person of them would be counted twice. Where they do not add up to it, the table is refused at that row (an
    :class:`InputError`): whether it is their sum or a unit of its own is not known, and neither reading may be
    guessed. A roman row with no numbered rows under it ('III', 'IV') is a row like any other.

    Example: II RUMAH SAKIT 806 | 4504 over 1 Kab.Cilacap 33 | 94 … 35 Kota Tegal 38 | 124 (adding up to it), then
    III, IV, V: the rows II, III, IV, V are read.
    """
    column = _number_column(table)
    if column is None or column not in data:
        return data
    kinds = [_row_number(v) for v in data[column]]
    if "roman" not in kinds or "arabic" not in kinds:
        return data
    runs = []
    for i, kind in enumerate(kinds):
        end = i + 1
        while kind == "roman" and end < len(kinds) and kinds[end] == "arabic":
            end += 1
        if end > i + 1:
            runs.append((i, i + 1, end))
    number = data[column]
    return _parts_aside(
        table, data, counted, runs, within=False,
        refusal=lambda i: expects("breakdown_adds_up", first=clean_text(number.iloc[i + 1]), parent=clean_text(data["category"].iloc[i]),
                                  number=clean_text(number.iloc[i])),
        role=lambda i: Pair(f"rincian '{clean_text(data['category'].iloc[i])}', yang menjumlahkannya: dihitung sekali",
                            f"breakdown of '{clean_text(data['category'].iloc[i])}', which adds it up: counted once"))


def _renumbered_parts(table: Table, data: pd.DataFrame, counted: list[str]) -> pd.DataFrame:
    """``data`` without the rows numbered again from 1 under a row whose own numbering goes on after them (1, 2, then 1,
    2, 3 under the 2, then 3, …: a SIMPEG report's sub-units under each unit, counting the unit's people again), where
    each of their counts added up is within that row's (:func:`_parts_aside`, ``within``: the unit has people of its
    own beside its sub-units'); a row they exceed refuses the table. The numbers are read top down, a number going on
    the run under way before it resumes the rows above (the 3 after 1, 2 under the 2 is the third sub-unit; a 3 after
    1, 2, 3 the next unit); numbering that neither goes on nor starts again, or no row numbered again, is left as it is;
    numbers read more than one way (1, 1, 2: the 2 is the sub-unit's next or the next unit) refuse the table.

    Example: 1 Sekretariat Daerah, 2 Dinas Kesehatan, 1 Sekretariat, 2 Bidang …, 3 Bidang …, 3 BKPSDM, 1 Sekretariat …:
    the rows 1, 2, 3 of each unit are set aside, the units read.
    """
    column = _number_column(table)
    if column is None or column not in data or len(data) < 3:
        return data
    numbers = [int(v) if _row_number(v) == "arabic" else None for v in
               data[column].map(lambda v: clean_text(v).rstrip(".") if isinstance(v, str) else v)]
    if any(n is None for n in numbers) or numbers[0] != 1:
        return data
    readings = _renumberings(numbers)
    labels = data["category"]
    if len(readings) > 1:
        # several readings the numbers alone do not tell apart (1, 1, 2): left as they are, a sub-unit could be counted
        # twice, so the table is refused at the first row the readings disagree on
        aside = [{r for _, start, end in runs for r in range(start, end)} for runs in readings]
        i = min(set.union(*aside) - set.intersection(*aside))
        raise InputError(table.problem(int(data["_row"].iloc[i]), "category", labels.iloc[i],
                                       expects("renumbered_ambiguous", label=clean_text(labels.iloc[i]), number=numbers[i])))
    if not readings or not (runs := readings[0]):
        return data  # no reading (numbering that neither goes on nor starts again), or no row numbered again
    return _parts_aside(
        table, data, counted, runs, within=True,
        refusal=lambda i: expects("renumbered_within", first=clean_text(labels.iloc[i + 1]), parent=clean_text(labels.iloc[i]),
                                  number=numbers[i]),
        role=lambda i: Pair(f"sub-unit '{clean_text(labels.iloc[i])}' (bernomor lagi dari 1), yang sudah menghitungnya: "
                            "dihitung sekali",
                            f"sub-unit of '{clean_text(labels.iloc[i])}' (numbered again from 1), which counts it already: "
                            "counted once"))


def _renumberings(numbers: list[int], limit: int = 8) -> list[list[tuple[int, int, int]]]:
    """Every reading of row numbers as units numbered 1, 2, … each followed by its sub-units numbered again from 1
    (:func:`_renumbered_parts`), as runs ``(unit, first sub-unit, end)``; at most ``limit`` of them. A number that goes
    on both the sub-units' and the units' numbering is read both ways; a reading that meets a number going on neither,
    or a run of sub-units not right under its unit, is none.

    Example:
        >>> _renumberings([1, 2, 1, 2, 3, 3, 1, 2, 4])
        [[(1, 2, 5), (5, 6, 8)]]
        >>> _renumberings([1, 2, 3])
        [[]]
    """
    readings: list[list[tuple[int, int, int]]] = []

    def walk(i: int, unit: int, top: int, start: int | None, runs: list[tuple[int, int, int]]) -> None:
        if len(readings) >= limit:
            return
        if i == len(numbers):
            readings.append(runs + ([(unit, start, i)] if start is not None else []))
            return
        n = numbers[i]
        if start is not None and n == numbers[i - 1] + 1:
            walk(i + 1, unit, top, start, runs)  # the next sub-unit
        closed = runs + ([(unit, start, i)] if start is not None else [])
        if n == top + 1:
            walk(i + 1, i, n, None, closed)  # the next unit
        elif n == 1 and start is None and i == unit + 1:
            walk(i + 1, unit, top, i, closed)  # the unit's first sub-unit

    if numbers and numbers[0] == 1:
        walk(1, 0, 1, None, [])
    return readings


def _marked_parts(table: Table, data: pd.DataFrame, counted: list[str]) -> pd.DataFrame:
    """``data`` without the rows whose label marks them as parts of the unmarked row above ('::Seksi Angkutan Jalan'
    under 'Bidang Lalu Lintas', or an indented label, :func:`.recognise.rows.part_mark`), where each of their counts
    added up is that row's or within it (the row may count people of its own beside its sections'): the row above is
    counted, they are set aside in the table's record. Read too, their people would be counted twice. Where their sum
    exceeds the row above in any column, the table is refused at that row (an :class:`InputError`): they cannot be its
    parts, and what they are is not known. Marked rows with no unmarked row above them, or every row marked, are left
    as they are.

    Example: 'Bidang Perkeretaapian' 1 | 3 | 4, then '::Seksi Prasarana' 1 | 3 | 4: the Bidang row alone is read.
    """
    if "category" not in data or len(data) < 2:
        return data
    labels = data["category"]
    distinct = {v: part_mark(v) for v in labels.dropna().unique() if isinstance(v, str)}  # by distinct label: rosters are big
    marks = labels.map(lambda v: distinct.get(v) if isinstance(v, str) else None)
    marked = marks.notna().to_numpy()
    if not marked.any() or marked.all():
        return data
    runs = []
    for start in np.flatnonzero(marked & ~np.r_[False, marked[:-1]]):
        end = start
        while end < len(data) and marked[end]:
            end += 1
        if start > 0:  # marked rows first in the table are under no row
            runs.append((start - 1, start, end))
    return _parts_aside(
        table, data, counted, runs, within=True,
        refusal=lambda i: expects("breakdown_within", mark=marks.iloc[i + 1], parent=clean_text(labels.iloc[i]),
                                  first=clean_text(labels.iloc[i + 1])),
        role=lambda i: Pair(f"bagian dari '{clean_text(labels.iloc[i])}' (bertanda {marks.iloc[i + 1]}), yang sudah menghitungnya: "
                            "dihitung sekali",
                            f"part of '{clean_text(labels.iloc[i])}' (marked {marks.iloc[i + 1]}), which counts it already: "
                            "counted once"))


def _parts_aside(table: Table, data: pd.DataFrame, counted: list[str], runs: list[tuple[int, int, int]], *, within: bool,
                 refusal: Callable[[int], Text], role: Callable[[int], Pair]) -> pd.DataFrame:
    """``data`` without the rows of each run ``(parent, start, end)``: rows ``start`` to ``end`` told as the parts of
    row ``parent`` (:func:`_breakdown_rows`, :func:`_marked_parts`), set aside in the table's record with their
    ``role``, the parent counted, when their counts added up equal the parent's (or, ``within``, are no more than
    them: the parent may count people of its own). Otherwise the table is refused at the parent's row with
    ``refusal``: what the rows are is not known, and neither reading may be guessed. A parent with no count of its
    own is a heading: its rows are the units."""
    problems: list[Problem] = []
    cells = pd.concat([whole_numbers(table, data, c, problems, "staff") for c in counted], axis=1)
    if problems:
        return data  # the bad cells are reported by the summary itself
    aside = np.zeros(len(data), dtype=bool)
    for parent, start, end in runs:
        if cells.iloc[parent].isna().all():
            continue
        excess = cells.iloc[start:end].sum() - cells.iloc[parent].fillna(0)
        if bool((excess > 0.5).any() if within else (excess.abs() > 0.5).any()):
            raise InputError(table.problem(int(data["_row"].iloc[parent]), "category", data["category"].iloc[parent], refusal(parent)))
        aside[start:end] = True
        table.record.skipped_rows += [(table.grid.row0 + int(r), role(parent)) for r in data["_row"].to_numpy()[start:end]]
    return data[~aside].reset_index(drop=True) if aside.any() else data


def _total_over_numbers(table: Table, data: pd.DataFrame) -> int | None:
    """The position of the last row of ``data`` when it is the table's total written across the row-number column:
    no label under the category's header, a label that is no row number in the number column (merged over both, as a
    health profile's 'PROVINSI JAWA TENGAH' or 'KABUPATEN …' closes its table), while other rows are numbered there.
    Its counts are the stated total, checked against the rows (a total that does not add up is an error, never a unit
    counted). None for any other table, or a last row whose number column holds a row number.

    Example: rows numbered II … V, then 'PROVINSI JAWA TENGAH b' over NO and UNIT KERJA: that last row.
    """
    column = _number_column(table)
    if column is None or column not in data or "category" not in data or len(data) < 2:
        return None
    last = data.iloc[-1]
    label = last[column]
    if not is_no_value(last["category"]) or is_no_value(label) or not isinstance(label, str) or _row_number(label):
        return None
    if not re.search(r"[a-z]{3}", clean_text(label).lower()):
        return None
    # a number column in use: another row numbered there (one unnumbered row above does not make the last a unit:
    # read as one, the total's people would be counted twice)
    return len(data) - 1 if any(_row_number(v) for v in data[column].iloc[:-1]) else None


def _sum_row(table: Table, data: pd.DataFrame, counted: list[str]) -> int | None:
    """The position of the last row of ``data`` when it is the sum of every row above it in each count column (the
    table's total row, labelled with the kabupaten's name instead of ``Jumlah``), else None.

    Three rows at least above it, and a count that is not zero, so that a table of two rows where one happens to add up
    to nothing is no total.
    """
    if len(data) < 4:
        return None
    problems: list[Problem] = []
    cells = pd.concat([whole_numbers(table, data, c, problems, "staff") for c in counted], axis=1)
    if problems or cells.iloc[-1].isna().all() or not cells.iloc[-1].fillna(0).any():
        return None
    above = cells.iloc[:-1].sum(min_count=1).fillna(0)
    return len(data) - 1 if ((above - cells.iloc[-1].fillna(0)).abs() <= 0.5).all() else None


def _caption_status(text: str) -> str | None:
    """The one ASN status a table's caption (or header) says all its staff have: ``PNS``, ``CPNS``, ``PPPK`` or ``PPPK
    paruh waktu`` (part-time PPPK, who are counted apart); None when it names none, several, or the ASN as a whole.

    Example:
        >>> _caption_status("Golongan PPPK Paruh Waktu"), _caption_status("Golongan PNS (Detail)"), _caption_status("PNS dan PPPK")
        ('PPPK paruh waktu', 'PNS', None)
    """
    words = re.findall(r"[a-z0-9]+", (text or "").lower())
    said = {w for i, w in enumerate(words) if w in _STATUS_WORDS and (i == 0 or words[i - 1] != "non")}
    if len(said) != 1 or said == {"asn"}:
        return None
    status = said.pop().upper()
    if status == "PPPK" and ({"paruh", "waktu"} <= set(words) or "pw" in words):
        return "PPPK paruh waktu"
    return status


def _table_status(table: Table, dimension: str, data: pd.DataFrame) -> str | None:
    """The ASN status all the staff of a summary table have, by its caption (:func:`_caption_status`), else, for a
    table by golongan, by its scale: PPPK when every row is a PPPK grade, PNS when none is; None when not known."""
    said = _caption_status(table.title)
    if said is not None or dimension != "golongan" or data.empty:
        return said
    pppk = data["category"].dropna().astype(str).str.endswith("(PPPK)")
    return "PPPK" if pppk.all() else "PNS" if not pppk.any() else None


def _golongan_parser(table: Table, labels: pd.Series) -> Callable[[object], str]:
    """How a summary's golongan rows are read: bare roman numerals (``IX``, ``V``, ``I``) are PPPK grades when the
    table's caption or category header says its staff are PPPK, or, when it says no status, when one of them is beyond
    IV (PNS groups stop at IV); otherwise they are PNS groups. Rows with a ruang (``III/a``) stay PNS golongan.

    Example:
        >>> titled, untitled = (Table(None, "summary", 0, [], pd.DataFrame(), title=t) for t in ("Golongan PPPK", ""))
        >>> _golongan_parser(titled, pd.Series(["I"]))("I"), _golongan_parser(untitled, pd.Series(["V", "I"]))("I")
        ('I (PPPK)', 'I (PPPK)')
        >>> _golongan_parser(untitled, pd.Series(["IV", "I"]))("I")
        'I'
    """
    header = " ".join(" ".join(c.path) for c in table.columns if c.name == "category")
    said = _caption_status(f"{table.title} {header}")
    if said is not None:
        pppk = said.startswith("PPPK")
    else:
        grades, _ = map_unique(labels, lambda v: parse_golongan(v, pppk=True))
        pppk = bool(grades.dropna().map(lambda g: g.split()[0] not in GROUP_ORDER).any())
    if not pppk:
        return _SUMMARY_PARSERS["golongan"]

    def grade_or_golongan(value: object) -> str:
        try:
            return parse_golongan(value, pppk=True)
        except ValueParseError:
            return parse_golongan(value, group_only=True)

    return grade_or_golongan


def _non_asn_title(title: str) -> str | None:
    """The non-ASN kind a table's caption says all its rows are (``PTTB``), unless it also names PNS, PPPK or the ASN.

    Example:
        >>> _non_asn_title("Rincian Jumlah PTTB / PTTH Berdasarkan Pendidikan"), _non_asn_title("Pegawai PNS dan Non PNS")
        ('PTT', None)
    """
    kind = non_asn_status(title)
    words = re.findall(r"[a-z0-9]+", title.lower())
    asn = any(w in ("pns", "asn", "pppk", "cpns") and (i == 0 or words[i - 1] != "non") for i, w in enumerate(words))
    return None if kind is None or asn else kind


def _row_sums(table: Table, wide: _Wide, data: pd.DataFrame, problems: list[Problem]) -> list[dict[str, str]]:
    """``sum_mismatch`` notes of the rows whose ``Jumlah`` (or ``Jumlah L``, ``Jumlah P``) is not the sum of their
    category cells (``IV › P``, ``III › P`` …), non-ASN columns included."""
    columns = wide[1] + wide[2]
    subtotals = _group_subtotals(table, wide)
    read = {label for label, _, _ in columns} | set(subtotals)
    notes = _subtotal_sums(table, data, subtotals, problems)
    if any(label not in read and header_key(path[-1]) not in ROW_NUMBERS and data[label].map(_is_number).any()
           for label, path in table.others):
        return notes  # a column of numbers the kit does not read (Lainnya): the cells read are not the whole row
    checks = [(c, _GENDER_COLUMNS[c]) for c in ("male", "female") if table.has(c) and any(g == _GENDER_COLUMNS[c] for _, _, g in columns)]
    if not checks and table.has("count") and all(g is None for _, _, g in columns):
        checks = [("count", None)]
    before = len(problems)
    cells = {label: whole_numbers(table, data, label, problems, "staff") for label, _, _ in columns}
    for column, gender in checks:
        stated = whole_numbers(table, data, column, problems, "staff")
        summed = pd.concat([cells[label] for label, _, g in columns if g == gender], axis=1).sum(axis=1, min_count=1).fillna(0)
        if len(problems) > before:
            return []  # the bad cells are reported by the summary itself
        for i in np.flatnonzero(((summed - stated).abs() > 0.5).to_numpy() & stated.notna().to_numpy()):
            where = location(table, int(data["_row"].iloc[i]), column)
            (got_id, got_en), (want_id, want_en) = amounts(summed.iloc[i]), amounts(stated.iloc[i])
            part_id, part_en = {"Laki-laki": (" L", " men"), "Perempuan": (" P", " women")}.get(gender, ("", ""))
            notes.append(note("error", "sum_mismatch", where,
                              f"Sel{part_id} baris ini berjumlah {got_id}, tidak sama dengan Jumlah{part_id} yang tercantum {want_id}",
                              f"This row's cells{part_en} add up to {got_en}, not its stated total{part_en} {want_en}"))
    return notes


def _complement(group: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether header path ``other`` names the staff not in ``group``: the same words with a 'Non' among them, under
    the same group label (``Pegawai Teknis`` | ``Pegawai Non Teknis``, ``Medis`` | ``Non-Medis``).

    Example:
        >>> _complement(("Pegawai Teknis",), ("Pegawai Non Teknis",)), _complement(("Medis",), ("Non-Medis",))
        (True, True)
        >>> _complement(("Pegawai Teknis",), ("Pegawai Administrasi",)), _complement(("Teknis",), ("Jumlah Non Teknis",))
        (False, False)
    """
    words = [re.findall(r"[a-z0-9]+", clean_text(level).casefold()) for level in (group[-1], other[-1])]
    if group[:-1] != other[:-1] or "non" in words[0] or words[1].count("non") != 1:
        return False
    rest = list(words[1])
    rest.remove("non")
    return bool(rest) and rest == words[0]


def _complement_sums(table: Table, data: pd.DataFrame, totals: pd.DataFrame, wide: _Wide | None) -> list[dict[str, str]]:
    """Of a summary whose count is split between a staff group and the others (``Pegawai Teknis | Pegawai Non Teknis
    | Jumlah``: a grouping the kit does not model), the two columns read as the parts of each row's count, and a
    ``sum_mismatch`` error for each row, total row included, whose parts do not add up to its count. A column of them
    holding no count everywhere, or taken by the band of categories, is left unused."""
    taken = {label for label, _, _ in (wide[1] + wide[2])} if wide is not None else set()
    others = [(label, path) for label, path in table.others if label not in taken]
    pairs = [(a, b) for a, p in others for b, q in others if _complement(p, q)]
    if len(pairs) != 1:
        return []
    parts = pairs[0]
    paths = dict(table.others)
    rows = pd.concat([data, totals]) if len(totals) else data
    scratch: list[Problem] = []
    cells = pd.concat([whole_numbers(table, rows, label, scratch, "staff") for label in parts], axis=1)
    stated = whole_numbers(table, rows, "count", scratch, "staff")
    if scratch or cells.isna().all(axis=None):
        return []  # a part that is no count cannot be checked; a bad count cell is reported by the summary itself
    named = " + ".join(f"'{' › '.join(paths[label])}'" for label in parts)
    for label in parts:
        table.use(label, Pair(f"bagian dari count: {named} = Jumlah, dicocokkan", f"part of count: {named} = Jumlah, checked"))
    return sum_mismatches(table, rows, cells.sum(axis=1, min_count=1), stated, "count", Pair(named, named),
                          Pair("Jumlah", "total"))


def _group_subtotals(table: Table, wide: _Wide) -> dict[str, list[str]]:
    """The subtotal columns of a golongan group (``GOLONGAN › IV › JML``), each with the ruang columns under the same
    band that it adds up (``GOLONGAN › IV › A`` … ``E``); a band with no golongan group in it has none."""
    if wide[0] != "golongan":
        return {}
    paths = dict(table.others)
    out: dict[str, list[str]] = {}
    for label, path in table.others:
        if len(path) < 2 or not (is_total_label(path[-1]) or header_key(path[-1]) in _SUBTOTALS):
            continue
        band = path[:-1]
        groups = {level.strip().upper() for level in band} & set(GROUP_ORDER)
        parts = [part for part, category, _ in wide[1] if paths[part][:len(band)] == band]
        if len(groups) == 1 and parts and all(category.split("/")[0] in groups for part, category, _ in wide[1] if part in parts):
            out[label] = parts
    return out


def _subtotal_sums(table: Table, data: pd.DataFrame, subtotals: dict[str, list[str]], problems: list[Problem]) -> list[dict[str, str]]:
    """``sum_mismatch`` notes of the rows whose group subtotal (``IV › JML``) is not the sum of the group's ruang."""
    notes: list[dict[str, str]] = []
    paths = dict(table.others)
    before = len(problems)
    for label, parts in subtotals.items():
        stated = whole_numbers(table, data, label, problems, "staff")
        summed = pd.concat([whole_numbers(table, data, part, problems, "staff") for part in parts], axis=1).sum(axis=1, min_count=1).fillna(0)
        if len(problems) > before:
            return []  # the bad cells are reported by the summary itself
        header = " › ".join(paths[label])
        named = ", ".join(" › ".join(paths[part][-1:]) for part in parts)
        table.use(label, Pair(f"subtotal dari {named}, dicocokkan dengannya", f"subtotal of {named}, checked against them"))
        for i in np.flatnonzero(((summed - stated).abs() > 0.5).to_numpy() & stated.notna().to_numpy()):
            where = f"{table.grid.file}:{table.grid.sheet}!{table.grid.cell_name(int(data['_row'].iloc[i]), _column_index(label) - table.grid.col0)}"
            (got_id, got_en), (want_id, want_en) = amounts(summed.iloc[i]), amounts(stated.iloc[i])
            notes.append(note("error", "sum_mismatch", where,
                              f"Sel golongan baris ini berjumlah {got_id}, tidak sama dengan '{header}' yang tercantum {want_id}",
                              f"This row's golongan cells add up to {got_en}, not its stated '{header}' {want_en}"))
    return notes


def _column_sums(table: Table, wide: _Wide, data: pd.DataFrame, totals: pd.DataFrame, problems: list[Problem]) -> list[dict[str, str]]:
    """``sum_mismatch`` notes of the category columns (``GOLONGAN › III``) whose cell in the table's total row is not
    the sum of the column's rows, each naming that cell; a total cell merged over several columns (one number over
    ``IV › L | IV › P``) is their sum."""
    if totals.empty:
        return []
    grid, row = table.grid, int(totals["_row"].iloc[0])
    groups: dict[object, list[str]] = {}
    for label, _, _ in wide[1] + wide[2]:
        j = _column_index(label) - grid.col0
        groups.setdefault(grid.merged_over(row, j) or j, []).append(label)
    before = len(problems)
    paths = dict(table.others)
    notes = []
    for labels in groups.values():
        stated = whole_numbers(table, totals.iloc[:1], labels[0], problems, "staff").iloc[0]
        summed = sum(whole_numbers(table, data, label, problems, "staff").sum() for label in labels)
        if len(problems) > before:
            return []  # the bad cells are reported by the summary itself
        if pd.isna(stated) or abs(summed - stated) <= 0.5:
            continue
        header = " + ".join(" › ".join(paths[label]) for label in labels)
        where = f"{grid.file}:{grid.sheet}!{labels[0].removeprefix('#').rstrip('0123456789')}{grid.row0 + row}"
        (got_id, got_en), (want_id, want_en) = amounts(summed), amounts(stated)
        notes.append(note("error", "sum_mismatch", where,
                          f"Kolom '{header}' berjumlah {got_id}, tidak sama dengan Jumlah yang tercantum {want_id}",
                          f"The column '{header}' adds up to {got_en}, not its stated total {want_en}"))
    return notes


def _column_index(label: str) -> int:
    """The sheet column (from 0) of a frame label naming its header cell (``#E4`` is 4).

    Example:
        >>> _column_index("#E4"), _column_index("#AA10")
        (4, 26)
    """
    index = 0
    for letter in label.removeprefix("#").rstrip("0123456789"):
        index = index * 26 + ord(letter.upper()) - ord("A") + 1
    return index - 1


def _rows_header(table: Table) -> tuple[str, str]:
    """(English, Indonesian) of what a table's rows are by when no dimension the kit knows names it: the header of the
    column naming the rows, quoted ('Jenis Tenaga Kependidikan', a puskesmas), else words that say it is unknown."""
    header = next((clean_text(c.path[-1]) for c in table.columns if c.name == "category" and c.path and c.path[-1]), None)
    return (f"'{header}'",) * 2 if header else ("something else", "hal lain")


def _rows_not_modelled(table: Table, data: pd.DataFrame, rows_by: _NotModelled, dimensions: list[str]) -> dict[str, str]:
    """The ``info`` note of a cross-table whose rows are by something the kit does not model (units down the side of
    ``GOLONGAN › I … IV``): only its column sums are read, as the table by each of ``dimensions``."""
    en, id_ = rows_by.names or _rows_header(table)
    labels = [" ".join(str(v).split()) for v in data["category"].dropna().head(3)]
    listed = ", ".join(labels) + (", …" if len(data) > 3 else "")
    return note("info", "rows_not_modelled", table.where,
                f"Baris tabel ini menurut {id_} ({len(data)} baris: {listed}), yang tidak dimodelkan kit: hanya jumlah "
                f"kolomnya yang dibaca, sebagai tabel menurut {' dan menurut '.join(_DIMENSION_ID[d] for d in dimensions)}",
                f"This table's rows are by {en} ({len(data)} rows: {listed}), which the kit does not model: only its "
                f"column sums are read, as the table by {' and by '.join(_DIMENSION_EN[d] for d in dimensions)}")


def _columns_joined(table: Table, wide: _Wide) -> list[dict[str, str]]:
    """``categories_joined`` notes of the category columns whose headers name one category (``PPPK`` and ``PPPK-PW``,
    part-time PPPK, both PPPK; the seven eselon columns of the Struktural posts), which the summary adds up: one note
    per category, at its second column."""
    paths = dict(table.others)
    joined: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
    for label, category, gender in wide[1]:
        joined.setdefault((category, gender), []).append((label, " › ".join(paths[label])))
    notes = []
    for (category, _), columns in joined.items():
        if len(columns) < 2:
            continue
        later = ", ".join(f"'{header}'" for _, header in columns[1:])
        notes.append(note("info", "categories_joined", f"{table.grid.file}:{table.grid.sheet}!{columns[1][0].removeprefix('#')}",
                          f"Kolom {later} dan '{columns[0][1]}' sama-sama {category}: dijumlahkan",
                          f"Columns {later} and '{columns[0][1]}' are {'both' if len(columns) == 2 else 'all'} {category}: added up"))
    return notes


def _is_number(value: object) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    return isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().replace(".", "").replace(",", "").isdigit())


def _gender_sums(table: Table, values: dict[str, pd.Series], stated: dict[str, pd.Series],
                 totals: pd.DataFrame) -> _Summary:
    """The gender table of a table by unit with L and P columns: each column's sum, and the totals it states."""
    here = location(table, int(table.frame["_row"].iloc[0]))
    records = [("gender", gender, None, float(values[column].sum()), here) for column, gender in _GENDER_COLUMNS.items()]
    stated_records = []
    if "count" in values and len(values["count"]) == 1 and not len(totals):
        stated_records.append(("gender", None, None, float(values["count"].iloc[0]), here))  # one unit: its Jumlah is the total
    for i, row in enumerate(totals["_row"]):
        for column, series in stated.items():
            if pd.notna(series.iloc[i]):
                category = _GENDER_COLUMNS.get(column)
                stated_records.append(("gender", category, None, float(series.iloc[i]), location(table, int(row))))
    return "gender", _records(records, table), _records(stated_records, table), _records([], table)


def _units_of_one_status(table: Table, rows_by: _NotModelled, values: dict[str, pd.Series], stated: dict[str, pd.Series],
                         totals: pd.DataFrame) -> _Summary | None:
    """The table by status of a table whose rows are units with one headcount column (``Nama SKPD | Jml Peg``) and whose
    caption names the one ASN status of everyone counted (:func:`_caption_status`: 'Periode: Desember 2025 | PNS',
    'PPPK Paruh Waktu', part-time PPPK being PPPK): that status, the column's sum, and the totals the table states.
    None when the rows are by anything but units, or the caption names no status or several (a recap of every status
    together says nothing of each: still refused as a table by unit).

    Example: 'Laporan SKPD – Daftar Gaji / Periode: Desember 2025 | PNS' over Nama SKPD | PEG, 2,131 + 388 + … = 2,969:
    ``status`` PNS 2,969."""
    if rows_by.names is None or rows_by.names[0] != "unit" or "count" not in values:
        return None
    said = _caption_status(table.title)
    try:
        status = parse_status(said.split()[0]) if said else None
    except ValueParseError:
        return None
    if status is None:
        return None
    here = location(table, int(table.frame["_row"].iloc[0]))
    records = [("status", status, None, float(values["count"].sum()), here)]
    stated_records = [("status", None, None, float(stated["count"].iloc[i]), location(table, int(row)))
                      for i, row in enumerate(totals["_row"]) if pd.notna(stated["count"].iloc[i])]
    return "status", _records(records, table), _records(stated_records, table), _records([], table)


def _records(rows: list[tuple], table: Table) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=SUMMARY_COLUMNS[:-1])
    frame["table"] = table.where
    return frame


def _wide_summary(table: Table, wide: _Wide, data: pd.DataFrame, totals: pd.DataFrame, problems: list[Problem]) -> _Summary:
    """The dimension of a table's category columns: each column's sum over the data rows, its stated total, and the
    sums of the non-ASN columns beside them."""
    dimension, columns, non_asn = wide
    here = location(table, int(data["_row"].iloc[0]))
    records, stated, aside = [], [], []
    for label, category, gender in non_asn:
        table.use(label, f"non-ASN {category}" + (f" {gender}" if gender else ""))
        values = whole_numbers(table, data, label, problems, "staff")
        aside.append((dimension, category, gender, float(values.sum(min_count=1)) if values.notna().any() else 0.0, here))
    for label, category, gender in columns:
        table.use(label, f"{dimension} {category}" + (f" {gender}" if gender else ""))
        values = whole_numbers(table, data, label, problems, "staff")
        records.append((dimension, category, gender, float(values.sum(min_count=1)) if values.notna().any() else 0.0, here))
        if len(totals):
            total = whole_numbers(table, totals.iloc[:1], label, problems, "staff")
            if total.notna().any():
                stated.append((dimension, category, gender, float(total.iloc[0]), location(table, int(totals["_row"].iloc[0]))))
    if len(totals) and table.has("count"):
        grand = whole_numbers(table, totals.iloc[:1], "count", problems, "staff")
        if grand.notna().any():
            stated.append((dimension, None, None, float(grand.iloc[0]), location(table, int(totals["_row"].iloc[0]))))
    return dimension, _records(_joined(records), table), _records(_joined(stated), table), _records(aside, table)


def _joined(records: list[tuple]) -> list[tuple]:
    """Records of one (dimension, category, gender) added up, at the first one's place (columns PPPK and PPPK-PW)."""
    out: dict[tuple, list] = {}
    for dimension, category, gender, count, where in records:
        if (key := (dimension, category, gender)) in out:
            out[key][3] += count
        else:
            out[key] = [dimension, category, gender, count, where]
    return [tuple(r) for r in out.values()]


def _position_types_of_jabatan(table: Table, data: pd.DataFrame) -> tuple[pd.Series, dict[str, str]] | None:
    """Of a summary whose rows are jabatan (``Penata Ruang Ahli Muda | 4``: a BKPSDM's recap of its functional
    officers), each row's position type as its name tells it (:func:`~.parse.position_type_of_jabatan`) and the
    ``position_type_from_jabatan`` note saying so; None unless every row's name tells one, so that a table of units or
    of jabatan the names do not place ('Analis Kepegawaian') is not counted with some of its rows guessed.
    """
    told, _ = map_unique(data["category"], _optional(position_type_of_jabatan))
    if not len(told) or told.isna().any():
        return None
    rows = told.value_counts(sort=False)
    header = " › ".join(table.column("category").path) or table.column("category").header
    return told, note(
        "info", "position_type_from_jabatan", location(table, int(data["_row"].iloc[0])),
        f"Baris tabel adalah jabatan: jenis jabatan setiap baris dibaca dari nama jabatan di kolom '{header}' (jenjang "
        f"'Ahli Muda', 'Terampil' … berarti fungsional, 'Kepala …' struktural): "
        + ", ".join(f"{kind} {n} baris" for kind, n in rows.items()),
        f"The table's rows are jabatan: each row's position type is read from the jabatan name in column '{header}' (a "
        f"jenjang such as 'Ahli Muda' or 'Terampil' means fungsional, 'Kepala …' struktural): "
        + ", ".join(f"{kind} {n} row{'s' * (n > 1)}" for kind, n in rows.items()))


def _untold_jabatan(table: Table, data: pd.DataFrame) -> _NotModelled | None:
    """Why a summary whose rows are jabatan is not read when some of their names tell no position type: those rows,
    by cell (``Staf`` under ``Kadis | Kasubag | Kasi``: the staff without a structural post, fungsional or pelaksana,
    which no name says and no sum can part). None unless at least half the rows tell a type, so that a table by unit
    or by age keeps saying what it is by.
    """
    told, _ = map_unique(data["category"], _optional(position_type_of_jabatan))
    untold = np.flatnonzero(told.isna().to_numpy())
    if not len(untold) or 2 * len(untold) > len(told):
        return None
    j = table.column("category").index
    rows = ", ".join(f"'{clean_text(data['category'].iloc[i])}' ({table.grid.cell_name(int(data['_row'].iloc[i]), j)})"
                     for i in untold[:5]) + (" …" if len(untold) > 5 else "")
    return _NotModelled(
        f"a table by jabatan whose row{'s' * (len(untold) > 1)} {rows} name{'s' * (len(untold) == 1)} no position "
        "type (jabatan_names.csv places 'Kepala …', 'Kasi', a jenjang such as 'Ahli Muda', 'Pengadministrasi …'): "
        "write those staff as rows Struktural, Fungsional or Pelaksana",
        f"tabel menurut jabatan yang barisnya {rows} tidak menyebut jenis jabatan (jabatan_names.csv mengenal "
        "'Kepala …', 'Kasi', jenjang seperti 'Ahli Muda', 'Pengadministrasi …'): tulis pegawai itu sebagai baris "
        "Struktural, Fungsional atau Pelaksana")


def _dimension(table: Table, data: pd.DataFrame, problems: list[Problem], notes: list[dict[str, str]],
               across: str | None = None) -> tuple[str, list[str | None], list[str | None]]:
    """Which dimension a summary is by, told by its values (headers lie: Tabel 1.4 says JABATAN), each row's
    category, and each row's non-ASN kind (``Honorer``; None for the others). ``across``: the dimension of the
    table's category columns, if any; rows of jabatan beside columns by position type are no second table by it.

    The dimension whose spellings fit most rows wins; every row that does not fit it, and names no non-ASN staff,
    is a problem. Two rows of one category written differently (``Diploma III`` and ``Sarjana Muda``, both D3 for
    BKN) are added up, with a note; the same label twice is a problem.
    """
    labels = data["category"]
    parsers = {**_SUMMARY_PARSERS, "golongan": _golongan_parser(table, labels)}
    fits = {dimension: map_unique(labels, parse) for dimension, parse in parsers.items()}
    dimension = max(fits, key=lambda d: int(fits[d][1].isna().sum()))  # first of the best on a tie
    parsed, errors = fits[dimension]
    by_name = False  # rows of jabatan, whose names tell their position types: one jabatan per row, many per type
    eselon = _eselon_cells(table, data) if across is None else None
    if eselon is not None and (held := _held_eselon(eselon)).any():
        # an 'Eselon' column holding eselons beside the labels: the rows are jabatan, and a row with an eselon is a
        # structural post's whatever its name (every structural post has one, no other has); an empty one says nothing
        eselon.index = labels.index
        dimension, by_name = "position_type", True
        parsed, errors = _position_types_by_eselon(table, data, eselon, held)
        notes.append(_eselon_note(table, data, parsed))
    elif errors.isna().sum() == 0:
        if across == "position_type":
            # a bezetting's posts down the side of Es. I … Es. V | JF | JFU: the columns state each post's type, which
            # its name would only guess (a second table by position type, disagreeing where a name misleads)
            raise _not_modelled(table, labels)
        if (told := _position_types_of_jabatan(table, data)) is None:
            # no row is a golongan, a gender, an education …: a table by age, by unit, or of jabatan not all placed
            raise _untold_jabatan(table, data) or _not_modelled(table, labels)
        dimension, parsed, errors, by_name = "position_type", told[0], pd.Series(None, index=labels.index, dtype=object), True
        notes.append(told[1])
    # "Belum Terdata" under the education rows: staff whose level is not known, counted as such, never a problem
    unknown = labels.map(lambda v: isinstance(v, str) and " ".join(clean_text(v).lower().split()) in unknown_labels()).to_numpy(dtype=bool)
    parsed, errors = parsed.mask(unknown, UNKNOWN), errors.mask(unknown)
    kinds = [non_asn_status(label) if error is not None and not pd.isna(error) else None for label, error in zip(labels, errors)]
    problems.extend(table.problem(int(data["_row"].iloc[i]), "category", labels.iloc[i],
                                  expects("category_as_others", expected=errors.iloc[i],
                                          dimension=_DIMENSION_WORDS.get(dimension, dimension.replace("_", " "))))
                    for i in np.flatnonzero(errors.notna().to_numpy()) if kinds[i] is None)
    rows = data["_row"].to_numpy()
    first: dict[str, tuple[int, str]] = {}  # category → the Excel row it first appears in, and its label there
    for i, category in enumerate(parsed):
        label = " ".join(str(labels.iloc[i]).split())
        key = label.lower() if by_name else category
        if key in first and first[key][1].lower() == label.lower():
            problems.append(table.problem(int(rows[i]), "category", labels.iloc[i],
                                          expects("category_once", category=label if by_name else category, row=first[key][0])))
        elif key in first:
            notes.append(note("info", "categories_joined", location(table, int(rows[i])),
                              f"'{label}' dan '{first[key][1]}' (baris {first[key][0]}) sama-sama {category}: dijumlahkan",
                              f"'{label}' and '{first[key][1]}' (row {first[key][0]}) are both {category}: added up"))
        elif key is not None:
            first[key] = (table.grid.row0 + int(rows[i]), label)
    if dimension == "golongan" and parsed.isin(GROUP_ORDER).any() and not parsed.dropna().isin(GROUP_ORDER).all():
        i = int(np.flatnonzero(parsed.isin(GROUP_ORDER).to_numpy())[0])
        problems.append(table.problem(int(rows[i]), "category", labels.iloc[i],
                                      expects("groups_or_golongan")))
    return dimension, parsed.tolist(), kinds
