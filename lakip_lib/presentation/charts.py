"""The report's figures: one function per chart, all in one house style.

Every chart function returns a :class:`matplotlib.figure.Figure` built
without pyplot, so no GUI backend is needed and no figure is left in
pyplot's registry. Each figure carries two attributes:

``fig.lakip_key``
    a short slug, the file name :func:`save_figure` writes (``gambar-1-2-jabatan``);
``fig.lakip_alt``
    a one-line alternative text (the inline SVG's ``aria-label``, the Word picture's description), naming what the data shows
    (the largest category, the lowest achievement, skipped rows).

House style: Indonesian wording and numbers by default, English with
``fmt=Formatter("en")``; Okabe–Ito colours, the second series lighter and
hatched so the chart still reads in greyscale; DejaVu Sans (bundled with
matplotlib, nothing is fetched); no title inside the image (the report's
caption carries it). Figures are drawn for a phone first: :data:`WIDTH`
inches wide with 10-point text, so that shown 376 px wide on a 390 px screen
(:func:`figure_svg`, inline in the report) no text is smaller than 10 px; a
bar chart of long names puts each name on its own line above its bars, and
each value at the right end of that line, so nothing is clipped or crowded. The style is applied on top of
matplotlib's defaults for each call, so a notebook's seaborn theme or
rcParams neither leak in nor are changed, and output is byte-for-byte
reproducible.

Data a chart cannot draw (no rows, only missing values) raises
:class:`~lakip_lib.errors.ChartDataError` naming the chart.
"""

from __future__ import annotations

import base64
import functools
import io
import re
import textwrap
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, ParamSpec

import matplotlib.style
import numpy as np
import pandas as pd
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..domain import ordinal_scales
from ..errors import ChartDataError, UnsafePathError
from ..formatting import Formatter
from ..messages import said
from .svg import KEY as _KEY
from .svg import figure_svg, svg_of as _svg  # noqa: F401 -- charts.figure_svg, as before

#: inches: 374 px at 72 per inch, the SVG's units, so on a 390 px phone (376 px of content) 10 pt text is 10 px high
WIDTH = 5.2
FIGSIZE = (WIDTH, 3.6)  # inches, of the charts whose height does not follow their rows
DPI = 100  # on screen; PNG files are written at PNG_DPI
PNG_DPI = 150
#: the figures of the Word document: a 5,2-inch figure printed 15 cm wide (docx.FIGURE_WIDTH) gets 300 dots per inch
PRINT_DPI = 340

# Okabe–Ito: distinguishable with any colour-vision deficiency.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000")
_EDGE = "#333333"
# Dark blue then light orange and hatched: two series differ in greyscale too.
_FIRST = {"color": _PALETTE[0], "edgecolor": _EDGE, "linewidth": 0.5}
_SECOND = {"color": _PALETTE[1], "edgecolor": _EDGE, "linewidth": 0.5, "hatch": "//"}
_HATCHES = ("", "//", "..", "xx", "\\\\", "oo", "--", "++")
_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
_LINESTYLES = ("-", "--", ":", "-.")

_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,  # the smallest text of any chart: see WIDTH
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": cycler(color=_PALETTE),
    "legend.frameon": False,
    "hatch.linewidth": 0.6,
    # Fixed salt and glyphs as paths: SVG ids and text do not vary per run or machine.
    "svg.hashsalt": "lakip",
    # real text: 2x faster to write than glyph paths, and searchable/editable once pasted into Word
    "svg.fonttype": "none",
    # names come from input files: "$" in a name is a dollar sign, not mathtext
    "text.parse_math": False,
}

_WRAP = 40  # characters per line of a long indicator or program name beside its bars
_WRAP_ABOVE = 46  # … on its own line above its bars, with its value at the line's right end
_WARN = "#D55E00"  # what missed its target or overspent: vermillion, hatched "xx"
_MUTED = "#555555"

