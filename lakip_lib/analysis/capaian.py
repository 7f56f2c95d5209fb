"""Indicator achievement (capaian) by the official rules, and comparisons (1)–(3) of Bab III.

Decisions (see ``domain.md``):

- *Achieved* compares the realisation with the target directly (r ≥ t, or
  r ≤ t for negative polarity; ranks for ordinal indicators), so it holds
  whatever the negative formula or the cap, and where a formula divides by
  zero.
- A capaian whose formula divides by zero is NaN, never 0 or infinite:
  target 0 under every formula with the target in the denominator, and
  realisation 0 under ``t/r``; such an indicator still gets its achieved
  flag (realisation 0 under ``t/r`` is achieved whenever the target is ≥ 0).
- The category is that of the *uncapped* capaian: the measured performance,
  not a display setting (with the usual caps of 100 or more the two agree).
- An indicator with a target but no realisation yet has status
  ``no_realisation`` and NaN capaian, never 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from ..config import CategoryBand, ReportRules
from ..domain import ordinal_scale
from ..errors import AnalysisError
from ..loading.parse import is_no_value
from ..messages import said

POLARITIES = ("positive", "negative", "ordinal")

# ratio of a negative-polarity indicator (target t, realisation r), by the names of config.NEGATIVE_FORMULAS
_NEGATIVE: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "2t-r": lambda t, r: (2 * t - r) / t,
    "t/r": lambda t, r: t / r,
    "(t-r)/t": lambda t, r: (t - r) / t,
}

_ACHIEVEMENT_COLUMNS = [
    "level", "goal", "indicator", "unit", "polarity", "target", "realisation", "realisation_prev",
    "achievement_pct", "achievement_reported_pct", "achieved", "category",
    "id", "code", "program", "scale", "target_text", "realisation_text", "realisation_prev_text",
    "stated_capaian", "stated_capaian_text", "status",
]  # fmt: skip


def achievement_pct(target: float, realisation: float, polarity: str, formula: str = "2t-r") -> float:
    """Capaian % of a numeric indicator, uncapped; NaN where the formula divides by zero or a value is missing.

    Positive: r/t × 100. Negative, by ``formula``: ``"2t-r"`` (2t − r)/t × 100,
    ``"t/r"`` t/r × 100, ``"(t-r)/t"`` (t − r)/t × 100.

    Example:
        >>> [achievement_pct(10, 8, "negative", f) for f in ("2t-r", "t/r", "(t-r)/t")]
        [120.0, 125.0, 20.0]
        >>> achievement_pct(63, 64.23, "positive")
        101.95238095238095
        >>> achievement_pct(10, 0, "negative", "t/r")
        nan
    """
    if polarity == "ordinal":
        raise AnalysisError(said("ordinal_no_pct"))
    _check_polarities([polarity])
    return float(_pct(np.array([target], float), np.array([realisation], float), np.array([polarity == "negative"]), formula)[0])


def ordinal_achieved(target_text: str, realisation_text: str, scale: str) -> bool:
    """Whether an ordinal grade reaches its target: rank(realisation) ≥ rank(target) on ``scale``.

    Grades match case- and spacing-insensitively.

    Example:
        >>> ordinal_achieved("BB", "A", "sakip"), ordinal_achieved("A", "BB", "sakip")
        (True, False)
    """
    ranks = {_grade_key(value): rank for value, rank in ordinal_scale(scale).items()}

    def rank(grade: str) -> int:
        if _grade_key(grade) not in ranks:
            raise AnalysisError(said("unknown_grade", grade=repr(grade), scale=scale, grades=", ".join(ordinal_scale(scale))))
        return ranks[_grade_key(grade)]

    return rank(realisation_text) >= rank(target_text)


def categorise(pct: pd.Series, bands: Iterable[CategoryBand]) -> pd.Series:
    """Category of each capaian: the band with the highest ``above_pct`` strictly below it; NA for NaN.

    Example:
        >>> categorise(pd.Series([90, 90.01, 51, 50]), ReportRules().bands).tolist()
        ['Tinggi', 'Sangat Tinggi', 'Rendah', 'Sangat Rendah']
    """
    ordered = sorted(bands, key=lambda band: band.above_pct, reverse=True)
    chosen = np.select([pct > band.above_pct for band in ordered], [band.category_id for band in ordered], default=None)
    return pd.Series(chosen, index=pct.index, dtype=object)


def achievement(indicators: pd.DataFrame, values: pd.DataFrame, year: int, rules: ReportRules | None = None) -> pd.DataFrame:
    """Comparison (1): each indicator's target and realisation of ``year``, capaian, achieved, category.

    ``achievement_pct`` is uncapped; ``achievement_reported_pct`` applies
    ``rules.cap``. Ordinal indicators have NaN numbers (their grades are in
    the ``*_text`` columns), an achieved flag from the ranks and no category.
    ``realisation_prev`` is the realisation of ``year - 1``.

    Example:
        >>> ind = pd.DataFrame({"id": ["ip"], "level": ["sasaran"], "code": [None], "goal": ["Sasaran I"],
        ...                     "indicator": ["Indeks Profesionalitas ASN"], "unit": ["Angka"], "polarity": ["positive"],
        ...                     "scale": [None], "program": [None]})
        >>> vals = pd.DataFrame({"id": "ip", "kind": ["target", "realisation"], "year": [2024, 2024],
        ...                      "value": [63.0, 64.23], "text": ["63", "64,23"]})
        >>> df = achievement(ind, vals, 2024, ReportRules(cap=100))
        >>> df[["achievement_pct", "achievement_reported_pct", "category", "status"]].round(2).to_dict("records")
        [{'achievement_pct': 101.95, 'achievement_reported_pct': 100.0, 'category': 'Sangat Tinggi', 'status': 'achieved'}]
    """
    rules = rules or ReportRules()
    _check_unique(indicators["id"], "indicators")
    frame = indicators.join(_pick(values, "target", year, "target"), on="id")
    frame = frame.join(_pick(values, "realisation", year, "realisation"), on="id")
    frame = frame.join(_pick(values, "realisation", year - 1, "realisation_prev"), on="id")
    frame = frame.join(_pick(values, "stated_capaian", year, "stated_capaian"), on="id")
    measured = _measure(frame, rules.negative_formula)
    numeric = frame["polarity"].ne("ordinal")
    pct = measured["pct"]
    frame = frame.assign(
        target=frame["target"].where(numeric),
        realisation=frame["realisation"].where(numeric),
        realisation_prev=frame["realisation_prev"].where(numeric),
        achievement_pct=pct,
        achievement_reported_pct=pct if rules.cap is None else pct.clip(upper=rules.cap),
        achieved=measured["achieved"],
        category=categorise(pct, rules.bands),
        status=measured["status"],
    )
    return frame[_ACHIEVEMENT_COLUMNS + [c for c in frame.columns if c not in _ACHIEVEMENT_COLUMNS]].reset_index(drop=True)


def goal_rollup(achievement_df: pd.DataFrame) -> pd.DataFrame:
    """One row per goal (sasaran, tujuan, …): how many indicators, how many have a realisation (``measured``), how
    many achieved, the mean reported capaian, and whether all are achieved.

    The mean is over the indicators with a numeric capaian (the reference's
    "Persentase capaian sasaran ini adalah : 100"); NaN when there are none.
    ``all_achieved`` tells "not achieved" from "no realisation yet": False
    when an indicator missed its target, ``NA`` when none missed but some have
    no realisation (the IKK of the year, measured later), True when every one
    has a realisation and reached its target.

    Example:
        >>> df = pd.DataFrame({"goal": ["S1", "S1", "IKK", "IKK"], "level": ["sasaran", "sasaran", "ikk", "ikk"],
        ...                    "indicator": ["a", "b", "c", "d"], "achieved": pd.array([True, False, pd.NA, pd.NA]),
        ...                    "achievement_reported_pct": [100.0, 80.0, float("nan"), float("nan")]})
        >>> goal_rollup(df)[["goal", "measured", "achieved", "all_achieved"]]
          goal  measured  achieved  all_achieved
        0   S1         2         1         False
        1  IKK         0         0          <NA>
    """
    achieved = achievement_df["achieved"].astype("boolean")
    flags = achievement_df.assign(achieved=achieved, measured=achieved.notna())
    groups = flags.groupby(["goal", "level"], sort=False, dropna=False)
    rolled = groups.agg(
        indicators=("indicator", "size"),
        measured=("measured", "sum"),
        achieved=("achieved", lambda a: int(a.sum())),
        mean_achievement_reported_pct=("achievement_reported_pct", "mean"),
    )
    # three-valued: a miss decides False; otherwise an indicator not yet measured leaves it open
    rolled["all_achieved"] = pd.array([group.all(skipna=False) for _, group in groups["achieved"]], dtype="boolean")
    return rolled.astype({"measured": "int64", "achieved": "int64"}).reset_index()


def compare_years(indicators: pd.DataFrame, values: pd.DataFrame) -> pd.DataFrame:
    """Comparison (2): realisations by year, one column per year (numbers, or grades for ordinal indicators).

    Example:
        >>> ind = pd.DataFrame({"id": ["s"], "indicator": ["Nilai SAKIP"], "unit": ["Predikat"], "polarity": ["ordinal"]})
        >>> vals = pd.DataFrame({"id": "s", "kind": "realisation", "year": [2023, 2024], "value": float("nan"), "text": ["BB", "A"]})
        >>> compare_years(ind, vals).to_dict("records")
        [{'id': 's', 'indicator': 'Nilai SAKIP', 'unit': 'Predikat', 2023: 'BB', 2024: 'A'}]
    """
    rows = values[values["kind"].eq("realisation") & values["year"].notna()]
    _check_unique(rows["id"] + " " + rows["year"].astype(str), "realisation (indicator year)")
    ordinal = rows["id"].isin(indicators.loc[indicators["polarity"].eq("ordinal"), "id"])
    cells = rows.assign(year=rows["year"].astype(int), cell=rows["value"].astype(object).where(~ordinal, rows["text"]))
    wide = cells.pivot(index="id", columns="year", values="cell").rename_axis(columns=None)
    return indicators[["id", "indicator", "unit"]].join(wide, on="id").infer_objects().reset_index(drop=True)


def compare_renstra(indicators: pd.DataFrame, values: pd.DataFrame, year: int, formula: str = "2t-r") -> pd.DataFrame:
    """Comparison (3): realisation of ``year`` against the Renstra's end-of-period target.

    The Renstra target is the indicator's ``renstra_target`` value of the
    latest year (an undated one when none is dated). ``renstra_pct`` is the
    uncapped capaian against it (negative polarity by ``formula``);
    ``reached`` is NA and ``renstra_pct`` NaN when there is no Renstra target
    or no realisation.

    Example:
        >>> ind = pd.DataFrame({"id": ["k"], "indicator": ["Kompetensi"], "unit": ["%"], "polarity": ["positive"], "scale": [None]})
        >>> vals = pd.DataFrame({"id": "k", "kind": ["realisation", "renstra_target"], "year": [2024, 2026],
        ...                      "value": [89.0, 95.0], "text": ["89%", "95%"]})
        >>> compare_renstra(ind, vals, 2024)[["renstra_pct", "renstra_year", "reached"]].round(2).to_dict("records")
        [{'renstra_pct': 93.68, 'renstra_year': 2026, 'reached': False}]
    """
    _check_unique(indicators["id"], "indicators")
    renstra = values[values["kind"].eq("renstra_target")].sort_values("year", na_position="first", kind="stable")
    renstra = renstra.drop_duplicates("id", keep="last").set_index("id")
    frame = indicators.join(_pick(values, "realisation", year, "realisation"), on="id")
    frame = frame.join(renstra[["value", "text"]].rename(columns={"value": "target", "text": "target_text"}), on="id")
    measured = _measure(frame, formula)
    numeric = frame["polarity"].ne("ordinal")
    return pd.DataFrame({
        "id": frame["id"], "indicator": frame["indicator"], "unit": frame["unit"], "polarity": frame["polarity"],
        "realisation": frame["realisation"].where(numeric), "realisation_text": frame["realisation_text"],
        "renstra_target": frame["target"].where(numeric), "renstra_target_text": frame["target_text"],
        "renstra_year": frame["id"].map(renstra["year"]).astype("Int64"),
        "renstra_pct": measured["pct"], "reached": measured["achieved"],
    }).reset_index(drop=True)  # fmt: skip


def _grade_key(grade: str) -> str:
    return " ".join(str(grade).split()).casefold()


def _check_polarities(polarities: Iterable[str]) -> None:
    unexpected = sorted(set(polarities) - set(POLARITIES), key=str)
    if unexpected:
        raise AnalysisError(said("unknown_polarity", polarities=", ".join(map(repr, unexpected)), expected=", ".join(POLARITIES)))


def _check_unique(keys: pd.Series, what: str) -> None:
    repeated = keys[keys.duplicated()].unique()
    if len(repeated):
        raise AnalysisError(said("given_twice", what=what, keys=", ".join(map(str, repeated[:5]))))


def _pick(values: pd.DataFrame, kind: str, year: int, name: str) -> pd.DataFrame:
    """The ``kind`` value of ``year`` per indicator id, as columns ``name`` and ``name_text``."""
    rows = values[values["kind"].eq(kind) & values["year"].eq(year).fillna(False).astype(bool)]
    _check_unique(rows["id"], f"{kind} {year}")
    return rows.set_index("id")[["value", "text"]].rename(columns={"value": name, "text": f"{name}_text"})


def _pct(target: np.ndarray, realisation: np.ndarray, negative: np.ndarray, formula: str) -> np.ndarray:
    if formula not in _NEGATIVE:
        raise AnalysisError(said("unknown_formula", formula=repr(formula), formulas=", ".join(_NEGATIVE)))
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(negative, _NEGATIVE[formula](target, realisation), realisation / target) * 100
    return np.where(np.isfinite(pct), pct, np.nan)


def _measure(frame: pd.DataFrame, formula: str) -> pd.DataFrame:
    """Capaian %, achieved and status of rows with polarity, scale, indicator, target(_text), realisation(_text)."""
    _check_polarities(frame["polarity"])
    ordinal = frame["polarity"].eq("ordinal").to_numpy()
    negative = frame["polarity"].eq("negative").to_numpy()
    target, realisation = frame["target"].to_numpy(float), frame["realisation"].to_numpy(float)
    # as booleans: mapped over no rows (no indicator chosen), the text test is of object dtype and no mask
    has_target = np.where(ordinal, ~frame["target_text"].map(is_no_value), ~np.isnan(target)).astype(bool)
    has_realisation = np.where(ordinal, ~frame["realisation_text"].map(is_no_value), ~np.isnan(realisation)).astype(bool)
    pct = np.where(ordinal, np.nan, _pct(target, realisation, negative, formula))
    met = np.where(negative, realisation <= target, realisation >= target)
    graded = ordinal & has_target & has_realisation
    met[graded] = [
        ordinal_achieved(t, r, _scale_of(s, name))
        for t, r, s, name in frame.loc[graded, ["target_text", "realisation_text", "scale", "indicator"]].itertuples(index=False)
    ]
    status = np.select([~has_target, ~has_realisation, met], ["no_target", "no_realisation", "achieved"], "not_achieved")
    achieved = pd.array(met, dtype="boolean")
    achieved[~(has_target & has_realisation)] = pd.NA
    return pd.DataFrame({"pct": pct, "achieved": achieved, "status": status}, index=frame.index)


def _scale_of(scale: object, indicator: str) -> str:
    if is_no_value(scale):
        raise AnalysisError(said("ordinal_no_scale", indicator=repr(indicator)))
    return str(scale)
