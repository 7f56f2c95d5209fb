"""Guards on what the kit writes: paths stay inside the output folder, text
from input data cannot become a spreadsheet formula, and no bidi control can
reorder how a text is shown."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UnsafePathError
from .messages import Text, said

if TYPE_CHECKING:  # the path guards run before a build decides it has work to do: no pandas for them
    import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
#: the controls that reorder how text is shown (embeddings, overrides, isolates, marks): after U+202E, "…gnp.exe" shows as
#: "…exe.png"; every one in the inputs, lakip.yml and the narrative is shown as its code instead (:func:`visible_controls`)
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
BIDI = re.compile(f"[{BIDI_CONTROLS}]")
#: the first byte of each control's UTF-8 (every one lies in U+0600–U+206F): text whose bytes hold none of them holds
#: no control, which a column of a million cells tells by one scan of its bytes instead of a regex per cell
BIDI_LEAD_BYTES = bytes(sorted({chr(c).encode()[0] for c in range(0x0600, 0x2070) if BIDI.match(chr(c))}))
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def safe_name(name: str, what: Text = said("what_name")) -> str:
    """Check that ``name`` is a plain file or folder name (no separators, no ``..``); ``what`` it names, as the refusal
    says it.

    Example:
        >>> safe_name("2024")
        '2024'
        >>> safe_name("../etc", said("what_year"))
        Traceback (most recent call last):
        lakip_lib.errors.UnsafePathError: '../etc' bukan nama sederhana untuk tahun: gunakan huruf, angka, '.', '_' atau '-'
    """
    if not _SAFE_NAME.fullmatch(name) or ".." in name:
        raise UnsafePathError(said("unsafe_name", name=repr(name), what=what))
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
        raise UnsafePathError(said("outside", path=repr("/".join(parts)), base=base))
    return target


def visible_controls(text: str) -> str:
    """``text`` with each bidi control shown as its code, so that it cannot reorder what is shown around it.

    Example:
        >>> visible_controls("laporan\u202egnp.exe")
        'laporan[U+202E]gnp.exe'
    """
    return BIDI.sub(lambda found: f"[U+{ord(found.group()):04X}]", text)


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
    """A copy of ``frame`` whose text cells (and column names) are :func:`neutralise`-d.

    Example:
        >>> import pandas as pd
        >>> texts = pd.Series(["=1+1", "-", "ok", None], dtype=object)
        >>> neutralise_frame(pd.DataFrame({"=a": texts, "n": [1, -2, 3, 4]})).to_dict("list")
        {"'=a": ["'=1+1", '-', 'ok', None], 'n': [1, -2, 3, 4]}
        >>> neutralise_frame(pd.DataFrame({"target": pd.Series([80.0, 90.5], dtype=object)}))["target"].tolist()
        [80.0, 90.5]
    """
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            out[column] = values.map(neutralise)  # once per category, not per cell
        elif values.dtype == object or pd.api.types.is_string_dtype(values):
            if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
                # non-text cells of an object column give NA here, and NA is not a formula
                risky = values.str.startswith(_FORMULA_START).fillna(False).astype(bool) & (values != "-")
            else:  # numbers (a target of 80) beside text (a grade "BB"), or no text at all: the .str accessor refuses them
                risky = values.map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_START) and v != "-").astype(bool)
            if risky.any():
                values = values.copy()
                values[risky] = "'" + values[risky].astype(str)
                out[column] = values
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    return out
