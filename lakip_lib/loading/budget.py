"""Loading budget realisation exports: program → kegiatan → sub-kegiatan.

The level of each row comes from an explicit level column, or from the depth
of its code: ``5.03.02`` program, ``5.03.02.1.01`` kegiatan,
``5.03.02.1.01.0005`` sub-kegiatan (the Kepmendagri codes, 3, 5 and 6 parts),
or ``1``, ``1.1``, ``1.1.1`` (a report's own numbering, 1, 2 and 3 parts).
Amounts are kept as stated, program subtotals included; a ``JUMLAH``/``TOTAL``/
``Sub Total`` row is kept aside as a stated total for the reconciliation checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl.utils import column_index_from_string

from ..errors import Problem
from ..messages import Joined, Pair, expects
from .notes import amounts, empty_notes, note, notes_frame, recognition_notes
from .recognise import Column, Recognition, Table
from .recognise.fields import header_words, is_month
from .recognise.hierarchy import (ACCOUNTS, BAS_AKUN, FLAT, HEADINGS_OVER, KELOMPOK_ACCOUNTS, KRO_RO, LEVELS, LRA_ACCOUNTS,
                                  LRA_OBJEK, NESTED_CODES, OUTLINED, OUTPUT_CODES, Levels, code_levels, column_levels, nested_parents,
                                  flat_levels, group_blocks, heading_parents, indent_levels, level_word, names_programs,
                                  outline_codes, outline_levels, split_code_levels, split_levels_by_words, word_levels)
from .recognise.outline import OUTLINE
from .parse import alias_key, clean_text, excel_error, is_no_value, printed_decimals, without_marker
from .recognise.rows import total_group_code
from .tables import location, numbers, refused, split_totals, sum_mismatches, tables_in
from .workbook import is_blank

BUDGET_COLUMNS = ("code", "name", "level", "parent", "budget", "realised", "stated_pct", "pct_decimals", "location")
TOTAL_COLUMNS = ("label", "budget", "realised", "stated_pct", "pct_decimals", "location")
_LEVEL_NAMES = {"program": "program", "kegiatan": "kegiatan", "subkegiatan": "sub_kegiatan", "sub": "sub_kegiatan"}
_CODE_IN_NAME = re.compile(r"^\s*([0-9]+(?:\.[0-9A-Za-z]+){2,})\.?\s+(\S.*)$", re.DOTALL)
#: a report's lettered section heading (``A. PENERIMAAN``, ``B. PENGELUARAN``, ``C. SALDO DANA SAAT INI``)
_SECTION = re.compile(r"^[A-Z][.)]\s*([A-Za-z].*)$")
#: a section heading without a letter: a part of the budget alone on its row (``PENDAPATAN``, ``BELANJA DESA``), as an
#: APBD or APBDes realisation prints them
_BARE_SECTION = re.compile(r"^(?:pendapatan|penerimaan|belanja|pengeluaran|pembiayaan)"
                           r"(?:\s+(?:daerah|desa|blud|negara|pembiayaan))?$", re.IGNORECASE)
#: a balance line between the parts (``SURPLUS / (DEFISIT)``, ``SILPA``): it opens no spending
_BALANCE = re.compile(r"^\(?\s*(?:surplus|defisit|silpa|sisa\s+lebih)\b", re.IGNORECASE)
#: words of a section that is no spending: the receipts, the financing and the balance
_NOT_SPENDING = re.compile(r"^\(?\s*(?:penerimaan|pendapatan|pembiayaan|pengeluaran\s+pembiayaan|saldo|surplus|defisit|"
                           r"silpa|sisa\s+lebih)\b", re.IGNORECASE)
#: the label of a table's own total (``JUMLAH``, ``Total``), naming nothing it adds up
_BARE_TOTAL = re.compile(r"^(?:jumlah|total|jml)\.?(?:\s+(?:total|keseluruhan|seluruhnya))?$", re.IGNORECASE)
#: a refund of spending stated under the total (``Pengembalian Belanja`` between ``Total Belanja Bruto`` and ``Total
#: Belanja Netto``): no spending line, but what the netto total deducts
_REFUND = re.compile(r"^(?:dikurangi\s*:?\s*)?pengembalian\b", re.IGNORECASE)
#: the label of a total of no spending (``JUMLAH PENDAPATAN``, ``TOTAL PENERIMAAN``): it closes the rows it adds up
_NOT_SPENDING_TOTAL = re.compile(r"pendapatan|pembiayaan|penerimaan", re.IGNORECASE)
#: "/2": a sub-kegiatan repeated per sub-output; a KRO and its RO parted by a space ('QIB 002') are one code too
_CODE = re.compile(rf"^(?:[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*(?:/[0-9]+)?|{KRO_RO})$")


@dataclass
class Budget:
    """Budget rows (:data:`BUDGET_COLUMNS`) and the totals the export states (:data:`TOTAL_COLUMNS`)."""

    rows: pd.DataFrame
    stated_totals: pd.DataFrame
    files: list[Path] = field(default_factory=list)
    notes: pd.DataFrame = field(default_factory=empty_notes)
    #: how each table of the file was read (:class:`~lakip_lib.loading.recognise.Recognition`); empty when read from the cache
    recognition: list[Recognition] = field(default_factory=list)


def load_budget(path: str | Path, *, year: int | None = None,
                extra_aliases: dict[str, dict[str, list[str]]] | None = None,
                limits: dict[str, float] | None = None) -> Budget:
    """Load a budget realisation export; ``year`` picks (and checks) year-bearing columns (``Anggaran 2024``).

    Example:
        >>> budget = load_budget("data/raw/2024/anggaran.xlsx", year=2024)
        >>> budget.rows.loc[0, ["code", "level"]].tolist(), float(budget.rows.loc[0, "budget"])
        (['5.03.01', 'program'], 13201715554.0)
    """
    path = Path(path)
    records: list[Recognition] = []
    tables = tables_in(path, {"budget": ("name", "budget")}, extra_aliases=extra_aliases, limits=limits, records=records)
    problems: list[Problem] = []
    notes: list[dict[str, str]] = []
    read = []
    for table in tables:
        own: list[dict[str, str]] = []
        data, stated = _table(table, year, problems, own)
        read.append((table, data, stated, own))
    realised = {code for table, data, _, _ in read if table.has("realised") for code in data["code"].dropna()}
    rows, totals = [], []
    for n, (table, data, stated, own) in enumerate(read):
        if not table.has("realised") and realised and realised & set(data["code"].dropna()):
            notes.append(_plan_note(table))  # a DPA or cash plan of the codes the realisation sheet reads
            continue
        rows.append(data.assign(_table=n))
        totals.append(stated.assign(_table=n))
        notes += own
    frame = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=BUDGET_COLUMNS)
    frame, periods, sources = _blocks_summed(frame, notes)
    problems += _repeated_codes(frame)
    if problems:
        raise refused(problems, records)
    stated = pd.concat(totals, ignore_index=True) if totals else pd.DataFrame(columns=[*TOTAL_COLUMNS, "_table"])
    if periods:
        stated = _period_totals(stated)
    elif sources is not None:
        stated = _source_totals(stated, *sources)
    stated = stated.drop(columns="_table", errors="ignore")
    return Budget(frame.drop(columns="_table", errors="ignore"), stated, [path], notes_frame(recognition_notes(records) + notes),
                  records)


def _plan_note(table: Table) -> dict[str, str]:
    """The ``plan_aside`` note of a table of budgets without realisation whose codes the realisation table has."""
    where = table.where
    return note("info", "plan_aside", where,
                "Tabel ini berisi anggaran tanpa realisasi (DPA, rencana kas) untuk kode yang juga ada di tabel realisasi: "
                "tidak dibaca sebagai anggaran kedua",
                "This table holds budgets without a realisation (a DPA, a cash plan) for codes the realisation table also "
                "has: not read as a second budget")


#: how a table of account codes with no program above them, of RKA-K/L codes whose levels are more than the kit's, or
#: of codes of no known scheme in an outline over columns is read, said in a levels_from_codes note (Indonesian, English), by the scheme that placed its rows
_ACCOUNT_SCHEMES = {
    LRA_ACCOUNTS: ("Baris tabel adalah kode rekening belanja Permendagri 13/2006 (LRA), tanpa program: kelompok belanja "
                   "(5.1, 5.2) dibaca sebagai program, jenis belanja (5.2.1) sebagai kegiatan",
                   "The table's rows are Permendagri 13/2006 belanja account codes (an LRA), with no program: the "
                   "kelompok (5.1, 5.2) read as programs, the jenis (5.2.1) as kegiatan"),
    KELOMPOK_ACCOUNTS: ("Baris tabel adalah kode rekening belanja Permendagri 90 (LRA) dari akun sampai sub rincian objek, "
                        "tanpa program: kelompok belanja (5.1, 5.2) dibaca sebagai program, jenis (5.1.02) sebagai "
                        "kegiatan, objek (5.1.02.01) sebagai sub-kegiatan; akun (5, jumlah seluruh belanja), rincian "
                        "objek dan sub rincian objek tidak dibaca sebagai baris",
                        "The table's rows are Permendagri 90 belanja account codes (an LRA) from the akun down to the "
                        "sub rincian objek, with no program: the kelompok (5.1, 5.2) read as programs, the jenis "
                        "(5.1.02) as kegiatan, the objek (5.1.02.01) as sub-kegiatan; the akun (5, all spending), the "
                        "rincian objek and sub rincian objek are not read as rows"),
    "rka-k/l codes": ("Baris tabel berkode RKA-K/L (POK): program, kegiatan dan RO dibaca sebagai program, kegiatan dan "
                      "sub-kegiatan; KRO (jumlah RO di bawahnya), komponen, sub komponen, akun dan item tidak dibaca "
                      "sebagai baris",
                      "The table's rows have RKA-K/L (POK) codes: programs, kegiatan and RO read as programs, kegiatan "
                      "and sub-kegiatan; KRO (the sum of its RO), komponen, sub komponen, akun and items are not read as "
                      "rows"),
    OUTLINED: ("Kode program/kegiatan tidak mengikuti pola yang dikenal; tingkatnya dibaca dari letak kolom kodenya "
               "(kode di kolom lebih kanan adalah anak baris di atasnya): tingkat pertama program, kedua kegiatan, "
               "ketiga sub-kegiatan, yang lebih dalam tidak dibaca sebagai baris",
               "The program/kegiatan codes follow no known scheme; their levels are read from the column each code "
               "stands in (a code further right is a child of the row above): the first level programs, the second "
               "kegiatan, the third sub-kegiatan, deeper ones not read as rows"),
    BAS_AKUN: ("Baris tabel adalah akun belanja Bagan Akun Standar enam digit (521211, 524111), tanpa program atau "
               "kegiatan di atasnya: tiap akun dibaca sebagai baris tingkat teratas dari daftar datar",
               "The table's rows are six-digit belanja akun of the Bagan Akun Standar (521211, 524111), with no "
               "program or kegiatan above them: each akun is read as a top-level row of a flat list"),
    LRA_OBJEK: ("Baris tabel adalah objek belanja Permendagri 13/2006 (5.2.2.01), tanpa program atau kegiatan di atasnya: "
                "tiap objek dibaca sebagai baris tingkat teratas dari daftar datar",
                "The table's rows are Permendagri 13/2006 belanja objek (5.2.2.01), with no program or kegiatan above "
                "them: each objek is read as a top-level row of a flat list"),
    ACCOUNTS: ("Baris tabel adalah kode rekening Permendagri 90 (akun 4/5/6 pendapatan, belanja, pembiayaan), tanpa "
               "program atau kegiatan di atasnya: tiap rekening dibaca sebagai baris tingkat teratas",
               "The table's rows are Permendagri 90 account codes (akun 4/5/6: pendapatan, belanja, pembiayaan), with "
               "no program or kegiatan above them: each account is read as a top-level row"),
}
#: a budget row's two amounts: column → its name (Indonesian, English)
_AMOUNTS = {"budget": ("anggaran", "budget"), "realised": ("realisasi", "realisation")}
#: words a sum_mismatch from (the amount's name, the stated, the computed, their difference), each in both languages
_Say = Callable[[tuple[str, str], tuple[str, str], tuple[str, str], tuple[str, str]], tuple[str, str]]


def _sum_mismatches(where: str, got: Mapping, want: Mapping, say: _Say) -> list[dict[str, str]]:
    """A ``sum_mismatch`` error for each amount (budget, realisation) whose stated ``got`` and computed ``want`` both
    stand and differ by more than half a sen, worded by ``say``."""
    return [note("error", "sum_mismatch", where, *say(name, amounts(got[key]), amounts(want[key]),
                                                       amounts(abs(got[key] - want[key]))))
            for key, name in _AMOUNTS.items()
            if pd.notna(got[key]) and pd.notna(want[key]) and abs(got[key] - want[key]) > 0.005]


def _blocks(frame: pd.DataFrame) -> list[np.ndarray] | None:
    """The blocks of rows that repeat one code tree (one per source of funds: the same program, kegiatan and
    sub-kegiatan codes under ``Sumber Dana: DAU``, then ``Sumber Dana: DAK`` …), or None when the codes do not repeat
    that way: each block starts at a top-level row whose code the block before has, and every block has the same codes.
    Two blocks with the same amounts are one table twice, not two sources of funds: no blocks.
    """
    codes, levels = frame["code"].tolist(), frame["level"].tolist()
    starts, seen = [0], set()
    for i, code in enumerate(codes):
        if not isinstance(code, str):
            return None
        if code in seen:
            if levels[i] != levels[0] or code != codes[starts[-1]]:
                return None
            starts.append(i)
            seen = set()
        seen.add(code)
    if len(starts) < 2:
        return None
    blocks = [np.arange(a, b) for a, b in zip(starts, [*starts[1:], len(codes)])]
    if "name" in frame.columns:
        # a tree printed once per source of funds names each code alike in every block; one code over rows of other
        # names ('5' over the URUSAN, PROGRAM and KEGIATAN rows of a code split over columns read as its first part)
        # is no tree repeated, and adding those rows up would pass a total off as one of them
        named: dict[str, str] = {}
        for code, name in zip(codes, frame["name"].tolist()):
            key = " ".join(clean_text(name).lower().split()) if not is_no_value(name) else ""
            if named.setdefault(code, key) != key:
                return None
    trees = [sorted(codes[i] for i in block) for block in blocks]
    if any(tree != trees[0] for tree in trees) and _total_block(frame, blocks) is None:
        # a source of funds may pay for some sub-kegiatan only, but blocks of differing codes are sources only when a
        # block totals them: without one, a tree printed again over a page break with its other rows is no source
        return None
    amounts = [frame.iloc[block][["budget", "realised"]].to_numpy(dtype=float) for block in blocks]
    if len(blocks) == 2 and np.allclose(amounts[0], amounts[1], atol=0.5, equal_nan=True):
        return None  # one table twice, not two sources of funds
    return blocks


def _blocks_summed(frame: pd.DataFrame, notes: list[dict[str, str]]
                   ) -> tuple[pd.DataFrame, bool, tuple[list[tuple[int, int]], int | None] | None]:
    """Blocks of one code tree (:func:`_blocks`) added up per code, with an ``info`` note; a block whose amounts are the
    sum of the others' (``TOTAL (DBHCHT + PAD)``) is their total and is left out. Blocks that are periods of one budget
    (:func:`_periods`) keep the budget once and add up the realisations; the flag says so. Blocks that are sources of
    funds give where each starts, (table, row), and which is their total block, for :func:`_source_totals`."""
    blocks = _blocks(frame) if len(frame) else None
    if blocks is None:
        return frame, False, None
    amounts_of = [frame.iloc[block].set_index("code")[["budget", "realised"]].astype(float) for block in blocks]
    total, wrong = _total_block(frame, blocks) or (None, [])
    kept = [block for k, block in enumerate(blocks) if k != total]
    rows = pd.concat([frame.iloc[block] for block in kept])
    # every code once, in the order of the total block, which has them all, else of the first (every block has them all)
    order = frame["code"].iloc[blocks[total] if total is not None else kept[0]]
    first = rows.drop_duplicates("code").set_index("code").loc[order].reset_index()[frame.columns]
    summed = rows.groupby("code", sort=False)[["budget", "realised"]].sum(min_count=1)
    first[["budget", "realised"]] = summed.reindex(first["code"]).to_numpy()
    first["stated_pct"] = float("nan")  # each block's percentage is its own; the sum's is computed
    first["pct_decimals"] = 0
    spans = ", ".join(f"{_row_of(frame['location'].iloc[b[0]])}–{_row_of(frame['location'].iloc[b[-1]])}" for b in kept)
    if total is None and _periods(amounts_of):
        first["budget"] = amounts_of[0]["budget"].reindex(first["code"]).to_numpy()
        notes.append(note("info", "blocks_summed", frame["location"].iloc[blocks[0][0]],
                          f"{len(kept)} blok dengan kode dan anggaran yang sama (satu per periode, mis. 'BULAN : Oktober'; "
                          f"baris {spans}): anggaran diambil sekali, realisasinya dijumlahkan per kode",
                          f"{len(kept)} blocks with the same codes and the same budget (one per period, such as 'BULAN : "
                          f"Oktober'; rows {spans}): the budget taken once, their realisations added up per code"))
        return first, True, None
    aside = "" if total is None else _row_of(frame["location"].iloc[blocks[total][0]])
    agrees_id, agrees_en = ("cocok", "it agrees") if not wrong else (f"{len(wrong)} baris tidak cocok", f"{len(wrong)} rows differ")
    notes.append(note("info", "blocks_summed", frame["location"].iloc[blocks[0][0]],
                      f"{len(kept)} blok dengan kode program/kegiatan yang sama (satu per sumber dana; baris {spans}) dijumlahkan "
                      "per kode" + (f"; blok mulai baris {aside} adalah jumlah blok-blok itu ({agrees_id}) dan tidak dihitung "
                                    "lagi" if aside else ""),
                      f"{len(kept)} blocks with the same program/kegiatan codes (one per source of funds; rows {spans}) added up "
                      "per code" + (f"; the block from row {aside} is their total ({agrees_en}) and is not counted again"
                                    if aside else "")))
    notes += _off_the_sum(frame, wrong, summed)
    starts = [(int(frame["_table"].iloc[b[0]]), int(_row_of(frame["location"].iloc[b[0]]))) for b in blocks]
    return first, False, (starts, total)


def _off_the_sum(frame: pd.DataFrame, wrong: list[int], summed: pd.DataFrame) -> list[dict[str, str]]:
    """A ``sum_mismatch`` error for each row of a total block (positions ``wrong`` in ``frame``) that is not the sum of
    the source blocks' rows of its code (``summed``, by code)."""
    notes = []
    for i in wrong:
        row = frame.iloc[i]
        (said_id, said_en), (real_id, real_en), (sum_id, sum_en), (real_sum_id, real_sum_en) = (
            amounts(v) if pd.notna(v) else ("-", "-") for v in (row["budget"], row["realised"], *summed.loc[row["code"]]))
        notes.append(note("error", "sum_mismatch", row["location"],
                          f"{row['code']}: blok jumlah menyatakan anggaran {said_id}, realisasi {real_id}; jumlah blok "
                          f"sumber dana {sum_id}, {real_sum_id}",
                          f"{row['code']}: the total block states the budget {said_en}, the realisation {real_en}; the "
                          f"source blocks add up to {sum_en}, {real_sum_en}"))
    return notes