_TEXT = {
    "id": {
        "title.position": "Jumlah Pegawai Berdasarkan Jabatan",
        "title.gender": "Jumlah Pegawai Berdasarkan Jenis Kelamin",
        "title.grade": "Jumlah Pegawai Berdasarkan Golongan",
        "title.pyramid": "Pegawai Berdasarkan Golongan dan Jenis Kelamin",
        "title.education": "Jumlah Pegawai Berdasarkan Pendidikan",
        "title.retirement": "Pegawai Mencapai Batas Usia Pensiun per Tahun",
        "title.capaian": "Capaian Indikator Kinerja",
        "title.trend": "Realisasi Indikator Kinerja per Tahun",
        "title.budget": "Anggaran dan Realisasi Belanja",
        "subject.position": "jabatan",
        "subject.gender": "jenis kelamin",
        "subject.grade": "golongan",
        "subject.education": "pendidikan",
        "chart.bar": "Grafik batang",
        "chart.donut": "Diagram donat",
        "people": "Jumlah pegawai (orang)",
        "persons": "orang",
        "value": "Nilai (satuan indikator)",
        "year": "Tahun",
        "target": "Target",
        "realisation": "Realisasi",
        "budget": "Anggaran",
        "achievement": "capaian",
        "capaian_axis": "Capaian (% dari target)",
        "of_target": "realisasi {real} dari target {target}",
        "no_realisation": "belum ada realisasi",
        "grade_of_target": "{real} (target {target})",
        "missed": "Tidak tercapai",
        "overspent": "Realisasi melebihi anggaran",
        "overspent_by": "Realisasi melebihi anggaran {amount}",
        "absorbed": "serapan {pct}",
        "retiring": "Pegawai mencapai BUP (orang)",
        "alt.capaian": "Grafik capaian {n} indikator kinerja pada satu sumbu persen (100% = target)",
        "alt.grades": "; {n} indikator berupa predikat, digambar pada skala predikatnya: {items}",
        "alt.grade": "{name} {real} (target {target})",
        "alt.missing": "; belum ada realisasi: {names}",
        "alt.over": "; realisasi melebihi anggaran: {names}",
        "alt.retirement": "Grafik batang pegawai yang mencapai batas usia pensiun per tahun, {years}: total {total} orang; "
        "terbanyak tahun {top}, {n} orang.",
        "alt.counts": "{chart} jumlah pegawai menurut {subject}: total {total} orang; "
        "terbanyak {top}, {n} orang ({pct}).",
        "alt.pyramid": "Piramida pegawai menurut golongan dan jenis kelamin: {men} laki-laki "
        "dan {women} perempuan; golongan terbanyak {top}, {n} orang.",
        "alt.budget": "Grafik batang anggaran dan realisasi {n} program/kegiatan",
        "alt.lowest": "; {what} terendah {name} ({pct})",
        "alt.trend": "Grafik garis realisasi {n} indikator kinerja, tahun {years}.",
        "alt.indicator_trend": "Grafik target dan realisasi {name} per tahun, {years}: {items}.",
        "alt.year_values": "{year} target {target}, realisasi {real}",
        "value_unit": "Nilai ({unit})",
        "grade": "Predikat",
        "absorption": "penyerapan",
        "error.empty": "Tidak ada data untuk grafik “{title}”.",
        "error.columns": "Grafik “{title}” memerlukan kolom {columns}.",
        "error.pie": "Grafik “{title}” memerlukan jumlah yang tidak negatif dan tidak semuanya nol.",
        "names": {},
    },
    "en": {
        "title.position": "Employees by Position Type",
        "title.gender": "Employees by Gender",
        "title.grade": "Employees by Grade (Golongan)",
        "title.pyramid": "Employees by Grade and Gender",
        "title.education": "Employees by Education",
        "title.retirement": "Employees Reaching Retirement Age by Year",
        "title.capaian": "Performance Indicators: Achievement",
        "title.trend": "Performance Indicators: Realisation by Year",
        "title.budget": "Budget and Spending",
        "subject.position": "position type",
        "subject.gender": "gender",
        "subject.grade": "grade",
        "subject.education": "education",
        "chart.bar": "Bar chart",
        "chart.donut": "Donut chart",
        "people": "Employees (people)",
        "persons": "people",
        "value": "Value (indicator unit)",
        "year": "Year",
        "target": "Target",
        "realisation": "Realisation",
        "budget": "Budget",
        "achievement": "achievement",
        "capaian_axis": "Achievement (% of target)",
        "of_target": "realisation {real} against a target of {target}",
        "no_realisation": "no realisation yet",
        "grade_of_target": "{real} (target {target})",
        "missed": "Not achieved",
        "overspent": "Spending above budget",
        "overspent_by": "Spending above budget by {amount}",
        "absorbed": "absorption {pct}",
        "retiring": "Employees reaching retirement age",
        "alt.capaian": "Bar chart of the achievement of {n} performance indicators on one percent axis (100% = target)",
        "alt.grades": "; {n} graded indicators, drawn on their scale of grades: {items}",
        "alt.grade": "{name} {real} (target {target})",
        "alt.missing": "; no realisation yet: {names}",
        "alt.over": "; spending above budget: {names}",
        "alt.retirement": "Bar chart of employees reaching retirement age by year, {years}: {total} in total; "
        "most in {top}, {n}.",
        "alt.counts": "{chart} of employees by {subject}: {total} in total; "
        "largest {top}, {n} ({pct}).",
        "alt.pyramid": "Population pyramid of employees by grade and gender: {men} men "
        "and {women} women; largest grade {top}, {n}.",
        "alt.budget": "Bar chart of budget and spending for {n} programs/activities",
        "alt.lowest": "; lowest {what} {name} ({pct})",
        "alt.trend": "Line chart of the realisation of {n} performance indicators, {years}.",
        "alt.indicator_trend": "Chart of the target and realisation of {name} by year, {years}: {items}.",
        "alt.year_values": "{year} target {target}, realisation {real}",
        "value_unit": "Value ({unit})",
        "grade": "Grade",
        "absorption": "absorption",
        "error.empty": "No data for the chart “{title}”.",
        "error.columns": "The chart “{title}” needs the columns {columns}.",
        "error.pie": "The chart “{title}” needs counts that are not negative and not all zero.",
        "names": {
            "Laki-laki": "Men",
            "Perempuan": "Women",
            "Struktural": "Structural",
            "Fungsional": "Functional",
            "Pelaksana": "Administrative",
        },
    },
}

MEN, WOMEN, TOTAL = "Laki-laki", "Perempuan", "Jumlah"
_COUNT_COLUMNS = ["category", "count", "share_pct"]

_P = ParamSpec("_P")


def _style() -> AbstractContextManager[None]:
    return matplotlib.style.context(_STYLE, after_reset=True)


def _house_style(chart: Callable[_P, Figure]) -> Callable[_P, Figure]:
    # Text and artists take their font and colours from rcParams when created,
    # so the whole construction runs inside the style.
    @functools.wraps(chart)
    def styled(*args: _P.args, **kwargs: _P.kwargs) -> Figure:
        with _style():
            return chart(*args, **kwargs)

    return styled


def _text(fmt: Formatter) -> dict[str, Any]:
    return _TEXT[fmt.locale]


def _name(value: object, fmt: Formatter) -> str:
    return _text(fmt)["names"].get(str(value), str(value))


def _usable(
    frame: pd.DataFrame,
    title: str,
    fmt: Formatter,
    columns: Sequence[object],
    values: Sequence[object],
    how: Literal["any", "all"] = "any",
) -> pd.DataFrame:
    """The rows of ``frame`` that can be drawn, ``values`` as floats; ChartDataError if none.

    A value that is not a number (an ordinal grade such as "BB") counts as missing.
    """
    text = _text(fmt)
    missing = [str(c) for c in columns if c not in frame.columns]
    if missing:
        raise ChartDataError(text["error.columns"].format(title=title, columns=", ".join(missing)))
    values = list(values)
    data = frame.copy()
    data[values] = data[values].apply(pd.to_numeric, errors="coerce").astype(float)
    data = data.dropna(subset=values, how=how)
    if data.empty or not values:
        raise ChartDataError(text["error.empty"].format(title=title))
    return data


def _figure() -> tuple[Figure, Axes]:
    fig = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
    return fig, fig.add_subplot()


def _finish(fig: Figure, key: str, alt: str) -> Figure:
    # no title in the image: the report's caption carries it, and a phone has no room for both
    # Laid out and its ticks made now, in the house style: drawn first outside it (a notebook's theme), a figure
    # would take that theme's tick sizes; and constrained layout moves long wrapped labels a little on every
    # draw, so the layout is fixed once, for the PNG, SVG and print PNG alike.
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    fig.lakip_key = key
    fig.lakip_alt = " ".join(alt.split())  # one line even if a name had line breaks
    return fig


def _number_axis(axis: Axis, fmt: Formatter, *, integer: bool = False) -> None:
    if integer:
        # a fixed number of ticks: "auto" would count on the tick labels' size, which a notebook's theme can change
        axis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    axis.set_major_formatter(FuncFormatter(lambda x, _: fmt.number(x, 2, trailing_zeros=False)))


