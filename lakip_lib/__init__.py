"""LAKIP analysis kit: load a government agency's Excel exports, compute its
performance report (LAKIP) by the official rules, and render it.

In a notebook, the main functions are on the top level::

    >>> import lakip_lib as lk
    >>> data = lk.load_year("data/raw", 2024)
    >>> lk.crosstab(data.staff.roster, "education", "gender").loc[["S1", "S2"]]  # doctest: +NORMALIZE_WHITESPACE
               Laki-laki  Perempuan  Jumlah
    education
    S1                25         33      58
    S2                15         14      29

They are imported on first use (a module ``__getattr__``, as in
:mod:`lakip_lib.loading`): ``import lakip_lib`` stays free of pandas, so that
a ``lakip build`` that finds a year up to date imports none of it.
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("lakip-kit")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

#: public name → the module that defines it (relative to this package)
_HOMES = {
    # loading: workbooks → frames
    "load_year": ".loading.year", "YearData": ".loading.year",
    "load_staff": ".loading.staff", "load_indicators": ".loading.indicators",
    "load_budget": ".loading.budget", "load_assets": ".loading.assets",
    "save_processed": ".loading.processed",
    # analysis: frames → the report's tables
    "analyse": ".analysis.year", "analyse_year": ".analysis.year", "YearResults": ".analysis.year",
    "count_by": ".analysis.staffing", "crosstab": ".analysis.staffing", "totals": ".analysis.staffing",
    "age_bands": ".analysis.staffing", "years_of_service": ".analysis.staffing",
    "retirement_projection": ".analysis.staffing",
    "achievement": ".analysis.capaian", "goal_rollup": ".analysis.capaian", "compare_years": ".analysis.capaian",
    "compare_renstra": ".analysis.capaian",
    "budget_table": ".analysis.budget", "agency_total": ".analysis.budget", "efficiency": ".analysis.budget",
    "reconcile": ".analysis.checks",
    # the domain's orders, for one's own tables
    "golongan_order": ".domain", "education_order": ".domain",
    # the report
    "build_report": ".presentation.report", "build_docx": ".presentation.docx",
    # the errors a user meets
    "LakipError": ".errors", "InputError": ".errors", "AnalysisError": ".errors",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name], __name__), name)
    globals()[name] = value  # the next lookup is an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
