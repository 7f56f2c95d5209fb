"""Loading assets (sarana and prasarana) by condition: Tabel 1.5–1.6 of a LAKIP."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..domain import on_loan_words
from ..errors import Problem
from ..formatting import format_number
from ..messages import Pair, expects
from .parse import asset_condition, asset_lost, clean_text, damage_band, is_no_value
from .notes import amounts, empty_notes, note, notes_frame, recognition_notes
from .workbook import Grid, is_blank
from .recognise import CONDITION_MARKS, EARLIER_STATE, LATEST_STATE, STATED_QUANTITY, Recognition, Table, is_amount_sentence, is_mark
from .recognise.fields import header_words
from .recognise.sums import headed_total
from .recognise.table import row_of
from .tables import _cell as cell_of, location, refused, split_totals, sum_mismatches, tables_in, whole_numbers

ASSET_COLUMNS = ("category", "item", "good", "damaged", "sufficient", "lacking", "note", "location")
#: the role --explain gives a row of sums under an item (:func:`_note_rows`)
NOTE_ROW = "note on the item above"
COUNTS = ("good", "damaged", "sufficient", "lacking")


TOTAL_COLUMNS = ("category", "label", *COUNTS, "location")


@dataclass
class Assets:
    """One row per item (:data:`ASSET_COLUMNS`); ``category`` is ``sarana`` or ``prasarana``
    (from the header or the sheet name). A ``-`` count is "no value", shown as ``-``, unless the table's rows state
    their total and another count of the row holds a number: then it is 0.
    ``stated_totals``: the tables' ``Jumlah`` rows (:data:`TOTAL_COLUMNS`), never counted as items."""

    rows: pd.DataFrame
    files: list[Path] = field(default_factory=list)
    stated_totals: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TOTAL_COLUMNS))
    notes: pd.DataFrame = field(default_factory=empty_notes)
    #: how each table of the file was read (:class:`~lakip_lib.loading.recognise.Recognition`); empty when read from the cache
    recognition: list[Recognition] = field(default_factory=list)


def load_assets(path: str | Path, *, extra_aliases: dict[str, dict[str, list[str]]] | None = None,
                limits: dict[str, float] | None = None) -> Assets:
    """Load the assets workbook.

    Example:
        >>> assets = load_assets("data/raw/2024/sarana.xlsx")
        >>> assets.rows.groupby("category").size().to_dict()
        {'prasarana': 2, 'sarana': 24}
    """
    path = Path(path)
    records: list[Recognition] = []
    tables = tables_in(path, {"assets": ("item",)}, extra_aliases=extra_aliases, limits=limits, records=records)
    problems: list[Problem] = []
    frames: list[tuple[tuple[int, int], pd.DataFrame]] = []  # each with where it stands: its sheet's order, its row
    stated = []
    notes: list[dict[str, str]] = []
    countless: list[Table] = []  # lists naming items with no count nor condition (a database's categories or rooms)
    sheets = list(dict.fromkeys((t.grid.file, t.grid.sheet) for t in tables))
    views = _views(tables, notes)
    for table in tables:
        at = (sheets.index((table.grid.file, table.grid.sheet)), table.header_row)
        if id(table) in views:
            continue
        if not any(table.has(c) for c in COUNTS) and table.has("condition"):
            frames.append((at, _inventory(table, problems, notes)))
            continue
        if not any(table.has(c) for c in COUNTS) and _remarks_are_conditions(table):
            frames.append((at, _inventory(table, problems, notes, condition="note")))
            continue
        if not any(table.has(c) for c in COUNTS):
            countless.append(table)
            continue
        data, totals = split_totals(table, ("item",))
        if data.empty:
            problems.append(table.problem(table.header_row + 1, None, None, expects("rows_per_item")))
            continue
        if (moments := _moments(table)) is not None:
            notes.append(moments)
        header = table.column("item").header.lower()
        category = "prasarana" if "prasarana" in header or "prasarana" in table.grid.sheet.lower() else "sarana"
        problems += [table.problem(int(r), "item", None, expects("item_name")) for r in data.loc[data["item"].map(is_no_value), "_row"]]
        counts = _dashes_as_zero(table, data, {c: whole_numbers(table, data, c, problems, "items") for c in COUNTS})
        if table.has("quantity") and table.has("damaged") and not table.has("good"):
            counts["good"] = _good_of_quantity(table, data, counts["damaged"], problems)
        elif table.has("quantity") and table.column("quantity").how == STATED_QUANTITY:
            notes += _quantity_sums(table, data, counts, problems)
        if table.has("good"):
            counts = _on_loan(table, data, counts, notes)
        frames.append((at, _sections_added(table, data, pd.DataFrame({
            "category": category,
            "item": data["item"].map(clean_text),
            **counts,
            "note": data["note"].map(lambda v: None if is_no_value(v) else clean_text(v)) if "note" in data else None,
            "location": [location(table, int(r)) for r in data["_row"]],
        }), notes)))
        stated_counts = _dashes_as_zero(table, totals, {c: whole_numbers(table, totals, c, problems, "items") for c in COUNTS})
        notes += _total_sums(table, data, counts, totals, stated_counts)
        stated.append(pd.DataFrame({
            "category": category,
            "label": totals["_label"],
            **stated_counts,
            "location": [location(table, int(r)) for r in totals["_row"]],
        }, columns=TOTAL_COLUMNS))
    for sheet, (row, frame, said) in _condition_rows(tables):
        if frame is not None:
            frames.append(((sheets.index(sheet), row), frame))
        notes.append(said)
    _set_aside_countless(countless, frames, problems)
    if problems:
        raise refused(problems, records)
    frames.sort(key=lambda pair: pair[0])
    return Assets(pd.concat([frame for _, frame in frames], ignore_index=True), [path],
                  pd.concat(stated, ignore_index=True) if stated else pd.DataFrame(columns=TOTAL_COLUMNS),
                  notes_frame(recognition_notes(records) + notes), records)


