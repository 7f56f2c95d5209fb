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
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import InputError, Problem
from .notes import empty_notes, notes_frame, recognition_notes
from .recognise import Column, Recognition, Table
from .parse import alias_key, clean_text, is_no_value
from .tables import location, numbers, split_totals, tables_in

LEVELS = ("program", "kegiatan", "sub_kegiatan")
BUDGET_COLUMNS = ("code", "name", "level", "parent", "budget", "realised", "stated_pct", "pct_decimals", "location")
TOTAL_COLUMNS = ("label", "budget", "realised", "stated_pct", "pct_decimals", "location")
#: code depths (number of parts) of program, kegiatan and sub-kegiatan, by numbering scheme
CODE_DEPTHS = {"kepmendagri": (3, 5, 6), "numbered": (1, 2, 3)}
_LEVEL_NAMES = {"program": "program", "kegiatan": "kegiatan", "subkegiatan": "sub_kegiatan", "sub": "sub_kegiatan"}
_CODE = re.compile(r"^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$")


@dataclass
class Budget:
    """Budget rows (:data:`BUDGET_COLUMNS`) and the totals the export states (:data:`TOTAL_COLUMNS`)."""

    rows: pd.DataFrame
    stated_totals: pd.DataFrame
    files: list[Path] = field(default_factory=list)
    notes: pd.DataFrame = field(default_factory=empty_notes)


def load_budget(path: str | Path, *, year: int | None = None,
                extra_aliases: dict[str, dict[str, list[str]]] | None = None,
                limits: dict[str, float] | None = None) -> Budget:
    """Load a budget realisation export; ``year`` picks (and checks) year-bearing columns (``Anggaran 2024``).

    Example:
        >>> budget = load_budget("data/raw/2024/anggaran.xlsx", year=2024)  # doctest: +SKIP
        >>> budget.rows.loc[0, ["code", "level", "budget"]].tolist()  # doctest: +SKIP
        ['5.03.01', 'program', 13201715554.0]
    """
    path = Path(path)
    records: list[Recognition] = []
    tables = tables_in(path, {"budget": ("name", "budget")}, extra_aliases=extra_aliases, limits=limits, records=records)
    problems: list[Problem] = []
    notes: list[dict[str, str]] = []
    rows, totals = [], []
    for table in tables:
        data, stated = _table(table, year, problems)
        rows.append(data)
        totals.append(stated)
    if problems:
        raise InputError(problems)
    return Budget(pd.concat(rows, ignore_index=True), pd.concat(totals, ignore_index=True), [path],
                  notes_frame(recognition_notes(records) + notes))


def _column(table: Table, name: str, year: int | None, problems: list[Problem]) -> str | None:
    """The frame label of the column ``name`` for ``year`` (``Anggaran 2024``, or plain ``Anggaran``)."""
    candidates = [c for c in table.columns if c.name == name]
    if year is not None and any(c.year is not None for c in candidates):
        candidates = [c for c in candidates if c.year in (year, None)]
        if not candidates:
            column = next(c for c in table.columns if c.name == name)
            years = ", ".join(map(str, table.years(name)))
            problems.append(table.grid.problem(table.header_row, column.index, column.header,
                                               f"a column for {year} (the report's year); this sheet has {years}"))
            return None
    if len(candidates) > 1:
        problems.append(_ambiguous(table, candidates))
        return None
    return candidates[0].label if candidates else None


def _ambiguous(table: Table, columns: list[Column]) -> Problem:
    cells = ", ".join(f"'{c.header}' ({table.grid.cell_name(table.header_row, c.index)})" for c in columns)
    return table.grid.problem(table.header_row, columns[1].index, columns[1].header,
                              f"one column for the {columns[0].name}, not {cells}: give the report's year to choose")


def _table(table: Table, year: int | None, problems: list[Problem]) -> tuple[pd.DataFrame, pd.DataFrame]:
    labels = {name: _column(table, name, year, problems) for name in ("code", "number", "name", "level", "budget", "realised", "stated_pct")}
    data, totals = split_totals(table, tuple(label for label in (labels["name"], labels["code"], labels["number"]) if label))
    if data.empty:
        problems.append(table.grid.problem(table.header_row + 1, None, None,
                                           "program and kegiatan rows (the table has only total rows)" if len(totals) else "budget rows under the header"))
        return pd.DataFrame(columns=BUDGET_COLUMNS), _totals(table, totals, labels, problems)
    amounts = {k: numbers(table, data, labels[k], problems, negative=False) if labels[k] else pd.Series(float("nan"), index=data.index)
               for k in ("budget", "realised")}
    pct = numbers(table, data, labels["stated_pct"], problems) if labels["stated_pct"] else pd.Series(float("nan"), index=data.index)
    code_label = labels["code"] or labels["number"]
    codes = (data[code_label].map(lambda v: None if is_no_value(v) else clean_text(v).rstrip(".")) if code_label
             else pd.Series([None] * len(data), index=data.index, dtype=object)).astype(object)
    _check_codes(table, data, codes, code_label, problems)
    levels = _levels(table, data, codes, labels["level"], problems)
    out = pd.DataFrame({
        "code": codes,
        "name": data[labels["name"]].map(lambda v: None if is_no_value(v) else clean_text(v)).astype(object),
        "level": levels,
        "parent": _parents(codes, levels),
        "budget": amounts["budget"],
        "realised": amounts["realised"],
        "stated_pct": pct,
        "pct_decimals": data[labels["stated_pct"]].map(printed_decimals) if labels["stated_pct"] else 0,
        "location": [location(table, int(r)) for r in data["_row"]],
    })
    has_children = set(out["parent"].dropna())
    for i, row in out.iterrows():
        excel_row = int(data.at[i, "_row"])
        if row["name"] is None:
            problems.append(table.problem(excel_row, labels["name"], None, "the name of the program or kegiatan"))
        # a budget cell that says nothing (not one that could not be read: that is reported already)
        no_budget = labels["budget"] is not None and is_no_value(data.at[i, labels["budget"]])
        if no_budget and pd.notna(row["realised"]) and row["code"] not in has_children:
            problems.append(table.problem(excel_row, labels["budget"], None, "a budget (anggaran) for a row that states a realisation"))
    return out, _totals(table, totals, labels, problems)