def _total_block(frame: pd.DataFrame, blocks: list[np.ndarray]) -> tuple[int, list[int]] | None:
    """Of three blocks or more, the one that totals the others (``TOTAL (DBHCHT + PAD)``), and the positions in
    ``frame`` of its rows that differ from the others' sum: it has every code of the others and no other, and states
    their sum on most of its rows (a sum's slips are errors to report; a source's amounts meet the others' sum on a
    few rows at most). None when no block does.

    Example:
        >>> frame = pd.DataFrame({"code": ["1", "1.1", "1", "1.1", "1.2", "1", "1.1", "1.2"],
        ...                       "budget": [10, 10, 5, 3, 2, 15, 13, 2.0], "realised": [4, 4, 2, 1, 1, 6, 5, 1.0]})
        >>> blocks = [np.arange(0, 2), np.arange(2, 5), np.arange(5, 8)]
        >>> _total_block(frame, blocks)
        (2, [])
        >>> frame.loc[7, "realised"] = 9
        >>> _total_block(frame, blocks)
        (2, [7])
        >>> frame.loc[6, "budget"] = 12
        >>> _total_block(frame, blocks) is None
        True
    """
    if len(blocks) < 3:
        return None
    of_block = [frame.iloc[block].set_index("code")[["budget", "realised"]].astype(float) for block in blocks]
    for k, own in enumerate(of_block):
        others = pd.concat([a for n, a in enumerate(of_block) if n != k])
        if set(others.index) != set(own.index):
            continue
        summed = others.groupby(level=0).sum(min_count=1).reindex(own.index)
        agree = (np.isclose(own.to_numpy(), summed.to_numpy(), atol=0.5) | (own.isna() & summed.isna()).to_numpy()).all(axis=1)
        if 2 * agree.sum() > len(agree):
            return k, [int(blocks[k][n]) for n in np.flatnonzero(~agree)]
    return None


def _source_totals(stated: pd.DataFrame, starts: list[tuple[int, int]], total: int | None) -> pd.DataFrame:
    """The stated totals of blocks that are sources of funds (a ``JUMLAH`` under each) as the blocks' rows are: the
    n-th total of every block added up, at the first block's row; the total block's own left out (it is the sum of the
    others'). Totals above the first block are kept as they are; blocks with different numbers of totals too, as no
    total of one block can be paired with another's."""
    if stated.empty:
        return stated
    keys = zip(stated["_table"].astype(int), stated["location"].map(lambda where: int(_row_of(where) or 0)))
    owner = [max((k for k, start in enumerate(starts) if start <= key), default=None) for key in keys]
    stated = stated.assign(_block=owner)
    inside = stated[stated["_block"].notna() & stated["_block"].ne(total)]
    counts = inside.groupby("_block").size()
    if inside.empty or counts.nunique() != 1:
        return stated.drop(columns="_block")
    inside = inside.assign(_nth=inside.groupby("_block").cumcount())
    grouped = inside.groupby("_nth", sort=True)
    out = grouped.first()
    out[["budget", "realised"]] = grouped[["budget", "realised"]].sum(min_count=1).to_numpy()
    out["stated_pct"] = float("nan")  # each block's percentage is its own; the sum's is computed
    out["pct_decimals"] = 0
    return pd.concat([stated[stated["_block"].isna()], out.reset_index()], ignore_index=True)[[*TOTAL_COLUMNS, "_table"]]


def _period_totals(stated: pd.DataFrame) -> pd.DataFrame:
    """The stated totals of blocks that are periods (one ``JUMLAH`` per month) as one: the budget once, the
    realisations added up, at the first block's row."""
    if stated.empty:
        return stated
    grouped = stated.groupby("label", sort=False)
    out = grouped.first()
    out["realised"] = grouped["realised"].sum(min_count=1)
    out["stated_pct"] = float("nan")
    return out.reset_index()[list(TOTAL_COLUMNS)]


def _periods(amounts: list[pd.DataFrame]) -> bool:
    """Whether blocks of one code tree are periods of one budget (the months of a realisation report printed one under
    another), not sources of funds: every block states the same budget for every code, and the realisations differ.

    Example:
        >>> month = lambda r: pd.DataFrame({"budget": [100.0, 50.0], "realised": r}, index=["5.1", "5.2"])
        >>> _periods([month([10.0, 5.0]), month([20.0, 0.0])]), _periods([month([10.0, 5.0]), month([10.0, 5.0])])
        (True, False)
    """
    budgets = [a["budget"].reindex(amounts[0].index).to_numpy() for a in amounts]
    realised = [a["realised"].reindex(amounts[0].index).to_numpy() for a in amounts]
    return (all(np.allclose(b, budgets[0], atol=0.5, equal_nan=True) for b in budgets[1:])
            and not all(np.allclose(r, realised[0], atol=0.5, equal_nan=True) for r in realised[1:]))


def _row_of(where: str) -> str:
    """The row number of a location ``file:sheet!row 14`` or ``file:sheet!B14``."""
    return "".join(c for c in where.rsplit("!", 1)[-1] if c.isdigit())


def _repeated_codes(frame: pd.DataFrame) -> list[Problem]:
    """A problem for each code that more than one table of the file gives (repeats inside one table are reported at
    their cells), naming every row that has it: which program a kegiatan belongs to would be ambiguous."""
    problems = []
    repeated = frame[frame["code"].notna() & frame["code"].duplicated(keep=False)]
    for code, rows in repeated.groupby("code", sort=False):
        if rows["_table"].nunique() < 2:
            continue
        file, _, place = rows["location"].iloc[1].partition(":")
        sheet, _, cell = place.rpartition("!")
        problems.append(Problem(file, sheet, cell, None, code, expects("code_once_in_file", where=", ".join(rows["location"]))))
    return problems


def _column(table: Table, name: str, year: int | None, problems: list[Problem]) -> str | None:
    """The frame label of the column ``name`` for ``year`` (``Anggaran 2024``, or plain ``Anggaran``)."""
    candidates = [c for c in table.columns if c.name == name]
    if year is not None and any(c.year is not None for c in candidates):
        candidates = [c for c in candidates if c.year in (year, None)]
        if not candidates:
            column = next(c for c in table.columns if c.name == name)
            years = ", ".join(map(str, table.years(name)))
            problems.append(table.grid.problem(table.header_row, column.index, column.header,
                                               expects("column_for_year", year=year, years=years)))
            return None
    if len(candidates) > 1:
        problems.append(_ambiguous(table, candidates))
        return None
    return candidates[0].label if candidates else None


def _lines_under_names(names: list[object], has_amount: np.ndarray, codes: pd.Series) -> list[int] | None:
    """For each row, the position of the named row it is a line of, when the rows are units each written alone on a
    row without amounts above lines without a name that have them (a view's rowspan started one row early); else
    None. Codes on the rows say otherwise: a hierarchy's heading is no unit of lines."""
    named = np.array([not is_no_value(n) for n in names], dtype=bool)
    if len(names) < 2 or not named[0] or codes.notna().any() or (named & has_amount).any() or not (has_amount | named).all():
        return None
    owner = np.maximum.accumulate(np.where(named, np.arange(len(names)), 0))
    counts = np.bincount(owner[~named], minlength=len(names))
    return owner.tolist() if (counts[named] >= 1).all() else None


def _breakdown_lines(found: Levels, codes: pd.Series, amounts: dict[str, pd.Series]) -> list[int]:
    """Positions of the rows without a code that break down the coded row right above them: each run of uncoded rows
    with a budget follows a coded row of a level or an account, their budgets add up to that row's, and their
    realisation is blank or adds up to its too (an RBA's detail lines under each account, the spending booked on the
    account; a POK's items under their akun). Empty when any
    run does not so: uncoded rows that are no breakdown are the reader's to see.

    Example:
        >>> levels = Levels(["program", None, None, "program"], ["level", "heading", "heading", "level"], "codes")
        >>> codes = pd.Series(["5.1.02.01.01.0024", None, None, "5.1.02.01.01.0029"])
        >>> budget, real = pd.Series([300.0, 100.0, 200.0, 50.0]), pd.Series([250.0, None, None, 40.0])
        >>> _breakdown_lines(levels, codes, {"budget": budget, "realised": real})
        [1, 2]
        >>> _breakdown_lines(levels, codes, {"budget": budget.replace(200.0, 150.0), "realised": real})
        []
    """
    budget, realised = amounts["budget"].to_numpy(dtype=float), amounts["realised"].to_numpy(dtype=float)
    line = [not isinstance(c, str) and role == "heading" and not (np.isnan(b) and np.isnan(r))
            for c, role, b, r in zip(codes, found.roles, budget, realised)]
    lines: list[int] = []
    i = 0
    while i < len(line):
        if not line[i]:
            i += 1
            continue
        end = i
        while end < len(line) and line[end]:
            end += 1
        head, run = i - 1, slice(i, end)
        spent = realised[run][~np.isnan(realised[run])]
        if head < 0 or not isinstance(codes.iloc[head], str) or found.roles[head] not in ("level", "account") \
                or np.isnan(budget[run]).any() or abs(budget[run].sum() - budget[head]) > 0.5 \
                or (len(spent) and not abs(spent.sum() - realised[head]) <= 0.5):
            return []
        lines.extend(range(i, end))
        i = end
    return lines


