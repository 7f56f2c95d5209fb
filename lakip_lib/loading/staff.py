"""Loading staff data: a roster (one row per employee) or summary tables (rekap).

A roster is checked row by row (NIP structure, duplicate NIPs, gender against
the NIP's gender digit, golongan, position type, education) with each
distinct spelling parsed once, so large rosters stay fast. Summary tables
(one row per golongan, gender, education or position type, with ``Jumlah``
or ``L``/``P`` columns) are recognised by their values; their stated totals
are kept aside for the reconciliation checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError, Problem
from .header import Table
from .parse import (
    ValueParseError,
    map_unique,
    parse_date,
    parse_education,
    parse_gender,
    parse_golongan,
    parse_position_type,
    parse_status,
)
from .tables import location, numbers, split_totals, tables_in

ROSTER_REQUIRED = ("nip", "gender", "golongan", "position_type")
ROSTER_COLUMNS = ("nip", "name", "birth_date", "gender", "golongan", "position_type", "position",
                  "education", "unit", "status", "appointed", "row")
#: most problems one roster reports before it stops looking (the message lists 25)
MAX_PROBLEMS = 1000

_SUMMARY_PARSERS = {
    "golongan": lambda v: parse_golongan(v, group_only=True),
    "gender": parse_gender,
    "position_type": parse_position_type,
    "education": parse_education,
    "status": parse_status,
}


@dataclass
class Staff:
    """Staff of one year: a roster, or summaries, with the totals the input states.

    ``roster``: one row per employee (columns :data:`ROSTER_COLUMNS`), or None.
    ``summaries``: long frame ``dimension, category, gender, count, location``
    (``gender`` missing means both). ``stated_totals``: ``dimension, category,
    gender, count, location`` (``category`` missing for a table's grand total).
    """

    roster: pd.DataFrame | None
    summaries: pd.DataFrame = field(default_factory=lambda: _empty_summary())
    stated_totals: pd.DataFrame = field(default_factory=lambda: _empty_summary())
    files: list[Path] = field(default_factory=list)


def _empty_summary() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in ("dimension", "category", "gender", "count", "location")})


def load_staff(path: str | Path, *, extra_aliases: dict[str, dict[str, list[str]]] | None = None,
               limits: dict[str, float] | None = None, sheet: str | None = None) -> Staff:
    """Load a staff workbook: a roster or summary tables.

    Raises :class:`~lakip_lib.errors.InputError` listing every problem found
    (file, sheet, cell, value, what was expected).

    Example:
        >>> staff = load_staff("data/raw/2024/pegawai.xlsx")  # doctest: +SKIP
        >>> len(staff.roster)  # doctest: +SKIP
        103
    """
    path = Path(path)
    extra_aliases = extra_aliases or {}
    try:
        tables = tables_in(path, "staff", (), extra_aliases=extra_aliases.get("staff"), limits=limits, sheet=sheet)
    except InputError:
        tables = []
    rosters = [t for t in tables if any(c.name == "nip" for c in t.columns)]
    if rosters:
        return Staff(pd.concat([_roster(t) for t in rosters], ignore_index=True) if len(rosters) > 1 else _roster(rosters[0]), files=[path])
    summary_tables = tables_in(path, "summary", (), extra_aliases=extra_aliases.get("summary"), limits=limits, sheet=sheet)
    summaries, totals, problems = [], [], []
    for table in summary_tables:
        try:
            data, stated = _summary(table)
        except InputError as err:
            problems.extend(err.problems)
            continue
        summaries.append(data)
        totals.append(stated)
    if problems:
        raise InputError(problems)
    return Staff(None, pd.concat(summaries, ignore_index=True), pd.concat(totals, ignore_index=True), files=[path])


# ---------------------------------------------------------------- roster

def _roster(table: Table) -> pd.DataFrame:
    problems: list[Problem] = []
    for name in ("gender", "golongan", "position_type"):
        if not any(c.name == name for c in table.columns):
            problems.append(table.grid.problem(table.header_row, None, None, f"a column for {name!r} in the roster"))
    if problems:
        raise InputError(problems)
    frame = table.frame
    rows = frame["_row"].to_numpy()

    def report(mask: pd.Series, label: str, messages: pd.Series | str) -> None:
        for i in np.flatnonzero(mask.to_numpy())[: MAX_PROBLEMS - len(problems)]:
            expected = messages if isinstance(messages, str) else messages.iloc[i]
            problems.append(table.problem(int(rows[i]), label, frame[label].iloc[i], expected))

    nip = _nip_frame(frame["nip"])
    report(nip["error"].notna(), "nip", nip["error"])
    duplicate = nip["digits"].notna() & nip["digits"].duplicated(keep=False)
    if duplicate.any():
        first = nip.loc[duplicate].groupby("digits").head(1)
        first_row = dict(zip(first["digits"], rows[first.index]))
        messages = nip["digits"].map(lambda d: f"a NIP used once (it is also in row {table.grid.row0 + first_row.get(d, 0)})")
        report(duplicate & ~duplicate.index.isin(first.index), "nip", messages)

    gender, gender_err = map_unique(frame["gender"], parse_gender)
    report(gender_err.notna(), "gender", gender_err)
    clash = gender.notna() & nip["gender"].notna() & (gender != nip["gender"])
    report(clash, "gender", nip["gender"].map(lambda g: f"{g}, as the NIP's 15th digit says"))

    status = nip["status"].fillna("PNS")
    if "status" in frame.columns:
        stated, stated_err = map_unique(frame["status"], parse_status)
        # KEDUDUKAN HUKUM holds "Aktif", "Tugas Belajar"…: only PNS/PPPK values are a status
        report(stated.notna() & nip["status"].notna() & (stated != nip["status"]), "status",
               nip["status"].map(lambda s: f"{s}, as the NIP says"))

    golongan = pd.Series(None, index=frame.index, dtype=object)
    for is_pppk in (False, True):
        part = status == ("PPPK" if is_pppk else "PNS")
        parsed, errors = map_unique(frame.loc[part, "golongan"], lambda v, p=is_pppk: parse_golongan(v, pppk=p))
        golongan[part] = parsed
        report(pd.Series(errors.notna().reindex(frame.index, fill_value=False)), "golongan", errors.reindex(frame.index))

    position_type, position_err = map_unique(frame["position_type"], parse_position_type)
    report(position_err.notna(), "position_type", position_err)

    education = pd.Series(None, index=frame.index, dtype=object)
    if "education" in frame.columns:
        education, education_err = map_unique(frame["education"], _optional(parse_education))
        report(education_err.notna(), "education", education_err)

    birth = nip["birth_date"]
    if "birth_date" in frame.columns:
        stated_birth, birth_err = map_unique(frame["birth_date"], _optional(parse_date))
        report(birth_err.notna(), "birth_date", birth_err)
        stated_birth = pd.to_datetime(stated_birth, errors="coerce")
        report(stated_birth.notna() & birth.notna() & (stated_birth != birth), "birth_date",
               birth.map(lambda d: f"{d:%d-%m-%Y}, the birth date in the NIP" if pd.notna(d) else ""))
    if problems:
        raise InputError(problems)
    text = {c: frame[c].map(lambda v: None if v is None else " ".join(str(v).split())).astype(object)
            for c in ("name", "position", "unit") if c in frame.columns}
    out = pd.DataFrame({
        "nip": nip["digits"],
        "name": text.get("name", pd.Series(None, index=frame.index, dtype=object)),
        "birth_date": birth,
        "gender": gender,
        "golongan": golongan,
        "position_type": position_type,
        "position": text.get("position", pd.Series(None, index=frame.index, dtype=object)),
        "education": education,
        "unit": text.get("unit", pd.Series(None, index=frame.index, dtype=object)),
        "status": status,
        "appointed": nip["appointed"],
        "row": rows + table.grid.row0,
    })
    return out


def _optional(parse):
    def parse_or_none(value):
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return parse(value)

    return parse_or_none


def _nip_frame(values: pd.Series) -> pd.DataFrame:
    """Vectorised NIP checks: digits, birth date, appointment, gender, status, error."""
    numeric = values.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)).astype(bool)
    text = values.astype("string").str.replace(r"[\s'.]", "", regex=True)
    digits_ok = text.str.fullmatch(r"\d{18}").fillna(False).astype(bool) & ~numeric
    birth = pd.to_datetime(text.str.slice(0, 8).where(digits_ok), format="%Y%m%d", errors="coerce")
    pppk = text.str.slice(12, 13) == "2"
    month = text.str.slice(12, 14).where(~pppk, "01")
    appointed = pd.to_datetime((text.str.slice(8, 12) + month + "01").where(digits_ok), format="%Y%m%d", errors="coerce")
    sex = text.str.slice(14, 15)
    error = pd.Series(None, index=values.index, dtype=object)
    count = text.str.count(r"\d").fillna(0).astype(int)
    error[~digits_ok] = count[~digits_ok].map(lambda n: f"an 18-digit NIP (this has {n} digits)")
    error[numeric] = "the NIP as text: stored as a number it loses its last digits"
    error[values.isna()] = "an 18-digit NIP (the cell is empty)"
    checks = [
        (birth.isna(), "an NIP whose first 8 digits are a real birth date YYYYMMDD"),
        (appointed.isna(), "an NIP whose digits 9–14 are the appointment year and month"),
        (appointed <= birth, "an NIP whose appointment comes after the birth date"),
        (~sex.isin(["1", "2"]), "an NIP whose 15th digit is 1 (male) or 2 (female)"),
    ]
    for mask, message in checks:
        error[digits_ok & error.isna() & mask.fillna(True).astype(bool)] = message
    ok = error.isna()
    return pd.DataFrame({
        "digits": text.where(ok).astype(object),
        "birth_date": birth.where(ok),
        "appointed": appointed.where(ok),
        "gender": sex.map({"1": "Laki-laki", "2": "Perempuan"}).where(ok).astype(object),
        "status": pppk.map({True: "PPPK", False: "PNS"}).where(ok).astype(object),
        "error": error,
    })


# ---------------------------------------------------------------- summaries

def _summary(table: Table) -> tuple[pd.DataFrame, pd.DataFrame]:
    problems: list[Problem] = []
    if "category" not in {c.name for c in table.columns}:
        raise InputError(table.grid.problem(table.header_row, None, None, "a category column (Golongan, Jenis Kelamin, Pendidikan, Jabatan …)"))
    counts = [c for c in ("count", "male", "female") if any(col.label == c for col in table.columns)]
    if not counts:
        raise InputError(table.grid.problem(table.header_row, None, None, "count columns: 'Jumlah', or 'L' and 'P'"))
    data, totals = split_totals(table, ("category",))
    if data.empty:
        raise InputError(table.grid.problem(table.header_row + 1, None, None, "data rows above the total row (the table has only totals)"))
    dimension, categories = _dimension(table, data)
    values = {c: numbers(table, data, c, problems, negative=False) for c in counts}
    stated = {c: numbers(table, totals, c, problems, negative=False) for c in counts}
    if problems:
        raise InputError(problems)
    locations = [location(table, int(r)) for r in data["_row"]]
    total_locations = [location(table, int(r)) for r in totals["_row"]]
    by_gender = "male" in counts and "female" in counts
    records, stated_records = [], []
    for i, category in enumerate(categories):
        if by_gender:
            records.append((dimension, category, "Laki-laki", values["male"].iloc[i], locations[i]))
            records.append((dimension, category, "Perempuan", values["female"].iloc[i], locations[i]))
            if "count" in counts:
                stated_records.append((dimension, category, None, values["count"].iloc[i], locations[i]))
        else:
            records.append((dimension, category, None, values[counts[0]].iloc[i], locations[i]))
    for i in range(len(totals)):
        for column, gender in (("male", "Laki-laki"), ("female", "Perempuan"), ("count", None)):
            if column in stated and pd.notna(stated[column].iloc[i]):
                stated_records.append((dimension, None, gender, stated[column].iloc[i], total_locations[i]))
    columns = ["dimension", "category", "gender", "count", "location"]
    return pd.DataFrame(records, columns=columns), pd.DataFrame(stated_records, columns=columns)


def _dimension(table: Table, data: pd.DataFrame) -> tuple[str, list[str]]:
    """Which dimension a summary is by, told by its values (headers lie: Tabel 1.4 says JABATAN)."""
    labels = data["category"]
    for dimension, parse in _SUMMARY_PARSERS.items():
        try:
            return dimension, [parse(v) for v in labels]
        except ValueParseError:
            continue
    first_bad = labels.iloc[0]
    raise InputError(table.problem(int(data["_row"].iloc[0]), "category", first_bad,
                                   "categories of one kind: golongan (III/a or III), gender (L/P), education (S1, D3 …), position type or status"))
