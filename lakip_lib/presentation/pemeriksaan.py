"""The internal data-quality report ``pemeriksaan-<year>.html``: what the public report leaves out.

The public LAKIP carries no list of data problems (a head of agency signs it);
the analyst who prepares it gets this page instead: every finding of the
reconciliation checks with the agency's explanation where ``lakip.yml`` gives
one, the acknowledgements that name no error, and a self-check against the
criteria of PermenPAN-RB 88/2021 (the evaluation of SAKIP) that lists what the
report still lacks. The same safety as the report: a self-contained page, no
script, everything from the data escaped, no names or NIPs (findings name
files, sheets, rows and budget lines only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .. import __version__
from ..analysis.gate import open_errors, unmatched
from ..domain import labels

if TYPE_CHECKING:
    from .report import Report


@dataclass
class Criterion:
    """One point of the self-check: what the evaluation looks for, and what of it the report lacks (none: met)."""

    text: str
    lacking: list[str] = field(default_factory=list)

    @property
    def met(self) -> bool:
        return not self.lacking


#: each criterion of the self-check in Indonesian and English, by key
_CRITERIA = {
    "errors": ("Angka yang disajikan konsisten: tidak ada kesalahan data yang belum diperbaiki atau dijelaskan",
               "The figures are consistent: no data error is left neither fixed nor explained"),
    "target": ("Setiap indikator kinerja memiliki target tahun ini", "Every performance indicator has this year's target"),
    "realisation": ("Setiap indikator kinerja memiliki realisasi tahun ini", "Every performance indicator has this year's realisation"),
    "previous": ("Capaian dibandingkan dengan tahun sebelumnya (realisasi tahun lalu setiap indikator)",
                 "Achievement compared with the previous year (last year's realisation of each indicator)"),
    "renstra": ("Capaian dibandingkan dengan target akhir Renstra (target Renstra setiap indikator)",
                "Achievement compared with the Renstra end target (each indicator's Renstra target)"),
    "analysis": ("Analisis penyebab keberhasilan atau kegagalan, kendala dan upaya untuk setiap indikator "
                 "(narasi/indikator/<kode>.md)",
                 "Analysis of the causes of success or failure, obstacles and follow-up for each indicator "
                 "(narasi/indikator/<code>.md)"),
    "trend": ("Tren beberapa tahun: folder data tahun-tahun sebelumnya", "A trend over several years: the earlier years' data folders"),
    "efficiency": ("Efisiensi penggunaan sumber daya: anggaran dan realisasi per program dikaitkan dengan capaian",
                   "Efficiency of resources: budget and realisation per programme set against achievement"),
    "renstra_text": ("Visi, misi dan tujuan Renstra (lakip.yml: renstra)", "The Renstra's vision, missions and goals (lakip.yml: renstra)"),
    "signatory": ("Penandatangan dan tanggal penandatanganan (lakip.yml: signatory)",
                  "Who signs, and when (lakip.yml: signatory)"),
    "datasets": ("Semua data masukan tersedia (pegawai, kinerja, anggaran, sarana)",
                 "Every input is there (staff, indicators, budget, assets)"),
}


def self_check(report: Report) -> list[Criterion]:
    """The self-check of ``report`` against the 88/2021 criteria the data can show, each with what the report lacks.

    Example:
        >>> from lakip_lib.presentation.report import build_report
        >>> [c.met for c in self_check(build_report("data/raw", 2024))][:2]
        [False, True]
    """
    english = report.lang == "en"
    data, results = report.data, report.results
    t = labels(report.lang)

    def criterion(key: str, lacking: list[str]) -> Criterion:
        return Criterion(_CRITERIA[key][english], lacking)

    checklist = [criterion("errors", [f"{e.check} {e.location}" for e in open_errors(report.findings).itertuples()])]
    indicators = _measured(results.indicators)
    if indicators is not None:
        names = indicators["indicator"].astype(str)
        renstra = set(data.indicators.values.loc[data.indicators.values["kind"].eq("renstra_target"), "id"])
        checklist += [
            criterion("target", names[indicators["target_text"].map(_blank)].tolist()),
            criterion("realisation", names[indicators["realisation_text"].map(_blank)].tolist()),
            criterion("previous", names[indicators["realisation_prev_text"].map(_blank)].tolist()),
            criterion("renstra", names[~indicators["id"].isin(renstra)].tolist()),
            # the analysis sections say which indicator has its text (a narasi/indikator/ file or the sheet's columns)
            criterion("analysis", [s.profile.indicator for s in report.sections if not s.has_text]),
        ]
    history = results.history
    checklist.append(criterion("trend", [] if history is not None and len(history) > 1 else [f"{data.year - 1}/"]))
    checklist.append(criterion("efficiency", [] if results.efficiency is not None and len(results.efficiency) else
                               [t["dataset_budget"] if results.budget is None else t["efficiency"]]))
    project = data.project
    checklist.append(criterion("renstra_text", [key for key, value in (("renstra.vision", project.vision),
                                                                       ("renstra.missions", project.missions),
                                                                       ("renstra.goals", project.goals)) if not value]))
    checklist.append(criterion("signatory", [f"signatory.{key}" for key in ("name", "title", "date")
                                             if not getattr(project.signatory, key)]))
    checklist.append(criterion("datasets", [t[f"dataset_{d}"] for d in data.missing]))
    return checklist


def _measured(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    """The indicators the evaluation reads in Bab III: tujuan and sasaran, or a unit's programme indicators."""
    if frame is None or frame.empty:
        return None
    levels = ["tujuan", "sasaran"] if frame["level"].isin(["tujuan", "sasaran"]).any() else ["program", "kegiatan"]
    return frame[frame["level"].isin(levels)]


def _blank(text: object) -> bool:
    return text is None or (isinstance(text, float) and pd.isna(text)) or not str(text).strip()


def pemeriksaan_html(report: Report, checklist: list[Criterion]) -> str:
    """The internal report as one self-contained HTML page (escaped, no script, the report's stylesheet inline)."""
    from .report import _environment  # the report's Jinja environment: autoescaping, the same templates folder

    findings = report.findings
    stale = unmatched(report.results.findings, report.data.project.acknowledgements)
    return _environment().get_template("report/pemeriksaan.html.j2").render(
        r=report, t=labels(report.lang), lang=report.lang, year=report.data.year, project=report.data.project,
        findings=findings, open=len(open_errors(findings)), stale=stale, checklist=checklist, version=__version__)


def write_pemeriksaan(report: Report, checklist: list[Criterion], path: str | Path) -> Path:
    """Write ``pemeriksaan-<year>.html`` at ``path``; return it."""
    path = Path(path)
    path.write_text(pemeriksaan_html(report, checklist), encoding="utf-8")
    return path