def _units_of_lines(data: pd.DataFrame, amounts: dict[str, pd.Series], names: list[object], name_part: list[int | None],
                    codes: pd.Series, lines: list[int]):
    """The named rows of :func:`_lines_under_names`, each with its lines' amounts added up (no value where none has
    one) and no stated percentage (each line's is its own; the unit's is computed)."""
    heads = [i for i, owner in enumerate(lines) if owner == i]
    owner = pd.Series(lines, index=data.index)
    summed = {k: v.groupby(owner).sum(min_count=1).reindex(heads).set_axis(data.index[heads]) for k, v in amounts.items()}
    pct = pd.Series(float("nan"), index=data.index[heads])
    return (data.iloc[heads], summed, pct, [names[i] for i in heads], [name_part[i] for i in heads], codes.iloc[heads])


def _sum_row(table: Table, data: pd.DataFrame, amount_labels: list[str]) -> int | None:
    """The position of the last row of ``data`` when each of its amounts is the sum of every row above it (a flat
    list's total under another label than ``Jumlah``), else None. Three rows at least above it, and an amount that
    is not zero; a hierarchy's rows above add up to more than its total (a program and its kegiatan both count)."""
    if len(data) < 4 or not amount_labels:
        return None
    scratch: list[Problem] = []  # a bad cell is reported where the amounts are read
    cells = pd.concat([numbers(table, data, label, scratch, negative=False) for label in amount_labels], axis=1)
    last = cells.iloc[-1]
    if scratch or last.isna().any() or not last.any() or cells.iloc[:-1].isna().all(axis=1).any():
        return None
    above = cells.iloc[:-1].sum()
    return len(data) - 1 if ((above - last).abs() <= 0.5).all() else None


def _no_amounts(table: Table, labels: dict[str, str | None], rows: int) -> Problem:
    """The problem of a budget table whose amount columns are blank on every row (an export that prints none)."""
    found = [table.column(labels[k]) for k in ("budget", "realised") if labels[k]]
    cells = ", ".join(f"'{c.header}' ({table.grid.cell_name(table.header_row, c.index)})" for c in found)
    return table.grid.problem(table.header_row, found[0].index, found[0].header,
                              expects("amounts_empty", cells=cells, rows=rows))


_FORMULA = re.compile(r"^\(?(\d{1,2})\)?\s*=\s*\(?(\d{1,2})\)?\s*[/:]\s*\(?(\d{1,2})\)?(?:\s*[x×*]\s*100\s*%?)?$")
_NUMBER = re.compile(r"^\(?(\d{1,2})\)?(?:\s*=.*)?$")


def _pct_of_other_columns(table: Table, labels: dict[str, str | None]) -> dict[str, str] | None:
    """The note that the stated percentage is not the realisation read over the budget read, when the column-number
    row says so (``8=5/4`` over Belanja (5) and the budget (4), while the realisation read is Belanja Netto (7)); such a
    percentage is not checked against them. None when the row says nothing else (or there is none).

    Example:
        >>> import pandas as pd
        >>> from lakip_lib.loading.workbook import Grid
        >>> from lakip_lib.loading.recognise import Column, Recognition
        >>> grid = Grid("a.xlsx", "R", pd.DataFrame([["Anggaran", "Belanja", "Netto", "%"], ["4", "5", "7=5+6", "8=5/4"]]))
        >>> record = Recognition("a.xlsx", "R", "budget", (1, 1), skipped_rows=[(2, "column numbers")])
        >>> cols = [Column("budget", None, "Anggaran", 0), Column("realised", None, "Netto", 2), Column("stated_pct", None, "%", 3)]
        >>> table = Table(grid, "budget", 0, cols, pd.DataFrame(), record=record)
        >>> _pct_of_other_columns(table, {"budget": "budget", "realised": "realised", "stated_pct": "stated_pct"})["message_en"]
        "The percentage '%' is column 5 over column 4 ('8=5/4'), not the realisation read (column 7) over the budget (column 4): it is not checked"
    """
    rows = [excel for excel, role in (table.record.skipped_rows if table.record else []) if role == "column numbers"]
    if not rows or not labels["budget"] or not labels["realised"]:
        return None
    cells = table.grid.cells.iloc[rows[0] - table.grid.row0]

    def text_of(label: str) -> str:
        value = cells.iloc[table.column(label).index]
        return str(int(value)) if isinstance(value, float) and value.is_integer() else clean_text(value)

    def number_of(label: str) -> str | None:
        found = _NUMBER.match(text_of(label))
        return found.group(1) if found else None

    pct = table.column(labels["stated_pct"])
    text = text_of(labels["stated_pct"])
    formula = _FORMULA.match(text)
    realised, budget = number_of(labels["realised"]), number_of(labels["budget"])
    if formula is None or realised is None or budget is None or formula.group(2, 3) == (realised, budget):
        return None
    return note("info", "pct_other_columns", location(table, table.header_row, labels["stated_pct"]),
                f"Persentase '{pct.header}' adalah kolom {formula.group(2)} dibagi kolom {formula.group(3)} ('{text}'), bukan "
                f"realisasi yang dibaca (kolom {realised}) dibagi anggaran (kolom {budget}): tidak diperiksa",
                f"The percentage '{pct.header}' is column {formula.group(2)} over column {formula.group(3)} ('{text}'), not the "
                f"realisation read (column {realised}) over the budget (column {budget}): it is not checked")


def _ambiguous(table: Table, columns: list[Column]) -> Problem:
    cells = ", ".join(f"'{c.header}' ({table.grid.cell_name(table.header_row, c.index)})" for c in columns)
    return table.grid.problem(table.header_row, columns[1].index, columns[1].header,
                              expects("one_column_by_year", field=columns[0].name, cells=cells))