def _category_axis(ax: Axes, labels: Sequence[str], *, horizontal: bool) -> np.ndarray:
    """Positions 0…n-1 labelled in order; horizontal charts read top to bottom."""
    positions = np.arange(len(labels))
    if horizontal:
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
    else:
        ax.set_xticks(positions, labels)
    return positions


def _label(ax: Axes, bars: BarContainer, values: Sequence[object], labels: Sequence[str]) -> None:
    # An undrawn (missing) bar gets no label rather than one floating at 0.
    ax.bar_label(bars, [lab if pd.notna(v) else "" for v, lab in zip(values, labels)], padding=3)


def _legend(fig: Figure, ncols: int = 2) -> None:
    fig.legend(loc="outside lower center", ncols=ncols)


def _lowest(data: pd.DataFrame, pct_column: str, name_column: str, what: str, fmt: Formatter) -> str:
    """The alt-text clause naming the row with the lowest percentage, if any has one."""
    pct = pd.to_numeric(data[pct_column], errors="coerce")
    if pct.isna().all():
        return ""
    row = data.iloc[int(pct.argmin())]
    name = textwrap.shorten(str(row[name_column]), 70, placeholder="…")
    return _text(fmt)["alt.lowest"].format(what=what, name=name, pct=fmt.percent(pct.min(), 1))


def _counts_alt(data: pd.DataFrame, chart: str, subject: str, fmt: Formatter) -> str:
    text = _text(fmt)
    top = data.iloc[int(data["count"].argmax())]
    return text["alt.counts"].format(
        chart=text[f"chart.{chart}"],
        subject=text[f"subject.{subject}"],
        total=fmt.count(data["count"].sum()),
        top=_name(top["category"], fmt),
        n=fmt.count(top["count"]),
        pct=fmt.percent(top["share_pct"], 1),
    )


def _count_bars(
    counts: pd.DataFrame, title: str | None, fmt: Formatter, subject: str, key: str, *, horizontal: bool
) -> Figure:
    text = _text(fmt)
    title = title or text[f"title.{subject}"]
    data = _usable(counts, title, fmt, _COUNT_COLUMNS, ["count"])
    fig, ax = _figure()
    positions = _category_axis(ax, [_name(c, fmt) for c in data["category"]], horizontal=horizontal)
    draw = ax.barh if horizontal else ax.bar
    bars = draw(positions, data["count"], **_FIRST)
    separator = " " if horizontal else "\n"
    labels = [f"{fmt.count(n)}{separator}({fmt.percent(p, 1)})" for n, p in zip(data["count"], data["share_pct"])]
    _label(ax, bars, data["count"], labels)
    value_axis = ax.xaxis if horizontal else ax.yaxis
    _number_axis(value_axis, fmt, integer=True)
    value_axis.set_label_text(text["people"])
    ax.margins(**{"x" if horizontal else "y": 0.2})
    return _finish(fig, key, _counts_alt(data, "bar", subject, fmt))


@_house_style
def chart_by_position(counts: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Employees by position type (Struktural, Fungsional, Pelaksana): bars with count and share.

    ``counts`` has columns ``category``, ``count`` and ``share_pct``
    (percent units). Reference: Gambar 1.2.

    Example:
        >>> counts = pd.DataFrame({"category": ["Struktural", "Fungsional", "Pelaksana"],
        ...                        "count": [8, 36, 59], "share_pct": [7.77, 34.95, 57.28]})
        >>> fig = chart_by_position(counts)
        >>> fig.lakip_key, fig.lakip_alt
        ('gambar-1-2-jabatan', 'Grafik batang jumlah pegawai menurut jabatan: total 103 orang; terbanyak Pelaksana, 59 orang (57,3%).')
    """
    return _count_bars(counts, title, fmt, "position", "gambar-1-2-jabatan", horizontal=False)


@_house_style
def chart_by_gender(counts: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Employees by gender: a donut with each share in percent and the total in the middle.

    ``counts`` has columns ``category``, ``count`` and ``share_pct``. Reference: Gambar 1.3.

    Example:
        >>> counts = pd.DataFrame({"category": ["Laki-laki", "Perempuan"],
        ...                        "count": [45, 58], "share_pct": [43.69, 56.31]})
        >>> chart_by_gender(counts, fmt=Formatter("en")).lakip_alt
        'Donut chart of employees by gender: 103 in total; largest Women, 58 (56.3%).'
    """
    text = _text(fmt)
    title = title or text["title.gender"]
    data = _usable(counts, title, fmt, _COUNT_COLUMNS, ["count"])
    if (data["count"] < 0).any() or data["count"].sum() == 0:
        raise ChartDataError(text["error.pie"].format(title=title))
    fig, ax = _figure()
    labels = [f"{_name(c, fmt)}\n{fmt.percent(p, 1)}" for c, p in zip(data["category"], data["share_pct"])]
    wedges, _ = ax.pie(
        data["count"],
        labels=labels,
        colors=[_PALETTE[i % len(_PALETTE)] for i in range(len(data))],
        hatch=[_HATCHES[i % len(_HATCHES)] for i in range(len(data))],
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.4, "edgecolor": _EDGE, "linewidth": 0.5},
    )
    ax.text(0, 0, f"{fmt.count(data['count'].sum())}\n{text['persons']}", ha="center", va="center")
    return _finish(fig, "gambar-1-3-jenis-kelamin", _counts_alt(data, "donut", "gender", fmt))


