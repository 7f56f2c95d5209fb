"""Loading: Excel exports → validated, normalised pandas frames.

Public entry points: :func:`load_staff`, :func:`load_indicators`,
:func:`load_budget`, :func:`load_assets`, :func:`load_year` (optionally
through the cache of cleaned datasets) and :func:`save_processed`.

They are imported on first use: :mod:`lakip_lib.loading.inputs` (which files
make up a year, and their hashes) is what the up-to-date check of a build
needs, and importing it must not import pandas and the Excel readers.
"""

from importlib import import_module

_HOMES = {
    "Assets": "assets", "load_assets": "assets",
    "Budget": "budget", "load_budget": "budget",
    "Indicators": "indicators", "load_indicators": "indicators",
    "save_processed": "processed",
    "Staff": "staff", "load_staff": "staff",
    "DATASETS": "inputs",
    "YearData": "year", "load_year": "year",
}

__all__ = ["DATASETS", "Assets", "Budget", "Indicators", "Staff", "YearData",
           "load_assets", "load_budget", "load_indicators", "load_staff", "load_year", "save_processed"]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value  # the next lookup is an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
