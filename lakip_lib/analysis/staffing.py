"""Staff (SDM) tables of Bab I: counts by golongan, gender, position type,
education and status, age and service bands, and the retirement projection.

``count_by``, ``crosstab`` and ``totals`` take either a roster (one row per
employee) or the summary tables an agency publishes instead (a long frame with
columns dimension, category, gender, count); they tell the two apart by the
columns. The band and retirement functions need a roster.

Ordering: categories follow the report's order (golongan IV/e … I/a then the
PPPK grades, education lowest first). The small fixed-column dimensions
(gender, position type, status) always list every category, with 0 when
absent, as the report's tables print them (Tabel 1.2, 1.3); golongan and
education list only the categories present (Tabel 1.4). An employee whose
value is missing is counted under ``"Tidak diketahui"`` after the others, so
the counts always add up to the headcount.

From a roster, any other column can be counted too (``unit``, ``position``):
its values in their categorical order when it is one, else in the order they
first appear (a roster lists its units in the agency's own order), with only
the values present listed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import numpy as np
import pandas as pd

from ..domain import GENDER_ORDER, POSITION_TYPE_ORDER, UNKNOWN, education_order, golongan_order, golongan_table, retirement_ages
from ..errors import AnalysisError
from ..messages import said

#: dimensions in the order ``totals`` lists them
DIMENSIONS = ("golongan", "gender", "position_type", "education", "status")
POSITION_TYPES = POSITION_TYPE_ORDER
_FIXED = {"gender": GENDER_ORDER, "position_type": POSITION_TYPES, "status": ("PNS", "PPPK")}
_SUMMARY_COLUMNS = {"dimension", "category", "gender", "count"}


def count_by(staff: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Headcount by one dimension, in report order, with each category's share.

    ``staff`` is a roster or a summaries frame. From summaries, a category
    broken down by gender is counted as the sum of its Laki-laki and
    Perempuan rows (whether a stated Jumlah agrees is for the reconciliation
    checks); otherwise its both-genders row is used. From a roster,
    ``dimension`` may be any of its columns (see the module's docstring).

    Example:
        >>> roster = pd.DataFrame({"gender": ["Perempuan", "Laki-laki", "Perempuan", "Perempuan"],
        ...                        "unit": ["Sekretariat", "Bidang Mutasi", "Sekretariat", None]})
        >>> count_by(roster, "gender")
            category  count  share_pct
        0  Laki-laki      1       25.0
        1  Perempuan      3       75.0
        >>> count_by(roster, "unit")["category"].tolist()
        ['Sekretariat', 'Bidang Mutasi', 'Tidak diketahui']
    """
    values = None if _is_summary(staff) else _column(staff, dimension)
    counts = _arrange(_counts(staff, dimension), dimension, values)
    return _shares(counts, "category")


def crosstab(staff: pd.DataFrame, rows: str, columns: str = "gender") -> pd.DataFrame:
    """Headcount by two dimensions, with a ``Jumlah`` column; ints, report order on both axes.

    From summaries only ``columns="gender"`` is possible, and the summary of
    ``rows`` must break its counts down by gender. From a roster, both may be
    any of its columns (ordered as :func:`count_by` orders them).

    Example:
        >>> roster = pd.DataFrame({"status": ["PNS", "PNS", "PPPK"], "gender": ["Laki-laki", "Perempuan", "Perempuan"]})
        >>> crosstab(roster, "status").to_dict("index")
        {'PNS': {'Laki-laki': 1, 'Perempuan': 1, 'Jumlah': 2}, 'PPPK': {'Laki-laki': 0, 'Perempuan': 1, 'Jumlah': 1}}
    """
    down = across = None  # summaries have only the report's dimensions, ordered by the report
    if _is_summary(staff):
        _check_dimension(rows)
        _check_dimension(columns)
        if columns != "gender":
            raise AnalysisError(said("summary_gender_only", columns=repr(columns)))
        given = _summary_rows(staff, rows)
        split = given[given["gender"].notna()]
        unsplit = sorted(set(given["category"]) - set(split["category"]))
        if unsplit:
            raise AnalysisError(said("summary_no_gender", rows=rows, categories=", ".join(unsplit)))
        table = split.pivot_table(index="category", columns="gender", values="count", aggfunc="sum", fill_value=0)
    else:
        down, across = _column(staff, rows), _column(staff, columns)
        table = pd.crosstab(_labels(down), _labels(across))
    table = table.reindex(index=_categories(table.index, rows, down), columns=_categories(table.columns, columns, across),
                          fill_value=0)
    table = _whole(table, rows)
    table["Jumlah"] = table.sum(axis=1)
    table.index.name, table.columns.name = rows, None
    return table


