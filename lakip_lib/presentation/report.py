"""The LAKIP report: numbered tables and figures, narrative, written outputs.

:func:`build_report` loads a year, analyses it, and arranges the results as
the reference LAKIP does (Bab I–IV, Tabel 1.1 …, Gambar 1.2 …). Sentences
that state numbers come from Jinja templates filled from the computed
tables, so the text cannot disagree with them; everything from the input
data is escaped (the templates autoescape). The report notebook displays
:meth:`Report.html`; the build exports that notebook to a self-contained
HTML file.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import pickle
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

import mistune
import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .. import __version__
from ..analysis.budget import top_level
from ..analysis.gate import acknowledge, open_errors, row_of
from ..analysis.profiles import IndicatorProfile, indicator_profiles
from ..analysis.summary import ExecutiveSummary, executive_summary
from ..analysis.year import YearResults, add_earlier_years, analyse_year
from ..domain import labels
from ..errors import ChartDataError
from ..gate import gate_name, write_gate
from ..config import check_logo, fill_years
from ..loading.inputs import indicator_narrative_files, narrative_files, project_files, sha256_file
from ..loading.year import YearData
from ..safety import visible_controls
from ..formatting import Formatter
from .pemeriksaan import Criterion, self_check, write_pemeriksaan
from .outline import Caption, Chapter, Heading
from .stored import store_report
from .svg import figure_svg
from .sections import FOREWORD, IndicatorSection, block_markdown, difference_text, indicator_sections, value_text

TEMPLATES = Path(str(files("lakip_lib").joinpath("presentation", "templates")))


@dataclass
class ReportTable:
    """One numbered table: display strings for HTML, values for xlsx."""

    key: str
    number: str
    title: str
    section: str  # staff, assets, indicators or budget: the dataset it comes from
    source: str
    display: pd.DataFrame
    values: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    #: the input row of each table row (``anggaran.xlsx:Realisasi!row 14``), for the tables of budget and indicator rows
    locations: list[str] = field(default_factory=list)
    #: positions of the rows an error finding names (marked, with a note saying what is wrong or how it is explained)
    flagged: list[int] = field(default_factory=list)
    #: a header of two rows: (group label, columns it spans) left to right, ``""`` for a column whose own header spans
    #: both rows (the assets' ``KONDISI`` over Baik | Rusak); empty for a header of one row
    header_groups: list[tuple[str, int]] = field(default_factory=list)

    def header_rows(self) -> list[list[tuple[str, int, int, int | None]]]:
        """The header as printed, row by row: each cell's text, column span, row span and the column it heads (None
        for a group label).

        Example:
            >>> table = ReportTable("t", "", "", "assets", "", pd.DataFrame(columns=["No", "Baik", "Rusak"]), pd.DataFrame(),
            ...                     header_groups=[("", 1), ("Kondisi", 2)])
            >>> table.header_rows()
            [[('No', 1, 2, 0), ('Kondisi', 2, 1, None)], [('Baik', 1, 1, 1), ('Rusak', 1, 1, 2)]]
        """
        columns = [str(c) for c in self.display.columns]
        if not self.header_groups:
            return [[(c, 1, 1, i) for i, c in enumerate(columns)]]
        upper, lower, index = [], [], 0
        for label, span in self.header_groups:
            if label:
                upper.append((label, span, 1, None))
                lower += [(columns[i], 1, 1, i) for i in range(index, index + span)]
            else:
                upper += [(columns[i], 1, 2, i) for i in range(index, index + span)]
            index += span
        return [upper, lower]

    def column_kinds(self) -> list[str]:
        """Each column as the renderers lay it out: ``num`` (numbers in Indonesian notation, ``-`` for no value:
        right-aligned, never wrapped), ``wide`` (a text longer than 24 characters) or ``""``.

        Example:
            >>> table = ReportTable("t", "", "", "staff", "", pd.DataFrame({"No": ["1", "-"], "Uraian": ["x" * 30, "y"],
            ...                     "Status": ["Tercapai", "-"]}), pd.DataFrame())
            >>> table.column_kinds()
            ['num', 'wide', '']
        """
        kinds = []
        for column in self.display.columns:
            cells = [str(v) for v in self.display[column].tolist()]
            digits = "".join(cell for cell in cells if cell != "-")
            for mark in ".,%- ":
                digits = digits.replace(mark, "")
            kinds.append("num" if cells and (digits.isdigit() or not digits)
                         else "wide" if cells and max(map(len, cells)) > 24 else "")
        return kinds


@dataclass
class ReportFigure:
    """One (possibly numbered) figure with its alt text and the dataset it shows."""

    number: str
    title: str
    section: str
    figure: object

    @property
    def alt(self) -> str:
        return getattr(self.figure, "lakip_alt", self.title)

    @property
    def svg(self) -> Markup:
        """The figure as an inline ``<svg role="img">`` named by its alt text (:func:`~.svg.figure_svg`): its text
        stays text, legible and measurable at any width, and the page fetches nothing."""
        svg = figure_svg(self.figure, getattr(self.figure, "lakip_key", "gambar"))
        return Markup(svg.replace("<svg ", Markup('<svg role="img" aria-label="{}" ').format(self.alt), 1))


@dataclass
class Report:
    """A year's report, ready to display, export or write."""

    results: YearResults
    lang: str
    tables: dict[str, ReportTable]
    figures: dict[str, ReportFigure]
    narasi: dict[str, str] = field(default_factory=dict)
    #: every file the report was built from (spreadsheets, lakip.yml, narasi) → SHA-256
    inputs: dict[str, str] = field(default_factory=dict)
    #: the agency's Word template named in lakip.yml (``report.docx_template``), None for the kit's own
    template: Path | None = None
    #: the agency's logo named in lakip.yml (``agency.logo``), for the cover; None for none
    logo: Path | None = None
    #: Bab III's analysis of each indicator of the Perjanjian Kinerja, in its order (:mod:`.sections`)
    sections: list[IndicatorSection] = field(default_factory=list)
    #: the Ringkasan Eksekutif's numbers (:func:`~lakip_lib.analysis.summary.executive_summary`)
    summary: ExecutiveSummary | None = None
    #: the analyst's texts the report still lacks, as the files to write (``narasi/kata-pengantar.md``, one per
    #: indicator): each shows a placeholder where it belongs while the report is a draft, and the self-check lists them
    missing_texts: list[str] = field(default_factory=list)
    #: the self-check against the 88/2021 criteria, for the internal report (:mod:`lakip_lib.presentation.pemeriksaan`)
    checklist: list[Criterion] = field(default_factory=list)
    #: every numbered table and figure by its id in the HTML, in print order (:mod:`.outline`): the Daftar Tabel and
    #: Daftar Gambar, and the captions of every output
    captions: dict[str, Caption] = field(default_factory=dict)
    #: each chapter's lettered section headings (h3) by the chapter's id, in print order: the Daftar Isi
    outline: dict[str, list[Heading]] = field(default_factory=dict)
    #: the kit's own section headings by name (``sdm``, ``keuangan`` …); the narrative's are in its HTML
    headings: dict[str, Heading] = field(default_factory=dict)
    #: the tables and figures under each of the kit's own section headings, in print order
    items: dict[str, list[str]] = field(default_factory=dict)
    #: the chapters' narrative files (``01-latar-belakang`` …) as HTML, their headings lettered in their chapter
    narrative_html: dict[str, Markup] = field(default_factory=dict)

    @property
    def data(self) -> YearData:
        return self.results.data

    @property
    def findings(self) -> pd.DataFrame:
        """The year's findings with the agency's explanation of each acknowledged error (:func:`~lakip_lib.analysis.gate.acknowledge`)."""
        return acknowledge(self.results.findings, self.data.project.acknowledgements)

    @property
    def draft_count(self) -> int:
        """How many error findings are neither fixed nor acknowledged."""
        return len(open_errors(self.findings))

    @property
    def draft(self) -> bool:
        """Whether an error finding is neither fixed nor acknowledged: the report is then a draft, marked on every page."""
        return self.draft_count > 0

    def html(self) -> str:
        """The report body (cover, contents, chapters, appendix) as escaped HTML."""
        template = _environment().get_template("report/report.html.j2")
        return template.render(r=self, t=labels(self.lang), fmt=Formatter(self.lang), project=self.data.project,
                               year=self.data.year, version=__version__, narasi=self.narasi, lang=self.lang)

    @property
    def logo_uri(self) -> str:
        """The logo as a ``data:`` URI, embedded in the page (the report fetches nothing); "" without a logo.

        Example:
            >>> report = build_report("data/raw", 2024)
            >>> report.logo_uri  # the sample's lakip.yml names no logo
            ''
        """
        if self.logo is None:
            return ""
        mime = check_logo(self.logo, "lakip.yml: agency.logo")  # it may have changed since lakip.yml was read
        return f"data:{mime};base64,{base64.b64encode(self.logo.read_bytes()).decode('ascii')}"

    @property
    def signed_on(self) -> str:
        """The signing date as printed (``2025-01-29`` in ``lakip.yml`` is ``29 Januari 2025``); text that is no ISO
        date is printed as written.

        Example:
            >>> report = build_report("data/raw", 2024)
            >>> report.signed_on
            '29 Januari 2025'
        """
        date = self.data.project.signatory.date
        try:
            return Formatter(self.lang).date(dt.date.fromisoformat(date))
        except ValueError:
            return date

    def h3(self, name: str) -> Markup:
        """One of the kit's own section headings as printed, lettered in its chapter (:attr:`headings`).

        Example:
            >>> report = build_report("data/raw", 2024)
            >>> report.h3("sdm")
            Markup('<h3 id="bab-1-f">F. Sumber Daya Manusia</h3>')
        """
        heading = self.headings[name]
        return Markup('<h3 id="{}">{}</h3>').format(heading.key, heading.text)

    def caption(self, key: str) -> Markup:
        """The caption of a numbered table or figure, as a ``figcaption`` holds it (:attr:`captions`).

        Example:
            >>> report = build_report("data/raw", 2024)
            >>> report.caption("tabel-3-7")
            Markup('<span class="number">Tabel 3.28</span> Anggaran dan Realisasi Belanja Program Kepegawaian Daerah Tahun 2024')
        """
        caption = self.captions[key]
        return Markup('<span class="number">{}</span> {}').format(caption.label, caption.title)

    def _repr_html_(self) -> str:
        return self.html()

    def with_narrative(self, data_dir: str | Path) -> Report:
        """This report with the narrative of ``data_dir`` read again, and the input hashes of its appendix with it: the
        report of a data folder whose only change since is its narrative, without analysing anything again.

        Example:
            >>> report = build_report("data/raw", 2024)
            >>> report.with_narrative("data/raw").narasi == report.narasi
            True
        """
        root, year = Path(data_dir), self.data.year
        report = replace(self, narasi=_narrative(root, year), inputs=_inputs(self.results, root, year))
        _analyse_texts(report, root)  # the foreword and the indicators' texts are narrative too
        _structure(report)  # a narrative heading more or less letters the chapter's others again
        return report

    def write(self, output_dir: str | Path, docx: bool = False) -> None:
        """Write ``tables/*.csv``, ``tabel-lakip-<year>.xlsx``, the internal report ``pemeriksaan-<year>.html`` and the
        gate record ``pemeriksaan-<year>.json`` (:mod:`lakip_lib.gate`) under ``output_dir``; with ``docx``, the Word
        document ``lakip-<year>.docx`` too (:func:`lakip_lib.presentation.docx.build_docx`).

        The figure files are written by the notebook of each part
        (:func:`save_figures`), which runs beside this one in a build.
        """
        from .outputs import write_interface_tables, write_xlsx  # openpyxl: not for a report rendered from its stored model

        output_dir = Path(output_dir)
        write_interface_tables(self.results, output_dir / "tables")
        write_pemeriksaan(self, self.checklist, output_dir / f"pemeriksaan-{self.data.year}.html")
        errors = self.findings[self.findings["severity"].eq("error")]
        write_gate(output_dir / gate_name(self.data.year), self.data.year, errors.to_dict("records"), self.data.project.bundled_sample)
        order = {key: n for n, key in enumerate(self.captions)}  # the sheets in the report's order, Tabel 1.1 first
        tables = [*self.tables.values(), *analysis_tables(self)]
        write_xlsx(sorted(tables, key=lambda table: order.get(table.key, len(order))),
                   output_dir / f"tabel-lakip-{self.data.year}.xlsx")
        if docx:
            from .docx import build_docx  # python-docx: only for a build that asks for the Word document

            build_docx(self, output_dir / f"lakip-{self.data.year}.docx")


