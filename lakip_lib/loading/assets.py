"""Loading assets (sarana and prasarana) by condition: Tabel 1.5–1.6 of a LAKIP."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError, Problem
from ..messages import expects
from .parse import alias_key, clean_text, is_no_value
from .notes import empty_notes, note, notes_frame, recognition_notes
from .recognise import Recognition, Table
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


#: a condition as inventories (KIB, Buku Inventaris of SIMDA BMD, SIMAK BMN) write it → good or damaged
_CONDITIONS = {"b": "good", "baik": "good", "kb": "damaged", "kurangbaik": "damaged", "rr": "damaged", "rusakringan": "damaged",
               "rb": "damaged", "rusakberat": "damaged", "rusak": "damaged"}


def _inventory(table: Table, problems: list[Problem], notes: list[dict[str, str]]) -> pd.DataFrame:
    """An inventory of one row per item (or per lot, with its ``Jumlah``) and its ``Kondisi`` (B, KB, RB; Baik, Rusak
    Ringan, Rusak Berat), as the KIB of SIMDA BMD or SIMAK BMN export it: the items of one name added up by condition,
    one row each, in the order they first appear; a note says so."""
    data, _ = split_totals(table, ("item",))
    if data.empty:
        problems.append(table.problem(table.header_row + 1, None, None, expects("rows_per_item")))
        return pd.DataFrame(columns=ASSET_COLUMNS)
    conditions = data["condition"].map(lambda v: None if is_no_value(v) else _CONDITIONS.get(alias_key(v)))
    for i in np.flatnonzero(conditions.isna().to_numpy() & ~data["condition"].map(is_no_value).to_numpy()):
        problems.append(table.problem(int(data["_row"].iloc[i]), "condition", data["condition"].iloc[i],
                                      expects("condition")))
    quantity = whole_numbers(table, data, "quantity", problems, "items") if table.has("quantity") else pd.Series(1.0, index=data.index)
    names = data["item"].map(lambda v: None if is_no_value(v) else clean_text(v))
    problems += [table.problem(int(r), "item", None, expects("item_name")) for r in data.loc[names.isna(), "_row"]]
    counted = pd.DataFrame({"item": names, "condition": conditions, "n": quantity.fillna(1.0), "_row": data["_row"]}).dropna(subset=["item"])
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
    notes.append(note("info", "items_counted", table.where,
                      f"{len(counted)} baris barang dijumlahkan per nama barang menurut kondisinya (B = baik; KB, RR, RB = rusak)",
                      f"{len(counted)} item rows added up per item name by their condition (B = good; KB, RR, RB = damaged)"))
    return out[list(ASSET_COLUMNS)]