@_house_style
def chart_by_grade(counts: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Employees by golongan, horizontal bars top to bottom in the order given (IV/d … II/d).

    ``counts`` has columns ``category``, ``count`` and ``share_pct``. Reference: Gambar 1.4.

    Example:
        >>> counts = pd.DataFrame({"category": ["IV/a", "III/d"], "count": [10, 33], "share_pct": [23.26, 76.74]})
        >>> chart_by_grade(counts).lakip_key
        'gambar-1-4-golongan'
    """
    return _count_bars(counts, title, fmt, "grade", "gambar-1-4-golongan", horizontal=True)


@_house_style
def chart_grade_pyramid(crosstab: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Employees by golongan and gender as a population pyramid: men left, women right.

    ``crosstab`` is indexed by golongan, highest first, with columns
    ``Laki-laki`` and ``Perempuan`` (a ``Jumlah`` column or total row is ignored).

    Example:
        >>> crosstab = pd.DataFrame({"Laki-laki": [3, 20], "Perempuan": [7, 13], "Jumlah": [10, 33]},
        ...                         index=["IV/a", "III/d"])
        >>> chart_grade_pyramid(crosstab).lakip_alt
        'Piramida pegawai menurut golongan dan jenis kelamin: 23 laki-laki dan 20 perempuan; golongan terbanyak III/d, 33 orang.'
    """
    text = _text(fmt)
    title = title or text["title.pyramid"]
    rows = crosstab.drop(index=TOTAL, errors="ignore")
    data = _usable(rows, title, fmt, [MEN, WOMEN], [MEN, WOMEN], how="all").fillna({MEN: 0, WOMEN: 0})
    fig, ax = _figure()
    positions = _category_axis(ax, [str(g) for g in data.index], horizontal=True)
    for column, sign, style in ((MEN, -1, _FIRST), (WOMEN, 1, _SECOND)):
        bars = ax.barh(positions, sign * data[column], label=_name(column, fmt), **style)
        _label(ax, bars, data[column], [fmt.count(n) for n in data[column]])
    # Symmetric limits put zero, the pyramid's spine, in the middle.
    limit = max(data[[MEN, WOMEN]].to_numpy().max(), 1) * 1.25
    ax.set_xlim(-limit, limit)
    ax.axvline(0, color=_EDGE, linewidth=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: fmt.number(abs(x), 2, trailing_zeros=False)))
    ax.set_xlabel(text["people"])
    _legend(fig)
    totals = data[MEN] + data[WOMEN]
    alt = text["alt.pyramid"].format(
        men=fmt.count(data[MEN].sum()),
        women=fmt.count(data[WOMEN].sum()),
        top=data.index[int(totals.argmax())],
        n=fmt.count(totals.max()),
    )
    return _finish(fig, "piramida-golongan", alt)


@_house_style
def chart_by_education(counts: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Employees by education, horizontal bars top to bottom in the order given (``lk.education_order()``: SD … S3).

    ``counts`` has columns ``category``, ``count`` and ``share_pct``, as :func:`~lakip_lib.analysis.staffing.count_by`
    gives them.

    Example:
        >>> counts = pd.DataFrame({"category": ["S1", "S2"], "count": [58, 29], "share_pct": [66.67, 33.33]})
        >>> chart_by_education(counts).lakip_alt
        'Grafik batang jumlah pegawai menurut pendidikan: total 87 orang; terbanyak S1, 58 orang (66,7%).'
    """
    return _count_bars(counts, title, fmt, "education", "pendidikan", horizontal=True)


@_house_style
def chart_retirement(projection: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Employees reaching their retirement age (BUP) in each year: bars stacked by position type, the total on top.

    ``projection`` is :func:`~lakip_lib.analysis.staffing.retirement_projection`'s table: ``year``, one column per
    position type (``Struktural``, ``Fungsional``, ``Pelaksana``) and ``total``.

    Example:
        >>> projection = pd.DataFrame({"year": [2025, 2026], "Struktural": [0, 1], "Fungsional": [1, 0],
        ...                            "Pelaksana": [1, 0], "total": [2, 1]})
        >>> chart_retirement(projection).lakip_alt
        'Grafik batang pegawai yang mencapai batas usia pensiun per tahun, 2025–2026: total 3 orang; terbanyak tahun 2025, 2 orang.'
    """
    text = _text(fmt)
    title = title or text["title.retirement"]
    kinds = [c for c in projection.columns if c not in ("year", "total")]
    data = _usable(projection, title, fmt, ["year", *kinds], kinds, how="all").fillna(dict.fromkeys(kinds, 0))
    fig, ax = _figure()
    years = [str(int(year)) for year in data["year"]]  # labels, not quantities
    positions = _category_axis(ax, years, horizontal=False)
    bottom = np.zeros(len(data))
    styles = (_FIRST, _SECOND, {"color": _PALETTE[2], "edgecolor": _EDGE, "linewidth": 0.5, "hatch": ".."})
    for i, kind in enumerate(kinds):
        style = styles[i] if i < len(styles) else {"color": _PALETTE[i % len(_PALETTE)], "edgecolor": _EDGE, "hatch": _HATCHES[i % len(_HATCHES)]}
        ax.bar(positions, data[kind], bottom=bottom, label=_name(kind, fmt), **style)
        bottom = bottom + data[kind].to_numpy(dtype=float)
    for x, total in zip(positions, bottom):
        ax.annotate(fmt.count(total), (x, total), xytext=(0, 3), textcoords="offset points", ha="center", va="bottom")
    _number_axis(ax.yaxis, fmt, integer=True)
    ax.set_ylim(0, max(bottom.max(), 1) * 1.25)
    ax.set_ylabel(text["retiring"])
    _legend(fig, ncols=min(len(kinds), 3))
    top = int(np.argmax(bottom))
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else years[0]
    alt = text["alt.retirement"].format(years=span, total=fmt.count(bottom.sum()), top=years[top], n=fmt.count(bottom[top]))
    return _finish(fig, "pensiun", alt)


# ------------------------------------------------------------ bars with their names on a line above them

_LINE = 0.17  # inches a row unit takes: one 10-point line of text (11,5 points) and a little air
_LEFT, _RIGHT = 0.3, 0.45  # inches beside a panel: half of its first and last tick label
_BELOW = 0.5  # inches under a panel, for its tick labels
_LEGEND_ROOM = 0.45  # inches above the first panel, for the legend
_GAP = 0.2  # inches between panels, under the tick labels of the one above


@dataclass
class _Bar:
    value: float
    style: dict[str, Any]
    height: float = 0.8  # in row units


@dataclass
class _Row:
    """One named row of a panel: its name (wrapped) with ``value`` at the right end of its first line, lines of
    detail under it, then its bars, one under the other or, ``overlaid``, each over the one before (a narrower
    realisation over its budget: where it runs past the budget's end shows at a glance); ``warning`` lines in the
    warning colour."""

    name: str
    value: str = ""
    details: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    bars: list[_Bar] = field(default_factory=list)
    bold: bool = False
    overlaid: bool = False

    @property
    def lines(self) -> int:
        return self.name.count("\n") + 1 + len(self.details) + len(self.warnings)


def _row_units(row: _Row) -> float:
    return row.lines + (1.0 if row.overlaid else 1.0 * len(row.bars)) + 0.6


def _name_lines(name: object, value: str) -> str:
    # the value takes the right end of the first line: the name wraps short enough to leave room for it
    return textwrap.fill(" ".join(str(name).split()), _WRAP_ABOVE - max(len(value) - 8, 0))


def _rows_figure(panels: list[tuple[list[_Row], float]], legend: list[tuple[str, dict[str, Any]]]) -> tuple[Figure, list[Axes]]:
    """A figure of stacked panels of named rows, each panel ``(rows, its units' height)`` sized by its rows, so that
    a line of text takes the same height whatever the number of rows; the axes' positions are fixed, never squeezed."""
    heights = [units * _LINE for _, units in panels]
    total = _LEGEND_ROOM + sum(heights) + len(panels) * _BELOW + (len(panels) - 1) * _GAP
    fig = Figure(figsize=(WIDTH, total), dpi=DPI)
    axes = []
    top = total - _LEGEND_ROOM
    for height in heights:
        ax = fig.add_axes(((_LEFT / WIDTH), (top - height) / total, (WIDTH - _LEFT - _RIGHT) / WIDTH, height / total))
        axes.append(ax)
        top -= height + _BELOW + _GAP
    if legend:
        handles = [_handle(label, style) for label, style in legend]
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(_LEFT / WIDTH, 1), ncols=min(len(handles), 3),
                   handlelength=1.4, columnspacing=1.0, borderaxespad=0.3)
    return fig, axes