def analysis_tables(report: Report) -> list[ReportTable]:
    """The tables of each indicator's section in Bab III (its capaian, its trend, its programmes) as the xlsx stores
    them, numbered as the report prints them: numbers as numbers (a target or realisation as its parsed number, a
    grade as written), each beside its printed text, which the sheet's number formats follow.

    Example:
        >>> [t.number for t in analysis_tables(build_report("data/raw", 2024))][:3]
        ['Tabel 3.6', 'Tabel 3.7', 'Tabel 3.8']
    """
    t = labels(report.lang)
    fmt = Formatter(report.lang)
    project, year = report.data.project, report.data.year
    cap = project.rules.cap
    tables = []

    def add(key: str, rows: list[tuple[object, ...]], printed: list[tuple[str, ...]], columns: list[str], source: str | None) -> None:
        if key in report.captions:
            caption = report.captions[key]
            tables.append(ReportTable(key, caption.label, caption.title, "analysis", source or "",
                                      pd.DataFrame(printed, columns=columns), pd.DataFrame(rows, columns=columns)))

    def number(value: float, text: str | None) -> object:
        return float(value) if pd.notna(value) else (text if isinstance(text, str) and text.strip() else None)

    for s in report.sections:
        p = s.profile
        def shown(value, text, p=p):
            return value_text(fmt, value, text, p.unit, p.polarity)
        rows = [(t["target"], number(p.target, p.target_text)), (t["realisation"], number(p.realisation, p.realisation_text))]
        printed = [(t["target"], shown(p.target, p.target_text)), (t["realisation"], shown(p.realisation, p.realisation_text))]
        if p.polarity != "ordinal":
            rows.append((t["capaian_measured"], number(p.achievement_pct, None)))
            printed.append((t["capaian_measured"], fmt.percent(p.achievement_pct)))
            if cap:
                label = t["capaian_capped"].format(cap=fmt.number(cap))
                rows.append((label, number(p.achievement_reported_pct, None)))
                printed.append((label, fmt.percent(p.achievement_reported_pct)))
            rows.append((t["category"], p.category))
            printed.append((t["category"], p.category or "-"))
        rows.append((t["status"], t[p.status]))
        printed.append((t["status"], t[p.status]))
        add(f"{s.anchor}-capaian", rows, printed, [t["item"], f"{t['year']} {year}"], s.source or project.sources.get("indicators"))
        history = p.history
        trend = [(str(v.year), number(v.target, v.target_text), number(v.value, v.text),
                  None if n == 0 or p.polarity == "ordinal" or pd.isna(v.value) or pd.isna(history[n - 1].value)
                  else v.value - history[n - 1].value) for n, v in enumerate(history)]
        printed = [(str(v.year), shown(v.target, v.target_text), shown(v.value, v.text), "-" if change is None else
                    ("+" if change > 0 else "−" if change < 0 else "") + difference_text(fmt, change, p.unit))
                   for v, (*_, change) in zip(history, trend)]
        add(f"{s.anchor}-tren", trend, printed, [t["year"], t["target"], t["realisation"], t["change"]], None)
        programs = [(f"{g.code} {g.name}", g.budget, g.realised, g.absorption_pct, g.verdict) for g in p.programs]
        printed = [(name, fmt.rupiah(b), fmt.rupiah(r), fmt.percent(a), v or "-") for name, b, r, a, v in programs]
        add(f"{s.anchor}-program", programs, printed, [t["program"], t["budget"], t["realised"], t["serapan"], t["efficiency"]],
            project.sources.get("budget"))
    return tables


