"""A budget's codes and names laid out as an outline over columns with no header, and a figure merged over two columns.

SAKTI's reports (``GLP039 Ketersediaan Dana Detail``) print each level of the
RKA-K/L hierarchy on its own row with its code and its name in columns that
depend on the level: a program's code under ``Kode`` and its name under
``Uraian``, a kegiatan's name further right, a KRO's code one column right of
``Kode``, an akun's further still; only the first columns of the area have a
header. The columns right of ``Kode`` up to the first figure that hold codes
are parts of the code, those that hold words parts of the name; each row
fills one of each at most (what tells the outline from a code split over
columns, whose rows repeat their parents' parts). The level is then read by
the budget loader from where each code stands (:func:`.hierarchy.outline_codes`).

The same reports merge a figure's header over two columns (``s.d. Periode``
over Y:Z) and print the total rows' figure in the first, the detail rows'
in the second: :func:`merged_pair` finds such a pair, whose figure is read
from whichever of the two holds it on each row.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..workbook import Grid, is_blank
from .band import Band
from .table import Column

#: how the code and name columns of an outline are read (:attr:`Column.how`, the ``--explain`` record)
OUTLINE = "outline"
#: how a figure merged over two columns is read
MERGED_PAIR = "merged pair"
#: how names indented over the columns of one merged header are read (one column, the level by where a name starts)
INDENTED = "indented"
#: how the columns with no header right of ``Kode`` holding the further parts of each row's code are read
SPLIT_CODE = "split code"
#: a code as an outline prints it: capitals and digits, in dotted parts (``DL``, ``DL.2376``, ``SAC.811``, ``302.0B``)
_CODE = re.compile(r"^[0-9A-Z]+(?:\.[0-9A-Z]+)*$")
#: a cell holding only a name's enumerator: a letter, a number or a roman numeral with its dot or bracket (``a.``,
#: ``b)``, ``1.``, ``(2)``, ``IV.``); a bare letter or number is no enumerator here, as it may be a level's own value
_ENUMERATOR = re.compile(r"^\(?(?:[a-z]|\d{1,3}|[ivx]{1,5})[.)]$", re.IGNORECASE)


def _kind(value: object) -> str | None:
    """``code``, ``name`` or None (a figure, a date: no cell of an outline)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return "code" if value >= 0 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _CODE.match(text):
        return "code"
    return "name" if any(ch.isalpha() for ch in text) else None


def _capital_word(value: object) -> bool:
    """Whether ``value`` is one word in capitals (``TANAH``, ``JUMLAH``): a name, though :func:`_kind` calls it a code
    as a SAKTI outline prints its codes in capitals; under a names header only a digit, a dot or two letters at most
    (``DL``) still make a code.

    Example:
        >>> [_capital_word(v) for v in ("TANAH", "DL", "DL.2376", "B12")]
        [True, False, False, False]
    """
    return isinstance(value, str) and len(text := value.strip()) > 2 and text.isalpha()


def outline_columns(grid: Grid, band: Band, data_rows: np.ndarray, code: Column, name: Column,
                    figures: list[int]) -> tuple[list[int], list[int]] | None:
    """The grid columns of a budget's outline (codes, names: each with ``code``'s or ``name``'s own, left to right),
    or None. The candidates are the columns with no header right of the code column and left of the first figure
    column after both; each holds codes only or words only, one at least holds codes, and no body row fills two code
    cells or two name cells.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Kode", None, "Uraian", None, "Pagu"], ["WA", None, "Program Dukungan", None, 10],
        ...                       ["WA.2369", None, None, "Dukungan Manajemen", 10], [None, "EBA", None, "Layanan", 10]],
        ...                      dtype=object)
        >>> band = Band("budget", 0, 0, {0: ("Kode",), 2: ("Uraian",), 4: ("Pagu",)}, {}, ())
        >>> outline_columns(Grid("a.xlsx", "S", cells), band, np.arange(1, 4), Column("code", None, "Kode", 0),
        ...                 Column("name", None, "Uraian", 2), [4])
        ([0, 1], [2, 3])
    """
    after = [j for j in figures if j > max(code.index, name.index)]
    if not len(data_rows) or not after:
        return None
    codes, names = [code.index], [name.index]
    for j in range(code.index + 1, min(after)):
        if j == name.index or j in band.paths or j not in grid.cells.columns:
            continue
        kinds = {_kind(v) for v in grid.cells[j].iloc[data_rows] if not is_blank(v)}
        if not kinds:
            continue
        if len(kinds) > 1 or None in kinds:
            return None
        (codes if kinds == {"code"} else names).append(j)
    if len(codes) == 1:
        return None
    for columns in (codes, names):
        filled = (~grid.cells[columns].iloc[data_rows].map(is_blank)).sum(axis=1)
        if (filled > 1).any():
            return None
    return sorted(codes), sorted(names)


