"""The analysis layer: pure functions from the loaders' frames to the report's tables.

No I/O and no rounding (rounding is for display); errors are :class:`~lakip_lib.errors.AnalysisError`.
"""

from .budget import agency_total, budget_table, efficiency, top_level
from .capaian import (
    achievement,
    achievement_pct,
    categorise,
    compare_renstra,
    compare_years,
    goal_rollup,
    ordinal_achieved,
)
from .checks import reconcile
from .staffing import age_bands, count_by, crosstab, retirement_projection, totals, years_of_service

__all__ = [
    "achievement",
    "achievement_pct",
    "age_bands",
    "agency_total",
    "budget_table",
    "categorise",
    "compare_renstra",
    "compare_years",
    "count_by",
    "crosstab",
    "efficiency",
    "goal_rollup",
    "ordinal_achieved",
    "reconcile",
    "retirement_projection",
    "top_level",
    "totals",
    "years_of_service",
]