def build_report(data_dir: str | Path, year: int, output_dir: str | Path | None = None, lang: str = "id",
                 processed_dir: str | Path | None = None, docx: bool = False) -> Report:
    """Load, analyse and arrange one year; write its files when ``output_dir`` is given (with ``docx``, the Word
    document too).

    Example:
        >>> report = build_report("data/raw", 2024)
        >>> report.tables["tabel-3-7"].number
        'Tabel 3.28'
    """
    results = analyse_year(data_dir, year, processed_dir)
    root = Path(data_dir)
    unread = add_earlier_years(results, root, processed_dir)
    template = results.data.project.docx_template
    tables = _arrange(results, lang, unread)
    _flag(tables, acknowledge(results.findings, results.data.project.acknowledgements), lang)
    report = Report(results, lang, tables, report_figures(results, lang), narasi=_narrative(root, year),
                    inputs=_inputs(results, root, year), template=root / template if template else None,
                    logo=root / results.data.project.logo if results.data.project.logo else None)
    _analyse_texts(report, root)
    _structure(report)
    if output_dir is not None:
        report.write(output_dir, docx=docx)
        # a later build whose only change is the narrative renders the report again from this, with no kernel
        store_report(report, output_dir, root, docx=docx)
    return report


def _analyse_texts(report: Report, root: Path) -> None:
    """Fill what the analyst's texts shape: the analysis per indicator, the Ringkasan Eksekutif, the list of texts
    the report still lacks and the self-check of the internal report."""
    results, year = report.results, report.data.year
    if results.indicators is not None:
        frame = results.indicators
        profiles = _profiles(results)
        texts = {stem: (path.relative_to(root).as_posix(), visible_controls(fill_years(path.read_text(encoding="utf-8"), year)))
                 for stem, path in indicator_narrative_files(root, year).items()}
        report.sections = indicator_sections(profiles, texts)
        sources = dict(zip(frame["id"], frame["source"])) if "source" in frame.columns else {}
        for section in report.sections:
            source = sources.get(section.profile.id)
            section.source = source if isinstance(source, str) and source.strip() else None  # an empty cell is NaN
    frame = results.indicators
    scales = dict(zip(frame["id"], frame["scale"])) if frame is not None else {}
    report.summary = executive_summary([s.profile for s in report.sections], year, results.total, scales)
    report.missing_texts = ([] if FOREWORD in report.narasi else [f"narasi/{FOREWORD}.md"]) + [
        s.narrative_file for s in report.sections if not s.has_text]
    report.checklist = self_check(report)


def _profiles(results: YearResults) -> list[IndicatorProfile]:
    """The analysis of each indicator Bab III prints (:func:`~lakip_lib.analysis.profiles.indicator_profiles`), with the
    earlier years ``results`` knows."""
    frame = results.indicators
    earlier = [(e.data.year, e.data.indicators.indicators, e.data.indicators.values)
               for e in results.earlier if e.data.indicators is not None]
    return indicator_profiles(frame, results.data.indicators.values, results.data.year,
                              levels=[*_goal_levels(frame), "prioritas"],
                              budget=results.data.budget.rows if results.data.budget is not None else None,
                              efficiency=results.efficiency, earlier=earlier,
                              negative_formula=results.data.project.rules.negative_formula)


def _narrative(root: Path, year: int) -> dict[str, str]:
    return {name: visible_controls(fill_years(p.read_text(encoding="utf-8"), year)) for name, p in narrative_files(root, year).items()}


def _inputs(results: YearResults, root: Path, year: int) -> dict[str, str]:
    # the appendix names everything that shaped the report, not only the spreadsheets (the Word template too)
    return {**results.data.sha256, **{p.relative_to(root).as_posix(): sha256_file(p) for p in project_files(root, year)}}


