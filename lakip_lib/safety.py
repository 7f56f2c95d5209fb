"""Guards on what the kit writes: paths stay inside the output folder, and
text from input data cannot become a spreadsheet formula."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .errors import UnsafePathError

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def safe_name(name: str, what: str = "name") -> str:
    """Check that ``name`` is a plain file or folder name (no separators, no ``..``).

    Example:
        >>> safe_name("2024")
        '2024'
        >>> safe_name("../etc", "year")
        Traceback (most recent call last):
        lakip_lib.errors.UnsafePathError: '../etc' is not a plain name for year: use letters, digits, '.', '_' or '-'
    """
    if not _SAFE_NAME.match(name) or ".." in name:
        raise UnsafePathError(f"{name!r} is not a plain name for {what}: use letters, digits, '.', '_' or '-'")
    return name


def inside(root: Path, *parts: str) -> Path:
    """``root/parts…`` resolved, refusing anything that would land outside ``root`` (symlinks included).

    Example:
        >>> inside(Path("/tmp/out"), "2024", "tables").as_posix()
        '/tmp/out/2024/tables'
    """
    base = root.resolve()
    target = base.joinpath(*parts).resolve()
    if target != base and base not in target.parents:
        raise UnsafePathError(f"{'/'.join(parts)!r} would write outside {base}")
    return target


def neutralise(value: object) -> object:
    """Make a text cell safe for Excel/LibreOffice: a leading ``= + - @`` tab or CR is quoted.

    Numbers are left alone; only text that a spreadsheet could run as a formula
    gets a leading apostrophe, which spreadsheets display as plain text; a lone
    ``-`` (the reports' "no value" mark) cannot run and is kept.

    Example:
        >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-2+3"), neutralise("-"), neutralise(-5)
        ('\\'=HYPERLINK("http://x")', "'-2+3", '-', -5)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and value != "-":
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and column names) are :func:`neutralise`-d."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    return out