def _handle(label: str, style: dict[str, Any]) -> Patch | Line2D:
    """A legend entry drawn as the bars (``color`` is their face: a patch's ``color`` would hide the edge and hatch)
    or the markers of ``style`` are."""
    if "marker" in style:
        return Line2D([], [], linestyle="none", label=label, **style)
    return Patch(label=label, **{("facecolor" if k == "color" else k): v for k, v in style.items()})


def _draw_rows(ax: Axes, rows: list[_Row], limit: float) -> list[float]:
    """The rows top to bottom: name and value, details, warnings, then each bar a unit high; the bars' centres."""
    units = sum(_row_units(row) for row in rows)
    ax.set_ylim(units, 0)
    ax.set_xlim(0, limit)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    place = ax.get_yaxis_transform()  # x in axes fractions, y in row units
    y, centres = 0.2, []
    for row in rows:
        weight = "bold" if row.bold else "normal"
        ax.text(0, y, row.name, transform=place, ha="left", va="top", fontweight=weight, linespacing=1.15)
        if row.value:
            ax.text(1, y, row.value, transform=place, ha="right", va="top", fontweight="bold")
        y += row.name.count("\n") + 1
        for line in row.details:
            ax.text(0, y, line, transform=place, ha="left", va="top", color=_MUTED)
            y += 1
        for line in row.warnings:
            ax.text(0, y, line, transform=place, ha="left", va="top", color=_WARN, fontweight="bold")
            y += 1
        for bar in row.bars:
            if pd.notna(bar.value):
                ax.barh(y + 0.5, min(bar.value, limit), bar.height, **bar.style)
            centres.append(y + 0.5)
            y += 0 if row.overlaid else 1
        y += (1 if row.overlaid else 0) + 0.6
    return centres


def _grades(scale: object, values: Sequence[str]) -> list[str]:
    """The grades of an ordinal indicator's scale, lowest first: its ``scale``, else the first scale that has every
    one of ``values``, else the values themselves."""
    scales = ordinal_scales()
    named = scales.get(str(scale)) if isinstance(scale, str) else None
    if named is None:
        named = next((grades for grades in scales.values() if all(v in grades for v in values)), None)
    if named is None:
        return list(dict.fromkeys(values))
    return sorted(named, key=named.get)


def _is_ordinal(row: pd.Series) -> bool:
    if str(row.get("polarity", "")).strip().lower() == "ordinal":
        return True
    target = pd.to_numeric(pd.Series([row["target"]]), errors="coerce").iloc[0]
    return pd.isna(target) and isinstance(_grade(row, "target"), str)


def _grade(row: pd.Series, column: str) -> str | None:
    for value in (row.get(f"{column}_text"), row.get(column)):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _decimals(*values: float) -> int:
    return 0 if all(pd.isna(v) or float(v).is_integer() for v in values) else 2