# ---------------------------------------------------------------- arranging

def _arrange(results: YearResults, lang: str, unread: list[str] = ()) -> dict[str, ReportTable]:
    t = labels(lang)
    fmt = Formatter(lang)
    data = results.data
    agency = data.project.agency
    year = data.year
    sources = data.project.sources
    tables: dict[str, ReportTable] = {}

    def add(key: str, title: str, source_key: str, display: pd.DataFrame, values: pd.DataFrame, notes=(),
            locations: pd.Series | None = None, source: str | None = None, header_groups=()):
        # the number comes later, from the report's structure (_structure): where the table is printed decides it
        tables[key] = ReportTable(key, "", title, source_key, source or sources.get(source_key, ""), display, values,
                                  list(notes), [] if locations is None else locations.astype(str).tolist(),
                                  header_groups=list(header_groups))

    staffing = results.staffing
    if staffing:
        total = int(staffing[next(iter(staffing))]["count"].sum())
        one = pd.DataFrame({t["no"]: [1], t["agency"]: [agency], t["total"]: [total]})
        add("tabel-1-1", f"{t['staff_total']} {agency} {t['year']} {year}", "staff", _display(one, fmt), one)
        for key, dimension, by in (("tabel-1-2", "position_type", "by_position"), ("tabel-1-3", "gender", "by_gender"),
                                   ("tabel-1-4", "golongan", "by_grade"), ("tabel-pendidikan", "education", "by_education")):
            if dimension in staffing:
                frame = _count_table(staffing[dimension], t[dimension], t)
                add(key, f"{t['staff_total']} {agency} {t[by]} {t['year']} {year}", "staff",
                    _display(frame, fmt, percent=[t["share"]]), frame)
        if results.retirement is not None and len(results.retirement):
            retirement = results.retirement
            # a year is a label, not a quantity: no thousands separator; the total row adds up each column
            frame = pd.concat([retirement.assign(year=retirement["year"].astype(str)),
                               pd.DataFrame([{"year": t["total"].upper(), **retirement.drop(columns="year").sum().to_dict()}])],
                              ignore_index=True).rename(columns={"year": t["year"], "total": t["total"]})
            first, last = retirement["year"].iloc[0], retirement["year"].iloc[-1]
            span = f"{first}–{last}" if first != last else f"{first}"
            add("tabel-pensiun", f"{t['retirement']} {t['year']} {span}", "staff", _display(frame, fmt), frame)
    if data.assets is not None:
        for key, category, title in (("tabel-1-5", "sarana", "assets_title"), ("tabel-1-6", "prasarana", "infra_title")):
            rows = data.assets.rows[data.assets.rows["category"] == category]
            frame = pd.DataFrame({t["no"]: range(1, len(rows) + 1), t[f"item_{category}"]: rows["item"].to_numpy(),
                                  t["good"]: rows["good"].to_numpy(), t["damaged"]: rows["damaged"].to_numpy(),
                                  t["sufficient"]: rows["sufficient"].to_numpy(), t["lacking"]: rows["lacking"].to_numpy(),
                                  t["note"]: rows["note"].to_numpy()})
            # the reference's two-row header: KONDISI over Baik | Rusak, JUMLAH over Mencukupi | Kurang
            add(key, t[title].format(agency=agency, year=year), "assets", _display(frame, fmt), frame,
                header_groups=[("", 2), (t["condition"], 2), (t["quantity"], 2), ("", 1)])
    if results.indicators is not None:
        _indicator_tables(results, t, fmt, add)
    if results.budget is not None:
        programs = results.budget[results.budget["level"] == top_level(results.budget)]
        # ids keep the reference's (#tabel-3-6, #tabel-3-7: links and readers' bookmarks) unless an agency with more
        # goals has taken them: a goal table's key must never be overwritten
        goals = [int(key.rsplit("-", 1)[1]) for key in tables if key.startswith("tabel-3-")]
        first = max(6, max(goals, default=0) + 1)
        for n, (_, program) in enumerate(programs.iterrows()):
            rows = results.budget[(results.budget["code"] == program["code"]) | (results.budget["parent"] == program["code"])]
            # each program's table numbers from 1, as the reference's Tabel 3.6 and 3.7 do
            numbers = ["1" if code == program["code"] else f"1.{i}" for i, code in enumerate(rows["code"])]
            frame = pd.DataFrame({t["no"]: numbers, t["program_kegiatan"]: rows["name"].to_numpy(),
                                  t["budget"]: rows["budget"].to_numpy(), t["realised"]: rows["realised"].to_numpy(),
                                  t["remaining"]: rows["remaining"].to_numpy(), t["absorption"]: rows["absorption_pct"].to_numpy()})
            add(f"tabel-3-{first + n}", t["budget_title"].format(program=program["name"], year=year), "budget",
                _display(frame, fmt, percent=[t["absorption"]]), frame, locations=rows["location"])
        if results.efficiency is not None and len(results.efficiency):
            values, display = _efficiency_table(results.efficiency, t, fmt)
            add("tabel-efisiensi", t["efficiency_title"].format(year=year), "budget", display, values)
    if results.history is not None and (len(results.history) > 1 or unread):
        frame, display = _trend_table(results.history, t, fmt)
        add("tabel-tren", t["trend_title"].format(first=results.history["year"].iloc[0], year=year, agency=agency), "trend",
            display, frame, [t["trend_unread"].format(what=line) for line in unread])
    return tables


def indicator_source(rows: pd.DataFrame, default: str | None) -> str:
    """The "Sumber" line of a table of indicators: each data source its rows name (their ``Sumber Data`` cells), in
    order and once each; ``default`` (``report.sources.indicators`` of ``lakip.yml``) for rows that name none.

    Example:
        >>> rows = pd.DataFrame({"source": ["BKN Per Oktober 2024", None, "BKN Per Oktober 2024"]})
        >>> indicator_source(rows, "Perjanjian Kinerja Tahun 2024")
        'BKN Per Oktober 2024; Perjanjian Kinerja Tahun 2024'
        >>> indicator_source(rows.iloc[:1], "Perjanjian Kinerja Tahun 2024")
        'BKN Per Oktober 2024'
    """
    named = rows["source"].tolist() if "source" in rows.columns else [None] * len(rows)
    lines = [str(s).strip() if isinstance(s, str) and s.strip() else default for s in named]
    return "; ".join(dict.fromkeys(line for line in lines if line))


