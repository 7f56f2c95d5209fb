"""Loading assets (sarana and prasarana) by condition: Tabel 1.5–1.6 of a LAKIP."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import InputError, Problem
from .parse import clean_text, is_no_value
from .tables import location, numbers, split_totals, tables_in

ASSET_COLUMNS = ("category", "item", "good", "damaged", "sufficient", "lacking", "note", "location")
COUNTS = ("good", "damaged", "sufficient", "lacking")


@dataclass
class Assets:
    """One row per item (:data:`ASSET_COLUMNS`); ``category`` is ``sarana`` or ``prasarana``
    (from the header or the sheet name). A ``-`` count is "no value", shown as ``-``."""

    rows: pd.DataFrame
    files: list[Path] = field(default_factory=list)


def load_assets(path: str | Path, *, extra_aliases: dict[str, dict[str, list[str]]] | None = None,
                limits: dict[str, float] | None = None) -> Assets:
    """Load the assets workbook.

    Example:
        >>> assets = load_assets("data/raw/2024/sarana.xlsx")  # doctest: +SKIP
        >>> assets.rows.groupby("category").size().to_dict()  # doctest: +SKIP
        {'prasarana': 2, 'sarana': 24}
    """
    path = Path(path)
    tables = tables_in(path, "assets", ("item",), extra_aliases=(extra_aliases or {}).get("assets"), limits=limits)
    problems: list[Problem] = []
    frames = []
    for table in tables:
        data, _ = split_totals(table, ("item",))
        header = table.column("item").header.lower()
        category = "prasarana" if "prasarana" in header or "prasarana" in table.grid.sheet.lower() else "sarana"
        counts = {c: numbers(table, data, c, problems, negative=False) for c in COUNTS}
        frames.append(pd.DataFrame({
            "category": category,
            "item": data["item"].map(clean_text),
            **counts,
            "note": data["note"].map(lambda v: None if is_no_value(v) else clean_text(v)) if "note" in data else None,
            "location": [location(table, int(r)) for r in data["_row"]],
        }))
    if problems:
        raise InputError(problems)
    return Assets(pd.concat(frames, ignore_index=True), [path])