def _quantity_sums(table: Table, data: pd.DataFrame, counts: dict[str, pd.Series], problems: list[Problem]) -> list[dict[str, str]]:
    """``sum_mismatch`` notes of the rows whose stated number of items (``quantity`` as :data:`STATED_QUANTITY` reads
    it: 'JUMLAH RUANG KELAS › RUANG KELAS' beside good and damaged, no other column unread) is not their good and damaged
    items added up: a published table's total that its conditions do not give (the report reads the conditions; the
    error says which row's total is wrong). A 'Jumlah' named by its spelling is not checked: beside it may stand a
    column (lost, in use) its total includes."""
    before = len(problems)
    stated = _dashes_as_zero(table, data, {**counts, "quantity": whole_numbers(table, data, "quantity", problems, "items")})["quantity"]
    if len(problems) > before:
        return []  # the bad cells are problems of their own
    summed = counts["good"].fillna(0) + counts["damaged"].fillna(0)
    return sum_mismatches(table, data, summed, stated, "quantity", Pair("Barang baik dan rusak", "good and damaged items"),
                          Pair("jumlah", "total"))


#: a year in a caption: sections of a table captioned by year are snapshots of the same items, never added up
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _section_captions(table: Table, data: pd.DataFrame) -> list[str] | None:
    """The caption of the section each data row stands in, for a count table printed as sections one under the
    other, each under a caption line and the header again (a school's recap with one table per class: 'Kelas VII A',
    'Barang | Kondisi Baik …', its items, then 'Kelas VII B' …): the first section's caption is the one text line right
    above the header, each other's the title line the recognition skipped before the header printed again. None when
    the table has no such sections: no title row in its body, a section without a caption, or captions that are all
    the same (a page turn repeating the table's title) or name a year (snapshots of the same items)."""
    record, grid = table.record, table.grid
    if record is None or record.header_rows is None:
        return None
    roles = dict(record.skipped_rows)
    titles = sorted(row - grid.row0 for row, role in record.skipped_rows
                    if role == "title" and roles.get(row + 1) == "repeated header")
    if not titles:
        return None

    def line(i: int) -> str | None:
        cells = [v for v in grid.cells.iloc[i] if not is_blank(v)] if 0 <= i < len(grid.cells) else []
        return clean_text(cells[0]) if len(cells) == 1 and isinstance(cells[0], str) else None

    first = line(record.header_rows[0] - grid.row0 - 1)
    captions = [first, *(line(i) for i in titles)]
    if any(c is None for c in captions) or len(set(captions)) != len(captions) or any(_YEAR.search(c) for c in captions):
        return None
    starts = [record.header_rows[0] - grid.row0, *titles]
    return [captions[int(np.searchsorted(starts, int(r), side="right")) - 1] for r in data["_row"]]


def _sections_added(table: Table, data: pd.DataFrame, frame: pd.DataFrame, notes: list[dict[str, str]]) -> pd.DataFrame:
    """``frame`` (one row per data row of ``table``) with the rows of an item named in several sections of the table
    (:func:`_section_captions`: 'Meja Siswa' under 'Kelas VII A', 'Kelas VII B' and 'Kelas VIII A') added up into one,
    at its first row, with an info ``items_added_over_sections`` note naming the items and the captions: the report
    lists items without their caption, and 'Meja Siswa' three times with no class is no reading of the table (an
    inventory of rooms adds its items up the same way). An item twice in one section is left as written, as are the
    items of a table with no captioned sections (a count table's rows per room or per satker stay apart).

    Example: 'Meja Siswa' 30 good, 2 damaged under 'Kelas VII A' and 28, 4 under 'Kelas VII B': one row, 58 and 6.
    """
    captions = _section_captions(table, data)
    if captions is None:
        return frame
    keys = frame["item"].map(lambda v: v.casefold() if isinstance(v, str) else None)
    frame = frame.assign(_key=keys.to_numpy(), _caption=captions)
    named = frame.dropna(subset=["_key"])
    per = named.groupby("_key", sort=False)["_caption"].agg(["size", "nunique"])
    added = per.index[(per["nunique"] > 1) & (per["size"] == per["nunique"])]
    if not len(added):
        return frame.drop(columns=["_key", "_caption"])
    # each row its own group, but the rows of an item added up: the group of that item's first row
    firsts = {key: i for i, key in reversed(list(enumerate(frame["_key"]))) if key in set(added)}
    groups = [firsts.get(key, i) for i, key in enumerate(frame["_key"])]
    rows = []
    for _, group in frame.groupby(groups, sort=False):
        first = group.iloc[0].copy()
        if len(group) > 1:
            for count in COUNTS:
                first[count] = group[count].sum(min_count=1)
            said = list(dict.fromkeys(v for v in group["note"] if isinstance(v, str)))
            first["note"] = "; ".join(said) if said else None
        rows.append(first)
    out = pd.DataFrame(rows).drop(columns=["_key", "_caption"]).reset_index(drop=True)
    names = list(dict.fromkeys(frame.loc[frame["_key"].isin(added), "item"]))
    shown = ", ".join(f"'{name}'" for name in names[:3]) + (" …" if len(names) > 3 else "")
    sections = list(dict.fromkeys(frame.loc[frame["_key"].isin(added), "_caption"]))
    where = ", ".join(f"'{c}'" for c in sections[:4]) + (" …" if len(sections) > 4 else "")
    notes.append(note("info", "items_added_over_sections", table.where,
                      f"{format_number(len(names))} barang tercantum di beberapa bagian tabel ({where}): {shown} "
                      "dijumlahkan per nama barang",
                      f"{format_number(len(names), 0, 'en')} {'items stand' if len(names) > 1 else 'item stands'} in "
                      f"several sections of the table ({where}): "
                      f"{shown} added up per item name"))
    return out