def _efficiency_table(efficiency: pd.DataFrame, t: dict[str, str], fmt: Formatter) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The efficiency of each programme (:func:`~lakip_lib.analysis.budget.efficiency`) as values for xlsx and as printed."""
    values = pd.DataFrame({t["program"]: efficiency["name"].to_numpy(),
                           t["capaian"]: efficiency["achievement_reported_pct"].to_numpy(),
                           t["absorption"]: efficiency["absorption_pct"].to_numpy(),
                           t["selisih"]: efficiency["selisih"].to_numpy(),
                           t["verdict"]: efficiency["verdict"].to_numpy()})
    display = pd.DataFrame({t["program"]: values[t["program"]],
                            t["capaian"]: [fmt.percent(v) for v in values[t["capaian"]]],
                            t["absorption"]: [fmt.percent(v) for v in values[t["absorption"]]],
                            t["selisih"]: [fmt.number(v, 2) for v in values[t["selisih"]]],
                            t["verdict"]: [v or "-" for v in values[t["verdict"]]]})
    return values, display


# ---------------------------------------------------------------- structure

#: the narrative files each chapter prints (by the start of their name), before or after the kit's own sections
_NARRATIVE_PLACES = {"bab-1": ("01", "02", "03", "04"), "bab-2": ("05",), "bab-4": ("06",)}
#: the tables and figures the kit prints under each of its section headings, in print order; the indicators' and
#: programmes' tables are found by their dataset (their count follows the data)
_STAFF_ITEMS = ("tabel-1-1", "tabel-1-2", "gambar-1-2", "tabel-1-3", "gambar-1-3", "tabel-1-4", "gambar-1-4",
                "gambar-piramida", "tabel-pendidikan", "gambar-pendidikan", "tabel-pensiun", "gambar-pensiun")
_ASSET_ITEMS = ("tabel-1-5", "tabel-1-6")
_AGREEMENT_ITEMS = ("tabel-pk", "tabel-ikk")
_BUDGET_AFTER = ("gambar-anggaran", "tabel-efisiensi")


def _places(figures: dict[str, ReportFigure], tables: dict[str, ReportTable], sections: list[IndicatorSection],
            lang: str, narrative=None, titles: dict[str, str] | None = None) -> tuple[dict[str, list[Heading]], dict[str, Caption], dict[str, Heading],
                                                dict[str, list[str]]]:
    """Walk the report in print order: letter each chapter's section headings (the narrative's included, through
    ``narrative(chapter, key)``, which renders that chapter's files) and number its tables and figures; ``titles``
    gives the headings that name the year or the Renstra period (``renstra``, ``pk``)."""
    t = labels(lang)
    outline, captions, headings, items = {}, {}, {}, {}
    named = {key: table.title for key, table in tables.items()} | {key: figure.title for key, figure in figures.items()}
    for chapter_key, parts in _chapter_parts(tables, figures, sections, t, titles or {}):
        chapter = Chapter(chapter_key, chapter_key.removeprefix("bab-"), t["table"], t["figure"])
        for name, title, keys in parts:
            if name is None:
                if narrative is not None:
                    narrative(chapter, title)
                continue
            headings[name] = chapter.heading(title)
            items[name] = []
            for kind, key, caption_title in keys:
                caption = chapter.caption(kind, key, caption_title or named[key])
                captions[key] = caption
                items[name].append(key)
        outline[chapter_key] = chapter.headings
    return outline, captions, headings, items


def _chapter_parts(tables, figures, sections, t, titles):
    """Each chapter's parts in print order: (section name, heading title, its (kind, key, title) items), or
    (None, narrative file prefix, ()) where that chapter's narrative files are printed."""
    def present(keys):
        return [("table" if key in tables else "figure", key, None) for key in keys if key in tables or key in figures]

    goals = [key for key, tb in tables.items() if tb.section == "indicators" and key not in _AGREEMENT_ITEMS]
    budget = [key for key, tb in tables.items() if tb.section == "budget" and key not in _BUDGET_AFTER]
    analysis = []
    for s in sections:
        p = s.profile
        analysis.append(("table", f"{s.anchor}-capaian", t["indicator_facts_title"].format(indicator=p.indicator)))
        if len(p.history) > 1:
            analysis.append(("table", f"{s.anchor}-tren", t["indicator_trend_title"].format(
                indicator=p.indicator, first=p.history[0].year, last=p.history[-1].year)))
            if f"{s.anchor}-grafik" in figures:
                analysis.append(("figure", f"{s.anchor}-grafik", None))
        if p.programs:
            analysis.append(("table", f"{s.anchor}-program", t["indicator_programs_title"].format(indicator=p.indicator)))
    return [
        ("bab-1", [(None, "bab-1", ()), ("sdm", t["sdm"], present(_STAFF_ITEMS)),
                   ("sarana", t["sarana"], present(_ASSET_ITEMS))]),
        ("bab-2", [("renstra", titles.get("renstra", t["renstra"]), ()), (None, "bab-2", ()),
                   ("pk", titles.get("pk", t["pk"]), present(_AGREEMENT_ITEMS))]),
        ("bab-3", [("kinerja", t["kinerja_heading"], present([*goals, "gambar-capaian"]) + analysis),
                   ("keuangan", t["keuangan"], present([*budget, *_BUDGET_AFTER])),
                   *([("tren", t["trend_heading"], present(["tabel-tren"]))] if "tabel-tren" in tables else [])]),
        ("bab-4", [("kesimpulan", t["conclusion"], ()), (None, "bab-4", ())]),
    ]


def _structure(report: Report) -> None:
    """Letter the report's section headings and number its tables and figures in print order (:mod:`.outline`),
    rendering the chapters' narrative files on the way; every output prints these."""
    t = labels(report.lang)
    narrative_html: dict[str, Markup] = {}

    def narrative(chapter: Chapter, chapter_key: str) -> None:
        for key, text in report.narasi.items():
            if key.startswith(_NARRATIVE_PLACES.get(chapter_key, ())):
                narrative_html[key] = Markup(chapter.narrative(text))

    project, year = report.data.project, report.data.year
    renstra = f"{t['renstra']} {project.renstra_start}–{project.renstra_end}" if project.renstra_start else t["renstra"]
    titles = {"renstra": renstra, "pk": f"{t['pk']} {year}"}
    outline, captions, headings, items = _places(report.figures, report.tables, report.sections, report.lang, narrative,
                                                 titles)
    report.outline, report.captions, report.headings, report.items = outline, captions, headings, items
    report.narrative_html = narrative_html
    for key, caption in captions.items():
        if key in report.tables:
            report.tables[key].number = caption.label
        elif key in report.figures:
            report.figures[key] = replace(report.figures[key], number=caption.label)


