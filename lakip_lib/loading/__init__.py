"""Loading: Excel exports → validated, normalised pandas frames.

Public entry points: :func:`load_staff`, :func:`load_indicators`,
:func:`load_budget`, :func:`load_assets`, :func:`load_year` (optionally
through the cache of cleaned datasets) and :func:`save_processed`.
"""

from .assets import Assets, load_assets
from .budget import Budget, load_budget
from .indicators import Indicators, load_indicators
from .processed import save_processed
from .staff import Staff, load_staff
from .year import DATASETS, YearData, load_year

__all__ = ["Assets", "Budget", "DATASETS", "Indicators", "Staff", "YearData",
           "load_assets", "load_budget", "load_indicators", "load_staff", "load_year", "save_processed"]
