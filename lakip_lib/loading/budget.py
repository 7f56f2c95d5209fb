"""Loading budget realisation exports: program → kegiatan → sub-kegiatan.

The level of each row comes from an explicit level column, or from the depth
of its code (``5.03.02`` program, ``5.03.02.1.01`` kegiatan,
``5.03.02.1.01.0005`` sub-kegiatan; or ``1``, ``1.1``, ``1.1.1``): the
shallowest depth in the file is the program. Amounts are kept as stated,
program subtotals included; a ``JUMLAH``/``TOTAL`` row is kept aside as a
stated total for the reconciliation checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import InputError, Problem
from .header import Table
from .parse import alias_key, clean_text, is_no_value
from .tables import location, numbers, split_totals, tables_in

LEVELS = ("program", "kegiatan", "sub_kegiatan")
BUDGET_COLUMNS = ("code", "name", "level", "parent", "budget", "realised", "stated_pct", "pct_decimals", "location")
_LEVEL_NAMES = {"program": "program", "kegiatan": "kegiatan", "subkegiatan": "sub_kegiatan", "sub": "sub_kegiatan"}
_CODE = re.compile(r"^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*\.?$")


@dataclass
class Budget:
    """Budget rows (:data:`BUDGET_COLUMNS`) and the totals the export states.

    ``stated_totals``: ``label, budget, realised, stated_pct, pct_decimals, location``.
    """

    rows: pd.DataFrame
    stated_totals: pd.DataFrame
    files: list[Path] = field(default_factory=list)


def load_budget(path: str | Path, *, year: int | None = None,
                extra_aliases: dict[str, dict[str, list[str]]] | None = None,
                limits: dict[str, float] | None = None) -> Budget:
    """Load a budget realisation export.

    Example:
        >>> budget = load_budget("data/raw/2024/anggaran.xlsx", year=2024)  # doctest: +SKIP
        >>> budget.rows.loc[0, ["code", "level", "budget"]].tolist()  # doctest: +SKIP
        ['5.03.01', 'program', 13201715554.0]
    """
    path = Path(path)
    tables = tables_in(path, "budget", ("name", "budget"), extra_aliases=(extra_aliases or {}).get("budget"), limits=limits)
    problems: list[Problem] = []
    rows, totals = [], []
    for table in tables:
        data, stated = _table(table, year, problems)
        rows.append(data)
        totals.append(stated)
    if problems:
        raise InputError(problems)
    return Budget(pd.concat(rows, ignore_index=True), pd.concat(totals, ignore_index=True), [path])


def _label(table: Table, name: str) -> str | None:
    """The frame label of a column by canonical name, year-bearing or not."""
    return next((c.label for c in table.columns if c.name == name), None)


def _table(table: Table, year: int | None, problems: list[Problem]) -> tuple[pd.DataFrame, pd.DataFrame]:
    years = sorted({c.year for c in table.columns if c.name in ("budget", "realised") and c.year is not None})
    if year is not None and years and year not in years:
        column = next(c for c in table.columns if c.year is not None)
        problems.append(table.grid.problem(table.header_row, column.index, column.header,
                                           f"amounts for {year} (the report's year); this sheet has {', '.join(map(str, years))}"))
    labels = {name: _label(table, name) for name in ("code", "number", "name", "level", "budget", "realised", "stated_pct")}
    data, totals = split_totals(table, tuple(l for l in (labels["name"], labels["code"], labels["number"]) if l))
    if data.empty:
        problems.append(table.grid.problem(table.header_row + 1, None, None,
                                           "program and kegiatan rows (the table has only total rows)" if len(totals) else "budget rows under the header"))
        return pd.DataFrame(columns=BUDGET_COLUMNS), _totals(table, totals, labels, problems)
    amounts = {k: numbers(table, data, labels[k], problems, negative=False) if labels[k] else pd.Series(float("nan"), index=data.index)
               for k in ("budget", "realised")}
    pct = numbers(table, data, labels["stated_pct"], problems) if labels["stated_pct"] else pd.Series(float("nan"), index=data.index)
    code_label = labels["code"] or labels["number"]
    codes = data[code_label].map(lambda v: None if is_no_value(v) else clean_text(v).rstrip(".")) if code_label else pd.Series(None, index=data.index)
    for i, code in codes.items():
        if code is not None and not _CODE.match(code):
            problems.append(table.problem(int(data.at[i, "_row"]), code_label, code, "a program/kegiatan code such as 5.03.02 or 5.03.02.1.01"))
    levels = _levels(table, data, codes, labels["level"], problems)
    out = pd.DataFrame({
        "code": codes.astype(object),
        "name": data[labels["name"]].map(lambda v: None if is_no_value(v) else clean_text(v)).astype(object),
        "level": levels,
        "parent": _parents(codes, levels),
        "budget": amounts["budget"],
        "realised": amounts["realised"],
        "stated_pct": pct,
        "pct_decimals": data[labels["stated_pct"]].map(_decimals) if labels["stated_pct"] else 0,
        "location": [location(table, int(r)) for r in data["_row"]],
    })
    has_children = set(out["parent"].dropna())
    for i, row in out.iterrows():
        if row["name"] is None:
            problems.append(table.problem(int(data.at[i, "_row"]), labels["name"], None, "the name of the program or kegiatan"))
        if pd.isna(row["budget"]) and pd.notna(row["realised"]) and row["code"] not in has_children:
            problems.append(table.problem(int(data.at[i, "_row"]), labels["budget"], None, "a budget (anggaran) for a row that states a realisation"))
    return out, _totals(table, totals, labels, problems)


def _totals(table: Table, totals: pd.DataFrame, labels: dict[str, str | None], problems: list[Problem]) -> pd.DataFrame:
    if totals.empty:
        return pd.DataFrame(columns=("label", "budget", "realised", "stated_pct", "pct_decimals", "location"))
    label_col = labels["name"] or labels["code"]
    return pd.DataFrame({
        "label": totals[label_col].map(clean_text) if label_col else "Jumlah",
        "budget": numbers(table, totals, labels["budget"], problems, negative=False) if labels["budget"] else float("nan"),
        "realised": numbers(table, totals, labels["realised"], problems, negative=False) if labels["realised"] else float("nan"),
        "stated_pct": numbers(table, totals, labels["stated_pct"], problems) if labels["stated_pct"] else float("nan"),
        "pct_decimals": totals[labels["stated_pct"]].map(_decimals) if labels["stated_pct"] else 0,
        "location": [location(table, int(r)) for r in totals["_row"]],
    })


def _levels(table: Table, data: pd.DataFrame, codes: pd.Series, level_label: str | None, problems: list[Problem]) -> pd.Series:
    if level_label:
        levels = data[level_label].map(lambda v: None if is_no_value(v) else _LEVEL_NAMES.get(alias_key(v).removeprefix("kode")))
        for i in levels[levels.isna()].index:
            problems.append(table.problem(int(data.at[i, "_row"]), level_label, data.at[i, level_label], "Program, Kegiatan or Sub Kegiatan"))
        return levels.astype(object)
    depth = codes.map(lambda c: None if c is None else c.count(".") + 1)
    if depth.isna().any():
        first = depth[depth.isna()].index[0]
        problems.append(table.grid.problem(int(data.at[first, "_row"]), None, None,
                                           "a code on every row (Kode), or a level column (Program/Kegiatan/Sub Kegiatan)"))
        return pd.Series(None, index=data.index, dtype=object)
    distinct = sorted(depth.unique())
    if len(distinct) > len(LEVELS):
        problems.append(table.grid.problem(table.header_row, None, None, f"at most {len(LEVELS)} code depths (program, kegiatan, sub-kegiatan); found {len(distinct)}"))
        return pd.Series(None, index=data.index, dtype=object)
    return depth.map(dict(zip(distinct, LEVELS))).astype(object)


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


def _decimals(value: object) -> int:
    """Decimals a stated percentage was printed with (99 → 0, "98,56" → 2): the rounding it allows."""
    if isinstance(value, int) or is_no_value(value):
        return 0
    if isinstance(value, float):
        text = repr(round(value, 6))
        return 0 if value.is_integer() else len(text.split(".")[1])
    match = re.search(r"[.,](\d+)\s*%?\s*$", clean_text(value))
    return len(match.group(1)) if match else 0
