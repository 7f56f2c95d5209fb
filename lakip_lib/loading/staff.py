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

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from ..domain import GROUP_ORDER
from ..errors import InputError, Problem
from .header import Table
from .parse import (
    ValueParseError,
    clean_texts,
    is_no_value,
    map_unique,
    parse_dates,
    parse_education,
    parse_gender,
    parse_golongan,
    parse_nips,
    parse_position_type,
    parse_status,
)
from .tables import location, retype, split_totals, tables_in, whole_numbers
from .workbook import is_rendered

ROSTER_REQUIRED = ("nip", "gender", "golongan", "position_type")
ROSTER_COLUMNS = ("nip", "name", "birth_date", "gender", "golongan", "position_type", "position",
                  "education", "unit", "status", "appointed", "row")
SUMMARY_COLUMNS = ("dimension", "category", "gender", "count", "location")
#: most problems one roster reports before it stops looking (the message lists 25)
MAX_PROBLEMS = 1000

_SUMMARY_PARSERS = {
    "golongan": lambda v: parse_golongan(v, group_only=True),
    "gender": parse_gender,
    "position_type": parse_position_type,
    "education": parse_education,
    "status": parse_status,
}
_GENDER_COLUMNS = {"male": "Laki-laki", "female": "Perempuan"}


@dataclass
class Staff:
    """Staff of one year: a roster, and/or summaries, with the totals the input states.

    ``roster``: one row per employee (columns :data:`ROSTER_COLUMNS`; ``row`` is
    the Excel row), or None. ``summaries``: long frame ``dimension, category,
    gender, count, location`` (``gender`` missing means both). ``stated_totals``:
    the same columns (``category`` missing for a table's grand total). A
    roster's own total rows (``JUMLAH``) are left out: its length is the headcount.
    """

    roster: pd.DataFrame | None
    summaries: pd.DataFrame = field(default_factory=lambda: _empty_summary())
    stated_totals: pd.DataFrame = field(default_factory=lambda: _empty_summary())
    files: list[Path] = field(default_factory=list)


def _empty_summary() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in SUMMARY_COLUMNS})


def load_staff(path: str | Path, *, extra_aliases: dict[str, dict[str, list[str]]] | None = None,
               limits: dict[str, float] | None = None, sheet: str | None = None) -> Staff:
    """Load a staff workbook: roster sheets, summary sheets, or both.

    ``extra_aliases`` are the project's header spellings by dataset (``staff``
    for a roster, ``summary`` for summary tables). Raises
    :class:`~lakip_lib.errors.InputError` listing every problem found (file,
    sheet, cell, value, what was expected).

    Example:
        >>> staff = load_staff("data/raw/2024/pegawai.xlsx")
        >>> len(staff.roster), staff.roster.loc[0, "golongan"]
        (103, 'IV/d')
    """
    path = Path(path)
    tables = tables_in(path, {"staff": ROSTER_REQUIRED, "summary": ()}, extra_aliases=extra_aliases, limits=limits, sheet=sheet,
                       as_text={"staff": ("nip",)})
    problems: list[Problem] = []
    rosters, summaries, totals = [], [], []
    seen: list[pd.DataFrame] = []  # each earlier roster sheet's NIPs and where they first appear
    for table in tables:
        try:
            if table.dataset == "staff":
                rosters.append(_roster(table, seen))
            else:
                data, stated = _summary(table)
                summaries.append(data)
                totals.append(stated)
        except InputError as err:
            problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    roster = (rosters[0] if len(rosters) == 1 else pd.concat(rosters, ignore_index=True)) if rosters else None  # a million rows: no copy
    return Staff(roster, _concat(summaries), _concat(totals), files=[path])


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(frames, ignore_index=True) if frames else _empty_summary()


# ---------------------------------------------------------------- roster

def _roster(table: Table, seen: list[pd.DataFrame]) -> pd.DataFrame:
    """One roster sheet, checked; ``seen`` (each earlier sheet's NIPs, sheet and row) carries NIPs across sheets.

    A roster read as text shows a number, a date or TRUE/FALSE where text is
    expected as its text (``3``); when such a cell is a problem, the columns
    concerned get their typed values back and the sheet is checked again, so
    the problems read as those of a sheet read cell by cell (``got 3``).
    """
    earlier = len(seen)
    roster, problems, suspects = _check_roster(table, seen)
    if problems and suspects:
        del seen[earlier:]
        retype(table, tuple(suspects))
        roster, problems, _ = _check_roster(table, seen)
    if problems:
        raise InputError(problems)
    return roster


