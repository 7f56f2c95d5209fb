"""Loading assets (sarana and prasarana) by condition: Tabel 1.5–1.6 of a LAKIP."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import InputError, Problem
from .parse import clean_text, is_no_value
from .notes import empty_notes, notes_frame, recognition_notes
from .recognise import Recognition
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
        >>> assets = load_assets("data/raw/2024/sarana.xlsx")  # doctest: +SKIP
        >>> assets.rows.groupby("category").size().to_dict()  # doctest: +SKIP
        {'prasarana': 2, 'sarana': 24}
    """
    path = Path(path)
    records: list[Recognition] = []
    tables = tables_in(path, {"assets": ("item",)}, extra_aliases=extra_aliases, limits=limits, records=records)
    problems: list[Problem] = []
    frames, stated = [], []
    for table in tables:
        if not any(table.has(c) for c in COUNTS):
            problems.append(table.grid.problem(table.header_row, None, None,
                                               "count columns: 'Baik' and 'Rusak' (under KONDISI), 'Mencukupi' and 'Kurang' (under JUMLAH)"))
            continue
        data, totals = split_totals(table, ("item",))
        if data.empty:
            problems.append(table.grid.problem(table.header_row + 1, None, None, "one row per item under the header"))
            continue
        header = table.column("item").header.lower()
        category = "prasarana" if "prasarana" in header or "prasarana" in table.grid.sheet.lower() else "sarana"
        problems += [table.problem(int(r), "item", None, "the name of the item") for r in data.loc[data["item"].map(is_no_value), "_row"]]
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
    return Assets(pd.concat(frames, ignore_index=True), [path], pd.concat(stated, ignore_index=True),
                  notes_frame(recognition_notes(records)), records)
