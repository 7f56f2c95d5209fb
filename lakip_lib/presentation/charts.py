"""The report's figures: one function per chart, all in one house style.

Every chart function returns a :class:`matplotlib.figure.Figure` built
without pyplot, so no GUI backend is needed and no figure is left in
pyplot's registry. Each figure carries two attributes:

``fig.lakip_key``
    a short slug, the file name :func:`save_figure` writes (``gambar-1-2-jabatan``);
``fig.lakip_alt``
    a one-line alternative text for ``<img alt>``, naming what the data shows
    (the largest category, the lowest achievement, skipped rows).

House style: Indonesian wording and numbers by default, English with
``fmt=Formatter("en")``; Okabe–Ito colours, the second series lighter and
hatched so the chart still reads in greyscale; DejaVu Sans (bundled with
matplotlib, nothing is fetched); fixed size. The style is applied on top of
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
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..errors import ChartDataError, UnsafePathError
from ..formatting import Formatter

FIGSIZE = (8.0, 4.5)  # inches
DPI = 100  # on screen and in SVG; PNG files are written at PNG_DPI
PNG_DPI = 150
#: the figures of the Word document: an 8-inch figure printed 15 cm wide (docx.FIGURE_WIDTH) gets 300 dots per inch
PRINT_DPI = 225

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
    "font.size": 9,
    "figure.titlesize": 11,
    "figure.titleweight": "bold",
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

_BAR_WIDTH = 0.38  # of each of two grouped bars
_WRAP = 40  # characters per line of a long indicator or program name

_TEXT = {
    "id": {
        "title.position": "Jumlah Pegawai Berdasarkan Jabatan",
        "title.gender": "Jumlah Pegawai Berdasarkan Jenis Kelamin",
        "title.grade": "Jumlah Pegawai Berdasarkan Golongan",
        "title.pyramid": "Pegawai Berdasarkan Golongan dan Jenis Kelamin",
        "title.target": "Target dan Realisasi Indikator Kinerja",
        "title.trend": "Realisasi Indikator Kinerja per Tahun",
        "title.budget": "Anggaran dan Realisasi Belanja",
        "subject.position": "jabatan",
        "subject.gender": "jenis kelamin",
        "subject.grade": "golongan",
        "chart.bar": "Grafik batang",
        "chart.donut": "Diagram donat",
        "people": "Jumlah pegawai (orang)",
        "persons": "orang",
        "value": "Nilai (satuan indikator)",
        "year": "Tahun",
        "rupiah": "Rupiah",
        "target": "Target",
        "realisation": "Realisasi",
        "budget": "Anggaran",
        "achievement": "capaian",
        "alt.counts": "{chart} jumlah pegawai menurut {subject}: total {total} orang; "
        "terbanyak {top}, {n} orang ({pct}).",
        "alt.pyramid": "Piramida pegawai menurut golongan dan jenis kelamin: {men} laki-laki "
        "dan {women} perempuan; golongan terbanyak {top}, {n} orang.",
        "alt.target": "Grafik batang target dan realisasi {n} indikator kinerja",
        "alt.budget": "Grafik batang anggaran dan realisasi {n} program/kegiatan",
        "alt.lowest": "; {what} terendah {name} ({pct})",
        "alt.skipped": "; {n} indikator tanpa target atau realisasi berupa angka tidak digambar",
        "alt.trend": "Grafik garis realisasi {n} indikator kinerja, tahun {years}.",
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
        "title.target": "Performance Indicators: Target and Realisation",
        "title.trend": "Performance Indicators: Realisation by Year",
        "title.budget": "Budget and Spending",
        "subject.position": "position type",
        "subject.gender": "gender",
        "subject.grade": "grade",
        "chart.bar": "Bar chart",
        "chart.donut": "Donut chart",
        "people": "Employees (people)",
        "persons": "people",
        "value": "Value (indicator unit)",
        "year": "Year",
        "rupiah": "Rupiah",
        "target": "Target",
        "realisation": "Realisation",
        "budget": "Budget",
        "achievement": "achievement",
        "alt.counts": "{chart} of employees by {subject}: {total} in total; "
        "largest {top}, {n} ({pct}).",
        "alt.pyramid": "Population pyramid of employees by grade and gender: {men} men "
        "and {women} women; largest grade {top}, {n}.",
        "alt.target": "Bar chart of target and realisation for {n} performance indicators",
        "alt.budget": "Bar chart of budget and spending for {n} programs/activities",
        "alt.lowest": "; lowest {what} {name} ({pct})",
        "alt.skipped": "; not drawn for lack of a numeric target or realisation: {n}",
        "alt.trend": "Line chart of the realisation of {n} performance indicators, {years}.",
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
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

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
    # No title inside the image: the report captions each figure once, with its number (Gambar 1.2 …), under it;
    # a chart's title names it in its errors (ChartDataError)
    fig.lakip_key = key
    fig.lakip_alt = " ".join(alt.split())  # one line even if a name had line breaks
    return fig


def _number_axis(axis: Axis, fmt: Formatter, *, integer: bool = False) -> None:
    if integer:
        axis.set_major_locator(MaxNLocator(integer=True))
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


def _legend(fig: Figure) -> None:
    fig.legend(loc="outside lower center", ncols=2)


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


def _with_unit(value: float, unit: object, fmt: Formatter) -> str:
    number = fmt.number(value, 2, trailing_zeros=False)
    return f"{number} {unit}".strip() if pd.notna(unit) else number


@_house_style
def chart_target_vs_realisation(
    achievement: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")
) -> Figure:
    """Target and realisation of each indicator as grouped horizontal bars, with the capaian.

    ``achievement`` has columns ``indicator``, ``target``, ``realisation``,
    ``unit`` and ``achievement_pct``. Rows without a numeric target or
    realisation (missing, or an ordinal grade) are left out, and the alt text
    says how many.

    Example:
        >>> achievement = pd.DataFrame({"indicator": ["Persentase ASN kompeten", "Indeks X"],
        ...     "target": [88.3, 3.0], "realisation": [89.0, None], "unit": ["%", None],
        ...     "achievement_pct": [100.79, None]})
        >>> chart_target_vs_realisation(achievement).lakip_alt
        'Grafik batang target dan realisasi 1 indikator kinerja; capaian terendah Persentase ASN kompeten (100,8%); 1 indikator tanpa target atau realisasi berupa angka tidak digambar.'
    """
    text = _text(fmt)
    title = title or text["title.target"]
    columns = ["indicator", "target", "realisation", "unit", "achievement_pct"]
    data = _usable(achievement, title, fmt, columns, ["target", "realisation"])
    fig, ax = _figure()
    positions = _category_axis(ax, [textwrap.fill(str(i), _WRAP) for i in data["indicator"]], horizontal=True)
    offset = _BAR_WIDTH / 2
    target = ax.barh(positions - offset, data["target"], _BAR_WIDTH, label=text["target"], **_FIRST)
    real = ax.barh(positions + offset, data["realisation"], _BAR_WIDTH, label=text["realisation"], **_SECOND)
    _label(ax, target, data["target"], [_with_unit(v, u, fmt) for v, u in zip(data["target"], data["unit"])])
    _label(
        ax,
        real,
        data["realisation"],
        [
            f"{_with_unit(v, u, fmt)} ({text['achievement']} {fmt.percent(p, 1)})"
            for v, u, p in zip(data["realisation"], data["unit"], data["achievement_pct"])
        ],
    )
    _number_axis(ax.xaxis, fmt)
    ax.set_xlabel(text["value"])
    ax.margins(x=0.35)
    _legend(fig)
    skipped = len(achievement) - len(data)
    alt = (
        text["alt.target"].format(n=len(data))
        + _lowest(data, "achievement_pct", "indicator", text["achievement"], fmt)
        + (text["alt.skipped"].format(n=skipped) if skipped else "")
        + "."
    )
    return _finish(fig, "target-realisasi", alt)


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
    _legend(fig)
    span = f"{min(years)}–{max(years)}" if len(years) > 1 else str(years[0])
    return _finish(fig, "tren-realisasi", text["alt.trend"].format(n=len(data), years=span))


@_house_style
def chart_budget(budget: pd.DataFrame, title: str | None = None, fmt: Formatter = Formatter("id")) -> Figure:
    """Budget (anggaran) against spending (realisasi) per program or kegiatan, with absorption.

    ``budget`` has columns ``code``, ``name``, ``level``, ``budget``,
    ``realised`` and ``absorption_pct``; programs (``level`` "program") are
    labelled in bold. The money axis is in the unit of its largest amount
    (``Rp 2 miliar``, ``Rp 500 juta``) because full amounts do not fit.
    Every budget figure has the same ``lakip_key``: when saving several (one
    per program, say), pass each its own ``key`` to :func:`save_figure`.

    Example:
        >>> budget = pd.DataFrame({"code": ["1"], "name": ["Program Kepegawaian Daerah"], "level": ["program"],
        ...     "budget": [3_875_550_000], "realised": [3_698_626_072], "absorption_pct": [95.43]})
        >>> chart_budget(budget).lakip_alt
        'Grafik batang anggaran dan realisasi 1 program/kegiatan; penyerapan terendah Program Kepegawaian Daerah (95,4%).'
    """
    text = _text(fmt)
    title = title or text["title.budget"]
    columns = ["code", "name", "level", "budget", "realised", "absorption_pct"]
    data = _usable(budget, title, fmt, columns, ["budget", "realised"], how="all")
    fig, ax = _figure()
    names = [textwrap.fill(f"{code} {name}", _WRAP) for code, name in zip(data["code"], data["name"])]
    positions = _category_axis(ax, names, horizontal=True)
    for tick, level in zip(ax.get_yticklabels(), data["level"]):
        if str(level).strip().lower() == "program":
            tick.set_fontweight("bold")
    offset = _BAR_WIDTH / 2
    ax.barh(positions - offset, data["budget"], _BAR_WIDTH, label=text["budget"], **_FIRST)
    real = ax.barh(positions + offset, data["realised"], _BAR_WIDTH, label=text["realisation"], **_SECOND)
    _label(ax, real, data["realised"], [fmt.percent(p, 1) for p in data["absorption_pct"]])
    scale = fmt.money_scale(float(data[["budget", "realised"]].max().max()))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: fmt.money_tick(x, scale)))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))  # a tick carries its unit ("Rp 4 miliar"): few enough to stay apart
    ax.set_xlabel(text["rupiah"])
    ax.margins(x=0.12)
    _legend(fig)
    alt = text["alt.budget"].format(n=len(data)) + _lowest(data, "absorption_pct", "name", text["absorption"], fmt) + "."
    return _finish(fig, "anggaran-realisasi", alt)


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
        # Constrained layout moves some figures a little on every draw (long wrapped labels): keep the layout of this
        # first draw, so that the SVG and the print PNG drawn later do not depend on how often it was drawn before.
        fig.set_layout_engine("none")
    return cached


def figure_png(fig: Figure, dpi: int = PNG_DPI) -> bytes:
    """The figure as PNG at ``dpi`` (:data:`PRINT_DPI` for the Word document), byte-identical on every run.

    Example:
        >>> fig = chart_by_grade(pd.DataFrame({"category": ["III/d"], "count": [33], "share_pct": [100.0]}))
        >>> figure_png(fig, PRINT_DPI)[1:4], figure_png(fig, PRINT_DPI) == figure_png(fig, PRINT_DPI)
        (b'PNG', True)
    """
    first = _png(fig)  # drawn first, always at PNG_DPI: its layout is the figure's (see _png)
    return first if dpi == PNG_DPI else _render(fig, "png", dpi=dpi, metadata={"Software": None})


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
        raise UnsafePathError(
            f"figure file name {key!r} is not a plain name (letters, digits, '.', '_', '-', no '..')"
        )
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        directory / f"{key}.png": _png(fig),
        directory / f"{key}.svg": _render(fig, "svg", metadata={"Date": None}),
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