def _check_roster(table: Table, seen: list[pd.DataFrame]) -> tuple[pd.DataFrame | None, list[Problem], set[str]]:
    """The roster of one sheet, or None and its problems; and the columns of problems that may not be text (see :func:`_roster`)."""
    frame, _ = split_totals(table, ("nip", "name"))
    if frame.empty:
        raise InputError(table.grid.problem(table.header_row + 1, None, None, "one row per employee under the header"))
    rows = frame["_row"].to_numpy()
    problems: list[Problem] = []
    suspects: set[str] = set()

    def report(mask: pd.Series, label: str, messages: pd.Series | str) -> None:
        """A problem for each row of ``mask``; ``messages`` (what was expected) by row, or one for all."""
        for index in mask.index[mask.to_numpy(dtype=bool)][: max(MAX_PROBLEMS - len(problems), 0)]:
            expected = messages if isinstance(messages, str) else messages.loc[index]
            value = frame.at[index, label]
            problems.append(table.problem(int(frame.at[index, "_row"]), label, value, expected))
            if table.grid.source and label not in table.typed and is_rendered(value):
                suspects.add(label)

    def parsed(label: str, parse) -> pd.Series:
        """Column ``label`` parsed once per distinct value, each cell that is not a value reported
        (the errors are dropped here, not kept to the end: a million rows of them is memory)."""
        values, errors = map_unique(frame[label], parse)
        report(errors.notna(), label, errors)
        return values

    nip = parse_nips(frame["nip"])
    report(nip["error"].notna(), "nip", nip["error"])
    digits, birth, appointed, nip_gender, status = (nip[c] for c in ("digits", "birth_date", "appointed", "gender", "status"))
    del nip
    also, first = _also_in(digits, rows + table.grid.row0, seen)
    report(also.notna(), "nip", also.dropna().map(lambda where: f"a NIP used once (it is also in {where})"))
    seen.append(pd.DataFrame({"nip": digits[first], "sheet": table.grid.sheet, "row": rows[first] + table.grid.row0}))
    del also, first

    gender = parsed("gender", parse_gender)
    clash = gender.notna() & nip_gender.notna() & (gender != nip_gender)
    report(clash, "gender", nip_gender[clash].map(lambda g: f"{g}, as the NIP's 15th digit says"))

    # PNS or PPPK from the NIP; where the NIP is wrong, from the status column if it says
    if "status" in frame.columns:
        # KEDUDUKAN HUKUM holds "Aktif", "Tugas Belajar"…: only PNS/PPPK values are a status
        stated, _ = map_unique(frame["status"], parse_status)
        clash = stated.notna() & status.notna() & (stated != status)
        report(clash, "status", status[clash].map(lambda s: f"{s}, as the NIP says"))
        status = status.fillna(stated)
        del stated

    golongan = np.full(len(frame), None, dtype=object)
    for scale, parse in (("PNS", parse_golongan), ("PPPK", lambda v: parse_golongan(v, pppk=True)), (None, _golongan_either)):
        part = (status.eq(scale).fillna(False) if scale else status.isna()).to_numpy(dtype=bool)
        if part.any():
            values, errors = map_unique(frame["golongan"][part], parse)
            golongan[part] = values.to_numpy()
            report(errors.notna(), "golongan", errors)  # errors keep the frame's index: the problems' rows
    golongan = pd.Series(golongan, index=frame.index, dtype=object)

    position_type = parsed("position_type", parse_position_type)
    education = parsed("education", _optional(parse_education)) if "education" in frame.columns else None

    if "birth_date" in frame.columns:
        stated_birth, birth_err = parse_dates(frame["birth_date"])
        report(birth_err.notna(), "birth_date", birth_err)
        clash = stated_birth.notna() & birth.notna() & (stated_birth != birth)
        report(clash, "birth_date", birth[clash].map(lambda d: f"{d:%d-%m-%Y}, the birth date in the NIP"))
        del stated_birth, birth_err
    if problems:
        return None, problems, suspects
    pa.default_memory_pool().release_unused()  # the checks' Arrow temporaries: a million rows of them
    roster = pd.DataFrame(index=frame.index)
    # column by column: a frame built from a dict would first copy its object columns into one block
    for column, values in (("nip", digits), ("name", "name"), ("birth_date", birth), ("gender", gender), ("golongan", golongan),
                           ("position_type", position_type), ("position", "position"), ("education", education), ("unit", "unit"),
                           ("status", status), ("appointed", appointed), ("row", rows + table.grid.row0)):
        if isinstance(values, str):
            values = clean_texts(frame[values]) if values in frame.columns else None
        roster[column] = pd.Series(None, index=frame.index, dtype=object) if values is None else values
    return roster, problems, suspects


def _also_in(digits: pd.Series, excel_rows: np.ndarray, seen: list[pd.DataFrame]) -> tuple[pd.Series, np.ndarray]:
    """Where else each NIP is (``sheet 'PNS', row 2`` in an earlier sheet, else ``row 2`` of this one), None if
    nowhere; and which rows hold a NIP's first appearance in this sheet."""
    codes, _ = pd.factorize(digits)  # numbered by first appearance, -1 for no NIP
    first = (codes >= 0) & (codes > np.maximum.accumulate(np.r_[-1, codes[:-1]]))
    firsts = np.flatnonzero(first)  # the k-th distinct NIP first appears at firsts[k]
    later = np.flatnonzero((codes >= 0) & ~first)
    also = pd.Series(None, index=digits.index, dtype=object)
    also.iloc[later] = [f"row {excel_rows[firsts[codes[i]]]}" for i in later]
    if seen:
        earlier = pd.concat(seen).drop_duplicates("nip").set_index("nip")
        hit = np.flatnonzero((codes >= 0) & digits.isin(earlier.index).to_numpy())
        where = earlier.loc[digits.iloc[hit]]
        also.iloc[hit] = [f"sheet '{sheet}', row {row}" for sheet, row in zip(where["sheet"], where["row"])]
    return also, first