def _loan_column(table: Table, data: pd.DataFrame) -> tuple[str, str, pd.Series] | None:
    """The one column of a count table, not read, whose header names units out on loan (``on_loan_words.csv``:
    'Dipinjam', 'Sedang Dipinjam') and whose cells are counts ('2 unit'): its frame label, header, and counts; None when
    there is none, or several, or a cell that is no count (a borrower's name under 'Peminjam' is no such column)."""
    phrases = on_loan_words()
    found = [(label, path) for label, path in table.others
             if any(phrase <= header_words(path[-1]) for phrase in phrases) and label in data.columns]
    if len(found) != 1:
        return None
    label, path = found[0]
    scratch: list[Problem] = []
    counts = whole_numbers(table, data, label, scratch, "items")
    if scratch or counts.isna().all():
        return None
    return label, " › ".join(path), counts


def _on_loan(table: Table, data: pd.DataFrame, counts: dict[str, pd.Series],
             notes: list[dict[str, str]]) -> dict[str, pd.Series]:
    """``counts`` with the units out on loan of a count table's 'Dipinjam' column (:func:`_loan_column`) counted good:
    they are the agency's, and in use (a lending application lends its working units), so leaving them out would lose
    them from the report without a word. The table's own total beside them ('Total Unit', 'Jumlah') decides whether
    they are among the good ones already: where it is good + damaged on every row, nothing is added; else they are
    added, and each row whose total is not good + on loan + damaged is a ``sum_mismatch`` error at its total's cell.
    Either way an info ``on_loan`` note names the column and what was done; the columns are marked read.

    Example: Tersedia (Baik) '14 unit', Dipinjam '5 unit', Rusak Berat '1 unit', Total Unit '20 unit': good 19.
    Near miss: 'Baik 14 | Dipinjam 5 | Rusak 1 | Jumlah 15' counts the lent units among the 14 good, which stay 14.
    """
    loan = _loan_column(table, data)
    if loan is None:
        return counts
    label, header, lent = loan
    good, damaged = counts["good"], counts["damaged"].fillna(0) if table.has("damaged") else 0.0
    totals = [(c.label, c.header) for c in table.columns if c.name == "quantity"]
    totals += [(other, " › ".join(path)) for other, path in table.others if other != label and headed_total(path)]
    stated, total_header = None, None
    if len(totals) == 1 and totals[0][0] in data.columns:
        scratch: list[Problem] = []
        column = whole_numbers(table, data, totals[0][0], scratch, "items")
        if not scratch and column.notna().any():
            stated, total_header = column, totals[0][1]
    good_header = table.column("good").header
    if stated is not None:
        table.use(totals[0][0], Pair("jumlah tercantum, diperiksa", "stated total, checked"))
        inside = ((good.fillna(0) + damaged - stated).abs() <= 0.5) | stated.isna()
        if inside.all() and ((lent.fillna(0) > 0) & stated.notna()).any():
            table.use(label, Pair("dipinjam, termasuk baik", "on loan, among the good ones"))
            notes.append(note("info", "on_loan", table.where,
                              f"Kolom '{header}' (barang yang dipinjam) tidak ditambahkan: '{total_header}' sama dengan "
                              f"'{good_header}' ditambah yang rusak di setiap baris, jadi yang dipinjam sudah termasuk baik",
                              f"The '{header}' column (units on loan) is not added: '{total_header}' is '{good_header}' "
                              f"plus the damaged on every row, so the units on loan are among the good ones"))
            return counts
    counts = {**counts, "good": good.add(lent, fill_value=0).where(good.notna() | lent.notna())}
    table.use(label, Pair("bagian dari baik (dipinjam)", "part of good (on loan)"))
    by_id, by_en = (f", seperti '{total_header}' menghitungnya", f", as '{total_header}' counts them") if stated is not None else ("", "")
    notes.append(note("info", "on_loan", table.where,
                      f"Barang yang dipinjam (kolom '{header}') dihitung baik bersama '{good_header}'{by_id}: barangnya "
                      "milik instansi dan sedang dipakai",
                      f"The units on loan ('{header}' column) are counted good with '{good_header}'{by_en}: they are the "
                      "agency's and in use"))
    if stated is not None:
        summed = counts["good"].fillna(0) + damaged
        for i in np.flatnonzero(((summed - stated).abs() > 0.5).to_numpy() & stated.notna().to_numpy()):
            (got_id, got_en), (want_id, want_en) = amounts(summed.iloc[i]), amounts(stated.iloc[i])
            notes.append(note("error", "sum_mismatch", cell_of(table, int(data["_row"].iloc[i]), totals[0][0]),
                              f"Barang baik, dipinjam dan rusak baris ini berjumlah {got_id}, tidak sama dengan "
                              f"'{total_header}' yang tercantum {want_id}",
                              f"This row's good, on loan and damaged items add up to {got_en}, not its stated "
                              f"'{total_header}' {want_en}"))
    return counts


