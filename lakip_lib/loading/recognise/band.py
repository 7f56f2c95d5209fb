"""The header band of a table: one to three rows above the body, flattened to one path per column.

Exports and published tables put a label group over its columns (``JUMLAH``
over ``L | P | L+P``, ``Tahun 2023`` over ``Target | Realisasi``,
``Realisasi Anggaran (Rp)`` over ``1 … 12 | Jumlah``), merged across them or
written once followed by blanks, and merge single headers down over the
band. :func:`column_paths` turns the band into one path per column, top to
leaf; :func:`best_band` scores every band of one to :data:`MAX_BAND` rows that
starts in the scanned rows, for each dataset the file may hold, and keeps the
one naming the most fields. A row spanning the whole table (a title) is no
band level, and the column-number row is never one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..parse import (ValueParseError, clean_text, is_no_value, non_asn_status, parse_education, parse_gender, parse_golongan,
                     parse_position_type, parse_status)
from .fields import AMOUNTS, ROW_NUMBERS, Match, Vocabulary, header_key, match_path
from .rows import (SPLIT_UNIT, gender_cells, is_column_numbers, is_sex, is_total_label, is_units, labelled_values,
                   splits_measure, table_number, unit_kind)
from .stacked import stacked_fields

#: most rows a header band has
MAX_BAND = 3


@dataclass(frozen=True)
class Band:
    """A header band: its grid rows, the dataset it reads as, and each column's path and match."""

    dataset: str
    top: int
    bottom: int
    paths: dict[int, tuple[str, ...]]
    matches: dict[int, Match]
    score: tuple

    @property
    def labels(self) -> set[str]:
        return {_label(m) for m in self.matches.values()}


def _label(match: Match) -> str:
    return match.name if match.year is None else f"{match.name}@{match.year}"


