"""Every result of one year, computed once from its loaded data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..loading.inputs import find_inputs, sha256_file
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


def analyse(data: YearData) -> YearResults:
    """Compute every table of the report from a loaded year.

    Example:
        >>> from lakip_lib.loading import load_year
        >>> results = analyse(load_year("data/raw", 2024))  # doctest: +SKIP
        >>> results.total["absorption_pct"].round(2).item()  # doctest: +SKIP
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
    and only the first pays for loading. The key is the content of every input
    file and of ``lakip.yml``, so an edited workbook is loaded again.

    Example:
        >>> analyse_year("data/raw", 2024) is analyse_year("data/raw", 2024)  # doctest: +SKIP
        True
    """
    root = Path(data_dir).resolve()
    files, _ = find_inputs(root / str(year)) if (root / str(year)).is_dir() else ({}, [])
    project = root / "lakip.yml"
    key = (root, year, tuple(sorted((name, sha256_file(path)) for name, path in files.items())),
           sha256_file(project) if project.is_file() else None)
    if key not in _MEMO:
        _MEMO.clear()  # one year at a time is what a kernel works on
        _MEMO[key] = analyse(load_year(root, year, cache_dir=cache_dir))
    return _MEMO[key]