@_house_style
def chart_capaian(indicators: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """The capaian of every indicator on one percent axis (100% is the target), whatever its unit, then each graded
    (ordinal) indicator on its own scale of grades with its target and realisation marked.

    ``indicators`` has columns ``indicator``, ``unit``, ``target``, ``realisation`` and ``achievement_pct`` (the
    uncapped capaian); ``polarity``, ``scale``, ``achieved`` and the cells as written (``target_text``,
    ``realisation_text``) are used when present. A row whose target is a grade (``BB``) or whose polarity is
    ``ordinal`` is drawn as grades; a row without a realisation keeps its place and says so.

    Example:
        >>> indicators = pd.DataFrame({"indicator": ["Persentase ASN kompeten", "Nilai SAKIP"], "unit": ["%", "Predikat"],
        ...     "target": [88.3, "BB"], "realisation": [89.0, "A"], "achievement_pct": [100.79, None]})
        >>> chart_capaian(indicators).lakip_alt
        'Grafik capaian 1 indikator kinerja pada satu sumbu persen (100% = target); capaian terendah Persentase ASN kompeten (100,8%); 1 indikator berupa predikat, digambar pada skala predikatnya: Nilai SAKIP A (target BB).'
    """
    text = _text(fmt)
    title = title or text["title.capaian"]
    columns = ["indicator", "unit", "target", "realisation", "achievement_pct"]
    missing = [c for c in columns if c not in indicators.columns]
    if missing:
        raise ChartDataError(text["error.columns"].format(title=title, columns=", ".join(missing)))
    if indicators.empty:
        raise ChartDataError(text["error.empty"].format(title=title))
    ordinal = indicators.apply(_is_ordinal, axis=1).astype(bool)
    numeric = indicators[~ordinal].copy()
    for column in ("target", "realisation", "achievement_pct"):
        numeric[column] = pd.to_numeric(numeric[column], errors="coerce").astype(float)
    graded = indicators[ordinal]
    if numeric["target"].isna().all() and graded.empty:
        raise ChartDataError(text["error.empty"].format(title=title))
    panels: list[tuple[list[_Row], float]] = []
    kept = numeric[numeric["target"].notna()]
    if len(kept):
        rows = []
        for _, r in kept.iterrows():
            pct, achieved = r["achievement_pct"], r.get("achieved")
            missed = pd.notna(pct) and (achieved is False or (achieved is None and pct < 100) or (pd.isna(achieved) and pct < 100))
            places = _decimals(r["target"], r["realisation"])
            detail = (text["of_target"].format(real=fmt.measure(r["realisation"], r["unit"], places),
                                                target=fmt.measure(r["target"], r["unit"], places))
                      if pd.notna(r["realisation"]) else text["no_realisation"])
            rows.append(_Row(_name_lines(r["indicator"], fmt.percent(pct)), fmt.percent(pct) if pd.notna(pct) else "",
                             [detail], bars=[_Bar(pct, {**(_MISSED if missed else _FIRST)})]))
        panels.append((rows, sum(_row_units(row) for row in rows)))
    grade_rows = []
    for _, r in graded.iterrows():
        target, real = _grade(r, "target"), _grade(r, "realisation")
        grades = _grades(r.get("scale"), [g for g in (target, real) if g])
        value = text["grade_of_target"].format(real=real or "-", target=target or "-")
        grade_rows.append((_Row(_name_lines(r["indicator"], value), value, [] if real else [text["no_realisation"]]),
                           grades, target, real, r.get("achieved")))
    for row, *_ in grade_rows:
        panels.append(([row], row.lines + 1.6))
    has_missed = any(bar.style.get("hatch") == _MISSED["hatch"] for rows, _ in panels for row in rows for bar in row.bars)
    legend = [(text["achievement"].capitalize(), _FIRST)] + ([(text["missed"], _MISSED)] if has_missed else [])
    if grade_rows:
        legend += [(text["target"], _TARGET_MARK), (text["realisation"], _REAL_MARK)]
    legend = [(label, style) for label, style in legend if len(kept) or "marker" in style]
    fig, axes = _rows_figure(panels, legend)
    axes = list(axes)
    if len(kept):
        ax = axes.pop(0)
        top = float(np.nanmax([*kept["achievement_pct"].to_numpy(dtype=float), 100.0]))
        for y in _draw_rows(ax, panels[0][0], top * 1.08):
            ax.plot([100, 100], [y - 0.55, y + 0.55], color=_EDGE, linewidth=1.2, linestyle="--", zorder=3)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: fmt.percent(x, 0)))
        ax.set_xlabel(text["capaian_axis"])
    for ax, (row, grades, target, real, achieved) in zip(axes, grade_rows):
        _draw_grades(ax, row, grades, target, real, achieved)
    alt = text["alt.capaian"].format(n=len(kept))
    alt += _lowest(kept, "achievement_pct", "indicator", text["achievement"], fmt) if len(kept) else ""
    if len(graded):
        items = ", ".join(text["alt.grade"].format(name=textwrap.shorten(str(r["indicator"]), 70, placeholder="…"),
                                                   real=_grade(r, "realisation") or "-", target=_grade(r, "target") or "-")
                          for _, r in graded.iterrows())
        alt += text["alt.grades"].format(n=len(graded), items=items)
    waiting = [str(name) for name, real in zip(kept["indicator"], kept["realisation"]) if pd.isna(real)]
    if waiting:
        alt += text["alt.missing"].format(names=", ".join(textwrap.shorten(n, 70, placeholder="…") for n in waiting))
    return _finish(fig, "capaian", alt + ".")


_MISSED = {"color": _WARN, "edgecolor": _EDGE, "linewidth": 0.5, "hatch": "xx"}
_TARGET_MARK = {"marker": "D", "markersize": 9, "markerfacecolor": "white", "markeredgecolor": _PALETTE[0], "markeredgewidth": 2}
_REAL_MARK = {"marker": "o", "markersize": 8, "markerfacecolor": _PALETTE[1], "markeredgecolor": _EDGE, "markeredgewidth": 0.8}


def _draw_grades(ax: Axes, row: _Row, grades: list[str], target: str | None, real: str | None, achieved: object) -> None:
    """One graded indicator: its name above a scale of its grades, lowest left, with target and realisation marked."""
    units = row.lines + 1.6
    ax.set_ylim(units, 0)
    ax.set_xlim(-0.5, len(grades) - 0.5)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xticks(range(len(grades)), [textwrap.fill(g, 10) for g in grades])
    place = ax.get_yaxis_transform()
    ax.text(0, 0.2, row.name, transform=place, ha="left", va="top", linespacing=1.15)
    ax.text(1, 0.2, row.value, transform=place, ha="right", va="top", fontweight="bold")
    for i, line in enumerate(row.details):
        ax.text(0, 0.2 + row.name.count("\n") + 1 + i, line, transform=place, ha="left", va="top", color=_MUTED)
    y = row.lines + 0.9
    ax.plot([0, len(grades) - 1], [y, y], color="#bbbbbb", linewidth=4, solid_capstyle="round", zorder=1)
    if target in grades:
        ax.plot([grades.index(target)], [y], linestyle="none", zorder=3, **_TARGET_MARK)
    if real in grades:
        style = {**_REAL_MARK, "markerfacecolor": _WARN} if achieved is False else _REAL_MARK
        ax.plot([grades.index(real)], [y], linestyle="none", zorder=4, **style)


@_house_style
def chart_realisation_trend(
    years_table: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")
) -> Figure:
    """Realisation of each indicator over the years: one line with markers per indicator.

    ``years_table`` is indexed by indicator with one column per year (ints;
    other columns, such as ``unit``, are ignored); a missing or non-numeric
    value leaves a gap in the line.

    Example:
        >>> years = pd.DataFrame({2022: [85.0], 2023: [None], 2024: [89.0]}, index=["ASN kompeten (%)"])
        >>> chart_realisation_trend(years).lakip_alt
        'Grafik garis realisasi 1 indikator kinerja, tahun 2022–2024.'
    """
    text = _text(fmt)
    title = title or text["title.trend"]
    year_columns = [c for c in years_table.columns if isinstance(c, int | np.integer)]
    data = _usable(years_table[year_columns], title, fmt, [], year_columns, how="all").dropna(axis=1, how="all")
    years = [int(year) for year in data.columns]
    fig, ax = _figure()
    for i, (indicator, row) in enumerate(data.iterrows()):
        ax.plot(
            years,
            row.to_numpy(),
            color=_PALETTE[i % len(_PALETTE)],
            marker=_MARKERS[i % len(_MARKERS)],
            linestyle=_LINESTYLES[i % len(_LINESTYLES)],
            label=textwrap.fill(str(indicator), _WRAP),
        )
    # Years are labels, not quantities: no thousands separator, no in-between ticks.
    ax.set_xticks(years, [str(year) for year in years])
    ax.set_xlabel(text["year"])
    _number_axis(ax.yaxis, fmt)
    ax.set_ylabel(text["value"])
    _legend(fig, ncols=1)  # long indicator names: one a line
    span = f"{min(years)}–{max(years)}" if len(years) > 1 else str(years[0])
    return _finish(fig, "tren-realisasi", text["alt.trend"].format(n=len(data), years=span))


