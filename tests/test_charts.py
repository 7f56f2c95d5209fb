"""Report charts on the reference report's numbers (Gambar 1.2–1.4, Tabel 3.1–3.7)."""

from __future__ import annotations

import base64
import logging
import re
import tempfile
import warnings
from collections.abc import Callable

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.text import Text

from lakip_lib.errors import ChartDataError, UnsafePathError
from lakip_lib.presentation import charts
from lakip_lib.presentation.charts import (
    PRINT_DPI,
    chart_budget,
    chart_by_gender,
    chart_by_grade,
    chart_by_position,
    chart_grade_pyramid,
    chart_realisation_trend,
    chart_capaian,
    chart_indicator_trend,
    chart_by_education,
    chart_retirement,
    figure_png,
    figure_svg,
    figure_to_data_uri,
    save_figure,
)
from lakip_lib.formatting import Formatter

ID, EN = Formatter("id"), Formatter("en")
GRADES = ["IV/d", "IV/b", "IV/a", "III/d", "III/c", "III/b", "III/a", "II/d"]


def counts(pairs: list[tuple[str, int]]) -> pd.DataFrame:
    """A count table in the analysis' shape: category, count, share_pct."""
    frame = pd.DataFrame(pairs, columns=["category", "count"])
    return frame.assign(share_pct=frame["count"] / frame["count"].sum() * 100)


def positions() -> pd.DataFrame:  # Tabel 1.2
    return counts([("Struktural", 8), ("Pelaksana", 59), ("Fungsional", 36)])


def genders() -> pd.DataFrame:  # Tabel 1.3
    return counts([("Laki-laki", 45), ("Perempuan", 58)])


def grades() -> pd.DataFrame:  # Tabel 1.4
    return counts(list(zip(GRADES, [1, 6, 10, 33, 21, 15, 15, 2])))


def pyramid() -> pd.DataFrame:
    # The report gives no golongan × gender table; this split matches its totals (45 men, 58 women, Tabel 1.4).
    table = pd.DataFrame(
        {"Laki-laki": [1, 4, 5, 14, 9, 7, 4, 1], "Perempuan": [0, 2, 5, 19, 12, 8, 11, 1]},
        index=pd.Index(GRADES, name="golongan"),
    )
    table["Jumlah"] = table.sum(axis=1)
    table.loc["Jumlah"] = table.sum()  # a margins row, as pd.crosstab(margins=True) adds
    return table


INDICATORS = [  # Tabel 3.1–3.4: (indicator, unit, target, realisation 2023, realisation 2024)
    ("Indeks Profesionalitas ASN", "Angka", 63, 39.99, 64.23),
    ("Persentase ASN yang sesuai dengan Standar Kompetensi", "%", 88.30, 87.30, 89),
    ("Persentase ASN yang sesuai dengan Standar Kualifikasi", "%", 90.29, 90.00, 91.86),
    ("Persentase Peningkatan Kinerja ASN", "%", 88.10, 88.00, 89.25),
    ("Persentase Disiplin ASN", "%", 100, 100, 100),
    ("Evaluasi Nilai SAKIP", "Dokumen", "BB", "BB", "A"),  # ordinal: not drawable as a bar
]


def achievement() -> pd.DataFrame:
    frame = pd.DataFrame(INDICATORS, columns=["indicator", "unit", "target", "realisation_prev", "realisation"])
    numeric = frame[["target", "realisation"]].apply(pd.to_numeric, errors="coerce")
    return frame.assign(achievement_pct=numeric["realisation"] / numeric["target"] * 100).drop(columns="realisation_prev")


def education() -> pd.DataFrame:  # Bab I.G: S1 58, S2 29; the rest is the sample's choice
    return counts([("SMA", 7), ("D3", 6), ("D4", 2), ("S1", 58), ("S2", 29), ("S3", 1)])


def retirement() -> pd.DataFrame:  # the sample's roster: who reaches the BUP in 2025–2029
    return pd.DataFrame({"year": [2025, 2026, 2027, 2028, 2029], "Struktural": [0, 1, 0, 0, 0],
                         "Fungsional": [1, 0, 0, 1, 0], "Pelaksana": [1, 0, 1, 0, 1], "total": [2, 1, 1, 1, 1]})


