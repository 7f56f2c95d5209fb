"""Loading assets (sarana and prasarana) by condition: Tabel 1.5–1.6 of a LAKIP."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError, Problem
from ..formatting import format_number
from ..messages import expects
from .parse import asset_condition, clean_text, is_no_value
from .notes import empty_notes, note, notes_frame, recognition_notes
from .recognise import CONDITION_MARKS, Recognition, Table, is_mark
from .tables import location, refused, split_totals, tables_in, whole_numbers

ASSET_COLUMNS = ("category", "item", "good", "damaged", "sufficient", "lacking", "note", "location")
COUNTS = ("good", "damaged", "sufficient", "lacking")


TOTAL_COLUMNS = ("category", "label", *COUNTS, "location")


@dataclass
class Assets:
    """One row per item (:data:`ASSET_COLUMNS`); ``category`` is ``sarana`` or ``prasarana``
    (from the header or the sheet name). A ``-`` count is "no value", shown as ``-``.
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
    frames, stated = [], []
    notes: list[dict[str, str]] = []
    for table in tables:
        if not any(table.has(c) for c in COUNTS) and table.has("condition"):
            frames.append(_inventory(table, problems, notes))
            continue
        if not any(table.has(c) for c in COUNTS) and _remarks_are_conditions(table):
            frames.append(_inventory(table, problems, notes, condition="note"))
            continue
        if not any(table.has(c) for c in COUNTS):
            problems.append(table.problem(table.header_row, None, None,
                                          expects("asset_count_columns")))
            continue
        data, totals = split_totals(table, ("item",))
        if data.empty:
            problems.append(table.problem(table.header_row + 1, None, None, expects("rows_per_item")))
            continue
        header = table.column("item").header.lower()
        category = "prasarana" if "prasarana" in header or "prasarana" in table.grid.sheet.lower() else "sarana"
        problems += [table.problem(int(r), "item", None, expects("item_name")) for r in data.loc[data["item"].map(is_no_value), "_row"]]
        frames.append(pd.DataFrame({
            "category": category,
            "item": data["item"].map(clean_text),
            **{c: whole_numbers(table, data, c, problems, "items") for c in COUNTS},
            "note": data["note"].map(lambda v: None if is_no_value(v) else clean_text(v)) if "note" in data else None,
            "location": [location(table, int(r)) for r in data["_row"]],
        }))
        stated.append(pd.DataFrame({
            "category": category,
            "label": totals["_label"],
            **{c: whole_numbers(table, totals, c, problems, "items") for c in COUNTS},
            "location": [location(table, int(r)) for r in totals["_row"]],
        }, columns=TOTAL_COLUMNS))
    if problems:
        raise refused(problems, records)
    return Assets(pd.concat(frames, ignore_index=True), [path],
                  pd.concat(stated, ignore_index=True) if stated else pd.DataFrame(columns=TOTAL_COLUMNS),
                  notes_frame(recognition_notes(records) + notes), records)


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


def _remarks_are_conditions(table: Table) -> bool:
    """Whether a list of items without a condition or count column states each item's condition in its remarks
    (``Keterangan``: 'Baik', 'Kondisi kurang baik'), as a report or a thesis quoting an office's premises writes it: every
    remark, and at least one, reads as a condition (content, not the header's word: remarks saying anything else are
    left alone, and the table stays refused for want of a condition)."""
    if table.has("condition") or not table.has("note"):
        return False
    remarks = [v for v in table.frame["note"] if not is_no_value(v)]
    return bool(remarks) and all(asset_condition(v) is not None for v in remarks)


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
    for i in np.flatnonzero(conditions.isna().to_numpy() & ~data[condition].map(is_no_value).to_numpy()):
        problems.append(table.problem(int(data["_row"].iloc[i]), condition, data[condition].iloc[i],
                                      expects("condition")))
    quantity = whole_numbers(table, data, "quantity", problems, "items") if table.has("quantity") else pd.Series(1.0, index=data.index)
    names = data["item"].map(lambda v: None if is_no_value(v) else clean_text(v))
    problems += [table.problem(int(r), "item", None, expects("item_name")) for r in data.loc[names.isna(), "_row"]]
    counted = pd.DataFrame({"item": names, "condition": conditions, "n": quantity.fillna(1.0), "_row": data["_row"]}).dropna(subset=["item"])
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