def _total_sums(table: Table, data: pd.DataFrame, counts: dict[str, pd.Series], totals: pd.DataFrame,
                stated: dict[str, pd.Series]) -> list[dict[str, str]]:
    """``sum_mismatch`` notes of a table's one total row under its items (``JUMLAH 17 34 7 19 77`` under rooms that add
    up to 872 good): each of its good and damaged counts that the item rows above it do not add up to. Several total
    rows may be subtotals of groups, and are not checked; nor is a count missing on either side.

    Example: rows of 571 … 17 good rooms (872) under 'JUMLAH 17': 'The rows' good items add up to 872, not the stated
    JUMLAH 17'.
    """
    if len(totals) != 1 or data.empty or int(totals["_row"].iloc[0]) < int(data["_row"].max()):
        return []
    label, row = clean_text(totals["_label"].iloc[0]), int(totals["_row"].iloc[0])
    notes = []
    for name, (what_id, what_en) in (("good", ("baik", "good")), ("damaged", ("rusak", "damaged"))):
        if not table.has(name) or counts[name].isna().all() or pd.isna(want := stated[name].iloc[0]):
            continue
        if abs((got := counts[name].sum()) - want) > 0.5:
            (got_id, got_en), (want_id, want_en) = amounts(got), amounts(want)
            notes.append(note("error", "sum_mismatch", location(table, row, name),
                              f"Barang {what_id} pada baris-baris tabel berjumlah {got_id}, tidak sama dengan {label} "
                              f"yang tercantum {want_id}",
                              f"The rows' {what_en} items add up to {got_en}, not the stated {label} {want_en}"))
    return notes


#: a cell printing a dash, the way a published table writes a zero count
_DASH = re.compile(r"^\s*[-\u2013\u2014]+\s*$")


def _dashes_as_zero(table: Table, data: pd.DataFrame, counts: dict[str, pd.Series]) -> dict[str, pd.Series]:
    """``counts`` with a count printed as a dash ('-', or every column of a count split over columns blank or '-')
    read as 0 on rows where another count holds a number, in a table whose rows state their total
    (:data:`STATED_QUANTITY`): 'Keterampilan | - | 2 | 2 | 1 | 5' has no good rooms, as its total says, it does not
    leave them unstated. Without a stated total a dash stays no value (a list may print '-' for a count not taken);
    so does a dash on a row of no numbers, and a blank cell.

    Example: good '-', damaged 5, total 5: good 0.
    """
    if not (table.has("quantity") and table.column("quantity").how == STATED_QUANTITY):
        return counts
    counts = dict(counts)
    present = [c for c in counts if table.has(c)]
    for label in present:
        cells = [c for c in (table.parts.get(label) or [label]) if c in data.columns]
        if not cells:
            continue
        raw = data[cells]
        dashed = (raw.map(lambda v: isinstance(v, str) and bool(_DASH.match(v))).any(axis=1)
                  & raw.map(lambda v: is_blank(v) or (isinstance(v, str) and bool(_DASH.match(v)))).all(axis=1))
        others = pd.concat([counts[c] for c in present if c != label], axis=1).notna().any(axis=1) if len(present) > 1 else False
        counts[label] = counts[label].mask(counts[label].isna() & dashed & others, 0.0)
    return counts


def _good_of_quantity(table: Table, data: pd.DataFrame, damaged: pd.Series, problems: list[Problem]) -> pd.Series:
    """The good items of a table that counts all of each item and those not working ('Jumlah | Tidak Berfungsi', a
    facilities monev; 'Jumlah | Rusak'): the whole count less the damaged. A row whose damaged exceed its whole count
    is a problem at that cell, never a negative count of good ones.

    Example: Jumlah '18 unit', Tidak Berfungsi '3 unit': good 15, damaged 3.
    """
    quantity = whole_numbers(table, data, "quantity", problems, "items")
    good = quantity - damaged.fillna(0)
    header = table.column("quantity").header
    for i in np.flatnonzero((good < 0).to_numpy()):
        problems.append(table.problem(int(data["_row"].iloc[i]), "damaged", data["damaged"].iloc[i] if "damaged" in data else None,
                                      expects("damaged_within_quantity", quantity=header)))
    return good.where(good >= 0)


def _set_aside_countless(countless: list[Table], frames: list, problems: list[Problem]) -> None:
    """The lists of items with neither count columns nor a condition (a spreadsheet database's 'Kategori' or 'Ruangan'
    sheet: codes and names, no quantity): set aside with a ``table_skipped`` note when another table of the file gives
    items by condition, since such a list only names what the inventory counts; each refused naming its header when
    none does, so that a file of lists alone is never read as holding no asset.

    Example: a workbook with sheets 'Kategori' (ID | Kode_Kategori | Deskripsi) and 'Barang' (Nama_Barang | Kondisi |
    Jumlah) is read from 'Barang', 'Kategori' noted as not used; 'Kategori' alone is refused."""
    for table in countless:
        if frames and table.record is not None:
            table.record.skip("it names items with no count nor condition, and another table of the file counts them",
                              "tabel ini menyebut barang tanpa jumlah maupun kondisi, dan tabel lain dalam berkas "
                              "menghitungnya")
        else:
            problems.append(table.problem(table.header_row, None, None, expects("asset_count_columns")))


def _moments(table: Table) -> dict[str, str] | None:
    """A note for a table whose conditions are stated at several moments (:data:`~.recognise.LATEST_STATE`): the latest
    state is counted, the columns of the others named as set aside; None for any other table."""
    columns = table.record.columns if table.record is not None else []
    latest = [f"'{path}'" for _, path, _, how in columns if how == LATEST_STATE]
    aside = [f"'{path}'" for _, path, _, how in columns if how == EARLIER_STATE]
    if not latest or not aside:
        return None
    kept, other = ", ".join(latest), ", ".join(aside)
    return note("info", "latest_state", table.where,
                f"Kondisi barang dibaca dari keadaan terakhir ({kept}); kolom kondisi pada saat lain ({other}) adalah "
                "riwayatnya (keadaan sebelumnya, penghapusan) dan tidak dijumlahkan",
                f"Item conditions read from the latest state ({kept}); the condition columns of other moments ({other}) "
                "are its history (an earlier state, deletions) and are not added in")


#: an enumerator before a title ('A. DATA RUANG BELAJAR'), no part of what it names
_ENUMERATOR = re.compile(r"^(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s+")