def years_table() -> pd.DataFrame:
    frame = pd.DataFrame(INDICATORS, columns=["indicator", "unit", "target", 2023, 2024]).set_index("indicator")
    return frame.drop(columns="target").assign(**{"2022": np.nan})  # a non-year column is ignored


BUDGET = [  # Tabel 3.6 and 3.7
    ("1", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", "program", 13_201_715_554, 13_133_420_294),
    ("1.1", "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", "kegiatan", 350_000_000, 342_011_972),
    ("1.2", "Administrasi Keuangan Perangkat Daerah", "kegiatan", 11_471_170_554, 11_426_916_973),
    ("1.3", "Administrasi Umum Perangkat Daerah", "kegiatan", 425_600_000, 421_805_359),
    ("1.4", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "kegiatan", 257_191_400, 255_795_500),
    ("1.5", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "kegiatan", 443_753_600, 440_373_690),
    ("1.6", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "kegiatan", 254_000_000, 246_516_800),
    ("2", "Program Kepegawaian Daerah", "program", 3_875_550_000, 3_698_626_072),
    ("2.1", "Kegiatan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", "kegiatan", 1_521_550_000, 1_398_468_521),
    ("2.2", "Kegiatan Mutasi dan Promosi ASN", "kegiatan", 860_000_000, 893_618_832),
    ("2.3", "Kegiatan Pengembangan Kompetensi ASN", "kegiatan", 684_000_000, 663_009_785),
    ("2.4", "Kegiatan Penilaian dan Evaluasi Kinerja Aparatur", "kegiatan", 810_000_000, 797_528_934),
]


def budget() -> pd.DataFrame:
    frame = pd.DataFrame(BUDGET, columns=["code", "name", "level", "budget", "realised"])
    return frame.assign(absorption_pct=frame["realised"] / frame["budget"] * 100)


def indicator_history() -> pd.DataFrame:
    """Indeks Profesionalitas ASN in the reference: 39,99 in 2023 (its report's column, no target), 63 → 64,23 in 2024."""
    return pd.DataFrame({"year": [2023, 2024], "target": [np.nan, 63.0], "target_text": [None, "63"],
                         "realisation": [39.99, 64.23], "realisation_text": ["39,99", "64,23"]})


CHARTS: dict[str, tuple[Callable[..., Figure], Callable[[], pd.DataFrame]]] = {
    "position": (chart_by_position, positions),
    "gender": (chart_by_gender, genders),
    "grade": (chart_by_grade, grades),
    "pyramid": (chart_grade_pyramid, pyramid),
    "education": (chart_by_education, education),
    "retirement": (chart_retirement, retirement),
    "capaian": (chart_capaian, achievement),
    "trend": (chart_realisation_trend, years_table),
    "indicator_trend": (chart_indicator_trend, indicator_history),
    "budget": (chart_budget, budget),
}


def texts(fig: Figure) -> list[str]:
    """Every string drawn on the figure, tick labels included."""
    fig.draw_without_rendering()
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


@pytest.fixture
def strict(caplog):
    """Fail on any warning, through ``warnings`` or matplotlib's logger."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("fmt", [ID, EN], ids=["id", "en"])
@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_renders_without_warnings(name, fmt, strict, tmp_path):
    chart, sample = CHARTS[name]
    figures_before = plt.get_fignums()
    fig = chart(sample(), fmt=fmt)
    assert isinstance(fig, Figure)
    # no title in the image: the report's caption carries it
    assert not fig.get_suptitle() and not [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert fig.lakip_key and "/" not in fig.lakip_key
    assert fig.lakip_alt and "\n" not in fig.lakip_alt
    png, svg = save_figure(fig, tmp_path)
    assert png.read_bytes().startswith(b"\x89PNG") and svg.read_text().lstrip().startswith("<?xml")
    assert plt.get_fignums() == figures_before  # nothing registered with pyplot


@pytest.mark.parametrize("name", CHARTS)
def test_single_row_renders(name, strict):
    chart, sample = CHARTS[name]
    fig = chart(sample().iloc[:1])
    assert fig.lakip_alt
    figure_to_data_uri(fig)


@pytest.mark.parametrize("name", CHARTS)
def test_empty_input_is_a_chart_data_error(name):
    chart, sample = CHARTS[name]
    with pytest.raises(ChartDataError, match="^Tidak ada data untuk grafik “.+”"):
        chart(sample().iloc[:0])
    with pytest.raises(ChartDataError, match="^No data for the chart “Gambar X”"):
        chart(sample().iloc[:0], title="Gambar X", fmt=EN)


@pytest.mark.parametrize(
    ("chart", "frame"),
    [
        (chart_by_position, positions().assign(count=np.nan)),
        (chart_grade_pyramid, pyramid().assign(**{"Laki-laki": np.nan, "Perempuan": np.nan})),
        (chart_capaian, achievement().assign(target=None, realisation=None)),
        (chart_realisation_trend, pd.DataFrame({2023: [np.nan, None], 2024: [pd.NA, "n/a"]}, index=["a", "b"])),
        (chart_budget, budget().assign(budget=np.nan, realised=np.nan)),
        (chart_indicator_trend, indicator_history().assign(target=np.nan, realisation=np.nan)),
        (chart_retirement, retirement().assign(Struktural=np.nan, Fungsional=np.nan, Pelaksana=np.nan)),
    ],
)
def test_all_missing_is_a_chart_data_error(chart, frame):
    with pytest.raises(ChartDataError, match="Tidak ada data"):
        chart(frame)


def test_missing_columns_are_named():
    with pytest.raises(ChartDataError, match="memerlukan kolom share_pct"):
        chart_by_position(positions().drop(columns="share_pct"))


@pytest.mark.parametrize("count", [[0, 0], [-1, 5]])
def test_donut_refuses_counts_it_cannot_draw(count):
    with pytest.raises(ChartDataError, match="tidak negatif"):
        chart_by_gender(genders().assign(count=count))


def test_alt_text_names_the_largest_category():
    assert chart_by_position(positions()).lakip_alt == (
        "Grafik batang jumlah pegawai menurut jabatan: total 103 orang; terbanyak Pelaksana, 59 orang (57,3%)."
    )
    assert "terbanyak Perempuan, 58 orang (56,3%)" in chart_by_gender(genders()).lakip_alt
    assert "terbanyak III/d, 33 orang (32,0%)" in chart_by_grade(grades()).lakip_alt
    assert "largest Women, 58 (56.3%)" in chart_by_gender(genders(), fmt=EN).lakip_alt
    assert "45 laki-laki dan 58 perempuan; golongan terbanyak III/d, 33 orang" in chart_grade_pyramid(pyramid()).lakip_alt


def test_alt_text_names_the_lowest_the_grades_and_the_overspent():
    alt = chart_capaian(achievement()).lakip_alt
    assert "Grafik capaian 5 indikator kinerja pada satu sumbu persen" in alt
    assert "capaian terendah Persentase Disiplin ASN (100,0%)" in alt
    assert "1 indikator berupa predikat, digambar pada skala predikatnya: Evaluasi Nilai SAKIP A (target BB)" in alt
    assert "predikat" not in chart_capaian(achievement().iloc[:2]).lakip_alt
    alt = chart_budget(budget()).lakip_alt
    assert "penyerapan terendah Kegiatan Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN (91,9%)" in alt
    assert alt.endswith("; realisasi melebihi anggaran: Kegiatan Mutasi dan Promosi ASN.")
    assert "2023–2024" in chart_realisation_trend(years_table()).lakip_alt


def test_labels_use_the_indonesian_decimal_comma():
    assert {"59\n(57,3%)", "8\n(7,8%)"} <= set(texts(chart_by_position(positions())))
    assert {"Perempuan\n56,3%", "Laki-laki\n43,7%", "103\norang"} <= set(texts(chart_by_gender(genders())))
    assert "33 (32,0%)" in texts(chart_by_grade(grades()))
    capaian = texts(chart_capaian(achievement()))
    assert {"101,95%", "realisasi 64,23 dari target 63,00", "realisasi 89,00% dari target 88,30%", "100%"} <= set(capaian)
    budget_texts = texts(chart_budget(budget()))
    assert {"serapan 99,5%", "serapan 103,9%"} <= set(budget_texts)
    # each program's axis in the unit of its largest amount
    assert {"Rp\xa05\xa0miliar", "Rp\xa010\xa0miliar", "Rp\xa01,5\xa0miliar"} <= set(budget_texts)
    assert not [t for t in budget_texts + capaian if re.search(r"\d\.\d+(%|\xa0)", t)]


def test_english_labels_and_numbers():
    assert {"Administrative", "59\n(57.3%)"} <= set(texts(chart_by_position(positions(), fmt=EN)))
    assert {"Budget", "Realisation", "IDR\xa010\xa0billion", "absorption 99.5%"} <= set(texts(chart_budget(budget(), fmt=EN)))
    assert {"Achievement (% of target)", "realisation 64.23 against a target of 63.00"} <= set(texts(chart_capaian(achievement(), fmt=EN)))
    assert {"Men", "Women"} <= set(texts(chart_grade_pyramid(pyramid(), fmt=EN)))


def test_axes_show_years_and_absolute_counts():
    trend = texts(chart_realisation_trend(years_table()))
    assert {"2023", "2024"} <= set(trend) and "2.023" not in trend
    pyramid_ticks = [t.get_text() for t in chart_grade_pyramid(pyramid()).axes[0].get_xticklabels()]
    assert "10" in pyramid_ticks and not any(t.startswith(("-", "−")) for t in pyramid_ticks)


def test_order_is_kept_and_total_row_dropped():
    grade_axis = chart_by_grade(grades()).axes[0]
    labels = [t.get_text() for t in grade_axis.get_yticklabels()]
    assert labels == GRADES and grade_axis.yaxis_inverted()  # IV/d at the top
    assert [t.get_text() for t in chart_grade_pyramid(pyramid()).axes[0].get_yticklabels()] == GRADES


def test_long_names_are_wrapped():
    names = [t for t in texts(chart_capaian(achievement())) if "Persentase ASN" in t]
    assert names and all(max(len(line) for line in name.split("\n")) <= 46 for name in names)
    assert any("\n" in name for name in names)


def _outside(fig: Figure) -> list[float]:
    """How far, in inches, what is drawn (every text, tick label and legend) reaches past each edge of the figure:
    a reader would see that much clipped. ``[]`` when everything is inside."""
    fig.draw_without_rendering()
    drawn = fig.get_tightbbox()  # inches, of the artists drawn: tick labels outside the axis' limits are not
    width, height = fig.get_size_inches()
    past = [-drawn.x0, -drawn.y0, drawn.x1 - width, drawn.y1 - height]
    return [round(p, 3) for p in past if p > 0.02]  # a point and a half: what antialiasing blurs anyway


LONG = "Persentase Pegawai Aparatur Sipil Negara yang Telah Mengikuti Pengembangan Kompetensi Minimal Dua Puluh Jam Pelajaran"


@pytest.mark.parametrize("name", CHARTS)
def test_no_label_is_clipped(name):
    chart, sample = CHARTS[name]
    assert _outside(chart(sample())) == []


def test_no_label_is_clipped_with_long_names_and_large_values():
    frame = achievement()
    frame.loc[0, ["indicator", "achievement_pct"]] = [LONG, 250.0]
    assert _outside(chart_capaian(frame)) == []
    rows = budget()
    rows.loc[1, "name"] = LONG
    assert _outside(chart_budget(rows)) == []


@pytest.mark.parametrize("name", CHARTS)
def test_every_text_is_at_least_10_points_on_a_figure_made_for_a_phone(name):
    """Drawn WIDTH inches wide in SVG points, a chart shown 376 px wide (a 390 px phone) keeps 10 pt text 10 px high;
    the browser test measures it on the page."""
    chart, sample = CHARTS[name]
    fig = chart(sample())
    assert fig.get_size_inches()[0] == charts.WIDTH
    fig.draw_without_rendering()
    sizes = {t.get_text(): t.get_fontsize() for t in fig.findobj(Text) if t.get_text()}
    assert min(sizes.values()) >= 10, {k: v for k, v in sizes.items() if v < 10}


def test_capaian_is_one_percent_axis_whatever_the_unit():
    fig = chart_capaian(achievement())
    percent = fig.axes[0]
    assert percent.get_xlabel() == "Capaian (% dari target)"
    ticks = [t.get_text() for t in percent.get_xticklabels() if t.get_text()]
    assert ticks and all(t.endswith("%") for t in ticks)
    # Angka, % and a counted unit are bars of their capaian, none of their raw values
    widths = sorted(round(p.get_width(), 2) for p in percent.patches if abs(p.get_height() - 0.8) < 1e-6)
    assert widths == sorted(round(v, 2) for v in achievement()["achievement_pct"].dropna())


def test_ordinal_indicators_are_shown_as_grades_with_target_and_realisation():
    fig = chart_capaian(achievement())
    grades = fig.axes[-1]
    assert [t.get_text() for t in grades.get_xticklabels()] == ["D", "C", "CC", "B", "BB", "A", "AA"]
    marks = {line.get_marker(): line.get_xdata()[0] for line in grades.get_lines() if line.get_marker() not in (None, "None", "")}
    assert marks == {"D": 4, "o": 5}  # target BB (a diamond), realisation A (a dot)
    assert "A (target BB)" in texts(fig)
    # a scale named by the row, with grades of several words
    frame = pd.DataFrame({"indicator": ["Keterbukaan Informasi"], "unit": ["Kategori"], "target": ["Menuju Informatif"],
                          "realisation": ["Informatif"], "achievement_pct": [None], "polarity": ["ordinal"],
                          "scale": ["keterbukaan_informasi"]})
    labels = [t.get_text() for t in chart_capaian(frame).axes[-1].get_xticklabels()]
    assert labels[-2:] == ["Menuju\nInformatif", "Informatif"] and len(labels) == 5


def test_an_indicators_trend_has_its_unit_on_the_axis_and_each_value_as_the_report_prints_it():
    fig = chart_indicator_trend(indicator_history(), unit="Angka", name="Indeks Profesionalitas ASN")
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Nilai (Angka)" and [t.get_text() for t in ax.get_xticklabels()] == ["2023", "2024"]
    drawn = texts(fig)
    assert {"63", "64,23", "39,99", "Target", "Realisasi"} <= set(drawn)  # the decimals the values need, a decimal comma
    # 2023 has no target: no bar and no label for it, never a bar at 0 that reads as a target of 0
    heights = sorted(round(p.get_height(), 2) for p in ax.patches if p.get_width() < 0.5)  # the bars, not the legend's
    assert heights == [39.99, 63.0, 64.23]
    assert fig.lakip_alt.endswith("2023 target -, realisasi 39,99; 2024 target 63, realisasi 64,23.")
    percent = chart_indicator_trend(indicator_history().assign(target=[np.nan, 88.3], realisation=[87.3, 89.0]), unit="%")
    assert percent.axes[0].get_ylabel() == "Nilai (%)" and {"87,30%", "88,30%", "89,00%"} <= set(texts(percent))
    # labels given by the caller (the report's table) are printed as given
    given = indicator_history().assign(target_label=["-", "63"], realisation_label=["39,99", "64,23"])
    assert "64,23" in texts(chart_indicator_trend(given, fmt=EN))


def test_a_graded_indicators_trend_is_drawn_on_its_scale_of_grades():
    history = pd.DataFrame({"year": [2023, 2024], "target": [np.nan, np.nan], "target_text": [None, "BB"],
                            "realisation": [np.nan, np.nan], "realisation_text": ["BB", "A"]})
    ax = chart_indicator_trend(history, ordinal=True, scale="sakip").axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["D", "C", "CC", "B", "BB", "A", "AA"]
    assert ax.get_ylabel() == "Predikat"
    marks = {line.get_marker(): [float(y) for y in line.get_ydata()] for line in ax.get_lines()
             if line.get_marker() not in (None, "None", "")}
    assert marks["o"] == [4.0, 5.0]  # BB then A, as ranks on the scale
    assert np.isnan(marks["D"][0]) and marks["D"][1] == 4.0  # no target in 2023, BB in 2024


def test_a_missed_target_and_a_missing_realisation_keep_their_rows():
    frame = achievement()
    frame.loc[1, ["realisation", "achievement_pct"]] = [80.0, 80.0 / 88.3 * 100]
    frame.loc[2, ["realisation", "achievement_pct"]] = [None, None]
    fig = chart_capaian(frame)
    shown = texts(fig)
    assert "belum ada realisasi" in shown and "Tidak tercapai" in shown  # the legend names the missed bar's colour
    assert "; belum ada realisasi: Persentase ASN yang sesuai dengan Standar Kualifikasi" in fig.lakip_alt


def test_the_overspent_kegiatan_is_drawn_in_the_warning_colour_and_says_by_how_much():
    fig = chart_budget(budget())
    assert "Realisasi melebihi anggaran Rp\xa033,6\xa0juta" in texts(fig)
    second = fig.axes[1]  # Program Kepegawaian Daerah and its kegiatan
    warned = [p for p in second.patches if p.get_hatch() == "xx"]
    assert len(warned) == 1 and matplotlib.colors.to_hex(warned[0].get_facecolor()) == "#d55e00"
    assert warned[0].get_width() == 893_618_832  # longer than its budget's bar, 860.000.000
    assert [matplotlib.colors.to_hex(p.get_facecolor()) for p in fig.axes[0].patches if p.get_hatch() == "xx"] == []


def test_inline_svg_has_prefixed_ids_and_nothing_that_runs():
    fig = chart_budget(budget())
    svg = figure_svg(fig, "gambar-anggaran")
    assert svg.startswith("<svg ") and "<?xml" not in svg and "<style" not in svg and "<metadata" not in svg
    ids = re.findall(r'\bid="([^"]+)"', svg)
    assert ids and all(i.startswith("gambar-anggaran-") for i in ids) and len(ids) == len(set(ids))
    refs = re.findall(r'(?:url\(#|href="#)([^")]+)', svg)
    assert refs and set(refs) <= set(ids)
    hostile = budget()
    hostile.loc[1, "name"] = '<script>alert(1)</script> <a href="http://x">x</a>'
    svg = figure_svg(chart_budget(hostile), "g")
    assert "<script" not in svg and "<a " not in svg and "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    with pytest.raises(UnsafePathError):
        figure_svg(fig, '"><script>')


def test_save_is_byte_identical(tmp_path):
    first = [p.read_bytes() for p in save_figure(chart_budget(budget()), tmp_path / "a")]
    fig = chart_budget(budget())
    second = [p.read_bytes() for p in save_figure(fig, tmp_path / "b")]
    third = [p.read_bytes() for p in save_figure(fig, tmp_path / "b")]
    assert first == second == third
    png, svg = first
    assert b"Software" not in png and b"<dc:date>" not in svg


def test_global_styles_do_not_leak_in_or_out(tmp_path):
    plain = figure_to_data_uri(chart_by_grade(grades()))
    before = dict(matplotlib.rcParams)
    with matplotlib.rc_context():
        sns.set_theme(style="darkgrid", font_scale=2)
        themed = chart_by_grade(grades())
        themed.draw_without_rendering()  # as a notebook would, outside the house style
        assert figure_to_data_uri(themed) == plain
    assert dict(matplotlib.rcParams) == before


def test_data_uri_is_a_deterministic_png():
    uri = figure_to_data_uri(chart_by_gender(genders()))
    assert uri.startswith("data:image/png;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]).startswith(b"\x89PNG")
    assert figure_to_data_uri(chart_by_gender(genders())) == uri


def test_save_names_files_from_the_key(tmp_path):
    paths = save_figure(chart_by_grade(grades()), tmp_path / "new")
    assert [p.name for p in paths] == ["gambar-1-4-golongan.png", "gambar-1-4-golongan.svg"]
    assert [p.name for p in save_figure(chart_budget(budget()), tmp_path, key="tabel-3-7")] == [
        "tabel-3-7.png",
        "tabel-3-7.svg",
    ]


@pytest.mark.parametrize("key", ["../escape", "a/b", "a\\b", "..", "a..b", "", ".hidden", "/abs", "x\0y"])
def test_save_refuses_unsafe_keys(key, tmp_path):
    fig = chart_by_grade(grades())
    with pytest.raises(UnsafePathError):
        save_figure(fig, tmp_path / "out", key=key)
    assert not (tmp_path / "out").exists()
    fig.lakip_key = key
    with pytest.raises(UnsafePathError):
        save_figure(fig, tmp_path / "out")


def test_a_figure_keeps_its_first_layout_however_often_it_is_drawn():
    """Constrained layout moved Target / Realisasi (long wrapped names) a little on every draw, so the print PNG of the
    Word document depended on how often the figure had been drawn before (once in a split build, twice in one kernel)."""
    def prints(draws_before: int) -> bytes:
        fig = chart_capaian(achievement())
        figure_to_data_uri(fig)  # the first draw, as every build makes it
        for _ in range(draws_before):
            save_figure(fig, tempfile.mkdtemp())
        return figure_png(fig, PRINT_DPI)

    assert prints(0) == prints(2)