def age_bands(roster: pd.DataFrame, on: dt.date | pd.Timestamp, bands: tuple[int, ...] = (30, 40, 50, 55)) -> pd.DataFrame:
    """Headcount by age (completed years on ``on``) in bands starting at each of ``bands``.

    The default bands <30, 30–39, 40–49, 50–54, 55+ single out the staff
    within a few years of the usual retirement age of 58.

    Example:
        >>> roster = pd.DataFrame({"birth_date": pd.to_datetime(["1995-06-01", "1970-01-01", "1969-12-31"])})
        >>> age_bands(roster, dt.date(2024, 12, 31))
            band  count  share_pct
        0    <30      1  33.333333
        1  30–39      0   0.000000
        2  40–49      0   0.000000
        3  50–54      1  33.333333
        4    55+      1  33.333333
    """
    return _shares(_banded(_completed_years(_column(roster, "birth_date"), on), bands), "band")


def years_of_service(roster: pd.DataFrame, on: dt.date | pd.Timestamp, bands: tuple[int, ...] = (5, 10, 20, 30)) -> pd.DataFrame:
    """Headcount by completed years since appointment (TMT, ``appointed``): <5, 5–9, 10–19, 20–29, 30+.

    Example:
        >>> roster = pd.DataFrame({"appointed": pd.to_datetime(["2020-03-01", "1992-03-01", None])})
        >>> years_of_service(roster, dt.date(2024, 12, 31))["count"].tolist()
        [1, 0, 0, 0, 1, 1]
    """
    return _shares(_banded(_completed_years(_column(roster, "appointed"), on), bands), "band")