def _flag(tables: dict[str, ReportTable], findings: pd.DataFrame, lang: str) -> None:
    """Mark the rows an error finding names (budget and indicator rows): the row's name gets ``*n)`` and the table the
    note ``*n)`` saying what is wrong while it is open, or the agency's explanation once it is acknowledged."""
    t = labels(lang)
    errors = findings[findings["severity"].eq("error")]
    rows = errors["location"].map(row_of).tolist()
    for table in tables.values():
        marks = 0
        for position, location in enumerate(table.locations):
            key = row_of(location)
            for error in errors[[key is not None and row == key for row in rows]].itertuples():
                marks += 1
                mark = f" *{marks})"
                for frame in (table.display, table.values):  # the Word document prints the one, the xlsx the other
                    frame.iloc[position, 1] = f"{frame.iloc[position, 1]}{mark}"
                message = error.message if lang == "id" else error.message_en
                table.notes.append(f"*{marks}) {message}. {t['flag_explained']}: {error.acknowledged}" if error.acknowledged
                                   else f"*{marks}) {t['flag_open']}: {message}")
                if position not in table.flagged:
                    table.flagged.append(position)


def _trend_table(table: pd.DataFrame, t: dict[str, str], fmt: Formatter) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The headline numbers by year (:func:`~lakip_lib.analysis.year.history`) as values for xlsx and as printed."""
    values = pd.DataFrame({t["year"]: table["year"].astype(str).to_numpy(),  # a year is a label, not a quantity
                           t["staff_total"]: table["headcount"].to_numpy(), t["absorption"]: table["absorption_pct"].to_numpy(),
                           t["achieved_indicators"]: table["indicators_achieved"].to_numpy(),
                           t["measured_indicators"]: table["indicators_measured"].to_numpy()})
    display = pd.DataFrame({
        t["year"]: values[t["year"]],
        t["staff_total"]: [fmt.count(v) if pd.notna(v) else "-" for v in table["headcount"]],
        t["absorption"]: [fmt.percent(v, 2) for v in table["absorption_pct"]],
        # a year of realisations without targets (kept for the trend) measured nothing: "-", not "0 dari 0"
        t["achieved_indicators"]: [t["of"].format(part=fmt.count(a), whole=fmt.count(m)) if pd.notna(m) and m else "-"
                                   for a, m in zip(table["indicators_achieved"], table["indicators_measured"])]})
    return values, display


#: the figures of the year a kernel works on, by language: drawn by the part
#: notebooks, reused (rendered PNG included) by the report notebook in the same kernel
_DRAWN: dict[str, tuple[YearResults, dict[str, ReportFigure]]] = {}


def report_figures(results: YearResults, lang: str = "id", section: str | None = None) -> dict[str, ReportFigure]:
    """The report's figures (Gambar 1.2–1.4 and the others), all or those of one ``section``.

    ``section`` is ``staff``, ``indicators``, ``analysis`` (each indicator's trend chart, printed in its section of
    Bab III: :func:`indicator_figures`) or ``budget``. A figure whose data
    are missing or empty is left out: the table beside it says so. Each
    figure of a year's results is drawn once per language; asking again
    returns the same figures.

    Example:
        >>> figures = report_figures(analyse_year("data/raw", 2024), section="staff")
        >>> [f.number for f in figures.values()]
        ['Gambar 1.2', 'Gambar 1.3', 'Gambar 1.4', 'Gambar 1.5', 'Gambar 1.6', 'Gambar 1.7']
    """
    if any(drawn_for is not results for drawn_for, _ in _DRAWN.values()):
        _DRAWN.clear()  # another year, or edited inputs: those figures are no longer wanted
        _TRENDS.clear()
    if lang not in _DRAWN:
        _DRAWN[lang] = (results, _draw_figures(results, lang))
    # each indicator's trend reads the earlier years' folders, which the report reads (results.earlier) and a part
    # notebook does not: drawn again once they are known, the other figures kept
    known = tuple((e.data.year, id(e)) for e in results.earlier)
    if lang not in _TRENDS or _TRENDS[lang][0] != known:
        sections = indicator_sections(_profiles(results), {}) if results.indicators is not None else []
        _TRENDS[lang] = (known, sections, indicator_figures(sections, lang))
    _, sections, trends = _TRENDS[lang]
    figures = {**_DRAWN[lang][1], **trends}
    # only the figures of the last drawing are kept: memory stays that of one report
    _REUSABLE.clear()
    _REUSABLE.update({f.figure.lakip_data: f.figure for f in figures.values()})
    # numbered as the report prints them (Gambar 1.2 …), for the notebooks that show them before the report
    numbers = {c.key: c.label for c in _places(figures, {}, sections, lang)[1].values()}
    order = [key for key in numbers if key in figures] + [key for key in figures if key not in numbers]
    return {key: replace(figures[key], number=numbers.get(key, "")) for key in order
            if section in (None, figures[key].section)}


#: each indicator's trend chart by language: the earlier years it was drawn with, the sections, the figures
_TRENDS: dict[str, tuple[tuple[tuple[int, int], ...], list[IndicatorSection], dict[str, ReportFigure]]] = {}


#: the figures drawn last, by :func:`_figure_data`: a process that makes the report again after a workbook edit (the
#: preview's worker) redraws only the charts whose data changed; drawing them is most of the time a report takes
_REUSABLE: dict[str, object] = {}


def _figure_data(key: str, title: str, lang: str, draw: object, frame: object) -> str:
    """The SHA-256 of everything a chart is drawn from: a chart function's output depends on nothing else."""
    return hashlib.sha256(pickle.dumps((key, title, lang, getattr(draw, "__qualname__", str(draw)), frame),
                                       protocol=5)).hexdigest()


def remember_figures(report: Report) -> None:
    """Keep ``report``'s figures (a stored report's images included) to be reused by the next drawing of the same data
    in this process (:data:`_REUSABLE`); figures that do not say what they were drawn from are not kept."""
    kept = {getattr(f.figure, "lakip_data", ""): f.figure for f in report.figures.values()}
    kept.pop("", None)
    _REUSABLE.clear()
    _REUSABLE.update(kept)