def _condition_rows(tables: list[Table]) -> list[tuple[tuple[str, str], tuple[int, pd.DataFrame | None, dict[str, str]]]]:
    """The blocks of rows outside the tables read whose first cells are condition words with counts beside them (a
    school's classrooms: 'Baik', 'Rusak Ringan' … as rows across size columns, under a header naming no item), each
    with its sheet, its first row, and either one item (named by the title above the block, counted in the column that
    adds up the columns between the words and it, or in the only column of counts) with an info note, or None with a
    warning naming the cells: counts the report would otherwise leave out without a word. A block needs a good and a
    damaged row and one count at least (a key of conditions, 'Baik | Kerusakan ≤ 15%', holds none)."""
    sheets: dict[tuple[str, str], list[Table]] = {}
    for table in tables:
        sheets.setdefault((table.grid.file, table.grid.sheet), []).append(table)
    found = []
    for sheet, same in sheets.items():
        grid = same[0].grid
        read = set()
        for table in same:
            record = table.record
            if record is not None and record.header_rows and record.body_rows:
                read.update(range(record.header_rows[0] - grid.row0, record.body_rows[1] - grid.row0))
        cells = grid.cells.to_numpy(dtype=object)
        for j in range(cells.shape[1]):
            block: list[int] = []
            for i in [*range(cells.shape[0]), None]:
                if i is not None and i not in read and _counts_by_condition(cells[i, j:]):
                    block.append(i)
                    continue
                states = {asset_condition(cells[k, j]) for k in block}
                if states >= {"good", "damaged"} and any(_is_count(v) for k in block for v in cells[k, j + 1:]):
                    found.append((sheet, (block[0], *_block_item(grid, cells, block, j))))
                block = []
    return found


def _block_item(grid: Grid, cells: np.ndarray, block: list[int], j: int) -> tuple[pd.DataFrame | None, dict[str, str]]:
    """The one item a block of condition rows counts (see :func:`_condition_rows`), or None, and what is said of it."""
    first, last = grid.cell_name(block[0], j), grid.cell_name(block[-1], j)
    where = f"{grid.file}:{grid.sheet}!{first}"

    def count(v: object) -> float | None:
        return float(v) if _is_count(v) else 0.0 if is_no_value(v) else None

    numbered = [k for k in range(j + 1, cells.shape[1]) if any(_is_count(cells[i, k]) for i in block)
                and all(count(cells[i, k]) is not None for i in block)]
    totals = [k for k in numbered if k - j > 2 and any(count(cells[i, k]) for i in block) and all(
        all(count(cells[i, m]) is not None for m in range(j + 1, k))
        and count(cells[i, k]) == sum(count(cells[i, m]) for m in range(j + 1, k)) for i in block)]
    column = totals[0] if len(totals) == 1 else numbered[0] if len(numbered) == 1 else None
    title = None
    for i in range(block[0] - 1, -1, -1):
        filled = [v for v in cells[i] if not is_blank(v)]
        if not filled:
            break
        if len(filled) == 1 and isinstance(filled[0], str):
            title = _ENUMERATOR.sub("", clean_text(filled[0])).strip()
            break
    word = clean_text(cells[block[0], j])
    if column is None or not title:
        return None, note("warning", "conditions_unread", where,
                          f"Sel {first}:{last} menyebut kondisi ('{word}' …) dengan jumlah di sampingnya, tetapi tidak ada "
                          "tabel barang yang terbaca di sana (tidak ada kolom nama barang, judul, atau satu kolom jumlah): "
                          "jumlah itu tidak masuk laporan; tulis sebagai satu baris per barang dengan kolom Baik dan Rusak",
                          f"Cells {first}:{last} state conditions ('{word}' …) with counts beside them, but no table of items "
                          "was read there (no column naming the item, no title, or no one count column): those counts are "
                          "not in the report; write them as one row per item with Baik and Rusak columns")
    by = {state: sum(count(cells[i, column]) for i in block if asset_condition(cells[i, j]) == state)
          for state in ("good", "damaged")}
    header = next((clean_text(cells[i, column]) for i in range(block[0] - 1, -1, -1) if not is_blank(cells[i, column])), "")
    # as a table's: prasarana when its title or its sheet says so
    category = "prasarana" if "prasarana" in title.lower() or "prasarana" in grid.sheet.lower() else "sarana"
    frame = pd.DataFrame([{"category": category, "item": title, **by, "sufficient": float("nan"), "lacking": float("nan"),
                           "note": None, "location": f"{grid.file}:{grid.sheet}!row {grid.row0 + block[0]}"}],
                         columns=list(ASSET_COLUMNS))
    return frame, note("info", "condition_rows", where,
                       f"'{title}' dihitung dari baris kondisinya ({first}:{last}), jumlahnya di kolom '{header}'",
                       f"'{title}' counted from its condition rows ({first}:{last}), its counts in the '{header}' column")


def _is_count(value: object) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool) and not pd.isna(value)


def _counts_by_condition(row: np.ndarray) -> bool:
    """Whether a row starts with a condition word (not a code letter) with a count, or a dash for none, beside it."""
    first = row[0]
    return isinstance(first, str) and len(clean_text(first)) > 3 and asset_condition(first) is not None \
        and any(_is_count(v) or (isinstance(v, str) and is_no_value(v) and v.strip()) for v in row[1:])