#: inches: a small chart in each indicator's section, a bar pair per year with the legend below
_SMALL = (WIDTH, 2.9)


@_house_style
def chart_indicator_trend(history: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id"), *,
                          unit: str | None = None, scale: str | None = None, ordinal: bool = False,
                          name: str | None = None, key: str = "tren-indikator") -> Figure:
    """One indicator's target and realisation in every year it has them: a pair of bars per year, each value written
    above its bar in the indicator's unit, the axis named by that unit; a graded (``ordinal``) indicator on its own
    scale of grades (``scale``, as :func:`chart_capaian` draws it), its target a diamond and its realisation a dot.

    ``history`` has columns ``year``, ``target``, ``realisation`` and the cells as written (``target_text``,
    ``realisation_text``, the grades of an ordinal indicator); a year without a target or a realisation keeps its
    place and draws only what it has. Optional ``target_label`` and ``realisation_label`` give each number as the
    report's tables print it (else it is printed here, in its unit with the decimals it needs). ``name`` (the
    indicator's, else ``title``) goes into the alt text; ``key`` names the figure's files and prefixes its SVG ids,
    so give each indicator its own.

    Example:
        >>> history = pd.DataFrame({"year": [2023, 2024], "target": [None, 88.3], "target_text": [None, "88,30 %"],
        ...                         "realisation": [87.3, 89.0], "realisation_text": ["87,30%", "89"]})
        >>> chart_indicator_trend(history, unit="%", name="ASN kompeten").lakip_alt
        'Grafik target dan realisasi ASN kompeten per tahun, 2023–2024: 2023 target -, realisasi 87,30%; 2024 target 88,30%, realisasi 89,00%.'
    """
    text = _text(fmt)
    title = title or text["title.trend"]
    missing = [c for c in ("year", "target", "realisation") if c not in history.columns]
    if missing:
        raise ChartDataError(text["error.columns"].format(title=title, columns=", ".join(missing)))
    data = history.sort_values("year").reset_index(drop=True)
    years = [str(int(y)) for y in data["year"]]
    fig = Figure(figsize=_SMALL, dpi=DPI, layout="constrained")
    ax = fig.add_subplot()
    positions = np.arange(len(data))
    if ordinal:
        targets = [_grade(r, "target") for _, r in data.iterrows()]
        reals = [_grade(r, "realisation") for _, r in data.iterrows()]
        if not any(targets) and not any(reals):
            raise ChartDataError(text["error.empty"].format(title=title))
        grades = _grades(scale, [g for g in (*targets, *reals) if g])
        ranks = [[grades.index(g) if g in grades else np.nan for g in values] for values in (targets, reals)]
        ax.plot(positions, ranks[1], color=_PALETTE[1], linewidth=1.2, zorder=2)
        ax.plot(positions, ranks[0], linestyle="none", zorder=3, label=text["target"], **_TARGET_MARK)
        ax.plot(positions, ranks[1], linestyle="none", zorder=4, label=text["realisation"], **_REAL_MARK)
        ax.set_yticks(range(len(grades)), [textwrap.fill(g, 12) for g in grades])
        ax.set_ylim(-0.5, len(grades) - 0.5)
        ax.set_ylabel(text["grade"])
        shown = [[g or "-" for g in values] for values in (targets, reals)]
    else:
        values = data[["target", "realisation"]].apply(pd.to_numeric, errors="coerce").astype(float)
        if values.isna().all().all():
            raise ChartDataError(text["error.empty"].format(title=title))
        # a percentage always with two decimals, as the tables print it (88,30%, 100,00%); another value with the
        # decimals it needs (63 beside 64,23)
        percent = isinstance(unit, str) and unit.strip().lower() in ("%", "persen")
        shown = [[label if isinstance(label, str) else fmt.measure(v, unit, 2 if percent else _decimals(v)) if pd.notna(v) else "-"
                  for v, label in zip(values[c], data.get(f"{c}_label", [None] * len(data)))] for c in ("target", "realisation")]
        for offset, column, style, label, labels in ((-0.2, "target", _SECOND, text["target"], shown[0]),
                                                      (0.2, "realisation", _FIRST, text["realisation"], shown[1])):
            # a year without a value gets no bar at all: a flat one at 0 would read as a target of 0
            drawn = values[column].notna().to_numpy()
            bars = ax.bar(positions[drawn] + offset, values[column][drawn], width=0.38, label=label, **style)
            _label(ax, bars, values[column][drawn], [text for text, kept in zip(labels, drawn) if kept])
        top = float(np.nanmax(values.to_numpy()))
        ax.set_ylim(min(0.0, float(np.nanmin(values.to_numpy()))), max(top, 1.0) * 1.25)  # room for the labels
        _number_axis(ax.yaxis, fmt)
        named = unit.strip() if isinstance(unit, str) and unit.strip() else None
        ax.set_ylabel(text["value_unit"].format(unit=named) if named else text["value"])
    ax.set_xticks(positions, years)
    ax.set_xlim(-0.6, len(data) - 0.4)
    _legend(fig)
    items = "; ".join(text["alt.year_values"].format(year=y, target=t, real=r) for y, t, r in zip(years, *shown))
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else years[0]
    name = textwrap.shorten(name or title, 90, placeholder="…")
    return _finish(fig, key, text["alt.indicator_trend"].format(name=name, years=span, items=items))