def _text(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean_text(unspaced(value) if isinstance(value, str) else value)
    return text or None


#: a letter, digit or mark standing alone between the separators of a letter-spaced header
_ONE = re.compile(r"\S")


def unspaced(text: str) -> str:
    """A header printed one letter a line or a space apart ('E⏎S⏎E⏎L⏎O⏎N', 'E S E L O N') as its words: the letters
    joined, a blank line or a wider space between two words; any other text as it is.

    Example:
        >>> unspaced("K\\nE\\nL\\nA\\nS\\n\\nJ\\nA\\nB\\nA\\nT\\nA\\nN"), unspaced("G O L O N G A N  T M T")
        ('KELAS JABATAN', 'GOLONGAN TMT')
        >>> unspaced("L P"), unspaced("I II III"), unspaced("NAMA\\nNIP")
        ('L P', 'I II III', 'NAMA\\nNIP')
    """
    stripped = text.strip()
    if "\n" in stripped:
        words = [word.split("\n") for word in re.split(r"\n\s*\n", stripped)]
    else:
        words = [word.split(" ") for word in re.split(r" {2,}", stripped)]
    letters = [part.strip() for word in words for part in word]
    if len(letters) < 4 or not all(_ONE.fullmatch(letter) for letter in letters):
        return text
    return " ".join("".join(part.strip() for part in word) for word in words)


def _spread_merges(rows: list[list[object]], top: int, bottom: int, merged: list[tuple[int, int, int, int]]
                   ) -> tuple[list[list[str | None]], set[tuple[int, int]]]:
    """The header rows ``top``..``bottom`` as text, each merged cell's text in every cell it covers; and the (level,
    column) cells of labels merged across several columns.

    Example:
        >>> band, across = _spread_merges([["JUMLAH", None], ["L", "P"]], 0, 1, [(0, 0, 0, 1)])
        >>> band, sorted(across)
        ([['JUMLAH', 'JUMLAH'], ['L', 'P']], [(0, 0), (0, 1)])
    """
    width = max(len(rows[i]) for i in range(top, bottom + 1))
    band = [[_text(rows[i][j]) if j < len(rows[i]) else None for j in range(width)] for i in range(top, bottom + 1)]
    across: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in merged:
        if r1 < top or r0 > bottom:
            continue
        origin = _text(rows[r0][c0]) if 0 <= r0 < len(rows) and 0 <= c0 < len(rows[r0]) else None
        for i in range(max(r0, top), min(r1, bottom) + 1):
            for j in range(max(c0, 0), min(c1 + 1, width)):
                band[i - top][j] = origin
                if c1 > c0:
                    across.add((i - top, j))
    return band, across


def column_paths(rows: list[list[object]], top: int, bottom: int, merged: list[tuple[int, int, int, int]]) -> dict[int, tuple[str, ...]]:
    """Each column's header path in grid rows ``top``..``bottom`` (``merged``: ranges in grid coordinates).

    Example:
        >>> rows = [["No", "Golongan", "JUMLAH", None, None], [None, None, "L", "P", "L+P"]]
        >>> column_paths(rows, 0, 1, [(0, 2, 0, 4)])[3], column_paths(rows, 0, 1, [(0, 0, 1, 0)])[0]
        (('JUMLAH', 'P'), ('No',))
    """
    band, across = _spread_merges(rows, top, bottom, merged)
    width = len(band[0])
    # the two halves of one band over a units row (K | Rp, written as a CSV gives them, the band's name over K alone):
    # the Rp column is headed as its K column is, at every level above
    _pair_halves(band)
    # a group label written once over its columns without a merge: it spans the blanks to its right under which
    # the row below has labels; it ends where a label of a level above starts (the quarter 'IV' of 'Realisasi Kinerja
    # Pada Triwulan' is not carried under the next band, 'Realisasi Capaian Kinerja … yang Dievaluasi'), and a label
    # merged down over the rows below (Kabupaten/Kota over three rows) heads its own column only, not the bands merged
    # across beside it (Jumlah PNS over Aktif … PPPK)
    down = {(i - top, j) for r0, c0, r1, c1 in merged if r1 > r0 and c1 == c0
            for i in range(max(r0, top), min(r1, bottom) + 1) for j in (c0,)}
    for level in range(len(band) - 1):
        upper, lower = band[level], band[level + 1]
        for j in range(1, width):
            if upper[j] is None and lower[j] is not None and upper[j - 1] is not None and lower[j - 1] is not None \
                    and not _merged_at(merged, top + level, j) \
                    and not any(band[k][j] is not None and band[k][j] != band[k][j - 1] for k in range(level)) \
                    and not ((level, j - 1) in down and (level + 1, j) in across):
                upper[j] = upper[j - 1]
    # a level whose cells all say the same over every labelled column is a title, not a level, unless it is the group
    # label of the categories below it (Golongan over I … IV alone): it says what the columns count
    # a header cell merged across columns on the band's last row, with nothing under its other columns, names one
    # column: the first (Jumlah merged over B:C, the count in B)
    below = rows[bottom + 1: bottom + 6]
    continued = {j for r0, c0, r1, c1 in merged if r0 == r1 == bottom and c1 > c0 and top < bottom
                 for j in range(max(c0, 0) + 1, c1 + 1)
                 if not any(j < len(row) and _text(row[j]) for row in below)}
    # a header cell merged across a column of labels and one column of numbers, with no header of its own over the
    # numbers (Pendidikan merged over S1 | 2, as a table pasted from Word): the numbers are the labels' count
    counted: set[int] = set()
    for r0, c0, r1, c1 in merged:
        if not (r0 <= bottom <= r1 and c1 > c0 >= 0 and r1 < len(rows)) or not _labels_below(below, c0):
            continue
        numeric = [j for j in range(c0 + 1, c1 + 1) if _numbers_below(below, j)]
        rest = [j for j in range(c0 + 1, c1 + 1) if j not in numeric and any(j < len(row) and _text(row[j]) for row in below)]
        if len(numeric) == 1 and not rest and c1 < width:
            counted.add(numeric[0])
            continued |= set(range(c0 + 1, c1 + 1)) - counted
    labelled = [j for j in range(width) if j not in continued and any(band[level][j] for level in range(len(band)))]
    levels = [level for level in range(len(band))
              if len(band) == 1 or level == len(band) - 1
              or (len({band[level][j] for j in labelled}) > 1 and not labelled_values(band[level]))
              or bool(labelled) and _groups_categories(band[level][labelled[0]], [band[-1][j] for j in labelled])]
    paths: dict[int, tuple[str, ...]] = {}
    for j in labelled:
        path: list[str] = []
        for level in levels:
            value = band[level][j]
            if value is not None and (not path or path[-1] != value):
                path.append(value)
        if path:
            paths[j] = (*path, IMPLIED_COUNT) if j in counted else tuple(path)
    if len(levels) == 1:
        paths = split_aliases(paths)
    # a units row under the column-number row (K | Rp under every band of a Permendagri evaluation form) tells the two
    # columns of one band apart: each unit ends its column's path, and the body skips the row all the same
    if bottom + 2 < len(rows) and is_column_numbers([v for v in rows[bottom + 1] if _text(v)]) \
            and is_units(units := [v for v in rows[bottom + 2] if _text(v)]) and len({unit_kind(v) for v in units}) > 1:
        for j, path in paths.items():
            if j < len(rows[bottom + 2]) and unit_kind(rows[bottom + 2][j]) is not None:
                paths[j] = (*path, _text(rows[bottom + 2][j]))
        # … and a row under it splitting each K into Volume | Satuan (wp-sipd's Renstra monev): the Volume is the K's
        # figure, the Satuan its unit, headed as the unit of the K merged over both
        if bottom + 3 < len(rows) and splits_measure([v for v in rows[bottom + 3] if _text(v)]):
            spread, _ = _spread_merges(rows, bottom + 2, bottom + 2, merged)
            for j, path in paths.items():
                unit = spread[0][j] if j < len(spread[0]) else None
                if j < len(rows[bottom + 3]) and header_key(_text(rows[bottom + 3][j]) or "") in SPLIT_UNIT \
                        and unit_kind(unit) == "measure":
                    paths[j] = (*(path if path[-1] == unit else (*path, unit)), _text(rows[bottom + 3][j]))
    # a units row right under a band of three rows (Realisasi › Keuangan › Belanja Operasi › Rp. | %), a fourth level
    # the band cannot hold: each unit ends its column's path likewise
    elif bottom + 1 < len(rows) and bottom - top + 1 == MAX_BAND \
            and is_units(units := [v for v in rows[bottom + 1] if _text(v)]) and len({unit_kind(v) for v in units}) > 1:
        for j, path in paths.items():
            if j < len(rows[bottom + 1]) and unit_kind(rows[bottom + 1][j]) is not None:
                paths[j] = (*path, _text(rows[bottom + 1][j]))
    # likewise the L | P row of a band printed under the column numbers (Fungsional › Lektor › 3 › L | P): each sex
    # ends its column's path
    elif bottom + 2 < len(rows) and is_column_numbers([v for v in rows[bottom + 1] if _text(v)]) \
            and gender_cells([v for v in rows[bottom + 2] if _text(v)]) is not None:
        for j, path in paths.items():
            if j < len(rows[bottom + 2]) and is_sex(rows[bottom + 2][j]):
                paths[j] = (*path, _text(rows[bottom + 2][j]))
    return paths


#: a query's column alias: words joined by underscores and no space ('jml_sd_pria', 'gol_iiia_wanita', 'JML_S1_L')
_ALIAS = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


def _sex_word(word: str) -> str | None:
    """The sex a header's last word names ('pria', 'wanita', 'L', 'P'), or None; a digit is no sex here ('gol_iv_1')."""
    if not word.isalpha():
        return None
    try:
        return parse_gender(word)
    except ValueParseError:
        return None


def split_aliases(paths: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """A one-row header of a SQL query's column aliases that flatten a category × sex cross table into snake_case
    names ('unit | jml_sd_pria | jml_slta_pria | jml_sd_wanita | jml_slta_wanita'), as a path per column: the category,
    then the sex (``sd › pria``), so that the band reading of a table by category and sex applies as to ``SD › L``.
    Only when at least two categories each stand with both sexes: a cross table, not a roster's one 'status_l' column.
    A leading word every such alias shares ('jml' for jumlah, 'gol' for golongan) is the query's prefix, dropped
    from the category when every alias has a word left after it; the other columns keep their headers.

    Example:
        >>> split_aliases({0: ("unit",), 1: ("gol_iiia_pria",), 2: ("gol_id_pria",), 3: ("gol_iiia_wanita",),
        ...                4: ("gol_id_wanita",)})
        {0: ('unit',), 1: ('iiia', 'pria'), 2: ('id', 'pria'), 3: ('iiia', 'wanita'), 4: ('id', 'wanita')}
        >>> split_aliases({0: ("nama_pegawai",), 1: ("jenis_kelamin",), 2: ("status_l",)})[2]  # no cross table
        ('status_l',)
    """
    split: dict[int, tuple[list[str], str]] = {}
    for j, path in paths.items():
        if len(path) == 1 and _ALIAS.fullmatch(path[0]):
            *category, last = path[0].split("_")
            if category and _sex_word(last) is not None:
                split[j] = (category, last)
    sexes: dict[tuple[str, ...], set[str]] = {}
    for category, last in split.values():
        sexes.setdefault(tuple(w.lower() for w in category), set()).add(_sex_word(last) or "")
    if len(sexes) < 2 or any(len(found) < 2 for found in sexes.values()):
        return paths
    firsts = {category[0].lower() for category in sexes}
    drop = 1 if len(firsts) == 1 and all(len(category) > 1 for category in sexes) else 0
    return {j: (" ".join(split[j][0][drop:]), split[j][1]) if j in split else path for j, path in paths.items()}


#: the leaf given to a column of numbers under a label's merged header (see :func:`column_paths`)
IMPLIED_COUNT = "(jumlah)"


def _pair_halves(band: list[list[str | None]]) -> None:
    """Head each second half of a pair of unit columns (``K | Rp``: the kinerja, then the money, of one band) as its
    first half is, at every level above the units row where it has no label of its own; ``band`` changes. The pairs
    are read off the units row (the band's last): a column whose unit is not the row's first kind, right of one whose
    unit is. No units row of two kinds, no change.

    Example:
        >>> band = [["Target", None, "Realisasi", None, None, None], [None, None, "I", None, "II", None],
        ...         ["K", "Rp", "K", "Rp", "K", "Rp"]]
        >>> _pair_halves(band)
        >>> band[0], band[1]
        (['Target', 'Target', 'Realisasi', 'Realisasi', None, None], [None, None, 'I', 'I', 'II', 'II'])
    """
    kinds = [unit_kind(v) if v is not None else None for v in band[-1]]
    filled = [k for k in kinds if k is not None]
    if len(band) < 2 or len(set(filled)) < 2 or not is_units([v for v in band[-1] if v is not None]):
        return
    first = filled[0]
    for j in range(1, len(kinds)):
        if kinds[j] is not None and kinds[j] != first and kinds[j - 1] == first:
            for level in range(len(band) - 1):
                if band[level][j] is None:
                    band[level][j] = band[level][j - 1]


def _labels_below(below: list[list[object]], j: int) -> bool:
    """Whether the body cells under column ``j`` are labels (text that is not a number)."""
    cells = [row[j] for row in below if j < len(row) and _text(row[j])]
    return bool(cells) and all(isinstance(v, str) and not _number_text(v) for v in cells)


def _numbers_below(below: list[list[object]], j: int) -> bool:
    """Whether the body cells under column ``j`` are numbers."""
    cells = [row[j] for row in below if j < len(row) and _text(row[j])]
    return bool(cells) and all(isinstance(v, (int, float)) and not isinstance(v, bool) or _number_text(v) for v in cells)


def _number_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and value.strip().replace(".", "").replace(",", "").isdigit()


#: what a category of each staff dimension looks like, by dimension: the leaves of a band of categories
_CATEGORY_PARSERS: dict[str, Callable[[str], str]] = {
    "golongan": lambda v: parse_golongan(v, group_only=True), "education": lambda v: parse_education(v, major=False),
    "gender": parse_gender, "position_type": parse_position_type, "status": parse_status,
}


def names_a_category(path: tuple[str, ...]) -> str | None:
    """The staff dimension of which a column's header is a group label over one category (``GOLONGAN › III``,
    ``PENDIDIKAN › S1``, ``JENIS KELAMIN › P``): a column of that category (its counts, or a roster's marks), not the
    rows' labels; None when the header names no category.

    Example:
        >>> names_a_category(("GOLONGAN", "III")), names_a_category(("PENDIDIKAN", "S1")), names_a_category(("UNIT KERJA",))
        ('golongan', 'education', None)
    """
    if len(path) < 2 or path[-1].strip().isdigit():
        return None
    for dimension, parse in _CATEGORY_PARSERS.items():
        try:
            parse(path[-1])
        except ValueParseError:
            continue
        return dimension
    return None


#: body rows under a band that tell counts from a roster's marks
_COUNTED_SCAN = 12


def counted_categories(rows: list[list[object]], bottom: int, paths: dict[int, tuple[str, ...]]) -> set[int]:
    """The columns of a band (its last row ``bottom``) that count people by category: under one group label, leaves
    naming two categories or more of one staff dimension (``Jumlah Tenaga Kependidikan dengan Pendidikan Terakhir › S3
    | S2 … SMA/SMK``, ``GOLONGAN › I … IV``), with counts in the cells below (:func:`_counts_under`). They make the
    table a summary by that dimension whatever the group label says: a roster gives a person's category in one
    column, or as one mark per row under such a band.

    Example:
        >>> paths = {0: ("Jenis",), 1: ("Pendidikan", "S1"), 2: ("Pendidikan", "S2"), 3: ("Unit",)}
        >>> rows = [["Jenis", "Pendidikan", None, "Unit"], [None, "S1", "S2", None], ["Teknisi", 4, 0, "Lab"], ["TU", 6, 1, "TU"]]
        >>> sorted(counted_categories(rows, 1, paths))
        [1, 2]
        >>> counted_categories(rows[:2] + [["Ani", "V", None, "PS"], ["Budi", None, "V", "PS"]], 1, paths)
        set()
    """
    bands: dict[tuple[tuple[str, ...], str], dict[int, str]] = {}
    for j, path in paths.items():
        if (dimension := names_a_category(path)) is not None:
            bands.setdefault((path[:-1], dimension), {})[j] = _CATEGORY_PARSERS[dimension](path[-1])
    counted: set[int] = set()
    for columns in bands.values():
        if len(set(columns.values())) >= 2 and _counts_under(rows, bottom, sorted(columns)):
            counted |= set(columns)
    return counted


def _bare_categories(rows: list[list[object]], bottom: int, paths: dict[int, tuple[str, ...]], matches: dict[int, Match]) -> set[int]:
    """The columns of a summary laid out across, with no group label over its categories: leaves of one header row
    that no field claims, naming two categories or more of one staff dimension, with counts under them, and either
    nothing left of them to name the rows (``Pascasarjana (S2) | Sarjana (S1) | SLTA | Jumlah`` over one row of
    counts) or one column of labels that no field claims (``NO | JENIS GTK | SLTA | DI … S3``: a cross-table whose
    rows are a grouping, its column sums the table by that dimension; :func:`_row_label` names it). In the second
    shape every other column right of the labels is a category, a non-ASN status (``PNS | PPPK | HONORER SEKOLAH``)
    or a field's: a column of counts that is none of them would be dropped from the sums. Empty otherwise: a table by
    unit whose rows a field names already is read by its own band, and a group label makes them
    :func:`counted_categories`.

    Example:
        >>> paths = {0: ("Sarjana (S1)",), 1: ("Sarjana Muda",), 2: ("SLTA",), 3: ("Jumlah",)}
        >>> sorted(_bare_categories([["Sarjana (S1)", "Sarjana Muda", "SLTA", "Jumlah"], [18, 11, 46, 75]], 0, paths, {}))
        [0, 1, 2]
        >>> paths = {0: ("Jenis",), 1: ("S1",), 2: ("SLTA",), 3: ("Honorer",)}
        >>> sorted(_bare_categories([["Jenis", "S1", "SLTA", "Honorer"], ["Guru", 18, 46, 2]], 0, paths, {}))
        [1, 2, 3]
        >>> paths[3] = ("Lainnya",)
        >>> _bare_categories([["Jenis", "S1", "SLTA", "Lainnya"], ["Guru", 18, 46, 2]], 0, paths, {})
        set()
    """
    if any(len(path) != 1 for path in paths.values()):
        return set()
    bands: dict[str, dict[int, str]] = {}
    aside: set[int] = set()
    for j, path in paths.items():
        if j in matches or path[0].strip().isdigit():
            continue
        for dimension, parse in _CATEGORY_PARSERS.items():
            try:
                bands.setdefault(dimension, {})[j] = parse(path[0])
            except ValueParseError:
                continue
            break
        else:
            if non_asn_status(path[0]):
                aside.add(j)
    found = [columns for columns in bands.values() if len(set(columns.values())) >= 2]
    if len(found) != 1 or not _counts_under(rows, bottom, sorted(found[0])):
        return set()
    first = min(found[0])
    named = any(_text(v) for row in rows[bottom + 1: bottom + 1 + _COUNTED_SCAN] for v in row[:first])
    if not named and not any(j < first for j in paths):
        return set(found[0])
    counted = set(found[0]) | {j for j in aside if j > first}
    label = _row_label(rows, bottom, paths, matches, counted)
    if label is None or any(j > label and j not in counted and j not in matches for j in paths) \
            or not _counts_under(rows, bottom, sorted(counted)):
        return set()
    return counted


def _counts_under(rows: list[list[object]], bottom: int, columns: list[int]) -> bool:
    """Whether the cells of ``columns`` under grid row ``bottom`` are counts: each filled cell a whole number (or a
    dash) down to the first row holding text there (a footer, the header again over the next block), and a number
    above 1 among them or, of 1s and 0s only, not one mark per row in most rows (a 1 under one of the columns, nothing
    or 0 under the others: a roster ticking each person's category, a slip of two marks in a row aside). The
    column-number row, blank rows and total rows (whose sums are counts in any table) are passed over."""
    data = ticks = above = 0
    for i, row in enumerate(rows[bottom + 1: bottom + 1 + _COUNTED_SCAN]):
        filled = [row[j] for j in columns if j < len(row) and not is_no_value(row[j])]
        if not filled or any(isinstance(v, str) and is_total_label(v) for v in row) \
                or (i == 0 and is_column_numbers([v for v in row if _text(v)])):
            continue
        counts = [_whole(v) for v in filled]
        if None in counts:
            if data:
                break  # the table's counts ended
            return False  # a mark (V, √) or a text: no count
        data += 1
        ticks += counts.count(1) == 1 and all(n in (0, 1) for n in counts)
        above += any(n > 1 for n in counts)
    return data > 0 and (above > 0 or ticks < 0.8 * data)


def _whole(value: object) -> int | None:
    """A cell's whole number (``4``, ``'1.384'``), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() and value >= 0 else None
    return int(value.strip().replace(".", "").replace(",", "")) if _number_text(value) else None


def _row_label(rows: list[list[object]], bottom: int, paths: dict[int, tuple[str, ...]], matches: dict[int, Match],
               counted: set[int]) -> int | None:
    """The column naming the rows of a band of counts by category, when no header names it: the one column left of
    the band that no field claims and that is no row numbers, holding labels (``Jenis Tenaga Kependidikan``: the kinds
    of staff counted); None when a column left of the band is already claimed, or there is none or several."""
    left = [j for j in paths if j < min(counted) and header_key(paths[j][-1]) not in ROW_NUMBERS]
    if any(j in matches for j in left):
        return None
    below = rows[bottom + 1: bottom + 1 + _COUNTED_SCAN]
    labels = [j for j in left if _labels_below([row for row in below if not is_column_numbers([v for v in row if _text(v)])], j)]
    return labels[0] if len(labels) == 1 == len(left) else None


def side_by_side(band: Band) -> list[Band]:
    """The tables a band heads side by side (``Gol | Jumlah``, ``Eselon | Jumlah``, ``Jenjang | Jumlah`` in one row),
    or the band alone: a new table starts at each column naming the band's first field again, when every part
    names at least two fields; or a new table starts after each column of no header (:func:`_apart`).

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> m = {0: Match("category", None, "Gol", "alias"), 1: Match("count", None, "Jumlah", "alias"),
        ...      2: Match("category", None, "Eselon", "rule"), 3: Match("count", None, "Jumlah", "alias")}
        >>> [sorted(part.paths) for part in side_by_side(Band("summary", 0, 0, {j: (m[j].text,) for j in m}, m, ()))]
        [[0, 1], [2, 3]]
    """
    if (apart := _apart(band)) is not None:
        return apart
    columns = sorted(band.matches)
    if not columns:
        return [band]
    first = _label(band.matches[columns[0]])
    starts = [j for j in columns if _label(band.matches[j]) == first]
    if len(starts) < 2 or band.matches[columns[0]].name in AMOUNTS:
        return [band]  # each table starts with its labels; amounts repeated are a band of groups (IV › L | P, III › L | P)
    bounds = [*starts[1:], max(band.paths) + 1]
    parts = []
    for begin, end in zip([min(band.paths)] + starts[1:], bounds):
        matches = {j: m for j, m in band.matches.items() if begin <= j < end}
        parts.append(Band(band.dataset, band.top, band.bottom, {j: p for j, p in band.paths.items() if begin <= j < end},
                          matches, band.score))
    # side by side, each table names the same fields once (a band of groups repeats a field under other labels)
    fields = [sorted(m.name for m in part.matches.values()) for part in parts]
    if any(len(f) < 2 or len(set(f)) != len(f) or f != fields[0] for f in fields):
        return [band]
    return parts


def _apart(band: Band) -> list[Band] | None:
    """The tables of a band set apart by columns of no header, each headed first by the same label and naming two
    fields or more (``RUANG | KONDISI › B | RR | RS | RB | JUMLAH``, an empty column, ``RUANG | KONDISI › B … | JUM``:
    two tables of one page, their last columns named otherwise); None unless so.

    Example:
        >>> from lakip_lib.loading.recognise.fields import Match
        >>> m = {1: Match("good", None, "B", "alias"), 2: Match("damaged", None, "RB", "alias"),
        ...      5: Match("good", None, "B", "alias"), 6: Match("damaged", None, "RB", "alias")}
        >>> paths = {0: ("RUANG",), 1: ("B",), 2: ("RB",), 4: ("Ruang",), 5: ("B",), 6: ("RB",)}
        >>> [sorted(part.paths) for part in _apart(Band("assets", 0, 0, paths, m, ()))]
        [[0, 1, 2], [4, 5, 6]]
        >>> _apart(Band("assets", 0, 0, {**paths, 4: ("Keterangan",)}, m, ())) is None
        True
    """
    runs: list[list[int]] = []
    for j in sorted(band.paths):
        if runs and j == runs[-1][-1] + 1:
            runs[-1].append(j)
        else:
            runs.append([j])
    firsts = {header_key(band.paths[run[0]][-1]) for run in runs}
    if len(runs) < 2 or len(firsts) != 1 or any(sum(j in band.matches for j in run) < 2 for run in runs):
        return None
    return [Band(band.dataset, band.top, band.bottom, {j: band.paths[j] for j in run},
                 {j: m for j, m in band.matches.items() if j in run}, band.score) for run in runs]


#: a label with its value in one cell (``Realisasi : 98.2%``, ``Target: 4,38``), as a dashboard's card prints them; a
#: year after the colon (``Tahun : 2024``) may still head a column
_LABELLED_VALUE = re.compile(r"^[^\d:]*[a-z][^\d:]*:\s*[-+]?\d[\d.,]*\s*%?$", re.IGNORECASE)
_YEAR_ONLY = re.compile(r":\s*(?:19|20)\d{2}$")
#: a percentage (``100 %``, ``93,6%``), alone or before its caption (``87.58% dari total pagu``, a card's): a cell's
#: value, never a column's name
_PERCENTAGE = re.compile(r"^[-+]?\d[\d.,]*\s*%(?:\s|$)")
#: a summary card: a title and its figure on two lines of one cell ('KONDISI BAIK⏎11', 'Total Pegawai⏎Rp 1.250.000')
_CARD = re.compile(r"^[^\d\n]*[a-z][^\d\n]*\n\s*(?:rp\.?\s*)?([-+]?\d[\d.,]*)\s*%?\s*$", re.IGNORECASE)


def _cards(values: list[object]) -> bool:
    r"""Whether a row is a summary's cards rather than column names: two cells or more each a title over its figure on
    a line of its own, the figures not years nor a run of numbers counting up (a header may name 'Kelas⏎7 | Kelas⏎8 |
    Kelas⏎9' or 'Realisasi⏎2023').

    Example:
        >>> _cards(["KONDISI BAIK\n11", "RUSAK RINGAN\n2", "RUSAK BERAT\n2"]), _cards(["Kelas\n7", "Kelas\n8", "Kelas\n9"])
        (True, False)
        >>> _cards(["Target\n2024", "Realisasi\n2024"]), _cards(["KONDISI BAIK\n11", "Jumlah"])
        (False, False)
    """
    figures = []
    for value in values:
        found = _CARD.match(value.strip()) if isinstance(value, str) else None
        if found is None:
            continue
        plain = found.group(1).replace(".", "").replace(",", "")
        if plain.isdigit() and 1900 <= int(plain) <= 2100:
            continue  # a year under its label: a column's name
        figures.append(int(plain) if plain.isdigit() else None)
    run = None not in figures and figures == list(range(figures[0], figures[0] + len(figures))) if figures else False
    return len(figures) >= 2 and not run


#: a band of percentages as a key prints it (``0 - 49.99%``, ``50 - 64,99 %``): its bounds
_PERCENT_BAND = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%?\s*[-–]\s*(\d{1,3}(?:[.,]\d+)?)\s*%$")


def periods_of_a_band(rows: list[list[object]], i: int, merged: list[tuple[int, int, int, int]]) -> bool:
    """Whether row ``i``'s numbers (``1 | 2 | 3 | 4``, one up from 1, as column numbers are) stand all under one
    header merged across on the row above while that row labels other columns too: the periods of that band
    (``Realisasi Kinerja Pada Triwulan (Rp)`` over 1 … 4), a level of the header. The numbers of columns run under the
    whole header, never under one band of it.

    Example:
        >>> rows = [["No", "Target", "Realisasi Triwulan", None, None, None], [None, None, "1", None, "2", None]]
        >>> periods_of_a_band(rows, 1, [(0, 2, 0, 5)])
        True
        >>> rows[1][:2] = ["1", "2"]; rows[1][2:] = ["3", None, "4", None]  # every column numbered: column numbers
        >>> periods_of_a_band(rows, 1, [(0, 2, 0, 5)])
        False
    """
    filled = [j for j, v in enumerate(rows[i]) if _text(v)]
    if i < 1 or len(filled) < 2 or not is_column_numbers([rows[i][j] for j in filled]):
        return False
    over = [(c0, c1) for r0, c0, r1, c1 in merged if r0 <= i - 1 <= r1 < i and c0 <= filled[0] and filled[-1] <= c1]
    return len(over) == 1 and over[0][1] > over[0][0] and any(
        _text(v) for j, v in enumerate(rows[i - 1]) if not over[0][0] <= j <= over[0][1])


def _units_under(rows: list[list[object]], top: int, merged: list[tuple[int, int, int, int]]) -> int | None:
    """The row of units of more than one kind (``K | Rp``, ``Rp | %``) within a band's reach under ``top``, with only
    header rows between (no column numbers: a units row under those is read by :func:`column_paths`; a band's periods
    numbered 1 … 4 are header rows, :func:`periods_of_a_band`); else None.

    Example:
        >>> _units_under([["Target", None, "Realisasi", None], [None, None, "I", None], ["K", "Rp", "K", "Rp"]], 0, [])
        2
        >>> _units_under([["No", "Target", None], ["1", "2", None], ["", "K", "Rp"]], 0, []) is None  # column numbers between
        True
    """
    for i in range(top + 1, min(top + MAX_BAND, len(rows))):
        units = [v for v in rows[i] if _text(v)]
        if is_units(units) and len({unit_kind(v) for v in units}) > 1:
            return i
        if not units or (is_column_numbers(units) and not periods_of_a_band(rows, i, merged)) or not is_header_like(units):
            return None
    return None


def is_band_key(texts: list[str]) -> bool:
    """Whether a row's cells hold a key of capaian bands: three or more ranges of percentages that follow one another
    (``0 - 49.99%``, ``50 - 64.99%``, ``65 - 74.99%``: each starting where the one before ends, as a colour legend
    above an e-SAKIP table prints them beside 'Tidak Ada Target' and 'Melebihi Target >100%'). Such a row names the
    colours of the achievement, no column: it is no header. Ranges without '%' (age groups ``20 - 29 | 30 - 39``)
    head columns and are none.

    Example:
        >>> is_band_key(["Tidak Ada Target", "0 - 49.99%", "50 - 64.99%", "65 - 74.99%", "Tercapai 100%"])
        True
        >>> is_band_key(["Umur", "20 - 29", "30 - 39", "40 - 49"]), is_band_key(["0 - 49.99%", "75 - 89.99%", "10 - 20%"])
        (False, False)
    """
    bounds = [(float(m.group(1).replace(",", ".")), float(m.group(2).replace(",", ".")))
              for m in (_PERCENT_BAND.match(t.strip()) for t in texts) if m]
    follow = sum(0 < low - high <= 1 for (_, high), (low, _) in zip(bounds, bounds[1:]))
    return len(bounds) >= 3 and follow == len(bounds) - 1


def _days_of_month(numbers: list[int]) -> bool:
    """Whether ``numbers`` (a row's numbers, in order) are the days of one month, 1 to 28 … 31 each once in order: the
    day columns of an attendance or daily sheet ('01' … '31'), not amounts (which never count up 1, 2, 3 … 31).

    Example:
        >>> _days_of_month(list(range(1, 32))), _days_of_month(list(range(1, 29))), _days_of_month(list(range(1, 21)))
        (True, True, False)
    """
    return 28 <= len(numbers) <= 31 and numbers == list(range(1, len(numbers) + 1))


def is_header_like(values: list[object]) -> bool:
    r"""Whether a row's values could be header cells: not a data row of amounts, NIPs or dates.

    A header may hold years (``2023``) and a band of months or quarters (``1 … 12``),
    but not numbers beyond those, nor mostly numbers; nor a label with its value
    (``Target : 70%``): that is a card's data, not a column's name; nor a percentage (``100 %``, ``87% dari pagu``).

    Example:
        >>> is_header_like(["No", "Uraian", "Anggaran", "Realisasi"]), is_header_like([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "Jumlah"])
        (True, True)
        >>> is_header_like(["196905121994031061", "Drs. SURYA", "IV/c"]), is_header_like([None, "Kec. A", 0, 4, 0, 0, 3])
        (False, False)
        >>> is_header_like(["Target : 70%", "Target : 4.38"]), is_header_like(["Tahun : 2024", "Realisasi (%)"])
        (False, True)
        >>> is_header_like([1, "Akurasi informasi cuaca", "100 %", "100 %"]), is_header_like(["Capaian", "(%)", "%"])
        (False, True)
        >>> is_header_like(["Total alokasi anggaran", "87.58% dari total pagu"])
        False
        >>> is_header_like(["KONDISI BAIK\n11", "RUSAK RINGAN\n2", "TOTAL ASET\n17"])  # a summary's cards
        False
        >>> is_header_like(["Tidak Ada Target", "0 - 49.99%", "50 - 64.99%", "65 - 74.99%"])  # a key of capaian bands
        False
        >>> is_header_like(["No", "Nama", "NIP", *[f"{d:02d}" for d in range(1, 32)]])  # a month's days
        True
        >>> is_header_like(["1", "Ani", "196905121994031061", *range(1, 32)[::-1]]), is_header_like([5, "Ani", 17, 23])
        (False, False)
    """
    if _cards(values):
        return False  # a summary's cards above the table, each a title and its figure ('KONDISI BAIK⏎11')
    if is_band_key([t for t in (_text(v) for v in values) if t]):
        return False
    numbers = []
    for value in values:
        if isinstance(value, bool):
            return False
        if isinstance(value, (dt.date, dt.datetime)):
            return False
        text = _text(value)
        if text is None:
            continue
        if (_LABELLED_VALUE.match(text) and not _YEAR_ONLY.search(text)) or _PERCENTAGE.match(text):
            return False
        plain = text.replace(".", "").replace(",", "")
        if isinstance(value, (int, float)) or plain.isdigit():
            try:
                number = float(text.replace(",", ".")) if not isinstance(value, (int, float)) else float(value)
            except ValueError:
                return False
            if not (number.is_integer() and (1 <= number <= 31 or 1900 <= number <= 2100)):
                return False
            numbers.append(int(number))
    if _days_of_month(numbers):
        return len([v for v in values if _text(v)]) - len(numbers) >= 2  # the days beside the columns naming the rows
    if any(12 < n <= 31 for n in numbers):
        return False
    small = sorted(n for n in numbers if n <= 12)
    months = not small or small == list(range(small[0], small[0] + len(small)))
    return months and len(small) * 2 <= len([v for v in values if _text(v)]) + len(small)


def _nested(rows: list[list[object]], top: int, bottom: int, merged: list[tuple[int, int, int, int]]) -> bool:
    """Whether each lower row of a band stands mostly under group labels: blank (or the same label merged down) under
    more of the labels of the row above that head one column alone than it gives another label. A data row fills
    those columns (``IV/a | 5`` under ``Golongan | Jumlah``); a row of categories under a group does not (``I | II |
    III | IV`` under ``GOLONGAN``, with ``NO``, ``UNIT KERJA`` and ``JUMLAH`` blank below; ``Total`` under
    ``Jumlah`` beside a blank under the row labels).

    Example:
        >>> _nested([["NO", "GOLONGAN", None, "JUMLAH"], [None, "I", "II", None]], 0, 1, [])
        True
        >>> _nested([["Golongan", "Jumlah", None], ["IV/a", 5, "Kepala Dinas"]], 0, 1, [])
        False
    """
    band, across = _spread_merges(rows, top, bottom, merged)
    width = len(band[0])
    for level in range(len(band) - 1):
        upper, lower = band[level], band[level + 1]
        left = given = 0  # labels of one column left blank (or merged down) below, and given another label below
        for j in range(width):
            spread = j + 1 < width and upper[j + 1] is None and lower[j + 1] is not None
            if upper[j] is not None and (level, j) not in across and not spread:
                left += lower[j] in (None, upper[j])
                given += lower[j] not in (None, upper[j])
        if given >= left:
            return False
    return True


def is_title_row(rows: list[list[object]], i: int, merged: list[tuple[int, int, int, int]]) -> bool:
    """Whether grid row ``i`` is a title over a table, never a level of its header: its one non-empty cell stands at
    the table's left edge (``Organisasi : DINAS …``, ``Pemerintahan Provinsi … Tahun Anggaran 2025``), or one text
    starting there is merged along the row across more than three quarters of the width (``RENCANA KERJA DAN
    ANGGARAN …`` over A:M of sixteen columns, a second title at its right). A group label over some columns
    (``Realisasi`` over months, ``TW III`` over three of five) stands right of the row labels or spans less, a
    header merged down over the band is no title, and neither is a label merged over exactly the categories below it
    (``Golongan`` over ``I | II | III | IV``), however wide. A row of two numbered captions or more and nothing else
    (``Tabel 3.9.18 …`` over one table, ``Tabel 3.9.19 …`` over the one beside it) titles tables side by side.

    Example:
        >>> rows = [["Rincian Anggaran Belanja", None, None], ["Uraian", "Anggaran", "Realisasi"], [None, "Tahun 2024", None]]
        >>> is_title_row(rows, 0, []), is_title_row(rows, 1, []), is_title_row(rows, 2, [])
        (True, False, False)
        >>> is_title_row([["RENCANA KERJA", None, None, None, "RKA"], ["Kode", "Uraian", "Jumlah", "Sumber", None]], 0, [(0, 0, 0, 3)])
        True
        >>> is_title_row([["TW III", None, None, "Target 2018"], ["Target", "Realisasi", "Capaian", None]], 0, [(0, 0, 0, 2)])
        False
        >>> is_title_row([["Tabel 3.1 Lab", None, None, "Tabel 3.2 Ruang", None], ["Ruang", "B", None, "Ruang", "B"]], 0, [])
        True
    """
    filled = [j for j, v in enumerate(rows[i]) if _text(v)]
    if not filled:
        return False
    if len(filled) >= 2 and all(table_number(clean_text(rows[i][j])) is not None for j in filled):
        return True
    below = [j for row in rows[i + 1: i + 6] for j, v in enumerate(row) if _text(v)]
    left = min(below, default=0)
    if filled[0] > left:
        return False
    width = max(len(row) for row in rows[i: i + 6])
    spans = [(r0, r1, c1) for r0, c0, r1, c1 in merged if r0 <= i <= r1 and c0 <= filled[0] <= c1]
    if any(r1 > r0 for r0, r1, _ in spans):
        return False
    if _over_categories(rows, i, merged):
        return False
    if len(filled) == 1:
        return True
    return any((c1 - filled[0] + 1) * 4 > (width - left) * 3 for _, _, c1 in spans)


def _over_categories(rows: list[list[object]], i: int, merged: list[tuple[int, int, int, int]]) -> bool:
    """Whether the one cell of grid row ``i`` is merged along the row over exactly the cells of the row below that name
    two categories or more of one staff dimension (``Golongan`` over ``I | II | III | IV``): their group label, a level
    of the header, however alone it stands on its row.

    Example:
        >>> rows = [["Golongan", None, None, None], ["I", "II", "III", "IV"], [2, 5, 10, 3]]
        >>> _over_categories(rows, 0, [(0, 0, 0, 3)]), _over_categories(rows, 0, [(0, 0, 0, 2)])
        (True, False)
        >>> _over_categories([["Rekap Pegawai", None], ["Unit", "Jumlah"]], 0, [(0, 0, 0, 1)])
        False
    """
    start = next(j for j, v in enumerate(rows[i]) if _text(v))
    span = next((c1 for r0, c0, r1, c1 in merged if r0 == r1 == i and c0 == start and c1 > c0), None)
    if span is None or i + 1 >= len(rows):
        return False
    below = rows[i + 1]
    leaves = [_text(below[j]) if j < len(below) else None for j in range(start, span + 1)]
    if not all(leaves):
        return False
    label = str(_text(rows[i][start]))
    # exactly over them: a category beside the span (IV right of a label over I … III) is none of its columns
    beside = [str(_text(below[j])) for j in (start - 1, span + 1) if 0 <= j < len(below) and _text(below[j])]
    return _groups_categories(label, leaves) and not any(_groups_categories(label, [*leaves, leaf]) for leaf in beside)


def _groups_categories(label: str | None, leaves: list[str | None]) -> bool:
    """Whether ``label`` is a group label over ``leaves`` that name two categories or more of one staff dimension
    (``Golongan`` over ``I | II | III | IV``).

    Example:
        >>> _groups_categories("Golongan", ["I", "II", "III", "IV"]), _groups_categories("Rekap 2024", ["Unit", "Jumlah"])
        (True, False)
    """
    if label is None or not leaves or not all(leaves):
        return False
    dimensions = {names_a_category((label, str(leaf))) for leaf in leaves}
    if len(dimensions) != 1 or (dimension := dimensions.pop()) is None:
        return False
    return len({_CATEGORY_PARSERS[dimension](str(leaf)) for leaf in leaves}) >= 2


#: leaves that name the money half of a band beside the indicator's value (``Target › 2021 › Kinerja | Pagu``)
_MONEY_LEAVES = frozenset({"pagu", "anggaran", "dana", "biaya"})


def _is_money(leaf: str) -> bool:
    return unit_kind(leaf) == "money" or header_key(leaf) in _MONEY_LEAVES


def _money_half(paths: dict[int, tuple[str, ...]], j: int) -> bool:
    """Whether column ``j`` is the rupiah half of a band whose other half is the indicator's (``2022 › Target | Rp``,
    ``Kondisi Akhir › K | Rp``, ``Realisasi › 2021 › Kinerja | Pagu``): the money the plan gives the indicator, never
    its value.

    Example:
        >>> paths = {0: ("2022", "Target"), 1: ("2022", "Rp"), 2: ("Anggaran", "Rp"), 3: ("2021", "Kinerja"), 4: ("2021", "Pagu")}
        >>> _money_half(paths, 1), _money_half(paths, 0), _money_half(paths, 2), _money_half(paths, 4), _money_half(paths, 3)
        (True, False, False, True, False)
    """
    path = paths[j]
    return len(path) > 1 and _is_money(path[-1]) and any(
        k != j and other[:-1] == path[:-1] and not _is_money(other[-1]) for k, other in paths.items())


def _cached(cache: dict[tuple[str, tuple[str, ...]], Match | None], dataset: str, path: tuple[str, ...],
            vocab: Vocabulary) -> Match | None:
    """:func:`.fields.match_path` of ``path``, once per dataset and path."""
    if (dataset, path) not in cache:
        cache[dataset, path] = match_path(path, vocab)
    return cache[dataset, path]


def named_groups_apart(paths: dict[int, tuple[str, ...]], matches: dict[int, Match],
                       match: Callable[[tuple[str, ...]], Match | None]) -> dict[int, Match]:
    """``matches`` without the amount a group's label gives a column by a rule's word found in a name, when the group
    holds that amount in a column of its own, headed by a known spelling.

    A band heading is a field's (``Anggaran › Murni | Perubahan``) or a group's label (a PPTK's name, a kegiatan's
    name over ``ANGGARAN | REALISASI | SALDO``). A rule finds its word anywhere in a heading, so a kegiatan named
    'Pengadaan Alat Kesehatan BLUD' names the budget by 'BLUD' (a source of funds) and would make its SALDO, whose
    leaf names nothing, a part of the budget. When another column under the same heading is that amount by its own
    leaf, a known spelling (the group's ANGGARAN), the heading is the group's label: the column is matched again
    without it (SALDO alone: no field). A heading that is a known spelling (``Anggaran``), whose columns' leaves do not
    name its field, or that names a field other than an amount (``CAPAIAN OUTPUT › JUMLAH | %``: the capaian's band),
    still names it.

    Example:
        >>> from .fields import vocabulary
        >>> v = vocabulary("budget")
        >>> paths = {0: ("Pengadaan Alat BLUD", "ANGGARAN"), 1: ("Pengadaan Alat BLUD", "REALISASI"),
        ...          2: ("Pengadaan Alat BLUD", "SALDO")}
        >>> found = {j: m for j, p in paths.items() if (m := match_path(p, v)) is not None}
        >>> sorted((j, m.name) for j, m in named_groups_apart(paths, found, lambda p: match_path(p, v)).items())
        [(0, 'budget'), (1, 'realised')]
        >>> paths = {0: ("Pagu BLUD", "Murni"), 1: ("Pagu BLUD", "Perubahan")}  # no leaf names the budget: the band does
        >>> found = {j: m for j, p in paths.items() if (m := match_path(p, v)) is not None}
        >>> sorted((j, m.name) for j, m in named_groups_apart(paths, found, lambda p: match_path(p, v)).items())
        [(0, 'budget'), (1, 'budget')]
    """
    out = dict(matches)
    for j, found in matches.items():
        path = paths[j]
        if len(path) < 2 or found.name not in AMOUNTS or found.how not in ("rule", "typo") or match(path[-1:]) is not None:
            continue
        labels = set()
        for i, level in enumerate(path[:-1]):
            named = match((level,))
            if named is None or named.name != found.name or named.how not in ("rule", "typo"):
                continue
            # the heading's own columns: the paths that share it and the levels above it
            if any(k != j and other[:i + 1] == path[:i + 1] and (own := match(other[-1:])) is not None
                   and own.name == found.name and own.how in ("alias", "words") for k, other in paths.items()):
                labels.add(i)
        if not labels:
            continue
        again = match(tuple(level for i, level in enumerate(path) if i not in labels))
        if again is None:
            del out[j]
        else:
            out[j] = again
    return out


def _merged_at(merged: list[tuple[int, int, int, int]], i: int, j: int) -> bool:
    return any(r0 <= i <= r1 and c0 <= j <= c1 for r0, c0, r1, c1 in merged)


#: fields a budget's column may stack in its cells after their labels (:mod:`.stacked`)
STACKED_FIELDS = frozenset({"budget", "realised"})


def _stacked(rows: list[list[object]], bottom: int, j: int, vocab: Vocabulary, cache: dict[tuple[int, int], set[str]]) -> set[str]:
    """The budget fields column ``j`` stacks in its cells under a header ending on row ``bottom``."""
    if (bottom, j) not in cache:
        cache[bottom, j] = set(stacked_fields(rows[bottom + 1:], j, vocab)) & STACKED_FIELDS
    return cache[bottom, j]


def best_band(rows: list[list[object]], start: int, stop: int, merged: list[tuple[int, int, int, int]],
              vocabularies: dict[str, Vocabulary], required: dict[str, tuple[str, ...]], before: int | None = None) -> Band | None:
    """The best header band starting in grid rows ``start``..``stop`` (exclusive), for any dataset; None below 2 fields.

    With ``before``, only bands ending above that row count. The score
    prefers, in order: the most distinct fields (a field with a year counts
    once per year), every required field of the dataset named, the fewest
    columns claiming one field under the same header path, the most years,
    the most columns told apart by their paths, and fewer rows: a group label
    over its categories (``GOLONGAN`` over ``I | II | III | IV``, merged or
    written once) tells its columns apart only with the row below it.
    """
    cache: dict[tuple[str, tuple[str, ...]], Match | None] = {}
    stacks: dict[tuple[int, int], set[str]] = {}
    best: Band | None = None
    for top in range(start, min(stop, len(rows))):
        if not any(_text(v) for v in rows[top]) or any(r0 < top <= r1 for r0, _, r1, _ in merged) \
                or is_title_row(rows, top, merged):
            continue  # a blank row, one inside a header merged down from above (the band starts higher), or a title
        units_at = _units_under(rows, top, merged)
        for height in range(1, MAX_BAND + 2):
            bottom = top + height - 1
            if bottom >= len(rows) or (before is not None and bottom >= before):
                break
            if height > MAX_BAND and not any(top <= r0 < bottom == r1 for r0, _, r1, _ in merged):
                # a fourth row only where header cells merged down from the band end on it (NO, the name and the
                # JUMLAH over rows 5–8 beside JABATAN FUNGSIONAL › Ahli › Pertama | Muda …): the header goes on to it
                break
            below = [v for v in rows[bottom] if _text(v)]
            if not below or (height > 1 and ((is_column_numbers(below) and not periods_of_a_band(rows, bottom, merged))
                                             or is_title_row(rows, bottom, merged))) \
                    or not is_header_like(below):
                break
            if units_at is not None and bottom != units_at:
                # a units row under the band's rows (K | Rp under every band of a Renja evaluation, with no column
                # numbers between) is its last level: without it the Rp half of a band has no header of its own, and
                # the kinerja and the money of one band are one column
                continue
            paths = column_paths(rows, top, bottom, merged)
            counted = counted_categories(rows, bottom, paths)
            # the columns that a band one row deeper shows to count by category are no roster's field at this height
            # either ('Jumlah … dengan Pendidikan Terakhir' merged over its columns, read without the S2 | S1 … below)
            deeper: set[int] = set()
            if height < MAX_BAND and bottom + 1 < len(rows) and is_header_like([v for v in rows[bottom + 1] if _text(v)]):
                deeper = counted_categories(rows, bottom + 1, column_paths(rows, top, bottom + 1, merged))
            for dataset, vocab in vocabularies.items():
                matches = {}
                for j, path in paths.items():
                    key = (dataset, path)
                    if key not in cache:
                        cache[key] = match_path(path, vocab)
                    if cache[key] is not None:
                        matches[j] = cache[key]
                if dataset == "indicators":
                    matches = {j: m for j, m in matches.items() if not _money_half(paths, j)}
                matches = named_groups_apart(paths, matches, lambda path: _cached(cache, dataset, path, vocab))
                # a band of counts by category is no roster's field, and is a summary's counts
                spread: set[str] = set()
                if (counted or deeper) and dataset == "staff":
                    matches = {j: m for j, m in matches.items() if j not in counted | deeper}
                elif (counted or (counted := _bare_categories(rows, bottom, paths, matches))) and dataset == "summary":
                    spread = {"count"}
                    first = min(counted)
                    if not any(j < first for j in paths) and not any(
                            _text(v) for row in rows[bottom + 1: bottom + 1 + _COUNTED_SCAN] for v in row[:first]):
                        # no column left of the band names its rows (Golongan › I … IV over one row of counts): the
                        # leaves name the categories counted
                        spread.add("category")
                    if (label := _row_label(rows, bottom, paths, matches, counted)) is not None:
                        matches[label] = Match("category", None, paths[label][-1], "label")
                # budget and realisation stacked after their labels in one column's cells (Pagu: … Realisasi: …) are
                # named by those labels
                stacked = {name for j in paths for name in _stacked(rows, bottom, j, vocab, stacks)} if dataset == "budget" else set()
                labels = [_label(m) for m in matches.values() if not m.part]
                # a field named only by its months or quarters (Realisasi › TW I …) is named all the same; one lone
                # "month" is a number under a header (No › 1), not a band of months; nor is one period header merged
                # over two columns (Realisasi Triwulan I over K | Rp), which is one period however many columns it spans
                months = Counter(label for label, _ in {(_label(m), paths[j]) for j, m in matches.items() if m.part})
                # … but one period written out (Realisasi › s/d Triwulan II, Target Triwulan › II) is a period all the same
                named = {_label(m) for j, m in matches.items() if m.part and not header_key(paths[j][-1]).isdigit()}
                distinct = len(set(labels) | {label for label, n in months.items() if n > 1} | named | spread | stacked)
                # columns claiming one field with the same header path cannot be told apart; other repeats can
                same = len(labels) - len({(_label(m), paths[j]) for j, m in matches.items() if not m.part})
                if distinct < 2:
                    continue
                has_required = all(r in spread or r in stacked or any(m.name == r for m in matches.values())
                                   for r in required.get(dataset, ()))
                years = len({m.year for m in matches.values() if m.year is not None})
                # a fourth row is read only where merged header cells end on it: its leaves head their columns as the
                # rows over them do, and of the bands that read alike the one the merges do not cut is the header
                headed = len(set(paths.values())) if height == 1 or height > MAX_BAND or _nested(rows, top, bottom, merged) else 0
                # a header cell merged down past the band's bottom ('NO' over A5:A6 beside 'NAMA' over a second row
                # 'TEMPAT TANGGAL LAHIR') says the header goes on: of two bands that read alike, the one it spans
                cut = any(top <= r0 <= bottom < r1 for r0, _, r1, _ in merged)
                score = (distinct, has_required, -same, years, headed, not cut, -height)
                if best is None or score > best.score:
                    best = Band(dataset, top, bottom, paths, matches, score)
    return best