def _draw_figures(results: YearResults, lang: str) -> dict[str, ReportFigure]:
    from . import charts  # matplotlib: not for a report rendered from its stored model, whose figures are images

    t = labels(lang)
    fmt = Formatter(lang)
    agency, year = results.data.project.agency, results.data.year
    specs = []
    for key, dimension, by, draw in (("gambar-1-2", "position_type", "by_position", charts.chart_by_position),
                                     ("gambar-1-3", "gender", "by_gender", charts.chart_by_gender),
                                     ("gambar-1-4", "golongan", "by_grade", charts.chart_by_grade)):
        if dimension in results.staffing:
            specs.append((key, f"{t['staff_total']} {agency} {t[by]} {t['year']} {year}", "staff", draw, results.staffing[dimension]))
    if results.grade_by_gender is not None:
        specs.append(("gambar-piramida", t["pyramid_title"].format(agency=agency, year=year), "staff",
                      charts.chart_grade_pyramid, results.grade_by_gender))
    if "education" in results.staffing:
        specs.append(("gambar-pendidikan", f"{t['education_chart']} {t['year']} {year}", "staff",
                      charts.chart_by_education, results.staffing["education"]))
    if results.retirement is not None and len(results.retirement):
        span = f"{results.retirement['year'].iloc[0]}–{results.retirement['year'].iloc[-1]}"
        specs.append(("gambar-pensiun", f"{t['retirement_chart']} {span}", "staff", charts.chart_retirement, results.retirement))
    if results.indicators is not None:
        scored = results.indicators[results.indicators["level"].isin([*_goal_levels(results.indicators), "prioritas"])]
        specs.append(("gambar-capaian", t["capaian_figure_title"].format(year=year), "indicators", charts.chart_capaian, scored))
    if results.budget is not None:
        # programs and their kegiatan: an overspent kegiatan shows, where a programme's total would hide it
        programs = results.budget[results.budget["level"] == top_level(results.budget)]
        shown = results.budget[results.budget["code"].isin(programs["code"]) | results.budget["parent"].isin(programs["code"])]
        specs.append(("gambar-anggaran", t["budget_figure_title"].format(year=year), "budget", charts.chart_budget, shown))
    figures = {}
    for key, title, part, draw, frame in specs:
        data = _figure_data(key, title, lang, draw, frame)
        try:
            figure = _REUSABLE.get(data) or draw(frame, title=title, fmt=fmt)
        except ChartDataError:
            continue  # the table beside it already says there is nothing to show
        figure.lakip_data = data
        figures[key] = ReportFigure("", title, part, figure)
    return figures


def indicator_figures(sections: list[IndicatorSection], lang: str = "id") -> dict[str, ReportFigure]:
    """The small chart of each indicator's target and realisation by year (:func:`~.charts.chart_indicator_trend`), for
    its section in Bab III, by the section's id plus ``-grafik``: one for each indicator with more than one year, as
    its trend table. Their section is ``analysis``: the indicator's own section prints them, not the list of Bab III's
    tables and figures.

    Example:
        >>> figures = indicator_figures(build_report("data/raw", 2024).sections)
        >>> next(iter(figures))
        'indikator-indeks-profesionalitas-asn-grafik'
    """
    from . import charts  # matplotlib: as for the other figures, only where they are drawn

    t = labels(lang)
    fmt = Formatter(lang)
    figures = {}
    for s in sections:
        p = s.profile
        if len(p.history) < 2:
            continue
        history = pd.DataFrame({"year": [v.year for v in p.history], "target": [v.target for v in p.history],
                                "target_text": [v.target_text for v in p.history],
                                "realisation": [v.value for v in p.history], "realisation_text": [v.text for v in p.history],
                                # each value as the trend table beside the chart prints it
                                "target_label": [value_text(fmt, v.target, v.target_text, p.unit, p.polarity) for v in p.history],
                                "realisation_label": [value_text(fmt, v.value, v.text, p.unit, p.polarity) for v in p.history]})
        title = t["indicator_trend_figure_title"].format(indicator=p.indicator, first=p.history[0].year, last=p.history[-1].year)
        key = f"{s.anchor}-grafik"
        data = _figure_data(key, title, lang, charts.chart_indicator_trend, (history, p.unit, p.polarity, p.scale, p.indicator))
        try:
            figure = _REUSABLE.get(data) or charts.chart_indicator_trend(history, title, fmt, unit=p.unit, ordinal=p.polarity == "ordinal",
                                                                         scale=p.scale, name=p.indicator, key=key)
        except ChartDataError:
            continue  # the trend table beside it says what there is
        figure.lakip_data = data
        figures[key] = ReportFigure("", title, "analysis", figure)
    return figures


def save_figures(figures: dict[str, ReportFigure], output_dir: str | Path) -> list[Path]:
    """Write each figure as PNG and SVG under ``output_dir/figures/``.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> [p.name for p in save_figures(report_figures(analyse_year("data/raw", 2024), section="staff"), folder)][:2]
        ['gambar-1-2-jabatan.png', 'gambar-1-2-jabatan.svg']
    """
    from . import charts

    return [path for figure in figures.values() for path in charts.save_figure(figure.figure, Path(output_dir) / "figures")]


def _indicator_tables(results: YearResults, t: dict[str, str], fmt: Formatter, add) -> None:
    data = results.data
    year = data.year
    frame = results.indicators
    decimals = _unit_decimals(frame)
    numbered = frame[frame["level"].isin(_goal_levels(frame))]
    for n, (goal, rows) in enumerate(numbered.groupby("goal", sort=False, dropna=False)):
        table = _indicator_table(rows, t, year)
        named = goal if isinstance(goal, str) else None  # indicators with no goal: a text column's missing value
        rollup = results.goals[results.goals["goal"] == named] if named is not None else results.goals.iloc[0:0]
        notes = []
        if len(rollup) and pd.notna(rollup["mean_achievement_reported_pct"].iloc[0]):
            notes.append(f"{t['goal_capaian']}: {fmt.percent(rollup['mean_achievement_reported_pct'].iloc[0], 2)}")
        add(f"tabel-3-{n + 1}", " ".join(t["indicators_title"].format(goal=named or "", year=year).split()), "indicators",
            _indicator_display(table, rows, fmt, decimals, t, year), table, notes, locations=rows["location"],
            source=indicator_source(rows, data.project.sources.get("indicators")))
    priority = frame[frame["level"] == "prioritas"]
    if len(priority):
        table = _indicator_table(priority, t, year)
        add("tabel-prioritas", t["priority_title"].format(year=year, agency=data.project.agency),
            "indicators", _indicator_display(table, priority, fmt, decimals, t, year), table, locations=priority["location"],
            source=indicator_source(priority, data.project.sources.get("indicators")))
    signed = frame[frame["level"].isin(["tujuan", "sasaran", "prioritas"])]
    if len(signed):
        table = pd.DataFrame({t["no"]: signed["code"].fillna("").to_numpy(), t["goal"]: signed["goal"].to_numpy(),
                              t["indicator"]: signed["indicator"].to_numpy(), t["formula"]: signed["formula"].to_numpy(),
                              f"{t['target']} {year}": _values(signed, "target")})
        add("tabel-pk", t["pk_title"].format(year=year), "indicators", _indicator_display(table, signed, fmt, decimals, t, year), table)
    ikk = frame[frame["level"] == "ikk"]
    if len(ikk):
        table = pd.DataFrame({t["no"]: range(1, len(ikk) + 1), t["indicator"]: ikk["indicator"].to_numpy(),
                              f"{t['target']} {year}": _values(ikk, "target")})
        add("tabel-ikk", t["ikk_title"].format(year=year), "indicators", _indicator_display(table, ikk, fmt, decimals, t, year), table)