@_house_style
def chart_budget(budget: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Budget (anggaran) against spending (realisasi) of each program and its kegiatan, one panel per program, with
    the absorption; a realisation above its budget is drawn in the warning colour and says by how much.

    ``budget`` has columns ``code``, ``name``, ``level``, ``budget``, ``realised`` and ``absorption_pct``, in the
    budget's order; each row of level ``program`` starts a panel (in bold) and the rows after it are its own. Each
    panel's money axis is in the unit of its largest amount (``Rp 4 miliar``, ``Rp 500 juta``).
    Every budget figure has the same ``lakip_key``: when saving several (one
    per program, say), pass each its own ``key`` to :func:`save_figure`.

    Example:
        >>> budget = pd.DataFrame({"code": ["5.03.02", "5.03.02.1.02"], "name": ["Program Kepegawaian Daerah",
        ...     "Mutasi dan Promosi ASN"], "level": ["program", "kegiatan"], "budget": [3_875_550_000, 860_000_000],
        ...     "realised": [3_698_626_072, 893_618_832], "absorption_pct": [95.43, 103.91]})
        >>> chart_budget(budget).lakip_alt
        'Grafik batang anggaran dan realisasi 2 program/kegiatan; penyerapan terendah Program Kepegawaian Daerah (95,4%); realisasi melebihi anggaran: Mutasi dan Promosi ASN.'
    """
    text = _text(fmt)
    title = title or text["title.budget"]
    columns = ["code", "name", "level", "budget", "realised", "absorption_pct"]
    data = _usable(budget, title, fmt, columns, ["budget", "realised"], how="all")
    groups: list[pd.DataFrame] = []
    start = 0
    programs = data["level"].astype(str).str.strip().str.lower().eq("program").to_numpy()
    for i in range(1, len(data) + 1):
        if i == len(data) or programs[i]:
            groups.append(data.iloc[start:i])
            start = i
    over = data[data["realised"] > data["budget"]]
    panels = []
    for group in groups:
        rows = []
        for _, r in group.iterrows():
            overspent = r["realised"] > r["budget"]
            value = text["absorbed"].format(pct=fmt.percent(r["absorption_pct"], 1)) if pd.notna(r["absorption_pct"]) else ""
            amount = r["realised"] - r["budget"]
            warning = [text["overspent_by"].format(amount=fmt.money_tick(amount, fmt.money_scale(amount)))] if overspent else []
            code = "" if pd.isna(r["code"]) else f"{r['code']} "
            rows.append(_Row(_name_lines(f"{code}{r['name']}", value), value, warnings=warning,
                             bars=[_Bar(r["budget"], _BUDGET, 0.85), _Bar(r["realised"], _OVER if overspent else _SPENT, 0.4)],
                             bold=bool(str(r["level"]).strip().lower() == "program"), overlaid=True))
        panels.append((rows, sum(_row_units(row) for row in rows)))
    legend = [(text["budget"], _BUDGET), (text["realisation"], _SPENT)] + ([(text["overspent"], _OVER)] if len(over) else [])
    fig, axes = _rows_figure(panels, legend)
    for ax, (rows, _), group in zip(axes, panels, groups):
        largest = float(group[["budget", "realised"]].max().max())
        _draw_rows(ax, rows, max(largest, 1.0) * 1.02)
        scale = fmt.money_scale(largest)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _, scale=scale: fmt.money_tick(x, scale)))
        ax.xaxis.set_major_locator(MaxNLocator(nbins=3))  # a tick carries its unit ("Rp 4 miliar"): few enough to stay apart
    alt = text["alt.budget"].format(n=len(data)) + _lowest(data, "absorption_pct", "name", text["absorption"], fmt)
    if len(over):
        alt += text["alt.over"].format(names=", ".join(textwrap.shorten(str(n), 70, placeholder="…") for n in over["name"]))
    return _finish(fig, "anggaran-realisasi", alt + ".")


# the budget a light band, its realisation a dark bar inside it: different in greyscale too
_BUDGET = {"color": "#BFE0F5", "edgecolor": _EDGE, "linewidth": 0.5}
_SPENT = {"color": _PALETTE[0], "edgecolor": _EDGE, "linewidth": 0.5}
_OVER = {"color": _WARN, "edgecolor": _EDGE, "linewidth": 0.5, "hatch": "xx"}


def _render(fig: Figure, file_format: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    with _style():
        fig.savefig(buffer, format=file_format, **options)
    return buffer.getvalue()


def _png(fig: Figure) -> bytes:
    # A finished figure does not change, and drawing it is the costly part of a
    # build: render once, reuse for the file, the HTML and the notebook display.
    cached = getattr(fig, "_lakip_png", None)
    if cached is None:
        # No "Software" chunk: it names the matplotlib version and would differ between installs.
        cached = fig._lakip_png = _render(fig, "png", dpi=PNG_DPI, metadata={"Software": None})
    return cached


def figure_png(fig: Figure, dpi: int = PNG_DPI) -> bytes:
    """The figure as PNG at ``dpi`` (:data:`PRINT_DPI` for the Word document), byte-identical on every run.

    Example:
        >>> fig = chart_by_grade(pd.DataFrame({"category": ["III/d"], "count": [33], "share_pct": [100.0]}))
        >>> figure_png(fig, PRINT_DPI)[1:4], figure_png(fig, PRINT_DPI) == figure_png(fig, PRINT_DPI)
        (b'PNG', True)
    """
    return _png(fig) if dpi == PNG_DPI else _render(fig, "png", dpi=dpi, metadata={"Software": None})


def save_figure(fig: Figure, directory: str | Path, key: str | None = None) -> list[Path]:
    """Write ``fig`` as ``<key>.png`` (150 dpi) and ``<key>.svg``, byte-identical on every run.

    ``key`` defaults to ``fig.lakip_key``; it must be a plain file name
    (letters, digits, ``.``, ``_``, ``-``; no ``..``), else
    :class:`~lakip_lib.errors.UnsafePathError`. ``directory`` is created if needed.

    Example:
        >>> import tempfile
        >>> fig = chart_by_gender(pd.DataFrame({"category": ["Laki-laki", "Perempuan"],
        ...                                     "count": [45, 58], "share_pct": [43.69, 56.31]}))
        >>> [p.name for p in save_figure(fig, tempfile.mkdtemp())]
        ['gambar-1-3-jenis-kelamin.png', 'gambar-1-3-jenis-kelamin.svg']
    """
    key = getattr(fig, "lakip_key", "") if key is None else key
    if not _KEY.fullmatch(key) or ".." in key:
        raise UnsafePathError(said("figure_name", key=repr(key)))
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        directory / f"{key}.png": _png(fig),
        directory / f"{key}.svg": _svg(fig),
    }
    for path, content in files.items():
        path.write_bytes(content)
    return list(files)


def figure_to_data_uri(fig: Figure) -> str:
    """The figure as a PNG ``data:`` URI, for a self-contained HTML page; deterministic.

    Example:
        >>> fig = chart_by_grade(pd.DataFrame({"category": ["III/d"], "count": [33], "share_pct": [100.0]}))
        >>> figure_to_data_uri(fig)[:22]
        'data:image/png;base64,'
    """
    return "data:image/png;base64," + base64.b64encode(_png(fig)).decode("ascii")