def _condition_from_marks(table: Table) -> str | None:
    """Of an inventory whose condition is a mark under one column per condition (recognised
    :data:`~.recognise.CONDITION_MARKS`: a DBR's 'X' under B | RR | RB), each row's condition as the header of the column
    it marks, into its ``condition`` column; a row marking several keeps their headers joined and a cell that is no
    mark its text, both refused as conditions naming the cell. The marked columns' headers, quoted, or None."""
    column = next((c for c in table.columns if c.name == "condition" and c.how == CONDITION_MARKS), None)
    if column is None:
        return None
    parts = table.parts[column.label]
    leaves = [table.part_paths[part][-1] for part in parts]

    def value(row: np.ndarray) -> object:
        odd = [cell for cell in row if not is_no_value(cell) and not is_mark(cell)]
        if odd:
            return odd[0]
        ticked = [leaf for leaf, cell in zip(leaves, row) if is_mark(cell)]
        return " + ".join(ticked) if ticked else None

    cells = table.frame[parts].to_numpy(dtype=object)
    table.frame[column.label] = pd.Series([value(row) for row in cells], index=table.frame.index, dtype=object)
    return ", ".join(f"'{leaf}'" for leaf in leaves)


def _no_condition(table: Table, blank: pd.DataFrame, condition: str) -> dict[str, str]:
    """A warning for the items whose condition cell is empty: counted neither good nor damaged, so the table of
    conditions holds fewer items than the inventory; it names them, and the column to fill in."""
    n = int(blank["n"].sum())
    names = list(dict.fromkeys(blank["item"]))
    shown = ", ".join(f"'{name}'" for name in names[:3]) + (" …" if len(names) > 3 else "")
    header = table.column(condition).header if table.has(condition) else condition
    return note("warning", "condition_missing", location(table, int(blank["_row"].iloc[0])),
                f"{format_number(n)} barang tanpa kondisi ({shown}) tidak dihitung baik maupun rusak; isi kondisinya "
                f"di kolom '{header}' (B, KB, RB)",
                f"{format_number(n, 0, 'en')} items with no condition ({shown}) are counted neither good nor damaged; "
                f"fill in their condition in the '{header}' column (B, KB, RB)")


def _good_limit(table: Table) -> tuple[float, str | None]:
    """The highest share of damage (in %) still good, and where the sheet says so: the key a school's facilities page
    prints under its tables (``Baik | Kerusakan ≤ 15%``, a row whose condition 'Baik' is followed by a damage limit from
    0%). Without one key, 0% with None: the standard grades (Kementerian PUPR's, used for school buildings) start
    damage at any share above none (rusak ringan up to 30%, sedang to 45%, berat above)."""
    cells = table.grid.cells
    limits: dict[float, str] = {}
    for i, row in enumerate(cells.itertuples(index=False)):
        filled = [(j, v) for j, v in zip(cells.columns, row) if not is_no_value(v)]
        for (_, word), (j, said) in zip(filled, filled[1:]):
            if isinstance(word, str) and asset_condition(word) == "good" and (band := damage_band(said)) and band[0] == 0:
                limits.setdefault(band[1], table.grid.cell_name(i, j))
    return next(iter(limits.items())) if len(limits) == 1 else (0.0, None)


def _by_damage(band: tuple[float, float] | float, limit: float) -> str | None:
    """``good`` for a share of damage (or a band of them) at most ``limit``, ``damaged`` for one from the limit up (a band
    starting at the limit is the grade above it, as a key chains its bands: ``≤ 15%``, then ``15% – ≤ 30%``), None for a
    band across the limit, which says neither. Example: ``_by_damage((15.0, 30.0), 15.0)`` is 'damaged'."""
    if not isinstance(band, tuple):
        return None
    low, high = band
    return "good" if high <= limit else "damaged" if low >= limit else None


def _damage_note(table: Table, cells: pd.Series, limit: float, key: str | None) -> dict[str, str]:
    """An info note: the conditions written as shares of damage, and the limit of good they were read by."""
    shown = ", ".join(f"'{clean_text(v)}'" for v in list(dict.fromkeys(cells))[:3])
    n, pct = len(cells), format_number(limit)
    by_id, by_en = ((f"sampai {pct}% baik menurut keterangan kondisi di sel {key}, di atasnya rusak",
                     f"up to {format_number(limit, 0, 'en')}% good by the key of conditions in cell {key}, above it damaged")
                    if key else
                    ("tanpa keterangan kondisi, 0% baik dan kerusakan berapa pun di atasnya rusak (menurut pedoman "
                     "Kementerian PUPR: rusak ringan sampai 30%, sedang sampai 45%, berat di atasnya)",
                     "no key of conditions: 0% good and any damage above it damaged (by the Kementerian PUPR grades: "
                     "rusak ringan up to 30%, sedang up to 45%, berat above)"))
    return note("info", "damage_shares", table.where,
                f"Kondisi {format_number(n)} barang ditulis sebagai persentase kerusakan ({shown}): {by_id}",
                f"The condition of {format_number(n, 0, 'en')} items written as shares of damage ({shown}): {by_en}")


def _lost(table: Table, rows: pd.DataFrame, condition: str) -> dict[str, str]:
    """An info note naming the items of an inventory whose condition says they are lost (:func:`~.parse.asset_lost`):
    counted neither good nor damaged, so the items add up to fewer than the register's rows (or a 'Total Aset' that
    counts them)."""
    names = list(dict.fromkeys(clean_text(v) for v in rows["item"] if not is_no_value(v)))
    shown = ", ".join(f"'{name}'" for name in names[:3]) + (" …" if len(names) > 3 else "")
    n, header = len(rows), table.column(condition).header
    word = clean_text(rows[condition].iloc[0])
    return note("info", "items_lost", location(table, int(rows["_row"].iloc[0])),
                f"{format_number(n)} baris barang dengan kondisi '{word}' di kolom '{header}' ({shown}) tidak dihitung "
                "baik maupun rusak: barangnya tidak ada lagi",
                f"{format_number(n, 0, 'en')} item rows whose condition in the '{header}' column is '{word}' ({shown}) are "
                "counted neither good nor damaged: the items are no longer held")


