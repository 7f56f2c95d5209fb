"""Budget realisation (Bab III B) and efficiency (comparison 6).

Amounts are kept as the input states them: a program whose stated total
disagrees with its kegiatan keeps its stated total (the reconciliation checks
report the difference). Only an amount the input leaves out is summed from
the rows below it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import AnalysisError
from ..messages import Joined, said

AMOUNTS = ["budget", "realised"]
_TABLE_COLUMNS = ["code", "name", "level", "budget", "realised", "remaining", "absorption_pct", "parent", "stated_pct", "location"]
#: (parent level, child level), bottom-up so a kegiatan filled from its sub-kegiatan fills its program in turn
_FILL_ORDER = (("kegiatan", "sub_kegiatan"), ("program", "kegiatan"))


def budget_table(budget: pd.DataFrame) -> pd.DataFrame:
    """Budget, realisation, remaining (sisa) and absorption (serapan) of every program, kegiatan and sub-kegiatan.

    A missing budget or realisation of a row with children is their sum (NaN
    if any child's is missing too). ``absorption_pct`` is NaN when the
    budget is 0 or unknown.

    Example:
        >>> rows = pd.DataFrame({"code": ["1", "1.1", "1.2"], "name": ["Program", "K1", "K2"],
        ...                      "level": ["program", "kegiatan", "kegiatan"], "parent": [None, "1", "1"],
        ...                      "budget": [float("nan"), 300.0, 100.0], "realised": [float("nan"), 270.0, 90.0],
        ...                      "stated_pct": float("nan"), "location": "anggaran.xlsx"})
        >>> budget_table(rows)[["code", "budget", "realised", "remaining", "absorption_pct"]].head(1).to_dict("records")
        [{'code': '1', 'budget': 400.0, 'realised': 360.0, 'remaining': 40.0, 'absorption_pct': 90.0}]
    """
    repeated = budget["code"][budget["code"].duplicated()].unique()
    if len(repeated):
        places = Joined(tuple(said("code_at", code=repr(code), locations=", ".join(map(str, budget.loc[budget["code"].eq(code), "location"])))
                              for code in repeated[:5]))
        raise AnalysisError(said("budget_code_repeated", codes=", ".join(map(repr, repeated[:5])), places=places))
    table = budget.copy()
    for parent_level, child_level in _FILL_ORDER:
        children = table[table["level"].eq(child_level)]
        sums = children[AMOUNTS].groupby(children["parent"]).sum(skipna=False)
        fills = table[["code"]].join(sums, on="code")[AMOUNTS].where(table["level"].eq(parent_level), axis=0)
        table[AMOUNTS] = table[AMOUNTS].fillna(fills)
    return _with_derived(table)[_TABLE_COLUMNS]


def agency_total(budget: pd.DataFrame) -> pd.DataFrame:
    """The agency's total: the sum of its program rows (as stated, else from their kegiatan; of its top-level rows when
    it has no program, :func:`top_level`); one row.

    Example:
        >>> rows = pd.DataFrame({"code": ["1", "2"], "name": ["P1", "P2"], "level": "program", "parent": None,
        ...                      "budget": [300.0, 100.0], "realised": [270.0, 90.0], "stated_pct": float("nan"), "location": "a.xlsx"})
        >>> agency_total(rows).to_dict("records")
        [{'budget': 400.0, 'realised': 360.0, 'remaining': 40.0, 'absorption_pct': 90.0}]
    """
    table = budget_table(budget)
    programs = table.loc[table["level"].eq(top_level(table)), AMOUNTS]
    return _with_derived(programs.sum(skipna=False).to_frame().T)[[*AMOUNTS, "remaining", "absorption_pct"]]


def top_level(budget: pd.DataFrame) -> str:
    """The highest level the budget has: ``program``, or ``kegiatan`` or ``sub_kegiatan`` for an export of one unit's
    kegiatan (its rows add up to the unit's total as programs would).

    Example:
        >>> top_level(pd.DataFrame({"level": ["kegiatan", "sub_kegiatan"]}))
        'kegiatan'
    """
    return next((level for level in ("program", "kegiatan", "sub_kegiatan") if budget["level"].eq(level).any()), "program")


def efficiency(achievement_df: pd.DataFrame, budget: pd.DataFrame, band: float = 5.0) -> pd.DataFrame:
    """Comparison (6) by the difference rule: selisih = capaian% − serapan% per program the indicators name.

    The capaian is the mean ``achievement_reported_pct`` of the program's
    indicators with a numeric capaian. Verdict: ``"efisien"`` above
    +``band``, ``"tidak efisien"`` below −``band``, ``"cukup efisien"``
    within (inclusive); NA when either side is unknown (a program missing
    from the budget, or whose indicators are all ordinal or unrealised).

    Example:
        >>> ach = pd.DataFrame({"program": ["1", "1"], "achievement_reported_pct": [100.0, 90.0]})
        >>> rows = pd.DataFrame({"code": ["1"], "name": ["Program"], "level": ["program"], "parent": [None],
        ...                      "budget": [4.0], "realised": [3.0], "stated_pct": [75.0], "location": "a.xlsx"})
        >>> efficiency(ach, rows).to_dict("records")
        [{'program': '1', 'name': 'Program', 'indicators': 2, 'achievement_reported_pct': 95.0, 'absorption_pct': 75.0, 'selisih': 20.0, 'verdict': 'efisien'}]
    """
    named = achievement_df.dropna(subset=["program"])
    per_program = named.groupby("program", sort=False).agg(
        indicators=("achievement_reported_pct", "size"),
        achievement_reported_pct=("achievement_reported_pct", "mean"),
    )
    table = per_program.join(budget_table(budget).set_index("code")[["name", "absorption_pct"]])
    selisih = table["achievement_reported_pct"] - table["absorption_pct"]
    verdict = np.select([selisih > band, selisih < -band, selisih.notna()], ["efisien", "tidak efisien", "cukup efisien"], default=None)
    table = table.assign(selisih=selisih, verdict=pd.Series(verdict, index=table.index, dtype=object))
    return table.rename_axis("program").reset_index()[
        ["program", "name", "indicators", "achievement_reported_pct", "absorption_pct", "selisih", "verdict"]
    ]


def _with_derived(table: pd.DataFrame) -> pd.DataFrame:
    return table.assign(
        remaining=table["budget"] - table["realised"],
        absorption_pct=table["realised"] / table["budget"].where(table["budget"].ne(0)) * 100,
    )
