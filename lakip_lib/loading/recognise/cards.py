"""Record cards: a sheet holding one card per record (label | value rows repeated per person), told apart from a table.

A staff application may print each employee as a card (the Kemenkes puskesmas 'Formulir Data Kepegawaian': ``No |
Uraian | Data``, then 'a. NIK', 'b. NIP/NRP', 'd. Nama Lengkap' … with the value beside each label, and small history
tables under numbered captions), pasted into one sheet card after card. Such a sheet has no header row naming its
columns, so no table is found; without this module the kit would say only that no header row was found and point at
the nearest row. Found here, the sheet is refused naming what it is (how many cards, the column of labels, where each
card starts) and what the kit reads instead: one row per record under a header of those labels.

The cards are not read as rows: a card's fields may be the employee's or another person's (the spouse's 'Nama' and
'Tanggal lahir' under '11. Keluarga'), its history tables give no current row, a print may fill a field from another
(the puskesmas view prints the education of first appointment as the highest), and no reading of it could name the cell
a value came from in a row of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..parse import clean_text
from ..workbook import Grid, is_blank
from .fields import Vocabulary, match_path

#: a card's field labels that must repeat once per card, in the same order, before a sheet is taken for cards
MIN_LABELS = 5
#: labels among them that must name a field of a dataset (NIP, Nama, Jenis Kelamin …): labels of categories repeated per
#: block (a recap's 'I/a' … 'IV/e' under each unit) name none
MIN_FIELDS = 2
#: rows looked at
SCAN = 5000
#: a card's enumerators before a label ('a. NIK', 'j. 1) Golongan terakhir', '   2) TMT Golongan')
_ENUMERATOR = re.compile(r"^(?:[a-z]\.\s*)?(?:\d{1,2}[.)]\s*)?", re.IGNORECASE)


@dataclass(frozen=True)
class Cards:
    """Where a sheet's record cards are: the grid column of their labels, the grid row each card starts at, and the
    labels (as written) that name a field, first card's order."""

    column: int
    starts: tuple[int, ...]
    fields: tuple[str, ...]
    first_field_row: int


def _label(value: object) -> str | None:
    """A card label's key: its text without enumerators, case and spacing; None for a cell that is no label."""
    if not isinstance(value, str) or not re.search(r"[A-Za-z]{2}", value):
        return None
    return clean_text(_ENUMERATOR.sub("", value.strip())).casefold() or None


def record_cards(grid: Grid, vocabs: dict[str, Vocabulary]) -> Cards | None:
    """The record cards of a sheet that has no table: a column of labels in which :data:`MIN_LABELS` labels or more
    each stand once per card, in the same order in every card, with a value in the column right of them on some card,
    :data:`MIN_FIELDS` of them naming a field of one of ``vocabs``' datasets; None for any other sheet (a roster, whose
    columns repeat no run of labels; a recap in blocks, whose repeated labels are categories, not fields).

    Example:
        >>> import pandas as pd
        >>> from lakip_lib.loading.recognise import vocabularies
        >>> card = [["No", "Uraian", "Data"], [None, "a. NIP", "19800101 200501 1 001"], [None, "b. Nama Lengkap", "Ani"],
        ...         [None, "c. Jenis Kelamin", "Perempuan"], [None, "d. Agama", "Islam"], [None, "e. Alamat", "Medan"]]
        >>> cards = record_cards(Grid("p.xlsx", "S", pd.DataFrame(card + card, dtype=object)), vocabularies({"staff": ()}, None))
        >>> cards.column, cards.starts, cards.fields[:2]
        (1, (0, 6), ('a. NIP', 'b. Nama Lengkap'))
    """
    cells = grid.cells.iloc[:SCAN].to_numpy(dtype=object, na_value=None)
    best: Cards | None = None
    for j in range(cells.shape[1] - 1):
        rows: dict[str, list[int]] = {}
        for i, value in enumerate(cells[:, j]):
            if (key := _label(value)) is not None:
                rows.setdefault(key, []).append(i)
        if (repeated := _in_every_card(rows, len(cells))) is None:
            continue
        keys, at = repeated
        starts = at[0]
        valued = [key for k, key in enumerate(keys) if any(not is_blank(cells[i, j + 1]) for i in at[k])]
        if len(valued) < MIN_LABELS:
            continue
        texts = [clean_text(_ENUMERATOR.sub("", cells[at[k][0], j].strip())) for k in range(len(keys))]
        # the labels of the dataset naming most of them (a staff card's NIP, Nama, Jenis Kelamin; not the 'Uraian' of
        # its 'No | Uraian | Data' head, which a summary's vocabulary knows)
        named = max(([k for k, key in enumerate(keys) if key in valued and match_path((texts[k],), vocab) is not None]
                     for vocab in vocabs.values()), key=len, default=[])
        if len(named) < MIN_FIELDS:
            continue
        found = Cards(j, tuple(int(i) for i in starts), tuple(clean_text(cells[at[k][0], j]) for k in named),
                      int(at[named[0]][0]))
        if best is None or len(found.fields) > len(best.fields):
            best = found
    return best