def _golongan_either(value: object) -> str:
    """A golongan of whichever scale fits, for a row whose NIP cannot tell PNS from PPPK."""
    try:
        return parse_golongan(value)
    except ValueParseError:
        try:
            return parse_golongan(value, pppk=True)
        except ValueParseError:
            raise ValueParseError(value, "a golongan I/a … IV/e, or a PPPK grade I to XVII") from None


def _optional(parse):
    """``parse`` for a column that may be left empty (``-``, ``n/a`` or blank give None)."""
    def parse_or_none(value):
        return None if is_no_value(value) else parse(value)

    return parse_or_none


# ---------------------------------------------------------------- summaries

def _summary(table: Table) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One summary table as long records, and the totals it states."""
    counts = [c for c in ("count", "male", "female") if table.has(c)]
    if not counts:
        raise InputError(table.grid.problem(table.header_row, None, None, "count columns: 'Jumlah', or 'L' and 'P'"))
    data, totals = split_totals(table, ("category",))
    if data.empty:
        raise InputError(table.grid.problem(table.header_row + 1, None, None, "data rows above the total row (the table has only totals)"
                                            if len(totals) else "one row per category under the header"))
    problems: list[Problem] = []
    if ("male" in counts) != ("female" in counts):
        problems.append(table.grid.problem(table.header_row, None, None, "both an 'L' and a 'P' column, or neither"))
    values = {c: whole_numbers(table, data, c, problems, "staff") for c in counts}
    stated = {c: whole_numbers(table, totals, c, problems, "staff") for c in counts}
    dimension, categories = "gender", None  # one row across: L | P | Jumlah
    if table.has("category"):
        dimension, categories = _dimension(table, data, problems)
    elif not ("male" in counts and "female" in counts and len(data) == 1):
        problems.append(table.grid.problem(table.header_row, None, None,
                                           "a column naming each row's category (Golongan, Jenis Kelamin, Pendidikan, "
                                           "Jenis Jabatan …), or a single row of 'L' and 'P' counts"))
    if problems:
        raise InputError(problems)
    here = [location(table, int(r)) for r in data["_row"]]
    records, stated_records = [], []
    if categories is None:
        for column, gender in _GENDER_COLUMNS.items():
            records.append((dimension, gender, None, values[column].iloc[0], here[0]))
        if "count" in counts:
            stated_records.append((dimension, None, None, values["count"].iloc[0], here[0]))
    for i, category in enumerate(categories or []):
        if "male" in counts and "female" in counts:
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
    return pd.DataFrame(records, columns=SUMMARY_COLUMNS), pd.DataFrame(stated_records, columns=SUMMARY_COLUMNS)


def _dimension(table: Table, data: pd.DataFrame, problems: list[Problem]) -> tuple[str, list[str]]:
    """Which dimension a summary is by, told by its values (headers lie: Tabel 1.4 says JABATAN).

    The dimension whose spellings fit most rows wins; every row that does not fit it is a problem.
    """
    labels = data["category"]
    fits = {dimension: map_unique(labels, parse) for dimension, parse in _SUMMARY_PARSERS.items()}
    dimension = max(fits, key=lambda d: int(fits[d][1].isna().sum()))  # first of the best on a tie
    parsed, errors = fits[dimension]
    if errors.isna().sum() == 0:
        problems.append(table.problem(int(data["_row"].iloc[0]), "category", labels.iloc[0],
                                      "categories of one kind: golongan (III/a or III), gender (L/P), "
                                      "education (S1, D3 …), position type or status (PNS/PPPK)"))
    else:
        problems.extend(table.problem(int(data["_row"].iloc[i]), "category", labels.iloc[i],
                                      f"{errors.iloc[i]}, as the other rows of this {dimension.replace('_', ' ')} table")
                        for i in np.flatnonzero(errors.notna().to_numpy()))
    rows = data["_row"].to_numpy()
    first: dict[str, int] = {}  # category → the Excel row it first appears in
    for i, category in enumerate(parsed):
        if category in first:
            problems.append(table.problem(int(rows[i]), "category", labels.iloc[i], f"each category once ({category} is also in row {first[category]})"))
        elif category is not None:
            first[category] = table.grid.row0 + int(rows[i])
    if dimension == "golongan" and parsed.isin(GROUP_ORDER).any() and not parsed.dropna().isin(GROUP_ORDER).all():
        i = int(np.flatnonzero(parsed.isin(GROUP_ORDER).to_numpy())[0])
        problems.append(table.problem(int(rows[i]), "category", labels.iloc[i],
                                      "groups (IV, III …) or golongan (IV/a …), not both: a group's row over its golongan is a subtotal"))
    return dimension, parsed.tolist()