def split_code_columns(grid: Grid, band: Band, data_rows: np.ndarray, code: Column, name: Column) -> list[int] | None:
    """The grid columns of a code split over columns under one ``Kode`` written once, with no header over the others
    (a CSV of an evaluation form: ``5 | 03 | 01 | 2.01 | 0001``): ``code``'s own, then the columns with no header
    right of it, up to the name column, that hold codes only; each body row fills them from the first, leaving no gap
    (a program fills three, its sub kegiatan five: the rows repeat their parents' parts, which tells the split code from
    an outline, whose rows fill one code cell each), and some row fills two or more. None otherwise.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Kode", None, None, "Nama", "Pagu"], ["5", "03", None, "BIDANG", None],
        ...                       ["5", "03", "01", "PROGRAM", 10]], dtype=object)
        >>> band = Band("budget", 0, 0, {0: ("Kode",), 3: ("Nama",), 4: ("Pagu",)}, {}, ())
        >>> split_code_columns(Grid("a.xlsx", "S", cells), band, np.arange(1, 3), Column("code", None, "Kode", 0),
        ...                    Column("name", None, "Nama", 3))
        [0, 1, 2]
        >>> cells.iat[2, 1] = None  # a gap: '5 | | 01' is no code read left to right
        >>> split_code_columns(Grid("a.xlsx", "S", cells), band, np.arange(1, 3), Column("code", None, "Kode", 0),
        ...                    Column("name", None, "Nama", 3)) is None
        True
    """
    if not len(data_rows) or name.index <= code.index + 1:
        return None
    columns = [code.index]
    for j in range(code.index + 1, name.index):
        if j in band.paths or j not in grid.cells.columns:
            return None
        kinds = {_kind(v) for v in grid.cells[j].iloc[data_rows] if not is_blank(v)}
        if kinds != {"code"}:
            return None
        columns.append(j)
    filled = ~grid.cells[columns].iloc[data_rows].map(is_blank).to_numpy()
    codes = filled.any(axis=1)
    # a prefix on every row with a code: once a part is blank, so are the ones right of it
    prefix = all((row[:row.sum()].all()) for row in filled[codes])
    return columns if prefix and codes.any() and (filled.sum(axis=1) > 1).any() else None


def merged_pair(grid: Grid, band: Band, data_rows: np.ndarray, column: Column) -> int | None:
    """The column right of ``column`` when the header's last row is merged over the two, that column has no header of
    its own, and the body fills it on some rows and never on a row that fills ``column`` (a total row's figure in the
    first, a detail row's in the second); else None. Rows filling both would be two figures, which no rule adds up.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Uraian", "s.d. Periode", None], ["Program", 300, None], ["Item", None, 300]],
        ...                      dtype=object)
        >>> grid = Grid("a.xlsx", "S", cells, merged=[(0, 1, 0, 2)])
        >>> band = Band("budget", 0, 0, {0: ("Uraian",), 1: ("s.d. Periode",)}, {}, ())
        >>> merged_pair(grid, band, np.arange(1, 3), Column("realised", None, "s.d. Periode", 1))
        2
        >>> cells.iat[1, 2] = 5
        >>> merged_pair(Grid("a.xlsx", "S", cells, merged=[(0, 1, 0, 2)]), band, np.arange(1, 3),
        ...             Column("realised", None, "s.d. Periode", 1)) is None
        True
    """
    span = grid.merged_over(band.bottom, column.index)
    j = column.index + 1
    if span is None or span[1] != column.index or span[3] != j or j in band.paths or j not in grid.cells.columns \
            or not len(data_rows):
        return None
    first = ~grid.cells[column.index].iloc[data_rows].map(is_blank).to_numpy()
    second = ~grid.cells[j].iloc[data_rows].map(is_blank).to_numpy()
    return j if second.any() and not (first & second).any() else None