def retirement_projection(roster: pd.DataFrame, start_year: int, years: int = 5) -> pd.DataFrame:
    """Employees reaching retirement age (BUP) in each year from ``start_year``, by position type.

    The BUP comes from :func:`lakip_lib.domain.retirement_ages`: the first
    row of the employee's position type whose keyword occurs in the position
    name (case-insensitive), else the type's row with no keyword. An
    employee retires in the year of birth + BUP. Employees without a birth
    date or a position type have no BUP and are not counted.

    Example:
        >>> roster = pd.DataFrame({
        ...     "birth_date": pd.to_datetime(["1967-05-01", "1966-02-01", "1960-01-01"]),
        ...     "position_type": ["Pelaksana", "Fungsional", "Fungsional"],
        ...     "position": ["Pengadministrasi Umum", "Analis SDM Ahli Madya", "Widyaiswara Ahli Utama"]})
        >>> retirement_projection(roster, 2025, 2)
           year  Struktural  Fungsional  Pelaksana  total
        0  2025           0           1          1      2
        1  2026           0           1          0      1
    """
    kinds = _column(roster, "position_type")
    table = pd.crosstab(retirement_year(roster), kinds).reindex(index=range(start_year, start_year + years), columns=POSITION_TYPES, fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.rename_axis(index="year", columns=None).reset_index()


def retirement_year(roster: pd.DataFrame) -> pd.Series:
    """The year each employee reaches retirement age (BUP), as :func:`retirement_projection` counts it; ``NA``
    without a birth date or a position type.

    Example:
        >>> roster = pd.DataFrame({"birth_date": pd.to_datetime(["1967-05-01", None]),
        ...                        "position_type": ["Pelaksana", "Fungsional"], "position": ["Pengadministrasi Umum", None]})
        >>> retirement_year(roster).tolist()
        [2025, <NA>]
    """
    kinds = _column(roster, "position_type")
    return (_column(roster, "birth_date").dt.year + _retirement_age(kinds, _column(roster, "position"))).astype("Int64")


def totals(staff: pd.DataFrame) -> pd.DataFrame:
    """Each dimension's total headcount (for a roster, every dimension it has a column for).

    Example:
        >>> summaries = pd.DataFrame({"dimension": ["gender", "gender", "golongan"], "category": ["Laki-laki", "Perempuan", "III"],
        ...                           "gender": [None, None, None], "count": [45.0, 58.0, 84.0], "location": "t.xlsx"})
        >>> totals(summaries)
          dimension  total
        0  golongan     84
        1    gender    103
    """
    present = set(staff["dimension"]) if _is_summary(staff) else set(staff.columns)
    dimensions = [d for d in DIMENSIONS if d in present]
    return pd.DataFrame({"dimension": dimensions, "total": [int(count_by(staff, d)["count"].sum()) for d in dimensions]})


def _is_summary(staff: pd.DataFrame) -> bool:
    return _SUMMARY_COLUMNS <= set(staff.columns)


def _check_dimension(dimension: str) -> None:
    if dimension not in DIMENSIONS:
        raise AnalysisError(said("unknown_dimension", dimension=repr(dimension), dimensions=", ".join(DIMENSIONS)))


def _column(roster: pd.DataFrame, name: str) -> pd.Series:
    if name not in roster.columns:
        raise AnalysisError(said("roster_no_column", name=repr(name), columns=", ".join(map(str, roster.columns))))
    return roster[name]


def _labels(values: pd.Series) -> pd.Series:
    """A roster column as plain labels, a missing value as :data:`UNKNOWN` (which no categorical has among its categories)."""
    return (values.astype(object) if isinstance(values.dtype, pd.CategoricalDtype) else values).fillna(UNKNOWN)


def _counts(staff: pd.DataFrame, dimension: str) -> pd.Series:
    if not _is_summary(staff):
        return _labels(_column(staff, dimension)).value_counts(sort=False)
    _check_dimension(dimension)
    rows = _summary_rows(staff, dimension)
    gendered = rows["gender"].notna()
    # a category with an L/P breakdown is counted from it, not from its (possibly wrong) stated Jumlah
    split = gendered.groupby(rows["category"]).transform("any")
    return rows[gendered | ~split].groupby("category")["count"].sum()


def _summary_rows(staff: pd.DataFrame, dimension: str) -> pd.DataFrame:
    rows = staff[staff["dimension"].eq(dimension)]
    if rows.empty:
        # zeros would claim a table the input does not have
        raise AnalysisError(said("no_summary_table", dimension=dimension, tables=", ".join(map(str, staff["dimension"].unique()))))
    return rows.dropna(subset=["count"])


@cache
def _order(dimension: str) -> tuple[str, ...]:
    if dimension == "education":
        return education_order()
    if dimension != "golongan":
        return _FIXED[dimension]
    # each golongan group (IV, III, …, PPPK) right before its grades, so group-level summaries sort too
    groups = golongan_table()["grp"]
    order: list[str] = []
    for code in golongan_order():
        if groups[code] not in order:
            order.append(groups[code])
        order.append(code)
    return tuple(order)


def _categories(present: pd.Index, dimension: str, values: pd.Series | None = None) -> list[str]:
    """The categories to list, in report order; unexpected values are an error, not a silent drop.

    ``values``: the roster column counted, which orders a column that is no report dimension (its categorical order,
    else first appearance); None for summaries, which have only the report's dimensions.
    """
    if dimension not in DIMENSIONS and values is not None:
        if isinstance(values.dtype, pd.CategoricalDtype):
            order = [c for c in values.dtype.categories if c in present]
        else:
            order = [v for v in pd.unique(values.dropna()) if v in present]
        return [*order, *([UNKNOWN] if UNKNOWN in present else [])]
    _check_dimension(dimension)
    order = _order(dimension)
    unexpected = sorted(set(present) - set(order) - {UNKNOWN})
    if unexpected:
        raise AnalysisError(said("unexpected_category" if len(unexpected) == 1 else "unexpected_categories", dimension=dimension,
                                 categories=", ".join(map(repr, unexpected)), expected=", ".join(order)))
    listed = order if dimension in _FIXED else [c for c in order if c in present]
    return [*listed, *([UNKNOWN] if UNKNOWN in present else [])]


def _arrange(counts: pd.Series, dimension: str, values: pd.Series | None = None) -> pd.Series:
    return _whole(counts.reindex(_categories(counts.index, dimension, values), fill_value=0), dimension)


def _whole(counts: pd.Series | pd.DataFrame, dimension: str) -> pd.Series | pd.DataFrame:
    # summary counts arrive as floats; a fraction of a person is a loading error worth stopping for
    if not (counts == counts.round()).all(axis=None):
        raise AnalysisError(said("whole_counts", dimension=dimension))
    return counts.astype("int64")


def _shares(counts: pd.Series, label: str) -> pd.DataFrame:
    return pd.DataFrame({label: counts.index, "count": counts.to_numpy(), "share_pct": (counts / counts.sum() * 100).to_numpy()})


def _completed_years(dates: pd.Series, on: dt.date | pd.Timestamp) -> pd.Series:
    on = pd.Timestamp(on)
    before_anniversary = (dates.dt.month > on.month) | ((dates.dt.month == on.month) & (dates.dt.day > on.day))
    return on.year - dates.dt.year - before_anniversary


def _banded(years: pd.Series, bands: tuple[int, ...]) -> pd.Series:
    if not bands or any(a >= b for a, b in zip(bands, bands[1:])):
        raise AnalysisError(said("age_bands", bands=repr(bands)))
    labels = [f"<{bands[0]}", *(f"{a}–{b - 1}" for a, b in zip(bands, bands[1:])), f"{bands[-1]}+"]
    banded = pd.cut(years, [-np.inf, *bands, np.inf], right=False, labels=labels)
    counts = pd.Series(banded.value_counts().reindex(labels).to_numpy(), index=labels)
    unknown = int(years.isna().sum())
    return pd.concat([counts, pd.Series({UNKNOWN: unknown})]) if unknown else counts


def _retirement_age(kinds: pd.Series, positions: pd.Series) -> pd.Series:
    rules = retirement_ages()
    unexpected = sorted(set(kinds.dropna().unique()) - set(rules["position_type"]))
    if unexpected:
        raise AnalysisError(said("no_retirement_age", types=", ".join(map(repr, unexpected)),
                                 expected=", ".join(dict.fromkeys(rules["position_type"]))))
    # keyword rows first (in file order) so the first matching keyword wins and each type's default takes the rest
    rules = rules.sort_values("keyword", key=lambda k: k.isna(), kind="stable")
    # match keywords against the distinct position names only: a roster has few of them and many rows
    codes, names = pd.factorize(positions)
    age = pd.Series(np.nan, index=kinds.index)
    for rule in rules.itertuples():
        match = kinds.eq(rule.position_type).to_numpy() & age.isna().to_numpy()
        if isinstance(rule.keyword, str):
            # code -1 (no position name) picks the appended False
            match &= np.append(names.str.contains(rule.keyword, case=False, regex=False), False)[codes]
        age[match] = rule.age
    return age
