"""The analysis of each indicator for Bab III: its capaian, its change against the previous year, its trend over the
years the data folder holds, its progress towards the Renstra end target and the programmes that fund it.

Decisions:

- An indicator of an earlier year is the same indicator when its name is the
  same (compared as :func:`~lakip_lib.loading.parse.alias_key` does: case,
  spacing and punctuation aside). Codes are renumbered from one Perjanjian
  Kinerja to the next; names change less often, and a renamed indicator is
  better shown without history than matched to the wrong one.
- A year's realisation is taken from that year's own folder (what that year's
  report stated) and otherwise from a ``Realisasi <year>`` column of a later
  sheet, the report's own year first.
- The Renstra end target is the ``Target Akhir Renstra`` column of the
  indicator sheet (:func:`~lakip_lib.analysis.capaian.compare_renstra`).
- A programme is linked to an indicator only through the sheet's ``Program``
  column (its code, or its name as the budget writes it); the kit never
  guesses a link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..domain import ordinal_scale
from ..loading.parse import alias_key, is_no_value
from .budget import budget_table
from .capaian import compare_renstra

#: the narrative columns an indicator sheet may carry (``Analisis``, ``Kendala``, ``Upaya``), in the report's order
TEXT_COLUMNS = ("analysis", "obstacles", "actions")


@dataclass
class YearValue:
    """One year's realisation of an indicator: the number (NaN for a grade), the cell as written, and the year folder
    it was read from (``year`` itself, or a later year whose sheet has a ``Realisasi <year>`` column); and that year's
    target, read the same way (NaN and None when no sheet gives it)."""

    year: int
    value: float
    text: str | None
    read_from: int
    target: float = float("nan")
    target_text: str | None = None


@dataclass
class Change:
    """How an indicator moved from the previous year's realisation to this year's.

    ``difference`` is this year minus the previous year (NaN for grades),
    ``relative_pct`` that difference as a percentage of the previous year (NaN
    when the previous year is 0 or a grade); ``direction`` is ``improved``,
    ``declined`` or ``unchanged`` as the indicator's polarity reads it.
    """

    previous_year: int
    previous: float
    previous_text: str | None
    difference: float
    relative_pct: float
    direction: str


@dataclass
class ProgramLink:
    """A programme the indicator names, with its budget figures and efficiency verdict (None when not judged)."""

    code: str
    name: str
    budget: float
    realised: float
    remaining: float
    absorption_pct: float
    verdict: str | None


@dataclass
class IndicatorProfile:
    """Everything Bab III says about one indicator of the Perjanjian Kinerja."""

    id: str
    level: str
    code: str | None
    goal: str | None
    indicator: str
    unit: str | None
    polarity: str
    target: float
    target_text: str | None
    realisation: float
    realisation_text: str | None
    achievement_pct: float
    achievement_reported_pct: float
    category: str | None
    status: str
    change: Change | None
    history: list[YearValue]
    renstra_target: float
    renstra_target_text: str | None
    renstra_year: int | None
    renstra_pct: float
    renstra_reached: bool | None
    programs: list[ProgramLink] = field(default_factory=list)
    #: the sheet's narrative cells by :data:`TEXT_COLUMNS` name, those filled
    texts: dict[str, str] = field(default_factory=dict)
    #: the scale of grades of an ordinal indicator (``sakip``; :func:`~lakip_lib.domain.ordinal_scale`), None for a number
    scale: str | None = None

    @property
    def capped(self) -> bool:
        """Whether the reported capaian differs from the measured one (a cap in ``lakip.yml`` cut it)."""
        return bool(np.isfinite(self.achievement_pct) and np.isfinite(self.achievement_reported_pct)
                    and self.achievement_reported_pct != self.achievement_pct)


def year_change(current: float, previous: float, polarity: str, *, current_text: str | None = None,
                previous_text: str | None = None, scale: str | None = None, previous_year: int = 0) -> Change | None:
    """The change from ``previous`` to ``current``; None when either is missing.

    Numbers compare by value, read by ``polarity`` (a fall is an improvement
    for a negative indicator); grades of an ordinal indicator compare by their
    rank on ``scale``.

    Example:
        >>> c = year_change(64.23, 39.99, "positive", previous_year=2023)
        >>> round(c.difference, 2), round(c.relative_pct, 2), c.direction
        (24.24, 60.62, 'improved')
        >>> year_change(4.0, 5.0, "negative").direction
        'improved'
        >>> year_change(float("nan"), float("nan"), "ordinal", current_text="A", previous_text="BB", scale="sakip").direction
        'improved'
        >>> year_change(90.0, float("nan"), "positive") is None
        True
    """
    if polarity == "ordinal":
        if is_no_value(current_text) or is_no_value(previous_text) or not scale:
            return None
        ranks = {alias_key(grade): rank for grade, rank in ordinal_scale(scale).items()}
        now, before = ranks.get(alias_key(current_text)), ranks.get(alias_key(previous_text))
        if now is None or before is None:
            return None
        direction = "improved" if now > before else "declined" if now < before else "unchanged"
        return Change(previous_year, float("nan"), previous_text, float("nan"), float("nan"), direction)
    if not (np.isfinite(current) and np.isfinite(previous)):
        return None
    difference = current - previous
    relative = difference / abs(previous) * 100 if previous != 0 else float("nan")
    better = -difference if polarity == "negative" else difference
    direction = "improved" if better > 0 else "declined" if better < 0 else "unchanged"
    return Change(previous_year, previous, previous_text, difference, relative, direction)


def realisation_history(indicators: pd.DataFrame, values: pd.DataFrame, year: int,
                        earlier: list[tuple[int, pd.DataFrame, pd.DataFrame]] = (), kind: str = "realisation") -> pd.DataFrame:
    """Every realisation (or, with ``kind="target"``, every target) up to ``year`` of the indicators of ``indicators`` (one year's sheet and its ``values``),
    from that sheet and the sheets of ``earlier`` years (``(year, indicators, values)``): columns id, year, value,
    text, read_from (the year folder whose sheet gave it); oldest first. A year's own folder wins over a later sheet's column for it.

    Example:
        >>> ind = pd.DataFrame({"id": ["I01"], "indicator": ["Indeks Profesionalitas ASN"]})
        >>> now = pd.DataFrame({"id": "I01", "kind": "realisation", "year": [2023, 2024], "value": [40.0, 64.23],
        ...                     "text": ["40", "64,23"]})
        >>> old = pd.DataFrame({"id": "I05", "kind": "realisation", "year": [2022, 2023], "value": [30.0, 39.99],
        ...                     "text": ["30", "39,99"]})
        >>> old_ind = pd.DataFrame({"id": ["I05"], "indicator": ["indeks profesionalitas ASN "]})
        >>> realisation_history(ind, now, 2024, [(2023, old_ind, old)])[["year", "value", "read_from"]].to_dict("records")
        [{'year': 2022, 'value': 30.0, 'read_from': 2023}, {'year': 2023, 'value': 39.99, 'read_from': 2023}, {'year': 2024, 'value': 64.23, 'read_from': 2024}]
    """
    ids = dict(zip(indicators["indicator"].map(alias_key), indicators["id"]))
    # priority: 0 a year's own folder, 1 the report's sheet, 2.. earlier sheets, newest first
    sources = [(year, indicators, values, 1)] + [(y, i, v, 2 + n) for n, (y, i, v) in enumerate(sorted(earlier, key=lambda e: -e[0]))]
    rows = []
    for sheet_year, sheet, vals, rank in sources:
        names = sheet.set_index("id")["indicator"].map(alias_key)
        found = vals[vals["kind"].eq(kind) & vals["year"].notna()]
        for ident, value_year, value, text in found[["id", "year", "value", "text"]].itertuples(index=False):
            key = names.get(ident)
            if key not in ids or int(value_year) > year or (np.isnan(value) and is_no_value(text)):
                continue
            own = int(value_year) == sheet_year
            rows.append((ids[key], int(value_year), float(value), None if is_no_value(text) else str(text),
                         sheet_year, 0 if own else rank))
    table = pd.DataFrame(rows, columns=["id", "year", "value", "text", "read_from", "rank"])
    table = table.sort_values(["id", "year", "rank"], kind="stable").drop_duplicates(["id", "year"])
    return table.drop(columns="rank").sort_values(["year", "id"], kind="stable").reset_index(drop=True)


def indicator_profiles(achievement_df: pd.DataFrame, values: pd.DataFrame, year: int, *,
                       levels: list[str], budget: pd.DataFrame | None = None, efficiency: pd.DataFrame | None = None,
                       earlier: list[tuple[int, pd.DataFrame, pd.DataFrame]] = (), negative_formula: str = "2t-r",
                       indicators: pd.DataFrame | None = None) -> list[IndicatorProfile]:
    """One :class:`IndicatorProfile` per indicator of ``levels``, in the order of the Perjanjian Kinerja (the sheet's).

    ``achievement_df`` is :func:`~lakip_lib.analysis.capaian.achievement` of the year, ``values`` the sheet's long
    values, ``budget`` the budget rows (for the programmes the ``program`` column names), ``efficiency`` the
    per-programme verdicts, ``earlier`` the earlier years' sheets (:func:`realisation_history`), ``indicators`` the
    loaded indicator rows (for the narrative columns; ``achievement_df`` is used when None).

    Example:
        >>> from lakip_lib.analysis.year import analyse_year
        >>> r = analyse_year("data/raw", 2024)
        >>> p = indicator_profiles(r.indicators, r.data.indicators.values, 2024, levels=["tujuan", "sasaran", "prioritas"],
        ...                        budget=r.data.budget.rows, efficiency=r.efficiency)
        >>> p[0].indicator, p[0].change.previous_year, p[0].change.direction, p[0].programs[0].code
        ('Indeks Profesionalitas ASN', 2023, 'improved', '5.03.02')
    """
    chosen = achievement_df[achievement_df["level"].isin(levels)]
    sheet = indicators if indicators is not None else achievement_df
    history = realisation_history(sheet[sheet["id"].isin(chosen["id"])], values, year, earlier)
    # each year's target beside its realisation, for the trend chart; a year's own Perjanjian Kinerja states it
    targets = realisation_history(sheet[sheet["id"].isin(chosen["id"])], values, year, earlier, kind="target")
    targets = {(i, int(y)): (v, t) for i, y, v, t in targets[["id", "year", "value", "text"]].itertuples(index=False)}
    renstra = compare_renstra(chosen[["id", "indicator", "unit", "polarity", "scale"]], values, year, negative_formula).set_index("id")
    programs = _programs(budget, efficiency)
    texts = sheet.set_index("id")[[c for c in TEXT_COLUMNS if c in sheet.columns]]
    profiles = []
    for row in chosen.itertuples(index=False):
        own = history[history["id"].eq(row.id)]
        series = [YearValue(int(y), v, t, int(f), *targets.get((row.id, int(y)), (float("nan"), None)))
                  for y, v, t, f in own[["year", "value", "text", "read_from"]].itertuples(index=False)]
        before = [v for v in series if v.year < year]
        change = None
        if before:
            last = before[-1]
            change = year_change(row.realisation, last.value, row.polarity, current_text=row.realisation_text,
                                 previous_text=last.text, scale=None if is_no_value(row.scale) else row.scale,
                                 previous_year=last.year)
        target = renstra.loc[row.id]
        linked = [programs[key] for key in _program_keys(row.program) if key in programs]
        profiles.append(IndicatorProfile(
            id=row.id, level=row.level, code=row.code, goal=row.goal, indicator=row.indicator, unit=row.unit,
            polarity=row.polarity, target=row.target, target_text=row.target_text, realisation=row.realisation,
            realisation_text=row.realisation_text, achievement_pct=row.achievement_pct,
            achievement_reported_pct=row.achievement_reported_pct, category=row.category, status=row.status,
            change=change, history=series, renstra_target=float(target["renstra_target"]),
            renstra_target_text=None if is_no_value(target["renstra_target_text"]) else target["renstra_target_text"],
            renstra_year=None if pd.isna(target["renstra_year"]) else int(target["renstra_year"]),
            renstra_pct=float(target["renstra_pct"]), renstra_reached=None if pd.isna(target["reached"]) else bool(target["reached"]),
            programs=list({p.code: p for p in linked}.values()),
            texts={c: str(texts.at[row.id, c]).strip() for c in texts.columns if not is_no_value(texts.at[row.id, c])},
            scale=None if is_no_value(row.scale) else str(row.scale),
        ))  # fmt: skip
    return profiles


def _program_keys(program: object) -> list[str]:
    """The programmes a ``Program`` cell names: codes or names, several separated by ``;`` or a line break."""
    if is_no_value(program):
        return []
    return [alias_key(part) for part in str(program).replace("\n", ";").split(";") if part.strip()]


def _programs(budget: pd.DataFrame | None, efficiency: pd.DataFrame | None) -> dict[str, ProgramLink]:
    """Every budget row by its code and by its name (as :func:`alias_key` compares them)."""
    if budget is None or budget.empty:
        return {}
    table = budget_table(budget)
    verdicts = dict(zip(efficiency["program"], efficiency["verdict"])) if efficiency is not None else {}
    found = {}
    for row in table.itertuples(index=False):
        if is_no_value(row.code):
            continue  # a total row (JUMLAH) is no programme
        verdict = verdicts.get(row.code)
        link = ProgramLink(str(row.code), str(row.name), float(row.budget), float(row.realised), float(row.remaining),
                           float(row.absorption_pct), None if is_no_value(verdict) else str(verdict))
        found.setdefault(alias_key(row.code), link)
        found.setdefault(alias_key(row.name), link)
    return found