def _table(table: Table, year: int | None, problems: list[Problem], notes: list[dict[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    labels = {name: _column(table, name, year, problems) for name in ("code", "number", "name", "level", "budget", "realised", "stated_pct")}
    if labels["stated_pct"] and (other := _pct_of_other_columns(table, labels)):
        notes.append(other)
        labels["stated_pct"] = None
    name_labels = table.parts.get(labels["name"] or "") or ([labels["name"]] if labels["name"] else [])
    code_labels = table.parts.get(labels["code"] or "") or ([labels["code"]] if labels["code"] else [])
    figures = [part for key in ("budget", "realised", "stated_pct") if labels[key]
               for part in table.parts.get(labels[key]) or [labels[key]]]
    if (lined := _lines_as_rows(table.frame, [*name_labels, *code_labels], figures)) is not None:
        # 'JUMLAH BELANJA\nSURPLUS/(DEFISIT)' over '1.172.842.020\n-312.731.020': two rows printed in one
        table, rows = replace(table, frame=lined[0]), lined[1]
        where = ", ".join(str(table.grid.row0 + row) for row in rows)
        notes.append(note("info", "lines_as_rows", location(table, rows[0]),
                          f"Baris {where}: nama dan angkanya tertulis pada beberapa baris sel yang sama (mis. 'JUMLAH "
                          "BELANJA' dan 'SURPLUS/(DEFISIT)' di satu sel): tiap baris sel dibaca sebagai baris tabel "
                          "tersendiri, baris pertama sebagai angka baris ini",
                          f"Rows {where}: their names and figures are written on several lines of the same cells (such as "
                          "'JUMLAH BELANJA' over 'SURPLUS/(DEFISIT)' in one cell): each line read as a row of its own, the "
                          "first line as the figures of this row"))
    # a level column names its total row too ('TOTAL' under Tingkat beside 'Seluruh Mata Anggaran'), first of all
    data, totals = split_totals(table, tuple(dict.fromkeys([*([labels["level"]] if labels["level"] else []), *name_labels,
                                                            *code_labels, *([labels["number"]] if labels["number"] else [])])))
    if (last := _sum_row(table, data, [labels[k] for k in ("budget", "realised") if labels[k]])) is not None:
        # the closing row labelled with the whole's name ('KEMNAKER' under the eselon I units) instead of 'Jumlah'
        label = next((clean_text(v) for v in data.drop(columns="_row").iloc[last] if isinstance(v, str) and not is_no_value(v)), "")
        totals = pd.concat([totals, data.iloc[[last]].assign(_label=label)], ignore_index=True)
        data = data.iloc[:last].reset_index(drop=True)
    data, aside, totals = _spending_sections(data, [label for label in (labels["number"], *code_labels, *name_labels) if label],
                                             totals)
    if aside:
        notes.append(note("info", "rows_aside", table.where,
                          f"{aside} baris di bagian pendapatan, penerimaan, pembiayaan atau saldo (A. PENERIMAAN, PENDAPATAN, "
                          "SURPLUS / (DEFISIT) …) tidak dibaca sebagai belanja; judul bagian tidak dibaca sebagai baris",
                          f"{aside} rows of the revenue, receipts, financing or balance sections (A. PENERIMAAN, PENDAPATAN, "
                          "SURPLUS / (DEFISIT) …) are not read as spending; section headings are not read as rows"))
    data, refunds = _refund_rows(data, totals, [label for label in (*code_labels, *name_labels, labels["number"]) if label])
    if data.empty:
        problems.append(table.problem(table.header_row + 1, None, None,
                                      expects("budget_rows_above_total") if len(totals) else expects("budget_rows")))
        return pd.DataFrame(columns=BUDGET_COLUMNS), _totals(table, totals, labels, problems, _NO_SCALE)
    scales = {k: amount_scale(table, labels[k]) for k in ("budget", "realised")}
    stated = {scale for scale in scales.values() if scale[0] != 1.0}
    if len(stated) == 1:  # "Pagu (Rp 000) | Realisasi": one unit for the table's amounts, or absorption would be absurd
        scales = dict.fromkeys(scales, stated.pop())
    notes += _scale_notes(table, scales)
    nothing = pd.Series(float("nan"), index=data.index)
    stages = _stages(table, labels["budget"]) if labels["budget"] else []
    # the budget read before the realisation, so that the problems and notes of a row come in the order of its cells
    single = numbers(table, data, labels["budget"], problems, negative=False) if len(stages) == 1 else None
    spent = numbers(table, data, labels["realised"], problems, negative=False) * scales["realised"][0] if labels["realised"] else nothing
    amounts = {"budget": (_in_force(table, data, stages, spent, problems, notes) if single is None else single) * scales["budget"][0]
               if labels["budget"] else nothing, "realised": spent}
    pct = numbers(table, data, labels["stated_pct"], problems) if labels["stated_pct"] else pd.Series(float("nan"), index=data.index)
    raw_names = [next((v for v in (row[label] for label in name_labels) if not is_no_value(v)), None)
                 for _, row in data.iterrows()]
    name_part = [next((i for i, label in enumerate(name_labels) if not is_no_value(row[label])), None) for _, row in data.iterrows()]
    codes = _codes(data, code_labels or ([labels["number"]] if labels["number"] else []))
    outlined = None
    if any(c.name == "code" and c.how == OUTLINE for c in table.columns) and len(code_labels) > 1:
        # each level's code in a column of its own (SAKTI): read whole, with its parents' parts, as one code column
        parts = [[clean_text(v).strip(".") if not is_no_value(v) else None for v in row]
                 for row in data[code_labels].itertuples(index=False)]
        codes = pd.Series(outline_codes(parts), index=data.index, dtype=object)
        code_labels, outlined = code_labels[:1], outline_levels(parts)
    if len(code_labels) == 1:
        # 'Kode / Nama' holding "1.02.01.2.02 Administrasi Keuangan …": the code, and the row's name where its name
        # cell is blank (a name column holding only the accounts' names)
        in_code = [_CODE_IN_NAME.match(c) if isinstance(c, str) else None for c in codes]
        if any(in_code):
            codes = pd.Series([m.group(1) if m else c for m, c in zip(in_code, codes)], index=data.index, dtype=object)
            raw_names = [m.group(2) if m and is_no_value(n) else n for m, n in zip(in_code, raw_names)]
    if not code_labels:
        # "1.02.02.2.02.0004 Pengelolaan …": a name that starts with its code
        in_name = [_CODE_IN_NAME.match(n) if isinstance(n, str) else None for n in raw_names]
        if sum(m is not None for m in in_name) >= max(1, sum(isinstance(n, str) for n in raw_names) // 2):
            codes = pd.Series([m.group(1) if m else None for m in in_name], index=data.index, dtype=object)
            raw_names = [m.group(2) if m else n for m, n in zip(in_name, raw_names)]
    has_amount = (amounts["budget"].notna() | amounts["realised"].notna()).to_numpy()
    if not has_amount.any() and (labels["budget"] or labels["realised"]):
        # a page whose amount cells the export leaves blank would give a report of names without a rupiah
        problems.append(_no_amounts(table, labels, len(data)))
        return pd.DataFrame(columns=BUDGET_COLUMNS), _totals(table, totals, labels, problems, _NO_SCALE)
    if (long := _long_form(table, data, name_labels, amounts, notes)) is not None:
        return long, _totals(table, totals, labels, problems, scales)
    if (lines := _lines_under_names(raw_names, has_amount, codes)) is not None:
        # 'Srena' alone on its row, its RM and PNBP lines below: one unit whose amounts are its lines' sum
        data, amounts, pct, raw_names, name_part, codes = _units_of_lines(data, amounts, raw_names, name_part, codes, lines)
        has_amount = (amounts["budget"].notna() | amounts["realised"].notna()).to_numpy()
        notes.append(note("info", "line_items_summed", table.where,
                          f"{len(data)} baris bernama tanpa jumlah, masing-masing di atas baris tanpa nama (sumber dana): "
                          "anggaran dan realisasinya dibaca sebagai jumlah baris di bawahnya",
                          f"{len(data)} named rows without amounts, each above unnamed lines (sources of funds): their "
                          "budget and realisation are read as the sum of the lines below"))
    found = _levels(table, data, codes, code_labels, labels, raw_names, name_part, name_labels, has_amount.tolist(),
                    amounts["budget"] if labels["budget"] else amounts["realised"], scratch := [], outlined)
    spanned = False
    if found is not None and _flat(found) and not code_labels and labels["number"]:
        # a flat numbered list with one number merged over two lines: both lines are rows of the list
        filled, spanned = _spanned_numbers(table, data, labels["number"], codes)
        if spanned and (refound := code_levels(filled.tolist())[0]) is not None and _flat(refound):
            codes, found = filled, refound
        else:
            spanned = False
    if found is not None and found.how.endswith("codes") and \
            (parents := heading_parents(found, codes.tolist(), raw_names, has_amount.tolist())) is not None:
        # 'Bidang Penyelenggaraan Pemerintahan Desa' over the kegiatan 1.1.01, 1.1.02: the bidang the export left
        # uncoded is their program, with their sums
        found, heads = parents
        codes, amounts = codes.copy(), {k: v.copy() for k, v in amounts.items()}
        for h, (code, rows) in heads.items():
            codes.iloc[h] = code
            for k in amounts:
                amounts[k].iloc[h] = amounts[k].iloc[rows].sum(min_count=1)
        has_amount = (amounts["budget"].notna() | amounts["realised"].notna()).to_numpy()
        notes.append(note("info", "headings_as_parents", table.where,
                          f"{len(heads)} baris judul tanpa kode (mis. bidang) masing-masing di atas baris berkode yang "
                          "sama awal kodenya: dibaca sebagai program, dengan jumlah baris di bawahnya sebagai kegiatannya",
                          f"{len(heads)} heading rows without a code (such as bidang), each above coded rows sharing the "
                          "first part of their codes: read as programs, with the rows below as their kegiatan and their sums"))
    grouped = group_blocks(found, codes.tolist(), raw_names, has_amount.tolist()) if found is not None else None
    if grouped is not None:
        found, block = grouped  # '01 Rupiah murni' over programs and kegiatan, '04 Pinjaman luar negeri' over them again
        group_heads = [(int(data["_row"].iloc[i]), clean_text(raw_names[i])) for i, role in enumerate(found.roles)
                       if role == "group"]
    if found is None and lines is not None:
        found = Levels(["program"] * len(data), ["level"] * len(data), "units over their lines")  # no level among units
    else:
        problems += scratch
    if found is None:
        return pd.DataFrame(columns=BUDGET_COLUMNS), _totals(table, totals, labels, problems, _NO_SCALE)
    if found.how in _ACCOUNT_SCHEMES:
        notes.append(note("info", "levels_from_codes", table.where, *_ACCOUNT_SCHEMES[found.how]))
    by_name = pd.Series(False, index=data.index)
    if found.how.endswith("codes"):
        by_code = list(found.levels)
        notes += _names_over_codes(table, data, found, codes, raw_names)
        by_name = pd.Series([a != b for a, b in zip(by_code, found.levels)], index=data.index)
        problems += _names_against_codes(table, data, found, codes, raw_names, labels["name"])
        if lines := _breakdown_lines(found, codes, amounts):
            # an RBA's or RKA's detail lines (volume × unit price) under their account: its breakdown, not rows
            for i in lines:
                found.roles[i] = "breakdown"
            notes.append(note("info", "rows_aside", table.where,
                              f"{len(lines)} baris rincian tanpa kode, masing-masing di bawah baris berkode yang "
                              "anggarannya sama dengan jumlah rinciannya, tidak dibaca sebagai program/kegiatan",
                              f"{len(lines)} detail lines without a code, each under a coded row whose budget is their "
                              "sum, are not read as programs or kegiatan"))
    roles = pd.Series(found.roles, index=data.index)
    keep = roles.eq("level").to_numpy()
    notes += _accounts_against_rows(table, data, roles, codes, found.levels, amounts)
    for i in np.flatnonzero(~keep & has_amount & roles.isin(["heading", "unplaced"]).to_numpy()):
        if found.how.endswith("codes") and not isinstance(codes.iloc[i], str):
            problems.append(table.problem(int(data["_row"].iloc[i]), None, None,
                                          expects("code_on_every_row", how=found.how)))
        else:
            problems.append(table.problem(int(data["_row"].iloc[i]), labels["name"], raw_names[i],
                                          expects("row_with_level", how=found.how)))
    aside = roles[~keep & roles.isin(["above", "account"]).to_numpy()]
    if len(aside):
        notes.append(note("info", "rows_aside", table.where,
                          f"{int(aside.eq('above').sum())} baris di atas program (urusan, bidang, organisasi) dan "
                          f"{int(aside.eq('account').sum())} baris rekening belanja tidak dibaca sebagai program/kegiatan",
                          f"{int(aside.eq('above').sum())} rows above the programs (urusan, bidang, organisation) and "
                          f"{int(aside.eq('account').sum())} belanja account rows are not read as programs or kegiatan"))
    if detail := int(roles.eq("detail").sum()):
        notes.append(note("info", "rows_aside", table.where,
                          f"{detail} baris rincian di bawah sub-kegiatan atau rekeningnya (tingkat di kolom "
                          f"'{table.column(labels['level']).header}' yang bukan program/kegiatan, seperti tagging) tidak "
                          "dibaca sebagai program/kegiatan",
                          f"{detail} detail rows under a sub-kegiatan or its accounts (levels in the column "
                          f"'{table.column(labels['level']).header}' that are no program or kegiatan, such as tags) are not "
                          "read as programs or kegiatan"))
    levels = pd.Series(found.levels, index=data.index, dtype=object)
    if not code_labels and labels["number"] and (_numbered_per_group(codes, found) or spanned and _flat(found)):
        # 1, 2 under 'Kegiatan Fisik', 1 under 'Kegiatan Non Fisik', or one 3 merged over two lines: the No. column
        # numbers rows, it codes nothing
        codes = _numbered(levels)
        notes.append(note("info", "numbered_per_group", table.where,
                          "Kolom nomor dimulai lagi dari 1 di bawah setiap baris kelompok, atau satu nomor digabung "
                          "untuk beberapa baris: dibaca sebagai nomor urut, bukan kode; baris diberi nomor 1, 2, 3 "
                          "menurut urutan tabel",
                          "The number column starts again at 1 under each group row, or one number is merged over "
                          "several rows: read as row numbers, not codes; rows numbered 1, 2, 3 in table order"))
    coded = codes.map(lambda c: isinstance(c, str))
    if not found.how.endswith("codes") and not coded[keep].all():
        codes = _numbered(levels)  # rows without codes: each numbered by its place, as a report numbers them (1, 1.1, 1.1.1)
        if found.how == FLAT:
            notes.append(note("info", "levels_from_names", table.where,
                              "Tabel tanpa kode, nomor, kata tingkat atau indentasi, dan tidak ada baris yang menjumlah "
                              "baris di bawah atau di atasnya: tiap baris dibaca sebagai program, diberi nomor 1, 2, 3",
                              "A table without codes, numbers, level words or indentation, no row adding up the rows "
                              "below or above it: each row read as a program, numbered 1, 2, 3"))
        else:
            notes.append(note("info", "levels_from_names", table.where,
                              f"Tingkat program/kegiatan dibaca dari {_HOW_ID.get(found.how, found.how)}; baris diberi nomor 1, 1.1, 1.1.1 "
                              "karena tidak semuanya berkode",
                              f"Program/kegiatan levels read from {found.how}; rows numbered 1, 1.1, 1.1.1 as not all have a code"))
    data, codes, levels = data[keep], codes[keep], levels[keep]
    amounts = {k: v[keep] for k, v in amounts.items()}
    names = pd.Series([raw_names[i] for i in np.flatnonzero(keep)], index=data.index, dtype=object)
    code_label = code_labels[0] if code_labels else labels["number"]
    codes = _per_output(table, data, codes, names, notes)
    in_block = [block[i] for i in np.flatnonzero(keep)] if grouped is not None else None
    if found.how == OUTPUT_CODES:
        codes = _qualified(codes, levels)  # komponen 051 under each output: a code of its own only with its output's
    blocks = _blocks(pd.DataFrame({"code": codes, "level": levels, **amounts})) if in_block is None else None
    _check_codes(table, data, codes, code_label, problems, blocks=blocks is not None, groups=in_block)
    parents = _parents(codes, levels)
    if found.how.removeprefix(HEADINGS_OVER) in NESTED_CODES:
        # codes that write out their parent's say where a row stands: one continuing no row above it one level up is
        # a code of another scheme, or a typo, and read by its depth alone it would be a child of nothing
        nested, misfits = nested_parents(codes.tolist(), levels.tolist())
        # a row read one level down by its name has lost a part of its code, warned of already: it stays under the row above
        moved = by_name[keep].to_numpy()
        parents = parents.where(moved, pd.Series(nested, index=codes.index, dtype=object))
        for n, above in misfits:
            if moved[n]:
                continue
            problems.append(table.problem(int(data["_row"].iloc[n]), code_label, codes.iloc[n],
                                          expects("code_continues", parent=codes.iloc[above],
                                                  row=table.grid.row0 + int(data["_row"].iloc[above]))))
    out = pd.DataFrame({
        "code": codes,
        "name": names.map(lambda v: None if is_no_value(v) else _name(v)).astype(object),
        "level": levels,
        "parent": parents,
        "budget": amounts["budget"],
        "realised": amounts["realised"],
        "stated_pct": pct[keep],
        "pct_decimals": data[labels["stated_pct"]].map(printed_decimals) if labels["stated_pct"] else 0,
        "location": [location(table, int(r)) for r in data["_row"]],
    })
    has_children = set(out["parent"].dropna())
    for i, row in out.iterrows():
        excel_row = int(data.at[i, "_row"])
        if row["name"] is None:
            problems.append(table.problem(excel_row, labels["name"], None, expects("program_name")))
        # a budget cell that says nothing (not one that could not be read: that is reported already)
        no_budget = labels["budget"] is not None and not table.parts.get(labels["budget"]) and is_no_value(data.at[i, labels["budget"]]) \
            and not excel_error(data.at[i, labels["budget"]])  # a failed formula has its own warning
        if no_budget and pd.isna(row["budget"]) and pd.notna(row["realised"]) and row["code"] not in has_children:
            problems.append(table.problem(excel_row, labels["budget"], None, expects("budget_for_realisation")))
    notes += _months_against_total(table, data, labels["realised"], amounts["realised"] / scales["realised"][0], problems)
    stated = _totals(table, totals, labels, problems, scales)
    notes += _unstated_parts(table, totals, stated, data[out["level"].eq("program").to_numpy()], labels, scales)
    stated, group_notes = _group_totals(out, stated)
    notes += group_notes
    stated = _net_totals(table, stated, refunds, labels, problems, scales, notes)
    if in_block is not None:
        out, stated = _blocks_merged(table, out.reset_index(drop=True), in_block, group_heads, stated, notes)
    return out.reset_index(drop=True), stated


def _blocks_merged(table: Table, rows: pd.DataFrame, block: list[int | None], heads: list[tuple[int, str]],
                   stated: pd.DataFrame, notes: list[dict[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows of blocks under headings of a grouping that is no level (:func:`~lakip_lib.loading.recognise.hierarchy.
    group_blocks`: '01 Rupiah murni', '04 Pinjaman luar negeri') as one tree, with an ``info`` note: each code once, at
    its first place, its amounts the blocks' added up, its children those of every block in the order they first
    appear. Each block's own totals (:func:`_block_totals`) are checked against its programs and set aside; a block
    that totals the others (:func:`_total_block`: a 'TOTAL' heading over their sums) is checked and set aside too."""
    stated = _block_totals(table, rows, block, heads, stated, notes)
    of_block = np.asarray(block, dtype=object)
    if (found := _total_block(rows, [np.flatnonzero(of_block == k) for k in range(len(heads))])) is not None:
        total, wrong = found
        aside = of_block == total
        notes += _off_the_sum(rows, wrong, rows[~aside].groupby("code", sort=False)[["budget", "realised"]].sum(min_count=1))
        notes.append(note("info", "rows_aside", location(table, heads[total][0]),
                          f"Blok '{heads[total][1]}' (baris {table.grid.row0 + heads[total][0]}) adalah jumlah blok-blok "
                          "lain per kode" + (" (cocok)" if not wrong else "") + ": tidak dihitung lagi",
                          f"The block '{heads[total][1]}' (row {table.grid.row0 + heads[total][0]}) is the other blocks' "
                          "sum per code" + (" (it agrees)" if not wrong else "") + ": not counted again"))
        rows, block = rows[~aside].reset_index(drop=True), [k for k in block if k != total]
        heads = [head for k, head in enumerate(heads) if k != total]
    children: dict[object, list[str]] = {}
    for code, parent in zip(rows["code"], rows["parent"]):
        siblings = children.setdefault(parent if isinstance(parent, str) else None, [])
        if code not in siblings:
            siblings.append(code)
    order: list[str] = []

    def place(parent: str | None) -> None:
        for code in children.get(parent, []):
            order.append(code)
            place(code)

    place(None)
    first = rows.drop_duplicates("code").set_index("code")
    summed = rows.groupby("code", sort=False)[["budget", "realised"]].sum(min_count=1)
    repeated = rows["code"].value_counts()
    merged = first.loc[order].copy()
    merged[["budget", "realised"]] = summed.loc[order].to_numpy()
    several = repeated.reindex(order).gt(1).to_numpy()
    merged.loc[several, "stated_pct"] = float("nan")  # each block's percentage is its own; the sum's is computed
    merged.loc[several, "pct_decimals"] = 0
    shared = ", ".join(code for code, twice in zip(order, several) if twice)
    named_id = ", ".join(f"'{name}' (baris {table.grid.row0 + row})" for row, name in heads)
    named_en = ", ".join(f"'{name}' (row {table.grid.row0 + row})" for row, name in heads)
    notes.append(note("info", "blocks_summed", location(table, heads[0][0]),
                      f"{len(heads)} blok di bawah judul yang bukan tingkat anggaran ({named_id}; mis. sumber dana): "
                      f"program/kegiatan yang sama dijumlahkan per kode (kode di lebih dari satu blok: {shared})",
                      f"{len(heads)} blocks under headings that are no budget level ({named_en}; such as sources of funds): "
                      f"the same program/kegiatan added up per code (codes in more than one block: {shared})"))
    return merged.reset_index()[list(BUDGET_COLUMNS)], stated


def _block_totals(table: Table, rows: pd.DataFrame, block: list[int | None], heads: list[tuple[int, str]],
                  stated: pd.DataFrame, notes: list[dict[str, str]]) -> pd.DataFrame:
    """The stated totals without those of one block (a ``JUMLAH`` closing each source of funds), each checked against
    its block's programs (a ``sum_mismatch`` note where they differ). They are the totals inside the blocks when every
    block has as many; a last block with one more has the table's total last, which is kept (it is the programs' sum
    over every block). Otherwise every total is kept, and checked against all the programs."""
    if stated.empty:
        return stated
    at = stated["location"].map(lambda where: int(_row_of(where) or 0)).to_numpy()
    starts = [table.grid.row0 + row for row, _ in heads]
    owner = np.searchsorted(starts, at, side="right") - 1
    counts = [int((owner == k).sum()) for k in range(len(heads))]
    own = owner >= 0
    if counts[-1] == counts[0] + 1 and len(set(counts[:-1])) == 1:
        own[np.flatnonzero(owner == len(heads) - 1)[-1]] = False
    elif len(set(counts)) != 1 or not counts[0]:
        return stated
    top = rows["level"].eq(LEVELS[0]).to_numpy()
    for i in np.flatnonzero(own):
        total, mine = stated.iloc[i], top & (np.asarray(block, dtype=object) == owner[i])
        head = heads[owner[i]][1]
        notes += _sum_mismatches(total["location"], total, {key: rows.loc[mine, key].sum(min_count=1) for key in _AMOUNTS},
                                 lambda name, got, want, _: (
                                     f"{total['label']}: {name[0]} yang tercantum {got[0]} tidak sama dengan jumlah "
                                     f"program blok '{head}' {want[0]}",
                                     f"{total['label']}: the stated {name[1]} {got[1]} is not the sum of the programs of "
                                     f"the block '{head}', {want[1]}"))
    return stated[~own].reset_index(drop=True)


def _lines_as_rows(frame: pd.DataFrame, label_columns: list[str], figures: list[str]
                   ) -> tuple[pd.DataFrame, list[int]] | None:
    """``frame`` with each row that prints several rows in one (its name on n lines, each figure cell on the same n
    lines, each with a figure: 'JUMLAH BELANJA\\nSURPLUS/(DEFISIT)' beside '1.172.842.020\\n-312.731.020'; a figure
    cell of one line stays on the first row) made n rows with the same Excel row, the first line this row's; and the
    rows (``_row``) so split. None when no row is such: a name wrapped over lines beside one figure is one row, and
    figures on lines the name does not match are left to be refused as they are.

    Example:
        >>> frame = pd.DataFrame({"name": ["Posyandu", "JUMLAH\\nSURPLUS"], "budget": ["100", "100\\n-20"], "_row": [4, 5]})
        >>> split, rows = _lines_as_rows(frame, ["name"], ["budget"])
        >>> split.values.tolist(), rows
        ([['Posyandu', '100', 4], ['JUMLAH', '100', 5], ['SURPLUS', '-20', 5]], [5])
    """
    def lines(value: object) -> list[str]:
        return [line.strip() for line in value.splitlines() if line.strip()] if isinstance(value, str) else []

    label_columns = [c for c in label_columns if c in frame.columns]
    figures = [c for c in figures if c in frame.columns]
    if not label_columns or not figures:
        return None
    split: list[int] = []
    for k, row in enumerate(frame.itertuples(index=False)):
        cells = dict(zip(frame.columns, row))
        name = next((lines(cells[c]) for c in label_columns if not is_no_value(cells[c])), [])
        counts = {len(lines(cells[c])) for c in figures if not is_no_value(cells[c])}
        if len(name) > 1 and len(name) in counts and counts <= {1, len(name)} \
                and all(any(ch.isdigit() for ch in line) for c in figures for line in lines(cells[c])):
            split.append(k)
    if not split:
        return None
    out = []
    for k, row in enumerate(frame.to_dict("records")):
        if k not in split:
            out.append(row)
            continue
        n = len(next(lines(row[c]) for c in label_columns if not is_no_value(row[c])))
        for m in range(n):
            out.append({c: v if c == "_row" else (lines(v)[m] if m < len(lines(v)) else None) if len(lines(v)) > 1
                        else v if m == 0 else None for c, v in row.items()})
    return pd.DataFrame(out, columns=frame.columns).astype({"_row": int}), [int(frame["_row"].iloc[k]) for k in split]


def _group_totals(rows: pd.DataFrame, stated: pd.DataFrame) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    """The stated totals without those of one group (``Jumlah kelompok belanja 51`` under the row of code ``51``), each
    checked against its group's row (the nearest of that code above it) instead of the table's programs: a
    ``sum_mismatch`` note where they differ.

    Example:
        >>> rows = pd.DataFrame({"code": ["51"], "budget": [300.0], "realised": [250.0], "location": ["a.xlsx:R!row 4"]})
        >>> stated = pd.DataFrame({"label": ["Jumlah kelompok belanja 51", "JUMLAH"], "budget": [300.0, 300.0],
        ...                        "realised": [240.0, 250.0], "location": ["a.xlsx:R!row 9", "a.xlsx:R!row 10"]})
        >>> kept, found = _group_totals(rows, stated)
        >>> kept["label"].tolist(), [n["message_en"] for n in found]
        (['JUMLAH'], ["Jumlah kelompok belanja 51: the stated realisation 240 is not the realisation of row 51's 250"])
    """
    if stated.empty:
        return stated, []
    groups = stated["label"].map(total_group_code)
    own = groups.isin(set(rows["code"].dropna()))
    notes = []
    for i in np.flatnonzero(own.to_numpy()):
        total, same = stated.iloc[i], rows[rows["code"].eq(groups.iloc[i])]
        # the group the total closes: the nearest row of its code above it ('Jumlah belanja program 02' under each
        # source of funds' program 02)
        above = same[same["location"].map(lambda where: int(_row_of(where) or 0)) < int(_row_of(total["location"]) or 0)]
        row = (above if len(above) else same).iloc[-1 if len(above) else 0]
        notes += _sum_mismatches(total["location"], total, row, lambda name, got, want, _: (
            f"{total['label']}: {name[0]} yang tercantum {got[0]} tidak sama dengan {name[0]} baris {row['code']} {want[0]}",
            f"{total['label']}: the stated {name[1]} {got[1]} is not the {name[1]} of row {row['code']}'s {want[1]}"))
    return stated[~own.to_numpy()].reset_index(drop=True), notes


_NO_SCALE = {"budget": (1.0, ""), "realised": (1.0, "")}
#: words of a header or caption that give the unit of its amounts
_SCALE_WORDS = {"ribu": 1e3, "ribuan": 1e3, "rb": 1e3, "juta": 1e6, "jutaan": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9,
                "miliaran": 1e9, "milyaran": 1e9, "triliun": 1e12, "trilyun": 1e12}
_THOUSANDS = re.compile(r"(?<![0-9.,])0{3}(?:[.,]0{3})*(?![0-9.,]*[1-9])")


def amount_scale(table: Table, label: str | None) -> tuple[float, str]:
    """The unit a budget column's amounts are printed in, as (factor, the text that says so): ``(1000.0, 'Pagu (Rp
    000)')`` for ``Rp 000``, ``ribuan``, ``(dalam ribu rupiah)``; ``(1e6, …)`` for ``juta``; in the column's header
    path, else in the table's caption. ``(1.0, '')`` when nothing says so.

    Example:
        >>> from lakip_lib.loading.recognise import Column
        >>> t = Table(None, "budget", 0, [Column("budget", None, "Pagu (Rp. 000)", 2, ("Pagu (Rp. 000)",))], pd.DataFrame())
        >>> amount_scale(t, "budget")
        (1000.0, 'Pagu (Rp. 000)')
    """
    if label is None or not any(c.label == label for c in table.columns):
        return 1.0, ""
    for text in (" › ".join(table.column(label).path), table.title):
        found = _scale_of(text)
        if found != 1.0:
            return found, text
    return 1.0, ""


#: words of a number spelt out ('lima milyar dua puluh dua juta'): a scale word after one is part of an amount
_NUMBER_WORDS = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                           "sebelas", "seratus", "seribu", "sejuta", "puluh", "belas", "ratus"})
#: an amount printed in full (millions or more, dots or commas between thousands)
_FULL_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")


def _scale_of(text: str) -> float:
    """The factor a caption or header states its amounts in; 1.0 when it states none. A text that prints an amount in
    full or spells one out in words ('Rp. 5.022.210.000 (lima milyar dua puluh dua juta …)') states a sum, not a unit.

    Example:
        >>> _scale_of("Realisasi (dalam ribuan rupiah)"), _scale_of("DIPA 01: Rp. 5.022.210.000 (lima milyar … rupiah)")
        (1000.0, 1.0)
    """
    lowered = clean_text(text).lower()
    words = re.findall(r"[a-z]+", lowered)
    if any(re.search(r"[1-9]", amount) for amount in _FULL_AMOUNT.findall(lowered)):  # 'Rp 000.000.000' is a unit
        return 1.0
    for before, word in zip([None, *words], words):
        if word in _SCALE_WORDS and before not in _NUMBER_WORDS and (
                "rp" in words or "rupiah" in words or "dalam" in words or "dlm" in words):
            return _SCALE_WORDS[word]
    groups = _THOUSANDS.findall(lowered)
    if groups and ("rp" in words or "rupiah" in words):
        return 1000.0 ** (groups[0].count("000"))
    return 1.0


def _scale_notes(table: Table, scales: dict[str, tuple[float, str]]) -> list[dict[str, str]]:
    notes = []
    for text in dict.fromkeys(text for factor, text in scales.values() if factor != 1.0):
        factor = next(f for f, t in scales.values() if t == text)
        shown_id, shown_en = amounts(factor)
        notes.append(note("info", "amounts_scaled", table.where,
                          f"Jumlah uang dibaca dalam satuan yang tertulis ('{text}'): dikalikan {shown_id}",
                          f"Amounts read in the unit stated ('{text}'): multiplied by {shown_en}"))
    return notes


def _long_form(table: Table, data: pd.DataFrame, name_labels: list[str], values: dict[str, pd.Series],
               notes: list[dict[str, str]]) -> pd.DataFrame | None:
    """A table of line items, each naming its program, kegiatan and sub-kegiatan in their own columns (``PROGRAM |
    KEGIATAN | SUB KEGIATAN | BELANJA …``, as SIPD-derived control sheets export it): each program, kegiatan and
    sub-kegiatan once, with the sums of its line items, numbered 1, 1.1, 1.1.1 (or by the codes their cells start
    with); None for any other table.

    It is told by most rows naming more than one level; a row naming none is not a line item. A level named once, on
    the first of its lines (``Sub Kegiatan | Kode Rekening | Nama Rekening``, the sub-kegiatan's cell filled on its
    first account row only), names every line below it until the next: :func:`_printed_once`."""
    # the columns' headers name their levels (PROGRAM | KEGIATAN | SUB KEGIATAN; an Uraian SPM beside them has none):
    # without that, two name columns may be a name and its indicator, never to be added up
    worded = {label: level_word(_named(table.part_paths.get(label, ("",))[-1])) for label in name_labels}
    level_labels = [label for label, lv in worded.items() if lv]
    levels = [worded[label] for label in level_labels]
    if not level_labels or len(set(levels)) != len(levels) or data.empty:
        return None
    named = data[level_labels].map(lambda v: not is_no_value(v))
    once = False
    if len(level_labels) < 2 or (named.sum(axis=1) > 1).mean() < 0.8:
        if (filled := _printed_once(data, name_labels, level_labels)) is None:
            return None  # one name per row: a level each (the name columns rule)
        data, once = filled, True
    name_labels = level_labels
    groups: dict[tuple[str, ...], dict] = {}
    for i in range(len(data)):
        path: tuple[str, ...] = ()
        for label in name_labels:
            value = data[label].iloc[i]
            if is_no_value(value):
                break
            path = (*path, clean_text(value))
            entry = groups.setdefault(path, {"budget": 0.0, "realised": 0.0, "row": int(data["_row"].iloc[i]), "items": 0,
                                             "any": {"budget": False, "realised": False}})
            entry["items"] += 1
            for key in ("budget", "realised"):
                amount = values[key].iloc[i]
                if pd.notna(amount):
                    entry[key] += float(amount)
                    entry["any"][key] = True
    deepest = [path for path in groups if len(path) == len(name_labels)]
    # one row per item of the deepest level, the levels above repeated on each of its rows: no line items, each row
    # is a kegiatan whose program holds the sum of its rows (the totals take the top level only, nothing twice)
    grouped = not once and len(name_labels) > 1 and len(deepest) == len(data) and all(groups[p]["items"] == 1 for p in deepest)
    codes = _numbered(pd.Series([levels[len(path) - 1] for path in groups]))
    names = [path[-1] for path in groups]
    in_name = [_CODE_IN_NAME.match(name) for name in names]
    if all(in_name):  # "1.02.01.2.10.0001 Pelayanan …": each level's cell starts with its code
        codes, names = pd.Series([m.group(1) for m in in_name]), [m.group(2) for m in in_name]
    out = pd.DataFrame({
        "code": codes.to_numpy(),
        "name": names,
        "level": [levels[len(path) - 1] for path in groups],
        "budget": [e["budget"] if e["any"]["budget"] else float("nan") for e in groups.values()],
        "realised": [e["realised"] if e["any"]["realised"] else float("nan") for e in groups.values()],
        "stated_pct": float("nan"),
        "pct_decimals": 0,
        "location": [location(table, e["row"]) for e in groups.values()],
    })
    out.insert(3, "parent", _parents(out["code"], out["level"]).to_numpy())
    if once:
        notes.append(note("info", "line_items_summed", table.where,
                          f"{len(data)} baris rincian (rekening) dijumlahkan per {_level_id(levels[-1])}; nama "
                          f"{_level_id(levels[-1])} tertulis sekali, di baris rincian pertamanya, dan berlaku untuk baris di "
                          "bawahnya sampai nama berikutnya",
                          f"{len(data)} line-item rows (accounts) are added up per {levels[-1].replace('_', '-')}; its name "
                          "is written once, on its first line, and holds for the lines below it until the next name"))
    elif grouped:
        below, above = _level_id(levels[len(name_labels) - 1]), " dan ".join(_level_id(v) for v in levels[:len(name_labels) - 1])
        above_en = " and ".join(_level_id(v) for v in levels[:len(name_labels) - 1])
        notes.append(note("info", "line_items_summed", table.where,
                          f"{len(data)} baris {below}, masing-masing dengan {above}-nya tertulis di barisnya: anggaran dan "
                          f"realisasi setiap {above} adalah jumlah baris {below}-nya",
                          f"{len(data)} {below} rows, each with its {above_en} written beside it: each {above_en}'s budget "
                          f"and realisation are the sums of its {below} rows"))
    else:
        notes.append(note("info", "line_items_summed", table.where,
                          f"{len(data)} baris rincian (satu baris per belanja) dijumlahkan per program, kegiatan dan "
                          "sub-kegiatan menurut kolom namanya" + ("" if all(in_name) else "; baris diberi nomor 1, 1.1, 1.1.1"),
                          f"{len(data)} line-item rows (one per spending line) are added up per program, kegiatan and "
                          "sub-kegiatan by their name columns" + ("" if all(in_name) else "; rows numbered 1, 1.1, 1.1.1")))
    return out[list(BUDGET_COLUMNS)]


#: a header's leading word saying its column holds the names of what follows (``Uraian Program``, ``Nama Kegiatan``)
_NAMES_OF = re.compile(r"^\s*(?:uraian|nama|nm\.?)\s+", re.IGNORECASE)


def _named(header: str) -> str:
    """A name column's header without a leading word saying it holds names: a SAKTI or SINTESA export heads each level
    by a code column and a name column ('Kode Program' | 'Uraian Program'), the level then named by the second word.

    Example:
        >>> _named("Uraian Program (V)"), _named("Nama Kegiatan"), _named("Uraian"), _named("Program")
        ('Program (V)', 'Kegiatan', 'Uraian', 'Program')
    """
    return _NAMES_OF.sub("", header) if isinstance(header, str) else header


def _level_id(level: str) -> str:
    return level.replace("_", "-")


def _printed_once(data: pd.DataFrame, name_labels: list[str], level_labels: list[str]) -> pd.DataFrame | None:
    """``data`` with each level column filled down, when the rows are line items whose level is named once, on the
    first of its lines: a name column without a level word right of the level columns (``Nama Rekening``) names every
    row, the first row names its level, and some rows below leave it blank. None otherwise: a level named on a row of
    its own (no line beside it) is a row of that level, and a level repeated on every line is no sign of line items.

    Example:
        >>> data = pd.DataFrame({"sub": ["Pelayanan BLUD", None], "akun": ["Belanja Pegawai", "Belanja Barang"]})
        >>> _printed_once(data, ["sub", "akun"], ["sub"])["sub"].tolist()
        ['Pelayanan BLUD', 'Pelayanan BLUD']
        >>> _printed_once(data.assign(akun=[None, "Belanja Barang"]), ["sub", "akun"], ["sub"]) is None
        True
    """
    last = max(name_labels.index(label) for label in level_labels)
    lines = [label for label in name_labels[last + 1:] if label not in level_labels]
    if not lines:
        return None
    has_line = data[lines].map(lambda v: not is_no_value(v)).any(axis=1)
    named = data[level_labels].map(lambda v: not is_no_value(v))
    if not has_line.all() or not named.iloc[0].all() or named.all(axis=None):
        return None
    filled = data.copy()
    filled[level_labels] = data[level_labels].where(named).ffill()
    return filled


def _names_over_codes(table: Table, data: pd.DataFrame, found: Levels, codes: pd.Series, names: list[object]) -> list[dict[str, str]]:
    """Rows whose code reads one level up from what their name says: where every other row of that level names it
    (``PROGRAM …``), a row without the word whose code has lost a part (kegiatan ``1.01.1.01.05.03`` among
    ``1.01.1.01.01.05.01``) is read one level down, under the row above, with a warning; ``found`` is changed."""
    notes: list[dict[str, str]] = []
    for depth, level in enumerate(LEVELS[:-1]):
        at = [i for i, (lv, role) in enumerate(zip(found.levels, found.roles)) if lv == level and role == "level"]
        worded = [i for i in at if level_word(names[i]) == level]
        odd = [i for i in at if level_word(names[i]) is None]
        if len(worded) < 2 or not odd or len(worded) + len(odd) != len(at) or len(odd) >= len(worded):
            continue
        for i in odd:
            if i < at[0] or i == at[0]:
                continue  # nothing above to belong to
            above = next(j for j in reversed(at) if j < i and j not in odd)
            found.levels[i] = LEVELS[depth + 1]
            code, parent = codes.iloc[i], codes.iloc[above]
            notes.append(note("warning", "level_from_name", location(table, int(data["_row"].iloc[i])),
                              f"Kode {code} berpola {level.replace('_', ' ')}, tetapi namanya tidak: dibaca sebagai "
                              f"{LEVELS[depth + 1].replace('_', ' ')} di bawah {parent}; periksa kodenya",
                              f"Code {code} reads as a {level.replace('_', ' ')}, but its name does not: read as a "
                              f"{LEVELS[depth + 1].replace('_', ' ')} under {parent}; check its code"))
    return notes


def _names_against_codes(table: Table, data: pd.DataFrame, found: Levels, codes: pd.Series, names: list[object],
                         name_label: str | None) -> list[Problem]:
    """A problem for each row read as a level by its code whose name states another with its first word (``KEGIATAN
    …`` on a row whose code '5' reads as a program: a code split over columns read as its first part): the levels,
    and the sums of each, would be wrong without a word. Rows whose names state no level say nothing.

    Example:
        >>> import pandas as pd
        >>> from lakip_lib.loading.workbook import Grid
        >>> from lakip_lib.loading.recognise import Column
        >>> grid = Grid("a.xlsx", "S", pd.DataFrame([["Kode", "Uraian"], ["5", "PROGRAM A"], ["5", "KEGIATAN B"]]))
        >>> table = Table(grid, "budget", 0, [Column("name", None, "Uraian", 1)], pd.DataFrame())
        >>> data = pd.DataFrame({"_row": [1, 2]})
        >>> found = Levels(["program", "program"], ["level", "level"], "codes")
        >>> [p.text("en") for p in _names_against_codes(table, data, found, pd.Series(["5", "5"]), ["PROGRAM A", "KEGIATAN B"], "name")]
        ["a.xlsx, sheet 'S', cell B3, column 'Uraian': got 'KEGIATAN B', expected the level its name states ('kegiatan'); its code '5' reads as a program"]
    """
    problems = []
    for i, (level, role) in enumerate(zip(found.levels, found.roles)):
        said = level_word(names[i])
        if role == "level" and level is not None and said is not None and said != level:
            problems.append(table.problem(int(data["_row"].iloc[i]), name_label, names[i],
                                          expects("level_of_name", said=said.replace("_", " "), code=codes.iloc[i],
                                                  level=level.replace("_", " "))))
    return problems


def _accounts_against_rows(table: Table, data: pd.DataFrame, roles: pd.Series, codes: pd.Series, levels: list[str | None],
                           values: dict[str, pd.Series]) -> list[dict[str, str]]:
    """A note (error) for each program, kegiatan or sub-kegiatan whose belanja accounts right under it (``5.2.1``
    Belanja Pegawai …, the shallowest of them where they nest) do not add up to its budget or realisation.

    Only accounts that all have codes are added, so that nested account rows are never counted twice."""
    notes: list[dict[str, str]] = []
    role, owner, group = roles.tolist(), None, []

    def close() -> None:
        if owner is None or not group or not all(isinstance(codes.iloc[k], str) for k in group):
            return
        depths = [len([p for p in codes.iloc[k].split(".") if p]) for k in group]
        top = [k for k, d in zip(group, depths) if d == min(depths)]
        code, level = codes.iloc[owner], (levels[owner] or "").replace("_", " ")
        notes.extend(_sum_mismatches(
            location(table, int(data["_row"].iloc[owner])), {key: values[key].iloc[top].sum(min_count=1) for key in _AMOUNTS},
            {key: values[key].iloc[owner] for key in _AMOUNTS}, lambda name, got, want, off: (
                f"{code}: Jumlah {name[0]} rekening belanja {got[0]} tidak sama dengan {name[0]} {level} yang tercantum "
                f"{want[0]} (selisih {off[0]})",
                f"{code}: the belanja accounts' {name[1]}s add up to {got[1]}, not the {level}'s stated {name[1]} {want[1]} "
                f"(difference {off[1]})")))

    for i, kind in enumerate(role):
        if kind == "level":
            close()
            owner, group = i, []
        elif kind == "account":
            group.append(i)
    close()
    return notes


def _months_against_total(table: Table, data: pd.DataFrame, label: str | None, total: pd.Series,
                          problems: list[Problem]) -> list[dict[str, str]]:
    """A note (error) for each row whose monthly realisations (``Realisasi › 1 … 12``) do not add up to its
    ``Jumlah``, which is the realisation the kit reads."""
    if not label or label in table.parts:
        return []
    band = table.column(label).path[:-1]
    months = [other for other, path in table.others if path[:-1] == band and len(path) > 1 and is_month(path[-1])]
    if not band or len(months) < 2:
        return []
    for month in months:
        table.use(month, Pair(f"bulan dari {label}, dicocokkan dengannya", f"month of {label}, checked against it"))
    summed = pd.concat([numbers(table, data, m, problems, negative=False) for m in months], axis=1).sum(axis=1, min_count=1)
    return sum_mismatches(table, data, summed, total, label, Pair("Realisasi per bulan", "monthly realisations"),
                          Pair("Jumlah realisasi", "total realisation"), tolerance=0.005)


_HOW_ID = {"level words": "kata di awal nama (Program, Kegiatan, Sub Kegiatan)", "indentation": "indentasi nama",
           "name columns": "kolom nama tiap tingkat", "units over their lines": "baris satuan kerja di atas baris sumber dananya"}


def _name(value: object) -> str:
    """A program or kegiatan name without the numbering or the label a report puts before it (``1. Sub Kegiatan``
    keeps ``Sub Kegiatan …``)."""
    return clean_text(without_marker(str(value)))


def _per_output(table: Table, data: pd.DataFrame, codes: pd.Series, names: pd.Series, notes: list[dict[str, str]]) -> pd.Series:
    """Codes of a sub-kegiatan printed once per sub-output or place (the same code on consecutive rows, the same name on
    the first line of the cell and the sub-output on the next, or the same name but for a bracketed qualifier at its end:
    '… Kelurahan (Kelurahan Mekar Sari)') made distinct: ``…0001``, ``…0001/2``; a note says so."""
    first_lines = names.map(_unqualified)
    same = codes.eq(codes.shift()) & codes.map(lambda c: isinstance(c, str)) & first_lines.eq(first_lines.shift()) \
        & names.ne(names.shift())
    if not same.any():
        return codes
    codes = codes.copy()
    for i in np.flatnonzero(same.to_numpy()):
        previous = codes.iloc[i - 1]
        base, _, n = previous.partition("/")
        codes.iloc[i] = f"{base}/{int(n or 1) + 1}"
    notes.append(note("info", "repeated_code", location(table, int(data["_row"].iloc[np.flatnonzero(same.to_numpy())[0]])),
                      f"{int(same.sum())} baris mengulang kode sub-kegiatan di atasnya dengan sub-output atau lokasi lain; dibaca "
                      "sebagai baris tersendiri (kode …/2, …/3)",
                      f"{int(same.sum())} rows repeat the sub-kegiatan code above them for another sub-output or place; read as "
                      "rows of their own (codes …/2, …/3)"))
    return codes


#: a qualifier in brackets at the end of a name: the place or part of a sub-kegiatan printed once for each
_QUALIFIER = re.compile(r"\s*\([^()]+\)\s*$")


def _unqualified(name: object) -> str | None:
    """The first line of a budget row's name without a bracketed qualifier at its end, or None for no name.

    Example:
        >>> _unqualified("Pembangunan Sarana (Kelurahan Mekar Sari)"), _unqualified("Penyusunan Renja")
        ('Pembangunan Sarana', 'Penyusunan Renja')
        >>> _unqualified("(Kelurahan Mekar Sari)"), _unqualified(None)
        ('(Kelurahan Mekar Sari)', None)
    """
    if not isinstance(name, str) or not name.strip():
        return None
    first = name.strip().splitlines()[0].strip()
    return _QUALIFIER.sub("", first) or first


def _codes(data: pd.DataFrame, labels: list[str]) -> pd.Series:
    """Each row's code: its cell, or its cells joined with dots when the code is split over columns (``5 | 02 | 01``)."""
    def join(row: pd.Series) -> str | None:
        parts = [clean_text(v).strip(".") for v in (row[label] for label in labels) if not is_no_value(v)]
        return ".".join(p for p in parts if p) or None

    if not labels:
        return pd.Series([None] * len(data), index=data.index, dtype=object)
    return data.apply(join, axis=1).astype(object) if len(data) else pd.Series([], dtype=object)


def _spending_sections(data: pd.DataFrame, labels: list[str], totals: pd.DataFrame) -> tuple[pd.DataFrame, int, pd.DataFrame]:
    """The rows of ``data`` without its section headings and the rows of its sections that are no spending, how many
    rows of those sections were set aside, and ``totals`` without those of such sections. A section starts at a
    lettered heading (``A. PENERIMAAN``, ``C. SALDO DANA SAAT INI``), at a part of the budget alone on its row
    (``PENDAPATAN``, ``BELANJA``) or at a balance line (``SURPLUS / (DEFISIT)``); the rows a revenue, receipts or
    financing total closes (``TOTAL PENDAPATAN BLUD`` under the revenue accounts, above the spending) are no spending
    either, nor is a bare ``Jumlah`` inside the revenue section (an LRA's sum of its revenue). Receipts opening under
    the spending's own ``JUMLAH`` start a treasurer's cash account (an SPJ's Penerimaan, Pengeluaran, Saldo Kas): no
    row below it is spending. A table without such a section or total, or whose every row such a total closes, is
    returned whole.

    Example:
        >>> data = pd.DataFrame({"name": ["PENDAPATAN", "Dana Desa", "BELANJA", "Posyandu", "SURPLUS / (DEFISIT)"],
        ...                      "_row": [1, 2, 4, 5, 7]})
        >>> totals = pd.DataFrame({"_label": ["Jumlah", "Jumlah"], "_row": [3, 6]})
        >>> kept, aside, stated = _spending_sections(data, ["name"], totals)
        >>> kept["name"].tolist(), aside, stated["_row"].tolist()
        (['Posyandu'], 3, [6])
    """
    def head(row: pd.Series) -> str | None:
        for label in labels:
            text = clean_text(row[label]) if isinstance(row[label], str) else ""
            if lettered := _SECTION.match(text):
                return lettered.group(1)
            if _BARE_SECTION.match(text) or _BALANCE.match(text):
                return text
        return None

    heads = [head(row) for _, row in data.iterrows()]
    closed, ended = _closed_by_other_totals(data, totals)
    if not any(h and _NOT_SPENDING.match(h) for h in heads) and not closed.any():
        return data, 0, totals
    grand = sorted(totals["_row"][totals["_label"].map(lambda v: bool(_BARE_TOTAL.match(clean_text(str(v)))))]) \
        if len(totals) else []
    keep, inside, spending, cash, last_spent, sections = [], False, False, False, None, []
    for h, shut, end, row in zip(heads, closed, ended, data["_row"]):
        if end:
            inside = False  # JUMLAH PENDAPATAN closed the revenue section: the spending follows without a heading
        if h is not None:
            inside = bool(_NOT_SPENDING.match(h))
            spending = not inside
            # receipts under the spending's own JUMLAH: a treasurer's cash account (an SPJ's Penerimaan, then its
            # Pengeluaran of that cash and the Saldo Kas), which no later heading turns back into spending
            cash = cash or (inside and last_spent is not None and any(last_spent < total < row for total in grand))
            inside = inside or cash
            sections.append((row, inside))
        inside = inside or cash
        # under a BELANJA heading the rows are spending, whatever total follows them (an APBDes page repeats JUMLAH
        # PENDAPATAN under its first bidang)
        keep.append(h is None and not inside and not (shut and not spending))
        last_spent = row if keep[-1] else last_spent
    aside = sum(not kept and (h is None or bool(_NOT_SPENDING.match(h))) for h, kept in zip(heads, keep))

    def of_spending(row: int) -> bool:
        above = [other for start, other in sections if start < row]
        return not above or not above[-1]

    stated = totals[totals["_row"].map(of_spending).astype(bool)] if len(totals) else totals
    return data[keep].reset_index(drop=True), aside, stated.reset_index(drop=True)


def _closed_by_other_totals(data: pd.DataFrame, totals: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Which rows of ``data`` a total of no spending closes (:data:`_NOT_SPENDING_TOTAL`: the first total row below
    them is one), and which rows come right after such a total. None is closed when such totals would close every row
    (a lone ``JUMLAH PENDAPATAN`` under the programs says nothing of what they are)."""
    nothing = np.zeros(len(data), dtype=bool)
    if totals.empty or "_row" not in data.columns:
        return nothing, nothing
    at = totals["_row"].to_numpy(dtype=float)
    order = np.argsort(at, kind="stable")
    other = totals["_label"].map(lambda v: bool(_NOT_SPENDING_TOTAL.search(str(v)))).to_numpy()[order]
    below = np.searchsorted(at[order], data["_row"].to_numpy(dtype=float), side="right")
    closed = np.array([i < len(other) and bool(other[i]) for i in below], dtype=bool)
    ended = np.array([k > 0 and below[k] != below[k - 1] and bool(other[below[k] - 1]) for k in range(len(below))], dtype=bool)
    return (closed if not closed.all() else nothing), ended


def _refund_rows(data: pd.DataFrame, totals: pd.DataFrame, labels: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows of ``data`` without the refunds of spending stated below a total row (``Pengembalian Belanja``, a
    realisation in parentheses '(2.315,00)'), and those rows with their label in ``_label``. A row so named among the
    programs, above every total, is left where it is."""
    def label(row: pd.Series) -> str:
        return next((clean_text(row[c]) for c in labels if isinstance(row[c], str) and not is_no_value(row[c])), "")

    below = data["_row"] > totals["_row"].min() if len(totals) else pd.Series(False, index=data.index)
    texts = data[below].apply(label, axis=1) if below.any() else pd.Series(dtype=object)
    refund = pd.Series(False, index=data.index)
    refund[texts.index] = texts.map(lambda t: bool(_REFUND.match(t))).astype(bool)
    if not refund.any():
        return data, data.iloc[:0].assign(_label=[])
    return data[~refund].reset_index(drop=True), data[refund].assign(_label=texts[refund[refund].index]).reset_index(drop=True)


def _net_totals(table: Table, stated: pd.DataFrame, refunds: pd.DataFrame, labels: dict[str, str | None],
                problems: list[Problem], scales: dict[str, tuple[float, str]], notes: list[dict[str, str]]) -> pd.DataFrame:
    """The stated totals without those below a refund row (:func:`_refund_rows`): such a total (``Total Belanja
    Netto``) is the total above the refunds (``Total Belanja Bruto``) less them, checked against that (a
    ``sum_mismatch`` note where it is not), not against the programs, whose realisations are the gross spending."""
    if refunds.empty or stated.empty:
        return stated
    deducted = {k: float(numbers(table, refunds, labels[k], problems).abs().sum()) * scales[k][0] if labels[k] else 0.0
                for k in ("budget", "realised")}
    at = table.grid.row0 + int(refunds["_row"].min())
    rows = stated["location"].map(lambda where: int(_row_of(where) or 0))
    above, below = stated[rows.lt(at).to_numpy()], stated[rows.gt(at).to_numpy()]
    if above.empty or below.empty:
        return stated
    gross, what = above.iloc[-1], "', '".join(refunds["_label"])
    for _, total in below.iterrows():
        notes += _sum_mismatches(total["location"], total, {key: gross[key] - deducted[key] for key in _AMOUNTS},
                                 lambda name, got, want, _: (
                                     f"{total['label']}: {name[0]} yang tercantum {got[0]} tidak sama dengan "
                                     f"{gross['label']} dikurangi '{what}' ({want[0]})",
                                     f"{total['label']}: the stated {name[1]} {got[1]} is not {gross['label']} less "
                                     f"'{what}' ({want[1]})"))
    (refund_id, refund_en) = amounts(deducted["realised"] or deducted["budget"])
    notes.append(note("info", "rows_aside", location(table, int(refunds["_row"].iloc[0])),
                      f"'{what}' ({refund_id}) bukan baris belanja: {', '.join(below['label'])} adalah {gross['label']} "
                      "dikurangi pengembalian itu, diperiksa terhadapnya, bukan terhadap jumlah program",
                      f"'{what}' ({refund_en}) is no spending line: {', '.join(below['label'])} is {gross['label']} less the "
                      "refunds, checked against that, not against the programs' sum"))
    return stated[~rows.gt(at).to_numpy()].reset_index(drop=True)


def _spanned_numbers(table: Table, data: pd.DataFrame, label: str, codes: pd.Series) -> tuple[pd.Series, bool]:
    """The row numbers with each blank cell under a number merged down over it (``3`` over two belanja modal lines)
    given that number, and whether any was: such lines share a row number, which is then no code."""
    column = next((c.index for c in table.columns if c.label == label), None)
    if column is None:
        return codes, False
    codes = codes.copy()
    spanned = False
    for i, row in zip(data.index, data["_row"]):
        merged = table.grid.merged_over(int(row), column) if not isinstance(codes.at[i], str) else None
        if merged is not None and 0 <= merged[0] < int(row) and merged[1] >= 0:
            origin = table.grid.cells.iat[merged[0], merged[1]]
            if not is_no_value(origin):
                codes.at[i] = clean_text(origin).strip(".")
                spanned = True
    return codes, spanned


def _flat(found: Levels) -> bool:
    """Whether the levels are a list numbered 1, 2, 3 with every placed row a program (no hierarchy)."""
    return found.how == "numbered codes" and all(level in (None, "program") for level in found.levels)


def _numbered_per_group(codes: pd.Series, found: Levels) -> bool:
    """Whether a flat list's row numbers (one part each, every row a program) start again at 1 after each heading row
    (a group's name without amounts) and run 1, 2, 3 within it, with at least two groups: row numbers per group, not
    codes. A number repeated within one group is no such numbering (a code typed twice stays a problem)."""
    if found.how != "numbered codes" or any(level not in (None, "program") for level in found.levels):
        return False
    runs: list[list[int]] = [[]]
    for code, role in zip(codes, found.roles):
        if role == "heading" and not isinstance(code, str):
            if runs[-1]:
                runs.append([])
        elif isinstance(code, str) and code.isdigit():
            runs[-1].append(int(code))
        else:
            return False
    runs = [run for run in runs if run]
    return len(runs) >= 2 and all(run == list(range(1, len(run) + 1)) for run in runs)


def _numbered(levels: pd.Series) -> pd.Series:
    """Codes 1, 1.1, 1.1.1 … from the levels, in table order."""
    counters = [0, 0, 0]
    codes = []
    for level in levels:
        if level not in LEVELS:
            codes.append(None)
            continue
        depth = LEVELS.index(level)
        counters[depth] += 1
        counters[depth + 1:] = [0] * (len(LEVELS) - depth - 1)
        codes.append(".".join(str(max(c, 1)) for c in counters[: depth + 1]))
    return pd.Series(codes, index=levels.index, dtype=object)


def _check_codes(table: Table, data: pd.DataFrame, codes: pd.Series, label: str | None, problems: list[Problem],
                 blocks: bool = False, groups: list[int | None] | None = None) -> None:
    """A problem for each code that is no code, and each repeated one unless the table is blocks of one code tree
    (:func:`_blocks`, added up by the loader); under block headings (``groups``, each row's block) once per block."""
    first: dict[tuple[int | None, str], int] = {}
    for n, (i, code) in enumerate(codes.items()):
        row = int(data.at[i, "_row"])
        if not isinstance(code, str):
            continue
        key = (groups[n] if groups is not None else None, code)
        if not _CODE.match(code):
            problems.append(table.problem(row, label, code, expects("program_code")))
        elif key in first and not blocks:
            problems.append(table.problem(row, label, code, Joined((expects("code_once", row=table.grid.row0 + first[key]),
                                                                    expects("code_as_text")))))
        first.setdefault(key, row)


#: header words of a stage of the budget (Anggaran Murni | Pergeseran | Perubahan, Pagu Awal | Pagu Revisi): the
#: original, its shifts between accounts and its amendment, each a full amount
_STAGE_WORDS = frozenset({"murni", "awal", "induk", "sebelum", "pergeseran", "perubahan", "revisi", "setelah", "sesudah"})
#: the stage words of the original budget, which comes before the others wherever its column stands
_ORIGINAL_STAGE = frozenset({"murni", "awal", "induk", "sebelum"})
#: the other words a stage's header may hold beside a stage word
_STAGE_HEAD = _STAGE_WORDS | {"anggaran", "pagu", "dpa", "apbd", "rp", "rupiah"}


def _stages(table: Table, label: str) -> list[tuple[str, str]]:
    """The budget's stages in order as (frame label, header), the budget column read among them: the columns
    whose headers are a stage (``Anggaran Murni``, ``Pergeseran``, ``Perubahan``: a stage word and nothing but budget
    words), when the budget column is one; the original first, then the others in header order. A column of the change
    (``Perubahan (Bertambah/Berkurang)``) or of a realisation is no stage. The budget column alone when it has no
    stages.

    Example:
        >>> _STAGE_HEAD >= header_words("Anggaran Murni (Rp)"), _STAGE_HEAD >= header_words("Perubahan Bertambah/Berkurang")
        (True, False)
    """
    def stage(path: tuple[str, ...]) -> bool:
        words = header_words(path[-1]) if path else frozenset()
        return bool(words & _STAGE_WORDS) and words <= _STAGE_HEAD

    column = table.column(label)
    if label in table.parts or not stage(column.path):
        return [(label, column.header)]
    found = {column.index: (label, column.header)}
    for other, path in table.others:
        if stage(path) and len(path) == len(column.path):
            # an other column's label is its header cell ('#F4'): its letters give its place in the header
            found[column_index_from_string(re.sub(r"\d", "", other.removeprefix("#"))) - 1 - table.grid.col0] = (other, path[-1])
    # the original first wherever it stands (Anggaran Setelah Perubahan | Anggaran Murni), then the later stages in order
    return [found[j] for j in sorted(found, key=lambda j: (not header_words(found[j][1]) & _ORIGINAL_STAGE, j))]


def _in_force(table: Table, frame: pd.DataFrame, stages: list[tuple[str, str]], spent: pd.Series, problems: list[Problem],
              notes: list[dict[str, str]] | None = None) -> pd.Series:
    """The budget in force on each row of ``frame``: its last stage, or the last that is not 0 where the row has spent
    (``spent`` above 0). A monitoring application sends 0 for a stage that has not happened (Perubahan 0 after
    Pergeseran 2.280.000.000 leaves the pergeseran in force), and no budget cut to nothing is spent; a 0 stage on a row
    that spent nothing may be such a cut, and stays. With ``notes``, the stage columns are recorded as read and an info
    note names the rows read from an earlier stage than the last."""
    each = pd.concat([numbers(table, frame, stage, problems, negative=False) for stage, _ in stages], axis=1, ignore_index=True)
    last = each.where(each.ne(0)).ffill(axis=1).iloc[:, -1]
    value = last.where(last.notna() & spent.gt(0).to_numpy(), each.iloc[:, -1])
    if notes is not None:
        for other, _ in stages:
            if other.startswith("#"):
                table.use(other, Pair("tahap anggaran: anggaran adalah tahap terakhir, atau yang terakhir bukan 0 "
                                      "pada baris yang sudah ada realisasinya",
                                      "a stage of the budget: the budget is the last stage, or the last that is not 0 "
                                      "on a row with spending"))
        earlier = [int(r) for r, v, final in zip(frame["_row"], value, each.iloc[:, -1]) if final == 0 and v != 0]
        if earlier:
            where, named = ", ".join(str(table.grid.row0 + r) for r in earlier), " | ".join(h for _, h in stages)
            notes.append(note("info", "budget_stage", table.where,
                              f"Baris {where}: dari tahap anggaran {named}, tahap terakhir bernilai 0, artinya belum "
                              "terjadi; anggaran dibaca dari tahap terakhir yang bukan 0",
                              f"Rows {where}: of the budget's stages {named}, the last is 0, i.e. it has not happened; "
                              "the budget is read from the last stage that is not 0"))
    return value


def _totals(table: Table, totals: pd.DataFrame, labels: dict[str, str | None], problems: list[Problem],
            scales: dict[str, tuple[float, str]]) -> pd.DataFrame:
    # a revenue, receipts or financing total (JUMLAH PENDAPATAN, TOTAL PENERIMAAN) is no total of the programs' spending
    totals = totals[~totals["_label"].str.contains("pendapatan|pembiayaan|penerimaan", case=False, regex=True)] if len(totals) else totals
    if totals.empty:
        return pd.DataFrame(columns=TOTAL_COLUMNS)
    nothing = pd.Series(float("nan"), index=totals.index)
    return pd.DataFrame({
        "label": totals["_label"],
        "budget": (_in_force(table, totals, stages, numbers(table, totals, labels["realised"], [], negative=False)
                             if labels["realised"] else nothing, problems)
                   if len(stages := _stages(table, labels["budget"])) > 1
                   else numbers(table, totals, labels["budget"], problems, negative=False)) * scales["budget"][0]
                  if labels["budget"] else nothing,
        "realised": (numbers(table, totals, labels["realised"], problems, negative=False) * scales["realised"][0]
                     if labels["realised"] else nothing),
        "stated_pct": numbers(table, totals, labels["stated_pct"], problems) if labels["stated_pct"] else nothing,
        "pct_decimals": totals[labels["stated_pct"]].map(printed_decimals) if labels["stated_pct"] else 0,
        "location": [location(table, int(r)) for r in totals["_row"]],
    })


def _unstated_parts(table: Table, totals: pd.DataFrame, stated: pd.DataFrame, programs: pd.DataFrame,
                    labels: dict[str, str | None], scales: dict[str, tuple[float, str]]) -> list[dict[str, str]]:
    """The notes of the total rows that state an amount split over part columns (``BLUD PUSKESMAS › Kapitasi JKN |
    Persalinan BPJS | Capeng | …``) for some parts only: a part cell left EMPTY on the total row while the program rows
    have amounts in that column states no total of that part (a copy cut short, a template that totals the first
    columns only), so the row's amount is no total of the programs and is blanked in ``stated`` (changed in place: the
    reconciliation would compare the parts it states with all of the programs'). Each part it does state is checked
    against the programs' sum of that column: a ``sum_mismatch`` error at its cell where they differ, and an ``info``
    note names the parts left unstated. A part cell printing 0 or '-' states a zero: the row stays a total of every
    part, checked as the reconciliation checks it. The programs compared are those above the total row (all of them,
    or those since the total row above it: a subtotal of a group).

    Example: ``JUMLAH | 47,725,000,000 | 2,100,000,000 | (empty) | (empty) | (empty)`` under 27 puskesmas with amounts in
    all five columns: Kapitasi JKN and Persalinan BPJS checked, the other three said to be unstated.
    """
    notes: list[dict[str, str]] = []
    if stated.empty or programs.empty:
        return notes
    rows_at = programs["_row"].astype(int).to_numpy()
    for field in ("budget", "realised"):
        label = labels[field]
        parts = table.parts.get(label or "")
        if not label or not parts or (field == "budget" and len(_stages(table, label)) > 1):
            continue
        name = Pair(*_AMOUNTS[field])
        previous = -1
        for i in stated.index:
            total_row = int(totals.at[i, "_row"])
            above = rows_at < total_row
            since = above & (rows_at > previous)
            previous = total_row
            if not above.any():
                continue
            each = {part: numbers(table, programs[above], part, []) * scales[field][0] for part in parts}
            unstated = [part for part in parts if is_blank(totals.at[i, part]) and each[part].notna().any()]
            if not unstated or len(unstated) == len(parts):
                continue  # every part stated (a '-' or 0 a zero), or none: the row is what the reconciliation checks
            stated.at[i, field] = float("nan")
            headers = ", ".join(f"'{table.part_paths.get(part, (part,))[-1]}'" for part in unstated)
            notes.append(note("info", "total_parts_unstated", location(table, total_row),
                              f"{totals.at[i, '_label']}: kolom {headers} kosong di baris jumlah ini padahal baris-baris di "
                              f"atasnya berisi angka: tidak ada jumlah {name.id} bagian itu yang tercantum; bagian lain "
                              "diperiksa kolom demi kolom",
                              f"{totals.at[i, '_label']}: the {headers} cells are empty on this total row though the rows "
                              f"above hold amounts there: it states no {name.en} total of those parts; the other parts are "
                              "checked column by column"))
            for part in (p for p in parts if p not in unstated):
                got = numbers(table, totals.loc[[i]], part, [])
                value = float(got.iloc[0]) * scales[field][0] if got.notna().iloc[0] else 0.0  # '-' or 0: a zero
                sums = [each[part].sum(), numbers(table, programs[since], part, []).sum() * scales[field][0]]
                if any(abs(value - s) <= 0.5 for s in sums):
                    continue
                header = table.part_paths.get(part, (part,))[-1]
                (got_id, got_en), (want_id, want_en) = amounts(value), amounts(sums[0])
                cell = f"{table.grid.file}:{table.grid.sheet}!{table.grid.cell_name(total_row, table.part_columns[part])}"
                notes.append(note("error", "sum_mismatch", cell,
                                  f"{totals.at[i, '_label']}: {name.id} '{header}' program berjumlah {want_id}, tidak sama "
                                  f"dengan yang tercantum {got_id}",
                                  f"{totals.at[i, '_label']}: the programmes' {name.en}s '{header}' add up to {want_en}, "
                                  f"not the stated {got_en}"))
    return notes


def _levels(table: Table, data: pd.DataFrame, codes: pd.Series, code_labels: list[str], labels: dict[str, str | None],
            raw_names: list[object], name_part: list[int | None], name_labels: list[str], amounts: list[bool],
            sums: pd.Series, problems: list[Problem], outlined: Levels | None = None) -> Levels | None:
    """Each row's level (:mod:`~lakip_lib.loading.recognise.hierarchy`): from the level column, codes split over
    columns, level words (before a bare row numbering), joined codes, the depth of each code in an outline over columns
    (``outlined``), level words, the name's column, indentation, else a flat list (``sums``: each row's budget, or its
    realisation where the table has no budget)."""
    if labels["level"]:
        level_label = labels["level"]
        levels = data[level_label].map(lambda v: None if is_no_value(v) else _LEVEL_NAMES.get(alias_key(v).removeprefix("kode")))
        found = column_levels([lv if isinstance(lv, str) else None for lv in levels], data[level_label].tolist(), codes.tolist())
        for i, role in zip(data.index, found.roles):
            if role == "unknown":
                problems.append(table.problem(int(data.at[i, "_row"]), level_label, data.at[i, level_label], expects("level_word")))
        return found
    if len(code_labels) > 1:
        split = split_code_levels([[row[label] for label in code_labels] for _, row in data.iterrows()])
        return split_levels_by_words(split, raw_names)
    words = word_levels(raw_names, amounts)
    if words is not None and not code_labels:
        return words  # a "No" column numbers rows (1, 2, 3): the words say the levels
    if not code_labels and (indented := indent_levels(raw_names)) is not None \
            and all(is_no_value(c) or re.fullmatch(r"\d+", str(c)) for c in codes):
        return indented  # … and so does indentation, beside a "No" that counts every row whatever its level
    by_code, present = code_levels(codes.tolist())
    if by_code is not None:
        return by_code
    if outlined is not None:
        return outlined  # codes of no known scheme: where each stands in the outline says its level
    if words is not None:
        return words
    if len(name_labels) > 1:
        # the deepest column is the sub-kegiatan, unless the outermost names programs (or an APBDes's bidang, in their
        # place): then the columns run down from the program
        outer = [name for name, i in zip(raw_names, name_part) if i == 0]
        offset = 0 if names_programs(outer) else len(LEVELS) - len(name_labels)
        named = [LEVELS[min(i + offset, len(LEVELS) - 1)] if i is not None else None for i in name_part]
        return Levels(named, ["level" if lv else "heading" for lv in named], "name columns")
    indented = indent_levels(raw_names)
    if indented is not None:
        return indented
    if (named := _one_named_above(table)) is not None:
        # 'SUBKEGIATAN : 4.02.02.2.01.0001 - …' over rows without levels: the rows are that one sub-kegiatan's belanja
        # items, no programs of a flat list, and their sum is no figure the table states
        cell, text = named
        problems.append(table.problem(table.header_row, None, None, expects("items_of_one", cell=cell, text=text)))
        return None
    if codes.isna().all() and len(name_labels) == 1 \
            and (flat := flat_levels(raw_names, sums.tolist())) is not None:
        return flat
    levels = expects("levels_apart")
    problems.append(table.problem(table.header_row, None, None,
                                  Joined((levels, expects("levels_codes", parts=present))) if codes.notna().any() else levels))
    return None


#: a label line naming the one sub-kegiatan (or kegiatan) a report is of: 'SUBKEGIATAN : <code> - <name>'
_NAMED_ABOVE = re.compile(r"^\s*(?:sub\s*-?\s*)?kegiatan\s*:\s*\S", re.IGNORECASE)


def _one_named_above(table: Table) -> tuple[str, str] | None:
    """The cell and text of the last label line above the header that names one sub-kegiatan or kegiatan ('SUB
    KEGIATAN : 1.02.02.2.01.0001 - …'), or None when no line above does."""
    found = None
    for i in range(table.header_row):
        for j, value in enumerate(table.grid.cells.iloc[i]):
            if isinstance(value, str) and _NAMED_ABOVE.match(value):
                found = (table.grid.cell_name(i, j), clean_text(value))
    return found


def _qualified(codes: pd.Series, levels: pd.Series) -> pd.Series:
    """Each code after its parent's, joined with a dot, for codes that are their parent's own (an output's komponen
    '051', the akun '533111' under it), so that each row's code is the table's once.

    Example:
        >>> codes = pd.Series(["2094.036.002", "051", "533111", "2094.038.002", "051"])
        >>> _qualified(codes, pd.Series(["program", "kegiatan", "sub_kegiatan", "program", "kegiatan"])).tolist()[3:]
        ['2094.038.002', '2094.038.002.051']
        >>> _qualified(codes, pd.Series(["program", "kegiatan", "sub_kegiatan", "program", "kegiatan"])).tolist()[2]
        '2094.036.002.051.533111'
    """
    parents = _parents(codes, levels)
    qualified: dict[int, str] = {}
    out = []
    for n, (code, parent) in enumerate(zip(codes, parents)):
        above = next((qualified[k] for k in range(n - 1, -1, -1) if codes.iloc[k] == parent), None) if parent else None
        qualified[n] = f"{above}.{code}" if above and isinstance(code, str) else code
        out.append(qualified[n])
    return pd.Series(out, index=codes.index, dtype=object)


def _parents(codes: pd.Series, levels: pd.Series) -> pd.Series:
    """Each row's parent: the nearest row above it one level up (codes need not nest textually)."""
    rank = {level: i for i, level in enumerate(LEVELS)}
    stack: dict[int, object] = {}
    parents = []
    for code, level in zip(codes, levels):
        depth = rank.get(level)
        parents.append(stack.get(depth - 1) if depth else None)
        if depth is not None:
            stack = {d: c for d, c in stack.items() if d < depth}
            stack[depth] = code
    return pd.Series(parents, index=codes.index, dtype=object)