def _not_held(table: Table, rows: pd.DataFrame) -> dict[str, str]:
    """An info note naming the rows of an inventory that state neither a count nor a condition: no item counted."""
    names = list(dict.fromkeys(rows["item"]))
    shown = ", ".join(f"'{name}'" for name in names[:3]) + (" …" if len(names) > 3 else "")
    n = len(rows)
    return note("info", "items_not_held", location(table, int(rows["_row"].iloc[0])),
                f"{format_number(n)} baris tanpa jumlah maupun kondisi ({shown}) tidak dihitung sebagai barang: tidak "
                f"ada barangnya",
                f"{format_number(n, 0, 'en')} rows with neither a count nor a condition ({shown}) are counted as no "
                f"item: none is held")


def _note_rows(table: Table, rows: pd.DataFrame) -> dict[str, str]:
    """An info note naming the rows of an inventory whose name is a sentence of sums under an item: no item counted."""
    shown = ", ".join(str(table.grid.row0 + int(r)) for r in rows["_row"])
    n = len(rows)
    return note("info", "note_rows", location(table, int(rows["_row"].iloc[0])),
                f"{format_number(n)} baris tanpa kondisi yang namanya berupa kalimat perhitungan nilai dalam Rp (baris "
                f"{shown}) dibaca sebagai catatan atas barang di atasnya, bukan barang",
                f"{format_number(n, 0, 'en')} rows with no condition whose name is a sentence working out values in Rp "
                f"(row {shown}) are read as notes on the item above, not as items")


def _remarks_are_conditions(table: Table) -> bool:
    """Whether a list of items without a condition or count column states each item's condition in its remarks
    (``Keterangan``: 'Baik', 'Kondisi kurang baik'), as a report or a thesis quoting an office's premises writes it: every
    remark, and at least one, reads as a condition (content, not the header's word: remarks saying anything else are
    left alone, and the table stays refused for want of a condition)."""
    if table.has("condition") or not table.has("note"):
        return False
    remarks = [v for v in table.frame["note"] if not is_no_value(v)]
    return bool(remarks) and all(asset_condition(v) is not None for v in remarks)


