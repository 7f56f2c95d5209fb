"""Every result of one year, computed once from its loaded data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import LakipError
from ..errors import headline as headline_line
from ..loading.inputs import EARLIER_YEARS, earlier_years, find_inputs, sha256_file
from ..loading.year import YearData, load_year
from .budget import agency_total, budget_table, efficiency
from .capaian import achievement, compare_years, goal_rollup
from .checks import reconcile
from .staffing import count_by, crosstab, retirement_projection

STAFF_DIMENSIONS = ("golongan", "gender", "position_type", "education", "status")


@dataclass
class YearResults:
    """The analysis of one year; a frame is None when its dataset is missing."""

    data: YearData
    staffing: dict[str, pd.DataFrame]
    grade_by_gender: pd.DataFrame | None
    retirement: pd.DataFrame | None
    indicators: pd.DataFrame | None
    goals: pd.DataFrame | None
    trend: pd.DataFrame | None
    budget: pd.DataFrame | None
    total: pd.DataFrame | None
    efficiency: pd.DataFrame | None
    findings: pd.DataFrame
    #: the headline numbers of the earlier years in the data folder and this one (:func:`history`); None when not asked for
    history: pd.DataFrame | None = None
    #: the analyses of the earlier years in the data folder that could be read, oldest first (:func:`earlier_results`)
    earlier: list[YearResults] = field(default_factory=list)


#: the columns of :func:`headline` and :func:`history`
HEADLINE_COLUMNS = ["year", "headcount", "absorption_pct", "indicators_achieved", "indicators_measured"]


def headline(results: YearResults) -> dict[str, object]:
    """A year's headline numbers: headcount, serapan (%), indicators achieved of those with a realisation;
    ``NA`` for a dataset the year lacks.

    Example:
        >>> from lakip_lib.loading import load_year
        >>> headline(analyse(load_year("data/raw", 2024)))
        {'year': 2024, 'headcount': 103, 'absorption_pct': 98.56..., 'indicators_achieved': 7, 'indicators_measured': 7}
    """
    counts = next(iter(results.staffing.values()), None)
    achieved = results.indicators["achieved"] if results.indicators is not None else None
    return {
        "year": results.data.year,
        "headcount": int(counts["count"].sum()) if counts is not None else pd.NA,
        "absorption_pct": float(results.total["absorption_pct"].iloc[0]) if results.total is not None else float("nan"),
        "indicators_achieved": int(achieved.eq(True).sum()) if achieved is not None else pd.NA,
        "indicators_measured": int(achieved.notna().sum()) if achieved is not None else pd.NA,
    }


def earlier_results(results: YearResults, data_dir: str | Path, cache_dir: str | Path | None = None) -> tuple[list[YearResults], list[str]]:
    """The analyses of the earlier years in ``data_dir`` (at most :data:`~lakip_lib.loading.inputs.EARLIER_YEARS`),
    oldest first, with a line for each earlier year that could not be read.

    Example:
        >>> earlier, unread = earlier_results(analyse_year("data/raw", 2024), "data/raw")
        >>> [e.data.year for e in earlier], unread
        ([2023], [])
    """
    found, unread = [], []
    for year in earlier_years(Path(data_dir), results.data.year):
        try:
            # remembered: a process that makes the report again after an edit of this year reads the others once
            found.append(analyse_year(data_dir, year, cache_dir))
        except LakipError as err:
            unread.append(f"{year}: {headline_line(str(err))}")
    return found, unread


def add_earlier_years(results: YearResults, data_dir: str | Path, cache_dir: str | Path | None = None) -> list[str]:
    """Give ``results`` the earlier years of ``data_dir`` it is compared with (:attr:`YearResults.earlier`, read by
    each indicator's trend chart, and :attr:`YearResults.history`); return a line for each earlier year that could not
    be read. The report and a part notebook that draws the report's charts both call it, so their figures agree.

    Example:
        >>> results = analyse_year("data/raw", 2024)
        >>> add_earlier_years(results, "data/raw"), [e.data.year for e in results.earlier], results.history["year"].tolist()
        ([], [2023], [2023, 2024])
    """
    earlier = earlier_results(results, data_dir, cache_dir)
    results.earlier = earlier[0]
    results.history, unread = history(results, data_dir, cache_dir, earlier=earlier)
    return unread


def history(results: YearResults, data_dir: str | Path, cache_dir: str | Path | None = None,
            earlier: tuple[list[YearResults], list[str]] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The headline numbers (:func:`headline`) of the earlier years in ``data_dir`` (at most
    :data:`~lakip_lib.loading.inputs.EARLIER_YEARS`) and of ``results``' own year, oldest first, with a line for each
    earlier year that could not be read (it is left out of the table, never shown as zeros). ``earlier``: what
    :func:`earlier_results` gave, when the caller has it already.

    Example:
        >>> table, unread = history(analyse_year("data/raw", 2024), "data/raw")
        >>> table["year"].tolist()[-1], unread
        (2024, [])
    """
    found, unread = earlier if earlier is not None else earlier_results(results, data_dir, cache_dir)
    rows = [headline(e) for e in found] + [headline(results)]
    table = pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
    return table.astype({"year": "int64", "headcount": "Int64", "absorption_pct": "float64",
                         "indicators_achieved": "Int64", "indicators_measured": "Int64"}), unread


def analyse(data: YearData) -> YearResults:
    """Compute every table of the report from a loaded year.

    Example:
        >>> from lakip_lib.loading import load_year
        >>> results = analyse(load_year("data/raw", 2024))
        >>> results.total["absorption_pct"].round(2).item()
        98.56
    """
    staff = None
    if data.staff is not None:
        staff = data.staff.roster if data.staff.roster is not None else data.staff.summaries
    staffing = {}
    grade_by_gender = retirement = None
    if staff is not None:
        # a roster column with no value at all (a roster without Jenis Jabatan) is no table of "unknown" (the loader warns)
        present = ({c for c in staff.columns if staff[c].notna().any()} if data.staff.roster is not None
                   else set(staff["dimension"]))
        staffing = {d: count_by(staff, d) for d in STAFF_DIMENSIONS if d in present}
        has_gender = data.staff.roster is not None or staff["gender"].notna().any()
        if "golongan" in staffing and has_gender:
            grade_by_gender = crosstab(staff, "golongan", "gender")
        if data.staff.roster is not None:
            retirement = retirement_projection(data.staff.roster, data.year + 1)
    indicators = goals = trend = None
    if data.indicators is not None:
        indicators = achievement(data.indicators.indicators, data.indicators.values, data.year, data.project.rules)
        goals = goal_rollup(indicators)
        trend = compare_years(data.indicators.indicators, data.indicators.values)
    budget = total = eff = None
    if data.budget is not None:
        budget = budget_table(data.budget.rows)
        total = agency_total(data.budget.rows)
        if indicators is not None:
            eff = efficiency(indicators, budget, data.project.rules.efficiency_band)
    return YearResults(data, staffing, grade_by_gender, retirement, indicators, goals, trend, budget, total, eff,
                       reconcile(data))


_MEMO: dict[tuple, YearResults] = {}


def analyse_year(data_dir: str | Path, year: int, cache_dir: str | Path | None = None) -> YearResults:
    """:func:`load_year` then :func:`analyse`, remembered for this process while the inputs are unchanged.

    ``cache_dir`` is passed to :func:`load_year` (the cleaned datasets in
    ``data/processed``). A build runs several notebooks in one kernel; each asks for the same year,
    and only the first pays for loading. The years a report compares with are remembered too (at most
    :data:`~lakip_lib.loading.inputs.EARLIER_YEARS` besides the last one asked for). The key is the content of every input
    file and of ``lakip.yml``, so an edited workbook is loaded again.

    Example:
        >>> analyse_year("data/raw", 2024) is analyse_year("data/raw", 2024)
        True
    """
    root = Path(data_dir).resolve()
    files, _ = find_inputs(root / str(year)) if (root / str(year)).is_dir() else ({}, [])
    project = root / "lakip.yml"
    key = (root, year, tuple(sorted((name, sha256_file(path)) for name, path in files.items())),
           sha256_file(project) if project.is_file() else None)
    if key not in _MEMO:
        # a year and the earlier ones its report compares it with; an edited year's old analysis is let go
        for old in [k for k in _MEMO if k[:2] == (root, year)] + list(_MEMO)[:max(0, len(_MEMO) - EARLIER_YEARS)]:
            _MEMO.pop(old, None)
        _MEMO[key] = analyse(load_year(root, year, cache_dir=cache_dir))
    return _MEMO[key]