def indented_columns(grid: Grid, band: Band, data_rows: np.ndarray, column: Column) -> list[int] | None:
    """The grid columns over which the names of ``column`` are indented (its own first): one header cell merged across
    them down to the band's last row (``UNIT ORGANISASI DAN NAMA JABATAN`` over B5:H8), the columns right of the first
    with no header but that cell's, every filled body cell a name (words, no figure), each body row filling one of them at
    most (an enumerator straight left of the row's name, ``a.`` | ``Alat-alat Besar``, is no second name: :func:`enumerators`),
    and rows filling at least two of them (a unit's name in B, its posts' in C, theirs in D: an outline by
    columns, the level the column a name starts in). None otherwise: a row filling two is two values, a run filled
    only in its first column no outline.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame([["Nama Jabatan", None, None, "Jumlah"], ["Kepala Dinas", None, None, 1],
        ...                       [None, "Sekretaris", None, 1], [None, None, "Pengelola Data", 2]], dtype=object)
        >>> grid = Grid("a.xlsx", "S", cells, merged=[(0, 0, 0, 2)])
        >>> band = Band("summary", 0, 0, {0: ("Nama Jabatan",), 3: ("Jumlah",)}, {}, ())
        >>> indented_columns(grid, band, np.arange(1, 4), Column("category", None, "Nama Jabatan", 0))
        [0, 1, 2]
        >>> cells.iat[2, 0] = "Sekretariat"  # a row filling two of the columns: no outline
        >>> indented_columns(Grid("a.xlsx", "S", cells, merged=[(0, 0, 0, 2)]), band, np.arange(1, 4),
        ...                  Column("category", None, "Nama Jabatan", 0)) is None
        True
    """
    span = grid.merged_over(band.bottom, column.index)
    if span is None or span[1] != column.index or span[3] <= column.index or not len(data_rows):
        return None
    run = list(range(column.index, span[3] + 1))
    if any(band.paths.get(j, band.paths.get(column.index)) != band.paths.get(column.index) for j in run[1:]) \
            or any(j not in grid.cells.columns for j in run):
        return None
    cells = grid.cells[run].iloc[data_rows]
    named = ~cells.map(is_blank).to_numpy(dtype=bool) & ~enumerators(cells)
    names = all(_kind(v) == "name" or _capital_word(v) for v in cells.to_numpy()[named])
    return run if names and (named.sum(axis=1) <= 1).all() and (named.any(axis=0).sum() >= 2) else None


def enumerators(cells: pd.DataFrame) -> np.ndarray:
    """Which of ``cells`` (body rows × the columns of one merged header) hold only the enumerator of the name in the
    cell right of them (``a.`` in G, ``Alat-alat Besar`` in H): a lettered list indented under the names of the level
    above (golongan in G, its bidang lettered in G and named in H) still gives each row one name. An enumerator with
    nothing right of it, or beside another enumerator, is none: the cell is then the row's only value.

    Example:
        >>> cells = pd.DataFrame([["PERALATAN", None, None], ["a.", "Alat-alat Besar", None], ["Kantor", "Gudang", None],
        ...                       ["b)", None, "Jalan"], ["1.", "2.", None]], dtype=object)
        >>> enumerators(cells).tolist()
        [[False, False, False], [True, False, False], [False, False, False], [False, False, False], [False, False, False]]
    """
    values = cells.to_numpy()
    marks = np.array([[isinstance(v, str) and bool(_ENUMERATOR.match(v.strip())) for v in row] for row in values],
                     dtype=bool).reshape(values.shape)
    out = np.zeros(values.shape, dtype=bool)
    # only the cell straight left of a filled cell that is no enumerator: the name it numbers
    out[:, :-1] = marks[:, :-1] & ~cells.iloc[:, 1:].map(is_blank).to_numpy(dtype=bool) & ~marks[:, 1:]
    return out