def _cell_key(value: object) -> object:
    """A cell as two sheets' rows are compared (:func:`_views`): nothing for an empty or '-' cell, a number as a float
    (``2`` and ``2.0`` alike), text without case or extra spaces."""
    if is_no_value(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    return clean_text(value).casefold()


def _item_cells(table: Table) -> dict[str, tuple[str, pd.Series]]:
    """The header and cells of each column of an inventory's item rows (its total rows left out) by what they hold: a
    field by its name (``item``, ``condition``, ``quantity``, ``note``), another column by its header's words
    (``#lokasi``), so that two tables' columns headed alike line up whatever their order."""
    data, _ = split_totals(table, ("item",))
    data = data[~data["item"].map(is_no_value)]
    cells = {c.label: (c.header, data[c.label]) for c in table.columns
             if c.label in data and c.label in ("item", "condition", "quantity", "note")}
    for label, path in table.others:
        if label in data and path and not is_no_value(path[-1]):
            cells.setdefault("#" + clean_text(path[-1]).casefold(), (clean_text(path[-1]), data[label]))
    return cells


def _views(tables: list[Table], notes: list[dict[str, str]]) -> set[int]:
    """The inventories (one row per item or lot with its condition) that are views of another sheet's: every item row
    found, cell for cell, among that sheet's rows (a row matching one row only), in the item's name, its condition as
    written, its quantity and every other column both head alike, at least one of them (``Lokasi``, ``Kategori``,
    ``Keterangan``): a report's 'Kondisi Barang' sheet repeating the damaged items of its 'Data Inventaris'. Added in
    again, those items would count twice; each view is set aside (its record's ``table_skipped`` note names both
    sheets). Of two sheets holding the same rows the later is the view. The ids of the tables set aside.

    A sheet of other rooms' items, or of the same items in other quantities or places, is no view: it is counted.
    """
    inventories = [t for t in tables if not any(t.has(c) for c in COUNTS) and (t.has("condition") or _remarks_are_conditions(t))]
    cells = {id(t): _item_cells(t) for t in inventories}
    views: set[int] = set()
    for n, table in enumerate(inventories):
        mine = cells[id(table)]
        if "item" not in mine or not len(mine["item"][1]):
            continue
        for k, other in enumerate(inventories):
            theirs = cells[id(other)]
            if other.grid.sheet == table.grid.sheet or id(other) in views or "item" not in theirs:
                continue
            size, their_size = len(mine["item"][1]), len(theirs["item"][1])
            if size > their_size or (size == their_size and n < k):
                continue  # the view is the smaller sheet, or the later of two alike
            keys = [key for key in mine if key in theirs]
            if "condition" not in keys or ("quantity" in mine) != ("quantity" in theirs) \
                    or not any(key not in ("item", "condition", "quantity") for key in keys):
                continue  # rows told apart by nothing but a name, a condition and a count may be another room's
            rows = lambda cols: Counter(zip(*[cols[key][1].map(_cell_key) for key in keys]))  # noqa: E731
            if rows(mine) <= rows(theirs):
                views.add(id(table))
                headers = ", ".join(f"'{mine[key][0]}'" for key in keys)
                reason = (f"its {size} item rows are rows of sheet '{other.grid.sheet}', each with the same {headers}: a "
                          "view of that sheet, its items counted once, from there",
                          f"{size} baris barangnya adalah baris sheet '{other.grid.sheet}', masing-masing dengan {headers} "
                          "yang sama: tampilan ulang sheet itu, barangnya dihitung sekali, dari sana")
                if table.record is not None:
                    table.record.skip(*reason)
                else:
                    notes.append(note("info", "table_skipped", table.where, f"Tabel tidak dipakai: {reason[1]}",
                                      f"Table not used: {reason[0]}"))
                break
    return views


def _inventory(table: Table, problems: list[Problem], notes: list[dict[str, str]], *,
               condition: str = "condition") -> pd.DataFrame:
    """An inventory of one row per item (or per lot, with its ``Jumlah``) and its ``Kondisi`` (B, KB, RB; Baik, Rusak
    Ringan, Rusak Berat), as the KIB of SIMDA BMD or SIMAK BMN export it: the items of one name added up by condition,
    one row each, in the order they first appear; a note says so. ``condition``: the column stating it (``note``: the
    remarks, see :func:`_remarks_are_conditions`)."""
    marked = _condition_from_marks(table)
    data, _ = split_totals(table, ("item",))
    if data.empty:
        problems.append(table.problem(table.header_row + 1, None, None, expects("rows_per_item")))
        return pd.DataFrame(columns=ASSET_COLUMNS)
    conditions = data[condition].map(asset_condition)
    bands = data[condition].map(damage_band).where(conditions.isna())
    if bands.notna().any():
        limit, key = _good_limit(table)
        conditions = conditions.where(bands.isna(), bands.map(lambda band: _by_damage(band, limit)))
        notes.append(_damage_note(table, data.loc[bands.notna(), condition], limit, key))
    # an item written as lost (Hilang) is still on the register but neither good nor damaged: set aside, said in a note
    lost = conditions.isna() & data[condition].map(asset_lost)
    if lost.any():
        notes.append(_lost(table, data.loc[lost], condition))
        data, conditions = data.loc[~lost], conditions.loc[~lost]
    for i in np.flatnonzero(conditions.isna().to_numpy() & ~data[condition].map(is_no_value).to_numpy()):
        straddles = bands.iloc[i] is not None and not pd.isna(bands.iloc[i])
        problems.append(table.problem(int(data["_row"].iloc[i]), condition, data[condition].iloc[i],
                                      expects("damage_across", limit=format_number(limit)) if straddles
                                      else expects("condition")))
    quantity = whole_numbers(table, data, "quantity", problems, "items") if table.has("quantity") else pd.Series(1.0, index=data.index)
    names = data["item"].map(lambda v: None if is_no_value(v) else clean_text(v))
    problems += [table.problem(int(r), "item", None, expects("item_name")) for r in data.loc[names.isna(), "_row"]]
    counted = pd.DataFrame({"item": names, "condition": conditions, "n": quantity.fillna(1.0), "_row": data["_row"]}).dropna(subset=["item"])
    if table.has("quantity") and len(none := counted[data.loc[counted.index, "quantity"].map(is_no_value)
                                                    & data.loc[counted.index, condition].map(is_no_value)]):
        # a row stating neither a count nor a condition ('–' under both: a room the school does not have) holds no item;
        # counted as one, it would be an item of no condition the agency never had
        counted = counted.drop(none.index)
        notes.append(_not_held(table, none))
    after_first = np.arange(len(counted)) > 0
    if len(sums := counted[after_first & np.array([is_amount_sentence(v) for v in counted["item"]], dtype=bool)
                           & data.loc[counted.index, condition].map(is_no_value).to_numpy(dtype=bool)]):
        # a sentence working out an item's value ('Nilai Bangunan Awal Rp. … Jadi Nilai Bangunan = …') under a listed
        # item, with no condition of its own, is a note on that item (the card's '1.1' row): counted, it would be a
        # second item named by the sentence
        if table.has("quantity"):
            sums = sums[data.loc[sums.index, "quantity"].map(is_no_value).to_numpy(dtype=bool)]
        counted = counted.drop(sums.index)
        if len(sums):
            notes.append(_note_rows(table, sums))
            if table.record is not None:
                table.record.skipped_rows = sorted(table.record.skipped_rows + [
                    (table.grid.row0 + int(r), NOTE_ROW) for r in sums["_row"]], key=row_of)
    if counted.empty:  # no row names its item: each is a problem above, and there is nothing to count
        return pd.DataFrame(columns=ASSET_COLUMNS)
    if len(blank := counted[counted["condition"].isna() & data.loc[counted.index, condition].map(is_no_value)]):
        notes.append(_no_condition(table, blank, condition))
    grouped = counted.groupby("item", sort=False)
    header = table.column("item").header.lower()
    category = "prasarana" if "prasarana" in header or "prasarana" in table.grid.sheet.lower() else "sarana"
    out = pd.DataFrame({
        "category": category,
        "item": list(grouped.groups),
        "good": grouped.apply(lambda g: g.loc[g["condition"].eq("good"), "n"].sum(), include_groups=False).to_numpy(),
        "damaged": grouped.apply(lambda g: g.loc[g["condition"].eq("damaged"), "n"].sum(), include_groups=False).to_numpy(),
        "sufficient": float("nan"),
        "lacking": float("nan"),
        "note": None,
        "location": [location(table, int(r)) for r in grouped["_row"].first()],
    })
    marks_id, marks_en = (f"; kondisi tiap barang adalah judul kolom yang bertanda ({marked})",
                          f"; each item's condition is the header of the column marked ({marked})") if marked else ("", "")
    if condition == "note":
        header = table.column("note").header
        marks_id += f"; kondisi tiap barang dibaca dari kolom '{header}', yang hanya menyebut kondisi"
        marks_en += f"; each item's condition read from the '{header}' column, which states nothing else"
    notes.append(note("info", "items_counted", table.where,
                      f"{len(counted)} baris barang dijumlahkan per nama barang menurut kondisinya (B = baik; KB, RR, RB = "
                      f"rusak){marks_id}",
                      f"{len(counted)} item rows added up per item name by their condition (B = good; KB, RR, RB = "
                      f"damaged){marks_en}"))
    return out[list(ASSET_COLUMNS)]