def _check_codes(table: Table, data: pd.DataFrame, codes: pd.Series, label: str | None, problems: list[Problem]) -> None:
    first: dict[str, int] = {}
    for i, code in codes.items():
        row = int(data.at[i, "_row"])
        if not isinstance(code, str):
            continue
        if not _CODE.match(code):
            problems.append(table.problem(row, label, code, "a program/kegiatan code such as 5.03.02 or 5.03.02.1.01"))
        elif code in first:
            problems.append(table.problem(row, label, code, f"each code once (it is also in row {table.grid.row0 + first[code]}); "
                                                            "a number such as 1.10 typed into Excel becomes 1.1: type it as text"))
        first.setdefault(code, row)


def _totals(table: Table, totals: pd.DataFrame, labels: dict[str, str | None], problems: list[Problem]) -> pd.DataFrame:
    if totals.empty:
        return pd.DataFrame(columns=TOTAL_COLUMNS)
    nothing = pd.Series(float("nan"), index=totals.index)
    return pd.DataFrame({
        "label": totals["_label"],
        "budget": numbers(table, totals, labels["budget"], problems, negative=False) if labels["budget"] else nothing,
        "realised": numbers(table, totals, labels["realised"], problems, negative=False) if labels["realised"] else nothing,
        "stated_pct": numbers(table, totals, labels["stated_pct"], problems) if labels["stated_pct"] else nothing,
        "pct_decimals": totals[labels["stated_pct"]].map(printed_decimals) if labels["stated_pct"] else 0,
        "location": [location(table, int(r)) for r in totals["_row"]],
    })


def _levels(table: Table, data: pd.DataFrame, codes: pd.Series, level_label: str | None, problems: list[Problem]) -> pd.Series:
    """Each row's level, from the level column or the depth of its code; every row needs a code,
    which is how a kegiatan names its program."""
    none = pd.Series([None] * len(data), index=data.index, dtype=object)
    if codes.isna().any():
        first = codes[codes.isna()].index[0]
        problems.append(table.grid.problem(int(data.at[first, "_row"]), None, None,
                                           "a code on every row (a Kode or No column: 5.03.02, 5.03.02.1.01 or 1, 1.1), "
                                           f"so each kegiatan can name its program; {int(codes.isna().sum())} rows have none"))
        return none
    if level_label:
        levels = data[level_label].map(lambda v: None if is_no_value(v) else _LEVEL_NAMES.get(alias_key(v).removeprefix("kode")))
        for i in levels[levels.isna()].index:
            problems.append(table.problem(int(data.at[i, "_row"]), level_label, data.at[i, level_label], "Program, Kegiatan or Sub Kegiatan"))
        return levels.astype(object)
    depth = codes.map(lambda c: c.count(".") + 1)
    present = set(depth)
    for scheme in ("numbered", "kepmendagri"):
        depths = CODE_DEPTHS[scheme]
        # the report's own numbering starts at its programs (1, 2 …); Kepmendagri codes may start lower
        if present <= set(depths) and (scheme == "kepmendagri" or min(present) == 1):
            return depth.map(dict(zip(depths, LEVELS))).astype(object)
    problems.append(table.grid.problem(table.header_row, None, None,
                                       "codes of the program/kegiatan/sub-kegiatan depths: 5.03.02 / 5.03.02.1.01 / "
                                       f"5.03.02.1.01.0005, or 1 / 1.1 / 1.1.1, not {', '.join(map(str, sorted(present)))}-part codes; "
                                       "or a level column (Program/Kegiatan/Sub Kegiatan)"))
    return none


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


def printed_decimals(value: object) -> int:
    """Decimals a stated percentage was printed with: the rounding it allows.

    Example:
        >>> printed_decimals(99), printed_decimals("98,56%"), printed_decimals(97.5)
        (0, 2, 1)
    """
    if isinstance(value, int) or is_no_value(value):
        return 0
    if isinstance(value, float):
        text = repr(round(value, 6))
        return 0 if value.is_integer() else len(text.split(".")[1])
    match = re.search(r"[.,](\d+)\s*%?\s*$", clean_text(value))
    return len(match.group(1)) if match else 0
