"""The Ringkasan Eksekutif: the year's headline numbers and which indicators went well or fell short."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .profiles import IndicatorProfile


@dataclass
class ExecutiveSummary:
    """What the first chapter states: indicators achieved of those measured, the main indicator (the first
    tujuan-level indicator of the Perjanjian Kinerja with a realisation) with its change, the SAKIP grade when an
    indicator carries it, the budget's serapan and sisa, and the indicators that went well or fell short."""

    year: int
    achieved: int
    measured: int
    main: IndicatorProfile | None
    sakip: IndicatorProfile | None
    budget: float
    realised: float
    remaining: float
    absorption_pct: float
    #: achieved indicators that did not fall against the previous year, the highest uncapped capaian first
    went_well: list[IndicatorProfile] = field(default_factory=list)
    #: indicators that missed their target or fell against the previous year, then those with no realisation
    fell_short: list[IndicatorProfile] = field(default_factory=list)


def executive_summary(profiles: list[IndicatorProfile], year: int, total: pd.DataFrame | None = None,
                      scales: dict[str, str | None] | None = None) -> ExecutiveSummary:
    """The Ringkasan Eksekutif of ``year`` from its indicator profiles (:func:`~lakip_lib.analysis.profiles.indicator_profiles`)
    and the agency's budget total (:func:`~lakip_lib.analysis.budget.agency_total`; NaN amounts without one).
    ``scales`` maps an indicator id to its ordinal scale: the SAKIP grade is the indicator on the ``sakip`` scale.

    Example:
        >>> from lakip_lib.analysis.year import analyse_year
        >>> from lakip_lib.analysis.profiles import indicator_profiles
        >>> r = analyse_year("data/raw", 2024)
        >>> p = indicator_profiles(r.indicators, r.data.indicators.values, 2024, levels=["tujuan", "sasaran", "prioritas"])
        >>> s = executive_summary(p, 2024, r.total, dict(zip(r.indicators["id"], r.indicators["scale"])))
        >>> s.achieved, s.measured, s.main.indicator, s.sakip.realisation_text
        (7, 7, 'Indeks Profesionalitas ASN', 'A')
    """
    scales = scales or {}
    measured = [p for p in profiles if p.status in ("achieved", "not_achieved")]
    achieved = [p for p in measured if p.status == "achieved"]
    numeric = [p for p in measured if p.polarity != "ordinal"]
    main = next((p for p in numeric if p.level == "tujuan"), next(iter(numeric), None))
    sakip = next((p for p in profiles if scales.get(p.id) == "sakip" and p.realisation_text), None)
    declined = [p for p in achieved if p.change is not None and p.change.direction == "declined"]
    went_well = sorted((p for p in achieved if all(p.id != d.id for d in declined)),
                       key=lambda p: -p.achievement_pct if np.isfinite(p.achievement_pct) else 0.0)
    missed = [p for p in measured if p.status == "not_achieved"]
    pending = [p for p in profiles if p.status == "no_realisation"]
    if total is not None and len(total):
        row = total.iloc[0]
        amounts = float(row["budget"]), float(row["realised"]), float(row["remaining"]), float(row["absorption_pct"])
    else:
        amounts = (float("nan"),) * 4
    return ExecutiveSummary(year, len(achieved), len(measured), main, sakip, *amounts,
                            went_well=went_well, fell_short=missed + declined + pending)