def _goal_levels(frame: pd.DataFrame) -> list[str]:
    """The levels Bab III tabulates by goal: tujuan and sasaran; for a unit that measures only its programs or
    kegiatan (a file of kegiatan indicators), those, so that its indicators are never left out of the report."""
    if frame["level"].isin(["tujuan", "sasaran", "prioritas", "ikk"]).any():
        return ["tujuan", "sasaran"]
    return ["program", "kegiatan"]


def _indicator_table(rows: pd.DataFrame, t: dict[str, str], year: int) -> pd.DataFrame:
    status = rows["status"].map(lambda s: t.get(s, s))
    return pd.DataFrame({
        t["no"]: range(1, len(rows) + 1),
        t["indicator"]: rows["indicator"].to_numpy(),
        t["unit"]: rows["unit"].to_numpy(),
        f"{t['target']} {year}": _values(rows, "target"),
        f"{t['realisation']} {year - 1}": _values(rows, "realisation_prev"),
        f"{t['realisation']} {year}": _values(rows, "realisation"),
        # an ordinal indicator has no honest percentage: its grades and status say it all
        f"{t['capaian']} {year}": rows["achievement_reported_pct"].to_numpy(),
        t["status"]: status.to_numpy(),
    })


def _values(rows: pd.DataFrame, column: str) -> list[object]:
    """An indicator column as the xlsx stores it: the parsed number, or the text as written where there is none (a grade)."""
    return [float(value) if pd.notna(value) else (text if isinstance(text, str) and text.strip() else None)
            for value, text in zip(rows[column], rows[f"{column}_text"])]


#: most decimals an indicator value is printed with
_MAX_DECIMALS = 2


def _unit_decimals(frame: pd.DataFrame) -> dict[str, int]:
    """Decimals by unit (lower-cased): the most any target or realisation of that unit needs, so that one unit's values
    line up (``88,30%`` beside ``89,00%``, ``64,23`` beside ``63,00``, ``4 aplikasi``).

    Example:
        >>> _unit_decimals(pd.DataFrame({"unit": ["%", "%", "Aplikasi"], "target": [88.3, 90.29, 2.0],
        ...                              "realisation": [89.0, None, 4.0], "realisation_prev": [87.3, 90.0, 2.0]}))
        {'%': 2, 'aplikasi': 0}
    """
    decimals: dict[str, int] = {}
    for column in ("target", "realisation", "realisation_prev"):
        for unit, value in zip(frame["unit"], frame[column]):
            if pd.notna(value):
                needed = next(d for d in range(_MAX_DECIMALS + 1) if d == _MAX_DECIMALS or abs(round(value, d) - value) < 1e-9)
                key = _unit_key(unit)
                decimals[key] = max(decimals.get(key, 0), needed)
    return decimals


def _unit_key(unit: object) -> str:
    """A unit as :func:`_unit_decimals` groups values by: lower-cased, and '' for none (None, or a text column's NaN)."""
    return unit.strip().lower() if isinstance(unit, str) else ""


def _indicator_display(table: pd.DataFrame, rows: pd.DataFrame, fmt: Formatter, decimals: dict[str, int],
                       t: dict[str, str], year: int) -> pd.DataFrame:
    """An indicator table as printed: each target and realisation from its parsed number with its unit and the unit's
    decimals (:func:`_unit_decimals`), a grade as written, the capaian as a percentage, the rest as :func:`_display` does."""
    display = _display(table, fmt, percent=[c for c in (f"{t['capaian']} {year}",) if c in table.columns])
    measured = [f"{t['target']} {year}", f"{t['realisation']} {year - 1}", f"{t['realisation']} {year}"]
    units = rows["unit"].tolist()
    for column in (c for c in measured if c in table.columns):
        display[column] = [fmt.measure(value, unit, decimals.get(_unit_key(unit), 0))
                           if isinstance(value, float) else ("-" if value is None else str(value))
                           for value, unit in zip(table[column], units)]
    return display


def _count_table(counts: pd.DataFrame, label: str, t: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame({t["no"]: range(1, len(counts) + 1), label: counts["category"].to_numpy(),
                          t["count"]: counts["count"].to_numpy(), t["share"]: counts["share_pct"].to_numpy()})
    total = pd.DataFrame({t["no"]: [None], label: [t["total"].upper()], t["count"]: [counts["count"].sum()],
                          t["share"]: [counts["share_pct"].sum()]})
    return pd.concat([frame, total], ignore_index=True)


def _display(frame: pd.DataFrame, fmt: Formatter, percent: list[str] = ()) -> pd.DataFrame:
    """Every cell as the report prints it: Indonesian numbers, ``-`` for no value."""
    out = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        values = frame[column]
        if column in percent:
            out[column] = values.map(lambda v: fmt.percent(v, 2))
        elif pd.api.types.is_numeric_dtype(values) or values.map(lambda v: isinstance(v, (int, float))).all():
            out[column] = values.map(lambda v: fmt.number(v, 2, trailing_zeros=False) if isinstance(v, float) and not float(v).is_integer() else fmt.number(v))
        else:
            out[column] = values.map(lambda v: "-" if v is None or (isinstance(v, float) and pd.isna(v)) else
                                     (fmt.number(v, 2, trailing_zeros=False) if isinstance(v, float) else str(v)))
    return out


# ---------------------------------------------------------------- rendering

@cache
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["markdown"] = lambda text: Markup(_MARKDOWN(text))
    env.filters["block_markdown"] = block_markdown
    env.globals.update(value_text=value_text, difference_text=difference_text)
    return env


class _SectionRenderer(mistune.HTMLRenderer):
    """Narrative Markdown as the report needs it.

    Sections start at ``##`` in the files and sit one level below the
    chapter in the report; images become their alt text, so the page fetches nothing.
    """

    def heading(self, text: str, level: int, **attrs) -> str:
        return super().heading(text, min(level + 1, 6), **attrs)

    def image(self, text: str, url: str, title: str | None = None) -> str:
        # an image would be fetched whenever the report is opened: keep its text only
        return text


# escape=True: any HTML in the narrative files is shown as text, never run
_MARKDOWN = mistune.create_markdown(escape=True, renderer=_SectionRenderer(escape=True))