def _in_every_card(rows: dict[str, list[int]], length: int) -> tuple[list[str], np.ndarray] | None:
    """Of the labels found in a column (label → its rows, of ``length`` rows looked at), those standing as often as
    most repeated labels do, at least :data:`MIN_LABELS` of them, and their rows as label × card; None unless every card
    holds each label once, after its first label and before the next card's, in the first card's order.

    Example:
        >>> keys, at = _in_every_card({"nip": [0, 5], "nama": [1, 6], "agama": [2, 7], "alamat": [3, 8], "kk": [4, 9]}, 10)
        >>> keys, at[:, 1].tolist()
        (['nip', 'nama', 'agama', 'alamat', 'kk'], [5, 6, 7, 8, 9])
    """
    repeats = Counter(len(found) for found in rows.values() if len(found) >= 2)
    if not repeats:
        return None
    n, _ = repeats.most_common(1)[0]
    keys = sorted((key for key, found in rows.items() if len(found) == n), key=lambda key: rows[key][0])
    if len(keys) < MIN_LABELS:
        return None
    at = np.array([rows[key] for key in keys])
    ends = np.append(at[0][1:], length)
    if not ((at >= at[0]).all() and (at < ends).all() and (np.diff(at, axis=0) > 0).all()):
        return None
    return keys, at


#: a line of a card holding its label and value in one cell ('Anggaran Murni: 3600000000', 'Persen Penyerapan: 49%')
_LABELLED_LINE = re.compile(r"^\s*([^:\n]{2,60}?)\s*:\s*(\S.*)$")


def labelled_lines(grid: Grid, vocabs: dict[str, Vocabulary]) -> Cards | None:
    """The cards of a sheet that has no table whose lines hold label and value in one cell ('Anggaran Murni:
    3600000000', one cell per line, as a web page's opened cards copy): a column in which :data:`MIN_LABELS` labels or
    more each stand as often as the others, in the same order in every card, :data:`MIN_FIELDS` of them naming a field
    of one of ``vocabs``' datasets; None for any other sheet. A column of 'Label: value' cells has no columns to read
    its fields from, and its headings ('▼ Program: …') give no cell per figure: it is said as what it is.

    Example:
        >>> import pandas as pd
        >>> from lakip_lib.loading.recognise import vocabularies
        >>> card = [["▼ Program: A"], ["Indikator: x"], ["Satuan: %"], ["Anggaran Murni: 100"], ["Perubahan: 0"],
        ...         ["Penyerapan Anggaran: 40"], ["Persen Penyerapan: 40%"]]
        >>> found = labelled_lines(Grid("p.xlsx", "S", pd.DataFrame(card + card, dtype=object)), vocabularies({"budget": ()}, None))
        >>> found.column, found.starts, found.fields
        (0, (0, 7), ('▼ Program', 'Anggaran Murni', 'Penyerapan Anggaran', 'Persen Penyerapan'))
        >>> labelled_lines(Grid("p.xlsx", "S", pd.DataFrame(card, dtype=object)), vocabularies({"budget": ()}, None)) is None
        True
    """
    cells = grid.cells.iloc[:SCAN].to_numpy(dtype=object, na_value=None)
    best: Cards | None = None
    for j in range(cells.shape[1]):
        rows: dict[str, list[int]] = {}
        texts: dict[str, str] = {}
        for i, value in enumerate(cells[:, j]):
            found = _LABELLED_LINE.match(value) if isinstance(value, str) else None
            if found is not None and (key := _label(found.group(1))) is not None:
                rows.setdefault(key, []).append(i)
                texts.setdefault(key, clean_text(found.group(1)))
        if (repeated := _in_every_card(rows, len(cells))) is None:
            continue
        keys, at = repeated
        starts = at[0]
        named = max(([k for k, key in enumerate(keys) if match_path((texts[key],), vocab) is not None] for vocab in vocabs.values()),
                    key=len, default=[])
        if len(named) < MIN_FIELDS:
            continue
        found_cards = Cards(j, tuple(int(i) for i in starts), tuple(texts[keys[k]] for k in named), int(at[named[0]][0]))
        if best is None or len(found_cards.fields) > len(best.fields):
            best = found_cards
    return best
